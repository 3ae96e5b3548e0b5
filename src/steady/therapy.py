"""Therapy sessions: the days they took place, so an export covers the time since the last.

Only the day is kept: what was said in the room belongs in notes, if anywhere. Read and
written as columns (SQLAlchemy Core), like the review, which asks for the last session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import delete, func, insert, select, update

from steady import tables
from steady.errors import InputError, NotPossibleError
from steady.tables import new_uuid
from steady.timeparse import iso_local

if TYPE_CHECKING:
    from sqlalchemy import CursorResult

    from steady.journal import Journal

LISTED_BY = "steady sessions"


@dataclass(frozen=True)
class SessionView:
    id: int
    uuid: str
    day: date
    created_at: datetime
    updated_at: datetime


def _view(row: Any) -> SessionView:
    return SessionView(row.id, row.uuid, row.day, row.created_at, row.updated_at)


def _checked_day(journal: Journal, day: date) -> date:
    today = journal.now.astimezone(journal.tz).date()
    if day > today:
        raise InputError(
            f"{day:%a} {day.day} {day:%b %Y} is still to come.",
            "Mark a session on the day it took place, or before.",
        )
    return day


def mark(journal: Journal, day: date) -> SessionView:
    """Keep the day of a session (the same day twice is kept once)."""
    day = _checked_day(journal, day)
    source = tables.therapy_session
    found = journal.session.execute(select(source).where(source.c.day == day)).first()
    if found is not None:
        return _view(found)
    uuid = new_uuid()
    result = journal.session.execute(
        insert(source).values(uuid=uuid, day=day, created_at=journal.now, updated_at=journal.now)
    )
    session_id = cast("CursorResult[Any]", result).lastrowid
    return SessionView(int(session_id), uuid, day, journal.now, journal.now)


def find(journal: Journal, session_id: int) -> SessionView:
    source = tables.therapy_session
    row = journal.session.execute(select(source).where(source.c.id == session_id)).first()
    if row is None:
        raise NotPossibleError(f"There is no session {session_id}.", f"See them with: {LISTED_BY}")
    return _view(row)


def move(journal: Journal, session_id: int, day: date) -> SessionView:
    """Correct the day of a session."""
    find(journal, session_id)
    day = _checked_day(journal, day)
    source = tables.therapy_session
    journal.session.execute(
        update(source).where(source.c.id == session_id).values(day=day, updated_at=journal.now)
    )
    return find(journal, session_id)


def remove(journal: Journal, session_id: int) -> SessionView:
    view = find(journal, session_id)
    source = tables.therapy_session
    journal.session.execute(delete(source).where(source.c.id == session_id))
    return view


def listed(journal: Journal) -> list[SessionView]:
    """Every session, newest first."""
    source = tables.therapy_session
    rows = journal.session.execute(select(source).order_by(source.c.day.desc(), source.c.id.desc()))
    return [_view(r) for r in rows]


def last_session(journal: Journal, *, before: date | None = None) -> date | None:
    """The day of the latest session (up to `before`, inclusive), or None."""
    source = tables.therapy_session
    statement = select(func.max(source.c.day))
    if before is not None:
        statement = statement.where(source.c.day <= before)
    found: date | None = journal.session.execute(statement).scalar()
    return found


def session_json(view: SessionView, tz: tzinfo) -> dict[str, Any]:
    return {
        "id": view.id,
        "uuid": view.uuid,
        "day": view.day.isoformat(),
        "created_at": iso_local(view.created_at, tz),
    }
