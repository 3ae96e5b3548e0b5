"""Daylio's CSV export ("Export entries" → CSV), read as notes.

The columns, as Daylio writes them (described in docs/data-format.md with the public
sources they were taken from): `full_date,date,weekday,time,mood,activities,note_title,note`;
exports from before Daylio had note titles lack `note_title`, and the oldest start with
`year,date` ("18 May") instead of `full_date`. Each row is one entry and a day often has
several. `time` is "9:24 pm" or "21:24" by the phone's setting; activities are separated
by " | "; a note may hold Daylio's light formatting (<br>, <b>, <li>).

Each entry becomes one note at its moment, in words: the mood label as Daylio names it,
the activities, then the note's title and text. A mood is not the hum and is never
turned into one; no activation, intensity or check-in is made from an entry.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, tzinfo

from steady.errors import InputError
from steady.exchange import foreign
from steady.exchange.csv_rows import Row, Table, read_table
from steady.timeparse import read_clock

NAME = "Daylio"
REQUIRED = ("time", "mood")
NOT_DAYLIO_HINT = "steady import --from daylio reads the CSV that Daylio's Export entries writes."
_BREAK = re.compile(r"<br\s*/?>|</p>|</li>|</div>", re.IGNORECASE)
_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?(?:b|i|u|s|em|strong|p|ul|ol|li|div|span|strike|font)(?:\s[^>]*)?>", re.I)


def read(data: bytes, *, now: datetime, tz: tzinfo) -> foreign.ForeignRecords:
    table = read_table(data, "a Daylio export")
    ids = foreign.SourceIds("daylio")
    notes = [_note(row, ids, now, tz) for row in table.named(_columns(table))]
    return foreign.ForeignRecords(NAME, notes=tuple(notes))


def _note(row: Row, ids: foreign.SourceIds, now: datetime, tz: tzinfo) -> foreign.ForeignNote:
    day = _day(row)
    clock = read_clock(row["time"])
    if clock is None:
        raise foreign.refuse(
            row.where("time"), f"{row['time']!r} is not a time such as 21:30 or 9:30 pm"
        )
    mood = foreign.words(row["mood"], row.where("mood"))
    if mood is None:
        raise foreign.refuse(row.where("mood"), "is empty; every Daylio entry has a mood")
    at = foreign.moment(day, clock, tz, now, row.where("time"))
    activities = [a.strip() for a in row["activities"].split("|") if a.strip()]
    lines = [f"Mood in Daylio: {mood}"]
    if activities:
        lines.append("Activities: " + ", ".join(activities))
    written = "\n".join(part for part in (_plain(row["note_title"]), _plain(row["note"])) if part)
    text = "\n".join(lines) + (f"\n\n{written}" if written else "")
    checked = foreign.words(text, row.where())
    assert checked is not None  # it holds the mood at least
    return foreign.ForeignNote(ids.next(f"{day.isoformat()} {clock:%H:%M}"), at, checked)


def _columns(table: Table) -> dict[str, int]:
    names = ("full_date", "year", "date", "time", "mood", "activities", "note_title", "note")
    columns = {name: index for name in names if (index := table.column(name)) is not None}
    missing = [name for name in REQUIRED if name not in columns]
    if "full_date" not in columns and not {"year", "date"} <= columns.keys():
        missing.insert(0, "full_date")
    if missing:
        shown = ", ".join(f'"{name}"' for name in missing)
        raise InputError(
            f"The file is not a Daylio export: it has no {shown} column in its first row.",
            NOT_DAYLIO_HINT,
        )
    return columns


def _day(row: Row) -> date:
    if "full_date" in row.columns:
        try:
            return date.fromisoformat(row["full_date"])
        except ValueError:
            raise foreign.refuse(
                row.where("full_date"), f"{row['full_date']!r} is not a day written YYYY-MM-DD"
            ) from None
    text = f"{row['date']} {row['year']}"
    try:
        return datetime.strptime(text, "%d %B %Y").date()
    except ValueError:
        raise foreign.refuse(
            row.where("date"), f"{text!r} is not a day such as 18 May 2018"
        ) from None


def _plain(value: str) -> str:
    """Daylio's light formatting as plain lines; the words themselves are kept as written."""
    if "<" not in value and "&" not in value:
        return value.strip()
    text = _ITEM.sub("- ", _BREAK.sub("\n", value))
    text = html.unescape(_TAG.sub("", text))
    return "\n".join(line.rstrip() for line in text.strip().splitlines())
