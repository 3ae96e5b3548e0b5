"""Reading the times people type, and showing times back to them.

Everything here takes `now` (an aware datetime) and the local zone as arguments;
nothing reads the clock. Instants are returned in UTC. Durations are real
elapsed time, so a DST change inside an activation neither adds nor loses an hour.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from steady.errors import InputError
from steady.numbers import whole_number

FUTURE_TOLERANCE = timedelta(minutes=5)
EARLIEST_YEAR = 1900  # far enough back for any journal, clear of datetime's edges
LATEST_YEAR = 9998  # clear of datetime's upper edge once a day or an offset is added
DAYS_RANGE_HINT = f"steady keeps days from {EARLIEST_YEAR}-01-01 to {LATEST_YEAR}-12-31."

WHEN_FORMATS_HINT = "Try 21:30, yesterday 21:30, 2026-11-27 21:30, 20m ago or 2h ago."
DATE_FORMATS_HINT = "Try 2026-11-27, today, yesterday or 3 days ago."

_UNIT_MINUTES = {"d": 1440, "h": 60, "m": 1}
_RELATIVE_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)", re.IGNORECASE
)
_RELATIVE = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*(?:d|days?|h|hrs?|hours?|m|mins?|minutes?)\s*,?\s*(?:and\s+)?)+ago$",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$",
    re.IGNORECASE,
)
_DAYS_AGO = re.compile(r"^(\d+)\s*days?\s+ago$", re.IGNORECASE)


def local_zone() -> tzinfo:
    """The zone times are shown in: `TZ` when set, else the system's zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # not needed for --help or completion

    name = os.environ.get("TZ", "").strip().lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a POSIX TZ string such as "EST5EDT" falls through to the system's view
    localtime = Path("/etc/localtime")
    try:
        with localtime.open("rb") as handle:
            return ZoneInfo.from_file(handle, key=_zone_key(localtime))
    except (OSError, ValueError):
        fallback = datetime.now().astimezone().tzinfo
        return fallback if fallback is not None else UTC


def _zone_key(localtime: Path) -> str:
    try:
        target = str(localtime.resolve())
    except OSError:
        return "localtime"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "localtime"


def parse_when(text: str, now: datetime, tz: tzinfo, *, what: str = "--at") -> datetime:
    """Parse a moment such as `21:30`, `yesterday 21:30`, ISO 8601 or `20m ago`.

    Returns an aware UTC datetime. More than five minutes in the future is refused.
    """
    raw = " ".join(text.strip().split())
    if not raw:
        raise InputError(f"{what} is empty.", WHEN_FORMATS_HINT)
    lowered = raw.lower()
    local_now = now.astimezone(tz)

    if lowered in {"now", "just now"}:
        return _whole_minute(now)
    if lowered.startswith(("tomorrow", "tonight", "later", "in ")):
        raise InputError(
            f"{what} {raw!r} has not happened yet.", "Log things as they happen or after."
        )

    if _RELATIVE.match(lowered):
        minutes = sum(
            float(amount) * _UNIT_MINUTES[unit[0].lower()]
            for amount, unit in _RELATIVE_PART.findall(lowered)
        )
        if minutes > 366 * 1440:
            raise InputError(f"{what} {raw!r} is more than a year ago.", WHEN_FORMATS_HINT)
        return _whole_minute(now - timedelta(minutes=minutes))

    day: date | None = None
    clock_text = lowered
    for word, offset in (("today", 0), ("yesterday", 1)):
        if lowered == word or lowered.startswith(word + " "):
            day = local_now.date() - timedelta(days=offset)
            clock_text = lowered[len(word) :].strip()
            if not clock_text:
                raise InputError(
                    f"{what} {raw!r} needs a time of day.", f"For example: {word} 21:30."
                )
            break

    clock = _parse_clock(clock_text)
    if clock is not None:
        explicit_day = day is not None
        moment = _localize(datetime.combine(day or local_now.date(), clock), tz, raw, what)
        if not explicit_day and moment - now > FUTURE_TOLERANCE:
            raise InputError(
                f"{what} {raw!r} is later than now.",
                f"For last night, say: yesterday {clock.strftime('%H:%M')}.",
            )
        return _not_future(moment, now, raw, what)

    if day is not None:
        raise InputError(f"Cannot read the time in {_mid(what)} {raw!r}.", WHEN_FORMATS_HINT)

    try:
        parsed = datetime.fromisoformat(raw.replace(" ", "T", 1) if " " in raw else raw)
    except ValueError:
        raise InputError(
            f"Cannot read {_mid(what)} {raw!r} as a time.", WHEN_FORMATS_HINT
        ) from None
    if not EARLIEST_YEAR <= parsed.year <= now.year:
        raise InputError(f"{what} {raw!r} is outside the years steady keeps.", WHEN_FORMATS_HINT)
    if parsed.tzinfo is None:
        if len(raw) <= 10:  # a bare date: a time of day is needed for a moment
            raise InputError(
                f"{what} {raw!r} is a date without a time of day.",
                f"For example: {raw} 21:30.",
            )
        moment = _localize(parsed, tz, raw, what)
    else:
        moment = parsed.astimezone(UTC)
    return _not_future(moment, now, raw, what)


def _mid(what: str) -> str:
    """`what` inside a sentence: "That time" becomes "that time"; "--at" stays."""
    return what if what.startswith("-") else what[:1].lower() + what[1:]


def _whole_minute(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(second=0, microsecond=0)


def clock_after(text: str, after: datetime, tz: tzinfo) -> datetime | None:
    """A bare clock time ("23:15") read as its first occurrence after `after`.

    When settling an old activation, "23:15" means that evening, not today.
    """
    clock = _parse_clock(" ".join(text.strip().lower().split()))
    if clock is None:
        return None
    local_after = after.astimezone(tz)
    for offset in (0, 1):
        day = local_after.date() + timedelta(days=offset)
        candidate = datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)
        if candidate >= after:
            return candidate
    return None  # pragma: no cover - the next day always qualifies


def _parse_clock(text: str) -> time | None:
    match = _CLOCK.match(text)
    if not match:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    second = int(match["s"] or 0)
    ampm = (match["ampm"] or "").replace(".", "").lower()
    if not ampm and match["m"] is None:
        return None  # a lone number is not a time; "9pm" or "21:00" is
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _localize(naive: datetime, tz: tzinfo, raw: str, what: str) -> datetime:
    """Attach the local zone, refusing a wall time skipped by a DST change.

    An ambiguous wall time (clocks going back) means its first occurrence.
    """
    local = naive.replace(tzinfo=tz, fold=0)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != naive:
        raise InputError(
            f"{what} {raw!r} did not happen on that day: the clocks skipped it.",
            "Give the time just after the change instead.",
        )
    return instant


def _not_future(moment: datetime, now: datetime, raw: str, what: str) -> datetime:
    if moment - now > FUTURE_TOLERANCE:
        raise InputError(f"{what} {raw!r} is in the future.", "Log things as they happen or after.")
    return moment


def parse_date(text: str, now: datetime, tz: tzinfo, *, what: str = "DATE") -> date:
    """Parse a calendar day: `2026-11-27`, `today`, `yesterday`, `3 days ago`."""
    raw = " ".join(text.strip().split())
    lowered = raw.lower()
    today = now.astimezone(tz).date()
    if lowered == "today":
        return today
    if lowered == "yesterday":
        return today - timedelta(days=1)
    match = _DAYS_AGO.match(lowered)
    if match:
        days = whole_number(match[1])
        if days is None or days > 366 * 100:
            raise InputError(f"{what} {raw!r} is too far back.", DATE_FORMATS_HINT)
        return today - timedelta(days=days)
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise InputError(
            f"Cannot read {_mid(what)} {raw!r} as a date.", DATE_FORMATS_HINT
        ) from None
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise InputError(f"{what} {raw!r} is outside the days steady keeps.", DAYS_RANGE_HINT)
    return day


def day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day starts and the next one starts."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def elapsed_minutes(start: datetime, end: datetime) -> float:
    """Real elapsed minutes between two aware instants (DST-proof)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60


def iso_local(moment: datetime | None, tz: tzinfo) -> str | None:
    """ISO 8601 with the local offset, to the second, for JSON."""
    if moment is None:
        return None
    return moment.astimezone(tz).replace(microsecond=0).isoformat()


def show_moment(moment: datetime, now: datetime, tz: tzinfo) -> str:
    """A short local time for people: `21:04`, `yesterday 21:04`, `Mon 24 Nov 21:04`."""
    local = moment.astimezone(tz)
    today = now.astimezone(tz).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return clock
    if local.date() == today - timedelta(days=1):
        return f"yesterday {clock}"
    if timedelta(0) < today - local.date() < timedelta(days=7):
        return f"{local.strftime('%a')} {local.day} {local.strftime('%b')} {clock}"
    if local.year == today.year:
        return f"{local.day} {local.strftime('%b')} {clock}"
    return local.strftime("%Y-%m-%d ") + clock


def show_after(minutes: float) -> str:
    """ "after 42 min", or "within a minute" for almost nothing."""
    return "within a minute" if round(minutes) < 1 else f"after {show_duration(minutes)}"


def show_duration(minutes: float) -> str:
    """Minutes in words: `under a minute`, `42 min`, `1 h 30 min`, `2 days 3 h`."""
    whole = round(minutes)
    if whole < 1:
        return "under a minute"
    if whole < 60:
        return f"{whole} min"
    hours, mins = divmod(whole, 60)
    if hours < 24:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    days, hours = divmod(hours, 24)
    day_word = "day" if days == 1 else "days"
    return f"{days} {day_word} {hours} h" if hours else f"{days} {day_word}"


def read_clock(text: str) -> time | None:
    """A time of day as written in other apps' exports: "21:30", "9:30 pm", "21:30:05"."""
    return _parse_clock(" ".join(text.strip().lower().split()))
