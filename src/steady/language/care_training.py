"""Training the care model (`steady.language.care_model`) on the development corpus.

    python -m steady.language.care_training > src/steady/language/care_weights.json

Reads the development texts of tests/corpora/care (never a held-out folder), so it runs
from a checkout. Deterministic: the same corpus gives the same weights, byte for byte (a
test checks the committed weights were made from the current corpus). The threshold of
each model is chosen by five-fold cross-validation so that at most one everyday text in a
hundred would bring support on the model's word alone; the figures are printed to
standard error and recorded in docs/care.md.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from steady.language.care_model import features, sentences

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "corpora" / "care"
DEVELOPMENT = ("development", "development-2", "development-3", "development-4", "development-5")
SETS = ("crisis", "partner", "everyday", "partner-everyday")
CONCERNS = {"self-harm": "crisis", "fear-of-partner": "partner"}

EPOCHS = 60
RATE = 0.3
L2 = 1e-4
MIN_TEXTS = 2  # a feature must appear in at least this many training texts
EVERYDAY_FALSE_ALARMS = 0.02  # the most the model alone may bring, as a share of everyday texts
FOLDS = 5
# The threshold is set on the hard everyday texts (the corpus's, which reuse the words of
# crisis and abuse); the mirror's messages are easier, and train the model only.
EVERYDAY = ("everyday", "partner-everyday")


@dataclass(frozen=True)
class Example:
    text: str
    set: str  # crisis, partner, everyday, partner-everyday
    views: tuple[tuple[str, ...], ...]  # the features of the whole text, then of each sentence


def prepared(text: str) -> tuple[tuple[str, ...], ...]:
    """The text as the care check reads it: normalised, figures of speech set aside."""
    from steady.language import safety

    compiled = safety._compiled()
    normal = safety.normalise(text, compiled.spelled_out, compiled.censored)
    masked = safety._masked(normal.text, compiled)
    whole = tuple(features(masked))
    spans = list(sentences(masked))
    parts = [tuple(features(masked[a:b])) for a, b in spans if (a, b) != (0, len(masked))]
    return (whole, *parts)


def load(folders: Sequence[str] = DEVELOPMENT) -> list[Example]:
    found: list[Example] = []
    for folder in folders:
        for name in SETS:
            path = CORPUS / folder / f"{name}.jsonl"
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    text = json.loads(line)["text"]
                    found.append(Example(text, name, prepared(text)))
    # The message mirror's own corpora (drafts to a partner, pressing or grounded) are
    # everyday text too: none of them speaks of not wanting to live or of fear.
    found += [Example(text, "messages", prepared(text)) for text in mirror_texts()]
    trial = CORPUS / "trial.jsonl"
    for line in trial.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            kind = {"self-harm": "crisis", "fear-of-partner": "partner"}.get(item["expect"])
            found.append(Example(item["text"], kind or "everyday", prepared(item["text"])))
    return sorted(found, key=lambda e: hashlib.sha256(e.text.encode()).hexdigest())


def mirror_texts() -> list[str]:
    """The texts of the message mirror's corpora in tests/test_message_rules.py."""
    sys.path.insert(0, str(ROOT))
    try:
        import tests.test_message_rules as corpora
    finally:
        sys.path.remove(str(ROOT))
    found = [getattr(corpora, name) for name in dir(corpora) if name.isupper()]
    return sorted(
        {
            entry[0] if isinstance(entry, tuple) else entry
            for listed in found
            if isinstance(listed, tuple)
            for entry in listed
            if isinstance(entry[0] if isinstance(entry, tuple) else entry, str)
        }
    )


def train(examples: Sequence[Example], positive: str) -> tuple[dict[str, float], float]:
    """Logistic regression on the whole-text view, classes weighted to balance."""
    counts = Counter(f for e in examples for f in set(e.views[0]))
    vocabulary = {f for f, n in counts.items() if n >= MIN_TEXTS}
    rows = [([f for f in set(e.views[0]) if f in vocabulary], e.set == positive) for e in examples]
    share = sum(1 for _, y in rows if y) / len(rows)
    weight_of = {True: 0.5 / share, False: 0.5 / (1 - share)}
    weights: dict[str, float] = dict.fromkeys(vocabulary, 0.0)
    bias = 0.0
    squares: dict[str, float] = dict.fromkeys(vocabulary, 1e-8)
    bias_square = 1e-8
    for _ in range(EPOCHS):
        for found, y in rows:
            z = bias + sum(weights[f] for f in found)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - (1.0 if y else 0.0)) * weight_of[y]
            for f in found:  # Adagrad, so rare words learn as fast as common ones
                step = g + L2 * weights[f]
                squares[f] += step * step
                weights[f] -= RATE * step / math.sqrt(squares[f])
            bias_square += g * g
            bias -= RATE * g / math.sqrt(bias_square)
    return {f: w for f, w in weights.items() if abs(w) >= 0.01}, bias


def score(example: Example, weights: dict[str, float], bias: float) -> float:
    from steady.language.care_model import probability

    return max(probability(view, weights, bias) for view in example.views)


@dataclass(frozen=True)
class Fitted:
    concern: str
    weights: dict[str, float]
    bias: float
    threshold: float
    recall: float  # of the concern's texts, in cross-validation, at the threshold
    false_alarms: float  # of everyday texts, in cross-validation, at the threshold


def fit(examples: Sequence[Example], concern: str) -> Fitted:
    positive = CONCERNS[concern]
    scored: list[tuple[float, str]] = []
    for fold in range(FOLDS):
        held = [e for i, e in enumerate(examples) if i % FOLDS == fold]
        rest = [e for i, e in enumerate(examples) if i % FOLDS != fold]
        weights, bias = train(rest, positive)
        scored += [(score(e, weights, bias), e.set) for e in held]
    everyday = sorted((s for s, name in scored if name in EVERYDAY), reverse=True)
    allowed = int(len(everyday) * EVERYDAY_FALSE_ALARMS)
    threshold = max(0.5, everyday[allowed] + 1e-6 if allowed < len(everyday) else 0.5)
    hits = [s >= threshold for s, name in scored if name == positive]
    alarms = [s >= threshold for s, name in scored if name in EVERYDAY]
    weights, bias = train(examples, positive)
    return Fitted(
        concern,
        weights,
        bias,
        round(threshold, 4),
        sum(hits) / len(hits),
        sum(alarms) / len(alarms),
    )


def fingerprint(examples: Sequence[Example]) -> str:
    settings = f"{EPOCHS} {RATE} {L2} {MIN_TEXTS} {EVERYDAY_FALSE_ALARMS} {FOLDS}"
    text = "\n".join([settings, *(f"{e.set}\t{e.text}" for e in examples)])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def document(models: Sequence[Fitted], examples: Sequence[Example]) -> str:
    """The generated care_weights.json: one model a concern, each line of it plain JSON."""
    data = {
        "generated": "by python -m steady.language.care_training from tests/corpora/care; "
        "do not edit (a test checks it is current)",
        "fingerprint": fingerprint(examples),
        "models": {
            m.concern: {
                "threshold": m.threshold,
                "bias": round(m.bias, 4),
                "cross_validated_recall": round(m.recall, 4),
                "cross_validated_everyday_false_alarms": round(m.false_alarms, 4),
                "weights": {f: round(w, 4) for f, w in sorted(m.weights.items())},
            }
            for m in models
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    examples = load()
    models = [fit(examples, concern) for concern in CONCERNS]
    for m in models:
        sys.stderr.write(
            f"{m.concern}: threshold {m.threshold:.3f}, cross-validated recall "
            f"{m.recall:.1%}, everyday false alarms {m.false_alarms:.1%}, "
            f"{len(m.weights)} weights\n"
        )
    sys.stdout.write(document(models, examples))


if __name__ == "__main__":  # pragma: no cover - the generator
    main()
