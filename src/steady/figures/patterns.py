"""What recurs in a period's activations, with honest counts: for the report's first page.

Which episodes stood out (highest peak, never settled, an urge acted on), the contexts
written more than once, the time of day and the weekday of onsets, and the urges by their
words with how many were acted on. Counts are of activations (or urges), never rates:
with a few weeks of entries, a share would claim more than the numbers hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo

from steady.views import ActivationView

STAND_OUT = 3
"""How many episodes the first page names."""
TOP = 3
"""How many contexts and urges the first page names."""
TIMES_OF_DAY: tuple[tuple[str, int, int], ...] = (
    ("night (0–6)", 0, 6),
    ("morning (6–12)", 6, 12),
    ("afternoon (12–18)", 12, 18),
    ("evening (18–24)", 18, 24),
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Count:
    label: str
    count: int
    acted: int = 0  # urges only: how many of them were acted on


@dataclass(frozen=True)
class Patterns:
    activations: int
    contexts: tuple[Count, ...]  # written the same way more than once
    times_of_day: tuple[Count, ...]  # every part of the day, in the day's order
    weekdays: tuple[Count, ...]  # Monday to Sunday
    urges: tuple[Count, ...]  # by their words, most frequent first
    urges_total: int
    urges_acted: int


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _ranked(texts: Sequence[str], acted: Sequence[bool] | None = None) -> list[Count]:
    """Texts grouped by their words (any case or spacing), most frequent first; each shown
    as first written."""
    counts: Counter[str] = Counter()
    acted_counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for i, text in enumerate(texts):
        key = _key(text)
        if not key:
            continue
        counts[key] += 1
        acted_counts[key] += bool(acted and acted[i])
        shown.setdefault(key, " ".join(text.split()))
    order = sorted(counts, key=lambda k: (-counts[k], k))
    return [Count(shown[k], counts[k], acted_counts[k]) for k in order]


def patterns(views: Sequence[ActivationView], tz: tzinfo) -> Patterns:
    onsets = [v.started_at.astimezone(tz) for v in views]
    hours = Counter(
        next(label for label, lo, hi in TIMES_OF_DAY if lo <= t.hour < hi) for t in onsets
    )
    days = Counter(t.weekday() for t in onsets)
    urges = [u for v in views for u in v.urges]
    return Patterns(
        activations=len(views),
        contexts=tuple(
            c for c in _ranked([v.context for v in views if v.context])[:TOP] if c.count > 1
        ),
        times_of_day=tuple(Count(label, hours[label]) for label, _, _ in TIMES_OF_DAY),
        weekdays=tuple(Count(name, days[i]) for i, name in enumerate(WEEKDAYS)),
        urges=tuple(_ranked([u.text for u in urges], [u.acted for u in urges])[:TOP]),
        urges_total=len(urges),
        urges_acted=sum(u.acted for u in urges),
    )


def stand_out(views: Sequence[ActivationView]) -> list[ActivationView]:
    """Up to three episodes that mattered most: the highest peaks, the ones that never
    settled, and the ones with an urge acted on come first; oldest first among equals."""

    def weight(v: ActivationView) -> tuple[int, int, int]:
        unsettled = v.status == "unresolved"
        acted = any(u.acted for u in v.urges)
        return (-(v.peak_intensity or 0) - 3 * unsettled - 2 * acted, -unsettled, -acted)

    ranked = sorted(views, key=lambda v: (weight(v), v.started_at, v.id))
    return sorted(ranked[:STAND_OUT], key=lambda v: (v.started_at, v.id))
