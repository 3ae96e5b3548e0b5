"""The weekly review: one period's figures, from `steady.figures`, with their history.

Loads the span the review shows once (`steady.figures.load`): the history weeks, the
four periods before for the comparison, and a week before the period for the gentle
word about support. Every number comes from `steady.figures.core`; this module only
chooses the periods and lays the numbers out as the `steady.review/2` document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from steady.figures import core, load
from steady.figures.core import PeriodFigures, Practice, Trend, WeekFigures
from steady.journal import Journal
from steady.metrics import Period, week_of
from steady.timeparse import iso_local
from steady.views import ActivationView

DEFAULT_WEEKS = 8
SCHEMA = "steady.review/2"

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
    began: date | None  # the journal's first day
    figures: PeriodFigures
    activations: tuple[ActivationView, ...]
    body: list[tuple[str, int]]
    feelings: list[tuple[str, int]]
    helped: list[Practice]
    weeks: list[WeekFigures]
    trend: Trend
    open_now: tuple[ActivationView, ...]
    support: list[str]
    question: str

    @property
    def stale(self) -> tuple[ActivationView, ...]:
        return tuple(v for v in self.open_now if v.stale)


def build_review(journal: Journal, period: Period, *, weeks: int = DEFAULT_WEEKS) -> Review:
    """Everything `steady review` shows for `period`, with up to `weeks` of history."""
    tz = journal.tz
    baseline = [period.shifted(-n, tz) for n in range(core.BASELINE_PERIODS, 0, -1)]
    oldest_week = week_of(period.last_day - timedelta(weeks=weeks - 1), tz)
    support_from = period.first_day - timedelta(days=7)
    first = min(oldest_week.first_day, baseline[0].first_day, support_from)
    records = load.load(journal, first, period.last_day)
    figures = core.Figures(records, journal.config.int("caught_early_max"))
    current = figures.activations_in(period.first_day, period.last_day)
    window = figures.activations_in(support_from, period.last_day)
    history = core.history(period, weeks, records.began, tz)
    open_now = records.open_now
    return Review(
        period=period,
        now=journal.now,
        tz=tz,
        began=records.began,
        figures=figures.period(period),
        activations=tuple(current),
        body=core.body_counts(current),
        feelings=core.feeling_counts(current),
        helped=core.helped_stats(current),
        weeks=figures.weeks(history),
        trend=figures.trend(period, baseline),
        open_now=() if open_now is None else (open_now,),
        support=core.support_reasons(current, window),
        question=REFLECTIVE_QUESTIONS[
            period.first_day.toordinal() // 7 % len(REFLECTIVE_QUESTIONS)
        ],
    )


def _number(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def review_json(review: Review) -> dict[str, Any]:
    """The `steady.review/2` document (docs/data-format.md)."""
    f, tz = review.figures, review.tz
    a, c, trend = f.activations, f.coverage, review.trend
    return {
        "schema": SCHEMA,
        "period": {
            "start": iso_local(review.period.start, tz),
            "end": iso_local(review.period.end, tz),
            "label": review.period.label,
        },
        "activations": {
            "count": a.count if c.logged else None,
            "settled": a.settled,
            "open": a.open,
            "unresolved": a.unresolved,
            "unresolved_peaks": list(a.unsettled_peaks),
            "per_7_logged_days": _number(f.per_week, 2),
            "peak_intensity": {
                "median": _number(a.peak_median),
                "max": a.peak_max,
                "high_share": _number(a.high_share, 4),
            },
            "recovery_minutes": {
                "median": _number(a.recovery_median),
                "p25": _number(a.recovery_p25),
                "p75": _number(a.recovery_p75),
                "max": _number(a.recovery_max),
            },
            "name_minutes": {"median": _number(a.name_median)},
            "caught_early_rate": _number(a.caught_early_rate, 4),
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
        "urges": {"count": f.urges, "acted": f.urges_acted},
        "anchors": {
            "count": f.anchors,
            "minutes": f.anchor_minutes,
            "by_kind": dict(f.anchors_by_kind),
        },
        "checkins": {"days": f.checkin_days, "hum_median": _number(f.hum_median)},
        "messages": {
            "drafted": f.messages_drafted,
            "sent": f.messages_sent,
            "flagged": f.messages_flagged,
        },
        "coverage": {
            "days_logged": c.logged,
            "days": c.days,
            "days_before_journal": c.before,
            "journal_began": None if review.began is None else review.began.isoformat(),
        },
        "weeks": [
            {
                "week": w.label,
                "start": w.first_day.isoformat(),
                "days": w.coverage.days,
                "days_logged": w.coverage.logged,
                "count": w.count,
                "per_7_logged_days": _number(core.per_week(w.count or 0, w.coverage.logged), 2),
                "median_peak": _number(w.median_peak),
                "median_recovery_minutes": _number(w.median_recovery_minutes),
                "unresolved": w.unsettled,
                "open": w.open,
            }
            for w in review.weeks
        ],
        "trend": {
            "frequency": trend.frequency.direction,
            "peak": trend.peak.direction,
            "recovery": trend.recovery.direction,
        },
        "baseline": {
            "activations": trend.baseline_count,
            "days_logged": trend.baseline_coverage.logged,
            "days": trend.baseline_coverage.days,
            "per_7_logged_days": _number(trend.frequency.baseline, 2),
            "median_peak": _number(trend.peak.baseline),
            "median_recovery_minutes": _number(trend.recovery.baseline),
        },
        "stale": [{"id": v.id, "started_at": iso_local(v.started_at, tz)} for v in review.stale],
        "support_suggested": bool(review.support),
        "support_reasons": review.support,
        "question": review.question,
    }
