"""The `steady.export/2` document, as strict pydantic models.

These models are the one definition of the lossless export file: `steady import`
validates a whole file against them before it writes anything, and
docs/export-schema.json is generated from them
(`python -m steady.exporters.schema > docs/export-schema.json`; a test checks it is current).

Times are ISO 8601 strings with their offset, in fields whose names end in `_at`; they are
read as instants and kept in UTC. A check-in's `day` is `YYYY-MM-DD`. Every record carries
its `uuid`; the short integer ids are local to one journal and are not part of the file.
This module is loaded only by `steady import` and by the tests (it imports pydantic).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

SCHEMA_NAME = "steady.export/3"
SCHEMA_FAMILY = "steady.export/"
SCHEMA_VERSION = 3
# What import reads: /1 is /2 without the safety plan, /2 is /3 without therapy sessions.
READABLE = ("steady.export/1", "steady.export/2", "steady.export/3")

MAX_ANCHOR_MINUTES = 1440  # a day, as `steady anchor --minutes` allows (steady.anchors)
EARLIEST_YEAR = 1900
LATEST_YEAR = 9998  # clear of datetime's upper edge once any offset is applied
# The limits the command line sets on the same values (steady.text, steady.anchors,
# steady.safety_plan): an imported journal holds nothing the CLI would have refused.
MAX_TEXT_CHARS = 20_000
MAX_WORD_CHARS = 80
MAX_WHAT_CHARS = 200
MAX_PLAN_LINE_CHARS = 1000


def _in_utc(value: datetime) -> datetime:
    try:
        moment = value.astimezone(UTC)
    except OverflowError:  # an offset that pushes it past year 1 or 9999
        raise ValueError(f"must be between the years {EARLIEST_YEAR} and {LATEST_YEAR}") from None
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError(f"must be between the years {EARLIEST_YEAR} and {LATEST_YEAR}")
    return moment


Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
    Field(description="The record's stable identity (a lower-case UUID)."),
]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("is blank")
    return value


def _a_day_steady_keeps(value: date) -> date:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"must be between the years {EARLIEST_YEAR} and {LATEST_YEAR}")
    return value


Moment = Annotated[AwareDatetime, AfterValidator(_in_utc)]
Day = Annotated[date, AfterValidator(_a_day_steady_keeps)]
Intensity = Annotated[int, Field(ge=0, le=10)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS), AfterValidator(_not_blank)]
Word = Annotated[str, Field(min_length=1, max_length=MAX_WORD_CHARS), AfterValidator(_not_blank)]
What = Annotated[str, Field(min_length=1, max_length=MAX_WHAT_CHARS), AfterValidator(_not_blank)]


class _Record(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Reading(_Record):
    """One body-signal observation inside an activation."""

    uuid: Uuid
    occurred_at: Moment = Field(description="When the signal was noticed.")
    location: Word | None = Field(description="Where in the body, e.g. chest.")
    sensation: Word | None = Field(description="What it felt like, e.g. tight.")
    intensity: Intensity = Field(description="0 calm … 10 overwhelming.")
    created_at: Moment = Field(description="When the reading was written down.")


class Feeling(_Record):
    """A plain name for the feeling."""

    uuid: Uuid
    name: Word
    story_word: bool = Field(description="A word about what someone did, e.g. ignored.")
    occurred_at: Moment = Field(description="When the feeling was named.")
    created_at: Moment


class Urge(_Record):
    """Something the alarm pushed toward."""

    uuid: Uuid
    text: Text
    acted: bool = Field(description="Whether it was acted on.")
    occurred_at: Moment = Field(description="When the urge came.")
    created_at: Moment


class Helped(_Record):
    """A practice that helped settle."""

    uuid: Uuid
    practice: Word
    created_at: Moment


class Activation(_Record):
    """One episode of the alarm, with its readings, feelings, urges and what helped."""

    uuid: Uuid
    started_at: Moment = Field(description="The onset.")
    settled_at: Moment | None = Field(description="When back to baseline; null if not (yet).")
    closed_at: Moment | None = Field(
        description="When it was left without a settled time (unresolved); null otherwise."
    )
    settled_intensity: Intensity | None
    context: Text | None
    story: Text | None = Field(description="What the mind was telling itself.")
    created_at: Moment
    updated_at: Moment
    readings: list[Reading]
    feelings: list[Feeling]
    urges: list[Urge]
    helped: list[Helped]

    @field_validator("settled_at")
    @classmethod
    def _settled_after_onset(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        started = info.data.get("started_at")
        if value is not None and started is not None and value < started:
            raise ValueError("is before started_at")
        return value

    @field_validator("closed_at")
    @classmethod
    def _closed_after_onset(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        started = info.data.get("started_at")
        if value is not None and started is not None and value < started:
            raise ValueError("is before started_at")
        return value

    @field_validator("readings")
    @classmethod
    def _readings_from_onset(cls, value: list[Reading], info: ValidationInfo) -> list[Reading]:
        """The onset is at or before the first reading, as the command line keeps it (a
        reading logged earlier moves the onset back: steady.journal)."""
        started = info.data.get("started_at")
        for reading in value:
            if started is not None and reading.occurred_at < started:
                raise ValueError("has a reading before started_at")
        return value


class Note(_Record):
    """Free text; `activation_uuid` names the activation it belongs to, if any."""

    uuid: Uuid
    text: Text
    therapy: bool = Field(description="Marked to bring to therapy.")
    occurred_at: Moment = Field(description="The moment the note is about.")
    created_at: Moment
    activation_uuid: Uuid | None


class Anchor(_Record):
    """An experience of being okay on one's own."""

    uuid: Uuid
    kind: Literal["solitude", "interest", "friendship", "self-directed", "body", "other"]
    what: (
        Annotated[str, Field(min_length=1, max_length=MAX_WHAT_CHARS), AfterValidator(_not_blank)]
        | None
    )
    minutes: Annotated[int, Field(ge=0, le=MAX_ANCHOR_MINUTES)] | None
    felt: Intensity | None = Field(description="How settled it felt, 0–10.")
    occurred_at: Moment
    note: Text | None
    created_at: Moment


class Checkin(_Record):
    """The daily entry, one per local calendar day."""

    uuid: Uuid
    day: Day = Field(description="The local calendar day, YYYY-MM-DD.")
    hum: Intensity | None = Field(description="The background hum, 0–10.")
    note: Text | None
    no_activation: bool = Field(description="Marked as a day without an activation.")
    created_at: Moment
    updated_at: Moment


class MessageFlag(_Record):
    """One finding of the message check."""

    rule: str
    match: str


class Message(_Record):
    """A draft to a partner, with its check result and status."""

    uuid: Uuid
    text: Text
    status: Literal["draft", "held", "sent", "discarded"]
    flags: list[MessageFlag]
    created_at: Moment
    updated_at: Moment
    sent_at: Moment | None


class PlanItem(_Record):
    """One line of the personal safety plan, under one of its steps."""

    uuid: Uuid
    step: Literal["signs", "coping", "distract", "people", "services", "safer", "reason"] = Field(
        description="The step: warning signs, things to do on my own, people and places that "
        "distract, people to ask for help, professionals and services, a safer place, what "
        "matters most."
    )
    text: Annotated[
        str, Field(min_length=1, max_length=MAX_PLAN_LINE_CHARS), AfterValidator(_not_blank)
    ]
    created_at: Moment


class TherapySession(_Record):
    """The day of a therapy session (absent from steady.export/1 and /2)."""

    uuid: Uuid
    day: date = Field(description="The local calendar day of the session, YYYY-MM-DD.")
    created_at: Moment
    updated_at: Moment


class Range(_Record):
    """The local calendar days the export covers, both inclusive."""

    since: date
    until: date

    @field_validator("until")
    @classmethod
    def _until_after_since(cls, value: date, info: ValidationInfo) -> date:
        since = info.data.get("since")
        if since is not None and value < since:
            raise ValueError("is before since")
        return value


class ExportDocument(_Record):
    """A lossless backup of a steady journal (or of one period of it)."""

    model_config = ConfigDict(title=SCHEMA_NAME)

    schema_name: Literal["steady.export/1", "steady.export/2", "steady.export/3"] = Field(
        alias="schema"
    )
    exported_at: Moment
    app_version: str = Field(description="The version of steady that wrote the file.")
    range: Range | None = Field(description="The period exported; null for everything.")
    activations: list[Activation]
    anchors: list[Anchor]
    checkins: list[Checkin]
    messages: list[Message]
    notes: list[Note]
    safety_plan: list[PlanItem] = Field(
        default_factory=list,
        description="The personal safety plan, whatever the range (absent from steady.export/1).",
    )
    therapy_sessions: list[TherapySession] = Field(
        default_factory=list,
        description="The days of therapy sessions in the range (absent before steady.export/3).",
    )
    config: dict[str, int | str | list[str]] = Field(
        description="The effective settings when exported (informational; import leaves "
        "your settings unchanged)."
    )


def json_schema() -> str:
    """The JSON Schema of the file, as committed in docs/export-schema.json."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **ExportDocument.model_json_schema(by_alias=True),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - the docs generator
    sys.stdout.write(json_schema())
