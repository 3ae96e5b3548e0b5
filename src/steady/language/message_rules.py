"""The message check: a mirror for drafts to a partner, kept as data.

Each `Rule` is a regular expression with the words that explain it: why that
phrasing tends to land as pressure, and a grounded alternative. Pressure rules
are mirrored back as findings; grounded rules recognise what already works.
The check never blocks anything, and it is pure: no database, no clock. The
caller passes in the texts drafted recently (with their times) so that the same
reassurance check asked again within a few hours can be named.

Patterns may use three placeholders, filled in for each check:
`{you}` the partner addressed ("you", "u", "ya", or their name from config),
`{youre}` "you're" in its spellings (or "Sam's", "Sam is"),
`{name}` the partner's name alone (never matches when none is set).

`unless` is searched in the clause around a match (the clause is bounded by
punctuation and by "but", "and", "though", "because"); when it is found, the
use is not pressure — "you always make me laugh" is not a verdict.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Literal

from steady.language.vocabulary import STORY_WORDS, all_feelings

Kind = Literal["pressure", "grounded"]


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    pattern: str
    why: str
    suggestion: str
    kind: Kind = "pressure"
    unless: str | None = None
    case_sensitive: bool = False


@dataclass(frozen=True)
class Family:
    """What a family of rules is called on screen, and (for pressure) its words."""

    name: str
    label: str
    why: str
    suggestion: str
    kind: Kind = "pressure"


# -- the families -----------------------------------------------------------------------------

PRESSURE_FAMILIES: tuple[Family, ...] = (
    Family(
        "global-verdict",
        "a global verdict",
        "'Always' and 'never' turn one moment into a verdict on who they are, so they tend "
        "to defend against the verdict instead of hearing the hurt.",
        'Name one moment: "When the plans changed last night, I felt hurt."',
    ),
    Family(
        "accusing-question",
        "an accusing question",
        "A 'why didn't you' question asks them to defend themselves, and the feeling "
        "underneath gets lost.",
        'Say what happened in you: "I noticed I got anxious when I didn\'t hear back."',
    ),
    Family(
        "mood-check",
        "a mood check",
        "Checking their mood hands them the job of calming your alarm, and the relief "
        "rarely lasts.",
        "Say where you are: \"I'm in an anxious headspace; it's mine to hold, "
        'nothing you need to fix."',
    ),
    Family(
        "worth-check",
        "a worth check",
        "Asking them to confirm your worth puts the whole alarm in their hands; an answer "
        "tends to settle it only for a moment.",
        "Share the feeling, not the test: \"I'm feeling insecure tonight, and I'm looking "
        'after it."',
    ),
    Family(
        "certainty-demand",
        "a demand for certainty",
        "No one can guarantee the future; asking for a promise tends to make the worry the topic.",
        "Name the fear gently: \"I notice I'm scared about us tonight; it helps me to say "
        'it out loud."',
    ),
    Family(
        "urgency-punctuation",
        "urgency punctuation",
        "Stacked ?? or !!! read as alarm, and people tend to answer the alarm rather than "
        "the words.",
        "One question mark, or a full stop, carries the same words more calmly.",
    ),
    Family(
        "shouting",
        "shouting",
        "Capital letters read as shouting, even when you mean emphasis.",
        'Write it in ordinary letters; if it matters a lot, say so: "This matters to me."',
    ),
    Family(
        "immediate-reply",
        "a demand for an immediate reply",
        "Asking for an answer now puts their timing in charge of your calm.",
        'Offer room: "When you\'re free, could you call me? No rush."',
    ),
    Family(
        "surveillance",
        "keeping watch or score",
        "Keeping watch or score (online, read, hours, times) tends to land as being "
        "monitored, and it keeps your own alarm fed.",
        'Say what the waiting was like for you: "I noticed I got anxious while I was '
        'waiting to hear from you."',
    ),
    Family(
        "ultimatum",
        "an ultimatum or protest",
        "Protest words ('fine.', 'forget it', 'or we're done') say the hurt sideways, and "
        "they tend to push away the person you want closer.",
        "Say the hurt directly: \"I'm disappointed, and I'd like a little time before we talk.\"",
    ),
    Family(
        "mind-reading",
        "mind-reading stated as fact",
        "This states their inner life as a fact; it is a story the alarm is telling, and "
        "they will probably argue with it.",
        "Hold it as a story: \"My mind is telling me you're pulling away; I know that's "
        'my alarm talking."',
    ),
    Family(
        "story-word",
        "a story word posing as a feeling",
        "Words like 'ignored' or 'rejected' describe what someone did rather than how you "
        "feel, so they land as an accusation.",
        'Name the feeling under it: "I felt hurt and lonely."',
    ),
    Family(
        "thought-as-feeling",
        "a thought posing as a feeling",
        "'I feel like you…' is a thought about them dressed as a feeling, so it tends to be "
        "heard as a charge.",
        "Separate the two: \"I'm feeling anxious, and my mind is telling me you're distant.\"",
    ),
    Family(
        "handing-over",
        "handing over responsibility",
        "'You make me feel' hands them the controls of your feelings, and the blame with them.",
        'Own the reaction: "When that happened, I felt anxious."',
    ),
    Family(
        "demand",
        "a demand",
        "'You need to' tells them what to do; a request they can say yes or no to tends to "
        "be heard better.",
        'Make it a request: "Would you be up for …? It would help me."',
    ),
    Family(
        "retraction",
        "taking it back",
        "Taking it back or calling yourself too much hides what you needed to say, and "
        "often invites reassurance anyway.",
        'Let it stand: "I wanted to share this; there\'s nothing you need to fix."',
    ),
    Family(
        "repeated-check",
        "the same check again",
        "A check like this was drafted in the last few hours; each answer tends to bring a "
        "little relief and then a stronger pull to ask again.",
        "Before asking again, try settling yourself first — a walk, a breath, a note "
        "(steady notice) — and see whether the question is still there.",
    ),
)

GROUNDED_FAMILIES: tuple[Family, ...] = tuple(
    Family(name, label, why, "", "grounded")
    for name, label, why in (
        ("self-observation", "noticing yourself", "It reports what you notice in yourself."),
        ("ownership", "owning it", "It keeps the feeling yours to hold."),
        ("feeling-word", "a real feeling word", "A plain feeling word is easy to hear."),
        ("specific-instance", "a specific moment", "One moment is easier to talk about."),
        ("removing-pressure", "taking pressure off", "It leaves them free to answer later."),
        ("self-settling", "a plan to settle yourself", "It shows you are looking after it."),
        ("flexible-request", "a flexible request", "A request with room can be a real yes."),
        ("appreciation", "appreciation", "Warmth lands as connection."),
        ("tentative", "tentative framing", "Holding it lightly invites them in."),
    )
)

FAMILIES: dict[str, Family] = {f.name: f for f in (*PRESSURE_FAMILIES, *GROUNDED_FAMILIES)}

REASSURANCE_FAMILIES = frozenset({"mood-check", "worth-check"})
"""Checks that count as "the same check" when drafted again within a few hours."""


def _p(
    rule_id: str,
    pattern: str,
    *,
    unless: str | None = None,
    suggestion: str | None = None,
    case_sensitive: bool = False,
) -> Rule:
    """A pressure rule with its family's why and suggestion (the id starts with the family)."""
    family = FAMILIES[rule_id.split(".")[0]]
    return Rule(
        rule_id,
        family.name,
        pattern,
        family.why,
        suggestion or family.suggestion,
        "pressure",
        unless,
        case_sensitive,
    )


def _g(rule_id: str, pattern: str, *, unless: str | None = None) -> Rule:
    family = FAMILIES[rule_id.split(".")[0]]
    return Rule(rule_id, family.name, pattern, family.why, "", "grounded", unless)


# -- shared word lists --------------------------------------------------------------------------

_NUMBER = (
    r"(?:\d+|a few|a couple(?: of)?|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|so many|multiple)"
)
_INTENSIFIERS = (
    r"(?:so|really|very|kind of|kinda|sort of|sorta|a bit|a little|a little bit|totally|"
    r"completely|pretty|super|just|quite|incredibly|deeply|rather|somewhat|a tad|extra|"
    r"still|also|more|bit|mostly|increasingly|sooo+)"
)
_STORY_EXTRA = (
    "neglected",
    "unimportant",
    "invisible",
    "pushed away",
    "shut out",
    "disrespected",
    "unheard",
    "unseen",
    "used",
    "manipulated",
    "blamed",
    "ghosted",
    "lied to",
    "cheated on",
    "unvalued",
    "uncared for",
    "second best",
    "an afterthought",
    "an option",
)
_STORY = (
    "(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted({*STORY_WORDS, *_STORY_EXTRA}, key=len, reverse=True)
    )
    + r"|abandonn?ed|ignord|rejeced)"
)
_FEELING_EXTRA = (
    "nervous",
    "stressed",
    "unsettled",
    "wobbly",
    "low",
    "down",
    "vulnerable",
    "raw",
    "jittery",
    "tense",
    "happy",
    "excited",
    "afraid",
    "fragile",
    "upset",
    "shaky",
    "sensitive",
    "sad",
    "confused",
    "frightened",
    "disconnected",
    "unsure",
    "off",
)
_FEELING = (
    "(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted({*all_feelings(), *_FEELING_EXTRA}, key=len, reverse=True)
    )
    + ")"
)

# What follows "always" / "never" when it is warm rather than a verdict.
_WARM_ALWAYS = (
    r"\b(?:always|constantly|forever)\b.*\b(?:"
    r"make|makes|made|making|know|knows|cheer|cheers|remember|remembers|manage|"
    r"have my back|got my back|there for me|find a way|surprise|get me|gets me|listen|"
    r"support|show up|help|bring|take care|look(?:s)? (?:\w+ )?(?:great|good|amazing|"
    r"beautiful|gorgeous|cute|handsome|lovely)|smell|laugh|smile|have fun|love|so (?:kind|"
    r"sweet|thoughtful|good|patient|generous|lovely|caring|warm|funny|supportive|calm|"
    r"gentle|brave)|the best|welcome|"
    r"say the right thing|happy|proud|grateful|enjoy)"
)
_WARM_NEVER = (
    r"\b(?:never|forever)\b.*\b(?:fail|fails|let me down|judge|judges|give up|gives up|"
    r"complain|complains|forget (?:my|our|to|the little|birthdays)|bore|bores|run out|"
    r"runs out|fight|argue|get old|gets old|disappoint|disappoints|stop (?:making|"
    r"surprising|amazing|caring|trying)|make me feel (?:bad|small|stupid|silly|judged|"
    r"like a burden)|doubt|pressure|have to (?:apologi[sz]e|ask|explain|thank|earn|prove|"
    r"say sorry|worry|hide)|need to (?:apologi[sz]e|ask|explain|thank|worry|hide)|"
    r"want to forget|stop loving|cease)"
)
_JOY = (
    r"(?:love|miss(?:ed)? (?:you|u|ya)|can'?t wait|congrat|happy|birthday|bday|yay|woo+|"
    r"amazing|awesome|proud|excited|so good|beautiful|incredible|no way|omg|wow|thank|"
    r"best|lol|haha|well done|fun|yes+\b|hooray|brilliant|fantastic|cute|gorgeous|"
    r"good luck|got this|go get|cheers|nice|great|safe travels|"
    r"😂|🎉|❤|😍|🥰|💕|💛|😊)"
)
_SELF_CARE = (
    r"(?:rest|sleep|eat|take (?:care|it easy|a break|a nap)|drive (?:safe|carefully)|"
    r"be (?:careful|safe|kind to yourself|gentle with yourself)|look after yourself|"
    r"(?:call|see) (?:a|the) (?:doctor|gp)|drink (?:some )?water|get some (?:sleep|rest|air)|"
    r"go to bed|put your feet up|have (?:fun|a good time)|enjoy|treat yourself|relax|"
    r"stay warm|text me when you(?:'re| get) home|wear|bring an umbrella)"
)

# -- the rules ---------------------------------------------------------------------------------

PRESSURE_RULES: tuple[Rule, ...] = (
    # global verdicts: you always / never
    _p(
        "global-verdict.always",
        r"\b(?:{youre}|{you}(?:'ve| have)?|we(?:'re| are)?)\s+(?:(?:just|literally|honestly|"
        r"really|basically|seriously|actually)\s+)?(?:always|constantly|forever)\b",
        unless=_WARM_ALWAYS,
    ),
    _p(
        "global-verdict.never",
        r"\b(?:{youre}|{you}(?:'ve| have)?|we(?:'re| are)?)\s+(?:(?:just|literally|honestly|"
        r"really|basically|seriously|actually)\s+)?never\b",
        unless=_WARM_NEVER,
    ),
    _p(
        "global-verdict.every-time",
        r"\bevery\s+(?:single\s+)?time\b",
        unless=_WARM_ALWAYS.replace(r"\b(?:always|constantly|forever)\b", r"\bevery\b")
        + r"|\b(?:smile|grin|butterflies|happy|miss)\b",
    ),
    _p(
        "global-verdict.as-usual",
        r"\b(?:as usual|like always|same as always|like you always do)\b|"
        r"\btypical(?:\s+of\s+(?:you|u))?\s*(?:[.!]|$)",
        unless=_WARM_ALWAYS.replace(r"\b(?:always|constantly|forever)\b", r"\b"),
    ),
    _p(
        "global-verdict.anymore",
        r"\b(?:{you}|{name})\s+(?:(?:just|even|really)\s+)?(?:don'?t|do\s+not|doesn'?t|"
        r"never|no\s+longer|barely|hardly)\s+(?:\w+\s+){0,5}?(?:anymore|any\s+more)\b|"
        r"\b(?:{you}|{name})\s+(?:barely|hardly\s+ever|rarely)\s+\w+",
    ),
    _p(
        "global-verdict.label",
        r"\b(?:{youre}|{you}\s+are|{name}\s+is)\s+(?:(?:so|such|being|really|just|a|an|"
        r"such\s+an?|the\s+most|literally)\s+)*(?:selfish|a\s+liar|liar|heartless|"
        r"manipulative|cruel|narcissist\w*|toxic|immature|childish|useless|unbelievable|"
        r"impossible|the\s+worst|a\s+joke|inconsiderate|careless|self-cent(?:red|ered)|lazy|"
        r"fake|unreliable|a\s+coward|coward|cold-hearted|emotionally\s+unavailable)\b|"
        r"\b(?:{you}|{name})\s+(?:always\s+|just\s+)?(?:lied|lie)\b(?!\s+down)|"
        r"\bstop\s+lying\b|\balways\s+me\s+who\b|\bI\s+knew\s+(?:you(?:'d|\s+would|\s+were"
        r"\s+going\s+to)|this\s+would\s+happen)\b",
    ),
    _p(
        "global-verdict.nobody",
        r"\b(?:nobody|no one|noone|no-one)\s+(?:\w+\s+)?(?:ever\s+)?(?:listens|cares|asks|"
        r"texts|calls|notices|wants|loves|understands|checks|remembers)\b",
    ),
    _p(
        "global-verdict.not-once",
        r"\bnot\s+(?:even\s+)?once\b|\b{you}\s+(?:don'?t|do not|didn'?t|did not)\s+ever\b",
    ),
    # accusing questions: why didn't you
    _p(
        "accusing-question.why-not",
        r"\b(?:why|y|whyy+)\s+(?:didn'?t|did not|don'?t|do not|won'?t|will not|can'?t|"
        r"cannot|can not|couldn'?t|could not|wouldn'?t|haven'?t|have not|hasn'?t|aren'?t|"
        r"are not|weren'?t|isn'?t)\s+(?:{you}|{name})\b",
        unless=r"\bwhy (?:don'?t|do not) (?:you|u) (?:come|join|stay|bring|grab|pop|treat "
        r"yourself|take (?:a|the) (?:day|break|nap|rest|evening)|get some (?:rest|sleep)|"
        r"sleep in|rest|relax|invite|have a (?:bath|nap|rest|lie-in))",
    ),
    _p(
        "accusing-question.why-would",
        r"\b(?:why|y)\s+(?:would|do|does|did|are|were|is|must|have|has)\s+(?:{you}|{name})\s+"
        r"(?:(?:always|never|even|still|keep|have to|just|not|so|being|acting|doing this|"
        r"doing that|act|say|said|do that|lie|lied|ignore|ignoring|leave|left|treat|think|"
        r"like\s+this|like\s+that|"
        r"get to|care|bother)\b)",
        unless=r"\bwhy (?:do|did|are|were) (?:you|u) (?:so|being so) (?:kind|sweet|good|"
        r"lovely|cute|funny|amazing|thoughtful)",
    ),
    _p(
        "accusing-question.even",
        r"\b(?:are|do|did|were|have|can|could|would|r)\s+(?:you|u|{name})\s+even\b"
        r"(?!\s+(?:care|love|like|want|miss|need)\b)|"
        r"\bhow\s+many\s+(?:more\s+)?times\s+(?:do|have|did|must|will)\s+I\b",
    ),
    _p(
        "accusing-question.at-least",
        r"\bwhy\s+(?:is\s+it|am\s+I)\s+always\b|\bwhat(?:'s|\s+is|s)\s+so\s+important\b|"
        r"\b(?:can|could|would|will)\s+(?:you|u|{name})\s+(?:at\s+least|just\s+once|for\s+"
        r"once)\b|\bis\s+it\s+too\s+much\s+to\s+ask\b|\b(?:you|u)\s+can'?t\s+(?:even\s+)?"
        r"(?:answer|reply\s+to|send|return)\s+(?:one|a\s+single|1|a)\b",
    ),
    _p(
        "accusing-question.how-could",
        r"\bhow\s+(?:could|can|dare|dared)\s+(?:{you}|{name})\b",
        unless=r"\bhow can (?:you|u) (?:be so|always) (?:kind|calm|patient|good|sweet|funny)",
    ),
    _p(
        "accusing-question.what-is-wrong",
        r"\bwhat(?:'s| is|s)\s+wrong\s+with\s+(?:{you}|{name})\b|"
        r"\bwhat\s+(?:were|was)\s+(?:you|u)\s+thinking\b|"
        r"\bis\s+it\s+(?:really\s+)?(?:that|so)\s+hard\b|\bwhy\s+is\s+it\s+(?:so|that)\s+hard\b|"
        r"\bwould\s+it\s+kill\s+(?:you|u)\b|"
        r"\bdid\s+(?:you|u)\s+(?:even|just)\s+(?:forget|read|notice|care|think|bother)\b",
    ),
    # mood checks: are you mad at me
    _p(
        "mood-check.are-you-mad",
        r"\b(?:(?:are|r)\s+(?:you|u|ya|{name})|ru)\s+(?:still\s+|so\s+|really\s+|"
        r"like\s+)?(?:mad|angry|upset|annoyed|pissed(?:\s+off)?|irritated|cross|disappointed|"
        r"fed up|frustrated|sick of me|tired of me|over me)\b(?:\s+(?:at|with)\s+me\b)?",
        unless=r"\b(?:mad|angry|upset|annoyed|pissed|irritated|cross|disappointed|fed up|"
        r"frustrated)\s+(?:at|with|about|by)\s+(?!me\b|us\b|something\s+I|what\s+I|that\s+I|"
        r"earlier|last night|this morning)\w",
    ),
    _p(
        "mood-check.did-i-do",
        r"\bdid\s+I\s+(?:do|say)\s+(?:something|anything|smth|sth|smthn)\s+(?:wrong|bad|"
        r"to\s+(?:upset|annoy|hurt)\s+(?:you|u))\b|\bwhat\s+did\s+I\s+do(?:\s+wrong)?\b|"
        r"\bis\s+it\s+(?:something\s+I\s+(?:said|did)|me|because\s+of\s+me|my\s+fault)\b",
    ),
    _p(
        "mood-check.are-we-ok",
        r"\bare\s+we\s+(?:still\s+)?(?:ok|okay|good|alright|all right|fine|cool)\b|"
        r"\bis\s+(?:everything|something|anything|this|it)\s+(?:ok|okay|alright|all right|"
        r"fine|good|wrong|off)\s+(?:between\s+us|with\s+us|with\s+(?:you\s+and\s+me|me))\b|"
        r"\bis\s+(?:something|anything)\s+wrong\b|"
        r"\bare\s+(?:you|u)\s+(?:ok|okay)\s+with\s+me\b",
    ),
    _p(
        "mood-check.you-seem",
        r"\b(?:you|u|{name})\s+(?:seem|seemed|sound|sounded)\s+(?:\w+\s+)?(?:off|distant|cold|"
        r"different|weird|upset|mad|annoyed|short|angry|far away|irritated|pissed)\b",
    ),
    _p(
        "mood-check.tell-me-not-mad",
        r"\btell\s+me\s+(?:that\s+)?(?:{youre}|you|u)\s+(?:not|aren'?t)\s+(?:mad|angry|upset|"
        r"annoyed)\b|\b(?:{youre})\s+not\s+(?:mad|angry|upset|annoyed)(?:\s+(?:at|with)\s+me)?"
        r",?\s+(?:right|are\s+you)\b",
    ),
    # worth checks: do you still love me
    _p(
        "worth-check.do-you-love-me",
        r"\bdo(?:es)?\s+(?:you|u|ya|{name})\s+(?:(?:still|even|really|actually)\s+)*(?:love|"
        r"like|want|care about|miss|need|still want|find me \w+)\s+me\b(?!\s+to\b)|"
        r"\bdo(?:es)?\s+(?:you|u|ya|{name})\s+(?:(?:still|even|really|actually)\s+)*want\s+"
        r"(?:to\s+be\s+with\s+me|this|us|to\s+be\s+together|to\s+stay)\b|"
        r"\bdo(?:es)?\s+(?:you|u|{name})\s+(?:(?:still|even|really|actually)\s+)*care\b"
        r"(?!\s+(?:about|for|if|whether|what|which|where|when)\s+(?!me\b|us\b))",
    ),
    _p(
        "worth-check.am-i-enough",
        r"\bam\s+I\s+(?:(?:just|still|really|even)\s+)?(?:enough|too\s+much|a\s+burden|boring|"
        r"annoying\s+you|important|not\s+enough|worth\s+it|the\s+only\s+one|hard\s+to\s+love|"
        r"unlovable|a\s+priority|attractive|(?:still\s+)?(?:your|the\s+one))\b|"
        r"\bdo\s+I\s+(?:even\s+|still\s+)?(?:matter|mean\s+anything|mean\s+something|count)\b",
    ),
    _p(
        "worth-check.does-it-mean",
        r"\bdoes\s+(?:this|it|our relationship|anything|any of this|that|what we have|"
        r"this relationship|I)\s+(?:even\s+|still\s+)?(?:mean|matter)\s+(?:anything\s+|"
        r"something\s+|much\s+)?to\s+(?:you|u)\b",
    ),
    _p(
        "worth-check.are-you-still",
        r"\b(?:are|r)\s+(?:you|u|{name})\s+(?:still\s+(?:happy|in love|into me|attracted|sure)|"
        r"happy\s+with\s+(?:me|us)|into\s+me|in\s+love\s+with\s+me|attracted\s+to\s+me|"
        r"sure\s+about\s+(?:me|us)|going\s+to\s+leave|gonna\s+leave|leaving\s+me|"
        r"breaking\s+up\s+with\s+me|done\s+with\s+me|bored\s+(?:of|with)\s+me|seeing\s+"
        r"someone(?:\s+else)?|cheating|lying\s+to\s+me|hiding\s+something|losing\s+interest|"
        r"pulling\s+away)\b|"
        r"\bwould\s+(?:you|u)\s+(?:even\s+)?(?:care|notice|miss\s+me)\s+if\s+I\b|"
        r"\bdo\s+(?:you|u)\s+(?:regret|want\s+to\s+break\s+up|want\s+out|think\s+about\s+"
        r"leaving|still\s+want\s+(?:this|us|to\s+be))\b",
    ),
    # demands for certainty: promise me
    _p(
        "certainty-demand.promise",
        r"(?<!\bI )(?<!\bwe )\bpromise\s+(?:me\b|(?:that\s+)?(?:you|u|we|it|this|nothing)\b)",
        unless=r"\bpromise(?:\s+me)?,?\s+(?:that\s+)?(?:you(?:'ll|\s+will)?|u|to)\s+(?:\w+\s+)?"
        + _SELF_CARE,
    ),
    _p(
        "certainty-demand.swear",
        r"(?<!\bI )\b(?:swear|guarantee)\s+(?:to\s+me\s+)?(?:that\s+)?(?:{youre}|{you}|we|it|"
        r"this|nothing)\b",
    ),
    _p(
        "certainty-demand.tell-me",
        r"\btell\s+me\s+(?:that\s+)?(?:{you}(?:'ll|\s+will)?\s+(?:never|always|won'?t)|"
        r"(?:{youre})\s+not\s+(?:going|leaving|seeing|talking|lying|with)|"
        r"we(?:'re|\s+are|'ll|\s+will(?:\s+be)?)\s+(?:\w+\s+)?(?:ok|okay|fine|good|alright|"
        r"all right|together|forever)|(?:if|whether)\s+(?:{youre}|{you}|we)|"
        r"everything(?:'s|\s+is|\s+will\s+be|\s+is\s+going\s+to\s+"
        r"be)\s+(?:ok|okay|fine|alright|all right|good)|the\s+truth)\b",
    ),
    _p(
        "certainty-demand.need-to-know",
        r"\bI\s+(?:need|have|got)\s+to\s+(?:know|hear\s+(?:you\s+say|it\s+from\s+you))\b"
        r"(?!\s+(?:what\s+time|when|how\s+many|which|the\s+address|where\s+(?:we|to)))|"
        r"\bI\s+need\s+(?:you\s+to\s+(?:tell|promise|swear|reassure)|(?:a\s+|some\s+)?"
        r"(?:guarantee|certainty|reassurance)|to\s+be\s+sure)\b",
    ),
    _p(
        "certainty-demand.yes-or-no",
        r"\b(?:yes\s+or\s+no|or\s+not)\s*[?!.]*\s*$",
    ),
    _p(
        "certainty-demand.right",
        r"\b(?:you(?:'ll|\s+will|'d|\s+would)|you\s+won'?t|u\s+would)\s+(?:never\s+|not\s+|"
        r"ever\s+)?(?:leave|cheat|lie|hurt\s+me|go\s+anywhere|tell\s+me)\b[^.?!]{0,40}?,?\s*"
        r"\b(?:right|yeah)\b\s*(?:\?|$)",
    ),
    # urgency punctuation
    _p(
        "urgency-punctuation.marks",
        r"\?{2,}|\?+!+[?!]*|!+\?+[?!]*|!{3,}",
        unless=_JOY,
    ),
    # shouting
    _p(
        "shouting.caps",
        r"(?<![\w'])(?!(?:OK|OKAY|OMG|LOL|LMAO|ROFL|ASAP|ETA|FYI|BTW|TBH|IDK|IMO|USA|NYC|"
        r"GPS|ATM|XOXO|CEO|PDF|BBQ|DIY|NHS|BBC|TV|UK|EU|US|PM|AM|DM|PS|XO|HR|IT|AI|ID|"
        r"TGIF|RSVP|DND)\b)[A-Z]{3,}(?:[ ']+[A-Z]{1,})*\b",
        unless=r"\b(?:LOVE|MISS|YAY|CONGRAT\w*|HAPPY|BIRTHDAY|THANK\w*|PROUD|WOO+|YES+|"
        r"AMAZING|AWESOME|BEST)\b",
        case_sensitive=True,
    ),
    # demands for an immediate reply
    _p(
        "immediate-reply.now",
        r"\b(?:answer|reply|respond|text|call|ring|message|msg|write|get\s+back\s+to)\s+"
        r"(?:me\s+)?(?:back\s+)?(?:right\s+now|now|asap|a\.s\.a\.p|immediately|right\s+away|"
        r"straight\s+away|this\s+(?:second|minute|instant)|urgently|already|"
        r"as\s+soon\s+as\s+(?:you\s+(?:see|get|read)\s+this|possible|you\s+can))\b",
    ),
    _p(
        "immediate-reply.answer-me",
        r"\banswer\s+(?:me|your\s+phone|the\s+phone|the\s+question|my\s+(?:texts?|messages?|"
        r"calls?|question))\b|\b(?:reply|respond)\s+to\s+(?:me|my\s+(?:texts?|messages?|calls?))\b"
        r"(?!\s+(?:whenever|when\s+you|later|no\s+rush))",
    ),
    _p(
        "immediate-reply.pick-up",
        r"\bpick\s+up(?:\s+(?:the|your)\s+(?:damn\s+)?phone)?(?=\s*(?:[.!?]|$|please|pls|plz|"
        r"now))",
    ),
    _p(
        "immediate-reply.where-are-you",
        r"\bwhere\s+(?:the\s+(?:hell|heck|fuck|f)|tf|on\s+earth|tf\s+else)\s+(?:are|r|were)"
        r"\s+(?:you|u)\b|(?:^|(?<=[.!?]\s)|\b(?:just|please|pls|plz)\s+)answer\s*"
        r"(?:[.!?]|$|already|please|pls)|"
        r"\bI\s+need\s+(?:you|u)\s+to\b[^.?!]{0,40}?\b(?:right\s+now|now|asap|"
        r"immediately|this\s+(?:second|minute))\b",
    ),
    _p(
        "immediate-reply.need-answer",
        r"\bI\s+(?:need|want|deserve)\s+(?:an\s+answer|a\s+reply|a\s+response|"
        r"an\s+explanation)\b",
    ),
    _p(
        "immediate-reply.are-you-there",
        r"(?:^|(?<=[.!?\s]))(?:hel+o+|he+l+o+|are\s+(?:you|u)\s+there|(?:you|u)\s+there|"
        r"r\s+u\s+there|anyone\s+there)\s*(?:\?|$)",
        unless=r"\bhel+o+\s*\?\s*(?:it'?s|this is)\b",
    ),
    _p(
        "immediate-reply.not-answering",
        r"\bwhy\s+(?:aren'?t|are\s+not|arent|r|are)\s+(?:you|u)\s+(?:answering|replying|"
        r"responding|picking\s+up|texting\s+(?:me\s+)?back)\b|"
        r"\b(?:don'?t|do\s+not|stop)\s+ignor(?:e|ing)\s+(?:me|this|my)\b",
    ),
    _p(
        "immediate-reply.deadline",
        r"\b(?:in|within)\s+(?:the\s+next\s+)?(?:\d+|ten|five|fifteen|twenty|thirty|few|"
        r"couple\s+of)\s+(?:minutes|mins|min|hours|hrs)\b(?=[^.?!]*\b(?:or|if|else|done|"
        r"answer|reply|call|text|over)\b)|\bif\s+(?:you|u)\s+(?:don'?t|do\s+not)\s+"
        r"(?:answer|reply|respond|call|text)\s+(?:me\s+)?(?:in|within|by)\b",
    ),
    # surveillance and scorekeeping
    _p(
        "surveillance.online",
        r"\b(?:{youre}|(?:you|u|{name})(?:\s+were|\s+was|\s+are|(?:'ve|\s+have|\s+has|'s)\s+"
        r"been|\s+is))\s+"
        r"(?:\w+\s+)?(?:online|active|typing|on\s+(?:insta\w*|whatsapp|tiktok|twitter|"
        r"discord|snap\w*|facebook|here|your\s+phone))\b",
        unless=r"\b(?:always|constantly)\b",
    ),
    _p(
        "surveillance.read",
        r"\b(?:last\s+seen|seen\s+at|left\s+me\s+on\s+read|on\s+read|read\s+receipts?|"
        r"blue\s+ticks?|double\s+ticks?)\b|"
        r"\b(?:you|u|{name})\s+(?:read|opened|saw|seen|viewed)\s+(?:my|the)\s+(?:message|"
        r"text|msg|story|snap|dm|messages|texts)\b|\bI\s+know\s+(?:you|u)\s+saw\s+(?:it|my|"
        r"this|that)\b",
    ),
    _p(
        "surveillance.hours",
        r"\b(?:it(?:'s|s|\s+has|\s+is)?|its)\s+been\s+(?:like\s+|over\s+|almost\s+|nearly\s+|"
        r"literally\s+|already\s+|more\s+than\s+)?(?:(?:" + _NUMBER + r")\s*(?:hours?|hrs?|h|"
        r"minutes?|mins?|days?)|hours|forever)\b",
    ),
    _p(
        "surveillance.counted",
        r"\bI(?:'ve|\s+have)?\s+(?:texted|called|messaged|rang|tried\s+calling|tried\s+to\s+"
        r"call|tried\s+to\s+reach)\s+(?:you\s+|u\s+)?(?:like\s+)?" + _NUMBER + r"\s+"
        r"(?:times|texts|messages|calls)\b|"
        r"\b(?:the|this\s+is\s+the|that'?s\s+the|thats\s+the)\s+(?:second|third|fourth|fifth|"
        r"sixth|nth|\d+(?:nd|rd|th))\s+time\b",
    ),
    _p(
        "surveillance.still-havent",
        r"\b(?:{you}|{name})\s+still\s+(?:haven'?t|havent|didn'?t|didnt|don'?t|hasn'?t|"
        r"hasnt)\s+(?:\w+\s+)?(?:texted|called|answered|replied|responded|said|messaged|written|"
        r"gotten\s+back|got\s+back|text|call|answer|reply)\b|\b(?:{you}|{name})\s+had\s+"
        r"(?:all\s+(?:day|night|week|evening|morning|afternoon)|hours|the\s+whole\s+\w+)\s+to\b|"
        r"\bit'?s\s+(?:already\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|midnight)\s+and\s+"
        r"(?:you|u|{name})\b|\b(?:{you}|{name})\s+(?:promised|said\s+(?:you|u|{name})"
        r"(?:'d|\s+would|\s+will|'ll))\b(?=[^.?!]*(?:[.?!]|$))",
        unless=r"\b(?:and\s+you\s+did|thank|love|so\s+sweet|you\s+did)\b",
    ),
    _p(
        "surveillance.the-one-who",
        r"\bI(?:'m|\s+am|m)\s+(?:always\s+)?(?:the\s+only\s+one|always\s+the\s+one|the\s+one\s+"
        r"who\s+always)\b|\bI\s+always\s+have\s+to\b|"
        r"\bI(?:'ve|\s+have)?\s+(?:done|given|sacrificed)\s+(?:so\s+much|everything)\b|"
        r"\bafter\s+(?:everything|all)\s+I(?:'ve|\s+have)?\s+done\b",
    ),
    _p(
        "surveillance.watching",
        r"\bI\s+saw\s+(?:that\s+)?(?:you|u|{name})\s+(?:liked|commented|posted|followed|"
        r"viewed|watched|had\s+time)\b|\b(?:you|u)\s+had\s+time\s+to\s+(?:post|like|"
        r"comment|be\s+on|go)\b|\bI\s+(?:checked|looked\s+at)\s+(?:your|ur)\s+(?:phone|"
        r"location|insta\w*|profile|story|likes|followers|messages)\b|"
        r"\bwho\s+(?:were|are|r)\s+(?:you|u)\s+(?:with|texting|talking\s+to|messaging|out\s+"
        r"with)\b|\bwhere\s+(?:were|have)\s+(?:you|u)\s+been\b|\bstill\s+waiting\b|"
        r"\b(?:been|was|sat|sitting|I'?m|am)\s+(?:here\s+)?waiting\s+(?:by\s+(?:the|my)\s+phone|"
        r"all\s+(?:night|day|evening|morning|afternoon)|for\s+(?:hours|ages|days))\b",
    ),
    # ultimatums and protest
    _p(
        "ultimatum.forget-it",
        r"\bforget\s+(?:it|this|you)\b(?=\s*(?:[.!,;]|$|then\b|lol\b))|"
        r"\bjust\s+forget\s+about\s+it\b",
        unless=r"\b(?:never|won'?t|don'?t|not|can'?t|couldn'?t|ever)\s+forget\b",
    ),
    _p(
        "ultimatum.fine",
        r"(?:^|(?<=[.!?\n])\s*)\s*(?:ok(?:ay)?,?\s+)?fine(?:\s+then)?\s*(?:[.!]+|$)|"
        r"\bfine\s+then\b|(?:^|(?<=[.!?\n])\s*)\s*k\s*(?:\.|$)",
    ),
    _p(
        "ultimatum.whatever",
        r"\bwhatever\b(?=\s*(?:[.!,;]|$|\s+(?:i\s+guess|then|lol)\b))|\bnever\s*mind\s+then\b|"
        r"\bsee\s+if\s+I\s+care\b|\bthanks\s+for\s+nothing\b",
    ),
    _p(
        "ultimatum.dont-bother",
        r"\b(?:don'?t|do\s+not)\s+bother\b",
        unless=r"\bbother(?:ing)?\s+(?:with|about)\s+(?:the|dinner|cooking|that|it)|"
        r"\bdon'?t bother (?:cooking|getting|bringing|waiting up)",
    ),
    _p(
        "ultimatum.done",
        r"\bI(?:'m|\s+am|m)\s+(?:so\s+|just\s+)?done\s*(?:[.!]|$|with\s+(?:you|this|us|it\s+all|"
        r"trying|waiting|being))|\bwe(?:'re|\s+are)\s+(?:so\s+)?(?:done|over|finished)\b"
        r"(?!\s+(?:with\s+(?:dinner|the|work)|at|for|here|eating))|"
        r"\bor\s+(?:else|we(?:'re|\s+are)\s+done|I(?:'m|\s+am)\s+(?:leaving|done|gone|out)|"
        r"it(?:'s|\s+is)\s+over|don'?t\s+bother)\b",
    ),
    _p(
        "ultimatum.together",
        r"\b(?:maybe|then|so)\s+we\s+(?:shouldn'?t|should\s+not)\s+(?:even\s+)?(?:be\s+"
        r"together|be\s+doing\s+this|bother)\b|\b(?:maybe|then)\s+we\s+should\s+(?:just\s+)?"
        r"(?:break\s+up|end\s+(?:it|this|things)|stop\s+(?:this|seeing))\b|"
        r"\bguess\s+I(?:'m|\s+am|m)\s+(?:not|just|only)\b|"
        r"\bguess\s+(?:that'?s|it'?s)\s+(?:how\s+it\s+is|my\s+answer)\b",
    ),
    _p(
        "ultimatum.sarcasm",
        r"\?\s*(?:great|cool|nice|perfect|wow|ok(?:ay)?|lovely|sure|fantastic)\s*[.!]*\s*$|"
        r"\b(?:got\s+it|noted|good\s+to\s+know|message\s+received)\s*\.\s*$|"
        r"\bmust\s+be\s+nice\b|\bthanks\s+a\s+lot\s*(?:[.!]|$)|\bgood\s+for\s+you\s*\.\s*$",
    ),
    _p(
        "ultimatum.dont-come-back",
        r"\b(?:don'?t|do\s+not)\s+(?:bother\s+)?(?:com(?:e|ing)\s+back|call\s+me\s+again|"
        r"text\s+me\s+again|ever\s+(?:call|text)\s+me)\b|\bI\s+can'?t\s+do\s+this\s+"
        r"(?:anymore|any\s+more)\b|\bI(?:'ll|\s+will)\s+just\s+(?:sit|wait|stay|go|leave|be)\b"
        r"[^.?!]{0,30}?\b(?:then|I\s+guess|alone)\b|\bI\s+guess\s+I(?:'ll|\s+will)\s+just\b|"
        r"\bso\s+I(?:'m|\s+am|m)\s+(?:not|just)\s+(?:important|a\s+priority|an?\s+option|"
        r"worth\s+it|good\s+enough|nothing|a\s+joke|an\s+afterthought)\b",
    ),
    _p(
        "ultimatum.if-you-loved-me",
        r"\bif\s+(?:you|u|{name})\s+(?:really\s+|actually\s+|truly\s+|even\s+)?(?:loved|"
        r"cared\s+about|cared\s+for|cared|respected|wanted)(?:\s+me)?\b",
    ),
    # mind-reading stated as fact
    _p(
        "mind-reading.obviously",
        r"\b(?:{youre}|{you}|{name})\s+(?:obviously|clearly|apparently|evidently)\b|"
        r"\b(?:obviously|clearly)\s+(?:{youre}|{you}|{name})\b|"
        r"\bit(?:'s|\s+is|s)\s+(?:obvious|clear)\s+(?:that\s+)?(?:{youre}|{you})\b",
        unless=r"\b(?:worked\s+hard|put\s+(?:a\s+lot|so\s+much|real)|had\s+(?:a\s+)?(?:great|"
        r"good|fun|blast)|enjoyed|know\s+what\s+you'?re\s+doing|made\s+an\s+effort|"
        r"love\s+(?:it|this|that|them|your)|talented|nailed)\b",
    ),
    _p(
        "mind-reading.pulling-away",
        # asked ("are you mad at me?") it is a check, not a statement of fact
        r"(?<!\bare )(?<!\br )(?<!\bis )(?<!\bwere )"
        r"\b(?:{youre}|{you}(?:'ve|\s+have)?|{name}(?:'s|\s+is|\s+has)?)\s+(?:(?:just|so|"
        r"totally|probably|definitely|clearly|obviously|already|still|really)\s+)*(?:pulling\s+"
        r"away|losing\s+interest|lost\s+interest|bored\s+(?:of|with)\s+(?:me|us)|tired\s+of\s+"
        r"(?:me|us)|done\s+with\s+(?:me|us)|over\s+(?:me|us)|avoiding\s+me|ignoring\s+me|"
        r"hiding\s+(?:something|things)|seeing\s+someone|with\s+someone\s+(?:else|better)|"
        r"busy\s+with\s+someone|cheating|lying|not\s+(?:into|interested\s+in|attracted\s+to)\s+"
        r"me|moving\s+on|moved\s+on|checked\s+out|distancing|pushing\s+me\s+away|gone\s+cold|"
        r"annoyed\s+(?:with|at|by)\s+me|mad\s+at\s+me|sick\s+of\s+me|embarrassed\s+(?:of|by)\s+"
        r"me|ashamed\s+of\s+me|regretting|losing\s+feelings|falling\s+out\s+of\s+love)\b",
    ),
    _p(
        "mind-reading.dont-care",
        r"\b(?:{you}|{name})\s+(?:(?:just|obviously|clearly|probably|even|really|actually)\s+)*"
        r"(?:don'?t|do\s+not|doesn'?t|does\s+not|no\s+longer)\s+(?:(?:even|really|actually|"
        r"truly)\s+)*(?:care\b(?!\s+(?:about|for|if|whether|what|which)\s+(?!me\b|us\b|my\b|"
        r"how\s+I|what\s+I|whether\s+I|if\s+I)\w)|love\s+me|want\s+me\b(?!\s+to\b)|want\s+"
        r"(?:to\s+be\s+with|to\s+see|to\s+talk\s+to|this|us)\b|like\s+me\b|miss\s+me|"
        r"think\s+about\s+me|value\s+me|respect\s+me|find\s+me\s+\w+|listen\s+to\s+me)",
    ),
    _p(
        "mind-reading.ignoring-me",
        r"\b(?:{you}|{youre}|{name}|keep|keeps|kept|are|'re|been|stop|always|obviously|"
        r"clearly)\s+ignor(?:ing|e|es|ed)\s+me\b",
    ),
    _p(
        "mind-reading.rather",
        r"\b(?:{you}(?:'d|\s+would)|{name}\s+would)\s+(?:(?:obviously|clearly|probably|just)\s+)?"
        r"rather\b|\bI\s+bet\s+(?:{youre}|{you}|{name})\b|"
        r"\b(?:{youre})\s+(?:probably|definitely|prob|prolly)\s+(?:with|out\s+with|talking\s+"
        r"to|texting|seeing|flirting)\b|\bI\s+know\s+(?:{youre}|you)\s+(?:\w+\s+)?(?:mad|angry|upset|annoyed|"
        r"bored|tired\s+of|done|lying|hiding|not\s+(?:interested|into)|pulling|avoiding|"
        r"ignoring|seeing|cheating|regret)\w*",
    ),
    # story words posing as feelings
    _p(
        "story-word.i-feel",
        r"\b(?:feel|feels|feeling|felt)\s+(?:(?:" + _INTENSIFIERS + r"|like\s+I'?m\s+being|"
        r"like\s+I\s+was\s+being|like\s+I'?ve\s+been|like\s+I'?m|as\s+if\s+I'?m\s+being|"
        r"like\s+I'?m\s+getting)\s+)*" + _STORY + r"\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:(?:"
        + _INTENSIFIERS
        + r")\s+)*(?:being|getting)\s+"
        + _STORY
        + r"\b",
    ),
    # thoughts posing as feelings
    _p(
        "thought-as-feeling.feel-like-you",
        r"\b(?:feel|feels|feeling|felt)\s+(?:like|that|as\s+if|as\s+though)\s+(?:{youre}|"
        r"{you}|{name}|nobody|no\s+one|everyone|everybody|this\s+relationship|our\s+"
        r"relationship|we(?:'re|\s+are)?\s+(?:drifting|growing\s+apart|not|never|always|"
        r"don'?t|barely|falling)|I(?:'m|\s+am|m)?\s+(?:not|just|the\s+only|always|a\s+burden|"
        r"invisible|nothing|too\s+much|an\s+afterthought|your\s+last|second|an\s+option|"
        r"not\s+enough|unimportant)|I\s+don'?t\s+matter|I\s+mean\s+nothing)\b",
    ),
    # handing over responsibility
    _p(
        "handing-over.you-make-me",
        r"\b(?:{you}|{name})\s+(?:(?:always|just|really|seriously|honestly|keep|literally)\s+)*"
        r"(?:make|makes|made|are\s+making|keep\s+making|'re\s+making|r\s+making|making)\s+me\s+"
        r"(?:(?:feel|so|really|very|super|go|want\s+to|like)\s+)*(?:anxious|crazy|insane|sad|"
        r"insecure|worried|upset|angry|mad|jealous|paranoid|nervous|scared|cry|miserable|"
        r"worthless|stupid|small|doubt|question|unwanted|unloved|bad|terrible|awful|sick|"
        r"lonely|hate|second-guess|feel\s+like)\b",
        unless=r"\b(?:laugh\w*|happy\s+tears|in\s+a\s+good\s+way)\b",
    ),
    _p(
        "handing-over.make-me-feel",
        r"\b(?:{you}|{name})\s+(?:(?:always|just|really|keep|literally)\s+)*(?:make|makes|"
        r"made|are\s+making|'re\s+making|keep\s+making|making)\s+me\s+feel\b",
        unless=r"\bfeel\s+(?:(?:so|really|very|super|completely|totally|truly|more|"
        r"always|like\s+the)\s+)*(?:safe|loved|happy|better|calm|good|special|seen|heard|"
        r"understood|warm|at\s+home|at\s+ease|beautiful|lucky|cared\s+for|wanted|welcome|"
        r"relaxed|grounded|steady|alive|young|appreciated|valued|respected|comfortable|"
        r"myself|luckiest|proud|confident|strong|brave|held|cherished)\b",
    ),
    _p(
        "handing-over.your-fault",
        r"\b(?:it(?:'s|\s+is)|its|this\s+is|that(?:'s|\s+is)|thats)\s+(?:all\s+)?(?:your|ur)\s+"
        r"fault\b|\byou\s+did\s+this(?:\s+to\s+me)?\b|\b(?:you|u)\s+(?:ruined|wrecked|spoiled)"
        r"\s+(?:my|our|the|everything|it)\b|\blook\s+what\s+(?:you|u)\s+(?:did|made\s+me)\b|"
        r"\b(?:because\s+of\s+(?:you|u)|(?:{youre})\s+the\s+reason)\s+(?:I(?:'m|\s+am|m)?|"
        r"why)\b",
        unless=r"\b(?:smile|happy|laugh|love|better|grateful|believe|hope|brave|stronger)\b",
    ),
    # demands
    _p(
        "demand.need-to",
        # "nothing you need to do" is a relative clause, not a demand
        r"(?<!\bnothing )(?<!\banything )(?<!\bthing )(?<!\ball )(?<!\bwhat )"
        r"\b(?:{you}|{name})\s+(?:(?:really|just|seriously|honestly|literally)\s+)?(?:need|"
        r"needs|have|has|got|gotta)\s+to\b(?!\s+(?:try|see|watch|hear|read|taste|meet|"
        r"check\s+out|listen\s+to|visit|come\s+(?:see|try)|know\s+(?:how|that\s+I)|"
        r"rest|sleep|eat|take\s+care|look\s+after\s+yourself|get\s+some\s+(?:rest|sleep)|"
        r"take\s+a\s+break))|\b(?:{you}|{name})\s+gotta\b(?!\s+(?:try|see|watch|hear|read))",
    ),
    _p(
        "demand.owe",
        r"\b(?:{you}|{name})\s+owe\s+me\b|\b(?:don'?t|do\s+not)\s+(?:you|u)\s+(?:even\s+)?"
        r"dare\b|\b(?:{you}|{name})\s+(?:are|'re|r)\s+(?:going\s+to|gonna)\s+(?:explain|"
        r"apologi[sz]e|tell\s+me|answer)\b",
    ),
    _p(
        "demand.should",
        r"\b(?:{you}|{name})\s+(?:(?:really|just|seriously)\s+)?(?:must\b(?!\s+(?:be|have\s+"
        r"been|see|try))|better\b|had\s+better\b|should(?:'ve|\s+have|a|\s+of)\b|"
        r"shouldn'?t\s+have\b|should\s+(?:know|be\s+(?:ashamed|sorry|more)|apologi[sz]e|call|"
        r"text|answer|reply|tell\s+me|care|stop|make\s+(?:time|an\s+effort)|realise|realize|"
        r"understand)\b)|\b{you}'d\s+better\b",
    ),
    # self-deprecating retractions
    _p(
        "retraction.sorry-for-being",
        r"\b(?:sorry|sry|soz|srry)\b[^.!?\n]{0,25}?\b(?:being|for|I'?m|im|I\s+am|to\s+be|so)"
        r"\s+(?:(?:so|such|being|a\s+bit|a\s+little|too|super|really|very|this|such\s+a)\s+)*"
        r"(?:annoying|needy|clingy|too\s+much|a\s+lot|dramatic|crazy|stupid|a\s+burden|"
        r"a\s+mess|an\s+idiot|pathetic|insecure|paranoid|weird|extra|the\s+worst|like\s+this|"
        r"overthinking|overreacting|spamming|bothering\s+you|double\s+texting|texting\s+so\s+"
        r"much|rambling|sensitive|emotional|difficult|high\s+maintenance|a\s+pain)\b|"
        r"\b(?:sorry|sry|soz)\s+(?:for|about)\s+(?:existing|being\s+(?:me|alive|born|"
        r"like\s+this)|(?:even\s+)?asking|bothering\s+you|everything|wanting\s+\w+|"
        r"needing\s+\w+|having\s+feelings)\b|"
        r"\bsorry\s+(?:for|about)\s+(?:the\s+|all\s+(?:the|these|my)\s+|so\s+many\s+|my\s+)?"
        r"(?:spam|spamming|double\s+text\w*|texts|messages|rant|ramble|rambling|wall\s+of\s+"
        r"text)\b",
    ),
    _p(
        "retraction.nvm",
        r"\b(?:nvm|nevermind|never\s+mind|nevrmind)\b|\bignore\s+(?:me|this|that|my\s+(?:last|"
        r"previous|earlier)\s+(?:message|text|msg)|what\s+I\s+said)\b|\bforget\s+(?:I\s+said\s+"
        r"(?:anything|that|it|something)|what\s+I\s+said|I\s+asked|I\s+mentioned\s+it)\b|"
        r"\bdisregard\s+(?:that|this|my)\b",
    ),
    _p(
        "retraction.im-stupid",
        r"\bI(?:'m|\s+am|m)\s+(?:(?:so|just|being|probably|prob|a\s+bit|such\s+an?|really|"
        r"totally|too|prolly)\s+)*(?:stupid|pathetic|crazy|dramatic|annoying|needy|clingy|"
        r"too\s+much|a\s+burden|an\s+idiot|idiot|the\s+worst|overreacting|paranoid|silly|"
        r"ridiculous|insane|burden|mess|pain|loser|failure|disaster|wreck)\b|\bI\s+know\s+I(?:'m|\s+am|m)\s+(?:being\s+|so\s+|too\s+)*"
        r"(?:annoying|needy|clingy|too\s+much|a\s+lot|dramatic|crazy|overreacting|paranoid)\b|"
        r"\b(?:it'?s|this\s+is|its)\s+(?:probably\s+|prob\s+|so\s+|just\s+)*(?:stupid|dumb|"
        r"silly|nothing)(?=\s*(?:but\b|[,.!]|$))",
    ),
)

GROUNDED_RULES: tuple[Rule, ...] = (
    _g(
        "self-observation.noticed",
        r"\bI(?:'ve|\s+have)?\s+(?:(?:just|been|also)\s+)*(?:notice[ds]?|noticing)\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:(?:just|also)\s+)?(?:aware|noticing|catching\s+myself|"
        r"realizing|realising)\b|\bI\s+caught\s+myself\b|\bI\s+can\s+(?:tell|feel)\s+(?:that\s+)?"
        r"(?:I|my)\b|\bI(?:'m|\s+am|m|'ve\s+been|\s+have\s+been|ve\s+been)\s+in\s+(?:a|an)\s+"
        r"(?:\w+\s+){0,2}(?:headspace|place|"
        r"mood|spiral|loop|state)\b|\bmy\s+(?:body|chest|stomach|mind|head|heart|throat|"
        r"shoulders)\s+(?:is|feels|has\s+been|keeps|was|went)\b|\bpart\s+of\s+me\b",
    ),
    _g(
        "ownership.mine",
        r"\bmy\s+(?:own\s+)?(?:anxiety|anxious\s+(?:brain|side|part)|alarm|old\s+(?:pattern|"
        r"stuff|wound|fear|story)|stuff|attachment\s+\w+|insecurit(?:y|ies)|nervous\s+system|"
        r"brain|stress|fear|worry|worries|story|pattern)\b|\b(?:an?\s+|the\s+)?old\s+(?:pattern|"
        r"habit|stuff|wound|story|fear|urge)\b|\b(?:this|it|that)(?:'s|\s+is|s)\s+(?:mine|"
        r"my\s+(?:stuff|thing|own))\b|\bnot\s+(?:about|because\s+of)\s+(?:you|u|anything\s+you)"
        r"\b|\bnot\s+(?:your\s+(?:job|fault|responsibility)|yours\s+to\s+fix|on\s+you)\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:working\s+on|handling|taking\s+care\s+of|looking\s+after)\s+"
        r"(?:it|this|that)\b|\b(?:mine|my\s+\w+)\s+to\s+(?:hold|handle|carry|work\s+on)\b|"
        r"\bthat(?:'s|\s+is|s)\s+on\s+me\b|\bnot\s+you\b",
    ),
    _g(
        "feeling-word.i-feel",
        r"\b(?:I(?:'m|\s+am|m|'ve\s+been|\s+have\s+been|ve\s+been|\s+was|\s+feel|\s+felt|"
        r"'m\s+feeling|\s+am\s+feeling|m\s+feeling|\s+was\s+feeling|\s+get|\s+got|\s+feel\s+so)|"
        r"feeling|felt)\s+(?:(?:" + _INTENSIFIERS + r")\s+)*" + _FEELING + r"\b",
    ),
    _g(
        "specific-instance.when",
        r"\bwhen\s+(?:you|we|I|{name})\s+(?:\w+ed|said|left|went|got|came|told|made|took|saw|"
        r"had|were|was|didn'?t|did|mentioned|brought\s+up|talked|spoke|forgot|ran)\b|"
        r"\b(?:yesterday|earlier\s+today|this\s+(?:morning|afternoon|evening)|last\s+night|"
        r"(?:at|after|during)\s+(?:dinner|lunch|breakfast|the\s+party|the\s+meeting)|"
        r"on\s+the\s+phone|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"(?:\s+(?:night|morning|evening))?)\b",
    ),
    _g(
        "removing-pressure.no-need",
        r"\bno\s+(?:need\s+(?:to\s+(?:reply|respond|answer|do\s+anything|fix)|for\s+a\s+reply)|"
        r"rush|pressure|reply\s+needed|worries)\b|\b(?:take|taking)\s+your\s+time\b|"
        r"\bwhenever\s+(?:you(?:'re|\s+are)?\s+(?:free|ready|can|have|get|like|want|feel)|"
        r"works|suits)\b|\byou\s+don'?t\s+(?:have|need)\s+to\s+(?:reply|respond|answer|do\s+"
        r"anything|fix\s+(?:it|this|anything)|say\s+anything)\b|\bnothing\s+(?:you\s+need\s+"
        r"to\s+(?:do|fix)|to\s+fix|for\s+you\s+to\s+(?:do|fix))\b|\b(?:just|only)\s+(?:wanted|"
        r"want)\s+(?:you\s+to\s+know|to\s+let\s+you\s+know|to\s+share|to\s+tell\s+you)\b|"
        r"\bjust\s+letting\s+you\s+know\b|\b(?:it'?s|it\s+is|that'?s)\s+(?:totally\s+|"
        r"completely\s+)?(?:ok|okay|fine|alright)\s+(?:if\s+(?:you|not)|to\s+say\s+no)\b|"
        r"\bif\s+not,?\s+(?:no\s+worries|that'?s\s+(?:\w+\s+)?(?:ok|okay|fine))\b|"
        r"\bnot\s+asking\s+(?:you\s+)?(?:to|for)\b|\benjoy\s+(?:your|the)\b|\bjust\s+sending\b|"
        r"\bI\s+wanted\s+to\s+share\b|\bhave\s+(?:a\s+)?(?:fun|good|great|lovely)\b",
    ),
    _g(
        "self-settling.plan",
        r"\b(?:I(?:'m|\s+am|m)?\s+|I'll\s+|I\s+will\s+|ill\s+)?(?:going\s+to|gonna|about\s+to|"
        r"think\s+I'?ll|will|'ll|plan\s+to|heading\s+(?:out\s+)?(?:to|for))\s+(?:\w+\s+){0,2}?"
        r"(?:go\s+for\s+a\s+(?:walk|run|swim)|take\s+a\s+(?:walk|bath|shower|breath|nap)|"
        r"breathe|do\s+(?:some\s+)?(?:breathing|yoga|stretching)|journal|read|call\s+(?:a\s+"
        r"friend|my\s+(?:sister|brother|mum|mom|dad|friend|best\s+friend))|meditate|make\s+"
        r"(?:some\s+)?tea|sleep\s+on\s+it|get\s+some\s+(?:air|sleep|rest)|sit\s+with\s+(?:it|"
        r"this)|look\s+after\s+myself|take\s+care\s+of\s+myself|give\s+it\s+(?:some\s+)?time|"
        r"go\s+to\s+the\s+gym|put\s+(?:my|the)\s+phone\s+(?:away|down)|rest)\b|"
        r"\b(?:going|heading|went)\s+(?:out\s+)?for\s+a\s+(?:walk|run|swim)\b|"
        r"\bwalking\s+it\s+off\b|\bdid\s+some\s+(?:breathing|yoga|stretching)\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:taking|giving\s+myself|doing)\s+(?:a|some)\s+(?:\w+\s+)?"
        r"(?:walk|time|breaths?|bath|space|break|breathing)\b|\bputting\s+(?:my|the)\s+phone\s+"
        r"(?:away|down)\b|\bgoing\s+to\s+(?:put\s+my\s+phone\s+away|take\s+a\s+bath)\b",
    ),
    _g(
        "flexible-request.would-you",
        r"\bwould\s+(?:you|it)\s+be\s+(?:up\s+for|ok|okay|alright|possible)\b|"
        r"\bwould\s+you\s+(?:mind|like\s+to)\b|\bif\s+you(?:'re|\s+are)?\s+(?:up\s+for\s+it|"
        r"free|have\s+(?:a\s+)?(?:minute|moment|time|space|energy|a\s+sec))\b|"
        r"\bwhen\s+you\s+(?:get\s+a\s+(?:chance|minute|moment)|have\s+(?:a\s+)?(?:minute|"
        r"moment|time|sec))\b|\b(?:maybe|perhaps)\s+we\s+could\b|\bit\s+would\s+(?:help|"
        r"mean\s+a\s+lot|be\s+nice)\b|\bI(?:'d|\s+would)\s+(?:love|like|appreciate)\s+"
        r"(?:it\s+if|to|a|some)\b|\b(?:could|can)\s+(?:we|you)\b[^.?!]{0,60}?(?:\?|\b(?:when|"
        r"whenever|later|sometime|tomorrow|this\s+week(?:end)?|next\s+(?:week|time)|if\s+"
        r"(?:you|that)))|\bif\s+that'?s\s+(?:ok|okay|alright)\b|\bif\s+you\s+can\b",
    ),
    _g(
        "appreciation.thanks",
        r"\b(?:thank(?:s|\s+you)|ty|thx|thank\s+u)\b|\bI\s+(?:really\s+)?appreciat\w+\b|"
        r"\bgrateful\b|\bI\s+love\s+(?:you|u|that|how|it\s+when|our|being|the\s+way|"
        r"spending)\b|\blove\s+(?:you|u|ya)\b|\bI\s+loved\b|\bmeant?\s+(?:a\s+lot|so\s+much|"
        r"the\s+world)\b|\b(?:{youre}|that\s+was)\s+(?:so\s+)?(?:kind|sweet|lovely|thoughtful|"
        r"wonderful)\b|\blucky\s+to\s+have\s+you\b|\bmiss(?:ed)?\s+(?:you|u|ya)\b|"
        r"\bso\s+thoughtful\b",
    ),
    _g(
        "tentative.maybe",
        r"\b(?:I\s+think|I\s+wonder|maybe|perhaps|probably|might\s+be|I\s+guess|I\s+suspect|"
        r"not\s+sure|I'?m\s+not\s+sure|it\s+could\s+be|could\s+be|seems\s+like|I\s+suppose|"
        r"a\s+bit|a\s+little|kind\s+of|kinda|sort\s+of|somewhat|partly)\b",
    ),
)

RULES: tuple[Rule, ...] = (*PRESSURE_RULES, *GROUNDED_RULES)

REPEATED_CHECK = Rule(
    "repeated-check",
    "repeated-check",
    "",  # not a pattern: found by comparing with the texts drafted in the last few hours
    FAMILIES["repeated-check"].why,
    FAMILIES["repeated-check"].suggestion,
)


# -- the engine --------------------------------------------------------------------------------

Span = tuple[int, int]


@dataclass(frozen=True)
class Finding:
    """A pressure pattern found in the text: one per family, with every place it occurs."""

    rule: str  # the id of the first rule that matched
    family: str
    match: str
    spans: tuple[Span, ...]
    why: str
    suggestion: str
    earlier: tuple[datetime, ...] = ()

    @property
    def label(self) -> str:
        return FAMILIES[self.family].label


@dataclass(frozen=True)
class Signal:
    """A grounded signal recognised in the text."""

    rule: str
    family: str
    match: str
    spans: tuple[Span, ...]

    @property
    def label(self) -> str:
        return FAMILIES[self.family].label


@dataclass(frozen=True)
class CheckResult:
    text: str
    flags: tuple[Finding, ...]
    grounded: tuple[Signal, ...]
    families: frozenset[str] = field(default_factory=frozenset)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def flag_spans(self) -> tuple[Span, ...]:
        return merge_spans(s for f in self.flags for s in f.spans)

    @property
    def grounded_spans(self) -> tuple[Span, ...]:
        return merge_spans(s for g in self.grounded for s in g.spans)


@dataclass(frozen=True)
class _Hit:
    rule: Rule
    start: int
    end: int


_CLAUSE_BOUNDARY = re.compile(
    r"[.!?;,:\n…]+|\s(?:but|and|though|although|because|whereas)\b", re.IGNORECASE
)


def _fill(pattern: str, partner_name: str | None) -> str:
    name = re.escape(partner_name.strip()) if partner_name and partner_name.strip() else None
    name_alt = name if name else r"(?!x)x"
    you = r"(?:you|u|ya)" if name is None else rf"(?:you|u|ya|{name})"
    youre = r"(?:you'?re|you\s+are|ur|u\s+r|u'?re|ya'?re)"
    if name is not None:
        youre = rf"(?:you'?re|you\s+are|ur|u\s+r|u'?re|ya'?re|{name}'?s|{name}\s+is)"
    return pattern.replace("{youre}", youre).replace("{you}", you).replace("{name}", name_alt)


@cache
def _compiled(
    partner_name: str | None,
) -> tuple[tuple[Rule, re.Pattern[str], re.Pattern[str] | None], ...]:
    compiled = []
    for rule in RULES:
        flags = 0 if rule.case_sensitive else re.IGNORECASE
        pattern = re.compile(_fill(rule.pattern, partner_name), flags)
        unless = (
            None if rule.unless is None else re.compile(_fill(rule.unless, partner_name), flags)
        )
        compiled.append((rule, pattern, unless))
    return tuple(compiled)


class _Clauses:
    """The clause around any span of one text, found by bisecting its boundaries."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_CLAUSE_BOUNDARY.finditer(text))
        self.starts = [b.start() for b in found]
        self.ends = [b.end() for b in found]

    def around(self, start: int, end: int) -> str:
        # the last boundary ending at or before `start`, the first starting at or after `end`
        i = bisect_right(self.ends, start)
        left = self.ends[i - 1] if i else 0
        j = bisect_left(self.starts, end)
        right = self.starts[j] if j < len(self.starts) else len(self.text)
        return self.text[left:right]


def _normalise(text: str) -> str:
    """Typographic apostrophes as plain ones, keeping every character's position."""
    return text.translate({0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x00B4: "'", 0x0060: "'"})


def _hits(text: str, partner_name: str | None) -> list[_Hit]:
    plain = _normalise(text)
    clauses = _Clauses(plain)
    hits: list[_Hit] = []
    for rule, pattern, unless in _compiled(partner_name):
        for found in pattern.finditer(plain):
            if found.end() == found.start():
                continue
            if unless is not None and unless.search(clauses.around(found.start(), found.end())):
                continue
            start, end = found.start(), found.end()
            while end > start and plain[end - 1].isspace():
                end -= 1
            while start < end and plain[start].isspace():
                start += 1
            hits.append(_Hit(rule, start, end))
    return hits


def _by_family(hits: Iterable[_Hit]) -> dict[str, list[_Hit]]:
    """Per family, the hits in text order, without hits lying inside an earlier one."""
    families: dict[str, list[_Hit]] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        kept = families.setdefault(hit.rule.family, [])
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return families


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((a, b) for a, b in merged)


def check(
    text: str,
    *,
    partner_name: str | None = None,
    recent: Sequence[tuple[str, datetime]] = (),
) -> CheckResult:
    """Mirror a draft: pressure findings and grounded signals, in the order they appear.

    `recent` holds texts drafted within the last few hours with their times; when this
    text asks a reassurance check (mood or worth) and so did one of them, the repetition
    is named as a finding of its own.
    """
    hits = _hits(text, partner_name)
    flags: list[Finding] = []
    grounded: list[Signal] = []
    for family, found in _by_family(hits).items():
        first = found[0]
        spans = tuple((h.start, h.end) for h in found)
        match = text[first.start : first.end]
        if first.rule.kind == "pressure":
            flags.append(
                Finding(first.rule.id, family, match, spans, first.rule.why, first.rule.suggestion)
            )
        else:
            grounded.append(Signal(first.rule.id, family, match, spans))
    flags.sort(key=lambda f: f.spans[0])
    grounded.sort(key=lambda g: g.spans[0])
    asked = [f for f in flags if f.family in REASSURANCE_FAMILIES]
    if asked and recent:
        earlier = tuple(
            sorted(
                at
                for previous, at in recent
                if _families(previous, partner_name) & REASSURANCE_FAMILIES
            )
        )
        if earlier:
            flags.append(
                Finding(
                    REPEATED_CHECK.id,
                    REPEATED_CHECK.family,
                    asked[0].match,
                    merge_spans(s for f in asked for s in f.spans),
                    REPEATED_CHECK.why,
                    REPEATED_CHECK.suggestion,
                    earlier,
                )
            )
    families = frozenset(f.family for f in flags) | frozenset(g.family for g in grounded)
    return CheckResult(text, tuple(flags), tuple(grounded), families)


def _families(text: str, partner_name: str | None) -> frozenset[str]:
    return frozenset(h.rule.family for h in _hits(text, partner_name) if h.rule.kind == "pressure")
