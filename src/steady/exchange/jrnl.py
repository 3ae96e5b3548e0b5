"""jrnl's JSON export (`jrnl --format json`), read as notes.

The shape, as jrnl's own exporter writes it (jrnl/plugins/json_exporter.py in
github.com/jrnl-org/jrnl): `{"tags": {"@tag": count}, "entries": [{"title", "body",
"date": "YYYY-MM-DD", "time": "HH:MM", "tags": [...], "starred": bool}]}`; entries from a
Day One journal also carry a `uuid`, and some a `creator`. Each entry becomes one note at
its moment: the title, then the body, as jrnl keeps them (its tags are words in the text
already); a starred entry says so on its last line.
"""

from __future__ import annotations

import json
from datetime import date, datetime, tzinfo
from typing import Any

from steady.errors import InputError
from steady.exchange import foreign
from steady.timeparse import read_clock

NAME = "jrnl"
NOT_JRNL_HINT = "steady import --from jrnl reads the file that jrnl --format json writes."
STARRED_LINE = "(starred in jrnl)"


def read(data: bytes, *, now: datetime, tz: tzinfo) -> foreign.ForeignRecords:
    entries = _entries(data)
    ids = foreign.SourceIds("jrnl")
    notes = [_note(i, entry, ids, now, tz) for i, entry in enumerate(entries)]
    return foreign.ForeignRecords(NAME, notes=tuple(notes))


def _entries(data: bytes) -> list[Any]:
    if not data.strip():
        raise InputError("The file is empty, so there is nothing to import.")
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError("The file is not UTF-8 text, so it is not a jrnl export.") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"The file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).",
            NOT_JRNL_HINT,
        ) from None
    except (RecursionError, ValueError):
        raise InputError("The file is not a jrnl export.", NOT_JRNL_HINT) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise InputError('The file is not a jrnl export: it has no "entries" list.', NOT_JRNL_HINT)
    entries: list[Any] = raw["entries"]
    return entries


def _text_field(entry: dict[str, Any], name: str, where: str) -> str:
    value = entry.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise foreign.refuse(f"{where}.{name}", "must be text")
    return value


def _note(
    i: int, entry: Any, ids: foreign.SourceIds, now: datetime, tz: tzinfo
) -> foreign.ForeignNote:
    where = f"entries[{i}]"
    if not isinstance(entry, dict):
        raise foreign.refuse(where, "must be an object")
    for name in ("date", "time"):
        if not isinstance(entry.get(name), str):
            raise foreign.refuse(
                f"{where}.{name}", "is missing" if name not in entry else "must be text"
            )
    try:
        day = date.fromisoformat(entry["date"].strip())
    except ValueError:
        raise foreign.refuse(f"{where}.date", "must be a day written YYYY-MM-DD") from None
    clock = read_clock(entry["time"])
    if clock is None:
        raise foreign.refuse(f"{where}.time", "must be a time written HH:MM")
    at = foreign.moment(day, clock, tz, now, f"{where}.time")
    title = _text_field(entry, "title", where).strip()
    body = _text_field(entry, "body", where).strip()
    starred = entry.get("starred", False)
    if not isinstance(starred, bool):
        raise foreign.refuse(f"{where}.starred", "must be true or false")
    text = "\n".join(part for part in (title, body, STARRED_LINE if starred else "") if part)
    checked = foreign.words(text, where)
    if checked is None:
        raise foreign.refuse(where, "has neither a title nor a body")
    uuid = entry.get("uuid")
    key = (
        f"uuid {uuid}"
        if isinstance(uuid, str) and uuid.strip()
        else (f"{day.isoformat()} {clock:%H:%M} {title}")
    )
    return foreign.ForeignNote(ids.next(key), at, checked)
