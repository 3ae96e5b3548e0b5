"""The review's numbers in words: each figure with its meaning and its change.

Plain strings, no markup: the renderer decides how they look. Recovery leads,
because it is the number that moves first with practice; down is the good
direction for it and the words say so.
"""

from __future__ import annotations

from steady.metrics import ActivationStats, Change, Period
from steady.timeparse import show_duration

BUILDING = "still building a baseline"


def baseline_needs(period: Period) -> str:
    """What BUILDING waits for, said once under the figures rather than after each."""
    before = "4 weeks" if period.is_week else "4 periods of the same length"
    return (
        f"A change is shown once a period has 3 activations and the {before} before it "
        "have 6 between them."
    )


def _before(period: Period) -> str:
    return "the previous 4 weeks" if period.is_week else "the 4 periods before"


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


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


def coverage(days_logged: int, days_so_far: int, period_days: int) -> str:
    if days_so_far == 0:
        return "this period has not begun yet"
    so_far = " so far" if days_so_far < period_days else ""
    return f"logged on {days_logged} of {days_so_far} days{so_far}"


def recovery(stats: ActivationStats, change: Change, period: Period) -> str:
    if stats.recovery_median is None:
        if stats.count:
            return "no settled activations yet, so no recovery time to show"
        return "nothing to measure yet"
    text = f"median {show_duration(stats.recovery_median)}"
    if stats.settled >= 4 and stats.recovery_p25 is not None and stats.recovery_p75 is not None:
        text += (
            f" (the middle half between {show_duration(stats.recovery_p25)} "
            f"and {show_duration(stats.recovery_p75)})"
        )
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


def intensity(stats: ActivationStats, change: Change, period: Period) -> str:
    if stats.peak_median is None:
        return "no readings yet"
    high = round((stats.high_share or 0) * stats.count)
    text = f"median peak {_number(stats.peak_median)}/10, highest {stats.peak_max}/10"
    text += f"; {high} of {stats.count} reached 7 or more"
    if change.direction == "insufficient" or change.baseline is None:
        return f"{text}; {BUILDING}"
    before = f"{_number(change.baseline)}/10 over {_before(period)}"
    return (
        text
        + {
            "down": f"; lower than {before}",
            "up": f"; higher than {before}",
            "steady": f"; about the same as {before}",
        }[change.direction]
    )


def frequency(stats: ActivationStats, change: Change, period: Period) -> str:
    noun = "activation" if stats.count == 1 else "activations"
    text = f"{stats.count} {noun}"
    if change.direction == "insufficient" or change.baseline is None:
        return f"{text}; {BUILDING}" if stats.count else text
    average = f"your average of {_number(change.baseline)} over {_before(period)}"
    return (
        text
        + {
            "down": f", fewer than {average}",
            "up": f", more than {average}",
            "steady": f", close to {average}",
        }[change.direction]
    )


def caught_early(stats: ActivationStats, caught_early_max: int) -> str | None:
    if stats.caught_early_rate is None:
        return None
    caught = round(stats.caught_early_rate * stats.count)
    text = f"caught early (first reading {caught_early_max} or less) {caught} of {stats.count}"
    if stats.name_median is not None:
        text += f"; feelings named after a median of {show_duration(stats.name_median)}"
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
