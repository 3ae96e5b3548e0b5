"""Pure functions over plain values: the numbers steady shows.

Nothing here touches the database, the terminal or the clock; `now` is passed in.
Definitions follow PRODUCT.md section 4 exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from steady.timeparse import elapsed_minutes

if TYPE_CHECKING:
    from steady.views import ActivationView

RETROSPECTIVE_AFTER = timedelta(hours=1)
HIGH_PEAK = 7


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


# -- activation figures --------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivationStats:
    count: int
    settled: int
    open: int
    unresolved: int
    peak_median: float | None
    peak_max: int | None
    high_share: float | None
    recovery_median: float | None
    recovery_p25: float | None
    recovery_p75: float | None
    recovery_max: float | None
    name_median: float | None
    caught_early_rate: float | None


def activation_stats(views: Sequence[ActivationView], caught_early_max: int) -> ActivationStats:
    """Section 4's figures for the activations whose onset lies in a period."""
    peaks = [v.peak_intensity for v in views if v.peak_intensity is not None]
    recoveries = sorted(v.recovery_minutes for v in views if v.recovery_minutes is not None)
    names = [v.name_minutes for v in views if v.name_minutes is not None]
    firsts = [v.first_intensity for v in views if v.first_intensity is not None]
    spread = quartiles(recoveries)
    return ActivationStats(
        count=len(views),
        settled=sum(v.status == "settled" for v in views),
        open=sum(v.status == "open" for v in views),
        unresolved=sum(v.status == "unresolved" for v in views),
        peak_median=median(peaks),
        peak_max=max(peaks, default=None),
        high_share=_share(sum(p >= HIGH_PEAK for p in peaks), len(peaks)),
        recovery_median=spread[1] if spread else None,
        recovery_p25=spread[0] if spread else None,
        recovery_p75=spread[2] if spread else None,
        recovery_max=recoveries[-1] if recoveries else None,
        name_median=median(names),
        caught_early_rate=_share(sum(f <= caught_early_max for f in firsts), len(firsts)),
    )


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class WeekPoint:
    week: str
    start: date
    count: int
    median_peak: float | None
    median_recovery_minutes: float | None


def week_series(views: Sequence[ActivationView], weeks: Sequence[Period]) -> list[WeekPoint]:
    points = []
    for week in weeks:
        inside = [v for v in views if week.holds(v.started_at)]
        peaks = [v.peak_intensity for v in inside if v.peak_intensity is not None]
        recoveries = [v.recovery_minutes for v in inside if v.recovery_minutes is not None]
        points.append(
            WeekPoint(week.label, week.first_day, len(inside), median(peaks), median(recoveries))
        )
    return points


# -- trend ---------------------------------------------------------------------------------------

TREND_MIN_CURRENT = 3
TREND_MIN_BASELINE = 6
BASELINE_PERIODS = 4


@dataclass(frozen=True)
class Change:
    direction: str  # "down", "up", "steady" or "insufficient"
    current: float | None
    baseline: float | None


@dataclass(frozen=True)
class Trend:
    frequency: Change
    peak: Change
    recovery: Change


def direction(current: float | None, baseline: float | None) -> str:
    """`down` at a ratio ≤ 0.8, `up` at ≥ 1.25, else `steady`."""
    if current is None or baseline is None:
        return "insufficient"
    if baseline == 0:
        return "steady" if current == 0 else "up"
    ratio = current / baseline
    if ratio <= 0.8:
        return "down"
    return "up" if ratio >= 1.25 else "steady"


def trend(
    current: Sequence[ActivationView],
    baseline: Sequence[ActivationView],
    baseline_periods: int = BASELINE_PERIODS,
) -> Trend:
    """The reviewed period against the `baseline_periods` before it."""
    enough = len(current) >= TREND_MIN_CURRENT and len(baseline) >= TREND_MIN_BASELINE

    def compare(now_value: float | None, then_value: float | None) -> Change:
        if not enough:
            return Change("insufficient", now_value, then_value)
        return Change(direction(now_value, then_value), now_value, then_value)

    def peaks(views: Sequence[ActivationView]) -> float | None:
        return median([v.peak_intensity for v in views if v.peak_intensity is not None])

    def recoveries(views: Sequence[ActivationView]) -> float | None:
        return median([v.recovery_minutes for v in views if v.recovery_minutes is not None])

    return Trend(
        frequency=compare(float(len(current)), len(baseline) / baseline_periods),
        peak=compare(peaks(current), peaks(baseline)),
        recovery=compare(recoveries(current), recoveries(baseline)),
    )


# -- what showed up ------------------------------------------------------------------------------


def ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, then alphabetical, so equal counts are shown stably."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def body_counts(views: Sequence[ActivationView]) -> list[tuple[str, int]]:
    """In how many activations each body location showed up."""
    return ranked(Counter(loc for v in views for loc in {r.location for r in v.readings} if loc))


def feeling_counts(views: Sequence[ActivationView]) -> list[tuple[str, int]]:
    return ranked(Counter(name for v in views for name in set(v.feeling_names)))


@dataclass(frozen=True)
class Practice:
    practice: str
    count: int
    median_recovery_minutes: float | None


def helped_stats(views: Sequence[ActivationView]) -> list[Practice]:
    """Each practice with how often it helped and the median recovery when it did."""
    by_practice: dict[str, list[ActivationView]] = {}
    for v in views:
        for practice in set(v.helped):
            by_practice.setdefault(practice, []).append(v)
    stats = [
        Practice(
            practice,
            len(group),
            median([v.recovery_minutes for v in group if v.recovery_minutes is not None]),
        )
        for practice, group in by_practice.items()
    ]
    return sorted(stats, key=lambda p: (-p.count, p.practice))


def urge_counts(views: Sequence[ActivationView]) -> tuple[int, int]:
    urges = [u for v in views for u in v.urges]
    return len(urges), sum(u.acted for u in urges)


# -- care ----------------------------------------------------------------------------------------

VERY_HIGH_PEAK = 9
VERY_HIGH_REPEATS = 3
LONG_RECOVERY_MINUTES = 24 * 60


def support_reasons(
    period_views: Sequence[ActivationView], window_views: Sequence[ActivationView]
) -> list[str]:
    """Why a gentle word about professional support fits, if it does.

    Three peaks of 9–10 within any 7 days (looking back from the period's activations),
    or a recovery of more than 24 hours in the period.
    """
    reasons = []
    very_high = sorted(
        v.started_at for v in window_views if (v.peak_intensity or 0) >= VERY_HIGH_PEAK
    )
    in_period = {v.started_at for v in period_views}
    for i in range(len(very_high) - VERY_HIGH_REPEATS + 1):
        run = very_high[i : i + VERY_HIGH_REPEATS]
        if run[-1] - run[0] <= timedelta(days=7) and any(t in in_period for t in run):
            reasons.append("very-high-peaks")
            break
    if any((v.recovery_minutes or 0) > LONG_RECOVERY_MINUTES for v in period_views):
        reasons.append("long-recovery")
    return reasons
