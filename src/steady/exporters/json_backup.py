"""The lossless `steady.export/3` document: every record, every stored column.

The shape is defined by the models in `steady.exporters.schema` (and documented in
docs/data-format.md); this module builds it straight from the tables, without pydantic
and without ORM objects, so ten years of journal export in seconds and modest memory.
Times are written in UTC with their offset (`+00:00`), to the microsecond they were
stored with, in fields ending in `_at`.

With a period, a record belongs to it by its own moment: an activation by its onset
(with everything nested in it and every note attached to it), a note of its own by its
moment, an anchor by its moment, a check-in and a therapy session by its day, a message by
when it was written.

The importer reads the same record builders (with a `where` clause choosing rows by
uuid) to tell a record that is already here from one that differs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, String, Table, and_, or_, select, type_coerce
from sqlmodel import SQLModel, col

from steady import __version__
from steady.models import Activation, Anchor, Checkin, Message, Note, TherapySession
from steady.tables import STORED_FORMAT

if TYPE_CHECKING:
    from sqlmodel import Session

    from steady.exporters import ExportRequest
    from steady.journal import Journal
    from steady.metrics import Period

SCHEMA_NAME = "steady.export/3"

Record = dict[str, Any]
Where = ColumnElement[bool] | None


def moment(value: datetime | None) -> str | None:
    """An instant as ISO 8601 in UTC with its offset, exact to the stored microsecond."""
    return None if value is None else value.astimezone(UTC).isoformat()


def stored_moment(text: str | None) -> str | None:
    """A stored time (`2026-11-27T21:30:00.000000Z`) as `moment` writes it, without parsing."""
    if text is None:
        return None
    if len(text) == 27 and text[10] == "T" and text[19] == "." and text[26] == "Z":
        fraction = text[19:26]
        return text[:19] + ("" if fraction == ".000000" else fraction) + "+00:00"
    return moment(datetime.strptime(text, STORED_FORMAT).replace(tzinfo=UTC))


def _same(value: Any) -> Any:
    return value


def _flag(value: Any) -> bool:
    return bool(value)


TIME = stored_moment

# (key in the file, column in the table, how a stored value becomes the file's value)
Spec = tuple[tuple[str, str, Callable[[Any], Any]], ...]

ACTIVATION: Spec = (
    ("uuid", "uuid", _same),
    ("started_at", "started_at", TIME),
    ("settled_at", "settled_at", TIME),
    ("closed_at", "closed_at", TIME),
    ("settled_intensity", "settled_intensity", _same),
    ("context", "context", _same),
    ("story", "story", _same),
    ("created_at", "created_at", TIME),
    ("updated_at", "updated_at", TIME),
)
READING: Spec = (
    ("uuid", "uuid", _same),
    ("occurred_at", "at", TIME),
    ("location", "location", _same),
    ("sensation", "sensation", _same),
    ("intensity", "intensity", _same),
    ("created_at", "created_at", TIME),
)
FEELING: Spec = (
    ("uuid", "uuid", _same),
    ("name", "name", _same),
    ("story_word", "story_word", _flag),
    ("occurred_at", "at", TIME),
    ("created_at", "created_at", TIME),
)
URGE: Spec = (
    ("uuid", "uuid", _same),
    ("text", "text", _same),
    ("acted", "acted", _flag),
    ("occurred_at", "at", TIME),
    ("created_at", "created_at", TIME),
)
HELPED: Spec = (
    ("uuid", "uuid", _same),
    ("practice", "practice", _same),
    ("created_at", "created_at", TIME),
)
NOTE: Spec = (
    ("uuid", "uuid", _same),
    ("text", "text", _same),
    ("therapy", "therapy", _flag),
    ("occurred_at", "at", TIME),
    ("created_at", "created_at", TIME),
)
ANCHOR: Spec = (
    ("uuid", "uuid", _same),
    ("kind", "kind", _same),
    ("what", "what", _same),
    ("minutes", "minutes", _same),
    ("felt", "felt", _same),
    ("occurred_at", "at", TIME),
    ("note", "note", _same),
    ("created_at", "created_at", TIME),
)
CHECKIN: Spec = (
    ("uuid", "uuid", _same),
    ("day", "day", _same),  # read as its stored text, YYYY-MM-DD
    ("hum", "hum", _same),
    ("note", "note", _same),
    ("no_activation", "no_activation", _flag),
    ("created_at", "created_at", TIME),
    ("updated_at", "updated_at", TIME),
)
MESSAGE: Spec = (
    ("uuid", "uuid", _same),
    ("text", "text", _same),
    ("status", "status", _same),
    ("flags", "flags", lambda flags: list(flags or [])),
    ("created_at", "created_at", TIME),
    ("updated_at", "updated_at", TIME),
    ("sent_at", "sent_at", TIME),
)
PLAN_ITEM: Spec = (
    ("uuid", "uuid", _same),
    ("step", "step", _same),
    ("text", "text", _same),
    ("created_at", "created_at", TIME),
)
THERAPY_SESSION: Spec = (
    ("uuid", "uuid", _same),
    ("day", "day", _same),  # read as its stored text, YYYY-MM-DD
    ("created_at", "created_at", TIME),
    ("updated_at", "updated_at", TIME),
)
# The lists nested in an activation: table, fields, order inside the activation.
NESTED: dict[str, tuple[str, Spec, tuple[str, ...]]] = {
    "readings": ("reading", READING, ("at", "id")),
    "feelings": ("feeling", FEELING, ("at", "id")),
    "urges": ("urge", URGE, ("at", "id")),
    "helped": ("helped", HELPED, ("id",)),
}


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _columns(source: Table, spec: Spec) -> list[Any]:
    """The spec's columns; times and days as their stored text (no parsing on the way)."""
    raw = {"day"}
    return [
        type_coerce(source.c[column], String).label(column)
        if convert is TIME or column in raw
        else source.c[column]
        for _, column, convert in spec
    ]


def _records(
    session: Session,
    source: Table,
    spec: Spec,
    where: Where,
    order: Sequence[str],
    extra: Sequence[Any] = (),
    joined: Any = None,
) -> list[tuple[Record, tuple[Any, ...]]]:
    """Rows of `source` as file records, each with the values of the `extra` columns."""
    statement = select(*_columns(source, spec), *extra).order_by(*(source.c[c] for c in order))
    if joined is not None:
        statement = statement.select_from(joined)
    if where is not None:
        statement = statement.where(where)
    width = len(spec)
    found = []
    for row in session.execute(statement):
        record = {key: convert(row[i]) for i, (key, _, convert) in enumerate(spec)}
        found.append((record, tuple(row[width:])))
    return found


def activation_records(session: Session, where: Where = None) -> list[Record]:
    """Activations (oldest first) with readings, feelings, urges and practices nested."""
    source = table("activation")
    rows = _records(session, source, ACTIVATION, where, ("started_at", "id"), (source.c.id,))
    chosen = select(source.c.id) if where is None else select(source.c.id).where(where)
    nested: dict[str, dict[int, list[Record]]] = {}
    for kind, (name, spec, order) in NESTED.items():
        child = table(name)
        inside = None if where is None else child.c.activation_id.in_(chosen)
        by_parent: dict[int, list[Record]] = defaultdict(list)
        for record, (parent,) in _records(
            session, child, spec, inside, ("activation_id", *order), (child.c.activation_id,)
        ):
            by_parent[parent].append(record)
        nested[kind] = by_parent
    found = []
    for record, (activation_id,) in rows:
        for kind in NESTED:
            record[kind] = nested[kind].get(activation_id, [])
        found.append(record)
    return found


def note_records(session: Session, where: Where = None) -> list[Record]:
    """Notes (oldest first), each with the uuid of the activation it belongs to, if any."""
    source, parent = table("note"), table("activation")
    found = []
    rows = _records(
        session,
        source,
        NOTE,
        where,
        ("at", "id"),
        (parent.c.uuid.label("activation_uuid"),),
        joined=source.outerjoin(parent, source.c.activation_id == parent.c.id),
    )
    for record, (activation_uuid,) in rows:
        record["activation_uuid"] = activation_uuid
        found.append(record)
    return found


def anchor_records(session: Session, where: Where = None) -> list[Record]:
    return [r for r, _ in _records(session, table("anchor"), ANCHOR, where, ("at", "id"))]


def checkin_records(session: Session, where: Where = None) -> list[Record]:
    return [r for r, _ in _records(session, table("checkin"), CHECKIN, where, ("day",))]


def message_records(session: Session, where: Where = None) -> list[Record]:
    return [r for r, _ in _records(session, table("message"), MESSAGE, where, ("created_at", "id"))]


def plan_records(session: Session, where: Where = None) -> list[Record]:
    """The safety plan's lines, in the order they were written."""
    return [r for r, _ in _records(session, table("plan_item"), PLAN_ITEM, where, ("id",))]


def session_records(session: Session, where: Where = None) -> list[Record]:
    """The days of therapy sessions, oldest first."""
    return [
        r
        for r, _ in _records(
            session, table("therapy_session"), THERAPY_SESSION, where, ("day", "id")
        )
    ]


def document(journal: Journal, period: Period | None) -> Record:
    """The whole `steady.export/3` document as plain JSON values. The safety plan is there
    whatever the period: it is the plan as it stands, not a record of a time."""
    session = journal.session
    where: dict[str, Where] = dict.fromkeys(
        ("activation", "note", "anchor", "checkin", "message", "therapy_session")
    )
    if period is not None:
        start, end = period.start, period.end
        onset = and_(col(Activation.started_at) >= start, col(Activation.started_at) < end)
        where["activation"] = onset
        # A note follows its activation; a note of its own belongs by its moment.
        where["note"] = or_(
            and_(col(Note.activation_id).is_(None), col(Note.at) >= start, col(Note.at) < end),
            col(Note.activation_id).in_(select(col(Activation.id)).where(onset)),
        )
        where["anchor"] = and_(col(Anchor.at) >= start, col(Anchor.at) < end)
        where["checkin"] = and_(
            col(Checkin.day) >= period.first_day, col(Checkin.day) <= period.last_day
        )
        where["message"] = and_(col(Message.created_at) >= start, col(Message.created_at) < end)
        where["therapy_session"] = and_(
            col(TherapySession.day) >= period.first_day, col(TherapySession.day) <= period.last_day
        )
    return {
        "schema": SCHEMA_NAME,
        "exported_at": moment(journal.now),
        "app_version": __version__,
        "range": None
        if period is None
        else {"since": period.first_day.isoformat(), "until": period.last_day.isoformat()},
        "activations": activation_records(session, where["activation"]),
        "anchors": anchor_records(session, where["anchor"]),
        "checkins": checkin_records(session, where["checkin"]),
        "messages": message_records(session, where["message"]),
        "notes": note_records(session, where["note"]),
        "safety_plan": plan_records(session),
        "therapy_sessions": session_records(session, where["therapy_session"]),
        "config": journal.config.effective(),
    }


def dumps(data: Record) -> str:
    """The document as text: the frame indented, each record on one line of its own.

    Easy to read and to compare, and written by json's fast encoder (an indented dump of
    a large journal is several times slower).
    """

    def value(item: Any) -> str:
        return json.dumps(item, ensure_ascii=False)

    lines = ["{"]
    keys = list(data)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        item = data[key]
        if isinstance(item, list) and item:
            lines.append(f"  {value(key)}: [")
            lines.extend(
                f"    {value(record)}{',' if j < len(item) - 1 else ''}"
                for j, record in enumerate(item)
            )
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {value(key)}: {value(item)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(journal: Journal, request: ExportRequest) -> str:
    return dumps(document(journal, request.period))
