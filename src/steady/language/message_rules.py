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
use is not pressure — "you always make me laugh" is not a verdict. A rule whose
`unless_scope` is "message" searches the whole message instead: a joke marker or
a warm sign-off anywhere ("lol", "😂", "good luck") changes how "I give up" or
"thanks for ruining my diet" reads. `unless_before` is searched at the end of the clause
up to the match, where its subject stands: "ignore me" after "when you" is their act, not
the writer taking a message back.

Findings on the same words are merged into one, named by the family that comes first in
PRECEDENCE; `steady.language.wishes` reads what a flagged message asks for and gives the
grounded form of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Literal

from steady.language import wishes
from steady.language.vocabulary import STORY_WORDS, all_feelings
from steady.language.wishes import Wish

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
    unless_scope: Literal["clause", "message"] = "clause"
    unless_before: str | None = None


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
        "A word for every time, or a label, turns one moment into a verdict on who they are, so "
        "they tend to defend against the verdict instead of hearing the hurt.",
        'Name one moment: "When the plans changed last night, I felt hurt."',
    ),
    Family(
        "accusing-question",
        "an accusing question",
        "A question about why they did it asks them to defend themselves, and the feeling "
        "underneath gets lost.",
        'Say what happened in you: "When that happened, I felt hurt, and I\'d like to understand."',
    ),
    Family(
        "mood-check",
        "a mood check",
        "Checking their mood hands them the job of calming your alarm, and the relief "
        "rarely lasts.",
        "Ask openly, with room: \"I'm feeling unsure of us tonight. When you have a "
        'moment, would you tell me how we are?"',
    ),
    Family(
        "worth-check",
        "a worth check",
        "Asking them to confirm your worth puts the whole alarm in their hands; an answer "
        "tends to settle it only for a moment.",
        "Share the feeling, and ask for what would help: \"I'm feeling insecure tonight; a "
        'few warm words from you would help, when you have a moment."',
    ),
    Family(
        "certainty-demand",
        "a demand for certainty",
        "No one can guarantee the future; asking for a promise tends to make the worry the topic.",
        "Name the fear and ask for closeness: \"I'm scared about us tonight. Could we talk "
        "when you're free?\"",
    ),
    Family(
        "urgency-punctuation",
        "urgency punctuation",
        "Stacked question or exclamation marks read as alarm, and people tend to answer the "
        "alarm rather than the words.",
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
        "A protest or a threat to end it says the hurt sideways, and it tends to push away the "
        "person you want closer.",
        "Say the hurt directly: \"I'm hurt, and I'd still like us to talk once we've both "
        'calmed down."',
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
        "This word describes what someone did to you rather than how you feel, so it lands as an "
        "accusation.",
        'Name the feeling under it: "I felt hurt and lonely."',
    ),
    Family(
        "thought-as-feeling",
        "a thought posing as a feeling",
        "This is a thought about them dressed as a feeling, so it tends to be heard as a charge.",
        "Separate the two: \"I'm feeling anxious, and my mind is telling me you're distant.\"",
    ),
    Family(
        "handing-over",
        "handing over responsibility",
        "This hands them the controls of your feelings, and the blame with them.",
        'Own the reaction: "When that happened, I felt anxious."',
    ),
    Family(
        "demand",
        "a demand",
        "This tells them what to do; a request they can say yes or no to tends to be heard better.",
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
        "defensiveness",
        "defending or waving it away",
        "Defending yourself, or waving their feeling away, tells them they were not heard, "
        "so they tend to push harder to be.",
        "Take in one part of it first: \"You're right that I was late, and I can see it "
        'mattered to you."',
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
    why: str | None = None,
    suggestion: str | None = None,
    case_sensitive: bool = False,
    unless_scope: Literal["clause", "message"] = "clause",
    unless_before: str | None = None,
) -> Rule:
    """A pressure rule (the id starts with the family); without its own words it has the
    family's why and suggestion."""
    family = FAMILIES[rule_id.split(".")[0]]
    return Rule(
        rule_id,
        family.name,
        pattern,
        why or family.why,
        suggestion or family.suggestion,
        "pressure",
        unless,
        case_sensitive,
        unless_scope,
        unless_before,
    )


def _g(
    rule_id: str, pattern: str, *, unless: str | None = None, unless_before: str | None = None
) -> Rule:
    family = FAMILIES[rule_id.split(".")[0]]
    return Rule(
        rule_id,
        family.name,
        pattern,
        family.why,
        "",
        "grounded",
        unless,
        False,
        "clause",
        unless_before,
    )


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
    "belittled",
    "humiliated",
    "excluded",
    "sidelined",
    "overlooked",
    "brushed off",
    "let down",
    "played",
    "deceived",
    "criticised",
    "criticized",
    "judged",
    "controlled",
    "smothered",
    "attacked",
    "ditched",
    "dumped",
    "unsupported",
    "misunderstood",
    "abandoned",
)
_STORY = (
    "(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted({*STORY_WORDS, *_STORY_EXTRA}, key=lambda w: (-len(w), w))
    )
    + r"|abandonn?ed|ignord|rejeced)"
)
_FEELING_EXTRA = (
    "worried",
    "overwhelmed",
    "exhausted",
    "drained",
    "discouraged",
    "heartbroken",
    "helpless",
    "uneasy",
    "annoyed",
    "thankful",
    "touched",
    "moved",
    "peaceful",
    "joyful",
    "glad",
    "defensive",
    "flooded",
    "worn out",
    "weary",
    "stressed out",
    "numb",
    "torn",
    "conflicted",
    "embarrassed",
    "jealous",
    "frustrated",
    "lonely",
    "scared",
    "hurt",
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
        for w in sorted({*all_feelings(), *_FEELING_EXTRA}, key=lambda w: (-len(w), w))
    )
    + ")"
)

# What follows "always" / "never" when it is warm rather than a verdict.
_WARM_ALWAYS = (
    r"\b(?:always|constantly|forever)\b.*\b(?:"
    r"(?:make|makes|made|making)\s+(?:me|us|everyone|everything|it|my|the\s+\w+|time)\b(?!\s+(?:late|"
    r"wait|cry|angry|mad|sad|upset|miserable|nervous|anxious|feel\s+(?:bad|stupid|small|guilty|"
    r"like\s+(?:crap|shit|nothing|a\s+burden))))|know|knows|cheer|cheers|remember|remembers|manage|"
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
    r"want to forget|stop loving|cease|"
    r"told me (?:that )?you (?:could|can|play|speak|knew how|used to))"
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

# A joke or a warm sign-off anywhere in the message ("lol", "😂", "love you"): words that
# read as protest on their own ("I give up", "thanks for ruining my diet") are play here.
_PLAYFUL = (
    r"(?:\blol+\b|\blmao\b|\bhaha\w*|\bhehe\w*|\bjk\b|\bjoking\b|😂|🤣|😅|😜|😉|😘|🙃|😆|"
    r"❤|♥|💕|💛|😍|🥰|😊|🙂|👀|\bxx+\b|\blove\s+(?:you|u|ya)\b)"
)
# Warm or considerate words: "I'll stop texting so you can focus, good luck" is kindness.
_CONSIDERATE = (
    _PLAYFUL[:-1] + r"|\bso\s+(?:you|u)\s+can\b|\blet\s+(?:you|u)\s+(?:\w+\s+)?(?:focus|work|"
    r"sleep|rest|get\s+on|concentrate|be)\b|\bgood\s+luck\b|\benjoy\b|\bhave\s+(?:fun|a\s+good)\b|"
    r"\bsleep\s+well\b|\bget\s+some\s+(?:rest|sleep)\b|\btake\s+care\b|"
    # a thank-you sign-off, not "thanks for ruining…"
    r"\bthank(?:s|\s+you)\s*(?:[.!x]|$|so\s+much\b|for\s+(?:understanding|being|listening|your))"
    r")"
)
# What a partner did that hurt, in the past tense ("can't believe you forgot").
_HURT_DONE = (
    r"(?:forgot|lied|left\s+me|cancell?ed(?:\s+on\s+me)?|ignored\s+me|ditched\s+me|bailed|"
    r"ruined|blew\s+me\s+off|stood\s+me\s+up|hung\s+up(?:\s+on\s+me)?|walked\s+out|"
    r"embarrassed\s+me|humiliated\s+me|yelled|snapped|cheated|flirted|went\s+behind\s+my\s+back|"
    r"ghosted|dumped|betrayed|let\s+me\s+down|broke\s+(?:your|ur|another)\s+promise|"
    r"said\s+that|did\s+(?:that|this)(?:\s+to\s+me|(?=\s*(?:[.?!]|$)))|didn'?t\s+(?:call|text|"
    r"tell|come|show|ask)|"
    r"never\s+(?:called|texted|told|came|showed|asked))"
)
# The same, as "thanks for …ing" (sarcastic thanks), never after "not": "thanks for not
# making a fuss" is real thanks.
_HURT_DOING = (
    r"(?:ruining|ignoring\s+me|forgetting|ditching\s+me|bailing|cancell?ing\s+on\s+me|"
    r"leaving\s+me\s+(?:alone|out|hanging|behind|on\s+read|waiting|to\s+(?:deal|sort|clean|"
    r"handle|do))\b|abandoning|wasting\s+my|embarrassing\s+me|humiliating\s+me|ghosting|"
    r"standing\s+me\s+up|letting\s+me\s+down|blowing\s+me\s+off|making\s+me\s+(?:wait|cry|"
    r"feel\s+like(?!\s+(?:I\s+(?:come\s+first|matter|belong|am\s+enough|'?m\s+enough)|a\s+"
    r"priority|(?:the\s+)?(?:luckiest|most|only)\b|home|family|myself|a\s+queen|a\s+king))|"
    r"look\s+like)|keeping\s+me\s+(?:waiting|in\s+the\s+dark)|"
    r"(?:never|not)\s+(?:calling|texting|replying|answering|showing\s+up|coming|asking|"
    r"telling\s+me|letting\s+me\s+know)(?=\s*(?:[.!,]|$|me\b|back\b))|"
    r"absolutely\s+nothing|nothing\s+at\s+all|the\s+silent\s+treatment|the\s+cold\s+shoulder|"
    r"being\s+(?:so\s+)?(?:late|rude|distant|cold|selfish|useless|no\s+help))"
)
# Words that slip between a subject and its verb: "I'm clearly not a priority", "I've
# literally done everything". A slot that allows one allows them all.
_ADV = (
    r"(?:(?:just|really|clearly|obviously|literally|honestly|actually|seriously|totally|so|"
    r"even|still|probably|definitely|basically|already|kind\s+of|kinda)\s+)*"
)
# Drifting away, as a statement ("you're losing interest") or a question ("are you losing
# interest?"): the same words are mind-reading in one form and a worth check in the other.
_DRIFTING = (
    r"(?:pulling\s+away|losing\s+interest|lost\s+interest|bored\s+(?:of|with)\s+(?:me|us)|"
    r"tired\s+of\s+(?:me|us)|done\s+with\s+(?:me|us)|over\s+(?:me|us)|avoiding\s+me|ignoring\s+"
    r"me|hiding\s+(?:something|things)|seeing\s+someone|with\s+someone\s+(?:else|better)|busy\s+"
    r"with\s+someone|cheating(?!\s+at)|lying(?!\s+(?:down|in|on|around|low))|not\s+(?:into|"
    r"interested\s+in|attracted\s+to)\s+me|mov(?:ing|ed)\s+on(?!\s+to\b)|checked\s+out(?!\s+"
    r"(?:the|a|an|that|this|those|these|my|your|our|some)\b)|distancing|pushing\s+me\s+away|"
    r"gone\s+cold|annoyed\s+(?:with|"
    r"at|by)\s+me|mad\s+at\s+me|sick\s+of\s+me|embarrassed\s+(?:of|by)\s+me|ashamed\s+of\s+me|"
    r"regretting|losing\s+feelings|falling\s+out\s+of\s+love|fed\s+up\s+with\s+me|going\s+off\s+"
    r"me|having\s+second\s+thoughts|seeing\s+other\s+people|drifting\s+away)\b"
)
# Permission or negation around a request takes the pressure out: "no need to answer now",
# "you don't have to reply tonight", "it's fine if you'd rather stay in".
_PERMISSION = (
    r"\b(?:no\s+(?:need|rush|pressure|hurry)|(?:you\s+|u\s+)?(?:don'?t|do\s+not)\s+(?:have|"
    r"need)\s+to|"
    r"don'?t\s+feel\s+(?:like\s+)?(?:you|u)\s+(?:have|need)\s+to|not\s+asking\s+(?:you\s+)?to|"
    r"(?:it'?s|that'?s|its|thats)\s+(?:totally\s+|completely\s+)?(?:ok|okay|fine|alright)\s+"
    r"(?:if|not\s+to)|nothing\s+urgent|not\s+urgent|whenever|when\s+you\s+(?:can|get\s+a|have\s+a)|"
    r"if\s+you\s+can)\b"
)
# Keeping score only counts when it is about them: "it's been 3 hours and I'm still not done
# with this report" names no one. As an `unless` (searched in the whole message) this matches
# a message that mentions neither the partner nor an answer.
_NO_PARTNER = (
    r"^(?![\s\S]*\b(?:you|u|ya|your|ur|yours|{name}|nothing|reply|replied|answer|answered|word|blame|"
    r"heard|waiting|silence)\b)"
)
# Naming a fear as a fear keeps a forecast grounded ("I'm scared you'll leave, and I know
# that's my alarm talking").
_FEAR_NAMED = (
    r"\b(?:scared|afraid|worried|worry|fear|frightened|terrified|anxious|story|alarm|"
    r"my\s+(?:mind|brain|anxiety)|part\s+of\s+me|sometimes\s+I|I\s+know\s+(?:it'?s|that'?s))"
)

# The writer as the subject of the verb: "I can't answer right now", "I'll reply now".
_WRITER_ACTS = (
    r"\b(?:I|I'?m|I'?ll|I'?d|I'?ve|we|we'?ll)\s+(?:(?!you\b|u\b)[\w']+\s+){0,3}?(?:an?\s+)?"
)
# The partner (or "when you") as the subject of what follows: "when you ignore me".
_PARTNER_ACTS = (
    r"\b(?:you|u|{name}|he|she|they)\s+(?:(?:just|always|keep|kept|said|say|says|told\s+me\s+to|"
    r"tell\s+me\s+to|write|wrote|texted|went|then|to)\s+)*|\b(?:said|says|told\s+me|"
    r"tell\s+me|saying)\s+(?:to\s+)?['\"‘“]?"
)
# An I-statement frame: the moment named, a request, or one's own part owned. Inside it a
# story word ("I felt ignored when I was sharing. Could we put phones away?") is what many
# guides teach as the grounded way to say it, so it is not mirrored; alone it is.
_I_STATEMENT_FRAME = (
    r"\bwhen\s+(?:I|you|u|we|{name})\b|\b(?:could|can|would)\s+(?:we|you|u)\b|\bI\s+(?:also|"
    r"know|realise|realize|think|need|want|would\s+like|'?d\s+(?:like|love))\b|\bif\s+I\b|"
    r"\bmy\s+part\b|\bI\s+(?:might|may)\s+be\b|\breading\s+too\s+much\s+into\b"
)

# Traits pinned on a person (an adjective or a noun after "you're", "such a", "acting").
_TRAIT = (
    r"(?:selfish|lazy|pathetic|needy|crazy|insane|nuts|mental|psycho|psychotic|dramatic|"
    r"insecure|jealous|paranoid|idiot|stupid|dumb|moron|ridiculous|useless|hopeless|"
    r"worthless|controlling|clingy|rude|mean|nasty|impossible|unbearable|disgusting|"
    r"irresponsible|immature|childish|hysterical|loser|failure|disappointment|heartless|cruel|"
    r"abusive|incompetent|clueless|ungrateful|spoiled|spoilt|baby|brat|child|slob|nag|nagging|"
    r"liar|cheat|fake|two-faced|toxic|manipulative|narcissist\w*|bad|horrible|terrible|"
    r"awful|the\s+worst|unfit|a\s+mess|mess|joke|fool|coward|weak|sad|cold|boring|"
    r"unreasonable|difficult|exhausting|annoying|negative|sensitive|ignorant|arrogant|"
    r"entitled|greedy|cheap|stingy|lame|pig|pain|nightmare|embarrassment|unstable|delusional|"
    r"(?:overly|too|so)\s+emotional|"
    r"\*[^*\n]{1,30}\*|\[[^\]\n]{1,40}\])"
)

# Warm traits: "you're so kind" is not a label.
_WARM_TRAIT = (
    r"sweet|kind|cute|beautiful|gorgeous|handsome|pretty|funny|hilarious|amazing|awesome|"
    r"wonderful|good|great|smart|clever|brilliant|talented|thoughtful|lovely|patient|generous|"
    r"caring|supportive|strong|brave|lucky|special|right|welcome|adorable|sexy|hot|fun|nice|"
    r"warm|gentle|calm|wise|loving|romantic|considerate|helpful|dear|precious|incredible|cool|"
    r"creative|hard-?working|organi[sz]ed|understanding|fit|close|far|tired|sleepy|exhausted|"
    r"sick|ill|busy|excited|happy|proud|good\s+\w+|great\s+\w+|much|many|far\s+away|"
    r"sweetheart|gem|star|angel|darling|babe|catch|keeper|gentleman|lady|blessing|treasure|joy|"
    r"natural|pro|legend|hero|champ|dork|nerd|goof|goofball|sap|softie|cutie|sweetie|"
    r"grown\s+up|big|tall|young|beautiful\w*|stunning|radiant|glowing|inspiring|dedicated|"
    r"focused|committed|loyal|honest|fair|sensible|reasonable|mature|capable|strong\w*|"
    r"important|missed|loved|appreciated|worth\s+it|right\s+about|on\s+it|quick|fast|late\s+"
    r"(?:tonight|today)|sorry|welcome|worried|stressed|quiet|brave|good\s+at|bad\s+at\s+"
    r"(?:lying|hiding)"
)

# Capitals that are not shouting: acronyms and texting shorthand.
_NOT_SHOUTED = (
    r"(?:OK|OKAY|OMG|LOL|LMAO|ROFL|ASAP|ETA|FYI|BTW|TBH|IDK|IMO|USA|NYC|GPS|ATM|XOXO|CEO|PDF|"
    r"BBQ|DIY|NHS|BBC|TV|UK|EU|US|PM|AM|DM|PS|XO|HR|IT|AI|ID|TGIF|RSVP|DND)"
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
        + r"|\b(?:smile|grin|butterflies|happy|miss)\b|\bthink\s+(?:of|about)\s+(?:you|u|us)\b|"
        r"\bremind\w*\s+me\s+of\s+(?:you|u|us)\b",
    ),
    _p(
        "global-verdict.as-usual",
        r"\b(?:as usual|as always|like always|same as always|like you always do)\b|"
        r"\btypical(?:\s+of\s+(?:you|u))?\s*(?:[.!]|$)",
        unless=_WARM_ALWAYS.replace(r"\b(?:always|constantly|forever)\b", r"\b")
        + r"|"
        + _PLAYFUL
        + r"|"
        + _NO_PARTNER,
        unless_scope="message",
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
        r"\s+going\s+to)(?!\s+(?:love|like|enjoy|adore|nail|ace|smash|win|get\s+(?:it|the\s+job|"
        r"in)|"
        r"pass|make\s+it|be\s+(?:great|amazing|brilliant|fine|good)|do\s+(?:it|great|well)))|"
        r"this\s+"
        r"would\s+happen)\b|"
        r"\b(?:everyone|everybody|people|my\s+friends|my\s+(?:mum|mom|sister|brother|family))\s+"
        r"warned\s+me\s+(?:about\s+(?:you|u)|(?:that\s+)?(?:you(?:'d|\s+would)|this\s+would))\b|"
        r"\b(?:they|everyone|my\s+friends)\s+(?:were|was)\s+right\s+about\s+(?:you|u)\b",
        unless=_PLAYFUL,
        unless_scope="message",
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
    _p(
        "global-verdict.could-not-even",
        r"\b(?:{you}|{name})\s+(?:couldn'?t|could\s+not|can'?t|cannot|didn'?t|did\s+not|"
        r"wouldn'?t|won'?t|don'?t|do\s+not|doesn'?t)\s+(?:even\s+be\s+bothered|be\s+bothered|"
        r"even\s+(?:bother|(?:\w+\s+)?(?:text|call|say|ask|reply|answer|remember|look\s+at\s+me|"
        r"send|let\s+me\s+know|tell\s+me|show\s+up|pretend|try|notice|care|listen|acknowledge|"
        r"thank|wait|apologi[sz]e|check|make\s+time|look\s+up)))\b|"
        r"\b(?:{you}|{name})\s+(?:couldn'?t|could\s+not|can'?t|cannot|"
        r"didn'?t)\s+(?:even\s+)?(?:spare|"
        r"find|make)\s+(?:\w+\s+)?(?:minutes?|seconds?|moment|time)\s+(?:for\s+me|to\s+(?:call|"
        r"text|"
        r"answer|reply|say|see\s+me|talk))\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="This measures them against the least they could have done; it tends to land as "
        "contempt, and they defend themselves instead of hearing what you missed.",
        suggestion='Say what you missed: "I missed hearing goodnight from you; it matters to me."',
    ),
    _p(
        "global-verdict.cant-believe",
        r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+believe\s+(?:{you}|{name})(?:'d|\s+would|"
        r"\s+could|\s+(?:(?:just|actually|really|still|seriously)\s+)?" + _HURT_DONE + r")\b",
        unless=_PLAYFUL + r"|\bthank|\bproud|\bamazing|\bremembered|!",
        unless_scope="message",
        why="Disbelief at what they did puts them in the dock; they tend to defend themselves, and"
        " the hurt under it gets lost.",
        suggestion='Say what it was like for you: "When you cancelled, I felt really let down."',
    ),
    _p(
        "global-verdict.changed",
        r"\b(?:{you}(?:'ve|\s+have)|{name}(?:'s|\s+has))\s+" + _ADV + r"changed\b(?!\s+(?:the|your|"
        r"my|a|an|it|that|this|jobs?|clothes|plans?|hair|shirt|sheets|channel|oil|tyres?|tires?|"
        r"address|number|password))|\bit'?s\s+(?:always\s+)?something\s+(?:else\s+|new\s+)?with\s+"
        r"(?:you|u|{name})\b",
        unless=_PLAYFUL + r"|" + _JOY + r"|\b(?:grown|better|calmer|stronger|braver)\b",
        unless_scope="message",
    ),
    _p(
        "global-verdict.comparison",
        r"\bother\s+(?:people'?s|peoples|couples?|guys|girls|men|women|boyfriends|girlfriends|"
        r"partners|husbands|wives)(?:\s+\w+){0,3}?\s+(?:actually|always|would|text|texts|call|"
        r"calls|reply|replies|remember|remembers|plan|plans|bother|care|manage|treat|show|ask|"
        r"never|don'?t\s+have\s+to)\b|"
        r"\bnormal\s+(?:people|couples?|partners?|boyfriends?|girlfriends?|husbands?|wives|"
        r"person|humans?)\s+(?:\w+\s+)?(?:text|call|reply|answer|talk|remember|say|don'?t|"
        r"would(?:n'?t)?|actually|care|show|tell|ask)\b|"
        r"\blike\s+(?:a\s+)?normal\s+(?:person|people|partner|boyfriend|girlfriend|human)\b|"
        r"\bmy\s+ex\s+(?:would(?:'ve|\s+have|n'?t\s+have)?|never|always|at\s+least|actually|used\s+"
        r"to\s+(?:text|call|care|bring|make|remember|treat|ask|plan|say))\b|\beven\s+my\s+ex\b|"
        r"\b(?:everyone|everybody)\s+else'?s\s+(?:boyfriend|girlfriend|partner|husband|wife|"
        r"other\s+half)\b|\bmy\s+friends'?\s+(?:boyfriends|girlfriends|partners|husbands|wives|"
        r"bfs|gfs)\b(?:\s+\w+){0,2}?\s+(?:actually|always|would|text|call|remember|plan|make|"
        r"bother|care|treat|buy|ask|never)\b|\bwhy\s+can'?t\s+(?:you|u|{name})\s+be\s+(?:more\s+)?"
        r"like\b|\b(?:{youre})\s+(?:just\s+)?like\s+(?:your\s+(?:dad|father|mum|mom|mother|ex)|"
        r"my\s+ex|all\s+the\s+others|everyone\s+else)\b|"
        r"\b(?:{you}(?:'d|\s+would)|u\s+would)\s+never\s+(?:treat|talk\s+to|speak\s+to|"
        r"do\s+this\s+to|"
        r"ignore)\s+(?:your|ur)\s+(?:mates|friends|sister|brother|mum|mom|mother|dad|family|boss|"
        r"colleagues|ex)\b|"
        r"\b(?:she|he|they|everyone\s+else)\s+(?:doesn'?t|don'?t|never|wouldn'?t)\s+(?:\w+\s+)?"
        r"(?:have|has|need|needs)\s+to\s+(?:beg|ask\s+(?:you\s+)?twice|chase\s+(?:you|him|her)|"
        r"wait\s+for\s+(?:you|your)|remind\s+(?:you|him|her)|fight\s+for)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Comparing them with other partners (or an ex) tends to land as a ranking; they "
        "defend their place in it instead of hearing what you need.",
        suggestion="Ask for the thing itself: \"I'd love a quick text when you're running "
        'late; it helps me settle."',
    ),
    _p(
        "global-verdict.catastrophe",
        r"\b(?:this|we|us|relationships?|things\s+(?:with|between)\s+us|it)\s+(?:(?:always|"
        r"inevitably|just|all)\s+)*ends?\s+(?:badly|the\s+same\s+way|like\s+this|in\s+(?:disaster|"
        r"tears))\b|\b(?:this|we|us|relationships?|things\s+(?:with|between)\s+us)\s+(?:(?:always|"
        r"inevitably|just|all)\s+)*(?:goes|go|turns?|falls?|fall)\s+(?:wrong|apart|to\s+(?:shit|"
        r"hell|pieces))\b|"
        r"\b(?:this|we|us|things)\s+(?:(?:is|are|was|were)\s+)?(?:never|not)\s+(?:ever\s+)?"
        r"(?:going|gonna)\s+(?:to\s+)?(?:work|last|get\s+better|change)\b|"
        r"\b(?:this|we|us)\s+(?:will\s+never|won'?t\s+ever|won'?t|will\s+not|can'?t|cannot)\s+"
        r"(?:ever\s+)?(?:work(?:\s+out)?|last|get\s+better)\b|"
        r"\b(?:it(?:'s|\s+is)|its|we(?:'re|\s+are)|this\s+is|we(?:'re|\s+are)\s+so)\s+(?:so\s+)?"
        r"(?:over|doomed|finished|hopeless)(?=\s*,?\s*(?:isn'?t\s+it|aren'?t\s+we|right|huh|then|"
        r"for\s+us|between\s+us|I\s+know\s+it|I\s+can\s+tell|already|[.?…]*\s*$))|"
        r"\b(?:everyone|everybody)\s+(?:always\s+|eventually\s+)?(?:leaves|walks\s+away|gives\s+"
        r"up\s+on\s+me|gets\s+tired\s+of\s+me)\b(?!\s+(?:at|by|for|the|work|around|after|before|"
        r"early|on|in)\b)|"
        r"\bI\s+knew\s+(?:it|this)\s+would\s+(?:\w+\s+)?(?:end|happen|go\s+wrong|fall\s+apart)\b|"
        r"\bhere\s+we\s+go\s+again\b|\bthe\s+beginning\s+of\s+the\s+end\b|"
        r"\b(?:it'?s|it\s+is|this\s+is|things\s+are|we'?re|we\s+are)\s+(?:always|"
        r"never)\s+(?:going\s+to|"
        r"gonna)\s+be\s+(?:like\s+this|this\s+way|the\s+same|any\s+different|enough)\b|"
        r"\bwe(?:'re|\s+are|'ll|\s+will)\s+(?:(?:going\s+to|gonna)\s+)?(?:just\s+)?end\s+up\s+"
        r"(?:like|just\s+like|hating|breaking\s+up|divorced|miserable)\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:going\s+to|gonna)\s+lose\s+(?:you|u)\b|\bI(?:'m|\s+am)\s+"
        r"losing\s+(?:you|u)\b",
        unless=_PLAYFUL + r"|" + _FEAR_NAMED + r"|\b(?:exam|meeting|game|film|movie|show|shift|"
        r"class|interview|match|party|storm|week|day|season|term|semester|signal|reception|"
        r"connection|tunnel|battery|line)\b",
        unless_scope="message",
        why="Predicting the worst as certain states the alarm's forecast as fact, and tends to "
        "pull them into arguing with it.",
        suggestion="Name the fear as a fear: \"I'm scared we're drifting; I know that's partly "
        'my alarm talking."',
    ),
    _p(
        "global-verdict.disappointed-in",
        r"\b(?:disappointed|ashamed)\s+(?:in|of|with)\s+(?:you|u|{name})\b|"
        r"\bnot\s+(?:angry|mad)\s*,?\s*(?:I'?m\s+|I\s+am\s+|im\s+)?just\s+disappointed\b|"
        r"\bI\s+expected\s+(?:more|better)\s+(?:from|of)\s+(?:you|u)\b|\bI\s+thought\s+(?:you\s+"
        r"were|you'?d\s+be)\s+better\s+than\s+(?:that|this)\b|\bshame\s+on\s+(?:you|u)\b|"
        r"\b(?:real|very|how)\s+mature\b",
        unless=_PLAYFUL + r"|\bthank|\brespect|\badmire|\bproud",
        unless_scope="message",
        why="Being disappointed in them turns a feeling into a judgement of them as a person, so "
        "they tend to defend who they are.",
        suggestion='Name the moment and the feeling: "When you cancelled, I felt let down."',
    ),
    _p(
        "global-verdict.again",
        r"(?:[.…]|\s-+)\s*again\s*[.?!]*\s*$|\b(?:{you}|{name})\b[^.?!]{0,40}?\b(?:yet|once)\s+"
        r"again\b|\b(?:yet|once)\s+again\b[^.?!]{0,40}?\b(?:{you}|{name})\b|"
        r"\bof\s+course\s+(?:you|u|{name})\s+(?:forgot|did(?:n'?t)?|would(?:n'?t)?|couldn'?t|"
        r"can'?t|won'?t)\b(?=[^.?!]*(?:\.|$))|\bsurprise,?\s+surprise\b|"
        r"(?:^|(?<=[.!?]\s))(?:what\s+a\s+)?(?:surprise|shocker)\s*\.",
        unless=_PLAYFUL
        + r"|\bthank|\bcongrat|\bwell\s+done|\bhappy|\bwin|\bwon\b|!|"
        + _NO_PARTNER,
        unless_scope="message",
    ),
    # accusing questions: why didn't you
    _p(
        "accusing-question.why-not",
        r"\b(?:why|y|whyy+)\s+(?:didn'?t|did not|don'?t|do not|won'?t|will not|can'?t|"
        r"cannot|can not|couldn'?t|could not|wouldn'?t|haven'?t|have not|hasn'?t|aren'?t|"
        r"are not|weren'?t|isn'?t)\s+(?:{you}|{name})\b",
        unless=r"\bwhy (?:don'?t|do not) (?:you|u) (?:come|join|stay|bring|grab|pop|treat "
        r"yourself|take|borrow|use|try|go|have|sit|lie|head|get|pick|keep|wear|book|order|make "
        r"(?:yourself|some)|ask (?:your|the|him|her)|call (?:your|the|him|her)|sleep in|rest|relax|"
        r"invite|put your feet up|let me)|"
        r"\bcongrat|!!|🎉|\bproud\b|\bamazing\s+news\b|\bso\s+happy\b",
        unless_scope="message",
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
    _p(
        "accusing-question.rhetorical",
        r"\b(?:do|did|have|will|would)\s+(?:you|u|{name})\s+(?:ever|even)\s+(?:listen(?:\s+to\s+"
        r"(?:me|what\s+I|anything\s+I|a\s+word)|\s+when\s+I|\s*(?=[?.!]|$))|stop\s+to\s+think|"
        r"consider\s+(?:me|my|how|what)|notice\s+(?:me|how\s+I|when\s+I|what\s+I|that\s+I)|ask\s+"
        r"(?:me|about\s+me|how\s+I)|care|realise|realize|bother|pay\s+attention|hear\s+(?:me|"
        r"yourself|what\s+I)|look\s+at\s+me|think\s+(?:about\s+(?:me|us|how\s+I|what\s+I)|of\s+"
        r"me|before))\b|"
        r"\bdid\s+it\s+(?:ever|even)\s+(?:occur\s+to|cross)\s+(?:you|u|your\s+mind)\b|"
        r"\bhas\s+it\s+(?:ever\s+)?(?:occurred\s+to|crossed)\s+(?:you|your\s+mind)\b|"
        r"\bwhat(?:'s|\s+is|s)\s+(?:your|ur)\s+(?:problem|deal|issue)\b|"
        r"\bwhat(?:'s|\s+is)\s+(?:it\s+)?with\s+(?:you|u)\b(?!\s+and\b)|"
        r"\bwho\s+(?:even\s+)?(?:does\s+(?:that|this)|forgets|says\s+that|acts\s+like\s+that|"
        r"treats\s+(?:someone|their|people)|ignores)\b|"
        r"\bwhat\s+kind\s+of\s+(?:person|partner|boyfriend|girlfriend|husband|wife|man|woman)\s+"
        r"(?:does|would|forgets|says|treats|leaves|ignores|doesn'?t)\b|"
        r"\b(?:are|r)\s+(?:you|u)\s+(?:serious|kidding\s+me|for\s+real|actually\s+serious)\b"
        r"(?!\s+about)|"
        r"\bhow\s+(?:hard|difficult)\s+(?:is|was|can)\s+it\s+(?:be\s+)?(?:to|for\s+(?:you|u)\s+"
        r"to)\s+(?:just\s+)?(?:send|text|call|reply|answer|respond|say|pick\s+up|remember|let\s+"
        r"me\s+know|tell\s+me|show\s+up|be\s+on\s+time|message|make\s+time|spend\s+time|care|"
        r"listen|put\s+(?:your|the)\s+phone|include\s+me|ask|check\s+in|apologi[sz]e|think\s+of\s+"
        r"me|be\s+(?:nice|kind|there|home))\b|"
        r"\b(?:is|was)\s+(?:it|that)\s+(?:really\s+)?(?:that|so)\s+(?:hard|difficult|impossible)\b|"
        r"\bwhy\s+is\s+it\s+(?:so|that)\s+(?:hard|difficult|impossible)\s+for\s+(?:you|u|{name})\b|"
        r"\b(?:{you}|{name})\s+(?:could|should|might)(?:'ve|\s+have|a|\s+of)\s+(?:at\s+least|just|"
        r"even)\s+(?:texted|called|told|said|let\s+me\s+know|asked|answered|replied|messaged|"
        r"checked|warned)\b|"
        r"\bwas\s+that\s+so\s+(?:hard|difficult)\b|"
        r"\b(?:don'?t|do\s+not)\s+(?:you|u)\s+(?:think\s+(?:you|u)(?:'re|\s+are|\s+owe|\s+should|"
        r"'ve|\s+have)|care|see|get\s+it|realise|realize|understand|know\s+how\s+(?:much|hard|"
        r"that|this|it))\b|"
        r"\bcan'?t\s+(?:you|u)\s+(?:see|tell|understand|ever|even|get\s+it)\b|"
        r"\bis\s+(?:she|he|her|him|your\s+ex)\s+the\s+reason\b|"
        r"\bwhy\s+(?:does|do|must)\s+(?:everything|this|every\s+\w+)\s+(?:always\s+)?have\s+to\s+"
        r"(?:be|go|happen|end)\b(?=[^.?!]*\b(?:you|your|u|us|we|fight|argument|drama)\b)|"
        r"\bwhy\s+even\s+(?:ask|bother\s+asking|say\s+(?:that|it)|pretend)\b|"
        r"\bhow\s+many\s+(?:more\s+)?times\s+(?:are|will|do|have|did)\s+(?:you|u|"
        r"{name})\s+(?:going\s+"
        r"to\s+|gonna\s+)?(?:cancel|forget|lie|ignore|do\s+(?:this|that)|let\s+me\s+down|promise|"
        r"leave|be\s+late|flake|bail|say\s+sorry|apologi[sz]e)\b|"
        r"\b(?:{youre})\s+just\s+(?:going\s+to|gonna)\s+"
        r"(?:go\s+quiet|ignore|pretend|act\s+like|leave\s+(?:it|me|things)|say\s+nothing|not\s+"
        r"(?:reply|answer|say))\b|"
        r"\b(?:do\s+(?:you|u)\s+(?:have\s+)?(?:any\s+idea|even\s+know|know|realise|realize)|"
        r"(?:you|u)\s+have\s+no\s+idea)\s+how\s+(?:much|hard|long|worried|scared|hurt|upset|"
        r"embarrass\w*|lonely|humiliat\w*|that|it|this)\s+(?:\w+\s+)?(?:I\b|that\s+(?:made|"
        r"makes)\s+me|it\s+(?:made|makes)\s+me|this\s+(?:made|makes)\s+me|you\s+hurt)",
        unless=_PLAYFUL + r"|\b(?:love|adore|appreciate|grateful|proud|amazing|congrat|so\s+happy)"
        r"|!",
        unless_scope="message",
        why="A question that isn't really a question carries a charge; they tend to answer the "
        "charge, and what you need stays unsaid.",
        suggestion='Say the need directly: "It would help me to get a quick text when plans '
        'change."',
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
        r"to\s+(?:upset|annoy|hurt)\s+(?:you|u))\b(?!\s+(?:with|to|on|in)\s+(?:the|this|my|"
        r"that)\b)|"
        r"\bwhat\s+did\s+I\s+do(?:\s+wrong)?\b|"
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
    _p(
        "mood-check.did-i-upset",
        r"\bdid\s+I\s+(?:upset|annoy|hurt|bother|offend|anger|piss\s+(?:you\s+)?off|make\s+"
        r"(?:you|u)\s+(?:mad|angry|upset))\s*(?:you|u)?\b|\bhave\s+I\s+(?:done|said)\s+"
        r"(?:something|anything)\b|\bis\s+(?:this|it|that)\s+about\s+me\b|\bare\s+(?:you|u)\s+"
        r"avoiding\s+me\b|(?:^|(?<=[.!?]\s))we\s+(?:good|ok|okay|cool|alright)\s*\?|"
        r"\bare\s+things\s+(?:ok|okay|good|alright|fine)\s+(?:with|between)\s+us\b",
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
    _p(
        "worth-check.are-you-drifting",
        # "are you mad at me" and "are you ignoring me" are mood checks (and mirrored there)
        r"\b(?:are|r)\s+(?:you|u|{name})\s+"
        + _ADV
        + r"(?!(?:mad|annoyed|avoiding|ignoring)\b)"
        + _DRIFTING
        + r"|"
        r"\b(?:have|has)\s+(?:you|u|{name})\s+" + _ADV + r"(?:lost\s+interest|gone\s+off\s+me|"
        r"moved\s+on(?!\s+to\b)|fallen\s+out\s+of\s+love|stopped\s+(?:loving|caring\s+about|"
        r"wanting)\s+me|"
        r"got(?:ten)?\s+bored\s+of\s+me)\b|\bdo(?:es)?\s+(?:you|u|{name})\s+" + _ADV + r"want\s+"
        r"(?:to\s+be\s+in\s+this(?:\s+relationship)?|this\s+relationship|a\s+future\s+(?:with\s+me|"
        r"together)|to\s+(?:stay\s+)?together|out\s+of\s+this)\b",
    ),
    _p(
        "worth-check.where-do-i-stand",
        r"\bare\s+(?:you|u)\s+sure\s+(?:you(?:'re|\s+are)?\s+|u\s+)?(?:still\s+)?(?:love\s+me|"
        r"want\s+(?:me|us|this|to\s+be\s+with\s+me)|like\s+me|happy\s+with\s+(?:me|us)|into\s+"
        r"me|in\s+love)\b|\bwhat\s+am\s+I\s+(?:even\s+|really\s+)?to\s+(?:you|u)\b|"
        r"\bwhere\s+do\s+I\s+(?:even\s+)?(?:stand|rank|fit)\b(?!\s+(?:for|in\s+the|on\s+the|"
        r"at\s+the))|\bam\s+I\s+(?:even\s+|still\s+)?"
        r"(?:your|a)\s+(?:priority|favourite|favorite|number\s+one|person|first\s+choice)\b|"
        r"\bis\s+there\s+someone\s+else\b|\bdo\s+(?:you|u)\s+(?:even\s+|still\s+|ever\s+)?"
        r"(?:want|need)\s+me\s+(?:around|here|anymore|any\s+more|at\s+all)\b|"
        r"\bdo\s+(?:you|u)\s+(?:ever|even|still)\s+(?:think\s+about|miss)\s+me\b|"
        r"\b(?:are|r)\s+we\s+(?:\w+\s+)?(?:breaking\s+up|splitting\s+up|over|still\s+"
        r"together)\s*(?:\?|$|or\b)|\bdo\s+(?:you|u)\s+think\s+I(?:'m|\s+am|m)\s+(?:being\s+)?"
        r"(?:too\s+much|annoying|needy|clingy|boring|a\s+burden|overreacting|dramatic)\b|"
        r"\bwhy\s+(?:are|r)\s+(?:you|u)\s+(?:even|still)\s+with\s+me\b",
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
        r"\bI\s+need\s+(?:you\s+to\s+(?:tell|promise(?!\s+(?:not\s+)?to\b)|swear|reassure)|(?:a\s+|some\s+)?"
        r"(?:guarantee|certainty|reassurance)|to\s+be\s+sure)\b",
        # planning needs answers too: "I need to know by friday so I can book"
        unless=r"\b(?:rsvp|book|booking|order|tickets?|reservation|table|delivery|plumber|"
        r"landlord|flights?|train|by\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
        r"(?:day)?|for\s+(?:dinner|lunch|the\s+(?:shop|booking|form)))\b",
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
    _p(
        "certainty-demand.say-it",
        r"\b(?:just\s+)?say\s+(?:that\s+)?(?:you|u)(?:'ll|\s+will)?\s+(?:still\s+)?(?:love\s+me|"
        r"never|always|won'?t|want\s+me)\b|\b(?:are|r)\s+(?:you|u)\s+\w+(?:\s+\w+){0,3}?\s+or\s+"
        r"what\s*\?*\s*$",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    # urgency punctuation
    _p(
        "urgency-punctuation.marks",
        # a single ?! is a question asked with feeling; stacked marks read as alarm
        r"\?{2,}|\?+!+[?!]+|!+\?+[?!]+|!{3,}",
        unless=_JOY,
    ),
    # shouting
    _p(
        "shouting.caps",
        r"(?<![\w'])(?!" + _NOT_SHOUTED + r"\b)[A-Z]{3,}(?:[ ']+[A-Z]{1,})+\b",
        unless=r"\b(?:LOVE|MISS|YAY|CONGRAT\w*|HAPPY|BIRTHDAY|THANK\w*|PROUD|WOO+|YES+|"
        r"AMAZING|AWESOME|BEST)\b",
        case_sensitive=True,
    ),
    _p(
        # one capitalised word is emphasis; inside praise ("you were AMAZING tonight",
        # "thank you for EVERYTHING") it is not shouting
        "shouting.word",
        r"(?<![\w'])(?!" + _NOT_SHOUTED + r"\b)[A-Z]{3,}\b(?![ ']+[A-Z])",
        unless=r"(?i:" + _JOY + r"|" + _PLAYFUL + r"|\b(?:proud|wonderful|incredible|gorgeous|"
        r"beautiful|perfect|grateful|appreciate|so\s+much|adore|sweet|kind)\b)",
        case_sensitive=True,
        unless_scope="message",
    ),
    # demands for an immediate reply
    _p(
        "immediate-reply.now",
        r"\b(?:answer|reply|respond|text|call|ring|message|msg|write|get\s+back\s+to)\s+"
        r"(?:me\s+)?(?:back\s+)?(?:right\s+now|now|asap|a\.s\.a\.p|immediately|right\s+away|"
        r"straight\s+away|this\s+(?:second|minute|instant)|urgently|already|"
        r"as\s+soon\s+as\s+(?:you\s+(?:see|get|read)\s+this|possible|you\s+can))\b",
        unless=_PERMISSION,
        # "I can't answer right now", "I don't have an answer right now": the writer's own
        unless_before=_WRITER_ACTS,
    ),
    _p(
        "immediate-reply.answer-me",
        # "you never answer me" is a complaint about a habit (a global verdict), not a demand
        r"(?<!never )(?<!n't )(?<!not )"
        r"(?:\banswer\s+(?:me(?!\s+(?:this|that|one\s+thing)\b)|your\s+phone|the\s+phone|the\s+"
        r"question|my\s+(?:texts?|messages?|calls?|question))\b|\b(?:reply|respond)\s+to\s+(?:me|"
        r"my\s+(?:texts?|messages?|calls?))\b)"
        r"(?!\s+(?:whenever|when\s+you|later|no\s+rush))",
        unless=_PERMISSION,
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
        unless=_PERMISSION,
    ),
    _p(
        "immediate-reply.need-answer",
        r"\bI\s+(?:need|want|deserve)\s+(?:an\s+answer|a\s+reply|a\s+response|"
        r"an\s+explanation)\b(?!\s+(?:from|about)\s+(?!(?:you|u|{name})\b))",
        unless=_PERMISSION,
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
        unless=_PERMISSION,
    ),
    _p(
        "immediate-reply.deadline-words",
        r"\b(?:answer|reply|respond|call|text|pick\s+up)(?:\s+me)?(?:\s+back)?\s*[.!,]+\s*"
        r"(?:right\s+)?now\b|"
        r"\bI\s+(?:need|want)\s+(?:an?\s+)?(?:answer|reply|response|decision)\s+(?:from\s+"
        r"(?:you|u)\s+)?(?:tonight|today|now|right\s+now|asap|immediately|by\s+(?:tonight|"
        r"tomorrow|midnight|\d))\b|"
        r"\b(?:text|call|message|ring|answer|reply\s+to)\s+me\s+(?:back\s+)?(?:(?:the\s+(?:second|"
        r"minute|moment)|as\s+soon\s+as)\s+(?:you\s+)?(?:see|get|read)\s+this|within\s+the\s+hour|"
        r"in\s+the\s+next)\b|"
        r"\bhow\s+long\s+does\s+it\s+take\s+(?:you\s+|u\s+)?(?:to\s+)?(?:answer|reply(?:\s+to)?|"
        r"respond(?:\s+to)?|text\s+back|call\s+back|read|send)\s+(?:a\s+(?:text|message|msg)|one\s+"
        r"(?:text|message|msg)|my\s+\w+|me)\b|"
        r"\b(?:don'?t|do\s+not)\s+(?:make|keep)\s+me\s+wait(?:ing)?\b|\bhurry\s+(?:up\s+)?and\s+"
        r"(?:answer|reply|respond|text|call|decide|pick\s+up)\b|"
        r"(?:^|(?<=[.!?]\s))(?:still\s+)?waiting\s*(?:\.{2,}|…)|"
        r"\bI(?:'m|\s+am|m)\s+(?:still\s+)?waiting\s*(?:\.{2,}|…)|\btick\s*,?\s*tock\b|"
        r"\b(?:can'?t|won'?t|not\s+going\s+to|not\s+gonna|never)\s+(?:\w+\s+){0,2}?(?:sleep|"
        r"relax|calm\s+down|focus|breathe|rest|do\s+anything|eat|stop\s+worrying|settle)\s+until\s+"
        r"(?:you|u|{name})\s+(?:reply|replies|answer|answers|respond|call|text|get\s+back|pick\s+"
        r"up)\b",
        unless=_PLAYFUL + r"|" + _PERMISSION,
        unless_scope="message",
        why="A deadline on their reply puts their timing in charge of your calm, and tends to make"
        " the answer harder to give.",
        suggestion="Offer room and say what you'll do meanwhile: \"I'd like to talk this "
        "through; I'm going to read for a bit, and we can talk when you're free.\"",
    ),
    _p(
        "immediate-reply.pleading",
        r"\b(?:please|pls|plz|pleas+e+)(?:[\s,.!]+(?:please|pls|plz|pleas+e+)\b)+(?=[^.?!\n]{0,40}"
        r"\b(?:call|answer|reply|respond|text|talk\s+to\s+me|pick\s+up|don'?t\s+(?:leave|"
        r"go|hang\s+up|ignore|be\s+mad|do\s+this)|come\s+back|forgive|listen|reach\s+out|get\s+"
        r"back))|\bI(?:'m|\s+am|m)\s+begging(?:\s+(?:you|u))?\s*(?=[.,!?]|$|please|pls|just|"
        r"answer|call|talk|don'?t)|\bI\s+beg\s+(?:you|u)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Pleading shows how loud the alarm is, and they tend to answer the alarm rather than "
        "the request.",
        suggestion='Ask once, with room: "Could you call me when you get a minute? It would help."',
    ),
    # surveillance and scorekeeping
    _p(
        "surveillance.online",
        r"\b(?:{youre}|(?:you|u|{name})(?:\s+were|\s+was|\s+are|(?:'ve|\s+have|\s+has|'s)\s+"
        r"been|\s+is))\s+"
        r"(?:\w+\s+)?(?:online|active|typing|on\s+(?:insta\w*|whatsapp|tiktok|twitter|"
        r"discord|snap\w*|facebook|here))\b",
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
        unless=_NO_PARTNER,
        unless_scope="message",
    ),
    _p(
        "surveillance.counted",
        r"\bI(?:'ve|\s+have)?\s+"
        + _ADV
        + r"(?:texted|called|messaged|rang|tried\s+calling|tried\s+"
        r"to\s+call|tried\s+to\s+reach|sent|left)\s+(?:you\s+|u\s+)?(?:like\s+)?" + _NUMBER + r"\s+"
        r"(?:times|texts|messages|msgs|calls|voicemails|voice\s+notes|missed\s+calls)\b(?!\s+to\s+"
        r"(?!you\b|u\b))",
    ),
    _p(
        "surveillance.nth-time",
        r"\b(?:the|this\s+is\s+the|that'?s\s+the|thats\s+the)\s+(?:second|third|fourth|fifth|"
        r"sixth|nth|\d+(?:nd|rd|th))\s+time\b",
        unless=_NO_PARTNER,
        unless_scope="message",
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
        # "I'm the only one who likes olives" keeps no score
        r"\bI(?:'m|\s+am|m)\s+(?:always\s+)?(?:the\s+only\s+one|always\s+the\s+one|the\s+one\s+"
        r"who\s+always)(?=\s*(?:[.!?,…]|$|here\b|in\s+this\b|trying\b|making\b|putting\b|"
        r"who\s+(?:ever|even|actually|always|still|bothers|cares|tries|texts|calls|makes|puts|"
        r"plans|apologi[sz]es|reaches|asks|remembers|does|gives|fights|compromises)\b))|"
        r"\bI\s+always\s+have\s+to\s+(?:ask|remind|beg|tell\s+you|chase|explain|plan|do\s+"
        r"everything|be\s+the\s+one|text\s+first|call\s+first|make\s+(?:the\s+)?(?:plans|effort|"
        r"first\s+move)|organi[sz]e|initiate|reach\s+out|apologi[sz]e)\b|"
        # "I've done everything on the list" is a to-do list
        r"\bI(?:'ve|\s+have)?\s+" + _ADV + r"(?:done|given|sacrificed|put\s+up\s+with)\s+(?:so\s+"
        r"much|everything)(?=\s+for\s+(?:you|u|us|{name}|this)|\s*(?:[.!?]|$))|"
        r"\bafter\s+(?:everything|all)\s+I(?:'ve|\s+have)?\s+done\b",
    ),
    _p(
        "surveillance.watching",
        r"\bI\s+saw\s+(?:that\s+)?(?:you|u|{name})\s+(?:liked|commented|posted|followed|"
        r"viewed|watched|had\s+time)\b|\b(?:you|u)\s+had\s+time\s+to\s+(?:post|like|"
        r"comment|be\s+on|go)\b|\bI\s+(?:checked|looked\s+at)\s+(?:your|ur)\s+(?:phone|"
        r"location|insta\w*|profile|story|likes|followers|messages)\b|"
        r"\bwho\s+(?:were|are|r)\s+(?:you|u)\s+(?:with|texting|talking\s+to|messaging|out\s+"
        r"with)\b|\bwhere\s+(?:were|have)\s+(?:you|u)\s+been\b|\bstill\s+waiting\b(?!\s+(?:for|"
        r"on)\s+"
        r"(?:my|the|a|an|that|this|our|his|her|their)\b)|"
        r"\b(?:sitting|sat|waiting|standing|stood)\s+(?:here\s+|around\s+|outside\s+)?like\s+an?\s+"
        r"(?:idiot|fool|mug|loser|lemon)\b|"
        r"\b(?:been|was|sat|sitting|I'?m|am)\s+(?:here\s+)?waiting\s+(?:by\s+(?:the|my)\s+phone|"
        r"all\s+(?:night|day|evening|morning|afternoon)|for\s+(?:hours|ages|days))\b",
    ),
    _p(
        "surveillance.last-on-your-list",
        r"\bI(?:'m|\s+am|m)\s+(?:(?:always|never|clearly|obviously|apparently|just|once\s+again|"
        r"again|only|still)\s+)*(?:the\s+)?(?:last|second|bottom)\s+(?:to\s+(?:know|find\s+out|"
        r"hear)|on\s+(?:your|ur|the)\s+list|of\s+(?:your|ur|the)\s+list|choice|priority|option)\b|"
        r"\blast\s+on\s+(?:your|ur)\s+list\b|\b(?:bottom|end)\s+of\s+(?:your|ur)\s+list\b|"
        r"\bI(?:'m|\s+am|m)?\s+" + _ADV + r"(?:never|not)\s+(?:a|your)\s+(?:priority|first\s+"
        r"choice)\b(?!\s+(?:for|to)\s+(?!you\b|u\b|{name}\b))|"
        r"\bI\s+(?:always\s+)?come\s+(?:last|second|after\s+(?:everyone|everything|your))\b|"
        r"\b(?:your|ur)\s+(?:last|second|backup|back-up)\s+(?:choice|option|priority|resort|"
        r"plan)\b|"
        r"\b(?:I(?:'m|\s+am|m)\s+(?:just\s+)?|your\s+)plan\s+b\b|\bI(?:'m|\s+am|m)\s+(?:always\s+|"
        r"just\s+)?(?:an?\s+|your\s+)?(?:backup|back-up|second\s+choice|afterthought|option)\b|"
        r"\bI\s+always\s+end\s+up\s+(?:waiting\s+(?:for\s+(?:you|u|{name})|around)|doing\s+"
        r"(?:everything|it\s+all)|planning\s+(?:everything|every)|asking|texting\s+first|"
        r"apologi[sz]ing|being\s+the\s+one|chasing|reaching\s+out|begging|compromising)\b|"
        r"\bwhy\s+(?:do|must)\s+I\s+(?:always\s+|even\s+)?(?:have\s+to|"
        r"need\s+to)\s+(?:ask\s+(?:you|"
        r"twice|again)|remind\s+you|beg|tell\s+you|chase\s+you|explain\s+(?:this|myself|everything|"
        r"it)|plan\s+(?:everything|every)|do\s+(?:everything|it\s+all|all\s+the)|be\s+the\s+one|"
        r"spell\s+it\s+out|repeat\s+myself)\b|"
        r"\b(?:I(?:'m|\s+am|m)\s+)?(?:the\s+only\s+one|always\s+the\s+one)\s+(?:who\s+)?(?:\w+\s+)?"
        r"(?:(?:making|makes|putting\s+in|puts\s+in)\s+(?:an\s+|any\s+|the\s+)?(?:effort|plans)|"
        r"trying|tries|texting|texts|calling|calls|caring|cares|reaching\s+out|reaches\s+out|"
        r"(?:has|have)\s+to\s+(?:ask|text|call|plan|remember|reach|make|try|apologi[sz]e))\b",
        why="Keeping score of where you rank tends to land as a charge sheet, and the wish "
        "underneath goes unheard.",
        suggestion="Say the wish: \"I'd love to feel like a priority this week; could we plan "
        'an evening?"',
    ),
    _p(
        "surveillance.not-once",
        r"\bnot\s+(?:one|a\s+single|even\s+one|even\s+a|once)\s+(?:text|message|msg|call|word|"
        r"reply|question|thank\s+you|goodnight|good\s+morning|time|phone\s+call)\b|"
        r"\bnot\s+once\s+(?:did|have|has)\s+(?:you|u)\b|"
        r"\b(?:second|third|fourth|fifth|nth|\d+(?:nd|rd|th))\s+time\s+(?:this\s+(?:week|month|"
        r"year)|today|tonight|in\s+a\s+(?:row|week|month))\b|"
        r"\b(?:two|three|four|five|six|\d+)\s+(?:\w+\s+)?in\s+a\s+row\b(?=[^.?!]*\b(?:now|you|u|"
        r"again)\b)|"
        r"\bwhen\s+(?:was|is)\s+the\s+last\s+time\s+(?:you|u|{name})\s+(?:asked|said|told|thanked|"
        r"planned|called\s+me|texted\s+me|took\s+me|made|did\s+something|bought|surprised|"
        r"complimented|initiated|offered)\b|"
        r"\b(?:texted|called|messaged|rang|wrote|asked|emailed)\s+(?:you\s+|u\s+|{name}\s+)?"
        r"(?:at|around|before|by|since)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b(?=[^.?!]{0,30}?"
        r"\b(?:and|but|now|still)\b)|"
        r"\b(?:checking|checked|staring\s+at|refreshing)\s+(?:my|the)\s+(?:phone|messages|texts|"
        r"whatsapp)\s+(?:every|all|constantly|non-?stop|like\s+crazy)\b(?=[^.?!]*\b(?:you|your|u|"
        r"{name})\b)|"
        r"\b(?:text(?:ed)?|call(?:ed)?|messag\w*|wait\w*|heard|asked)\b[^.?!]{0,40}?\b(?:and|"
        r"but)\s+"
        r"(?:still\s+)?(?:nothing|no\s+(?:reply|answer|response|text|word|call))\s*[.!?]*\s*$|"
        r"\bI\s+(?:saw|see|noticed)\s+(?:your|ur)\s+(?:story|stories|post|posts|photos?|pics?|"
        r"pictures?|status|snap|tweet|location|likes?|comment|insta\w*)\b(?![^\n]*(?:!|\blol\b|"
        r"\bhaha|\bcute|\blove|\bfun\b|\bgreat|\bamazing|\bbeautiful|\bgorgeous|\bso\s+good|"
        r"\bglad|\bhope|\blooks?\s+(?:like|so|great|amazing|fun|lovely)|❤|😍|😂|🥰|😊))",
        unless=r"\b(?:notic|caught\s+myself|realis|realiz|aware|part\s+of\s+me|pattern|"
        r"my\s+anxiety|alarm|I'?m\s+(?:going|putting))|" + _PLAYFUL,
    ),
    _p(
        "surveillance.clock",
        r"\b(?:{you}|{name})\s+said\s+(?:\d{1,2}(?::\d\d)?|(?:you'?d|you\s+would|u\s+would)\s+be\s+"
        r"(?:here|home|back|there|ready)\s+(?:by|at)\s+\d{1,2})[^\n]{0,30}?\b(?:it'?s|"
        r"its)\s+(?:now\s+|"
        r"already\s+)?\d{1,2}|"
        r"\bdidn'?t\s+think\s+I'?d\s+(?:have|need)\s+to\b|(?:\bbut|\band|"
        r",)\s+here\s+we\s+are\s*[.!]*\s*$|"
        r"\bno\s+(?:reply|answer|response|text|call|word)\s+(?:again|yet\s+again|still|"
        r"as\s+usual)\b|"
        r"\bcounting\s+(?:the\s+)?(?:minutes|hours|seconds)\s+(?:since|(?:till|until)\s+(?:you|u|"
        r"{name})\s+"
        r"(?:reply|answer|get\s+back|text|call|bother))\b|"
        r"\b(?:checked|looked\s+at|tracked)\s+(?:your|ur)\s+location\b(?=[^\n]*\b(?:not|isn'?t|"
        r"aren'?t|weren'?t|wasn'?t|said|supposed|claimed|why)\b)|"
        r"\bwho(?:'s|\s+is)\s+\w+\s*,?\s+and\s+why\b|\b(?:liking|commenting\s+on|following)\s+"
        r"(?:all\s+)?(?:your|ur)\s+(?:photos|pics|posts|stories|stuff)\b|"
        r"\bI\s+shouldn'?t\s+(?:have|need)\s+to\s+(?:beg|ask\s+(?:you|twice|for)|chase|"
        r"remind\s+you|"
        r"fight\s+for|compete)\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "surveillance.what-I-do-for-you",
        r"\bthis\s+is\s+(?:what|how)\s+I\s+get\b|\bthis\s+is\s+how\s+(?:you|u)\s+(?:repay|thank|"
        r"treat)\s+me\b|\bthe\s+least\s+(?:you|u|{name})\s+(?:could|can)\s+(?:do|have\s+done)\b|"
        r"\bafter\s+(?:everything|all)\s+I(?:'ve|\s+have)?\s+(?:do|did|give|gave|given|"
        r"sacrifice[ds]?)\s+for\s+(?:you|u|"
        r"{name}|us|this\s+relationship)\b|"
        r"\bI\s+(?:gave|give)\s+up\s+(?:so\s+much|everything|my\s+\w+)\s+for\s+(?:you|u|this|us)\b|"
        r"\b(?:cancelled|canceled|dropped|changed|rearranged|moved)\s+(?:my\s+plans|everything|"
        r"my\s+whole\s+\w+)\s+for\s+(?:you|u)\b(?=[^.?!]*\b(?:and|but)\b)|"
        r"\bdo\s+(?:you|u)\s+(?:even\s+)?know\s+how\s+much\s+I\s+(?:do|did|gave|give|sacrificed|"
        r"put\s+up\s+with)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Counting what you've given turns care into a debt, and they tend to feel guilty "
        "rather than close.",
        suggestion='Say what you hoped for: "I was hoping for a call tonight; it would have '
        'meant a lot."',
    ),
    # ultimatums and protest
    _p(
        "ultimatum.forget-it",
        r"\bforget\s+(?:it|this|you)\b(?=\s*(?:[.!,;]|$|then\b|lol\b))|"
        r"\bjust\s+forget\s+about\s+it\b",
        unless=r"\b(?:never|won'?t|don'?t|not|can'?t|couldn'?t|ever)\s+forget\b|\b(?:found|sorted|"
        r"figured|fixed|solved|worked\s+it\s+out|got\s+it\s+now)\b",
        unless_scope="message",
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
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "ultimatum.dont-bother",
        r"\b(?:don'?t|do\s+not)\s+bother\b",
        unless=r"\bbother(?:ing)?\s+(?:with|about)\s+(?:the|dinner|cooking|that|it)|"
        r"\bdon'?t bother (?:cooking|getting|bringing|waiting up)",
    ),
    _p(
        "ultimatum.done",
        r"\bI(?:'m|\s+am|m)\s+"
        + _ADV
        + r"done\s*(?:[.!]|$|with\s+(?:you|us|it\s+all|trying|waiting|"
        r"being|this(?=\s*(?:[.!?,…]|$|anymore|shit|crap|relationship|conversation|whole)))|"
        r"(?:waiting|trying|asking|begging|chasing|being\s+(?:patient|nice|"
        r"the\s+one))(?=\s*(?:[.!?,…]|"
        r"$|for\s+(?:you|u|{name})|around|on\s+(?:you|u)|with\s+(?:you|u))))|\bwe(?:'re|"
        r"\s+are)\s+(?:so\s+)?(?:done|over|finished)\b"
        r"(?!\s+(?:with\s+(?:dinner|the|work)|at|for|here|eating))|"
        r"\bor\s+(?:else|we(?:'re|\s+are)\s+done|I(?:'m|\s+am)\s+(?:leaving|done|gone|out)|"
        r"it(?:'s|\s+is)\s+over|don'?t\s+bother)\b|\bthat'?s\s+it\s*,?\s+(?:for\s+us|between\s+us|"
        r"we'?re\s+(?:done|over|finished))\b",
        # "I'm done! finally finished the essay" is a finish line
        unless=_PLAYFUL + r"|\b(?:finally|finished|yay|woo+|essay|exam|homework|shift|packing|"
        r"chores)\b|🎉",
        unless_scope="message",
        # "I'll text you when I'm done": a time, not a protest
        unless_before=r"\b(?:when|once|after|until|till|before|if|as\s+soon\s+as)",
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
        unless=_PLAYFUL + r"|\benjoy\b|\bhave\s+(?:fun|a\s+(?:great|good|lovely))\b",
        unless_scope="message",
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
        r"\bif\s+(?:you|u|{name})\s+(?:really\s+|actually\s+|truly\s+|even\s+|still\s+)?"
        r"(?:(?:loved|respected|wanted|valued|missed|trusted)\s+(?:me|us)\b|cared\b(?!\s+"
        r"(?:about|for)\s+(?!me\b|us\b))|gave\s+a\s+(?:damn|shit|toss|crap)\b|wanted\s+to\s+"
        r"(?:be\s+with\s+me|see\s+me|make\s+this\s+work)\b|took\s+(?:me|us|this)\s+seriously\b)",
    ),
    _p(
        "ultimatum.sarcastic-thanks",
        r"\b(?:thanks|thank\s+you|thx|ty)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+(?:(?:always|once\s+"
        r"again|again|totally|completely|just)\s+)?" + _HURT_DOING + r"|"
        r"\bglad\s+I\s+(?:matter|mean\s+(?:so\s+much|something|anything)|count|rank)\b|"
        r"\b(?:good|nice|great|lovely)\s+to\s+(?:know|see|hear)\s+(?:where\s+I\s+stand|(?:how|"
        r"what)\s+(?:much|little)?\s*I\s+(?:matter|mean)|I(?:'m|\s+am)\s+(?:a|your|not|last|"
        r"such)|I\s+(?:matter|count|don'?t\s+matter))|"
        r"\b(?:so\s+|how\s+|real\s+)?(?:nice|kind|good|sweet|thoughtful|decent)\s+of\s+(?:you|u)\s+"
        r"to\s+(?:finally|eventually|even|bother|show\s+up|grace|remember\s+me|reply|answer|"
        r"respond|let\s+me\s+know)\b|"
        r"\bso\s+now\s+(?:you|u)\s+(?:have|want|remember|care|decide|find)\b|"
        r"\blove\s+that\s+for\s+me\b|\b(?:I\s+)?hope\s+(?:you(?:'re|\s+are)|ur)\s+(?:happy|proud\s+"
        r"of\s+yourself|pleased\s+with\s+yourself|satisfied)\s*(?:now\b|[.]*\s*$)|"
        r"\bhappy\s+now\s*\?|"
        r"\bit(?:'s|\s+is|s)\s+not\s+like\s+I\s+(?:had|have|matter|care|wanted|was|need|exist)\b|"
        r"\bmust\s+be\s+(?:hard|nice|great|lovely|fun|easy)\s+(?:being|to\s+be|having)\b|"
        r"\bI\s+see\s+how\s+it\s+is\s*(?:[.!…]|$|then|now)|"
        r"\bI\s+see\s+how\s+it'?s\s+going\s+to\s+be\b|"
        r"\b(?:so\s+)?I\s+(?:just\s+)?(?:don'?t|do\s+not)\s+(?:exist|matter|count)\b|"
        r"\b(?:remember(?:ed)?|notice[ds]?|realise[ds]?|realize[ds]?)\s+(?:that\s+)?I\s+exist\b|"
        r"\bfine\s*[.!]\s+(?:[^.!?]*\s)?(?:I'?m|I\s+am|everything'?s|it'?s|we'?re)\s+fine\b|"
        r"\b(?:you|u|your)\b[^.?!]{0,30}?['\"‘“](?:working\s+late|busy|tired|just\s+a\s+friend|"
        r"just\s+friends|a\s+meeting|sick|"
        r"forgot|lost\s+track\s+of\s+time|phone\s+died|with\s+the\s+boys|with\s+the\s+girls)"
        r"['\"’”]|"
        r"\b(?:funny|interesting|amazing)\s+how\s+(?:you|u|{name})\s+(?:always|never|only|"
        r"suddenly|somehow|still|can|could|have|had|find|manage)\b|"
        r"\bwhatever\s+(?:you\s+say|makes\s+(?:you|u)\s+happy|floats\s+your\s+boat)\b(?!\s+goes)|"
        r"\b(?:have|had|having|enjoy|enjoying|enjoyed)\s+(?:\w+\s+){0,3}?without\s+me\b(?=\s*,?\s*"
        r"(?:then|I\s+guess|I'?m\s+sure|as\s+usual|again|since))|"
        r"\bdon'?t\s+let\s+me\s+stop\s+(?:you|u)\b|\bsuit\s+yourself\b|\byour\s+loss\b|"
        r"\bdo\s+(?:what|whatever)\s+(?:you|u)\s+(?:want|like)\s*(?:[.]|$|then\b|,?\s*I\s+don'?t\s+"
        r"care)|\bI\s+don'?t\s+"
        + _ADV
        + r"care\s+(?:anymore|any\s+more|what\s+you\s+do|at\s+this\s+"
        r"point)\b|\bmy\s+(?:feelings|needs|opinions?|time|wants|wishes|plans)\s+"
        + _ADV
        + r"(?:don'?t|"
        r"doesn'?t|never)\s+(?:matter|count)\b|\b(?:how|so|very)\s+convenient(?=\s*(?:[.!?…]|$|"
        r"that\s+"
        r"(?:you|your|u|ur|{name})|for\s+(?:you|u)|,?\s+(?:isn'?t\s+it|huh)))|\b(?:do|should)\s+"
        r"I\s+(?:need\s+to\s+|have\s+to\s+)?(?:make|book|schedule)\s+an\s+appointment\b|"
        r"(?:^|(?<=[.!?]\s))wow[.,]?\s+(?:ok(?:ay)?|cool|great|nice|just\s+wow)\s*\.*\s*$|"
        r"\bjust\s+(?:great|perfect|lovely|brilliant|wonderful)\s*[.]*\s*$|"
        r"\boh\s+(?:great|perfect|lovely|wonderful|brilliant|good)\s*,\s*(?:another|so|now|more|"
        r"just)\b|\bjust\s+(?:saying|sayin'?|an\s+observation|pointing\s+(?:it\s+|that\s+)?out)"
        r"\s*[.!]*\s*$",
        unless=_PLAYFUL + r"|\b(?:gorgeous|beautiful|cute|handsome|proud\s+of\s+(?:you|u)|"
        r"great\s+in|amazing|lovely|know\s+(?:what|how|when|exactly)|get\s+me|make\s+me\s+"
        r"(?:laugh|smile|happy)|cheer|enjoy)\b|\bhave\s+(?:fun|a\s+(?:great|good|"
        r"lovely))\b(?![^.?!]*"
        r"\bwithout\s+me\b)",
        unless_scope="message",
        why="Sarcasm says the hurt sideways; they tend to hear the barb and miss the hurt.",
        suggestion="Say the hurt plainly: \"I was really looking forward to tonight, and I'm "
        'disappointed."',
    ),
    _p(
        "ultimatum.withdrawal",
        r"\b(?:maybe|guess|then|so)\s+I\s+(?:should|will|'ll|'d\s+better|might\s+as\s+well)\s+"
        r"(?:just\s+)?(?:stop\s+(?:trying|texting|calling|caring|bothering|asking|reaching\s+out|"
        r"talking)|give\s+up|leave\s+you\s+alone|not\s+bother|disappear|back\s+off|stay\s+away|"
        r"go\s+away|leave|end\s+(?:it|this|things)|walk\s+away|move\s+on|find\s+someone\s+(?:else|"
        r"who))\b(?!\s+(?:to|for|at|early|the|work|in\s+\d|now\s+and))|"
        r"\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|m\s+gonna|\s+won'?t|"
        r"\s+will\s+not)\s+(?:just\s+)?(?:stop\s+(?:trying|caring|bothering\s+you|reaching\s+out|"
        r"making\s+an\s+effort)(?!\s+to\b)|stop\s+(?:texting|calling|messaging)(?:\s+you)?\s+"
        r"(?:then|anymore|any\s+more|altogether)|leave\s+you\s+alone\s+(?:then|since|if|forever|"
        r"for\s+good)|not\s+bother|bother\s+(?:you\s+)?(?:again|anymore|any\s+more)|disappear|"
        r"stay\s+out\s+of\s+your\s+(?:way|life)|text\s+(?:you\s+)?(?:again|anymore)|reach\s+out\s+"
        r"(?:again|anymore)|be\s+(?:texting|calling|bothering|messaging|contacting|"
        r"reaching\s+out\s+"
        r"to)\s+(?:you\s+)?(?:again|anymore|any\s+more))\b|"
        r"\bI(?:'m|\s+am|m)\s+not\s+(?:going\s+to|gonna)\s+(?:keep\s+)?(?:chas(?:e|ing)|"
        r"beg(?:ging)?|"
        r"wait(?:ing)?\s+around|fight(?:ing)?\s+for)\b|"
        r"(?:^|(?<=[.!?,]\s))(?:ok\s+|okay\s+|fine\s+)?I\s+(?:just\s+|honestly\s+)?give\s+up\s*"
        r"[.!…]*\s*$|\bI(?:'m|\s+am|m)?\s+(?:give|giving)\s+up\s+on\s+(?:you|u|us|this\s+"
        r"relationship|trying|talking)\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:so\s+)?(?:tired|sick)\s+of\s+(?:always\s+)?(?:trying|chasing|"
        r"begging|asking|waiting|fighting|being\s+the\s+one|explaining|making\s+an\s+effort)\b"
        r"(?!\s+to\b)|"
        r"\bwhat(?:'s|\s+is|s)\s+(?:even\s+)?the\s+point\b(?=\s*(?:[.?!…]|$|even|anymore|of\s+"
        r"(?:us|this|trying|even|talking|having|being|caring|me)|in\s+(?:trying|talking|us|this|"
        r"even)))|"
        r"\bwhy\s+do\s+I\s+(?:even\s+)?(?:bother|try)\b|"
        r"\bI\s+don'?t\s+know\s+why\s+I\s+(?:even\s+)?"
        r"(?:bother|try)\b|\bwhy\s+(?:even\s+)?bother\s*(?:[.?!]|$)|"
        r"\b(?:don'?t|do\s+not)\s+(?:even\s+)?(?:talk(?:ing)?\s+to|text(?:ing)?|call(?:ing)?|"
        r"speak(?:ing)?\s+to|message)\s+me\s*(?:[.!]|$|again|ever|anymore|any\s+more|then)|"
        r"\b(?:don'?t|do\s+not)\s+even\s+(?:talk|text|call|speak|look)\b(?!\s+(?:\w+\s+){0,2}"
        r"about)|"
        r"\b(?:you|u)\s+won'?t\s+(?:have\s+to\s+)?hear\s+from\s+me\b|\b(?:you|u)(?:'ll|\s+will)\s+"
        r"never\s+hear\s+from\s+me\b|\bjust\s+leave\s+me\s+alone\b|"
        r"(?<!n't\s)(?<!not\s)\bforget\s+about\s+me\b",
        unless=_CONSIDERATE,
        unless_scope="message",
        why="Threatening to withdraw is a protest that tends to push them away, while the wish for"
        " closeness stays unsaid.",
        suggestion="Say the tiredness and the wish: \"I'm feeling worn out and far from you. "
        "I'd like us to find our way back.\"",
    ),
    _p(
        "ultimatum.threat",
        r"\bI\s+swear\s+(?:to\s+god\s*,?\s+)?if\s+(?:you|u|{name})\b|"
        r"\bif\s+(?:you|u|{name})\s+(?:ever\s+)?(?:cancel|forget|lie|ignore\s+me|do\s+(?:that|"
        r"this)|"
        r"pull\s+(?:that|this)|say\s+that|bail|flake|ditch\s+me|stand\s+me\s+up|(?:are|'re)\s+"
        r"late|come\s+home\s+late|walk\s+out|hang\s+up|yell|shout|talk\s+to\s+(?:her|him)|see\s+"
        r"(?:her|him)|text\s+(?:her|him)|break\s+(?:your|another)\s+promise|disappear|go\s+quiet|"
        r"ghost\s+me)\b[^.?!]{0,20}?\b(?:again|one\s+more\s+time|ever\s+again)\b|"
        r"\bone\s+more\s+(?:time|chance|strike|lie|excuse)\s+and\b|\b(?:do|say|try)\s+(?:that|"
        r"it|this)\s+(?:one\s+more\s+time|again)\s+and\b|\b(?:this\s+is\s+(?:your\s+)?|your\s+)"
        r"(?:last|final)\s+(?:chance|warning)\b|\bI(?:'m|\s+am)\s+warning\s+(?:you|u)\b|"
        r"\b(?:you(?:'ll|\s+will)|u\s+will)\s+(?:regret\s+(?:it|this)|be\s+sorry)\b|"
        r"\bdon'?t\s+test\s+me\b|\btry\s+me\s*(?:[.!]|$)|"
        r"\b(?:don'?t|do\s+not)\s+expect\s+me\s+to\s+(?:be\s+(?:here|there|waiting|around|ok|okay|"
        r"fine|nice)|wait|care|forgive|answer|pick\s+up|come\s+back|stay|put\s+up\s+with|just\s+"
        r"(?:accept|forget|get\s+over)|act\s+like|pretend)\b|"
        r"\bor\s+I(?:'ll|\s+will|'m|\s+am)\s+(?:just\s+)?(?:leav\w*|done|gone|out|finish\w*|"
        r"end\w*\s+"
        r"(?:it|this|things)|mak\w+\s+the\s+decision|decid\w*\s+for|call\w*\s+it|walk\w*\s+"
        r"out|mov\w+\s+out|find\w*\s+someone|block\w*)\b|"
        r"\bI\s+can'?t\s+(?:keep|go\s+on)\s+(?:doing\s+this(?=\s*(?:[.!]|$|with\s+(?:you|u)|"
        r"anymore))|like\s+this\s*(?:[.!]|$)|being\s+treated)|"
        r"\bI(?:'m|\s+am|m)\s+not\s+doing\s+this\s+(?:anymore|any\s+more|again)\b|"
        r"\b(?:you(?:'ve|\s+have)?|u)\s+(?:got\s+|have\s+)?until\s+(?:tonight|tomorrow|midnight|"
        r"noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?|the\s+end\s+of)\b|\bI(?:'m|\s+am)\s+giving\s+"
        r"(?:you|u)\s+until\b",
        unless=_PLAYFUL + r"|\b(?:tickets?|sale|discount|offer|deadline|library|form|book(?:ing)?|"
        r"parcel|package|post\s+office|return)\b",
        unless_scope="message",
        why="A threat tends to bring fear or defiance rather than closeness, and the hurt under it"
        " goes unheard.",
        suggestion='Name what matters and ask for it: "When plans get cancelled I feel let '
        'down. Could we talk about it?"',
    ),
    _p(
        "ultimatum.conditional-worth",
        r"\bif\s+I\s+(?:really\s+|actually\s+|even\s+)?(?:mattered|meant\s+(?:anything|something|"
        r"a\s+thing)|was|were)\s+(?:\w+\s+)?(?:to\s+(?:you|u)|important|a\s+priority|your\s+"
        r"priority)\b|"
        r"\b(?:a|any)\s+(?:real|good|decent|normal|proper|caring)\s+(?:boyfriend|girlfriend|"
        r"partner|husband|wife|man|woman|person|bf|gf)\s+would(?:n'?t|\s+not|'ve|\s+have)?\b|"
        r"\bsomeone\s+who\s+(?:really\s+|actually\s+|truly\s+)?(?:loved|cared(?:\s+about|\s+for)?|"
        r"wanted|respected|valued)\s+(?:me\s+)?would(?:n'?t)?\b|"
        r"\bif\s+it\s+(?:was|were)\s+(?:her|him|them|your\s+\w+|work|anyone\s+else)\s*,?\s+"
        r"(?:you(?:'d|\s+would)|u\s+would)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Making love conditional turns a wish into a test they can only fail, so they defend "
        "against the test.",
        suggestion='Ask for the thing itself: "It would mean a lot to me if you came on Saturday."',
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
        r"\b(?:{youre}|{you}(?:'ve|\s+have)?|{name}(?:'s|\s+is|\s+has)?)\s+" + _ADV + _DRIFTING,
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
        r"(?<!\bif\s)(?<!\bunless\s)(?<!\bcase\s)(?<!\bknow\s)(?<!\bsure\s)"
        r"\b(?:{you}(?:'d|\s+would)|{name}\s+would)\s+(?:(?:obviously|clearly|probably|just)\s+)?"
        r"rather\b|\bI\s+bet\s+(?:{youre}|{you}(?:'d|\s+would)?|{name})\s+(?:(?:just|probably|"
        r"secretly)\s+)?(?:with|out\s+with|talking|texting|seeing|flirting|lying|cheating|hiding|"
        r"rather|not\s+even|don'?t\s+even|didn'?t\s+even|never|forgot|haven'?t|won'?t|wish|regret|"
        r"glad\s+(?:I'?m|I\s+am|to\s+be\s+rid)|happy\s+(?:without|now)|relieved\s+(?:I'?m|I\s+am)|"
        r"loving\s+(?:this|it)\s+without)\b|"
        r"\b(?:{youre})\s+(?:probably|definitely|prob|prolly)\s+(?:with|out\s+with|talking\s+"
        r"to|texting|seeing|flirting)\b|\b(?:{youre})\s+(?:probably|definitely|prob|"
        r"prolly)\s+out\s+"
        r"(?:having|partying|enjoying|living|drinking)\b(?=[^.?!]*\bwithout\s+me\b)|"
        r"\bI\s+know\s+(?:{youre}|you)\s+(?:\w+\s+)?(?:mad|angry|upset|annoyed|"
        r"bored|tired\s+of|done|lying|hiding|not\s+(?:interested|into)|pulling|avoiding|"
        r"ignoring|seeing|cheating|regret)\w*",
    ),
    _p(
        "mind-reading.priorities",
        r"\b(?:{you}|{name})\s+only\s+(?:ever\s+)?(?:text|call|message|care|reach\s+out|"
        r"talk\s+to\s+"
        r"me|come\s+(?:over|round|home)|remember\s+me|pay\s+attention|show\s+(?:up|affection)|"
        r"notice\s+me|say\s+(?:it|that|sorry)|bother|need\s+me|miss\s+me|like\s+me|love\s+me|"
        r"listen|want\s+(?:me|one\s+thing|sex))\b|"
        r"\b(?:{you}|{name})\s+(?:only|just)\s+(?:ever\s+)?(?:want|need|text|call|remember|see|use|"
        r"like)\s+me\s+(?:around\s+)?(?:when|if)\s+(?:it(?:'s|\s+is|s)\s+convenient|(?:you(?:'re|"
        r"\s+are)|ur)\s+bored|you\s+(?:need|want)\s+something|it\s+suits)\b|"
        r"\b(?:{you}|{name})\s+(?:obviously\s+|clearly\s+|just\s+)?(?:care|cares|think|talk|"
        r"prioriti[sz]e|love|loves|spend\s+more\s+time|want\s+to\s+be)\s+more\s+(?:about|of|for|"
        r"with|on)?\s*[^.?!]{1,30}?\s+than\s+(?:me|us|about\s+me|with\s+me|for\s+me)\b|"
        r"\b(?:{you}|{name})\s+(?:obviously\s+|clearly\s+|just\s+)?(?:care\s+about|cares\s+"
        r"about|love|loves|prefer|prefers|like|likes|prioriti[sz]es?|want|wants|need|needs)\s+"
        r"[^.?!]{1,30}?\s+more\s+than\s+(?:me|us|you\s+(?:love|care\s+about|want)\s+me)\b|"
        r"\b(?:{you}|{name})\s+(?:text|call|message|see|talk\s+to|spend\s+(?:more\s+)?time\s+with|"
        r"hang\s+"
        r"out\s+with|reply\s+to|listen\s+to|trust)\s+[^.?!]{1,30}?\s+more\s+than\s+(?:me|us|"
        r"(?:you|u)\s+"
        r"\w+(?:\s+to)?\s+(?:me|us))\b|"
        r"\b(?:your\s+\w+|everyone(?:\s+else)?|they|she|he|"
        r"work)\s+gets?\s+(?:the\s+best\s+of\s+you|all\s+"
        r"(?:of\s+)?your\s+(?:time|attention|energy))\b|"
        r"\b(?:your|ur)\s+(?:friends|phone|job|work|mates|ex|family|game|games|mum|mom|mother|"
        r"xbox|playstation|football|gym|boss|colleagues|career)\s+(?:(?:is|are|obviously|clearly|"
        r"always)\s+)*(?:matters?\s+more|comes?\s+first|more\s+important|"
        r"before\s+me)\b(?![^.?!]*\b(?:that'?s\s+"
        r"(?:ok|okay|fine|alright)|I\s+(?:get|understand)|of\s+course))|"
        r"\b(?:put|puts|putting|choose|chose|choosing|pick|picked|picking)\s+(?:your\s+\w+|them|"
        r"her|him|work|everyone(?:\s+else)?|everything(?:\s+else)?)\s+(?:over|before|ahead\s+of)\s+"
        r"(?:me|us)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="This states what matters to them as a fact; it is the alarm's reading, and they "
        "will probably argue with it rather than hear the hurt.",
        suggestion="Say what you'd like: \"I'd love some time with just us this week; it "
        'helps me feel close."',
    ),
    _p(
        "mind-reading.inner-life",
        r"(?<!\bdo )(?<!\bif )\b(?:{you}|{name})\s+(?:probably\s+|must\s+|obviously\s+|clearly\s+|"
        r"secretly\s+|just\s+)?(?:think|thinks)\s+I(?:'m|\s+am|m)\s+(?:being\s+)?(?:so\s+|"
        r"such\s+an?\s+"
        r"|an?\s+|too\s+)?(?:stupid|crazy|idiot|needy|much|annoying|joke|dumb|boring|naive|clingy|"
        r"dramatic|overreacting|paranoid|pathetic|ugly|fat|nothing|worthless|burden|insane|"
        r"hysterical|unreasonable)\b|"
        r"\b(?:{you}|{name})\s+(?:must\s+|probably\s+|obviously\s+|clearly\s+|secretly\s+|"
        r"totally\s+"
        r"|just\s+)?(?:hate|hates|resent|resents|can'?t\s+stand)\s+me\b|"
        r"\b(?:{you}|{name})\s+(?:must|probably|definitely|obviously)\s+(?:be\s+)?(?:sick|tired|"
        r"bored)\s+of\s+me\b|"
        r"\b(?:{you}(?:'ve|\s+have)?|{name}(?:'s|\s+has)?)\s+(?:just\s+|totally\s+|completely\s+)?"
        r"stopped\s+(?:caring|trying(?!\s+to\b)|loving\s+me|making\s+(?:an\s+)?effort|"
        r"noticing\s+me|"
        r"listening|wanting\s+me)\b|"
        r"\b(?:{you}|{name})\s+(?:don'?t|doesn'?t)\s+even\s+(?:care|try|notice|listen|"
        r"look\s+at\s+me|"
        r"ask|want\s+(?:me|to)|like\s+me|miss\s+me)\b|"
        r"\b(?:{youre}|{name}\s+is)\s+(?:just\s+|only\s+)?(?:saying|doing)\s+(?:that|this|it)\s+"
        r"(?:to|because|so|for)\b|\b(?:{youre})\s+only\s+saying\s+(?:that|it)\b|"
        r"(?<!\bknow )\b(?:you|u)\s+(?:don'?t|didn'?t)\s+(?:really\s+)?mean\s+(?:it|that)\s*"
        r"(?:[.!?]|$)|\b(?:{youre})\s+just\s+being\s+(?:nice|polite)\b|"
        r"\bI\s+know\s+(?:exactly\s+)?what\s+(?:{youre}|you\s+are)\s+(?:doing|up\s+to|playing\s+at|"
        r"trying\s+to\s+do)\b|"
        r"\bI\s+know\s+(?:you|u)\s+(?:don'?t|do\s+not|never|"
        r"didn'?t)\s+(?:really\s+)?(?:care\s+(?:about\s+"
        r"(?:me|us)|anymore|at\s+all)|care\s*(?=[.!?]|$)|love\s+me|want\s+(?:me|"
        r"to\s+be\s+with\s+me)|"
        r"like\s+me|miss\s+me)\b|"
        r"\b(?:{youre}|{you}(?:'ve|\s+have)\s+been|{you}\s+(?:were|are|act|acting))\s+(?:(?:so|"
        r"being|really|super|acting|kind\s+of|kinda|a\s+bit|always|just|weirdly|pretty|totally|"
        r"completely)\s+)*(?:distant|cagey|shady|secretive|checked\s+out|closed\s+off|cold(?=\s+"
        r"(?:to|with|towards)\s+me|\s+(?:lately|recently|these\s+days|all\s+(?:week|day|"
        r"evening))))\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "mind-reading.forecast",
        r"\b(?:{youre}|{you}(?:'re|\s+are)?|{name}(?:'s|\s+is)?)\s+(?:(?:just|probably|definitely|"
        r"obviously|clearly|eventually|so)\s+)*(?:going\s+to|gonna|about\s+to)\s+(?:(?:leave|dump|"
        r"replace|forget(?:\s+about)?)\s+me\b|leave(?=\s*(?:[.?!,]|$|aren'?t|eventually|anyway|"
        r"one\s+day|someday|like|too))|break\s+up\s+with\s+me|break\s+up(?=\s*(?:[.?!,]|$|"
        r"aren'?t))|"
        r"get\s+bored\s+(?:of|with)\s+(?:me|us)|find\s+someone\s+(?:else|better|new)|"
        r"end\s+(?:things|"
        r"it|us)(?=\s*(?:[.?!,]|$|with\s+me))|cheat\s+on\s+me|realise\s+I|realize\s+I|"
        r"get\s+(?:sick|"
        r"tired)\s+of\s+me|walk\s+away(?=\s*(?:[.?!,]|$|from\s+(?:me|us)))|"
        r"move\s+on(?=\s*(?:[.?!,]|"
        r"$|from\s+(?:me|us))))|"
        r"\b(?:{you}|{name})(?:'ll|\s+will)\s+(?:(?:eventually|probably|definitely|just|"
        r"end\s+up)\s+)*"
        r"(?:leave\s+me|leave\s+(?:too|eventually|anyway)|get\s+bored\s+of\s+me|find\s+someone\s+"
        r"(?:better|else)(?=\s*(?:[.?!,]|$|than\s+me))|replace\s+me|realise\s+I|realize\s+I|get\s+"
        r"sick\s+of\s+me|forget\s+(?:about\s+)?me|cheat\s+on\s+me|be\s+happier\s+(?:with|"
        r"without))\b|"
        r"\b(?:{you}|{name})(?:'d|\s+would)\s+(?:probably\s+|honestly\s+)?be\s+happier\s+with\s+"
        r"(?:someone|anyone|her|him)\b",
        unless=_FEAR_NAMED + r"|" + _PLAYFUL,
        why="This predicts what they will do as if it were certain; it is the alarm's worst "
        "case talking, and it asks them to argue you out of it.",
        suggestion="Name the fear as a fear: \"I'm scared you'll leave; I know that's my "
        'alarm, not something you said."',
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
        # "I hear that you felt ignored" names their feeling, to validate it
        unless_before=r"\b(?:you|u|{name}|he|she|they)\s+(?:(?:really|must\s+have|might\s+have|may\s+"
        r"have|probably|sometimes|still|always)\s+)?",
        unless=_I_STATEMENT_FRAME,
        unless_scope="message",
    ),
    # thoughts posing as feelings
    _p(
        "thought-as-feeling.feel-like-you",
        r"\b(?:feel|feels|feeling|felt)\s+(?:like|that|as\s+if|as\s+though)\s+(?!(?:you|u)(?:'d|"
        r"\s+would|"
        r"'ll|\s+will)\s+(?:love|like|enjoy|adore|get\s+on))(?:{youre}|"
        r"{you}|{name}|nobody|no\s+one|everyone|everybody|this\s+relationship|our\s+"
        r"relationship|we(?:'re|\s+are)?\s+(?:drifting|growing\s+apart|not|never|always|"
        r"don'?t|barely|falling)|I(?:'m|\s+am|m)?\s+(?:the\s+only|a\s+burden|invisible|nothing|"
        r"too\s+much|an\s+afterthought|your\s+last|second|an\s+option|not\s+enough|unimportant|"
        # "I feel like I'm just tired" is about me; "I feel like I'm just an option" is a story
        r"not\s+(?:enough|wanted|important|a\s+priority|good\s+enough|your|loved|welcome|needed|"
        r"heard|seen|allowed)|just\s+(?:a|an|the|your|something|someone|convenient|there)|"
        r"always\s+(?:the\s+one|last|second|chasing|begging|waiting|asking|apologi[sz]ing|"
        r"reaching|giving|trying|compromising|alone|on\s+my\s+own))|I\s+don'?t\s+matter|"
        r"I\s+mean\s+nothing)\b",
    ),
    _p(
        "thought-as-feeling.feel-like-a",
        r"\b(?:feel|feels|feeling|felt)\s+like\s+(?:I(?:'m|\s+am|m)?\s+)?(?:just\s+|only\s+)?"
        r"(?:a|an|the|your)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:you|u|{name})\b|"
        r"\b(?:feel|feels|feeling|felt)\s+like\s+I(?:'m|\s+am|m)?\s+(?:talking\s+to\s+a\s+wall|"
        r"begging|chasing|competing|invisible|nothing|never\s+enough|always\s+(?:chasing|begging|"
        r"waiting|asking|apologi[sz]ing|reaching\s+out|giving|trying|compromising))\b|"
        r"\b(?:feel|feels|feeling|felt)\s+like\s+I\s+(?:don'?t|can'?t|never|always|have\s+to)\s+"
        r"(?:matter|count|reach\s+you|get\s+through\s+to\s+you|compete\s+with\s+(?:your|her|him|"
        r"them)|beg|chase\s+you|ask\s+(?:you|twice)|come\s+(?:last|second))\b|"
        r"\b(?:feel|feels|feeling|felt)\s+like\s+there(?:'s|\s+is)\s+(?:a|this)\s+(?:wall|"
        r"distance|gap)\b",
    ),
    # handing over responsibility
    _p(
        "handing-over.you-make-me",
        r"\b(?:{you}|{name})\s+(?:(?:always|just|really|seriously|honestly|keep|literally)\s+)*"
        r"(?:make|makes|made|are\s+making|keep\s+making|'re\s+making|r\s+making|making)\s+me\s+"
        r"(?:(?:feel|so|really|very|super|go|want\s+to|like)\s+)*(?:anxious|crazy|insane|sad|"
        r"insecure|worried|upset|angry|mad|jealous|paranoid|nervous|scared|cry|miserable|"
        r"worthless|stupid|small|doubt|question|unwanted|unloved|bad|terrible|awful|sick|"
        r"lonely|hate|second-guess|feel\s+like|beg|chase\s+you|wait|guess|work\s+for\s+it|look\s+"
        r"(?:like\s+)?(?:a\s+fool|an\s+idiot|stupid|bad|ridiculous|pathetic|crazy))\b|"
        r"\b(?:{you}|{name})\s+"
        + _ADV
        + r"(?:make|makes|made|are\s+making|'re\s+making)\s+(?:everything|"
        r"this|it|things|life|my\s+life)\s+(?:so\s+|really\s+|way\s+too\s+|impossibly\s+)?(?:hard|"
        r"difficult|impossible|complicated|miserable|stressful|exhausting|unbearable)\b|"
        r"\b(?:stop|quit)\s+making\s+me\s+(?:beg|chase|wait|ask|guess|feel|worry|cry|wonder)\b",
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
        r"fault\b|\byou\s+did\s+this(?:\s+to\s+me)?\b(?!\s+(?:week|weekend|morning|evening|"
        r"afternoon|"
        r"year|month|time|for))|\b(?:you|u)\s+(?:ruined|wrecked|spoiled)"
        r"\s+(?:my|our|the|everything|it)\b|\blook\s+what\s+(?:you|u)\s+(?:did|made\s+me)\b|"
        r"\b(?:because\s+of\s+(?:you|u)|(?:{youre})\s+the\s+reason),?\s+(?:I(?:'m|\s+am|m)?|"
        r"why)\b",
        unless=r"\b(?:smile|happy|laugh|love|better|grateful|believe|hope|brave|stronger)\b",
    ),
    _p(
        "handing-over.you-hurt-me",
        r"\b(?:{you}|{name})\s+(?:(?:really|just|always|keep|literally|have|'ve|honestly|"
        r"completely|totally|constantly|so)\s+)*(?:hurt|hurts|hurting|upset|upsets|upsetting|"
        r"disappointed|disappoint|embarrassed|humiliated|broke)\s+(?:me|my\s+heart)\b|"
        r"\b(?:{you}|{name})\s+(?:always\s+|just\s+|keep\s+|really\s+)?let(?:ting)?\s+me\s+down\b|"
        r"\b(?:{youre})\s+the\s+one\s+who\s+(?:made|started|ruined|caused|messed|broke|chose|"
        r"decided|left|did\s+this)\b|\b(?:this|it|that)(?:'s|\s+is)?\s+(?:all\s+)?on\s+(?:you|u)\s*"
        r"(?:[.!]|$|not\s+me)|"
        r"\b(?:{you}|{name})\s+(?:(?:always|just|totally|completely|literally)\s+)?ruin(?:s|ed)?\s+"
        r"(?:everything|it\s+all)\b",
        unless=_PLAYFUL + r"|\b(?:smil\w*|happy|laugh\w*|love|better|grateful|believe|hope|brave|"
        r"stronger|safe)\b",
        unless_scope="message",
        why="Saying they hurt you hands them the controls of your feelings, and the blame with "
        "them; the moment and the feeling are easier to hear.",
        suggestion='Own the reaction: "When you left without saying goodbye, I felt hurt."',
    ),
    # demands
    _p(
        "demand.need-to",
        # "nothing you need to do" is a relative clause, not a demand
        r"(?<!\bnothing )(?<!\banything )(?<!\bthing )(?<!\ball )(?<!\bwhat )"
        # "if you need to leave early, that's fine" is permission
        r"(?<!\bif )(?<!\bunless )"
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
        r"\b(?:{you}|{name})\s+ought\s+to\b|\b(?:{you}|{name})\s+(?:(?:really|just|seriously)\s+)?(?:must\b(?!\s+(?:be|have\s+"
        r"been|see|try))|better\b|had\s+better\b|should(?:'ve|\s+have|a|\s+of)\b(?!\s+(?:seen|"
        r"heard|"
        r"been\s+there|tasted|come|joined))|"
        r"shouldn'?t\s+have\b|should\s+(?:know|be\s+(?:ashamed|sorry|more)|apologi[sz]e|call|"
        r"text|answer|reply|tell\s+me|care|stop|make\s+(?:time|an\s+effort)|realise|realize|"
        r"understand)\b)|\b{you}'d\s+better\b",
    ),
    _p(
        "demand.stop-acting",
        r"\bstop\s+(?:acting|pretending|behaving|treating\s+me)\s+like\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "demand.i-mean-it",
        r"(?:^|(?<=[.!?]\s))(?:and\s+)?(?:I\s+mean\s+it|I'?m\s+(?:dead\s+|deadly\s+)?serious)\s*"
        r"[.!]*\s*$",
        unless=_PLAYFUL + r"|" + _JOY + r"|\b(?:delicious|incredible|good|tasty)\b",
        unless_scope="message",
        why="Insisting after a request turns it into an order; they tend to push back on the tone "
        "and miss the need.",
        suggestion='Say why it matters: "It would really help me to hear back tonight."',
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
        unless=r"\b(?:found|sorted|figured|fixed|solved|worked\s+it\s+out|got\s+it\s+now|"
        r"meant\s+for|"
        r"wrong\s+(?:person|chat|number|thread)|not\s+for\s+you)\b",
        unless_scope="message",
        # "I feel lonely when you ignore me", "you said never mind and walked off": their act
        unless_before=_PARTNER_ACTS,
    ),
    _p(
        "retraction.im-stupid",
        r"\bI(?:'m|\s+am|m)\s+(?:(?:so|just|being|probably|prob|a\s+bit|such\s+an?|really|"
        r"totally|too|prolly)\s+)*(?:stupid|pathetic|crazy|dramatic|annoying|needy|clingy|"
        r"too\s+much|a\s+burden|an\s+idiot|idiot|the\s+worst|overreacting|paranoid|silly|"
        r"ridiculous|insane|burden|mess|pain|loser|failure|disaster|wreck)\b|\bI\s+know\s+I(?:'m|"
        r"\s+am|m)\s+(?:being\s+|so\s+|too\s+)*"
        r"(?:annoying|needy|clingy|too\s+much|a\s+lot|dramatic|crazy|overreacting|paranoid)\b|"
        r"\b(?:it'?s|this\s+is|its)\s+(?:probably\s+|prob\s+|so\s+|just\s+)*(?:stupid|dumb|"
        r"silly|nothing)(?=\s*(?:but\b|[,.!]|$))",
    ),
    _p(
        "retraction.self-erasure",
        r"\bdon'?t\s+mind\s+me\s*[.…]*\s*$|\bforget\s+(?:I\s+exist|me)\s*(?:[.!]|$)|"
        r"\bI(?:'ll|\s+will)\s+(?:just\s+)?(?:shut\s+up|stop\s+talking|go\s+away(?:\s+(?:now|"
        r"then))?"
        r"\s*(?:[.!…]|$)|leave\s+you\s+be|get\s+out\s+of\s+your\s+(?:way|hair))|"
        r"\b(?:sorry|sry|soz)(?:[\s,.!]+(?:sorry|sry|soz)\b){2,}|\bsorry\s+for\s+(?:everything|"
        r"being\s+"
        r"(?:me|born|alive))\b|\bI\s+(?:always\s+)?(?:ruin|mess\s+up|screw\s+up|wreck|spoil)\s+"
        r"(?:everything|it\s+all|things|every\s*thing)\b|\bI(?:'m|\s+am|"
        r"m)\s+(?:always\s+)?(?:the\s+"
        r"(?:problem|issue)|always\s+the\s+problem)\b|\b(?:you|u)\s+deserve\s+(?:someone|"
        r"somebody)\s+"
        r"better\b|\b(?:you|u)\s+deserve\s+better\s+than\s+me\b|"
        r"\b(?:you(?:'d|\s+would)|u\s+would|you(?:'re|\s+are)|ur)\s+(?:be\s+)?better\s+off\s+"
        r"(?:without\s+me|not\s+\w+ing\s+(?:with\s+)?me|with\s+someone)\b|\bI(?:'m|\s+am|"
        r"m)\s+not\s+good\s+enough\s+for\s+(?:you|u)"
        r"\b|\bI\s+know\s+I(?:'m|\s+am|m)\s+the\s+problem\b|"
        r"\bI(?:'m|\s+am|m)\s+(?:such\s+)?(?:a|an)\s+(?:terrible|awful|bad|horrible|useless|shit|"
        r"crap|"
        r"rubbish|hopeless|lousy)\s+(?:partner|girlfriend|boyfriend|person|wife|husband|gf|bf)\b|"
        r"\b(?:you|u)\s+should\s+(?:just\s+)?(?:leave\s+me|dump\s+me|find\s+someone\s+(?:better|"
        r"else)|be\s+with\s+someone\s+(?:else|better)|leave(?=\s*(?:[.!]|$)))\b|"
        r"\bsorry\s+(?:that\s+)?I(?:'m|\s+am)?\s+(?:exist|alive|even\s+here|born)\b|"
        r"\bsorry\s+I(?:'m|\s+am|m)\s+(?:always\s+|"
        r"such\s+|so\s+)*(?:an?\s+)?(?:downer|drag|buzzkill|killjoy|nuisance|disappointment|"
        r"letdown|let-down)\b|\bused\s+to\s+being\s+(?:\w+\s+)?(?:"
        + _STORY
        + r"|last|alone|second|let\s+down|disappointed)\b",
        unless=_CONSIDERATE,
        unless_scope="message",
        why="Calling yourself the problem hides what you need, and tends to pull for reassurance "
        "rather than closeness.",
        suggestion="Say the feeling under it: \"I'm feeling low about myself tonight, and I'm "
        'being gentle with it."',
    ),
    # -- broadened from the development half of the corpus from public sources (issue #15):
    # the structure of a sentence (the partner as subject, a trait or verdict pinned on them,
    # a condition and a consequence), not the sentences themselves
    _p(
        "global-verdict.trait",
        # a trait pinned on them: "you're so dramatic", "you're acting crazy", "you sound
        # insane", "you're such an idiot", "you baby"
        r"\b(?:{youre}|{you}\s+(?:are|were|sound|sounded|seem|look|act|acting|get)|{name}\s+is)\s+"
        r"(?:(?:so|such|being|acting|really|just|a|an|such\s+an?|the\s+most|literally|totally|"
        r"completely|always|real|too|very|way\s+too|like|a\s+total|an\s+absolute|sounding|"
        r"kind\s+of|kinda|pretty)\s+)*" + _TRAIT + r"\b|"
        r"(?:^|[,.!?]\s*|\b(?:you|u)\s+)(?:you|u)\s+(?:pathetic|needy|stupid|spoiled|lazy|selfish|"
        r"useless|ungrateful|crazy|little)?\s*(?:baby|child|idiot|moron|loser|pig|slob|brat|"
        r"psycho|cow|jerk|clown)\b(?!\s+(?:steps?|shower|monitor|food|sitter|clothes|seat|"
        r"bump|name|girl|boy|brother|sister|cousin|photos?))|"
        r"\b(?:{you}|{name})\s+(?:can'?t|cannot|never|don'?t)\s+(?:ever\s+)?do\s+anything\s+right\b|"
        r"\b(?:{youre}|{you}\s+are)\s+not\s+(?:fit|good\s+enough|man\s+enough|woman\s+enough)\s+"
        r"(?:to|for)\b|\b(?:{you}|{name})\s+need\s+(?:professional\s+)?help\s*(?:[.!]|$)|"
        r"\b(?:{youre})\s+(?:just\s+)?like\s+(?:your|ur)\s+\w+|\b(?:{youre})\s+like\s+a\s+"
        r"(?:child|teenager|baby|kid|toddler)\b|\b(?:were|was)\s+right\s+about\s+(?:you|u)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="A label pins a trait on them, so they tend to defend who they are instead of "
        "hearing what happened.",
        suggestion='Describe what happened instead of who they are: "When the dishes were '
        'left tonight, I felt tired and alone with it."',
    ),
    _p(
        "global-verdict.habit",
        # a habit stated as a verdict: "you keep spending", "you continue to disappoint me",
        # "I never get any help", "everything you say is negative", "that's just like you"
        r"\b(?:{you}|{name})\s+(?:(?:just|always|really)\s+)?(?:keep|keeps|kept|continue\s+to|"
        r"continues\s+to|constantly)\s+(?!(?:me\s+)?(?:going|trying|smiling|laughing|warm|safe|"
        r"sane|grounded|in\s+mind)\b)\w+|"
        r"\bI\s+(?:never|always)\s+(?:get|have)\s+(?:any\s+|no\s+)?(?:help|time\s+for\s+myself|"
        r"a\s+say|thanks|credit|support|a\s+break)\b|"
        r"\bI\s+(?:do|did|have\s+to\s+do|end\s+up\s+doing)\s+everything\b(?=\s*(?:[.!?]|$|all|"
        r"around|here|for|myself|alone|in\s+this))|"
        r"\beverything\s+(?:you|u|{name})\s+(?:say|do|says|does)\s+is\b|"
        r"\bthat'?s\s+(?:just\s+|so\s+)?(?:typical(?:ly)?\s+)?(?:like\s+)?(?:you|u)\s*(?:[.,!?]|$)|"
        r"\btypical\s+(?:you|u)\b|"
        r"\b(?:you|u|I)\b[^.?!]{0,40}?\ball\s+the\s+time\s*[.!?]*\s*$|"
        r"\bwithout\s+(?:you|u|{name})\s+(?:criticis|criticiz|judg|yell|snapp|shout|interrupt|"
        r"attack|getting\s+(?:mad|angry|defensive)|making\s+(?:it|this)\s+about)\w*|"
        r"\bI\s+can\s+never\s+(?:\w+\s+){0,3}?(?:you|u)\b|"
        r"\b(?:is|are)\s+always\s+(?:a\s+)?(?:mess|messy|dirty|disaster|late|wrong|my\s+job)\b|"
        r"\b(?:is|was)\s+(?:never\s+going\s+to\s+happen|pointless|hopeless|a\s+waste\s+of\s+"
        r"(?:time|breath))\b(?=[^.?!]*$)|"
        r"\b{youre}\s+just\s+(?:sitting|standing|lying)\s+(?:there|around)\b",
        unless=_WARM_ALWAYS.replace(
            r"\b(?:always|constantly|forever)\b", r"\b(?:keep|keeps|kept|continue|all|always)\b"
        )
        + r"|\b(?:think|thinking|miss|missing|love|laugh|smile|proud|happy|thank)\w*\b|"
        r"\bcan\s+never\s+(?:stay|be)\s+(?:mad|angry|cross|upset)\b|\bsay\s+no\s+to\s+you\b",
    ),
    _p(
        "global-verdict.contempt",
        r"\b(?:{you}|{name})\s+(?:really\s+|honestly\s+)?disgust\s+me\b|\b(?:{you}|{name})\s+"
        r"make\s+me\s+sick\b|\bI\s+(?:really\s+|honestly\s+)?regret\s+(?:ever\s+)?(?:marrying|"
        r"meeting|dating|moving\s+in\s+with|being\s+with|having\s+kids\s+with)\s+(?:you|u)\b|"
        r"\b(?:{youre})\s+lucky\s+(?:I|that\s+I|anyone)\b|\b(?:{youre})\s+(?:living|sponging)\s+"
        r"off\s+(?:my|me)\b|\bwhat\s+(?:friends|meeting|work\s+thing|party|plans)\s*\?|"
        r"\bI'?m\s+sure\s+(?:you|u)\s+(?:were|was|are|would|will)\s+(?:(?:going\s+to|gonna)\s+|"
        r"really\s+|totally\s+)\w+|\b(?:oh\s+(?:yeah|right|sure|really)\b[^.?!]*[.?!,]\s*)(?:I\s+"
        r"forgot\.?\s*)?(?:{youre})\s+(?:so\s+)?(?:perfect|always\s+right|never\s+wrong)\b|"
        r"\b(?:{youre})\s+(?:always\s+right|never\s+wrong)\b|\bMr\.?\s+Perfect\b|"
        r"\b(?:you|u)\s+look\s+like\s+(?:you'?re|you\s+are)\s+(?:really|so)\s+(?:working\s+hard|"
        r"busy)\b|\bnot\s+this\s+again\b|"
        r"\bhow\s+(?:on\s+earth\s+)?(?:would|could|did)\s+I\s+(?:ever\s+)?(?:function|manage|"
        r"survive|cope)\s+without\s+(?:you|your)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Contempt (mockery, disgust, a sneer) says they are beneath you; of everything "
        "said in a conflict it tends to do the most harm.",
        suggestion="Say the hurt under it: \"I'm really angry and hurt about this, and I "
        "need us to talk when we're calmer.\"",
    ),
    _p(
        "global-verdict.expected",
        r"\bI\s+(?:didn'?t|did\s+not|never)\s+expect(?:ed)?\s+(?:this|that)\s+(?:from|of)\s+"
        r"(?:you|u|{name})\b|\bexpected\s+too\s+much\s+(?:from|of)\s+(?:you|u|{name})\b|"
        r"\byou\s+(?:continue\s+to\s+|always\s+|keep\s+)?disappoint\s+me\b",
        why="Expecting better of them turns a feeling into a judgement of them as a person, "
        "so they tend to defend who they are.",
        suggestion='Name the moment and the feeling: "When you cancelled, I felt let down."',
    ),
    _p(
        "accusing-question.why-did",
        # why + what they did, asked so they must defend it: "why did you sleep without
        # letting me know", "why would you post that", "did you really make plans"
        r"\b(?:why|y|how\s+come)\s+(?:did|would|do|does|are|were|have|has|is|must)\s+(?:you|u|"
        r"{name})\s+(?:[\w']+\s+){0,8}?(?:without|instead\s+of|again|in\s+front\s+of|behind\s+my\s+"
        r"back|so\s+(?:long|late|much|revealing|rude|mean|loud)|like\s+(?:that|this)|to\s+me|at\s+me|"
        r"on\s+me|anyway|first|always|never|even|me\s+(?:wait|feel|look))\b|"
        r"\b(?:why|how\s+come)\s+(?:did|would)\s+(?:you|u|{name})\s+(?:[\w']+\s+){0,4}?(?:post|"
        r"say|wear|tell|lie|leave|go|do|buy|spend|invite|text|call|flirt|hide|sleep|choose|pick|"
        r"let|think|forget|bring|make)\b(?=[^.?!]*\?)|"
        r"\b(?:did|have|were)\s+(?:you|u|{name})\s+(?:really|seriously|honestly|actually|just)\s+"
        r"(?!(?:like|love|enjoy|mean\s+it|think\s+so|make\s+that|cook|bake|make\s+this)\b)\w+"
        r"(?=[^.?!]*\b(?:without|instead|again|me|my|us)\b[^.?!]*\?)|"
        r"\bwhy\s+is\s+it\s+taking\s+(?:you|u)\s+so\s+long\b|"
        r"\b(?:don'?t|do\s+not)\s+(?:you|u)\s+(?:ever\s+)?(?:worry|think|feel\s+(?:bad|guilty|"
        r"the\s+same))\b",
        unless=_PLAYFUL + r"|\b(?:love|adore|amazing|congrat|so\s+happy|proud|beautiful|"
        r"gorgeous|delicious)\b",
        unless_scope="message",
    ),
    _p(
        "mood-check.everything-ok",
        r"^\s*(?:is\s+)?(?:everything|all|things)\s+(?:ok|okay|alright|all\s+right|good)\s*\?+\s*$|"
        r"\bare\s+we\s+(?:\w+\s+)?(?:right\s+for\s+each\s+other|meant\s+to\s+be|going\s+to\s+"
        r"make\s+it|compatible)\b",
    ),
    _p(
        "worth-check.attractive",
        r"\bdo(?:es)?\s+(?:you|u|{name})\s+(?:(?:still|even|really|actually)\s+)*find\s+me\s+"
        r"(?:attractive|pretty|beautiful|sexy|hot|interesting|boring|annoying|cute|handsome)\b|"
        r"\bdon'?t\s+(?:you|u)\s+feel\s+the\s+same(?:\s+way)?\b",
    ),
    _p(
        "handing-over.reason",
        r"\b(?:{youre}|{you}\s+are)\s+(?:the\s+(?:(?:whole|only|real|main)\s+)?(?:problem|reason|"
        r"cause)|why\s+I)\b|\b(?:your|ur)\s+own\s+fault\b|\b(?:now\s+)?(?:look\s+)?(?:what\s+)?"
        r"you(?:'ve|\s+have)\s+(?:made|done|ruined|upset|gone\s+and)\s+(?:\w+\s+){0,3}?(?:cry|"
        r"upset|it|everything)\b|\b(?:{you}|{name})\s+make\s+everything\s+(?:worse|harder|"
        r"difficult|about\s+you)\b|\b(?:{youre})\s+the\s+only\s+(?:one|person)\s+who\s+(?:can|"
        r"could)\s+(?:help|fix|save|make)\s+me\b",
        unless=r"\b(?:smile|happy|laugh|love|better|grateful|believe|hope|brave|stronger|safe|"
        r"reason\s+I\s+(?:smile|laugh|believe|am\s+happy))\b",
        why="This makes them the cause of what you feel or do, and hands them the blame with it.",
        suggestion='Own the reaction: "When that happened, I felt overwhelmed."',
    ),
    _p(
        "demand.imperative",
        # telling them how to change: "stop drinking soda", "don't work so much", "exercise
        # more", "lower your voice", "get over it", "do it my way", "ask my permission"
        r"(?:^|(?<=[.!?,;:]\s)|(?<=[.!?,;:])|\b(?:just|please|and|so|now|then)\s+)(?:stop|quit)\s+"
        r"(?!(?:worrying|apologi[sz]ing|by|in|it\s+lol|stressing|being\s+so\s+hard\s+on\s+"
        r"yourself|blaming\s+yourself)\b)(?:\w+ing|being|acting)\b|"
        r"\b(?:don'?t|do\s+not|never)\s+(?:\w+\s+){1,2}?so\s+(?:much|often|late|loud|fast|long)\b|"
        r"(?:^|(?<=[.!?]\s))(?:just\s+)?(?!(?:love|miss|see|thank|thanks|talk|more|please|tell|show|"
        r"much|so|no|I|we|you|it|that|this|can|could|would|will|need|want|like|hope|wish|have|"
        r"had|get|got|sleep|rest|eat|drink\s+(?:some\s+)?water|take\s+care|enjoy|relax)\b)[a-z]+\s+"
        r"(?:(?!you\b|I\b)\w+\s+){0,2}?(?:more|less)\b(?=[^?]*$)(?![^.?!]*\b(?:than\s+ever|"
        r"please\b))|"
        r"(?:^|(?<=[.!?,]\s))(?:just\s+|please\s+|now\s+)?(?:lower\s+your\s+voice|slow\s+down|"
        r"calm\s+down|grow\s+up|shut\s+up|get\s+a\s+grip|act\s+your\s+age|deal\s+with\s+it|man\s+up|"
        r"get\s+over\s+(?:it|yourself)|stop\s+it|knock\s+it\s+off|cut\s+it\s+out|spend\s+more\s+"
        r"time)\b|"
        r"\b(?:do|doing)\s+(?:it|this|things)\s+my\s+way\b|\b(?:ask|get)\s+(?:for\s+)?my\s+"
        r"permission\b|\bno\s+matter\s+(?:where|what)\s+you\b|\bevery\s+single\s+day\s+(?:just\s+)?"
        r"with\s+me\b|\bmake\s+sure\s+(?:you\s+)?(?:not\s+to|never|don'?t)\b[^.?!]*\bagain\b",
        unless=_PLAYFUL
        + r"|\b(?:when\s+you\s+can|if\s+you\s+(?:can|want|like)|no\s+rush|if\s+that'?s\s+ok|"
        r"cute|adorable|sweet|laugh\w*|blush\w*|smil\w*|gorgeous|perfect|spoil\w*)\b",
        unless_scope="message",
    ),
    _p(
        "demand.prohibition",
        # "you can't go out without me", "I don't like you hanging out with her"
        r"\b(?:{you}|{name})\s+(?:can'?t|cannot|are\s+not\s+allowed\s+to|aren'?t\s+allowed\s+to|"
        r"may\s+not|are\s+not\s+going|aren'?t\s+going)\s+(?:to\s+)?(?:go|see|talk|wear|hang|"
        r"leave|text|have|spend|use|meet|visit|be\s+friends)\b(?![^.?!]*\b(?:sadly|unfortunately|"
        r"tonight\s+because|it'?s\s+closed|sold\s+out)\b)|"
        r"\bI\s+(?:don'?t|do\s+not)\s+(?:like|want)\s+(?:you|u)\s+(?:(?:hanging|going|talking|"
        r"texting|seeing|spending|wearing|meeting|being)\b|to\s+(?:see|talk|go|hang|wear|text|"
        r"meet|spend)\b)(?![^.?!]*\b(?:alone\s+at\s+night|in\s+the\s+rain|worry|stress|tired)\b)|"
        r"\b(?:you|u)\s+(?:need|have)\s+to\s+(?:ask|tell|check\s+with)\s+me\s+(?:first|before|where)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Telling them what they may not do puts your fear in charge of their life; it "
        "tends to bring resistance rather than closeness.",
        suggestion='Say the fear and ask: "I get anxious when you go out late; could you '
        'text me when you get there?"',
    ),
    _p(
        "ultimatum.if-then",
        # a condition and a consequence: "if you don't stop …, I'm leaving you", "if you
        # cross me on this, I can't stay", "if you leave, I will hurt myself"
        r"\bif\s+(?:you|u|{name})\b[^.?!]{0,80}?[, ]\s*(?:then\s+)?I(?:'ll|\s+will|'m|\s+am|"
        r"\s+can'?t|\s+cannot|\s+won'?t|\s+am\s+going\s+to|'m\s+going\s+to|'m\s+gonna)\s+(?:just\s+|really\s+)?"
        r"(?:leav(?:e|ing)(?!\s+(?:early|now|work|the|at|for|a|it))|(?:be\s+)?done|(?:be\s+)?gone|"
        r"out\s+of\s+here|end\s+(?:it|this|things|us)|ending\s+(?:it|this|things)|finish(?:ed)?\s+"
        r"with\s+you|hurt\s+myself|kill\s+myself|stay(?:ing)?\s+in\s+this|stay\s+with\s+you|"
        r"divorce|break\s+up|move\s+out|walk\s+out|block(?:ing)?\s+you|leave\s+you|"
        r"(?:be\s+)?(?:here|around)\s+(?:anymore|any\s+longer))\b",
        why="A condition with a threat attached tends to bring fear or defiance rather than "
        "closeness, and the hurt under it goes unheard.",
        suggestion='Name what matters and ask for it: "This matters a lot to me. Could we '
        'find a way through it together?"',
    ),
    _p(
        "ultimatum.ending",
        r"(?:^|(?<=[.!?]\s))I(?:'m|\s+am)\s+(?:leaving|out|outta\s+here|leaving\s+you|done\s+"
        r"talking)\s*[.!]*\s*$|\bI(?:'m|\s+am)\s+done\s+talking\b|"
        r"\bI\s+can'?t\s+(?:take|do|handle|stand|bear)\s+(?:it|this|you|much\s+more)\s+"
        r"any\s*(?:more|longer)\b|"
        r"\b(?:maybe|then|so|I\s+think)\s+we\s+should\s+(?:just\s+)?(?:get\s+a\s+divorce|divorce|"
        r"break\s+up|split\s+up|separate|end\s+(?:it|this|things)|call\s+it\s+quits|see\s+other\s+"
        r"people)\b|\bI\s+don'?t\s+(?:see|know)\s+how\s+we\s+can\s+(?:continue|go\s+on|keep\s+"
        r"(?:going|doing\s+this)|stay\s+together|make\s+(?:this|it)\s+work)\b|"
        r"\bthe\s+(?:reply|answer|response)\s+(?:you|u)\s+deserve\b|\b(?:you|u)\s+deserve\s+"
        r"(?:nothing|no\s+(?:reply|answer))\b|\b(?:figure|work)\s+(?:it\s+)?out\s+(?:what\s+"
        r"(?:you|u)\s+did|(?:for\s+)?yourself)\b|\byou\s+know\s+what\s+you\s+did\b",
        unless=_CONSIDERATE,
        unless_scope="message",
        why="Ending the talk, or the relationship, as a protest says the hurt sideways; it "
        "tends to push away the person you want closer.",
        suggestion="Ask for a pause, not an ending: \"I'm too upset to talk well right now. "
        'Can we come back to this tonight?"',
    ),
    _p(
        "immediate-reply.come-back",
        r"\bplease\s+(?:just\s+)?(?:come\s+back|don'?t\s+leave|give\s+me\s+(?:another|"
        r"one\s+more)\s+chance|talk\s+to\s+me)\b",
        why="Pleading shows how loud the alarm is, and they tend to answer the alarm rather "
        "than the request.",
        suggestion="Ask once, with room: \"I'd really like to talk when you're ready.\"",
    ),
    _p(
        "retraction.sorry-to-ask",
        r"^\s*(?:so+rr?y|sry|soz)\s*[,.!-]+\s*(?:(?:to\s+bother|for\s+(?:bothering|asking|the\s+"
        r"trouble))|quick\s+question|I\s+know\s+(?:you'?re|you\s+are|ur)\s+busy|this\s+(?:might|"
        r"may|will|is\s+going\s+to)\s+(?:sound|seem|be)|(?:just\s+)?one\s+(?:more\s+)?(?:thing|"
        r"question)|but\s+(?:can|could|would|do)\s+(?:I|you))|\bsorry\s+to\s+(?:bother|bug|pester)\s+"
        r"(?:you|u)\b|\bsorry\s+(?:for|about)\s+(?:even\s+)?asking\b|\bthis\s+(?:might|may|is\s+"
        r"going\s+to)\s+sound\s+(?:silly|stupid|dumb|crazy|weird)\b|\bit\s+was\s+(?:all\s+)?my\s+"
        r"fault\b(?=[^\n]*\b(?:please|come\s+back|sorry)\b)",
        why="Apologising for asking makes the need sound like a nuisance, and tends to invite "
        "reassurance rather than an answer.",
        suggestion='Just ask: "Do you have a minute tonight? I\'d like to ask you something."',
    ),
    _p(
        "mind-reading.cheat",
        r"\b(?:{you}|{name})(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:\w+\s+)?"
        r"(?:cheat|lie|leave)\b(?:\s+on\s+me)?\s+anyway\b|\bI\s+know\s+(?:you|u)(?:'ll|\s+will)\s+"
        r"(?:\w+\s+)?(?:cheat|lie|leave)\b|\b(?:{youre})\s+(?:acting|being)\s+(?:real|really|so|"
        r"super|kinda|pretty)?\s*(?:shady|sus|suspicious|sketchy)\b",
    ),
    # defending or waving it away
    _p(
        "defensiveness.sorry-you",
        r"\b(?:I'?m\s+|I\s+am\s+)?sorry\s+(?:that\s+|if\s+)?(?:you|u)\s+(?:feel|felt|think|got|get|"
        r"were|are|took\s+it|see\s+it|heard)\b(?!\s+(?:so\s+)?(?:sick|ill|poorly|unwell|stuck|"
        r"caught|soaked|lost|delayed))|\bsorry\s*,?\s+but\b",
        # an apology that owns its part is an apology, not a deflection
        unless=r"\b(?:I\s+was\s+wrong|my\s+fault|I\s+shouldn'?t\s+have|I\s+should\s+have|sorry\s+"
        r"(?:I|for)\b|I\s+see\s+how|I\s+hurt)",
        unless_scope="message",
    ),
    _p(
        "defensiveness.dismissing",
        r"\b(?:{youre}|{you}\s+are)\s+(?:(?:being|so|just|way|really|acting|totally|completely|"
        r"always|again)\s+)*(?:overreacting|over-reacting|over\s+reacting|too\s+sensitive|so\s+"
        r"sensitive|oversensitive|over-sensitive|hysterical|irrational|making\s+(?:this|it|that|"
        r"things|stuff)\s+up|imagining\s+(?:things|it|that)|blowing\s+(?:this|it|things)\s+(?:\w+\s+)?out\s+"
        r"of\s+proportion|still\s+going\s+on\s+about)\b|"
        r"\bthat\s+(?:never|didn'?t)\s+happen(?:ed)?\b|\bthat'?s\s+not\s+what\s+I\s+(?:said|meant)\b|"
        r"\bI\s+(?:never|didn'?t)\s+say\s+that\b|\bI\s+didn'?t\s+do\s+anything\s+wrong\b|"
        r"\bit(?:'s|\s+is|s|\s+was)\s+not\s+(?:a\s+)?(?:big\s+deal|my\s+fault|that\s+bad|"
        r"a\s+problem)\b|\b(?:no|not\s+a)\s+big\s+deal\s+so\b|\bwhat\s+(?:else\s+)?do\s+you\s+want\s+"
        r"(?:from\s+me|me\s+to\s+(?:do|say))?\s*\?|\bI\s+already\s+(?:said|told\s+you|explained|"
        r"apologi[sz]ed)\b(?=[^.?!]*(?:,|\band\b|\bwhat\b|\bso\b|\bstop\b|\bstill\b|\bwhy\b))|"
        r"\byou\s+can'?t\s+blame\s+me\b|\bit\s+was\s+(?:just|only)\s+a\s+joke\b|\bcan'?t\s+(?:you|u)\s+"
        r"take\s+a\s+joke\b|\bwhy\s+(?:harp|dwell|keep\s+bringing)\b|\bI\s+was\s+like\s+this\s+when\s+"
        r"(?:you|u)\s+met\s+me\b|\bthat'?s\s+just\s+(?:who|how)\s+I\s+am\b|\b(?:heard|imagined|made\s+up|all)\s+in\s+"
        r"your\s+head\b|"
        r"\b(?:you|u)\s+shouldn'?t\s+(?:be|feel)\s+(?:hurt|upset|sad|angry|mad|jealous)\b|"
        r"(?:^|(?<=[.!?]\s))(?:no|nope)\s*,?\s+I\s+(?:didn'?t|don'?t|wasn'?t|never)\b|"
        r"(?:^|(?<=[.!?]\s))(?:but|well)\s*,?\s+(?:you|u)\s+(?:\w+\s+){0,4}?(?:too|also|all\s+the\s+"
        r"time|always|never|first)\b|\bbut\s+(?:you|u)\s+(?:also|too|said)\b|"
        r"\bwhat\s+about\s+(?:you|when\s+you|the\s+time\s+you|your)\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "global-verdict.again-you",
        # what they did, "again": "you left the dishes in the sink again"
        r"\b(?:{you}|{name})\s+(?:[\w']+\s+){1,8}?again\s*[.!?]*\s*$",
        unless=_PLAYFUL
        + r"|"
        + _JOY
        + r"|\b(?:see|hug|hold|meet|visit|kiss|hear|missing|promise\s+(?:me|not|to)|please|"
        r"would\s+you|could\s+"
        r"you|need\s+you\s+to|want\s+you\s+to|don'?t\s+want)\b",
        unless_scope="message",
    ),
    _p(
        "global-verdict.sneer",
        r"\bwho\s+do\s+(?:you|u)\s+think\s+(?:you\s+are|you'?re|u\s+are)\b|"
        r"\boh\s*,?\s+poor\s+(?:baby|you|thing)\b|\b(?:nice|great|good|well\s+done)\s*(?:job|"
        r"work|going|one)?\s*,\s*(?:genius|einstein|sherlock|smart\s+(?:guy|girl|ass)|hero|"
        r"champ)\b|\b(?:you|u)\s+call\s+(?:that|this)\s+(?:a\s+)?\w+\s*\?|"
        r"\b(?:are|r)\s+(?:you|u)\s+(?:really|seriously|actually)\s+(?:that|this|so)\s+\w+|"
        r"(?:^|(?<=[.!?]\s))get\s+a\s+life\b|(?:^|(?<=[.!?]\s))(?:yeah|oh)\s*,?\s+(?:right|sure)\s*"
        r"[.!]*\s*$|\bgood\s+luck\s+with\s+that\s*\.*\s*$|\b(?:that'?s|that\s+is)\s+rich\s+coming\s+"
        r"from\s+(?:you|u)\b|^\s*(?:seriously|unbelievable|typical|classic|wow)\s*[.?!]+\s*$|"
        r"\bwow\s*[.,]\s*just\s+wow\b|\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:would|will|could)\s+"
        r"(?:ever\s+)?(?:love|want|put\s+up\s+with|date|marry)\s+(?:you|u)\b|\b(?:{you}|{name})"
        r"(?:'ll|\s+will)\s+never\s+find\s+(?:anyone|someone|anybody)\b|\b(?:{youre})\s+(?:so\s+)?"
        r"lucky\s+to\s+have\s+me\b|\bI'?m\s+the\s+only\s+one\s+who\s+(?:will|would|could)\s+(?:ever\s+)?"
        r"(?:love|want|put\s+up\s+with)\b|\b(?:{youre})\s+nothing\s+without\s+me\b|"
        r"\b(?:nobody|no\s+one)\s+(?:likes|wants|loves|respects|trusts)\s+(?:you|u)\b|"
        r"\bI\s+(?:hate|despise|can'?t\s+stand)\s+(?:you|u)\b|\bI\s+wish\s+I(?:'d|\s+had)\s+never\s+"
        r"(?:met|married|dated|been\s+with)\b|\b(?:you|u)\s+(?:don'?t|do\s+not)\s+deserve\s+(?:me|"
        r"my|anything)\b|\bforget\s+your\s+head\b|\btreat(?:s|ing)?\s+me\s+like\s+(?:a|an|dirt|"
        r"shit|crap|garbage|nothing|your)\b|\b(?:{youre})\s+(?:just\s+)?too\s+much\s*[.!]*\s*$|"
        r"\b(?:{youre})\s+driving\s+me\s+(?:crazy|insane|mad|nuts|up\s+the\s+wall)\b|"
        r"\beverything\s+(?:is\s+|has\s+to\s+be\s+)?(?:always\s+)?(?:is\s+|has\s+to\s+be\s+)?about\s+"
        r"(?:you|u)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Contempt (mockery, disgust, a sneer) says they are beneath you; of everything "
        "said in a conflict it tends to do the most harm.",
        suggestion="Say the hurt under it: \"I'm really angry and hurt about this, and I "
        "need us to talk when we're calmer.\"",
    ),
    _p(
        "mind-reading.only-yourself",
        r"\b(?:{you}|{name})\s+(?:only|just|never)\s+(?:ever\s+)?(?:think|care)\s+(?:about|of)\s+"
        r"(?:yourself|you|number\s+one)\b|\b(?:{you}|{name})\s+(?:don'?t|never)\s+appreciate\s+"
        r"(?:anything|everything|what|me|how)\b|\bspend\w*\s+more\s+time\s+(?:with|on)\s+[^.?!]{1,30}?"
        r"\s+than\s+(?:with\s+)?(?:me|us)\b|\b(?:too|so)\s+busy\s+for\s+me\b|"
        r"\b(?:{you}|{name})\s+have\s+no\s+idea\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "defensiveness.not-me",
        r"\bI\s+was\s+(?:going|gonna|about)\s+to\s+(?:do|get\s+to|fix|clean|sort)\s+(?:it|that|"
        r"them)\b|(?:^|(?<=[.!?]\s))(?:that'?s|that\s+is|this\s+is)\s+(?:so\s+)?(?:not\s+true|"
        r"ridiculous|absurd|nonsense|bullshit|bs|a\s+lie|crazy|insane|unfair)\s*[.!]*(?:\s|$)|"
        r"\b(?:you|u)\s+(?:didn'?t|don'?t|never|haven'?t|weren'?t)\s+(?:\w+\s+){0,3}?either\b|"
        r"\bI'?m\s+not\s+the\s+one\s+who\b|\b(?:don'?t|do\s+not|stop)\s+blam(?:e|ing)\s+(?:me|"
        r"this\s+on\s+me|it\s+on\s+me)\b|\b(?:{youre})\s+(?:just\s+|always\s+|totally\s+)?"
        r"(?:exaggerating|remembering\s+(?:it|that|things)\s+wrong|twisting|reading\s+(?:too\s+"
        r"much\s+)?into|misremembering|making\s+a\s+big\s+deal)\b|\b(?:you|u)\s+(?:always\s+)?"
        r"twist\s+(?:my|everything)\b|\bnobody\s+else\s+has\s+a\s+problem\s+with\b|"
        r"\bit\s+was\s+nothing\s*[.!]*\s*$|\bI\s+said\s+(?:I'?m\s+|I\s+was\s+)?sorry\b|"
        r"\bwhat\s+more\s+do\s+(?:you|u)\s+want\b|\bI\s+was\s+busy\s*,?\s*(?:ok(?:ay)?|alright)\s*\?|"
        r"\bit'?s\s+not\s+like\s+(?:you|u)\b|\bstop\s+(?:making\s+(?:such\s+)?a\s+big\s+deal|"
        r"nagging)\b|\b(?:a\s+)?big\s+deal\s+(?:out\s+)?of\s+nothing\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "ultimatum.shut-down",
        r"\bI\s+(?:don'?t|do\s+not)\s+want\s+to\s+(?:talk|discuss|hear)\s+(?:about\s+)?(?:it|this|"
        r"that|you)\b|\bI(?:'m|\s+am)\s+not\s+(?:discussing|talking\s+about|doing)\s+this\b|"
        r"\bI\s+don'?t\s+have\s+time\s+for\s+(?:this|you|your)\b|\bcan\s+we\s+not\s+do\s+this\b|"
        r"(?:^|(?<=[.!?,]\s))(?:just\s+)?leave\s+me\s+alone\b|\bI\s+want\s+(?:a\s+divorce|to\s+"
        r"break\s+up|out)\b|\bI(?:'m|\s+am)\s+breaking\s+up\s+with\s+(?:you|u)\b|\bI(?:'ll|\s+will)\s+"
        r"never\s+forgive\s+(?:you|u)\b|^\s*fine\s*[,.]\s*(?:go|don'?t|do|leave|have|be|whatever)\b|"
        r"\b(?:don'?t|do\s+not)\s+worry\s+about\s+me\s*[.!…]*\s*$|\bI'?ll\s+just\s+do\s+it\s+"
        r"myself\b|\bI(?:'m|\s+am)\s+(?:so\s+)?(?:sick|tired)\s+of\s+(?:your|you|ur|this|all\s+"
        r"this|hearing)\b|^\s*I(?:'m|\s+am)\s+fine\s*\.\s*$|\bit'?s\s+fine\s*\.\s+really\b",
        unless=_CONSIDERATE
        + r"|\b(?:later|tomorrow|in\s+an\s+hour|after\s+(?:dinner|work)|for\s+(?:a\s+bit|now|"
        r"a\s+while|an\s+hour)|when\s+I'?m|once\s+I|can\s+we\s+talk|I\s+need\s+(?:a|some)\s+"
        r"(?:break|time|space|minute))\b|\b(?:while|until|unless)\s+(?:you|we|u)\b|\bcalm(?:ly|er)\b",
        unless_scope="message",
        why="Shutting the talk down, or ending things as a protest, says the hurt sideways; "
        "it tends to push away the person you want closer.",
        suggestion="Ask for a pause, not an ending: \"I'm too upset to talk well right now. "
        'Can we come back to this tonight?"',
    ),
    _p(
        "demand.control",
        r"\bgive\s+me\s+(?:your|ur)\s+(?:phone|password|passcode|pin)\b|\bsend\s+me\s+a\s+"
        r"(?:picture|photo|pic|selfie)\s+(?:of\s+)?(?:where|who|what)\b|\bshow\s+me\s+(?:your|ur)\s+"
        r"(?:phone|messages|texts|dms)\b|\bI\s+forbid\s+(?:you|u)\b|\b(?:{youre})\s+not\s+"
        r"(?:allowed|going\s+(?:out|anywhere))\b|\b(?:your|ur)\s+(?:friends|family|sister|brother|"
        r"mother|mum|mom)\s+(?:are|is)\s+(?:(?:a|so)\s+)?(?:bad|toxic|bad\s+influence|no\s+good|"
        r"using\s+you|against\s+(?:me|us))\b|\b(?:don'?t|stop)\s+(?:lie|lying)\s+to\s+me\b|"
        r"\b(?:{you}|{name})\s+(?:should|need\s+to|have\s+to)\s+be\s+(?:more\s+)?(?:grateful|"
        r"thankful|happy\s+(?:I|that\s+I))\b|\b(?:you|u)\s+need\s+to\s+(?:lose|gain)\s+weight\b|"
        r"\b(?:can|could|will)\s+(?:you|u)\s+(?:ever|even)\s+(?:just\s+)?(?:listen|stop|try|once)\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="This tells them what to do, or what they may not do; a request they can say yes "
        "or no to tends to be heard better.",
        suggestion='Say what you feel and ask: "I get anxious about this; could we talk '
        'about what would help us both?"',
    ),
    _p(
        "surveillance.whereabouts",
        r"\bwhere\s+were\s+(?:you|u)\s+(?:last\s+night|all\s+(?:day|night|evening)|earlier|today|"
        r"this\s+(?:morning|afternoon))\b|\bI\s+saw\s+(?:you|u|{name})\s+(?:talking|texting|"
        r"flirting|laughing|chatting|messaging|hugging)\b|\bwhy\s+is\s+(?:your|ur)\s+phone\b|"
        r"\bI\s+(?:can'?t|cannot|don'?t|do\s+not|could\s+never)\s+(?:ever\s+)?trust\s+(?:you|u)\b",
        unless=_PLAYFUL + r"|\bmissed\s+(?:you|u)\b",
        unless_scope="message",
    ),
    _p(
        # said to keep someone: no warm sign-off makes these kind
        "global-verdict.isolating",
        r"\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:would|will|could)\s+(?:ever\s+)?(?:love|want|put\s+"
        r"up\s+with|date|marry)\s+(?:you|u)\b|\bI'?m\s+the\s+only\s+one\s+who\s+(?:will|would|could)\s+"
        r"(?:ever\s+)?(?:love|want|put\s+up\s+with)\s+(?:you|u)\b|\bcan'?t\s+believe\s+I\s+(?:ever\s+)?"
        r"(?:married|dated|chose|fell\s+for|moved\s+in\s+with)\s+(?:you|u)\b|\b(?:have|enjoy)\s+"
        r"(?:fun|yourself|your\s+\w+)\s+without\s+me\b(?!\s*(?:!|😊|❤))",
        why="Contempt (mockery, disgust, a sneer) says they are beneath you; of everything "
        "said in a conflict it tends to do the most harm.",
        suggestion="Say the hurt under it: \"I'm really angry and hurt about this, and I "
        "need us to talk when we're calmer.\"",
    ),
    _p(
        "handing-over.made-me",
        r"\b(?:{you}|{name})\s+(?:(?:always|just|really)\s+)?(?:made|make|makes|are\s+making|"
        r"forced|force)\s+me\s+(?:to\s+)?(?:do|say|act|react|yell|shout|hit|lose|snap|lie|drink)\b|"
        r"\b(?:{you}|{name}|{youre})\s+(?:(?:always|just|really|totally)\s+)?(?:embarrass|humiliate|"
        r"shame)(?:s|d|ed|ing)?\s+me\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "global-verdict.cannot-even",
        r"\b(?:{you}|{name})\s+(?:can'?t|cannot|couldn'?t|won'?t|don'?t|didn'?t)\s+even\s+(?!"
        r"(?:tell|need|have|has|got|notice\s+(?:it|the))\b)\w+|\ball\s+(?:you|u|{name})\s+(?:ever\s+)?(?:do|does|did)\s+is\b|"
        r"\b(?:{you}|{name})\s+(?:just\s+)?(?:don'?t|never)\s+(?:even\s+)?(?:listen|get\s+it|"
        r"make\s+(?:me|us|time\s+for\s+(?:me|us))\s+(?:a\s+)?priority)\b|"
        r"\bI\s+can'?t\s+(?:ever\s+)?(?:rely|count|depend)\s+on\s+(?:you|u|{name})\b|"
        r"\b(?:{you}(?:'ve|\s+have)?|{name}(?:'s|\s+has)?)\s+been\s+[^.?!]{0,30}?\ball\s+(?:night|"
        r"day|evening|weekend|week|morning)\b|,\s*(?:do|did|have|are)\s+(?:you|u)\s*\?\s*$|"
        r"\bnot\s+for\s+the\s+better\b",
        unless=_PLAYFUL
        + r"|"
        + _JOY
        + r"|\b(?:helpful|kind|sweet|patient|brilliant|lovely|so\s+good|working\s+so\s+hard)\b",
        unless_scope="message",
    ),
    _p(
        "global-verdict.think-you-are",
        r"\b(?:{you}|{name})\s+(?:really\s+)?think\s+(?:you'?re|you\s+are|ur)\s+(?:so\s+)?(?:smart|"
        r"clever|funny|better|special|perfect|right|above|so\s+great|god'?s\s+gift)\b|"
        r"\bI\s+can'?t\s+stand\s+(?:being\s+(?:around|with|near)\s+)?(?:you|u)\b|"
        r"\bwhat\s+kind\s+of\s+(?:father|mother|dad|mum|mom|parent|friend|husband|wife|son|"
        r"daughter)\s+\w+|\b(?:don'?t|do\s+not)\s+be\s+(?:so\s+|such\s+an?\s+|that\s+)?(?:"
        + _TRAIT
        + r")\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="A label pins a trait on them, so they tend to defend who they are instead of "
        "hearing what happened.",
        suggestion='Describe what happened instead of who they are: "When the dishes were '
        'left tonight, I felt tired and alone with it."',
    ),
    _p(
        "accusing-question.what-they-did",
        r"\bwhy\s+(?:were|are|did|do|have)\s+(?:you|u|{name})\s+(?:\w+\s+){0,2}?(?:texting|"
        r"talking\s+to|messaging|seeing|calling|meeting|with|liking|following|flirting|"
        r"hanging\s+out)\b|\bhave\s+(?:you|u|{name})\s+(?:already\s+|really\s+|seriously\s+)?"
        r"forgotten\b|\bhow\s+(?:hard|difficult)\s+(?:is|was|can)\s+it\s+(?:be\s+)?(?:to|for\s+"
        r"(?:you|u)\s+to)\s+(?:just\s+)?(?:put|take|clean|pick|close|turn|wash|load|empty|hang|"
        r"throw|help|tidy|wipe|flush|shut|switch|do\s+(?:the|your|one|a)|be\s+(?:on\s+time|"
        r"nice|decent|polite))\b",
        unless=_PLAYFUL + r"|\b(?:love|adore|amazing|congrat|so\s+happy|proud)\b",
        unless_scope="message",
    ),
    _p(
        "surveillance.checking",
        r"^\s*who\s+(?:is|was|'s)\s+(?:she|he|that|this|her|him)\s*\?|\b(?:are|were)\s+(?:you|u)\s+"
        r"(?:still\s+)?with\s+(?:her|him|them|your\s+ex)\s*\?|\bwhere\s+are\s+(?:you|u)\s+"
        r"(?:right\s+now|now)\s*\?|\bwho\s+are\s+(?:you|u)\s+with\s+(?:right\s+now|now)\b|"
        r"\b(?:send|share|turn\s+on)\s+(?:me\s+)?(?:your|ur)\s+location\b|\bunlock\s+(?:your|ur)\s+"
        r"phone\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "ultimatum.stonewall",
        r"\bI(?:'m|\s+am)\s+not\s+(?:going\s+to|gonna)\s+(?:argue|talk|discuss|fight|do\s+this)\b|"
        r"\btalk\s+to\s+the\s+hand\b|^\s*get\s+out\b|\b(?:pointless|useless|no\s+point)\s+(?:in\s+)?"
        r"(?:talking|trying|arguing)\s+(?:to|with)\s+(?:you|u)\b|\bI(?:'ll|\s+will)\s+make\s+"
        r"(?:you|u)\s+(?:pay|regret|sorry)\b|\b(?:{youre})\s+not\s+(?:leaving|going\s+anywhere|"
        r"wearing)\b|\bI(?:'m|\s+am)\s+(?:so\s+)?(?:sick|tired|fed\s+up)\s+and\s+tired\s+of\b|"
        r"\bI\s+shouldn'?t\s+(?:have|need)\s+to\b",
        unless=_PLAYFUL
        + r"|\b(?:while|until|unless|when)\s+(?:you|we|u)\b|\bcalm(?:ly|er)?\b|\bready\b",
        unless_scope="message",
        why="Shutting the talk down, or ending things as a protest, says the hurt sideways; "
        "it tends to push away the person you want closer.",
        suggestion="Ask for a pause, not an ending: \"I'm too upset to talk well right now. "
        'Can we come back to this tonight?"',
    ),
    _p(
        "defensiveness.counter",
        r"\bthat'?s\s+not\s+(?:how|what)\s+(?:it|that)\s+happened\b|\band\s+(?:you|u)\s+know\s+it\b|"
        r"\blighten\s+up\b|\b(?:it\s+was|I\s+was|I'?m)\s+(?:just|only)\s+(?:a\s+)?jok(?:e|ing)\b|"
        r"\b(?:you|u)\s+take\s+(?:everything|things|it|stuff)\s+(?:so\s+|too\s+|way\s+too\s+)?"
        r"personally\b|\b(?:you|u)\s+(?:did|started)\s+it\s+first\b|\b(?:{youre})\s+one\s+to\s+"
        r"talk\b|\blook\s+who'?s\s+talking\b|\bat\s+least\s+I\s+(?:don'?t|didn'?t|do|did|am|'m|"
        r"have|never|bother|try)\b|\bdon'?t\s+(?:even\s+)?start\b(?!\s+(?:without|the|on|dinner|"
        r"eating|yet))|\bwho\s+(?:said|told)\s+(?:you|u)\s+(?:could|can|that\s+you\s+could)\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "demand.obey",
        r"\b(?:you'?ll|you\s+will|you'?re\s+going\s+to)\s+do\s+(?:what|as)\s+I\s+(?:say|tell)\b|"
        r"\bI\s+(?:decide|choose)\s+(?:who|what|where|when)\s+(?:you|u)\b|\bdelete\s+(?:his|her|"
        r"their|that|your\s+ex'?s)\s+(?:number|contact|account|photos?|messages?|pictures?)\b|"
        r"\badmit\s+it\b|\bprove\s+(?:(?:to\s+me\s+)?(?:that\s+)?(?:you|u)\s+(?:love|care|want)|"
        r"it\b)",
        unless=_PLAYFUL,
        unless_scope="message",
        why="This tells them what to do, or what they may not do; a request they can say yes "
        "or no to tends to be heard better.",
        suggestion='Say what you feel and ask: "I get anxious about this; could we talk '
        'about what would help us both?"',
    ),
    _p(
        "ultimatum.guilt",
        r"\bI\s+gave\s+(?:you|u)\s+(?:the\s+best|everything|my\s+(?:life|youth|best))\b|"
        r"\bI\s+guess\s+I(?:'ll|\s+will)\b|\bI'?ll\s+just\s+(?:sit|stay|wait|eat|be)\s+(?:here|"
        r"alone|home|by\s+myself|on\s+my\s+own)\b|\bI'?m\s+used\s+to\s+it\s*[.!…]*\s*$|\bdon'?t\s+mind\s+me\s*"
        r",?\s+I'?m\s+(?:only|just)\b|\b(?:I'?m|I\s+am)\s+only\s+your\s+(?:wife|husband|partner|"
        r"girlfriend|boyfriend)\b|\bI(?:'m|\s+am)\s+not\s+(?:talking|speaking)\s+to\s+(?:you|u)\b|"
        r"^\s*(?:just\s+)?(?:leave|go|get\s+out)\s*[.!]*\s*$|\bI(?:'ll|\s+will|'m|\s+am)\s+"
        r"(?:leave|leaving|be\s+gone|done|breaking\s+up\s+with\s+you|end\s+(?:it|this))\s+if\s+"
        r"(?:you|u)\b|^\s*(?:oh\s+)?(?:great|perfect|wonderful|fantastic|brilliant|lovely|nice|"
        r"wow|gee)\s*[,.!]+\s*(?:(?:you|so|now|another|just)\b|thanks\s+for\s+(?:the|your|all|"
        r"nothing))",
        unless=_CONSIDERATE,
        unless_scope="message",
        why="Guilt and protest say the hurt sideways; they tend to bring defence or distance, "
        "and the wish underneath goes unheard.",
        suggestion="Say the wish directly: \"I was hoping we'd have dinner together tonight; "
        'I miss you."',
    ),
    _p(
        "global-verdict.at-all",
        r"\bin\s+(?:your|ur)\s+eyes\b|\b(?:it'?s|it\s+is|everything'?s|everything\s+is)\s+always\s+"
        r"about\b|\b(?:{you}|{name})\s+(?:don'?t|never|didn'?t|do\s+not)\s+(?:\w+\s+){1,2}?at\s+"
        r"all\s*[.!?]*\s*$|\b(?:{you}|{name})\s+never\s+help\b|\bfull\s+of\s+"
        r"yourself\b|\bplease\s+don'?t\s+be\s+(?:mad|angry|upset|annoyed|cross)\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "global-verdict.so-trait",
        # "you're so predictable", "such a drama queen": an intensified trait is a label
        # unless the trait is warm
        r"\b(?:{youre}|{you}\s+(?:are|were|sound|seem|look|act|get)|{name}\s+is)\s+(?:(?:being|"
        r"acting|just|really|always|sounding)\s+)?(?:so|such\s+an?|too|soo+|very|really\s+so|"
        r"such|being\s+(?:so|such\s+an?))\s+(?!(?:" + _WARM_TRAIT + r")\b)[a-z][\w-]+|"
        r"\b(?:{youre})\s+(?:acting|being|behaving|sounding|talking)\s+(?:just\s+)?like\s+(?:a|an|"
        r"your|my|some)\b(?!\s+(?:pro|champ|star|legend|boss|kid\s+(?:at|on)))|"
        r"\b(?:something(?:'s|\s+is)|what(?:'s|\s+is))\s+(?:really\s+)?wrong\s+with\s+(?:you|u)\b|"
        r"\b(?:you|u)\s+(?:have|'ve\s+got|got)\s+(?:a\s+(?:real\s+|serious\s+)?problem|(?:some\s+)?"
        r"(?:serious\s+)?issues)\b|\b(?:you|u)\s+need\s+(?:therapy|a\s+therapist|to\s+get\s+help|"
        r"a\s+doctor|your\s+head\s+(?:checked|examined))\b|"
        r"\b(?:are|r)\s+(?:you|u)\s+(?:\w+\s+)?(?:deaf|blind|stupid|dumb|thick|an\s+idiot|insane|"
        r"crazy|mental|kidding|simple)\b(?!\s+(?:about\s+the|excited|happy))|"
        r"\bdo\s+I\s+look\s+like\s+(?:your|a|an)\b|\bI(?:'m|\s+am)\s+not\s+your\s+(?:maid|mother|mom|"
        r"mum|slave|servant|secretary|therapist|babysitter|dad|father|nanny|cleaner|personal|"
        r"butler|cook|alarm\s+clock)\b|\btired\s+of\s+being\s+(?:your|the)\b|"
        r"\b(?:the\s+)?(?:dumbest|stupidest|most\s+ridiculous|most\s+pathetic)\s+(?:thing|idea|"
        r"excuse)\b|\bnothing\s+I\s+(?:do|say|did)\s+is\s+(?:ever\s+)?(?:good\s+enough|right|"
        r"enough)\b|\bI\s+can\s+never\s+(?:make|please|satisfy)\s+(?:you|u)\b|"
        r"\b(?:{youre})\s+never\s+(?:satisfied|happy|content|pleased|wrong)\b",
        unless=_PLAYFUL + r"|\b(?:love|adore|proud|lucky|cute|sweet|thank)\w*\b",
        unless_scope="message",
        why="A label pins a trait on them, so they tend to defend who they are instead of "
        "hearing what happened.",
        suggestion='Describe what happened instead of who they are: "When the dishes were '
        'left tonight, I felt tired and alone with it."',
    ),
    _p(
        "defensiveness.keep-out",
        r"\b(?:none\s+of|mind)\s+(?:your|ur)\s+(?:own\s+)?business\b|\bstay\s+out\s+of\s+(?:it|"
        r"this|my)\b|\bnobody\s+asked\s+(?:you|u|for\s+your)\b|\bI\s+(?:don'?t|do\s+not)\s+(?:need|"
        r"have)\s+to\s+explain\s+(?:myself|anything|my)\b|\bget\s+off\s+my\s+(?:back|case)\b|"
        r"(?:^|(?<=[.!?,]\s))back\s+off\b|\b(?:it'?s|that'?s|it\s+is)\s+my\s+(?:money|life|phone|"
        r"business|choice|decision|body|time)\b(?=[^.?!]*(?:[.!]|$|I'?ll|I\s+can))|\bI\s+"
        r"deserve\s+to\s+(?:relax|have|do|go|be)\b|\bI(?:'m|\s+am)\s+allowed\s+to\b|\b(?:smothering|"
        r"suffocating|stifling)\s+me\b|\bI\s+swear\s+(?:nothing|I\s+(?:didn'?t|never|wasn'?t)|"
        r"it'?s\s+not|she'?s|he'?s)\b|\b(?:a\s+(?:million|hundred|thousand)|so\s+many|how\s+"
        r"many)\s+times\b(?=[^.?!]*\b(?:sorry|apologi[sz]ed|told\s+you|said)\b)|\bI(?:'ve|\s+have)\s+"
        r"apologi[sz]ed\s+(?:a\s+)?(?:million|hundred|thousand|so\s+many|enough|already)\b|"
        r"\b(?:just\s+)?let\s+it\s+go\b(?=[^.?!]*(?:\?|$))|\b(?:living|stuck)\s+in\s+the\s+past\b|"
        r"\bbring(?:ing)?\s+up\s+the\s+past\b|\bmove\s+on\s+already\b|\bget\s+over\s+it\s+already\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "worth-check.tell-me-again",
        r"\bare\s+(?:you|u)\s+sure\s+(?:you'?re|you\s+are|ur|u\s+r)\s+not\s+(?:mad|angry|upset|"
        r"annoyed|leaving|bored|done)\b|\btell\s+me\s+(?:again\s+(?:that\s+)?(?:you|u)\s+(?:still\s+)?|"
        r"(?:that\s+)?(?:you|u)\s+still\s+)(?:love|want|need|like)\s+me\b|\b(?:you|u)\s+(?:do\s+)?(?:still\s+)?(?:love|want|like)\s+"
        r"me\s*,?\s+(?:right|don'?t\s+you|yeah)\s*\?",
    ),
    _p(
        "retraction.over-apology",
        r"\bsorry\s+(?:for|about)\s+(?:the|this|my|all\s+the)\s+(?:long|late|random|stupid|dumb|"
        r"silly|many|endless)?\s*(?:text|message|rant|question|ramble|essay|novel|msgs?|texts|"
        r"messages|questions)\b|\bsorry\s+to\s+(?:ask|text|message|bug)\s+(?:you\s+)?again\b|"
        r"\bsorry\s+(?:that\s+)?I(?:'m|\s+am)\s+(?:always\s+)?(?:so|too)\s+(?:much|needy|annoying|"
        r"clingy|difficult|sensitive)\b|\bsorry\s*,?\s+I(?:'m|\s+am)\s+(?:probably\s+|just\s+|"
        r"prob\s+)?(?:overthinking|being\s+(?:silly|stupid|dumb|paranoid|dramatic|weird))\b",
    ),
    _p(
        "ultimatum.resigned",
        r"^\s*(?:I'?m\s+not\s+surprised|here\s+we\s+go|there\s+you\s+go\s+again|of\s+course|"
        r"figures)\s*[.!…]*\s*$|\b(?:you|u)(?:'ve|\s+have)?\s+made\s+your\s+choice\b|\bI'?ll\s+be\s+"
        r"fine\s+(?:alone|on\s+my\s+own|by\s+myself)\b|\bI\s+(?:want|need)\s+(?:you|u)\s+to\b"
        r"[^.?!]{0,40}?\b(?:right\s+now|immediately|this\s+instant|this\s+minute)\b|\b(?:{you}|"
        r"{name})\s+must\s+be\s+(?:home|back|here|there|ready)\s+by\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "demand.command",
        # a bare command about how they behave, or "now": "act like an adult", "use your
        # brain", "put your phone down", "come home now"
        r"(?:^|(?<=[.!?,]\s))(?:just\s+)?(?:turn|stop|give|tell|explain|hang|shut|listen|come\s+"
        r"(?:home|back\s+here)|get\s+(?:home|back\s+here|"
        r"over\s+here))\b[^.?!]{0,30}?\b(?:right\s+now|now|immediately|this\s+"
        r"(?:second|minute|instant))\s*[.!]*\s*$|\b(?:act|behave)\s+(?:like\s+(?:an?\s+)?(?:adult|"
        r"grown[\s-]?up|man|woman|it)|your\s+age)\b|\buse\s+your\s+(?:brain|head)\b|\bthink\s+"
        r"before\s+(?:you|u)\b|\blearn\s+(?:how\s+)?to\s+(?:listen|cook|drive|talk|communicate|"
        r"clean|count|read)\b|\bput\s+(?:your|the|that)\s+(?:\w+\s+)?(?:phone|game|controller|"
        r"laptop)\s+(?:down|away)\b|\b(?:{youre})\s+a\s+grown\s+(?:adult|man|woman)\b|"
        r"\b(?:{youre})\s+not\s+(?:going|leaving)\s+without\s+me\b",
        unless=_PLAYFUL
        + r"|\b(?:could|would|can)\s+(?:you|u|we)\b|\bplease\b|\bwhen\s+you\s+can\b|\bno\s+rush\b|"
        r"\bif\s+you\b",
        unless_scope="message",
    ),
    _p(
        "global-verdict.used-to",
        r"\b(?:{you}|{name})\s+used\s+to\s+(?:care|try|listen|love\s+me|want\s+me|make\s+(?:time|"
        r"an\s+effort)|be\s+(?:nice|fun|kind|romantic|different|better|so\s+\w+)|notice|ask)\b|"
        r"\b(?:{you}|{name})\s+(?:don'?t|never|didn'?t)\s+(?:make|put\s+in)\s+(?:any|an|the)\s+"
        r"effort\b|\b(?:this|our)\s+(?:relationship|marriage)\s+is\s+(?:a\s+joke|a\s+sham|dead|"
        r"pointless|a\s+mess|a\s+waste)\b|\b(?:{you}|{name})(?:'ll|\s+will)\s+never\s+(?:change|"
        r"learn|grow\s+up|get\s+it)\b|\bthat'?s\s+what\s+(?:you|u)\s+(?:said|say|always\s+say)\b|"
        r"\b(?:you|u)\b[^.?!]{0,80}?\bfor\s+once\b|\bI(?:'m|\s+am)\s+always\s+the\s+(?:bad\s+guy|villain|"
        r"problem|one\s+to\s+blame|last)\b|\baccording\s+to\s+(?:you|u)\b|\beverything\s+is\s+"
        r"(?:always\s+)?my\s+fault\b|\bplay(?:ing)?\s+the\s+victim\b|\b(?:it\s+)?(?:doesn'?t|"
        r"don'?t)\s+matter\s+what\s+I\s+(?:think|want|say|feel)\b|\bhow\s+(?:are|can)\s+(?:you|u)\s+"
        r"(?:this|so|that|be\s+so)\s+(?!(?:" + _WARM_TRAIT + r")\b)[a-z]\w+",
        unless=_PLAYFUL + r"|\b(?:loved|love|miss|adore|cute|sweet)\b",
        unless_scope="message",
    ),
    _p(
        "global-verdict.mock",
        r"^\s*poor\s+(?:you|baby|thing)\s*[.!]*\s*$|\bcry\s+me\s+a\s+river\b|\bboo\s*-?\s*hoo\b|"
        r"\b(?:great|nice|good|well\s+done|fantastic|brilliant)\s+(?:job|work)\s+(?:on\s+)?"
        + _HURT_DOING
        + r"|\b(?:{youre})\s+unreal\b",
        unless=_PLAYFUL,
        unless_scope="message",
        why="Contempt (mockery, disgust, a sneer) says they are beneath you; of everything "
        "said in a conflict it tends to do the most harm.",
        suggestion="Say the hurt under it: \"I'm really angry and hurt about this, and I "
        "need us to talk when we're calmer.\"",
    ),
    _p(
        "surveillance.calling",
        r"\bI(?:'ve|\s+have)\s+been\s+(?:calling|texting|messaging|ringing|trying\s+to\s+(?:reach|"
        r"call|get\s+hold\s+of))\s+(?:you|u)\s+(?:all\s+(?:night|day|evening|morning|afternoon)|"
        r"for\s+(?:hours|ages|days)|non-?stop)\b|\b(?:like|liked|comment(?:ed)?\s+on|follow(?:ed)?)"
        r"\s+(?:her|his|their|your\s+ex'?s)\s+(?:photo|post|pic|picture|status|story|selfie)s?\b|"
        r"^\s*who(?:'s|\s+is)\s+(?-i:[A-Z])[a-z]+\s*\?+\s*$",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "defensiveness.deflect",
        r"\bI\s+did\s+nothing\s+wrong\b|\bwhy\s+(?:would|should)\s+I\s+(?:apologi[sz]e|say\s+sorry)\b|"
        r"\b(?:it|that)\s+(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+my\s+fault\b|\b(?:you|u)\s+started\s+"
        r"it\b|\bI\s+(?:don'?t|do\s+not)\s+know\s+what\s+(?:you'?re|you\s+are|ur)\s+talking\s+about\b|"
        r"\b(?:{youre})\s+(?:just\s+)?overthinking\b|\b(?:that'?s|it'?s|that\s+is)\s+(?:your|ur)\s+"
        r"problem\b|^\s*(?:sure|yeah|right)\s*,\s*because\b",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "global-verdict.no-respect",
        r"\b(?:{you}|{name})\s+(?:have\s+no|(?:don'?t|do\s+not)\s+(?:have\s+any\s+)?)\s*respect\b|"
        r"\bdo\s+(?:one|a\s+single|any)\s+thing\s+right\b|\bhow\s+(?:"
        + _TRAIT
        + r")\s+(?:you|u)\s+"
        r"(?:are|'re|can\s+be)\b|\bbecause\s+of\s+(?:you|u)\s+(?:we|I|that|this|everything)\b|"
        r"\b(?:can|could|will|would)\s+(?:you|u)\s+(?:just\s+)?stop\s+\w+ing\b(?=[^.?!]{0,40}"
        r"(?:for\s+(?:one|a|once)|\?))",
        unless=_PLAYFUL,
        unless_scope="message",
    ),
    _p(
        "ultimatum.warning",
        r"\bwe(?:'re|\s+are)\s+(?:so\s+)?through\b|\bsee\s+what\s+happens\b|\bkeep\s+it\s+up\s+and\b|"
        r"\bI(?:'m|\s+am)\s+going\s+to\s+tell\s+(?:everyone|your\s+\w+)\b|\blet\s+me\s+see\s+(?:your|"
        r"ur)\s+(?:phone|messages|texts)\b|\b(?:{youre})\s+not\s+(?:seeing|talking\s+to)\s+(?:your|"
        r"him|her|them)\b|\bwould\s+(?:you|u)\s+(?:still\s+)?love\s+me\s+if\b|\bwhy\s+did\s+(?:you|u)\s+"
        r"(?:delete|hide|clear)\b",
        unless=_PLAYFUL,
        unless_scope="message",
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
        r"\bthat(?:'s|\s+is|s)\s+on\s+me\b|\bnot\s+you\b|\bthe\s+story\s+(?:I'?m|I\s+am)\s+"
        r"(?:telling\s+myself|making\s+up)\b|\bthe\s+story\s+in\s+my\s+head\b|\bI'?m\s+"
        r"(?:making\s+(?:it\s+)?up|telling\s+myself\s+(?:a\s+story|that))\b|\bmy\s+part\s+(?:in|of)\b|"
        r"\bI\s+can\s+see\s+my\s+part\b|\bmine\s+to\s+work\s+on\b|\bI(?:'m|\s+am)\s+working\s+on\s+"
        r"(?:it|that|this|myself)\b|\bI\s+was\s+wrong\b",
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
        r"(?:you|that)))|\bif\s+that'?s\s+(?:ok|okay|alright)\b|\bif\s+you\s+can\b|"
        r"\bwould\s+you\s+be\s+(?:willing|open)\b|\bare\s+you\s+open\s+to\b|\bhow\s+would\s+you\s+"
        r"feel\s+about\b|\bcould\s+we\s+try\b|\bwould\s+it\s+be\s+possible\b|\b(?:how|what)\s+"
        r"about\s+(?:we|if\s+we)\b|\bwhat\s+if\s+we\b|\blet'?s\s+(?:try|plan|find|figure|take)\b",
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

# When two findings touch the same words, the one named first here speaks for both: what
# the message asks for (a promise, a check, an ending) says more than how it is typed.
PRECEDENCE: tuple[str, ...] = (
    "certainty-demand",
    "worth-check",
    "mood-check",
    "ultimatum",
    "mind-reading",
    "handing-over",
    "global-verdict",
    "accusing-question",
    "thought-as-feeling",
    "story-word",
    "demand",
    "immediate-reply",
    "surveillance",
    "defensiveness",
    "retraction",
    "shouting",
    "urgency-punctuation",
)

# Grounded words in the same clause as a mirrored phrase are not credited: "when I needed
# you" inside "you're never there when I needed you" is not a specific moment, and "could
# you" inside "how could you" is not a request.
_CREDIT_NEEDS_A_CLEAN_CLAUSE = frozenset(
    {"specific-instance", "flexible-request", "feeling-word", "tentative", "appreciation"}
)


@dataclass(frozen=True)
class Finding:
    """A pressure pattern found in the text: one per family, with every place it occurs.

    Findings that touch the same words are merged into one; `also` names the families
    that were merged into it (their words are among its spans)."""

    rule: str  # the id of the first rule that matched
    family: str
    match: str
    spans: tuple[Span, ...]
    why: str
    suggestion: str
    earlier: tuple[datetime, ...] = ()
    also: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return FAMILIES[self.family].label

    @property
    def families(self) -> tuple[str, ...]:
        return (self.family, *self.also)


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
    wish: Wish | None = None  # what a flagged message asks for, and its grounded form

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


@dataclass(frozen=True)
class _Prepared:
    """A rule with its placeholders filled in and its expressions compiled."""

    rule: Rule
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_before: re.Pattern[str] | None


@cache
def _prepared(partner_name: str | None) -> tuple[_Prepared, ...]:
    prepared = []
    for rule in RULES:
        flags = 0 if rule.case_sensitive else re.IGNORECASE
        unless = None if rule.unless is None else _fill(rule.unless, partner_name)
        before = None
        if rule.unless_before is not None:
            before = re.compile(rf"(?:{_fill(rule.unless_before, partner_name)})\s*$", flags)
        prepared.append(
            _Prepared(
                rule,
                re.compile(_fill(rule.pattern, partner_name), flags),
                None if unless is None else re.compile(unless, flags),
                before,
            )
        )
    return tuple(prepared)


class _Clauses:
    """The clause around any span of one text, found by bisecting its boundaries."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_CLAUSE_BOUNDARY.finditer(text))
        self.starts = [b.start() for b in found]
        self.ends = [b.end() for b in found]

    def bounds(self, start: int, end: int) -> Span:
        # the last boundary ending at or before `start`, the first starting at or after `end`
        i = bisect_right(self.ends, start)
        left = self.ends[i - 1] if i else 0
        j = bisect_left(self.starts, end)
        right = self.starts[j] if j < len(self.starts) else len(self.text)
        return left, max(right, end)

    def numbers(self, start: int, end: int) -> range:
        """The clauses (counted from 0) that a span touches."""
        return range(
            bisect_right(self.ends, start), bisect_right(self.ends, max(start, end - 1)) + 1
        )

    def around(self, start: int, end: int) -> str:
        left, right = self.bounds(start, end)
        return self.text[left:right]

    def before(self, start: int) -> str:
        """The clause up to `start`: where a subject or a "when" would stand."""
        left, _ = self.bounds(start, start)
        return self.text[left:start]


def _normalise(text: str) -> str:
    """Typographic apostrophes as plain ones, keeping every character's position."""
    return text.translate({0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x00B4: "'", 0x0060: "'"})


def _hits(text: str, partner_name: str | None) -> list[_Hit]:
    plain = _normalise(text)
    clauses = _Clauses(plain)
    hits: list[_Hit] = []
    for prepared in _prepared(partner_name):
        rule = prepared.rule
        spared: bool | None = None  # for the whole message, decided once
        for found in prepared.pattern.finditer(plain):
            if found.end() == found.start():
                continue
            if prepared.unless is not None:
                if rule.unless_scope == "message":
                    if spared is None:
                        spared = prepared.unless.search(plain) is not None
                    if spared:
                        break
                elif prepared.unless.search(clauses.around(found.start(), found.end())):
                    continue
            start, end = found.start(), found.end()
            while end > start and plain[end - 1].isspace():
                end -= 1
            while start < end and plain[start].isspace():
                start += 1
            if prepared.unless_before is not None and prepared.unless_before.search(
                clauses.before(start)
            ):
                continue
            hits.append(_Hit(rule, start, end))
    pressure = [h for h in hits if h.rule.kind == "pressure"]
    flagged_clauses = {n for h in pressure for n in clauses.numbers(h.start, h.end)}
    spans = sorted((h.start, h.end) for h in pressure)
    starts = [a for a, _ in spans]
    ends_so_far: list[
        int
    ] = []  # the furthest end of any pressure span starting at or before each start
    for _, b in spans:
        ends_so_far.append(max(b, ends_so_far[-1]) if ends_so_far else b)

    def credited(hit: _Hit) -> bool:
        if hit.rule.kind == "pressure":
            return True
        # words inside a mirrored phrase are not praised: the "thanks" in "thanks for
        # ruining my birthday" is not appreciation
        i = bisect_right(starts, hit.start)
        if i and ends_so_far[i - 1] >= hit.end:
            return False
        if hit.rule.family in _CREDIT_NEEDS_A_CLEAN_CLAUSE:
            return flagged_clauses.isdisjoint(clauses.numbers(hit.start, hit.end))
        return True

    return [h for h in hits if credited(h)]


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


def _findings(text: str, hits: list[_Hit]) -> list[Finding]:
    """One finding per family, every place it occurs; hits of different families on the
    same words (or running straight into each other, "answer me!!!") are one place, named
    by the family that comes first in PRECEDENCE, with the others in `also`."""
    rank = {name: i for i, name in enumerate(PRECEDENCE)}
    places: list[list[_Hit]] = []
    reach = -1  # where the words of the last place end
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        if places and hit.start <= reach:
            places[-1].append(hit)
        else:
            places.append([hit])
        reach = max(reach, hit.end) if len(places[-1]) > 1 else hit.end
    by_family: dict[str, list[tuple[list[_Hit], _Hit]]] = {}
    for place in places:
        lead = min(place, key=lambda h: (rank.get(h.rule.family, len(rank)), h.start))
        by_family.setdefault(lead.rule.family, []).append((place, lead))
    findings: list[Finding] = []
    for family, found in by_family.items():
        found.sort(key=lambda pair: min(h.start for h in pair[0]))
        place, lead = found[0]
        spans = merge_spans((h.start, h.end) for p, _ in found for h in p)
        also = tuple(
            dict.fromkeys(h.rule.family for p, _ in found for h in p if h.rule.family != family)
        )
        start = min(h.start for h in place) if also else lead.start
        end = max(h.end for h in place) if also else lead.end
        findings.append(
            Finding(
                lead.rule.id,
                family,
                text[start:end],
                spans,
                lead.rule.why,
                lead.rule.suggestion,
                also=also,
            )
        )
    findings.sort(key=lambda f: f.spans[0])
    return findings


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
    kept = _by_family(_hits(text, partner_name))
    flags = _findings(
        text, [h for found in kept.values() for h in found if h.rule.kind == "pressure"]
    )
    grounded: list[Signal] = []
    for family, found in kept.items():
        first = found[0]
        if first.rule.kind == "grounded":
            spans = tuple((h.start, h.end) for h in found)
            grounded.append(Signal(first.rule.id, family, text[first.start : first.end], spans))
    grounded.sort(key=lambda g: g.spans[0])
    asked = [f for f in flags if REASSURANCE_FAMILIES.intersection(f.families)]
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
    pressure = frozenset(name for f in flags for name in f.families)
    wish = None
    if flags:
        rank = {name: i for i, name in enumerate(PRECEDENCE)}
        leading = min(flags, key=lambda f: (rank.get(f.family, len(rank)), f.spans[0]))
        wish = wishes.read(_normalise(text), pressure, leading.suggestion)
    families = pressure | frozenset(g.family for g in grounded)
    return CheckResult(text, tuple(flags), tuple(grounded), families, wish)


def _families(text: str, partner_name: str | None) -> frozenset[str]:
    return frozenset(h.rule.family for h in _hits(text, partner_name) if h.rule.kind == "pressure")
