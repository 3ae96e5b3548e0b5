"""The daily check-in: the background hum, "no activation today", a note.

One check-in per local calendar day. Checking in again for the same day updates
that day's record and keeps whatever was not given this time. Back-filling an
earlier day is welcome; a day that has not come yet is refused. Like the
journal, nothing here prints or reads the clock: the moment comes from `Journal`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from steady import metrics
from steady.errors import InputError
from steady.models import Activation, Checkin
from steady.text import optional_text, parse_intensity
from steady.timeparse import day_bounds, iso_local

if TYPE_CHECKING:
    from steady.journal import Journal


@dataclass(frozen=True)
class CheckinView:
    id: int
    uuid: str
    day: date
    hum: int | None
    note: str | None
    no_activation: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class DayState:
    """What is already known about a day, looked at before any question is asked."""

    day: date
    today: bool
    checkin: CheckinView | None
    activations: tuple[tuple[int, datetime], ...]  # (id, onset) with onset that day


@dataclass(frozen=True)
class CheckinResult:
    checkin: CheckinView
    previous: CheckinView | None  # the day's record before this update; None when new
    activations: tuple[tuple[int, datetime], ...]  # (id, onset) with onset that day
    in_week: int  # check-ins in the day's ISO week, this one included
    note_added: bool

    @property
    def updated(self) -> bool:
        return self.previous is not None


def checkin_view(row: Checkin) -> CheckinView:
    assert row.id is not None
    return CheckinView(
        id=row.id,
        uuid=row.uuid,
        day=row.day,
        hum=row.hum,
        note=row.note,
        no_activation=row.no_activation,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def checkin_json(view: CheckinView, tz: tzinfo) -> dict[str, Any]:
    """The `checkins --json` object."""
    return {
        "id": view.id,
        "uuid": view.uuid,
        "day": view.day.isoformat(),
        "hum": view.hum,
        "note": view.note,
        "no_activation": view.no_activation,
        "created_at": iso_local(view.created_at, tz),
        "updated_at": iso_local(view.updated_at, tz),
    }


def today(journal: Journal) -> date:
    return journal.now.astimezone(journal.tz).date()


def check_day(day: date | None, current: date, what: str = "--date") -> date:
    """The day a check-in is for: today by default, any earlier day, never a later one.

    `current` is today's local date; the CLI can check before it opens the journal.
    """
    if day is None:
        return current
    if day > current:
        raise InputError(
            f"{what} {day.isoformat()} has not come yet.",
            "Check in for today or for a day that has passed.",
        )
    return day


def show_day(day: date, current: date) -> str:
    """A day for people: `today`, `yesterday`, `Thu 26 Nov`, `Thu 26 Nov 2025`."""
    if day == current:
        return "today"
    if day == current - timedelta(days=1):
        return "yesterday"
    label = f"{day:%a} {day.day} {day:%b}"
    return label if day.year == current.year else f"{label} {day.year}"


def _row(journal: Journal, day: date) -> Checkin | None:
    return journal.session.exec(select(Checkin).where(Checkin.day == day)).first()


def activations_on(journal: Journal, day: date) -> tuple[tuple[int, datetime], ...]:
    """Activations whose onset falls on that local day, earliest first."""
    start, end = day_bounds(day, journal.tz)
    rows = journal.session.exec(
        select(Activation.id, Activation.started_at)
        .where(col(Activation.started_at) >= start, col(Activation.started_at) < end)
        .order_by(col(Activation.started_at), col(Activation.id))
    ).all()
    return tuple((i, at) for i, at in rows if i is not None)


def activations_per_day(journal: Journal, first: date, last: date) -> Counter[date]:
    """How many activations began on each local day from `first` to `last`, in one query."""
    start, end = day_bounds(first, journal.tz)[0], day_bounds(last, journal.tz)[1]
    onsets = journal.session.exec(
        select(Activation.started_at).where(
            col(Activation.started_at) >= start, col(Activation.started_at) < end
        )
    ).all()
    return Counter(onset.astimezone(journal.tz).date() for onset in onsets)


def day_state(journal: Journal, day: date | None = None) -> DayState:
    """Check the day and say what is there already (the CLI calls this before asking)."""
    day = check_day(day, today(journal))
    row = _row(journal, day)
    return DayState(
        day=day,
        today=day == today(journal),
        checkin=None if row is None else checkin_view(row),
        activations=activations_on(journal, day),
    )


def get(journal: Journal, day: date) -> CheckinView | None:
    row = _row(journal, day)
    return None if row is None else checkin_view(row)


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the day's ISO week."""
    week = metrics.week_of(day, UTC)  # calendar days only: the zone does not matter
    return week.first_day, week.last_day


def count_in_week(journal: Journal, day: date) -> int:
    from sqlalchemy import func

    monday, sunday = week_of(day)
    total = journal.session.exec(
        select(func.count())
        .select_from(Checkin)
        .where(col(Checkin.day) >= monday, col(Checkin.day) <= sunday)
    ).one()
    return int(total)


def _with_note(existing: str | None, note: str) -> tuple[str, bool]:
    """A second note for the same day is added below the first (the same one only once)."""
    if not existing:
        return note, True
    if note in existing.split("\n\n"):
        return existing, False
    return f"{existing}\n\n{note}", True


def checkin(
    journal: Journal,
    *,
    day: date | None = None,
    hum: int | str | None = None,
    note: str | None = None,
    no_activation: bool | None = None,
) -> CheckinResult:
    """Check in for a day (default today): create its record, or update it.

    `None` means "not given this time": an update keeps the stored value. A note is
    added below an earlier one. `no_activation=False` takes back an earlier "no
    activation"; an activation logged that day never makes "no activation" refused.
    """
    level = None if hum is None else parse_intensity(hum, "Hum")
    text = optional_text(note, "note")
    the_day = check_day(day, today(journal))
    row = _row(journal, the_day)
    previous = None if row is None else checkin_view(row)
    note_added = False
    if row is None:
        row = Checkin(
            day=the_day,
            hum=level,
            note=text,
            no_activation=bool(no_activation),
            created_at=journal.now,
            updated_at=journal.now,
        )
        note_added = text is not None
    else:
        if level is not None:
            row.hum = level
        if text is not None:
            row.note, note_added = _with_note(row.note, text)
        if no_activation is not None:
            row.no_activation = no_activation
        row.updated_at = journal.now
    journal.session.add(row)
    journal.session.flush()
    return CheckinResult(
        checkin=checkin_view(row),
        previous=previous,
        activations=activations_on(journal, the_day),
        in_week=count_in_week(journal, the_day),
        note_added=note_added,
    )


def checkins(
    journal: Journal, *, since: date | None = None, until: date | None = None
) -> list[CheckinView]:
    """Check-ins between two local days (inclusive), newest first."""
    if since and until and until < since:
        raise InputError("--until is before --since.", "Swap the two dates.")
    statement = select(Checkin).order_by(col(Checkin.day).desc())
    if since is not None:
        statement = statement.where(col(Checkin.day) >= since)
    if until is not None:
        statement = statement.where(col(Checkin.day) <= until)
    return [checkin_view(row) for row in journal.session.exec(statement).all()]
