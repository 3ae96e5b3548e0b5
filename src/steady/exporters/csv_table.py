"""CSV: one row per activation (or per record of `request.table`), for a spreadsheet.

Activations are flattened: lists become one cell joined with "; ". Times are local
ISO 8601 with their offset, booleans `true`/`false`, unknown numbers empty. Text is
cleaned of terminal control characters, invisible characters (bidirectional overrides,
zero-width ones) are shown by their code, and a cell that a spreadsheet could read as a
formula (starting with `=`, `+`, `-`, `@`, their full-width forms, a tab or a carriage
return, also after spaces or invisible characters) is neutralised with a leading single
quote. With `request.redact`, the partner's
name and the config's `redact_words` are replaced, as in the Markdown and HTML exports.
In a period, activations and their readings belong by onset, notes and anchors by their
moment, check-ins by day, messages by when they were written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from steady.exporters import CSV_TABLES
from steady.metrics import is_retrospective
from steady.models import Activation, Anchor, Checkin, Message, Note
from steady.text import INVISIBLE, for_export
from steady.timeparse import iso_local

if TYPE_CHECKING:
    from steady.exporters import ExportRequest
    from steady.journal import Journal
    from steady.metrics import Period

# The full-width forms too: some spreadsheets read "＝1+1" as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
LIST_SEPARATOR = "; "

COLUMNS: dict[str, tuple[str, ...]] = {
    "activations": (
        "id",
        "uuid",
        "started_at",
        "settled_at",
        "status",
        "peak_intensity",
        "recovery_minutes",
        "name_minutes",
        "first_location",
        "locations",
        "feelings",
        "story",
        "context",
        "urges",
        "urges_acted",
        "helped",
        "retrospective",
    ),
    "readings": (
        "id",
        "uuid",
        "activation_id",
        "activation_uuid",
        "at",
        "location",
        "sensation",
        "intensity",
        "retrospective",
    ),
    "anchors": ("id", "uuid", "at", "kind", "what", "minutes", "felt", "note"),
    "checkins": ("id", "uuid", "day", "hum", "no_activation", "note"),
    "messages": ("id", "uuid", "created_at", "status", "sent_at", "flags", "text"),
    "notes": ("id", "uuid", "at", "therapy", "activation_id", "text"),
}


def neutralise(value: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula."""
    hidden = "".join(INVISIBLE) + " "
    if value[:1] in INVISIBLE or value.lstrip(hidden).startswith(FORMULA_STARTS):
        return "'" + value
    return value


def render(journal: Journal, request: ExportRequest) -> str:
    if request.table not in CSV_TABLES:  # the CLI checks first; this guards other callers
        raise ValueError(f"unknown CSV table {request.table!r}")
    clean = _cleaner(journal, redact=request.redact)
    rows = _ROWS[request.table](journal, request.period)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS[request.table])
    for row in rows:
        writer.writerow([_cell(value, journal, clean) for value in row])
    return buffer.getvalue()


def _cleaner(journal: Journal, *, redact: bool) -> Callable[[str], str]:
    if not redact:
        return for_export
    from steady.exporters.summary import Redactor

    return Redactor(
        journal.config.text("partner_name"), journal.config.words("redact_words"), enabled=True
    )


def _cell(value: Any, journal: Journal, clean: Callable[[str], str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return iso_local(value, journal.tz) or ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, int):
        return str(value)
    return neutralise(clean(str(value)))


def _joined(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _between(column: Any, period: Period | None) -> list[Any]:
    if period is None:
        return []
    return [col(column) >= period.start, col(column) < period.end]


def _activation_rows(journal: Journal, period: Period | None) -> list[Activation]:
    from steady.journal import activations_query

    statement = activations_query().order_by(col(Activation.started_at), col(Activation.id))
    return list(journal.session.exec(statement.where(*_between(Activation.started_at, period))))


def _activations(journal: Journal, period: Period | None) -> Iterable[Sequence[Any]]:
    for row in _activation_rows(journal, period):
        view = journal.view(row)
        locations = list(dict.fromkeys(r.location for r in view.readings if r.location))
        yield (
            view.id,
            view.uuid,
            view.started_at,
            view.settled_at,
            view.status,
            view.peak_intensity,
            view.recovery_minutes,
            view.name_minutes,
            locations[0] if locations else None,
            _joined(locations),
            _joined(view.feeling_names),
            view.story,
            view.context,
            len(view.urges),
            sum(u.acted for u in view.urges),
            _joined(view.helped),
            view.retrospective,
        )


def _readings(journal: Journal, period: Period | None) -> Iterable[Sequence[Any]]:
    for row in _activation_rows(journal, period):
        for reading in sorted(row.readings, key=lambda r: (r.at, r.id or 0)):
            yield (
                reading.id,
                reading.uuid,
                row.id,
                row.uuid,
                reading.at,
                reading.location,
                reading.sensation,
                reading.intensity,
                is_retrospective(reading.created_at, reading.at),
            )


def _anchors(journal: Journal, period: Period | None) -> Iterable[Sequence[Any]]:
    statement = select(Anchor).order_by(col(Anchor.at), col(Anchor.id))
    for a in journal.session.exec(statement.where(*_between(Anchor.at, period))):
        yield (a.id, a.uuid, a.at, a.kind, a.what, a.minutes, a.felt, a.note)


def _checkins(journal: Journal, period: Period | None) -> Iterable[Sequence[Any]]:
    statement = select(Checkin).order_by(col(Checkin.day))
    if period is not None:
        statement = statement.where(
            col(Checkin.day) >= period.first_day, col(Checkin.day) <= period.last_day
        )
    for c in journal.session.exec(statement):
        yield (c.id, c.uuid, c.day, c.hum, bool(c.no_activation), c.note)


def _messages(journal: Journal, period: Period | None) -> Iterable[Sequence[Any]]:
    statement = select(Message).order_by(col(Message.created_at), col(Message.id))
    for m in journal.session.exec(statement.where(*_between(Message.created_at, period))):
        rules = dict.fromkeys(str(f.get("rule", "")) for f in m.flags or [] if isinstance(f, dict))
        yield (m.id, m.uuid, m.created_at, m.status, m.sent_at, _joined(rules), m.text)


def _notes(journal: Journal, period: Period | None) -> Iterable[Sequence[Any]]:
    statement = select(Note).order_by(col(Note.at), col(Note.id))
    for n in journal.session.exec(statement.where(*_between(Note.at, period))):
        yield (n.id, n.uuid, n.at, bool(n.therapy), n.activation_id, n.text)


_ROWS: dict[str, Callable[[Journal, Period | None], Iterable[Sequence[Any]]]] = {
    "activations": _activations,
    "readings": _readings,
    "anchors": _anchors,
    "checkins": _checkins,
    "messages": _messages,
    "notes": _notes,
}
