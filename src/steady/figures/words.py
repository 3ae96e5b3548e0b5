"""The figures in words, for the screen and the report alike.

Plain strings, no markup: the renderer and the templates decide how they look. Recovery
leads, because it is the number that moves first with practice; down is the good
direction for it and the words say so. A number is never shown where nothing was logged:
those places say so in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from steady.figures.core import (
    ActivationFigures,
    Change,
    Coverage,
    PeriodFigures,
    Trend,
    WeekFigures,
)
from steady.metrics import Period
from steady.timeparse import show_duration

BUILDING = "still building a baseline"
TOO_FEW_DAYS = "too few days logged to compare"
BEFORE_JOURNAL = "before the journal began"
NOT_BEGUN = "not begun yet"
NOT_LOGGED = "not logged"
MIDDLE_HALF_MIN = 4
"""The middle half of recovery times is shown from this many settled activations: with
fewer, its ends are just the values themselves."""


def number(value: float) -> str:
    """1 decimal at most: 6, 6.5, 1.8."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def days_text(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def baseline_needs(period: Period) -> str:
    """What BUILDING waits for, said once under the figures rather than after each."""
    before = "4 weeks" if period.is_week else "4 periods of the same length"
    return (
        f"A change is shown once a period has 3 activations and the {before} before it "
        "have 6 between them; a change in frequency also needs both sides logged on at "
        "least half their days."
    )


def _before(period: Period) -> str:
    return "the previous 4 weeks" if period.is_week else "the 4 periods before"


def heading(period: Period) -> str:
    if period.is_week:
        first, last = period.first_day, period.last_day
        return (
            f"Week {period.label} · {first:%a} {first.day} {first:%b} – "
            f"{last:%a} {last.day} {last:%b}"
        )
    return f"{period.first_day:%a} {period.first_day.day} {period.first_day:%b %Y} – " + (
        f"{period.last_day:%a} {period.last_day.day} {period.last_day:%b %Y}"
    )


def day_text(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def coverage(c: Coverage, began: date | None = None) -> str:
    """`logged on 5 of 7 days`, with what the other days were."""
    if not c.begun:
        return BEFORE_JOURNAL if c.before else "this period has not begun yet"
    text = f"logged on {c.logged} of {days_text(c.days)}" + (" so far" if c.ahead else "")
    if c.before and began is not None:
        text += f" since the journal began on {began.day} {began:%b %Y}"
    return text


def settled_tally(a: ActivationFigures) -> str:
    """`26 settled · 3 not settled (peaks 10, 8, 7) · 1 open`: recovery's whole denominator."""
    parts = [f"{a.settled} settled"]
    if a.unresolved:
        text = f"{a.unresolved} not settled"
        if a.unsettled_peaks:
            peaks = ", ".join(str(p) for p in a.unsettled_peaks)
            text += f" ({'peak' if len(a.unsettled_peaks) == 1 else 'peaks'} {peaks})"
        parts.append(text)
    if a.open:
        parts.append(f"{a.open} open")
    return " · ".join(parts)


def middle_half(a: ActivationFigures) -> str | None:
    if a.settled < MIDDLE_HALF_MIN or a.recovery_p25 is None or a.recovery_p75 is None:
        return None
    return f"{show_duration(a.recovery_p25)} – {show_duration(a.recovery_p75)}"


def recovery(f: PeriodFigures, change: Change, period: Period) -> str:
    a = f.activations
    if a.recovery_median is None:
        if a.count:
            return f"no settled activations yet, so no recovery time to show ({settled_tally(a)})"
        return "nothing to measure yet"
    text = f"median {show_duration(a.recovery_median)}"
    spread = middle_half(a)
    if spread:
        text += f" (the middle half between {spread.replace(' – ', ' and ')})"
    return f"{text}, {_recovery_change(change, period)}"


def _recovery_change(change: Change, period: Period) -> str:
    if change.direction == "insufficient" or change.baseline is None:
        return BUILDING
    before = f"{show_duration(change.baseline)} over {_before(period)}"
    return {
        "down": f"down from {before}: you are coming back faster",
        "up": f"up from {before}: slower this time, which happens",
        "steady": f"about the same as {before}",
    }[change.direction]


def intensity(f: PeriodFigures, change: Change, period: Period) -> str:
    a = f.activations
    if a.peak_median is None:
        return "no readings yet"
    text = f"median peak {number(a.peak_median)}/10, highest {a.peak_max}/10"
    text += f"; {a.high} of {a.with_peak} reached 7 or more"
    if change.direction == "insufficient" or change.baseline is None:
        return f"{text}; {BUILDING}"
    before = f"{number(change.baseline)}/10 over {_before(period)}"
    return (
        text
        + {
            "down": f"; lower than {before}",
            "up": f"; higher than {before}",
            "steady": f"; about the same as {before}",
        }[change.direction]
    )


def rate(f: PeriodFigures) -> str | None:
    """`4.2 per 7 logged days`; with under half the days logged, only the coverage: a rate
    stretched from two days to seven would say more than was logged."""
    if f.per_week is None:
        return None
    c = f.coverage
    if not c.enough:
        return f"logged on only {c.logged} of {c.days} days"
    return f"{number(f.per_week)} per 7 logged days"


def frequency(f: PeriodFigures, trend: Trend, period: Period) -> str:
    a, c, change = f.activations, f.coverage, trend.frequency
    if not c.begun:
        return BEFORE_JOURNAL if c.before else "this period has not begun yet"
    if not c.logged:
        return "nothing logged, so no count to show"
    noun = "activation" if a.count == 1 else "activations"
    text = f"{a.count} {noun} ({rate(f)})"
    if change.direction == "insufficient" or change.baseline is None:
        if a.count >= 3 and trend.baseline_count >= 6:
            return f"{text}; {TOO_FEW_DAYS}"
        return f"{text}; {BUILDING}" if a.count else text
    average = f"your {number(change.baseline)} per 7 logged days over {_before(period)}"
    return (
        text
        + {
            "down": f", fewer than {average}",
            "up": f", more than {average}",
            "steady": f", close to {average}",
        }[change.direction]
    )


def caught_early(a: ActivationFigures, caught_early_max: int) -> str | None:
    if not a.with_first_reading:
        return None
    text = (
        f"caught early (first reading {caught_early_max} or less) "
        f"{a.caught_early} of {a.with_first_reading}"
    )
    if a.name_median is not None:
        text += f"; feelings named after a median of {show_duration(a.name_median)}"
    return text


SUPPORT = {
    "very-high-peaks": "three peaks of 9 or 10 within a week",
    "long-recovery": "a recovery that took more than a day",
}


def support(reasons: list[str]) -> str | None:
    if not reasons:
        return None
    what = " and ".join(SUPPORT[r] for r in reasons)
    return (
        f"This period held {what}. That is a lot to carry on your own; talking it through "
        "with a therapist, counsellor or doctor can really help."
    )


def week_count(w: WeekFigures) -> str:
    """A week's count, or what stands in for it: `3`, `not logged`, `before the journal`."""
    if w.count is not None:
        return str(w.count)
    return {"not-logged": NOT_LOGGED, "before": "before the journal", "ahead": "to come"}[w.state]


def week_unsettled(w: WeekFigures) -> str:
    return f"{w.unsettled} not settled" if w.unsettled else ""


# -- the report's table of figures ----------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One figure for one period: the number, and what it rests on."""

    main: str
    detail: str = ""


@dataclass(frozen=True)
class Figure:
    label: str
    current: Cell
    previous: Cell


def figure_rows(now: PeriodFigures, before: PeriodFigures) -> tuple[Figure, ...]:
    rows = (
        ("Days logged", _coverage_cell),
        ("Activations per 7 logged days", _rate_cell),
        ("Peak intensity (0–10)", _peak_cell),
        ("Recovery time", _recovery_cell),
        ("Time to name a feeling", _naming_cell),
        ("Urges acted on", _urges_cell),
        ("Anchors", _anchors_cell),
        ("Background hum", _hum_cell),
        ("Messages", _messages_cell),
    )
    return tuple(
        Figure(label, _unless_missing(cell, now), _unless_missing(cell, before))
        for label, cell in rows
    )


def _unless_missing(cell: object, f: PeriodFigures) -> Cell:
    """A period with no day to count says why, in every row, rather than showing zeros."""
    c = f.coverage
    if not c.begun:
        return Cell("–", BEFORE_JOURNAL if c.before else NOT_BEGUN)
    assert callable(cell)
    result: Cell = cell(f)
    return result


def _coverage_cell(f: PeriodFigures) -> Cell:
    c = f.coverage
    detail = f"the {days_text(c.before)} before it began not counted" if c.before else ""
    return Cell(f"{c.logged} of {c.days}", detail)


def _rate_cell(f: PeriodFigures) -> Cell:
    c, count = f.coverage, f.activations.count
    if f.per_week is None:
        return Cell("–", NOT_LOGGED)
    noun = "activation" if count == 1 else "activations"
    detail = f"{count} {noun} on {days_text(c.logged)} logged"
    if not c.enough:  # as on the screen: no rate stretched from a few logged days
        return Cell("–", f"{detail}; too few days for a rate")
    return Cell(number(f.per_week), detail)


def _peak_cell(f: PeriodFigures) -> Cell:
    a = f.activations
    if a.peak_median is None:
        return Cell("–")
    return Cell(
        f"median {number(a.peak_median)}, highest {a.peak_max}", f"{a.high} reached 7 or more"
    )


def _recovery_cell(f: PeriodFigures) -> Cell:
    a = f.activations
    if not a.count:
        return Cell("–")
    if a.recovery_median is None:
        return Cell("–", settled_tally(a))
    spread = middle_half(a)
    detail = f"middle half {spread}; {settled_tally(a)}" if spread else settled_tally(a)
    return Cell(f"median {show_duration(a.recovery_median)}", detail)


def _naming_cell(f: PeriodFigures) -> Cell:
    if f.activations.name_median is None:
        return Cell("–")
    return Cell(f"median {show_duration(f.activations.name_median)}")


def _urges_cell(f: PeriodFigures) -> Cell:
    if not f.urges:
        return Cell("none noted" if f.activations.count else "–")
    return Cell(f"{f.urges_acted} of {f.urges}")


def _anchors_cell(f: PeriodFigures) -> Cell:
    if not f.anchors:
        return Cell("none written down")
    return Cell(str(f.anchors), show_duration(f.anchor_minutes) if f.anchor_minutes else "")


def _hum_cell(f: PeriodFigures) -> Cell:
    checkins = "1 check-in" if f.checkin_days == 1 else f"{f.checkin_days} check-ins"
    if f.hum_median is None:
        return Cell("–", checkins if f.checkin_days else "")
    return Cell(f"median {number(f.hum_median)}", checkins)


def _messages_cell(f: PeriodFigures) -> Cell:
    if not f.messages_drafted:
        return Cell("none written")
    return Cell(
        f"{f.messages_drafted} drafted · {f.messages_sent} sent",
        f"{f.messages_flagged} with flags",
    )
