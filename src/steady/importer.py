"""Reading a `steady.export/3` (or /2, /1) file back into a journal, all or nothing.

`plan_import` validates the whole file first (the models in `steady.exporters.schema`,
then the checks that span records) and works out what would change, without writing;
a refused file raises `InputError` naming the record and field, such as
`activations[3].readings[0].intensity: must be 0–10` (lists counted from 0, as jq does).
`apply_import` then writes the plan inside the command's one transaction.

Import is idempotent by uuid: a record whose uuid is already in the journal is skipped,
and when its content differs it is counted as "differs" and still never overwritten. An
activation comes with everything nested in it. Ids are given fresh. Only one activation
may be open: an open one in the file, while another is open here, comes in as unresolved
(closed now, without a settled time). Settings in the file are not applied.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import insert, select

from steady.errors import InputError
from steady.exporters import json_backup, schema
from steady.numbers import whole_number

if TYPE_CHECKING:
    from sqlmodel import Session

    from steady.journal import Journal

KINDS = (
    "activations",
    "anchors",
    "checkins",
    "messages",
    "notes",
    "safety_plan",
    "therapy_sessions",
)
FIX_HINT = "Nothing was imported; correct that record in the file, or export it again."
NOT_AN_EXPORT_HINT = "steady import reads the file that steady export --format json writes."
CHUNK = 500  # uuids per IN (...) query, well inside SQLite's limit on parameters
ZERO_TO_TEN = {"intensity", "settled_intensity", "felt", "hum"}

T = TypeVar("T")
M = TypeVar(
    "M",
    schema.Anchor,
    schema.Checkin,
    schema.Message,
    schema.Note,
    schema.PlanItem,
    schema.TherapySession,
)


@dataclass(frozen=True)
class KindCount:
    """What importing one kind of record would do."""

    added: int = 0
    same: int = 0  # already here, identical
    differs: int = 0  # already here (same uuid, or the same day), different: kept as it is

    @property
    def total(self) -> int:
        return self.added + self.same + self.differs


@dataclass(frozen=True)
class ImportPlan:
    document: schema.ExportDocument
    counts: dict[str, KindCount]
    activations: tuple[schema.Activation, ...] = ()
    anchors: tuple[schema.Anchor, ...] = ()
    checkins: tuple[schema.Checkin, ...] = ()
    messages: tuple[schema.Message, ...] = ()
    notes: tuple[schema.Note, ...] = ()
    safety_plan: tuple[schema.PlanItem, ...] = ()
    therapy_sessions: tuple[schema.TherapySession, ...] = ()
    # open in the file while another is open here: comes in as unresolved (uuid, onset)
    unresolved: tuple[tuple[str, datetime], ...] = ()
    note_parents: dict[str, int] = field(default_factory=dict)  # activation uuid -> id here
    settings_differ: tuple[str, ...] = ()

    @property
    def adds_anything(self) -> bool:
        return any(c.added for c in self.counts.values())

    @property
    def rows(self) -> int:
        """How many table rows importing writes, nested records included."""
        nested = sum(
            len(a.readings) + len(a.feelings) + len(a.urges) + len(a.helped)
            for a in self.activations
        )
        return nested + sum(
            len(kind)
            for kind in (
                self.activations,
                self.anchors,
                self.checkins,
                self.messages,
                self.notes,
                self.safety_plan,
                self.therapy_sessions,
            )
        )


def free_text(plan: ImportPlan) -> list[str]:
    """Everything written in words in the records that importing adds, for the care check."""
    texts: list[str | None] = []
    for a in plan.activations:
        texts += [a.context, a.story]
        texts += [u.text for u in a.urges] + [f.name for f in a.feelings]
        texts += [h.practice for h in a.helped]
    texts += [n.text for n in plan.notes] + [m.text for m in plan.messages]
    texts += [x.what for x in plan.anchors] + [x.note for x in plan.anchors]
    texts += [c.note for c in plan.checkins]
    return [t for t in texts if t]


@dataclass(frozen=True)
class Applied:
    """What was written: the ids of activations that came in as unresolved, in order."""

    unresolved_ids: tuple[int, ...]


# -- reading and validating the file ---------------------------------------------------------


def _refuse(sentence: str, hint: str = NOT_AN_EXPORT_HINT) -> InputError:
    return InputError(sentence, hint)


def read_document(data: bytes) -> schema.ExportDocument:
    """The file as a validated document, or one clear sentence about why it is not one."""
    if not data.strip():
        raise _refuse("The file is empty, so there is nothing to import.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse("The file is not UTF-8 text, so it is not a steady export.") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise _refuse(
                "The file ends too early: it looks cut short, perhaps by an interrupted copy.",
                "Nothing was imported; export it again.",
            ) from None
        raise _refuse(
            f"The file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:
        raise _refuse("The file is not a steady export: it is nested far too deeply.") from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise _refuse("The file is not a steady export: it holds a number far too long.") from None
    name = raw.get("schema") if isinstance(raw, dict) else None
    del raw  # only its schema name was needed; pydantic reads the text itself
    if not isinstance(name, str):
        raise _refuse(
            f'The file is not a steady export: it has no "schema": "{schema.SCHEMA_NAME}".'
        )
    if name not in schema.READABLE:
        version = name.removeprefix(schema.SCHEMA_FAMILY)
        number = whole_number(version)
        newer = number is not None and number > schema.SCHEMA_VERSION
        if name.startswith(schema.SCHEMA_FAMILY) and newer:
            raise _refuse(
                f"The file is a {name} export from a newer steady; this version reads "
                f"{schema.SCHEMA_NAME}.",
                "Update steady, then import it again.",
            )
        shown = json.dumps(name, ensure_ascii=True)[:60]
        if name.startswith(schema.SCHEMA_FAMILY):
            raise _refuse(
                f"The file says it is {shown}, a version of the export this steady does not "
                f"know; it reads {schema.SCHEMA_NAME}."
            )
        raise _refuse(f"The file is a {shown} document, not a {schema.SCHEMA_NAME} export.")
    try:
        document = schema.ExportDocument.model_validate_json(text)
    except ValidationError as exc:
        raise _describe(exc) from None
    _check_across_records(document)
    return document


def _describe(exc: ValidationError) -> InputError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = tuple(first["loc"])
    if first["type"] == "json_invalid":  # e.g. a lone surrogate escape that json.loads let by
        detail = (first.get("ctx") or {}).get("error", "")
        return _refuse(f"The file is not valid JSON ({detail}).")
    if loc and loc[0] == "config":
        loc = loc[:2]  # the rest names union members, not fields
        said = "must be a whole number, text or a list of text"
    else:
        said = _say(first)
    more = len(errors) - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return InputError(f"The file cannot be imported: {_where(loc)}: {said}{extra}.", FIX_HINT)


def _where(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text or "the file"


def _say(error: Any) -> str:
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    names = [p for p in error["loc"] if isinstance(p, str)]
    name = names[-1] if names else ""
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        if name in ZERO_TO_TEN:
            return "must be 0–10"
        if "ge" in ctx:
            return f"must be {ctx['ge']} or more"
        return f"must be {ctx.get('le', ctx.get('lt', ''))} or less"
    simple = {
        "missing": "is missing",
        "extra_forbidden": f"is not a field of {schema.SCHEMA_NAME}",
        "string_type": "must be text",
        "string_too_short": "is empty",
        "string_pattern_mismatch": "is not a lower-case UUID",
        "bool_type": "must be true or false",
        "list_type": "must be a list",
        "model_type": "must be an object",
        "model_attributes_type": "must be an object",
        "dict_type": "must be an object",
        "timezone_aware": "needs its UTC offset, such as 2026-11-27T21:30:00+00:00",
    }
    if kind in simple:
        return simple[kind]
    if kind.startswith("int_"):
        return "must be a whole number"
    if kind.startswith("datetime_"):
        return "must be a time in ISO 8601 with its offset, such as 2026-11-27T21:30:00+00:00"
    if kind.startswith("date_"):
        return "must be a day written YYYY-MM-DD"
    if kind == "literal_error":
        return f"must be {ctx.get('expected', 'one of the allowed values')}"
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    message = str(error.get("msg", "is not valid"))
    return message[:1].lower() + message[1:]


def _records(document: schema.ExportDocument) -> Iterator[tuple[str, str]]:
    """(path, uuid) of every record in the file, nested ones included."""
    for i, a in enumerate(document.activations):
        yield f"activations[{i}]", a.uuid
        for kind in ("readings", "feelings", "urges", "helped"):
            for j, child in enumerate(getattr(a, kind)):
                yield f"activations[{i}].{kind}[{j}]", child.uuid
    for kind in ("anchors", "checkins", "messages", "notes", "safety_plan", "therapy_sessions"):
        for i, record in enumerate(getattr(document, kind)):
            yield f"{kind}[{i}]", record.uuid


def _check_across_records(document: schema.ExportDocument) -> None:
    seen: dict[str, str] = {}
    for path, uuid in _records(document):
        if uuid in seen:
            raise InputError(
                f"The file cannot be imported: {path}.uuid: the same uuid as {seen[uuid]}.",
                FIX_HINT,
            )
        seen[uuid] = path
    days: dict[date, int] = {}
    for i, checkin in enumerate(document.checkins):
        if checkin.day in days:
            raise InputError(
                f"The file cannot be imported: checkins[{i}].day: {checkin.day.isoformat()} "
                f"already has a check-in at checkins[{days[checkin.day]}].",
                FIX_HINT,
            )
        days[checkin.day] = i


# -- planning ----------------------------------------------------------------------------------


def plan_import(journal: Journal, data: bytes) -> ImportPlan:
    """Validate the whole file, then work out what importing it would do. Writes nothing."""
    return plan_document(journal, read_document(data))


# A moment is an instant, the same in every time zone: the command line's five minutes hold.
# A check-in's day is a local date, and a file from a zone ahead of this one may hold
# today's date there, which is tomorrow here: one day's allowance, for days only.
DAY_ALLOWANCE = timedelta(days=1)


def check_not_ahead(document: schema.ExportDocument, now: datetime, tz: tzinfo) -> None:
    """Nothing in the file may lie in the future, as nothing typed may."""
    from steady.timeparse import FUTURE_TOLERANCE

    latest = now + FUTURE_TOLERANCE
    latest_day = (now + DAY_ALLOWANCE).astimezone(tz).date()

    def moments(path: str, record: Any) -> Iterator[tuple[str, datetime]]:
        for name, value in record:
            if isinstance(value, datetime):
                yield f"{path}.{name}", value
            elif isinstance(value, list):
                for i, child in enumerate(value):
                    if isinstance(child, BaseModel):
                        yield from moments(f"{path}.{name}[{i}]", child)

    for kind in ("activations", "anchors", "checkins", "messages", "notes", "safety_plan"):
        for i, record in enumerate(getattr(document, kind)):
            for where, moment in moments(f"{kind}[{i}]", record):
                if moment > latest:
                    raise InputError(
                        f"The file cannot be imported: {where}: is in the future.", FIX_HINT
                    )
    for i, checkin in enumerate(document.checkins):
        if checkin.day > latest_day:
            raise InputError(
                f"The file cannot be imported: checkins[{i}].day: has not come yet.", FIX_HINT
            )


def plan_document(journal: Journal, document: schema.ExportDocument) -> ImportPlan:
    check_not_ahead(document, journal.now, journal.tz)
    session = journal.session
    counts: dict[str, KindCount] = {}

    # Activations, each one unit with everything nested in it.
    here = _by_uuid(session, json_backup.activation_records, "activation", document.activations)
    new_activations: list[schema.Activation] = []
    same = differs = 0
    for a in document.activations:
        record = here.get(a.uuid)
        if record is None:
            new_activations.append(a)
        elif _same_activation(a, record):
            same += 1
        else:
            differs += 1
    counts["activations"] = KindCount(len(new_activations), same, differs)
    _check_nested_uuids(session, document, new_activations)
    unresolved: list[tuple[str, datetime]] = []
    open_here = journal.open_activation() is not None
    for a in new_activations:
        if a.settled_at is None and a.closed_at is None:
            if open_here:
                unresolved.append((a.uuid, a.started_at))
            open_here = True

    anchors, counts["anchors"] = _plain_kind(
        session, json_backup.anchor_records, "anchor", document.anchors
    )
    messages, counts["messages"] = _plain_kind(
        session, json_backup.message_records, "message", document.messages
    )
    checkins, counts["checkins"] = _plain_kind(
        session, json_backup.checkin_records, "checkin", document.checkins
    )
    # A new check-in for a day that already has one here is kept out, like a changed one.
    taken = _taken_days(session, [c.day for c in checkins])
    if taken:
        kept = [c for c in checkins if c.day not in taken]
        c = counts["checkins"]
        counts["checkins"] = KindCount(len(kept), c.same, c.differs + len(checkins) - len(kept))
        checkins = kept

    notes, counts["notes"] = _plain_kind(session, json_backup.note_records, "note", document.notes)
    # The safety plan's lines, by uuid like the rest; what the plan says is never care-checked.
    plan_items, counts["safety_plan"] = _plain_kind(
        session, json_backup.plan_records, "plan_item", document.safety_plan
    )
    sessions, counts["therapy_sessions"] = _plain_kind(
        session, json_backup.session_records, "therapy_session", document.therapy_sessions
    )
    # Every note's activation must be in the file or here, whether or not the note is new.
    in_file = {a.uuid for a in document.activations}
    note_parents = _ids(
        session, sorted({n.activation_uuid for n in document.notes if n.activation_uuid})
    )
    for i, note in enumerate(document.notes):
        parent = note.activation_uuid
        if parent is not None and parent not in in_file and parent not in note_parents:
            raise InputError(
                f"The file cannot be imported: notes[{i}].activation_uuid: there is no "
                "activation with this uuid in the file or in your journal.",
                FIX_HINT,
            )

    effective = journal.config.effective()
    settings_differ = tuple(
        key
        for key, value in document.config.items()
        if key in effective and effective[key] != value
    )
    return ImportPlan(
        document=document,
        counts={kind: counts[kind] for kind in KINDS},
        activations=tuple(new_activations),
        anchors=tuple(anchors),
        checkins=tuple(checkins),
        messages=tuple(messages),
        notes=tuple(notes),
        safety_plan=tuple(plan_items),
        therapy_sessions=tuple(sessions),
        unresolved=tuple(unresolved),
        note_parents=note_parents,
        settings_differ=settings_differ,
    )


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _by_uuid(
    session: Session,
    records: Callable[[Session, Any], list[json_backup.Record]],
    name: str,
    wanted: Sequence[Any],
) -> dict[str, json_backup.Record]:
    """The records here (as the export writes them) whose uuid is among `wanted`'s."""
    column = json_backup.table(name).c.uuid
    found: dict[str, json_backup.Record] = {}
    for chunk in _chunks([w.uuid for w in wanted]):
        found.update((r["uuid"], r) for r in records(session, column.in_(chunk)))
    return found


def _ids(session: Session, uuids: Sequence[str]) -> dict[str, int]:
    """Activation ids here by uuid."""
    source = json_backup.table("activation")
    found: dict[str, int] = {}
    for chunk in _chunks(uuids):
        rows = session.execute(select(source.c.uuid, source.c.id).where(source.c.uuid.in_(chunk)))
        found.update((uuid, activation_id) for uuid, activation_id in rows)
    return found


def _normal(value: Any) -> Any:
    """A validated record as the plain JSON values the export writes, for comparing."""
    if isinstance(value, datetime):
        return json_backup.moment(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def _as_record(model: Any) -> dict[str, Any]:
    record: dict[str, Any] = _normal(model.model_dump(by_alias=True))
    return record


def _same_activation(a: schema.Activation, stored: json_backup.Record) -> bool:
    ours, theirs = dict(stored), _as_record(a)
    if theirs["closed_at"] is None and theirs["settled_at"] is None and not ours["settled_at"]:
        # Open in the file, left unresolved here (perhaps by an earlier import): the same
        # episode, only closed since.
        for key in ("closed_at", "updated_at"):
            ours[key] = theirs[key]
    for kind in json_backup.NESTED:
        mine = {c["uuid"]: c for c in ours.pop(kind)}
        if mine != {c["uuid"]: c for c in theirs.pop(kind)}:
            return False
    return ours == theirs


def _check_nested_uuids(
    session: Session, document: schema.ExportDocument, new: Sequence[schema.Activation]
) -> None:
    """A new activation cannot bring a reading (etc.) whose uuid is already used here."""
    index = {a.uuid: i for i, a in enumerate(document.activations)}
    for kind, (name, _, _) in json_backup.NESTED.items():
        column = json_backup.table(name).c.uuid
        wanted = [child.uuid for a in new for child in getattr(a, kind)]
        clash: set[str] = set()
        for chunk in _chunks(wanted):
            clash.update(session.scalars(select(column).where(column.in_(chunk))))
        for a in new if clash else ():
            for j, child in enumerate(getattr(a, kind)):
                if child.uuid in clash:
                    raise InputError(
                        f"The file cannot be imported: activations[{index[a.uuid]}].{kind}[{j}]"
                        ".uuid: already belongs to another activation in your journal.",
                        FIX_HINT,
                    )


def _plain_kind(
    session: Session,
    records: Callable[[Session, Any], list[json_backup.Record]],
    name: str,
    wanted: Sequence[M],
) -> tuple[list[M], KindCount]:
    here = _by_uuid(session, records, name, wanted)
    new: list[M] = []
    same = differs = 0
    for record in wanted:
        stored = here.get(record.uuid)
        if stored is None:
            new.append(record)
        elif stored == _as_record(record):
            same += 1
        else:
            differs += 1
    return new, KindCount(len(new), same, differs)


def _taken_days(session: Session, days: Sequence[date]) -> set[date]:
    taken: set[date] = set()
    column = json_backup.table("checkin").c.day
    for chunk in _chunks(days):
        taken.update(session.scalars(select(column).where(column.in_(chunk))))
    return taken


# -- writing -----------------------------------------------------------------------------------


def apply_import(
    journal: Journal, plan: ImportPlan, progress: Callable[[int], None] | None = None
) -> Applied:
    """Write the plan in the journal's transaction (the caller commits or rolls back).

    Rows go in with plain multi-row INSERTs in the file's order, so ten years of journal
    import in seconds; the tables' own checks still hold. `progress` is told how many
    rows went in after each batch (the CLI draws a bar with it in a terminal).
    """

    def advance(rows: int) -> None:
        if progress is not None:
            progress(rows)

    return _apply(journal, plan, advance)


def _apply(journal: Journal, plan: ImportPlan, advance: Callable[[int], None]) -> Applied:
    session, now = journal.session, journal.now
    unresolved = {uuid for uuid, _ in plan.unresolved}
    _insert(
        advance,
        session,
        "activation",
        [
            {
                "uuid": a.uuid,
                "started_at": a.started_at,
                "settled_at": a.settled_at,
                "closed_at": now if a.uuid in unresolved else a.closed_at,
                "settled_intensity": a.settled_intensity,
                "context": a.context,
                "story": a.story,
                "created_at": a.created_at,
                "updated_at": now if a.uuid in unresolved else a.updated_at,
            }
            for a in plan.activations
        ],
    )
    ids = _ids(session, [a.uuid for a in plan.activations])
    _insert(
        advance,
        session,
        "reading",
        [
            {
                "uuid": r.uuid,
                "activation_id": ids[a.uuid],
                "at": r.occurred_at,
                "location": r.location,
                "sensation": r.sensation,
                "intensity": r.intensity,
                "created_at": r.created_at,
            }
            for a in plan.activations
            for r in a.readings
        ],
    )
    _insert(
        advance,
        session,
        "feeling",
        [
            {
                "uuid": f.uuid,
                "activation_id": ids[a.uuid],
                "name": f.name,
                "story_word": f.story_word,
                "at": f.occurred_at,
                "created_at": f.created_at,
            }
            for a in plan.activations
            for f in a.feelings
        ],
    )
    _insert(
        advance,
        session,
        "urge",
        [
            {
                "uuid": u.uuid,
                "activation_id": ids[a.uuid],
                "text": u.text,
                "acted": u.acted,
                "at": u.occurred_at,
                "created_at": u.created_at,
            }
            for a in plan.activations
            for u in a.urges
        ],
    )
    _insert(
        advance,
        session,
        "helped",
        [
            {
                "uuid": h.uuid,
                "activation_id": ids[a.uuid],
                "practice": h.practice,
                "created_at": h.created_at,
            }
            for a in plan.activations
            for h in a.helped
        ],
    )
    parents = {**plan.note_parents, **ids}
    _insert(
        advance,
        session,
        "note",
        [
            {
                "uuid": n.uuid,
                "activation_id": None if n.activation_uuid is None else parents[n.activation_uuid],
                "text": n.text,
                "therapy": n.therapy,
                "at": n.occurred_at,
                "created_at": n.created_at,
            }
            for n in plan.notes
        ],
    )
    _insert(
        advance,
        session,
        "anchor",
        [
            {
                "uuid": x.uuid,
                "kind": x.kind,
                "what": x.what,
                "minutes": x.minutes,
                "felt": x.felt,
                "at": x.occurred_at,
                "note": x.note,
                "created_at": x.created_at,
            }
            for x in plan.anchors
        ],
    )
    _insert(
        advance,
        session,
        "checkin",
        [
            {
                "uuid": c.uuid,
                "day": c.day,
                "hum": c.hum,
                "note": c.note,
                "no_activation": c.no_activation,
                "created_at": c.created_at,
                "updated_at": c.updated_at,
            }
            for c in plan.checkins
        ],
    )
    _insert(
        advance,
        session,
        "message",
        [
            {
                "uuid": m.uuid,
                "text": m.text,
                "status": m.status,
                "flags": [f.model_dump() for f in m.flags],
                "created_at": m.created_at,
                "updated_at": m.updated_at,
                "sent_at": m.sent_at,
            }
            for m in plan.messages
        ],
    )
    _insert(
        advance,
        session,
        "plan_item",
        [
            {"uuid": p.uuid, "step": p.step, "text": p.text, "created_at": p.created_at}
            for p in plan.safety_plan
        ],
    )
    _insert(
        advance,
        session,
        "therapy_session",
        [
            {"uuid": t.uuid, "day": t.day, "created_at": t.created_at, "updated_at": t.updated_at}
            for t in plan.therapy_sessions
        ],
    )
    return Applied(tuple(ids[uuid] for uuid, _ in plan.unresolved))


def _insert(
    advance: Callable[[int], None], session: Session, name: str, rows: list[dict[str, Any]]
) -> None:
    for chunk in _chunks(rows):
        session.execute(insert(json_backup.table(name)), list(chunk))
        advance(len(chunk))
