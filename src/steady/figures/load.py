"""Loading one span of the journal once, through indexed Core queries.

Activations are read by onset (`ix_activation_started_at`) with their records in one
batched query per kind; anchors, notes and messages by their time indexes, check-ins by
their day. The journal's first day is five `min()` lookups, each one index seek. Reads
columns, never ORM objects: the review and the report only read.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select

from steady import tables
from steady.figures.records import (
    AnchorRecord,
    CheckinRecord,
    MessageRecord,
    NoteRecord,
    Records,
)

if TYPE_CHECKING:
    from steady.journal import Journal


def _instant(day: date, journal: Journal) -> datetime:
    return datetime.combine(day, time(0), tzinfo=journal.tz).astimezone(UTC)


def began(journal: Journal) -> date | None:
    """The first local day with any entry at all, or None for an empty journal."""
    tz, session = journal.tz, journal.session
    firsts: list[Any] = [
        session.execute(select(func.min(column))).scalar()
        for column in (
            tables.activation.c.started_at,
            tables.anchor.c.at,
            tables.note.c.at,
            tables.message.c.created_at,
        )
    ]
    days = [m.astimezone(tz).date() for m in firsts if m is not None]
    first_checkin = session.execute(select(func.min(tables.checkin.c.day))).scalar()
    if first_checkin is not None:
        days.append(first_checkin)
    return min(days, default=None)


def load(journal: Journal, first_day: date, last_day: date) -> Records:
    """Every record with its local time in [first_day, last_day], and the open activation."""
    session = journal.session
    session.flush()
    start = _instant(first_day, journal)
    end = _instant(last_day + timedelta(days=1), journal)

    def between(records: Any, column: Any) -> Iterable[Any]:
        return session.execute(
            select(records).where(column >= start, column < end).order_by(column, records.c.id)
        )

    onset = tables.activation.c.started_at
    activations = journal.views(and_(onset >= start, onset < end))
    open_now = next((v for v in activations if v.status == "open"), None)
    if open_now is None:  # at most one is open; one from before the span still matters
        open_now = journal.open_activation()
    anchor, checkin, message, note = tables.anchor, tables.checkin, tables.message, tables.note
    return Records(
        tz=journal.tz,
        now=journal.now,
        today=journal.now.astimezone(journal.tz).date(),
        began=began(journal),
        first_day=first_day,
        last_day=last_day,
        activations=tuple(activations),
        anchors=tuple(
            AnchorRecord(a.id, a.kind, a.what, a.minutes, a.felt, a.at, a.note)
            for a in between(anchor, anchor.c.at)
        ),
        checkins=tuple(
            CheckinRecord(c.id, c.day, c.hum, c.note, bool(c.no_activation))
            for c in session.execute(
                select(checkin)
                .where(checkin.c.day >= first_day, checkin.c.day <= last_day)
                .order_by(checkin.c.day)
            )
        ),
        messages=tuple(
            MessageRecord(m.id, m.text, m.status, _rules(m.flags), m.created_at)
            for m in between(message, message.c.created_at)
        ),
        notes=tuple(
            NoteRecord(n.id, n.text, bool(n.therapy), n.at, n.activation_id)
            for n in between(note, note.c.at)
        ),
        open_now=open_now,
    )


def _rules(flags: Any) -> tuple[str, ...]:
    return tuple(str(f.get("rule", "")) for f in (flags or []) if isinstance(f, dict))


def therapy_notes_since(journal: Journal, day: date) -> tuple[NoteRecord, ...]:
    """The notes marked for therapy from the local `day` on, whatever the report's range."""
    note = tables.note
    start = _instant(day, journal)
    rows = journal.session.execute(
        select(note)
        .where(note.c.at >= start, note.c.therapy.is_(True))
        .order_by(note.c.at, note.c.id)
    )
    return tuple(NoteRecord(n.id, n.text, True, n.at, n.activation_id) for n in rows)
