"""Pure functions over plain values: the numbers steady shows.

Nothing here touches the database, the terminal or the clock; `now` is passed in.
Definitions follow PRODUCT.md section 4 exactly.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from steady.timeparse import elapsed_minutes

RETROSPECTIVE_AFTER = timedelta(hours=1)
HIGH_PEAK = 7


def peak_intensity(intensities: Iterable[int]) -> int | None:
    """The highest intensity among an activation's readings (None without readings)."""
    return max(intensities, default=None)


def recovery_minutes(started_at: datetime, settled_at: datetime | None) -> float | None:
    """Real elapsed minutes from onset to settled; None while not settled."""
    if settled_at is None:
        return None
    return round(elapsed_minutes(started_at, settled_at), 2)


def is_stale(last_reading_at: datetime, now: datetime, stale_hours: int) -> bool:
    """An open activation with no reading for more than `stale_hours`."""
    return now - last_reading_at > timedelta(hours=stale_hours)


def is_retrospective(logged_at: datetime, describes: datetime) -> bool:
    """A record written more than an hour after the moment it describes."""
    return logged_at - describes > RETROSPECTIVE_AFTER


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """p25, median, p75 by linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    if len(values) == 1:
        return values[0], values[0], values[0]
    p25, p50, p75 = statistics.quantiles(values, n=4, method="inclusive")
    return p25, p50, p75
