"""The message check: the rules as data, the engine, and its quality on a corpus.

The corpus below was written for this purpose, as people text (lower case, typos,
emoji, missing apostrophes), BEFORE the rules; the rules were written from the
families in PRODUCT.md section 6. Because the same person wrote both, the corpus
score is an optimistic figure. Two more sets were written afterwards: DEVELOPMENT
(its misses were used to broaden the rules by kind of phrasing, never per sentence)
and HELD_OUT (written last, measured once, never used to change a rule). HELD_OUT is
the honest estimate of how the mirror does on phrasing it has not seen; see
docs/sharing.md.

Borderline decisions (also in docs/sharing.md):
- "promise me you'll rest tonight" is care for the partner, not a demand for certainty
  about the relationship: not flagged. "promise me you won't leave" is.
- "you need to try this cake" is a recommendation, not a demand: not flagged.
- "are you ok? you sounded tired" asks after the partner, not about their mood
  towards the writer: not a mood check. "are you mad at me" is.
- "!!!" with joy ("happy birthday!!!") is not urgency; "call me back!!!" is. A bare
  "??" ("did you see the game last night??") is flagged: the mirror cannot tell
  excitement from alarm there, and says so gently.
- "I felt left out" uses a story word, so it is mirrored even in a kind message.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steady.language import message_rules as mr
from steady.language.message_rules import check

# -- the corpus (written before the rules) ---------------------------------------------------

PRESSURE: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(families.split()))
    for text, families in (
        ("why didn't you text me back??", "accusing-question urgency-punctuation"),
        ("you never have time for me anymore", "global-verdict"),
        ("are you mad at me", "mood-check"),
        ("do you still love me? i need to know", "worth-check certainty-demand"),
        ("promise me you won't leave", "certainty-demand"),
        ("ANSWER YOUR PHONE", "shouting immediate-reply"),
        (
            "I can see you're online. so you just don't want to talk to me",
            "surveillance mind-reading",
        ),
        ("it's been 4 hours and nothing", "surveillance"),
        ("fine. forget it.", "ultimatum"),
        ("you obviously don't care", "mind-reading"),
        ("I feel ignored", "story-word"),
        ("i feel like you don't even want to be with me anymore", "thought-as-feeling"),
        ("you make me feel so insecure when you do that", "handing-over"),
        ("you need to call me tonight.", "demand"),
        ("sorry for being so annoying 🙈 nvm", "retraction"),
        ("hello??? are you there", "urgency-punctuation immediate-reply"),
        ("why do you always do this", "accusing-question global-verdict"),
        ("u left me on read again. cool.", "surveillance"),
        ("did i do something wrong? you seem off", "mood-check"),
        ("am i too much for you", "worth-check"),
        ("tell me we're ok. please. i can't sleep until you do", "certainty-demand"),
        ("call me back right now", "immediate-reply"),
        ("I've called you 6 times!!!", "surveillance urgency-punctuation"),
        ("whatever. have fun with your friends i guess", "ultimatum"),
        ("you're pulling away from me, i can feel it", "mind-reading"),
        ("i feel so rejected rn", "story-word"),
        ("I feel like you'd rather be anywhere else than with me", "thought-as-feeling"),
        ("its your fault i'm like this", "handing-over"),
        ("you have to stop doing this to me", "demand"),
        ("ignore me, i'm being dramatic", "retraction"),
        ("Sam, why would you say that to me in front of everyone", "accusing-question"),
        ("you're always on your phone when we're together", "global-verdict"),
        ("r u angry with me? 😟", "mood-check"),
        ("do you even care about us", "worth-check"),
        ("if you don't answer in the next ten minutes we're done", "ultimatum"),
        ("WHY ARE YOU DOING THIS", "shouting accusing-question"),
        ("i know you saw my message. you were active 5 min ago", "surveillance"),
        ("dont bother coming over tonight", "ultimatum"),
        ("you're clearly bored of me", "mind-reading"),
        ("i feel abandoned every time you go on a trip", "story-word"),
        ("you made me cry again", "handing-over"),
        ("sorry i'm so needy lately, forget i said anything", "retraction"),
        ("why haven't you replied yet??", "accusing-question urgency-punctuation"),
        ("I need an answer now.", "immediate-reply"),
        ("is everything ok between us? you'd tell me right", "mood-check"),
        ("swear you're not talking to her anymore", "certainty-demand"),
        ("you should have told me you'd be late", "demand"),
        ("Nobody ever listens to me, least of all you", "global-verdict"),
        ("k.", "ultimatum"),
        ("you don't love me like you used to", "mind-reading"),
        ("i feel taken for granted", "story-word"),
        ("i saw you liked her photo but couldnt answer me?", "surveillance"),
        ("do you even miss me", "worth-check"),
        ("i'm probably overreacting, sorry, it's stupid", "retraction"),
        ("pick up!!", "immediate-reply"),
        ("you ALWAYS do this", "global-verdict shouting"),
        ("Are we okay?? I keep rereading your last text", "mood-check urgency-punctuation"),
        ("if you really loved me you would've come", "ultimatum"),
        ("you never say it first 💔", "global-verdict"),
        ("i feel unwanted when you go quiet", "story-word"),
        ("whr are you. its been 3 hrs", "surveillance"),
        ("you better not be out with him again", "demand"),
        ("why cant u just text back like a normal person", "accusing-question"),
        ("this is the third time you've forgotten. as usual.", "surveillance global-verdict"),
        ("y didnt u call me back 😡", "accusing-question"),
        ("ur obviously busy with someone better", "mind-reading"),
        ("pls just tell me ur not mad", "mood-check"),
    )
)

GROUNDED: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(signals.split()))
    for text, signals in (
        (
            "I noticed I've been in a more anxious headspace today. it's my old pattern, "
            "not something you did. no need to reply 💛",
            "self-observation ownership removing-pressure",
        ),
        ("you always make me laugh 😂", ""),
        ("I never want to forget this trip", ""),
        ("promise me you'll rest tonight, you've had a long week", ""),
        (
            "hey, feeling a bit anxious this evening. going for a walk and I'll be ok. love you",
            "feeling-word self-settling appreciation",
        ),
        ("thank you for listening yesterday, it meant a lot", "appreciation specific-instance"),
        (
            "when you left for work this morning without saying bye I felt a little hurt. "
            "probably just tired on my end. could we do a proper goodbye tomorrow if you're "
            "up for it?",
            "specific-instance feeling-word tentative flexible-request",
        ),
        (
            "my anxiety is loud today. I'm taking care of it, nothing you need to do",
            "ownership removing-pressure",
        ),
        (
            "i notice my chest is tight since lunch. gonna do some breathing and journal",
            "self-observation self-settling",
        ),
        (
            "would you be up for a call sometime this weekend? no rush",
            "flexible-request removing-pressure",
        ),
        (
            "I think I'm a bit lonely tonight. not your job to fix, just wanted you to know",
            "tentative feeling-word removing-pressure",
        ),
        (
            "I'm feeling insecure after the party, and I know that's an old story of mine. "
            "can we talk about it when you have time?",
            "feeling-word ownership flexible-request",
        ),
        ("enjoy your evening with the team! talk tomorrow", "removing-pressure"),
        ("you never fail to cheer me up", ""),
        ("you're always so thoughtful with gifts, thank you", "appreciation"),
        (
            "I got a bit wobbly when I didn't hear back, but I'm okay now. hope your day went well",
            "feeling-word",
        ),
        ("miss you already!!! can't wait for saturday", "appreciation"),
        ("happy birthday!!! 🎉🎉", ""),
        (
            "I'm sad about how our call ended last night. I'd like to try again when you're free",
            "feeling-word specific-instance flexible-request",
        ),
        (
            "maybe it's just my brain doing its thing, but I'm a bit uneasy. going to call my "
            "sister",
            "tentative ownership feeling-word self-settling",
        ),
        ("no need to answer, just sending love ❤️", "removing-pressure"),
        ("Sam, I appreciated how you handled the thing with your mum", "appreciation"),
        (
            "i'm noticing the old urge to check your location. i'm not going to, just naming it",
            "self-observation ownership",
        ),
        (
            "im feeling kinda restless tonight, think i'll read for a bit",
            "feeling-word self-settling",
        ),
        (
            "when we talked about moving, I felt scared. not asking you to change anything, "
            "I wanted to share it",
            "specific-instance feeling-word removing-pressure",
        ),
        (
            "can we plan a date night sometime next week? whenever works for you",
            "flexible-request removing-pressure",
        ),
        ("thanks for the coffee this morning ☕", "appreciation specific-instance"),
        (
            "I'm a little on edge after the meeting. I'll be home around 7 and probably need a "
            "quiet hour first",
            "feeling-word",
        ),
        (
            "I caught myself spiralling earlier. did some breathing and it eased",
            "self-observation",
        ),
        (
            "this is mine to hold, I just like you knowing what's going on with me",
            "ownership",
        ),
        ("hope the interview went well! no pressure to update me today", "removing-pressure"),
        ("i love how you always remember the small stuff", "appreciation"),
        ("I felt really close to you on sunday", "feeling-word"),
        (
            "if you have a minute tonight, I'd love a hug. if not, that's totally fine",
            "flexible-request removing-pressure",
        ),
        (
            "heads up: I'm in an anxious loop today. it's not about you. walking it off",
            "self-observation ownership",
        ),
        (
            "i'm worried about my exam tmrw, could you quiz me later if you have time?",
            "feeling-word flexible-request",
        ),
        ("we never run out of things to talk about 😊", ""),
        ("I'd love to hear about your trip whenever you're free", "flexible-request"),
        (
            "I know I get anxious when plans change last minute. I'm working on it. could we "
            "text a heads up next time, if that's okay?",
            "feeling-word ownership flexible-request",
        ),
        ("You never have to apologise for needing space", ""),
        (
            "are you ok? you sounded tired on the phone. here if you want to talk, no pressure",
            "removing-pressure",
        ),
        ("i feel grateful for you today", "feeling-word"),
        (
            "Sorry I snapped at you yesterday. That was my stress, not you. I'd like to make it "
            "up to you",
            "ownership",
        ),
        ("i'm going to put my phone away for a bit and take a bath 🛁", "self-settling"),
        ("feeling hopeful about us lately", "feeling-word"),
        ("it's been 2 years since we met and I still get butterflies", ""),
        (
            "I noticed I wanted to send you five texts. sending one instead: I miss you, and "
            "I'm ok",
            "self-observation",
        ),
        ("ok I'll be there at 8", ""),
        ("Whatever you choose for dinner is fine by me", ""),
        ("i just need to hear your voice sometime tomorrow, if you can", ""),
        ("why don't we get takeaway tonight?", ""),
        ("why didn't I think of that sooner 😂", ""),
        ("I never thought I'd say this but I love running", ""),
        ("stop making me laugh, I'm in a meeting 😂", ""),
        ("call me when you're done, no rush", "removing-pressure"),
        ("you need to try this cake", ""),
    )
)

# -- development set: written after the first rules; its misses broadened the rules ------------

DEVELOPMENT_PRESSURE: tuple[str, ...] = (
    "seriously?? you said you'd be home by 6",
    "wow ok. guess i'm not a priority",
    "how many times do i have to ask you to call when you're running late",
    "you've been on instagram all evening but can't text me back",
    "just tell me if you're losing interest",
    "i hate that you make me feel this way",
    "I feel like I'm always last on your list",
    "are you even listening to me",
    "do i mean anything to you at all",
    "PLEASE just answer",
    "you don't even try anymore",
    "i'm sorry for existing i guess",
    "you owe me an explanation",
    "where the hell are you",
    "I feel so disrespected right now",
    "i bet you're with your ex again",
    "typical. you forgot again",
    "if this is how it's going to be then maybe we shouldn't be together",
    "wow. cool. thanks for letting me know NOT",
    "r u ignoring me on purpose",
    "i need you to reassure me right now",
    "dont u dare hang up on me",
    "i've been waiting by the phone all night",
    "youre always too busy for me",
    "sorry im being so clingy today haha",
    "so you're just not going to reply? great",
    "must be nice to have so much free time for everyone except me",
    "I guess I'll just sit here then",
    "are u seeing someone else",
    "why is it always me who has to plan everything",
    "can you at least pretend to care",
    "u said u would call. u lied",
    "its 2am and you still havent texted",
    "i cant do this anymore if you keep ignoring me",
    "I feel so unappreciated in this relationship",
    "if you leave tonight don't come back",
    "can you just text me back PLEASE",
    "I'm such a burden, sorry",
    "do you even want to be with me or not",
    "stop lying to me",
    "you're so selfish",
    "what's so important that you can't answer one text",
    "i knew you'd do this",
    "you promised you'd be here",
    "omg why are you like this",
    "answer the question",
    "tell me the truth, are you still talking to her",
    "ok so i'm not important. got it.",
    "you had all day to call",
    "i need to know right now where you are",
    "i felt left out at lunch, and I think it's partly my old stuff. can we chat about it "
    "sometime?",
)

DEVELOPMENT_GROUNDED: tuple[str, ...] = (
    "had such a nice time tonight, thank you for dinner",
    "I'm feeling a bit raw after today. gonna have an early night",
    "could we talk about the holiday plans this weekend? no rush",
    "I noticed I got jealous when you mentioned her. that's my old stuff, and I wanted to be "
    "honest about it",
    "you always know what to say",
    "never change ❤️",
    "good luck with the presentation!!! you've got this",
    "are you free for a walk later?",
    "I'm proud of you",
    "I'll pick up groceries on the way home",
    "my stomach dropped a bit when you didn't reply, but I know you're in meetings. see you "
    "tonight",
    "I think I need a bit of reassurance tonight, if you have it to give. if not, I'll be ok",
    "it's not your fault, the train was late",
    "I'm grateful you told me how you felt",
    "let me know when you land, whenever is fine",
    "how was your day?",
    "I love that you always bring snacks",
    "I realised I've been quiet lately. it's just work stress, nothing between us",
    "can you send me the address when you get a chance",
    "feeling lonely tonight but calling my friend in a bit",
    "I hope you have a good time at the concert",
    "I'd really like more time together this month. could we look at our calendars on sunday?",
    "sorry, running 10 min late",
    "No worries at all, take all the time you need",
    "I got anxious earlier and wanted to text you a lot. I'm going to go for a run instead and "
    "check in after",
    "thinking of you today 💛",
    "I'm feeling a little fragile tonight, nothing you need to do, just wanted you to know",
    "do you want to get dinner on friday?",
    "I noticed I'm craving reassurance. I'm going to make some tea and sit with it",
    "you looked so happy at the party, it was lovely to see",
    "love you, sleep well",
    "I'm on my way, be there in 10",
    "I had a hard day and would love a cuddle later if you're up for it",
    "no stress if you can't make it tonight",
    "hope work wasn't too rough today",
    "I really enjoyed our walk this morning",
    "I'm so proud of how you handled that",
    "let's do something fun this weekend",
    "I'm a bit scared about the move, can we talk it through when you're home?",
    "I made soup, want some?",
    "running late, sorry! be there soon",
    "I know it's been a busy week for you. I'm here whenever",
    "I need some alone time tonight to recharge, nothing's wrong",
    "my mind keeps inventing stories today. I'm noticing it and letting them pass",
    "good morning sunshine ☀️",
    "I'd like us to spend more evenings without phones. what do you think?",
    "your mum called, call her back when you can",
    "did you see the game last night??",  # flagged: see the module docstring
    "I'm feeling calmer now, thanks for being patient with me earlier",
    "can't wait to see you tomorrow",
)

# -- held out: written last, measured once, never used to change a rule ------------------------

HELD_OUT_PRESSURE: tuple[str, ...] = (
    "I texted you at 5 and it's now 9. just saying",
    "you clearly have better things to do",
    "can't believe you'd do that to me",
    "answer me or I swear",
    "why do I even bother",
    "I'm not angry, I'm just disappointed in you. again.",
    "r we breaking up or what",
    "please please please just call me",
    "is she the reason you're so distant",
    "I feel like a joke to you",
    "whatever makes you happy I guess",
    "you have no idea how much you hurt me",
    "I'm always the last to know",
    "you couldn't even be bothered to say goodnight",
    "are you sure you still love me",
    "I don't know why I even try with you",
    "Hello???? earth to you",
    "thanks for ruining my birthday",
    "you never think about anyone but yourself",
    "I feel betrayed honestly",
    "i swear if you cancel again",
    "reply. now.",
    "what did you mean by 'fine'? are we ok or not",
    "I'm sorry I'm such a mess, ignore this",
    "you care more about your friends than me",
    "I have been checking my phone every 5 minutes because of you",
    "how hard is it to send one text",
    "you're going to break up with me aren't you",
    "dont even talk to me",
    "I saw your story. nice party",
)

HELD_OUT_GROUNDED: tuple[str, ...] = (
    "I noticed I felt a pang when you left. it passed. have a good one",
    "the garden looks amazing, you've worked so hard",
    "can we try the new ramen place sometime?",
    "I'm feeling pretty low today, going to take it slow",
    "thanks for understanding yesterday",
    "I love you, even when I'm grumpy",
    "what time are you back?",
    "my anxiety spiked this afternoon, I journaled and it helped",
    "I'd appreciate a heads up if plans change, whenever you can",
    "you are the kindest person I know",
    "sleep well, talk tomorrow",
    "just checking you got home ok",
    "I'm sorry I was short with you, that was my tiredness",
    "hope you're having fun with the crew!",
    "I feel a little nervous about meeting your parents",
    "do you need anything from the shop?",
    "I always feel better after we talk",
    "looking forward to saturday 🙂",
    "I'm in a wobbly place today but I'm taking good care of myself",
    "would you like to come to the gig with me next month?",
    "no reply needed, just thinking of you",
    "it's fine, honestly, I'll grab dinner on the way",
    "thank you for the flowers, they made my whole week",
    "I'd love some time just us this weekend if you're free",
    "my chest got tight when I saw the news, so I'm going for a walk",
    "I know I get jumpy when you travel. that's mine to work on",
    "you make me so happy",
    "call me if you want to chat later",
    "I miss you, see you friday",
    "good night ❤️ proud of you",
)

PRESSURE_FAMILIES_IN_PRODUCT = {
    "global-verdict",
    "accusing-question",
    "mood-check",
    "worth-check",
    "certainty-demand",
    "urgency-punctuation",
    "shouting",
    "immediate-reply",
    "surveillance",
    "ultimatum",
    "mind-reading",
    "story-word",
    "thought-as-feeling",
    "handing-over",
    "demand",
    "retraction",
    "repeated-check",
}
GROUNDED_FAMILIES_IN_PRODUCT = {
    "self-observation",
    "ownership",
    "feeling-word",
    "specific-instance",
    "removing-pressure",
    "self-settling",
    "flexible-request",
    "appreciation",
    "tentative",
}


def flagged(text: str) -> bool:
    return bool(check(text, partner_name="Sam").flags)


def families(text: str, partner_name: str | None = "Sam") -> set[str]:
    return {f.family for f in check(text, partner_name=partner_name).flags}


def scores(pressure: list[str], grounded: list[str]) -> tuple[float, float]:
    true_pos = sum(flagged(t) for t in pressure)
    false_pos = sum(flagged(t) for t in grounded)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    return precision, true_pos / len(pressure)


# -- quality -----------------------------------------------------------------------------------


def test_the_corpus_is_big_enough_and_covers_every_family():
    assert len(PRESSURE) >= 40 and len(GROUNDED) >= 40
    expected = set().union(*(f for _, f in PRESSURE))
    assert expected == PRESSURE_FAMILIES_IN_PRODUCT - {"repeated-check"}
    seen = set().union(*(s for _, s in GROUNDED))
    assert seen == GROUNDED_FAMILIES_IN_PRODUCT


def test_precision_and_recall_on_the_corpus(capsys):
    precision, recall = scores([t for t, _ in PRESSURE], [t for t, _ in GROUNDED])
    hits: dict[str, int] = {}
    totals: dict[str, int] = {}
    for text, expected in PRESSURE:
        got = families(text)
        for family in expected:
            totals[family] = totals.get(family, 0) + 1
            hits[family] = hits.get(family, 0) + (family in got)
    per_family = {f: hits[f] / totals[f] for f in sorted(totals)}
    family_recall = sum(hits.values()) / sum(totals.values())
    with capsys.disabled():
        print(
            f"\nmessage check, corpus ({len(PRESSURE)} pressure, {len(GROUNDED)} grounded): "
            f"precision {precision:.2f}, recall {recall:.2f}, family recall {family_recall:.2f}"
        )
        print("  per family: " + ", ".join(f"{f} {r:.2f}" for f, r in per_family.items()))
    assert precision >= 0.9
    assert recall >= 0.9
    assert family_recall >= 0.9
    assert all(r >= 0.75 for r in per_family.values()), per_family


def test_grounded_signals_are_recognised_in_the_corpus(capsys):
    expected = [(t, s) for t, s in GROUNDED if s]
    found = sum(s <= {g.family for g in check(t).grounded} for t, s in expected)
    with capsys.disabled():
        print(f"  grounded signals recognised: {found}/{len(expected)} messages")
    assert found / len(expected) >= 0.9


def test_precision_and_recall_on_the_development_set(capsys):
    precision, recall = scores(list(DEVELOPMENT_PRESSURE), list(DEVELOPMENT_GROUNDED))
    with capsys.disabled():
        print(
            f"  development set ({len(DEVELOPMENT_PRESSURE)}/{len(DEVELOPMENT_GROUNDED)}): "
            f"precision {precision:.2f}, recall {recall:.2f}"
        )
    assert precision >= 0.9
    assert recall >= 0.9


def test_held_out_messages_are_measured_honestly(capsys):
    """Phrasing the rules never saw. The mirror is precise but recognises only a part of
    new phrasings; this floor guards against getting worse, it is not a goal."""
    precision, recall = scores(list(HELD_OUT_PRESSURE), list(HELD_OUT_GROUNDED))
    with capsys.disabled():
        print(
            f"  held out ({len(HELD_OUT_PRESSURE)}/{len(HELD_OUT_GROUNDED)}): "
            f"precision {precision:.2f}, recall {recall:.2f}"
        )
    assert precision >= 0.9
    assert recall >= 0.2


# -- the rules as data -------------------------------------------------------------------------


def test_rules_are_data_with_unique_ids_and_words_for_every_pressure_rule():
    ids = [r.id for r in mr.RULES]
    assert len(ids) == len(set(ids))
    for rule in mr.RULES:
        assert rule.family in mr.FAMILIES
        assert rule.id.split(".")[0] == rule.family
        assert rule.kind == mr.FAMILIES[rule.family].kind
        if rule.kind == "pressure":
            assert rule.why.endswith(".") and rule.suggestion
            # the voice: no exclamation marks (quoting "!!!" is not one)
            assert "!" not in (rule.why + rule.suggestion).replace("!!!", "")
    with pytest.raises(AttributeError):
        mr.RULES[0].pattern = "x"  # type: ignore[misc]


def test_every_family_in_the_product_has_rules():
    pressure = {r.family for r in mr.PRESSURE_RULES} | {mr.REPEATED_CHECK.family}
    grounded = {r.family for r in mr.GROUNDED_RULES}
    assert pressure == PRESSURE_FAMILIES_IN_PRODUCT
    assert grounded == GROUNDED_FAMILIES_IN_PRODUCT


@pytest.mark.parametrize("name", [None, "Sam", "A.J. (the) [red]", "Zoë", "  "])
def test_every_pattern_compiles_with_any_partner_name(name):
    for rule, pattern, unless in mr._compiled(name):
        assert isinstance(pattern, re.Pattern), rule.id
        assert "{you" not in pattern.pattern and "{name}" not in pattern.pattern
        assert unless is None or isinstance(unless, re.Pattern)


# -- what the engine finds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you always make me laugh",
        "I never want to forget this trip",
        "you never fail to cheer me up",
        "promise me you'll rest tonight",
        "happy birthday!!!",
        "you make me feel so safe",
        "I LOVE YOU",
        "you need to try this cake",
        "why don't we get takeaway tonight?",
        "call me when you're done, no rush",
        "Whatever you choose for dinner is fine by me",
    ],
)
def test_positive_uses_are_not_flagged(text):
    assert check(text).flags == ()


def test_a_finding_has_the_words_why_and_a_grounded_alternative():
    text = "why didn't you text me back?? are you mad at me"
    result = check(text)
    assert [f.family for f in result.flags] == [
        "accusing-question",
        "urgency-punctuation",
        "mood-check",
    ]
    first = result.flags[0]
    assert first.match == "why didn't you"
    assert text[first.spans[0][0] : first.spans[0][1]] == first.match
    assert "defend" in first.why
    assert first.suggestion.startswith("Say what happened in you")
    assert result.flags[2].match == "are you mad at me"


def test_clauses_keep_a_warm_use_from_hiding_a_verdict():
    result = check("you always make me laugh but you never text back")
    assert [(f.family, f.match) for f in result.flags] == [("global-verdict", "you never")]


def test_every_place_a_family_occurs_is_marked():
    text = "you never call. you never ask. you always forget"
    (finding,) = check(text).flags
    assert [text[a:b] for a, b in finding.spans] == ["you never", "you never", "you always"]


def test_typographic_apostrophes_and_lower_case_are_read():
    result = check("why didn’t u text back")
    assert result.flags[0].match == "why didn’t u"  # the original characters are kept


def test_the_partner_s_name_is_recognised_only_when_set():
    assert families("Sam never listens to me", partner_name=None) == set()
    assert families("Sam never listens to me") == {"global-verdict"}
    assert families("why didn't Sam call") == {"accusing-question"}
    assert families("I can see Sam is online") == {"surveillance"}


def test_grounded_signals_are_listed_in_order():
    result = check("I noticed I'm anxious today. it's my old pattern. no need to reply")
    assert [g.family for g in result.grounded] == [
        "self-observation",
        "feeling-word",
        "ownership",
        "removing-pressure",
    ]
    assert result.flags == ()


# -- the same check again ----------------------------------------------------------------------

T = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)


def test_a_reassurance_check_asked_again_is_named():
    result = check("are you upset with me?", recent=[("do you still love me", T)])
    repeated = [f for f in result.flags if f.family == "repeated-check"]
    assert len(repeated) == 1
    assert repeated[0].earlier == (T,)
    assert repeated[0].match == "are you upset with me"
    assert "again" in repeated[0].why


def test_no_repetition_without_a_check_now_or_then():
    assert "repeated-check" not in {
        f.family for f in check("are you mad at me", recent=[("see you at 8", T)]).flags
    }
    assert "repeated-check" not in {
        f.family for f in check("I noticed I'm anxious", recent=[("are you mad at me", T)]).flags
    }


def test_the_engine_is_pure():
    recent = [("are you mad at me", T), ("are we ok", T + timedelta(hours=1))]
    first = check("are you angry?", recent=recent)
    assert first == check("are you angry?", recent=recent)
    assert first.flags[-1].earlier == (T, T + timedelta(hours=1))


# -- robustness --------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it(text):
    result = check(text, partner_name="Sam")
    found: list[tuple[tuple[tuple[int, int], ...], str]] = [
        (f.spans, f.match) for f in result.flags
    ] + [(g.spans, g.match) for g in result.grounded]
    for spans, match in found:
        for start, end in spans:
            assert 0 <= start < end <= len(text)
        start, end = spans[0]
        assert text[start:end] == match


def test_a_long_message_is_checked_quickly():
    text = ("why didn't you answer?? you always do this. " * 500)[:20_000]
    started = time.perf_counter()
    result = check(text, partner_name="Sam")
    assert time.perf_counter() - started < 3
    assert {f.family for f in result.flags} >= {"accusing-question", "global-verdict"}
