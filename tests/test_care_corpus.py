"""The care recogniser, measured on language nobody here wrote, and its matcher's rules.

The corpus in tests/corpora/care was gathered from public sources (each item names its
source, or says "written"; tests/corpora/care/SOURCES*.md list them) by helpers who never
saw the rules, and split once by a hash of the text, about 30% held out:

- development/: what the rules were tuned on from the start.
- development-2/: the first held-out part. Measured once, at the end of the first round
  (crisis 103/137, partner 46/87, everyday 111/117, partner everyday 52/55: the rules
  fitted their own examples far better than new ones), then used for development too.
- development-3/ and development-4/: gathered afresh after rounds 1 and 2 by helpers who
  saw neither the rules nor any other corpus; each measured once at the end of its round
  (figures below and in docs/care.md), then used for development.
- development-5/: gathered after round 3 the same way (as held-out-4/); measured once at the
  end of round 4, then used for development.
- development-6/: gathered after round 4 the same way (as held-out-5/); measured once at the
  end of round 5, then used for development.
- held-out-6/: gathered after round 5 the same way; measured once at the end of round 6.
  Its texts are never read to change a rule, nor to train the model.

The borderline files hold texts where reasonable readers disagree: they are not scored.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from steady.language import care_training, safety
from steady.language.safety import Concern, findings_in

CORPUS = Path(__file__).resolve().parent / "corpora" / "care"
SETS = ("crisis", "partner", "everyday", "partner-everyday")
EXPECT = {"self-harm": Concern.SELF_HARM, "fear-of-partner": Concern.FEAR_OF_PARTNER}


@cache
def items(split: str, name: str) -> tuple[dict[str, Any], ...]:
    path = CORPUS / split / f"{name}.jsonl"
    return tuple(json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())


@cache
def borderline() -> tuple[dict[str, Any], ...]:
    found: list[dict[str, Any]] = []
    for name in ("borderline", "borderline-partner"):
        path = CORPUS / f"{name}.jsonl"
        found += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return tuple(found)


def held_out(text: str) -> bool:
    """The one split, by the text alone."""
    return int(hashlib.sha256(text.strip().lower().encode()).hexdigest(), 16) % 10 < 3


def right(item: dict[str, Any]) -> bool:
    concerns = set(safety.concerns_in(item["text"]))
    if item["expect"] == "none":
        return not concerns
    return EXPECT[item["expect"]] in concerns


def score(split: str, name: str) -> tuple[int, int]:
    found = items(split, name)
    return sum(right(item) for item in found), len(found)


# -- the corpus itself ---------------------------------------------------------------------


def test_the_corpus_is_as_large_as_the_care_issue_asks():
    total = {name: sum(len(items(s, name)) for s in SPLITS) for name in SETS}
    assert total["crisis"] >= 300
    assert total["partner"] >= 100
    assert total["everyday"] + total["partner-everyday"] >= 200


DEVELOPMENT = care_training.DEVELOPMENT  # what the model is trained on, too
SPLITS = (*DEVELOPMENT, "held-out-6")


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("name", SETS)
def test_every_item_names_its_source_and_sits_in_its_split(split, name):
    for item in items(split, name):
        assert set(item) >= {"text", "expect", "sign", "source", "how"}, item
        source = item["source"]
        assert (
            source == "written"
            or source.startswith("http")
            or re.match(r"[\w.-]+/[\w.-]+:", source)
        )
        assert item["how"] in {"quoted", "adapted", "written"}
        if split in {"development", "development-2"}:  # the first split, by the hash
            assert held_out(item["text"]) == (split == "development-2")
        assert (item["expect"] == "none") == ("everyday" in name)


def test_no_text_is_in_the_corpus_twice():
    texts = [
        item["text"].strip().lower()
        for split in SPLITS
        for name in SETS
        for item in items(split, name)
    ] + [item["text"].strip().lower() for item in borderline()]
    assert len(texts) == len(set(texts))


def test_every_borderline_text_says_why_it_is_borderline():
    assert len(borderline()) >= 50
    for item in borderline():
        assert item.get("note"), item


# -- the development part: what the rules were tuned on ------------------------------------


@pytest.mark.parametrize("split", DEVELOPMENT)
def test_every_crisis_phrasing_in_development_is_caught(split):
    caught, total = score(split, "crisis")
    assert (caught, total) == (total, total)


@pytest.mark.parametrize("split", DEVELOPMENT)
def test_fear_of_a_partner_in_development_is_caught(split):
    caught, total = score(split, "partner")
    assert caught / total >= 0.95
    assert caught == total  # as measured at the end of the second round


@pytest.mark.parametrize("split", DEVELOPMENT)
@pytest.mark.parametrize("name", ["everyday", "partner-everyday"])
def test_no_everyday_text_in_development_brings_support(split, name):
    caught, total = score(split, name)
    assert caught == total


def test_held_out_texts_are_measured_once(capsys):
    """Phrasing the rules never saw. The floors sit at the figures measured once at the end
    of the care round (docs/care.md); they guard against a rule change making things worse,
    and are not a target to tune to."""
    figures = {name: score("held-out-6", name) for name in SETS}
    with capsys.disabled():
        print("\n  care, held out: " + ", ".join(f"{n} {c}/{t}" for n, (c, t) in figures.items()))
    for name, (caught, total) in figures.items():
        assert caught >= HELD_OUT_FLOORS[name] * total, name


# Each held-out set was measured once, then used for development (docs/care.md): round 2
# (development-3) crisis 135/181, partner 96/146, everyday 161/168, partner everyday 92/97;
# round 3 (development-4) crisis 216/245, partner 166/175, everyday 210/236, partner
# everyday 123/131; round 4 (development-5) crisis 218/248, partner 175/209, everyday
# 252/263, partner everyday 150/155; round 5 (development-6) crisis 223/270, partner
# 188/224, everyday 250/262, partner everyday 175/188. Round 6 (held-out-6): crisis
# 205/252, partner 201/210, everyday 249/252, partner everyday 160/168; the floors sit just
# under those.
HELD_OUT_FLOORS = {"crisis": 0.81, "partner": 0.95, "everyday": 0.98, "partner-everyday": 0.95}


# -- texts the mirror was built on never bring support ---------------------------------------


def test_the_message_mirror_corpora_bring_no_support():
    import tests.test_message_rules as corpora

    lists = [getattr(corpora, name) for name in dir(corpora) if name.isupper()]
    texts = [
        entry[0] if isinstance(entry, tuple) else entry
        for found in lists
        if isinstance(found, tuple)
        for entry in found
    ]
    texts = [t for t in texts if isinstance(t, str)]
    assert len(texts) > 1000
    assert [t for t in texts if safety.concerns_in(t)] == []


# -- the gates: a phrase is compiled only when its required words are there ----------------


def test_the_gates_are_current():
    from steady.language import care_gates
    from steady.language.prefilter import module_text

    current = module_text()
    assert (Path(care_gates.__file__).read_text("utf-8")) == current, (
        "python -m steady.language.prefilter > src/steady/language/care_gates.py"
    )


def test_the_gates_never_change_a_finding(monkeypatch):
    texts = [item["text"] for split in SPLITS for name in SETS for item in items(split, name)]
    texts += [item["text"] for item in borderline()]
    gated = [findings_in(t) for t in texts]
    compiled = safety._compiled()
    ungated = safety.Compiled(
        tuple(safety.Phrase(p.sign, p.written, ()) for p in compiled.phrases),
        tuple((figure, ()) for figure, _ in compiled.figures),
        compiled.slots,
        compiled.spelled_out,
        compiled.censored,
    )
    monkeypatch.setattr(safety, "_compiled", lambda: ungated)
    assert [findings_in(t) for t in texts] == gated


def test_the_model_weights_were_trained_on_the_current_corpus():
    import json as json_module

    from steady.language import care_training

    committed = json_module.loads(
        (Path(safety.__file__).parent / "care_weights.json").read_text("utf-8")
    )
    assert committed["fingerprint"] == care_training.fingerprint(care_training.load()), (
        "python -m steady.language.care_training > src/steady/language/care_weights.json"
    )


def test_training_is_deterministic_and_gives_the_committed_weights():
    from steady.language import care_training

    examples = care_training.load()
    models = [care_training.fit(examples, concern) for concern in care_training.CONCERNS]
    committed = (Path(safety.__file__).parent / "care_weights.json").read_text("utf-8")
    assert care_training.document(models, examples) == committed


def test_the_model_only_adds_and_names_itself():
    text = "every road i look down ends with me not being here, so why wait"
    (found,) = findings_in(text)
    assert (found.concern, found.sign) == (Concern.SELF_HARM, safety.OTHER_WORDS[Concern.SELF_HARM])
    assert found.match == text  # the sentence it read


def test_every_phrase_has_words_to_wait_for():
    from steady.language import care_gates

    assert all(care_gates.GATES) and all(care_gates.FIGURE_GATES)


# -- the matcher's rules, kind by kind ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "life isn't worth living without you",
        "I'd rather be dead than lose you",
        "I feel like dying",
        "I don't want to wake up tomorrow",
        "thinking about taking all my pills",
        "I wish I wasn't here anymore",
        "I want to die",
        "end it all",
        "kms",
        "I WANT TO DIE",
        "i don’t want to live like this",
    ],
)
def test_the_phrasings_the_first_version_missed(text):
    assert safety.concerns_in(text) == [Concern.SELF_HARM]


@pytest.mark.parametrize(
    "text",
    [
        "he throws things when he gets angry",
        "he checks my phone and won't let me see friends",
        "he hit me",
        "she threatened to take the kids if I leave",
        "he takes my paycheck and gives me an allowance",
        "i'm scared to go home tonight",
    ],
)
def test_signs_of_control_and_fear_of_a_partner(text):
    assert Concern.FEAR_OF_PARTNER in safety.concerns_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "I'd die for a coffee",
        "dying to see you",
        "I cut my hair",
        "I'm scared he'll leave",
        "afraid she's pulling away",
        "I'm so scared of him leaving me",
        "I'm not suicidal, just exhausted",
        "I would never hurt myself",
        "my phone died halfway through the call",
        "he threw a pillow at me 😂",
        "therapist asked if I've had thoughts of suicide and honestly no, not at all",
        "we argued about the dishes again",
        "I want to end this call and go to bed",
    ],
)
def test_figures_of_speech_negations_and_the_alarm_bring_nothing(text):
    assert safety.concerns_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "give me one reason not to kill myself",  # a reason "not to" is not a denial
        "i'm trying not to cut tonight",
        "the nurse asked if i want to die and i said yes",  # an answer of yes counts
        "he choked me lol",  # violence is never read as play
    ],
)
def test_what_only_looks_like_a_denial_or_a_joke_still_counts(text):
    assert safety.concerns_in(text)


def test_a_finding_quotes_the_words_as_they_were_typed():
    (found,) = findings_in("Honestly, I wish I wasnt here anymore.")
    assert found.concern is Concern.SELF_HARM
    assert found.match == "wish I wasnt here"  # as typed, not as normalised


def test_the_partners_name_is_read_as_the_partner():
    assert findings_in("Sam grabbed my wrist") == []  # no one named: Sam could be anyone
    (found,) = findings_in("Sam grabbed my wrist", partner_names=["Sam"])
    assert found.concern is Concern.FEAR_OF_PARTNER


def test_findings_come_once_each_in_a_stable_order():
    found = findings_in("he hit me", "i want to die", "i want to die, he hit me")
    assert [f.concern for f in found] == [Concern.SELF_HARM, Concern.FEAR_OF_PARTNER]
    assert len({f.sign for f in found}) == len(found)


# -- a new user's own phrasings (a trial in a real terminal, after the first tuning) --------
# Written by a helper trying steady as a new user (tests/corpora/care/trial.jsonl), not
# taken from the corpus; the rules were then broadened by kind. Development texts now.


def trial() -> list[dict[str, Any]]:
    path = CORPUS / "trial.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("item", trial(), ids=lambda item: item["text"][:40])
def test_a_new_users_own_phrasings(item):
    expected = {"fear-of-partner": [Concern.FEAR_OF_PARTNER], "self-harm": [Concern.SELF_HARM]}
    assert safety.concerns_in(item["text"]) == expected.get(item["expect"], [])
