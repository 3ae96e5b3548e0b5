"""The weekly review: one period's figures, assembled from the journal.

Reads only what the review shows: activations with onset from the first history
week (or the baseline, whichever is earlier) to the end of the period, through the
onset index, with their readings, feelings, urges and practices loaded in a few
batched queries; anchors, check-ins and messages of the period alone. The numbers
themselves come from the pure functions in `steady.metrics`.

The review only reads, so it reads columns (SQLAlchemy Core) rather than ORM objects:
the same values, without setting up the ORM's mappers or tracking every row, which
made up about half of its running time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, TableClause, and_, select

from steady import metrics, tables
from steady.journal import Journal
from steady.metrics import ActivationStats, Period, Practice, Trend, WeekPoint
from steady.timeparse import iso_local
from steady.views import ActivationView

DEFAULT_WEEKS = 8

# Curiosity about where the pattern came from and what it protected; one per review,
# chosen by the period so the same week always asks the same question.
REFLECTIVE_QUESTIONS: tuple[str, ...] = (
    "When did this alarm first learn that closeness could disappear?",
    "What was the alarm trying to protect you from this week?",
    "If the alarm were a younger you, what would it need to hear?",
    "Where in your life did scanning for signs of trouble once keep you safe?",
    "What did you do this week that a calmer version of you would recognise?",
    "What would you want someone who loves you to understand about the alarm?",
    "Which moment this week felt most like being okay on your own?",
    "What does the story usually say, and whose voice does it sound like?",
)


@dataclass(frozen=True)
class Review:
    period: Period
    now: datetime
    tz: tzinfo
    stats: ActivationStats
    activations: tuple[ActivationView, ...]
    body: list[tuple[str, int]]
    feelings: list[tuple[str, int]]
    helped: list[Practice]
    urges: tuple[int, int]
    anchors_count: int
    anchor_minutes: int
    anchors_by_kind: dict[str, int]
    checkin_days: int
    hum_median: float | None
    messages_drafted: int
    messages_sent: int
    messages_flagged: int
    days_logged: int
    days_so_far: int
    weeks: list[WeekPoint]
    trend: Trend
    baseline_count: int
    open_now: tuple[ActivationView, ...]
    support: list[str]
    question: str

    @property
    def stale(self) -> tuple[ActivationView, ...]:
        return tuple(v for v in self.open_now if v.stale)


def build_review(journal: Journal, period: Period, *, weeks: int = DEFAULT_WEEKS) -> Review:
    """Everything `steady review` shows for `period`, with `weeks` of history."""
    tz, now = journal.tz, journal.now
    history = [metrics.week_of(period.last_day - timedelta(weeks=n), tz) for n in range(weeks)][
        ::-1
    ]
    baseline_first = period.shifted(-metrics.BASELINE_PERIODS, tz)
    support_from = period.start - timedelta(days=7)
    start = min(history[0].start, baseline_first.start, support_from)
    views = _activations(journal, start, period.end)
    current = [v for v in views if period.holds(v.started_at)]
    baseline = [v for v in views if baseline_first.start <= v.started_at < period.start]
    window = [v for v in views if support_from <= v.started_at < period.end]

    anchor, checkin, message = tables.anchor, tables.checkin, tables.message
    anchors = _rows(journal, anchor, _within(anchor.c.at, period))
    checkins = _rows(
        journal,
        checkin,
        and_(checkin.c.day >= period.first_day, checkin.c.day <= period.last_day),
    )
    messages = _rows(journal, message, _within(message.c.created_at, period))
    hums = [c.hum for c in checkins if c.hum is not None]
    today = now.astimezone(tz).date()
    last_counted = min(period.last_day, today)
    days_so_far = max(0, (last_counted - period.first_day).days + 1)
    urges = metrics.urge_counts(current)
    return Review(
        period=period,
        now=now,
        tz=tz,
        stats=metrics.activation_stats(current, journal.config.int("caught_early_max")),
        activations=tuple(current),
        body=metrics.body_counts(current),
        feelings=metrics.feeling_counts(current),
        helped=metrics.helped_stats(current),
        urges=urges,
        anchors_count=len(anchors),
        anchor_minutes=sum(a.minutes or 0 for a in anchors),
        anchors_by_kind=dict(metrics.ranked(Counter(a.kind for a in anchors))),
        checkin_days=len(checkins),
        hum_median=metrics.median(hums),
        messages_drafted=len(messages),
        messages_sent=sum(m.status == "sent" for m in messages),
        messages_flagged=sum(bool(m.flags) for m in messages),
        days_logged=len(
            _days_logged(journal, period, checkins, anchors)
            & _until(period.first_day, last_counted)
        ),
        days_so_far=days_so_far,
        weeks=metrics.week_series(views, history),
        trend=metrics.trend(current, baseline),
        baseline_count=len(baseline),
        open_now=tuple(v for v in views if v.status == "open"),
        support=metrics.support_reasons(current, window),
        question=REFLECTIVE_QUESTIONS[
            period.first_day.toordinal() // 7 % len(REFLECTIVE_QUESTIONS)
        ],
    )


def _within(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column < period.end)


def _rows(journal: Journal, records: TableClause, where: ColumnElement[bool]) -> Sequence[Any]:
    return journal.session.execute(select(records).where(where)).all()


def _activations(journal: Journal, start: datetime, end: datetime) -> list[ActivationView]:
    onset = tables.activation.c.started_at
    views = journal.views(and_(onset >= start, onset < end))
    if not any(v.status == "open" for v in views):  # there is at most one open activation
        open_now = journal.open_activation()  # one from before the history still matters
        if open_now is not None:
            views.append(open_now)
    return views


def _until(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def _days_logged(journal: Journal, period: Period, checkins: Any, anchors: Any) -> set[date]:
    """Local days of the period on which anything at all was written down."""
    tz = journal.tz
    moments = [a.at for a in anchors]
    for column in (tables.reading.c.at, tables.note.c.at, tables.message.c.created_at):
        moments += journal.session.execute(select(column).where(_within(column, period))).scalars()
    return {c.day for c in checkins} | {m.astimezone(tz).date() for m in moments}


def _number(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def review_json(review: Review) -> dict[str, Any]:
    """The `steady.review/1` document of PRODUCT.md section 4."""
    s, tz = review.stats, review.tz
    return {
        "schema": "steady.review/1",
        "period": {
            "start": iso_local(review.period.start, tz),
            "end": iso_local(review.period.end, tz),
            "label": review.period.label,
        },
        "activations": {
            "count": s.count,
            "settled": s.settled,
            "open": s.open,
            "unresolved": s.unresolved,
            "peak_intensity": {
                "median": _number(s.peak_median),
                "max": s.peak_max,
                "high_share": _number(s.high_share, 4),
            },
            "recovery_minutes": {
                "median": _number(s.recovery_median),
                "p25": _number(s.recovery_p25),
                "p75": _number(s.recovery_p75),
                "max": _number(s.recovery_max),
            },
            "name_minutes": {"median": _number(s.name_median)},
            "caught_early_rate": _number(s.caught_early_rate, 4),
        },
        "body": [{"location": name, "count": count} for name, count in review.body],
        "feelings": [{"name": name, "count": count} for name, count in review.feelings],
        "helped": [
            {
                "practice": p.practice,
                "count": p.count,
                "median_recovery_minutes": _number(p.median_recovery_minutes),
            }
            for p in review.helped
        ],
        "urges": {"count": review.urges[0], "acted": review.urges[1]},
        "anchors": {
            "count": review.anchors_count,
            "minutes": review.anchor_minutes,
            "by_kind": review.anchors_by_kind,
        },
        "checkins": {"days": review.checkin_days, "hum_median": _number(review.hum_median)},
        "messages": {
            "drafted": review.messages_drafted,
            "sent": review.messages_sent,
            "flagged": review.messages_flagged,
        },
        "coverage": {"days_logged": review.days_logged, "days": review.days_so_far},
        "weeks": [
            {
                "week": w.week,
                "start": w.start.isoformat(),
                "count": w.count,
                "median_peak": _number(w.median_peak),
                "median_recovery_minutes": _number(w.median_recovery_minutes),
            }
            for w in review.weeks
        ],
        "trend": {
            "frequency": review.trend.frequency.direction,
            "peak": review.trend.peak.direction,
            "recovery": review.trend.recovery.direction,
        },
        "baseline": {
            "activations": review.baseline_count,
            "weekly_mean": _number(review.trend.frequency.baseline, 2),
            "median_peak": _number(review.trend.peak.baseline),
            "median_recovery_minutes": _number(review.trend.recovery.baseline),
        },
        "stale": [{"id": v.id, "started_at": iso_local(v.started_at, tz)} for v in review.stale],
        "support_suggested": bool(review.support),
        "support_reasons": review.support,
        "question": review.question,
    }
