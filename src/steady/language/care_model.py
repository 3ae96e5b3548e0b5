"""Other words for the same thing: a small linear model beside the care signs.

The signs in `steady.language.care_signs` are phrases; people find more ways to say
they do not want to live, or that they are afraid of their partner, than any list of
phrases holds. So each sentence is also scored by a logistic model over its words and
word pairs (a word after "not", "never", "no"… is read as negated: "not_suicidal"),
trained on the development corpus (tests/corpora/care, docs/care.md) by
`python -m steady.language.care_training`, which writes the weights to the generated
`care_weights.json` beside this module (plain JSON: it loads in a few milliseconds,
with or without compiled bytecode). A sentence whose score passes the threshold brings
support as a sign would; the phrases still decide on their own, so the model only ever
adds. Pure Python and standard library: a few microseconds a sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

NEGATORS = frozenset(
    {
        "not",
        "never",
        "no",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "wouldn't",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "can't",
        "cannot",
        "couldn't",
        "haven't",
        "hasn't",
        "hadn't",
        "shouldn't",
        "nor",
        "nothing",
        "nobody",
        "none",
    }
)
# A negation reaches to the end of its clause.
CLAUSE_ENDS = frozenset({",", ":", "but", "though", "although", "because", "so", "and", "yet"})

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
# A sentence is read on its own only when it has this many words: a short one ("He keeps
# saying no.") says too little without the rest of the text.
MIN_SENTENCE_WORDS = 5
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|,|:")
_WORD = re.compile(r"[a-z0-9]+")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in normalised text long enough to read on its own."""
    for match in _SENTENCE.finditer(text):
        if len(_WORD.findall(match.group())) >= MIN_SENTENCE_WORDS:
            yield match.start(), match.end()


def features(sentence: str) -> list[str]:
    """The sentence's words and word pairs, negated words marked ("not_" before them)."""
    words: list[str] = []
    negated = False
    for token in _TOKEN.findall(sentence):
        if token in CLAUSE_ENDS:
            negated = False
            if token in {",", ":"}:
                continue
        elif token in NEGATORS:
            words.append(token)
            negated = True
            continue
        words.append(f"not_{token}" if negated else token)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class Model:
    threshold: float
    bias: float
    weights: dict[str, float]


@cache
def models() -> dict[str, Model]:
    """The trained models by concern (`self-harm`, `fear-of-partner`)."""
    data = json.loads((Path(__file__).parent / "care_weights.json").read_text("utf-8"))
    return {
        concern: Model(float(m["threshold"]), float(m["bias"]), dict(m["weights"]))
        for concern, m in data["models"].items()
    }


def probability(found: Iterable[str], weights: dict[str, float], bias: float) -> float:
    total = bias + sum(weights.get(feature, 0.0) for feature in set(found))
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))
