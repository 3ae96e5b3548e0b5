"""Anchors: moments of being okay on your own, kept as evidence.

Functions over a `Journal` (its session, `now` and zone); no terminal I/O and no
clock. What they return are frozen views, read alike by the screen and `--json`.
The weekly tally uses the ISO week: Monday 00:00 to the next Monday 00:00, local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from steady import metrics
from steady.errors import InputError
from steady.language.anchors import (
    FELT_HINT,
    KIND_ALIASES,
    KINDS,
    KINDS_TEXT,
    MINUTES_HINT,
    REFLECTION,
)
from steady.language.matching import Match, Vocabulary
from steady.models import Anchor
from steady.text import optional_text, parse_intensity
from steady.timeparse import FUTURE_TOLERANCE, iso_local, show_duration

if TYPE_CHECKING:
    from steady.journal import Journal

MAX_MINUTES = 1440
"""A day: longer than that is more than one anchor."""

MAX_WHAT_CHARS = 200


@dataclass(frozen=True)
class AnchorView:
    id: int
    uuid: str
    kind: str
    what: str | None
    minutes: int | None
    felt: int | None
    at: datetime
    note: str | None

    @property
    def label(self) -> str:
        """How the anchor reads in a sentence: what it was, else its kind."""
        return self.what or self.kind


@dataclass(frozen=True)
class WeekTally:
    """Anchors in one ISO week: how many, and their minutes (unknown minutes count 0)."""

    start: datetime  # Monday 00:00 local, as an instant
    current: bool  # the week that holds `now`
    count: int
    minutes: int


@dataclass(frozen=True)
class AnchorResult:
    anchor: AnchorView
    week: WeekTally  # the week the anchor belongs to, including it


def anchor_view(row: Anchor) -> AnchorView:
    assert row.id is not None
    return AnchorView(
        id=row.id,
        uuid=row.uuid,
        kind=row.kind,
        what=row.what,
        minutes=row.minutes,
        felt=row.felt,
        at=row.at,
        note=row.note,
    )


# -- reading what was typed ------------------------------------------------------------------


def kinds() -> Vocabulary:
    return Vocabulary("anchor kinds", {"kinds": tuple(KINDS)}, KIND_ALIASES)


def kind_match(text: str) -> Match:
    """The kind as typed, matched: canonical, an everyday alias, or close suggestions."""
    return kinds().lookup(text)


def parse_kind(text: str | None) -> str:
    """One of the six kinds; anything else is refused with the list (and a close match)."""
    typed = (text or "").strip()
    if not typed:
        raise InputError("The kind of anchor is empty.", f"The kinds: {KINDS_TEXT}.")
    match = kind_match(typed)
    if match.known:
        return match.word
    if match.suggestions:
        raise InputError(
            f"{typed!r} is not a kind of anchor; did you mean {match.suggestions[0]}?",
            f"The kinds: {KINDS_TEXT}.",
        )
    raise InputError(
        f"{typed!r} is not a kind of anchor.",
        f"The kinds: {KINDS_TEXT} (what you did goes after the kind, "
        'as in: steady anchor interest "gardening").',
    )


def parse_minutes(value: str | int | None, what: str = "--minutes") -> int | None:
    """Whole minutes, 0 to a day; "40", "40m" and "40 min" are all read as 40."""
    if value is None:
        return None
    text = str(value).strip()
    number_text = text.lower()
    for unit in ("minutes", "minute", "mins", "min", "m"):
        if number_text.endswith(unit):
            number_text = number_text.removesuffix(unit).strip()
            break
    try:
        number = int(number_text)
    except ValueError:
        raise InputError(
            f"{what} {text!r} is not a whole number of minutes.", MINUTES_HINT
        ) from None
    if not 0 <= number <= MAX_MINUTES:
        raise InputError(f"{what} {number} is outside 0–{MAX_MINUTES}.", MINUTES_HINT)
    return number


def parse_felt(value: str | int | None, what: str = "--felt") -> int | None:
    """How settled it felt, 0–10 (the same reading as an intensity, with its own meaning)."""
    if value is None:
        return None
    try:
        return parse_intensity(value, what=what)
    except InputError as exc:
        raise InputError(exc.message, FELT_HINT) from None


# -- the journal -----------------------------------------------------------------------------


def log_anchor(
    journal: Journal,
    *,
    kind: str,
    what: str | None = None,
    minutes: str | int | None = None,
    felt: str | int | None = None,
    at: datetime | None = None,
    note: str | None = None,
) -> AnchorResult:
    """Keep an anchor; returns it with the tally of its week."""
    chosen = parse_kind(kind)
    length = parse_minutes(minutes)
    settled = parse_felt(felt)
    described = optional_text(what, "description", limit=MAX_WHAT_CHARS)
    note_text = optional_text(note, "note")
    moment = at or journal.this_minute
    if moment - journal.now > FUTURE_TOLERANCE:
        raise InputError("That time is in the future.", "Log things as they happen or after.")
    row = Anchor(
        kind=chosen,
        what=described,
        minutes=length,
        felt=settled,
        at=moment,
        note=note_text,
        created_at=journal.now,
    )
    journal.session.add(row)
    journal.session.flush()
    return AnchorResult(anchor_view(row), week_tally(journal, moment))


def anchors_between(
    journal: Journal, since: date | None = None, until: date | None = None
) -> list[AnchorView]:
    """Anchors between two local days (inclusive), newest first."""
    from steady.journal import within_days

    statement = within_days(
        select(Anchor).order_by(col(Anchor.at).desc(), col(Anchor.id).desc()),
        Anchor.at,
        since,
        until,
        journal.tz,
    )
    return [anchor_view(row) for row in journal.session.exec(statement).all()]


def week_tally(journal: Journal, moment: datetime | None = None) -> WeekTally:
    """How many anchors, and how many minutes, in the ISO week holding `moment` (default now)."""
    week = metrics.week_of((moment or journal.now).astimezone(journal.tz).date(), journal.tz)
    start, end = week.start, week.end
    minutes = journal.session.exec(
        select(Anchor.minutes).where(col(Anchor.at) >= start, col(Anchor.at) < end)
    ).all()
    current = start <= journal.now < end
    return WeekTally(start, current, len(minutes), sum(m or 0 for m in minutes))


# -- words and JSON --------------------------------------------------------------------------


def show_minutes(minutes: int) -> str:
    return "0 min" if minutes == 0 else show_duration(minutes)


def kept_line(view: AnchorView) -> str:
    """ "Anchor kept: long walk, 40 min." (plain text: the caller makes it safe to show)."""
    parts = [view.label]
    if view.minutes is not None:
        parts.append(show_minutes(view.minutes))
    if view.felt is not None:
        parts.append(f"felt {view.felt}/10 settled")
    return "Anchor kept: " + ", ".join(parts) + "."


def week_line(week: WeekTally, now: datetime, tz: tzinfo) -> str:
    """ "This week: 3 anchors, 1 h 35 min of being okay on your own." Never a score."""
    if week.current:
        label = "This week"
    else:
        monday = week.start.astimezone(tz)
        label = f"The week of {monday:%a} {monday.day} {monday:%b}"
        if monday.year != now.astimezone(tz).year:
            label += f" {monday.year}"
    count = f"{week.count} anchor" + ("" if week.count == 1 else "s")
    if week.minutes:
        return f"{label}: {count}, {show_minutes(week.minutes)} {REFLECTION}."
    return f"{label}: {count} {REFLECTION}."


def anchor_json(view: AnchorView, tz: tzinfo) -> dict[str, Any]:
    """One item of `steady anchors --json` (docs/data-format.md, "`--json` output")."""
    return {
        "id": view.id,
        "uuid": view.uuid,
        "kind": view.kind,
        "what": view.what,
        "minutes": view.minutes,
        "felt": view.felt,
        "at": iso_local(view.at, tz),
        "note": view.note,
    }
