"""A CSV from any app or spreadsheet, read by a column mapping given with --map.

`--map FIELD=COLUMN[,FIELD=COLUMN…]` (or --map given more than once) says which column
holds what. COLUMN is a header as written in the file's first row (case and the spaces at
its ends do not matter), or `#N` for the N-th column. The fields:

- `date` (needed): the day, `YYYY-MM-DD`, or a day and time in ISO 8601
  (`2026-11-27 21:30`, `2026-11-27T21:30:00+01:00`);
- `time`: the time of day, `21:30` or `9:30 pm`, when it has a column of its own;
- `text`: the words; given more than once, the columns are joined line by line;
- `hum`: a whole number 0–10 that *is* the background hum as steady means it;
- `id`: a column that names each row uniquely in the other app.

Without `hum`, each row becomes a note at its moment (12:00 when there is no time). With
`hum`, each row is that day's check-in: its hum, and the text as its note; two rows for one
day are refused. Nothing is rescaled or guessed: a 1–5 mood column is not a hum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

from steady.errors import InputError
from steady.exchange import foreign
from steady.exchange.csv_rows import Row, Table, read_table
from steady.timeparse import read_clock

NAME = "CSV"
FIELDS = ("date", "time", "text", "hum", "id")
MAP_HINT = (
    "Name the columns like --map date=Date,time=Time,text=Note (fields: date, time, text, hum, id)."
)


@dataclass(frozen=True)
class Mapping:
    """Which column holds each field: (field, column) as typed, in order."""

    pairs: tuple[tuple[str, str], ...]

    @property
    def fields(self) -> set[str]:
        return {field for field, _ in self.pairs}


def parse_map(specs: Sequence[str]) -> Mapping:
    """--map's values as a mapping, or a plain refusal of the first thing wrong."""
    pairs: list[tuple[str, str]] = []
    for spec in specs:
        for part in spec.split(","):
            if not part.strip():
                continue
            field, equals, column = part.partition("=")
            field = field.strip().lower()
            if not equals or not column.strip():
                raise InputError(f"--map {part.strip()!r} needs the form FIELD=COLUMN.", MAP_HINT)
            if field not in FIELDS:
                raise InputError(f"--map {field!r} is not a field steady can fill.", MAP_HINT)
            if field != "text" and field in {f for f, _ in pairs}:
                raise InputError(f"--map names {field} twice; give it one column.", MAP_HINT)
            pairs.append((field, column.strip()))
    mapping = Mapping(tuple(pairs))
    if not pairs:
        raise InputError(
            "steady import --from csv needs --map to say which column is which.", MAP_HINT
        )
    if "date" not in mapping.fields:
        raise InputError("--map needs the date column: every entry needs its day.", MAP_HINT)
    if not mapping.fields & {"text", "hum"}:
        raise InputError(
            "--map needs a text or a hum column: there is nothing else to keep.", MAP_HINT
        )
    return mapping


def _columns(table: Table, mapping: Mapping) -> dict[str, int]:
    """Field name -> column index; the texts are text#1, text#2…"""
    columns: dict[str, int] = {}
    texts = 0
    for field, column in mapping.pairs:
        if column.startswith("#") and column[1:].isdigit():
            index = int(column[1:]) - 1
            if not 0 <= index < len(table.header):
                raise InputError(
                    f"--map {field}={column}: the file has {len(table.header)} columns.",
                    "Count them from #1.",
                )
        else:
            found = table.column(column)
            if found is None:
                shown = ", ".join(f'"{h}"' for h in table.header[:12])
                raise InputError(
                    f'--map {field}={column}: the file has no column "{column}" in its first '
                    f"row; it has {shown}.",
                    MAP_HINT,
                )
            index = found
        if field == "text":
            texts += 1
            field = f"text#{texts}"
        columns[field] = index
    return columns


def read(data: bytes, mapping: Mapping, *, now: datetime, tz: tzinfo) -> foreign.ForeignRecords:
    table = read_table(data, "CSV")
    columns = _columns(table, mapping)
    checkins = "hum" in columns
    ids = foreign.SourceIds("csv-checkin" if checkins else "csv-note")
    id_rows: dict[str, int] = {}
    day_rows: dict[date, int] = {}
    notes: list[foreign.ForeignNote] = []
    days: list[foreign.ForeignCheckin] = []
    skipped = 0
    for row in table.named(columns):
        texts = [row[name] for name in columns if name.startswith("text#")]
        text = foreign.words("\n".join(t for t in texts if t), row.where("text#1"))
        level = foreign.hum(row["hum"], row.where("hum")) if checkins else None
        if text is None and level is None:
            skipped += 1  # a day in a spreadsheet with nothing written: nothing to keep
            continue
        at = _moment(row, tz, now)
        source_id = _source_id(row, ids, id_rows, texts)
        if not checkins:
            assert text is not None
            notes.append(foreign.ForeignNote(source_id, at, text))
            continue
        day = at.astimezone(tz).date()
        if day in day_rows:
            raise foreign.refuse(
                row.where("date"),
                f"{day.isoformat()} already has a check-in at row {day_rows[day]}; a day has one",
            )
        day_rows[day] = row.number
        foreign.not_future_day(day, now, tz, row.where("date"))
        days.append(foreign.ForeignCheckin(source_id, day, at, level, text))
    return foreign.ForeignRecords(NAME, notes=tuple(notes), checkins=tuple(days), skipped=skipped)


def _source_id(row: Row, ids: foreign.SourceIds, id_rows: dict[str, int], texts: list[str]) -> str:
    if "id" not in row.columns:
        return ids.next("|".join([row["date"], row["time"], row["hum"], *texts]))
    value = row["id"]
    if not value:
        raise foreign.refuse(row.where("id"), "is empty; every row needs its id")
    if value in id_rows:
        raise foreign.refuse(row.where("id"), f"{value!r} is also the id of row {id_rows[value]}")
    id_rows[value] = row.number
    return f"{ids.app}:{row.header[row.columns['id']]}={value}"


def _moment(row: Row, tz: tzinfo, now: datetime) -> datetime:
    """The row's instant: its day and time, read in the local zone unless it has an offset."""
    text = row["date"]
    if not text:
        raise foreign.refuse(row.where("date"), "is empty; every row needs its day")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise foreign.refuse(
            row.where("date"),
            f"{text!r} is not a day written YYYY-MM-DD (or YYYY-MM-DD HH:MM)",
        ) from None
    clock: time | None = None
    if row["time"]:
        clock = read_clock(row["time"])
        if clock is None:
            raise foreign.refuse(
                row.where("time"), f"{row['time']!r} is not a time such as 21:30 or 9:30 pm"
            )
    elif len(text) > len("YYYY-MM-DD"):
        if parsed.tzinfo is not None:
            return foreign.not_future(parsed.astimezone(UTC), now, row.where("date"))
        clock = parsed.time()
    where = row.where("time" if clock is not None and row["time"] else "date")
    return foreign.moment(parsed.date(), clock, tz, now, where)
