"""Pure functions over plain values: one activation's numbers, medians, and periods.

Nothing here touches the database, the terminal or the clock; `now` is passed in. The
figures of a period (counts, rates, coverage, comparisons) are in `steady.figures.core`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from steady.timeparse import elapsed_minutes

RETROSPECTIVE_AFTER = timedelta(hours=1)


def activation_status(settled_at: datetime | None, closed_at: datetime | None) -> str:
    """settled; unresolved (closed without a settled time); or open."""
    if settled_at is not None:
        return "settled"
    return "unresolved" if closed_at is not None else "open"


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
    if not values:
        return None
    import statistics  # here, not at the top: a write, which shows no statistics, skips it

    return statistics.median(values)


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """p25, median, p75 by linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    if len(values) == 1:
        return values[0], values[0], values[0]
    import statistics

    p25, p50, p75 = statistics.quantiles(values, n=4, method="inclusive")
    return p25, p50, p75


# -- periods ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A span of local calendar days, as UTC instants [start, end)."""

    first_day: date
    last_day: date  # inclusive
    start: datetime
    end: datetime
    label: str

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def holds(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def shifted(self, periods: int, tz: tzinfo) -> Period:
        """The period of the same length `periods` lengths earlier (negative) or later."""
        if self.is_week:
            return week_of(self.first_day + timedelta(weeks=periods), tz)
        offset = timedelta(days=self.days * periods)
        return days_period(self.first_day + offset, self.last_day + offset, tz)

    @property
    def is_week(self) -> bool:
        return self.days == 7 and self.first_day.isoweekday() == 1 and "-W" in self.label


def _bounds(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def week_of(day: date, tz: tzinfo) -> Period:
    """The ISO week (Monday 00:00 to the next Monday 00:00, local time) holding `day`."""
    monday = day - timedelta(days=day.isoweekday() - 1)
    sunday = monday + timedelta(days=6)
    year, week, _ = monday.isocalendar()
    return Period(monday, sunday, *_bounds(monday, sunday, tz), f"{year}-W{week:02d}")


def iso_week(label: str, tz: tzinfo) -> Period:
    """`2026-W47` as a period; raises ValueError for a week that does not exist."""
    year_text, _, week_text = label.upper().partition("-W")
    monday = date.fromisocalendar(int(year_text), int(week_text), 1)
    return week_of(monday, tz)


def days_period(first: date, last: date, tz: tzinfo) -> Period:
    label = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
    return Period(first, last, *_bounds(first, last, tz), label)
