"""The mirror on messages no one on this project wrote (tests/corpora/messages).

Real example messages quoted by public pages (couples therapists, Gottman and NVC
material, attachment guides, articles on controlling and passive-aggressive texts, lists
of everyday couple texts), each with its source address and the source's own label,
gathered by a helper who read no rule of steady. The corpus was split once, by source:
the development half was used to broaden the rules; the held-out half was read only
after the rules were frozen, and measured once (docs/sharing.md has both figures).

A message counts as mirrored when anything in it is flagged; a calm or grounded message
counts as a false flag when anything in it is flagged. The floors sit a little below the
measured figures: they guard against getting worse and are not a goal to tune towards.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from steady.language.message_rules import check

CORPUS = Path(__file__).parent / "corpora" / "messages"
LABELS = {"pressure", "grounded", "calm"}

# Development, after tuning on it: 162/172 pressure mirrored, 0/184 calm or grounded
# flagged (before tuning: 63/172 and 9/184). Optimistic by construction.
DEVELOPMENT_RECALL_FLOOR = 0.92
DEVELOPMENT_FALSE_FLAG_CEILING = 0.02


def rows(name: str) -> list[dict[str, str]]:
    path = CORPUS / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def measure(items: list[dict[str, str]]) -> tuple[int, int, int, int, Counter[str], Counter[str]]:
    pressure = [r for r in items if r["label"] == "pressure"]
    other = [r for r in items if r["label"] != "pressure"]
    found = [r for r in pressure if check(r["text"]).flags]
    false = [r for r in other if check(r["text"]).flags]
    missed = Counter(r["kind"] for r in pressure if r not in found)
    falsely = Counter(r["kind"] for r in false)
    return len(found), len(pressure), len(false), len(other), missed, falsely


def report(
    name: str, items: list[dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> tuple[float, float]:
    found, pressure, false, other, missed, falsely = measure(items)
    sources = len({r["source"] for r in items})
    with capsys.disabled():
        print(
            f"\n  messages from public sources, {name} ({len(items)} items, {sources} sources): "
            f"pressure mirrored {found}/{pressure} ({found / pressure:.2f}), calm or grounded "
            f"flagged {false}/{other} ({false / other:.3f})"
        )
        if missed:
            print("    missed by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(missed.items())))
        if falsely:
            print(
                "    flagged by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(falsely.items()))
            )
    return found / pressure, false / other


def test_every_item_has_a_source_and_a_label_from_it():
    for name in ("development.jsonl", "held-out.jsonl"):
        for item in rows(name):
            assert item["text"].strip() and item["label"] in LABELS, item
            assert item["source"].startswith(("http://", "https://")), item
            assert item["source_label"].strip(), item
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for name in ("development.jsonl", "held-out.jsonl"):
        assert all(item["source"] in sources for item in rows(name))


def test_the_development_half(capsys):
    recall, false_flags = report("development", rows("development.jsonl"), capsys)
    assert recall >= DEVELOPMENT_RECALL_FLOOR
    assert false_flags <= DEVELOPMENT_FALSE_FLAG_CEILING


# The lists written here while tuning, to try each change on phrasing it was not written
# for (tests/corpora/messages/written-while-tuning.jsonl): before each round, 54%, 66%,
# 61%, 40%, 61% and 65% of a fresh list's pressure messages were mirrored. Written by the
# same hand as the rules and tuned on afterwards, so these floors are a regression guard,
# not an estimate. Five calm or grounded lines stay flagged on purpose (docs/sharing.md:
# a mood check, a story word standing alone, a thought posing as a feeling are mirrored
# even where a guide offers them as repair).
WRITTEN_RECALL_FLOOR = 0.97
WRITTEN_FALSE_FLAG_CEILING = 0.015


def test_the_lists_written_while_tuning(capsys):
    items = rows("written-while-tuning.jsonl")
    pressure = [r["text"] for r in items if r["label"] == "pressure"]
    other = [r["text"] for r in items if r["label"] != "pressure"]
    found = sum(bool(check(t).flags) for t in pressure)
    false = sum(bool(check(t).flags) for t in other)
    with capsys.disabled():
        print(
            f"  written while tuning ({len(items)} items): pressure {found}/{len(pressure)}, "
            f"calm or grounded flagged {false}/{len(other)}"
        )
    assert found / len(pressure) >= WRITTEN_RECALL_FLOOR
    assert false / len(other) <= WRITTEN_FALSE_FLAG_CEILING


# The held-out half: read for the first time after the rules were frozen (commit 8baf784),
# measured once: 88/149 pressure mirrored (0.59), 3/89 calm or grounded flagged (3.4%);
# the rules before issue #15 got 59/149 and 4/89. The floors sit a little below that one
# measurement. Of the targets of issue #15, at most 5% flagged is met and at least 80%
# mirrored is not (docs/sharing.md).
HELD_OUT_RECALL_FLOOR = 0.57
HELD_OUT_FALSE_FLAG_CEILING = 0.045


def test_the_held_out_half_measured_once(capsys):
    items = rows("held-out.jsonl")
    for item in items:
        assert item["text"].strip() and item["label"] in LABELS, item
        assert item["source"].startswith(("http://", "https://")), item
    development_sources = {r["source"] for r in rows("development.jsonl")}
    assert development_sources.isdisjoint(r["source"] for r in items)
    recall, false_flags = report("held out", items, capsys)
    assert recall >= HELD_OUT_RECALL_FLOOR
    assert false_flags <= HELD_OUT_FALSE_FLAG_CEILING
