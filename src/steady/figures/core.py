"""Every figure the review and the report show, from one span's records.

`Figures` sorts the records into local days once; each period, week or day is then read
from those buckets, so a decade of weeks costs one pass over the records rather than one
pass per week. Definitions (docs/review.md):

- A *logged day* is a local day with an activation onset or a check-in that answered
  something (a hum, a note, or an explicit "no activation"). A check-in with every
  question skipped, an anchor, a note or a message alone does not make a logged day: none
  of them says whether the alarm fired that day, so counting them would make a day with an
  unrecorded activation look like a calm one.
- A period's *days* are its days from the journal's first entry up to today; the days
  before are "before the journal began" and are not counted as missing, the days after
  today are still to come.
- Frequency is a rate per 7 logged days, never per calendar day, and it is compared only
  when both sides were logged on at least half their days.
- Medians of peak and recovery are over the period's activations; recovery only over the
  settled ones, and the ones that never settled are counted beside it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo

from steady.figures.records import (
    AnchorRecord,
    CheckinRecord,
    MessageRecord,
    NoteRecord,
    Records,
)
from steady.metrics import Period, days_period, median, quartiles, week_of
from steady.views import ActivationView

HIGH_PEAK = 7
TREND_MIN_CURRENT = 3
TREND_MIN_BASELINE = 6
BASELINE_PERIODS = 4
VERY_HIGH_PEAK = 9
VERY_HIGH_REPEATS = 3
LONG_RECOVERY_MINUTES = 24 * 60

LOGGED, NOT_LOGGED, BEFORE, AHEAD = "logged", "not-logged", "before", "ahead"
"""The state of a day: logged; not logged (missing data); before the journal began; to come."""


# -- what the figures are ------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """How much of a span was logged: the figures that depend on it say so."""

    period_days: int
    days: int  # from the journal's first day up to today
    logged: int
    before: int  # days before the journal began
    ahead: int  # days still to come

    @property
    def begun(self) -> bool:
        return self.days > 0

    @property
    def enough(self) -> bool:
        """Logged on at least half its days: enough to compare a rate."""
        return self.days > 0 and 2 * self.logged >= self.days


@dataclass(frozen=True)
class ActivationFigures:
    count: int
    settled: int
    open: int
    unresolved: int
    unsettled_peaks: tuple[int, ...]  # of the unresolved ones with a reading, highest first
    with_peak: int
    peak_median: float | None
    peak_max: int | None
    high: int  # peaks of HIGH_PEAK or more
    recovery_median: float | None
    recovery_p25: float | None
    recovery_p75: float | None
    recovery_max: float | None
    name_median: float | None
    with_first_reading: int
    caught_early: int

    @property
    def high_share(self) -> float | None:
        return _share(self.high, self.with_peak)

    @property
    def caught_early_rate(self) -> float | None:
        return _share(self.caught_early, self.with_first_reading)


@dataclass(frozen=True)
class Practice:
    practice: str
    count: int
    median_recovery_minutes: float | None


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    coverage: Coverage
    activations: ActivationFigures
    per_week: float | None  # activations per 7 logged days; None without a logged day
    urges: int
    urges_acted: int
    anchors: int
    anchor_minutes: int
    anchors_by_kind: tuple[tuple[str, int], ...]
    checkin_days: int  # check-ins that answered something
    hum_median: float | None
    messages_drafted: int
    messages_sent: int
    messages_flagged: int


@dataclass(frozen=True)
class WeekFigures:
    """One ISO week, or the part of it inside a period."""

    label: str  # 2026-W47
    first_day: date
    last_day: date
    coverage: Coverage
    count: int | None  # None when no day of it was logged: unknown, not 0
    median_peak: float | None
    median_recovery_minutes: float | None
    unsettled: int  # closed without settling
    open: int

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def partial(self) -> bool:
        return self.days < 7

    @property
    def state(self) -> str:
        c = self.coverage
        if c.logged:
            return LOGGED
        if c.days:
            return NOT_LOGGED
        return BEFORE if c.before else AHEAD


@dataclass(frozen=True)
class DayFigures:
    day: date
    state: str  # LOGGED, NOT_LOGGED, BEFORE or AHEAD
    activations: int
    peak: int | None
    unsettled: int
    hum: int | None
    anchors: int
    anchor_minutes: int
    no_activation: bool


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
    baseline_count: int
    baseline_coverage: Coverage


# -- the pure pieces ----------------------------------------------------------------------------


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, then alphabetical, so equal counts are shown stably."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


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


def per_week(count: int, logged_days: int) -> float | None:
    """Activations per 7 logged days."""
    return count * 7 / logged_days if logged_days else None


def activation_figures(views: Sequence[ActivationView], caught_early_max: int) -> ActivationFigures:
    peaks = [v.peak_intensity for v in views if v.peak_intensity is not None]
    recoveries = sorted(v.recovery_minutes for v in views if v.recovery_minutes is not None)
    names = [v.name_minutes for v in views if v.name_minutes is not None]
    firsts = [v.first_intensity for v in views if v.first_intensity is not None]
    spread = quartiles(recoveries)
    return ActivationFigures(
        count=len(views),
        settled=sum(v.status == "settled" for v in views),
        open=sum(v.status == "open" for v in views),
        unresolved=sum(v.status == "unresolved" for v in views),
        unsettled_peaks=tuple(
            sorted(
                (
                    v.peak_intensity
                    for v in views
                    if v.status == "unresolved" and v.peak_intensity is not None
                ),
                reverse=True,
            )
        ),
        with_peak=len(peaks),
        peak_median=median(peaks),
        peak_max=max(peaks, default=None),
        high=sum(p >= HIGH_PEAK for p in peaks),
        recovery_median=spread[1] if spread else None,
        recovery_p25=spread[0] if spread else None,
        recovery_p75=spread[2] if spread else None,
        recovery_max=recoveries[-1] if recoveries else None,
        name_median=median(names),
        with_first_reading=len(firsts),
        caught_early=sum(f <= caught_early_max for f in firsts),
    )


def body_counts(views: Sequence[ActivationView]) -> list[tuple[str, int]]:
    """In how many activations each body location showed up."""
    return ranked(Counter(loc for v in views for loc in {r.location for r in v.readings} if loc))


def feeling_counts(views: Sequence[ActivationView]) -> list[tuple[str, int]]:
    return ranked(Counter(name for v in views for name in set(v.feeling_names)))


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


def week_pieces(period: Period, tz: tzinfo) -> list[Period]:
    """The ISO weeks that overlap `period`, each cut to the days inside it, labelled by week."""
    pieces: list[Period] = []
    monday = period.first_day - timedelta(days=period.first_day.isoweekday() - 1)
    while monday <= period.last_day:
        first = max(monday, period.first_day)
        last = min(monday + timedelta(days=6), period.last_day)
        year, week, _ = monday.isocalendar()
        pieces.append(replace(days_period(first, last, tz), label=f"{year}-W{week:02d}"))
        monday += timedelta(days=7)
    return pieces


# -- the figures of a span ------------------------------------------------------------------------


class Figures:
    """The records of a span, sorted into local days once; every figure is read from them."""

    def __init__(self, records: Records, caught_early_max: int) -> None:
        self.records = records
        self.tz = records.tz
        self.today = records.today
        self.caught_early_max = caught_early_max
        tz = records.tz
        self.activations_by_day: dict[date, list[ActivationView]] = defaultdict(list)
        for v in records.activations:
            self.activations_by_day[v.started_at.astimezone(tz).date()].append(v)
        self.anchors_by_day: dict[date, list[AnchorRecord]] = defaultdict(list)
        for a in records.anchors:
            self.anchors_by_day[a.at.astimezone(tz).date()].append(a)
        self.checkin_by_day: dict[date, CheckinRecord] = {c.day: c for c in records.checkins}
        self.messages_by_day: dict[date, list[MessageRecord]] = defaultdict(list)
        for m in records.messages:
            self.messages_by_day[m.created_at.astimezone(tz).date()].append(m)
        self.notes_by_day: dict[date, list[NoteRecord]] = defaultdict(list)
        for n in records.notes:
            self.notes_by_day[n.at.astimezone(tz).date()].append(n)
        answered = {c.day for c in records.checkins if c.answered}
        self.logged: frozenset[date] = frozenset(answered | set(self.activations_by_day))

    # -- days ----------------------------------------------------------------------------------

    @property
    def began(self) -> date | None:
        return self.records.began

    def state(self, day: date) -> str:
        if day > self.today:
            return AHEAD
        if self.began is not None and day < self.began:
            return BEFORE  # an empty journal has no beginning yet: its days are not logged
        return LOGGED if day in self.logged else NOT_LOGGED

    @staticmethod
    def _days(first: date, last: date) -> Iterable[date]:
        return (first + timedelta(days=n) for n in range((last - first).days + 1))

    def coverage(self, first: date, last: date) -> Coverage:
        states = Counter(self.state(d) for d in self._days(first, last))
        return Coverage(
            period_days=(last - first).days + 1,
            days=states[LOGGED] + states[NOT_LOGGED],
            logged=states[LOGGED],
            before=states[BEFORE],
            ahead=states[AHEAD],
        )

    # -- records of a period -------------------------------------------------------------------

    def activations_in(self, first: date, last: date) -> list[ActivationView]:
        return [v for d in self._days(first, last) for v in self.activations_by_day.get(d, ())]

    def anchors_in(self, first: date, last: date) -> list[AnchorRecord]:
        return [a for d in self._days(first, last) for a in self.anchors_by_day.get(d, ())]

    def checkins_in(self, first: date, last: date) -> list[CheckinRecord]:
        found = (self.checkin_by_day.get(d) for d in self._days(first, last))
        return [c for c in found if c is not None]

    def messages_in(self, first: date, last: date) -> list[MessageRecord]:
        return [m for d in self._days(first, last) for m in self.messages_by_day.get(d, ())]

    def notes_in(self, first: date, last: date) -> list[NoteRecord]:
        return [n for d in self._days(first, last) for n in self.notes_by_day.get(d, ())]

    # -- figures -------------------------------------------------------------------------------

    def period(self, period: Period) -> PeriodFigures:
        first, last = period.first_day, period.last_day
        views = self.activations_in(first, last)
        anchors = self.anchors_in(first, last)
        checkins = [c for c in self.checkins_in(first, last) if c.answered]
        messages = self.messages_in(first, last)
        coverage = self.coverage(first, last)
        urges, acted = urge_counts(views)
        return PeriodFigures(
            period=period,
            coverage=coverage,
            activations=activation_figures(views, self.caught_early_max),
            per_week=per_week(len(views), coverage.logged),
            urges=urges,
            urges_acted=acted,
            anchors=len(anchors),
            anchor_minutes=sum(a.minutes or 0 for a in anchors),
            anchors_by_kind=tuple(ranked(Counter(a.kind for a in anchors))),
            checkin_days=len(checkins),
            hum_median=median([c.hum for c in checkins if c.hum is not None]),
            messages_drafted=len(messages),
            messages_sent=sum(m.status == "sent" for m in messages),
            messages_flagged=sum(bool(m.flag_rules) for m in messages),
        )

    def week(self, piece: Period) -> WeekFigures:
        first, last = piece.first_day, piece.last_day
        views = self.activations_in(first, last)
        coverage = self.coverage(first, last)
        peaks = [v.peak_intensity for v in views if v.peak_intensity is not None]
        recoveries = [v.recovery_minutes for v in views if v.recovery_minutes is not None]
        return WeekFigures(
            label=piece.label,
            first_day=first,
            last_day=last,
            coverage=coverage,
            count=len(views) if coverage.logged else None,
            median_peak=median(peaks),
            median_recovery_minutes=median(recoveries),
            unsettled=sum(v.status == "unresolved" for v in views),
            open=sum(v.status == "open" for v in views),
        )

    def weeks(self, pieces: Sequence[Period]) -> list[WeekFigures]:
        return [self.week(p) for p in pieces]

    def days(self, first: date, last: date) -> list[DayFigures]:
        rows = []
        for day in self._days(first, last):
            views = self.activations_by_day.get(day, [])
            anchors = self.anchors_by_day.get(day, [])
            checkin = self.checkin_by_day.get(day)
            rows.append(
                DayFigures(
                    day=day,
                    state=self.state(day),
                    activations=len(views),
                    peak=max(
                        (v.peak_intensity for v in views if v.peak_intensity is not None),
                        default=None,
                    ),
                    unsettled=sum(v.status == "unresolved" for v in views),
                    hum=checkin.hum if checkin else None,
                    anchors=len(anchors),
                    anchor_minutes=sum(a.minutes or 0 for a in anchors),
                    no_activation=bool(checkin and checkin.no_activation),
                )
            )
        return rows

    def trend(self, period: Period, baseline: Sequence[Period]) -> Trend:
        """The period against the periods before it (those before the journal count no days)."""
        current = self.activations_in(period.first_day, period.last_day)
        before = [v for p in baseline for v in self.activations_in(p.first_day, p.last_day)]
        now_cover = self.coverage(period.first_day, period.last_day)
        covers = [self.coverage(p.first_day, p.last_day) for p in baseline]
        then_cover = Coverage(
            period_days=sum(c.period_days for c in covers),
            days=sum(c.days for c in covers),
            logged=sum(c.logged for c in covers),
            before=sum(c.before for c in covers),
            ahead=sum(c.ahead for c in covers),
        )
        enough = len(current) >= TREND_MIN_CURRENT and len(before) >= TREND_MIN_BASELINE

        def compare(now_value: float | None, then_value: float | None, *, ok: bool) -> Change:
            if not ok:
                return Change("insufficient", now_value, then_value)
            return Change(direction(now_value, then_value), now_value, then_value)

        def peaks(views: Sequence[ActivationView]) -> float | None:
            return median([v.peak_intensity for v in views if v.peak_intensity is not None])

        def recoveries(views: Sequence[ActivationView]) -> float | None:
            return median([v.recovery_minutes for v in views if v.recovery_minutes is not None])

        covered = now_cover.enough and then_cover.enough
        return Trend(
            frequency=compare(
                per_week(len(current), now_cover.logged),
                per_week(len(before), then_cover.logged),
                ok=enough and covered,
            ),
            peak=compare(peaks(current), peaks(before), ok=enough),
            recovery=compare(recoveries(current), recoveries(before), ok=enough),
            baseline_count=len(before),
            baseline_coverage=then_cover,
        )


def history(period: Period, weeks: int, began: date | None, tz: tzinfo) -> list[Period]:
    """The `weeks` ISO weeks up to the one holding the period's last day, oldest first,
    leaving out the weeks that ended before the journal began (the reviewed week stays)."""
    found = [week_of(period.last_day - timedelta(weeks=n), tz) for n in range(weeks)][::-1]
    if began is None:
        return found[-1:]
    kept = [w for w in found if w.last_day >= began]
    return kept or found[-1:]


def clipped_to_journal(period: Period, began: date | None, tz: tzinfo) -> Period:
    """A default range that would start before the journal began starts on its first day."""
    if began is None or began <= period.first_day or began > period.last_day:
        return period
    return days_period(began, period.last_day, tz)
