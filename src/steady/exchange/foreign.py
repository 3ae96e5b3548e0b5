"""What the readers of other apps' exports share: the records they make, and their ids.

A reader turns a file into `ForeignNote`s and `ForeignCheckin`s, or refuses it with an
`InputError` naming the row (or entry) and the column (or field). `document()` wraps them
in a `steady.export/2` document, so that `steady.importer` plans and writes them with the
checks, counts, care and single transaction of a steady backup.

Nothing is invented: a mood label or an activity stays words in a note; a hum comes only
from a column the person named as their 0–10 hum (docs/data-format.md, "Importing from
other apps").

Idempotence without a schema change: each record's uuid is a name-based UUID (RFC 4122,
version 5) of its source id — the app's own id where it has one, else what identifies the
entry in that app (its day, time and place among entries of the same minute). Importing the
same file again gives the same uuids, which the journal already holds, so nothing is added;
an export from steady keeps them, so a round trip does not duplicate either.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import TYPE_CHECKING

from steady.errors import InputError
from steady.text import MAX_TEXT_CHARS, parse_intensity
from steady.timeparse import EARLIEST_YEAR, FUTURE_TOLERANCE

if TYPE_CHECKING:
    from steady.exporters.schema import ExportDocument

# Fixed for ever: the same source id must always give the same uuid.
NAMESPACE = uuid.UUID("5d3c9a52-4b1e-5f7a-9c2d-8e6f0a1b3c4d")
FIX_HINT = "Nothing was imported; correct that in the file and import it again."
NOON = time(12, 0)  # where a row with a day but no time is placed


@dataclass(frozen=True)
class ForeignNote:
    source_id: str
    at: datetime  # aware, UTC
    text: str


@dataclass(frozen=True)
class ForeignCheckin:
    source_id: str
    day: date
    at: datetime  # aware, UTC: when it was written, as far as the file says
    hum: int | None
    note: str | None


@dataclass(frozen=True)
class ForeignRecords:
    """What one file holds, in steady's terms; `source` names the app for people."""

    source: str
    notes: tuple[ForeignNote, ...] = ()
    checkins: tuple[ForeignCheckin, ...] = ()
    skipped: int = 0  # rows with nothing to keep (no words, no hum)


def refuse(where: str, said: str, hint: str = FIX_HINT) -> InputError:
    """The one-line refusal: 'The file cannot be imported: row 5, column "time": …'."""
    return InputError(f"The file cannot be imported: {where}: {said}.", hint)


class SourceIds:
    """Source ids made unique within one file: the n-th entry with the same key gets #n."""

    def __init__(self, app: str) -> None:
        self.app = app
        self.seen: Counter[str] = Counter()

    def next(self, key: str) -> str:
        self.seen[key] += 1
        return f"{self.app}:{key}#{self.seen[key]}"


def uuid_for(source_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, source_id))


def words(value: str | None, where: str) -> str | None:
    """Text as steady keeps it: trimmed, UTF-8, at most MAX_TEXT_CHARS; empty is None."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise refuse(where, "holds characters that are not UTF-8") from None
    if len(text) > MAX_TEXT_CHARS:
        raise refuse(
            where,
            f"is {len(text):,} characters long; steady keeps at most {MAX_TEXT_CHARS:,} in one "
            "note",
        )
    return text


def hum(value: str, where: str) -> int | None:
    """A hum as `steady checkin --hum` takes it (a whole number 0–10); empty is None."""
    if not value.strip():
        return None
    try:
        return parse_intensity(value, "the hum")
    except InputError as exc:
        raise refuse(where, exc.message.removeprefix("the hum ").rstrip(".")) from None


def moment(day: date, clock: time | None, tz: tzinfo, now: datetime, where: str) -> datetime:
    """A local day and time as an instant; not in the future, as the CLI's --at.

    A day without a time is placed at noon, or now for today before noon.
    """
    if clock is None:
        not_future_day(day, now, tz, where)
        noon = datetime.combine(day, NOON, tzinfo=tz).astimezone(UTC)
        return not_future(min(noon, now.astimezone(UTC)), now, where)
    return not_future(datetime.combine(day, clock, tzinfo=tz).astimezone(UTC), now, where)


def not_future(instant: datetime, now: datetime, where: str) -> datetime:
    """Refuse a moment steady would refuse at the command line, or that its export cannot
    hold."""
    if instant - now > FUTURE_TOLERANCE:
        raise refuse(where, "is in the future")
    if instant.year < EARLIEST_YEAR:
        raise refuse(where, f"is before the year {EARLIEST_YEAR}")
    return instant


def not_future_day(day: date, now: datetime, tz: tzinfo, where: str) -> date:
    if day > now.astimezone(tz).date():
        raise refuse(where, f"{day.isoformat()} has not come yet")
    return day


def document(records: ForeignRecords, now: datetime) -> ExportDocument:
    """The records as a steady.export/2 document, validated by its models."""
    from steady import __version__
    from steady.exporters import schema

    notes = [
        schema.Note(
            uuid=uuid_for(n.source_id),
            text=n.text,
            therapy=False,
            occurred_at=n.at,
            # Written in the other app at that moment, as far as steady can know; fixed,
            # so that importing again finds the very same record.
            created_at=n.at,
            activation_uuid=None,
        )
        for n in records.notes
    ]
    checkins = [
        schema.Checkin(
            uuid=uuid_for(c.source_id),
            day=c.day,
            hum=c.hum,
            note=c.note,
            no_activation=False,
            created_at=c.at,
            updated_at=c.at,
        )
        for c in records.checkins
    ]
    return schema.ExportDocument.model_validate(
        {
            "schema": schema.SCHEMA_NAME,
            "exported_at": now.astimezone(UTC),
            "app_version": __version__,
            "range": None,
            "activations": [],
            "anchors": [],
            "checkins": checkins,
            "messages": [],
            "notes": notes,
            "safety_plan": [],
            "config": {},
        }
    )
