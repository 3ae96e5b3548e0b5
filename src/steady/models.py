"""The journal's tables, as SQLModel classes.

The schema itself is created and changed only by the ordered migrations in
`steady.migrations`; these classes map onto it. A test checks that the two agree.
Every record has an integer `id` for typing and a `uuid` for lossless export and
import. Every time is stored in UTC.
"""

import uuid as uuid_lib
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import JSON, String, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, Relationship, SQLModel

from steady.metrics import activation_status

if TYPE_CHECKING:
    from sqlmodel._compat import SQLModelConfig

_STORED_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

# steady never validates its table rows through Pydantic (SQLModel builds table rows
# without validation), so each table's Pydantic validator and serializer are built only
# if something asks for them, rather than on every start: this saves about 30 ms of
# every command that opens the journal.
_DEFER_BUILD: "SQLModelConfig" = {"defer_build": True}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as fixed-width UTC text, so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("steady stores only aware datetimes")
        return value.astimezone(UTC).strftime(_STORED_FORMAT)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the stored "...Z" text directly and is many times faster
        # than strptime, which matters when a review or export reads thousands of rows.
        return datetime.fromisoformat(str(value)).astimezone(UTC)


def table(model: type[SQLModel]) -> Table:
    """The table a model maps to, for statements on its columns (SQLAlchemy Core)."""
    return SQLModel.metadata.tables[str(model.__tablename__)]


def new_uuid() -> str:
    return str(uuid_lib.uuid4())


def _uuid_field() -> Any:
    return Field(default_factory=new_uuid, sa_type=String(36), unique=True, nullable=False)


def _time_field(*, nullable: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable)


class Activation(SQLModel, table=True):
    """One episode of the alarm, from its onset to settling (or being left unresolved)."""

    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    started_at: datetime = _time_field()
    settled_at: datetime | None = _time_field(nullable=True)
    closed_at: datetime | None = _time_field(nullable=True)
    settled_intensity: int | None = Field(default=None, ge=0, le=10)
    context: str | None = None
    story: str | None = None
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field()

    readings: list["Reading"] = Relationship(
        back_populates="activation",
        sa_relationship_kwargs={"order_by": "Reading.at", "cascade": "all, delete-orphan"},
    )
    feelings: list["Feeling"] = Relationship(
        back_populates="activation",
        sa_relationship_kwargs={"order_by": "Feeling.at", "cascade": "all, delete-orphan"},
    )
    urges: list["Urge"] = Relationship(
        back_populates="activation",
        sa_relationship_kwargs={"order_by": "Urge.at", "cascade": "all, delete-orphan"},
    )
    helped: list["Helped"] = Relationship(
        back_populates="activation",
        sa_relationship_kwargs={"order_by": "Helped.id", "cascade": "all, delete-orphan"},
    )
    notes: list["Note"] = Relationship(
        back_populates="activation",
        sa_relationship_kwargs={"order_by": "Note.at", "cascade": "all, delete-orphan"},
    )

    @property
    def status(self) -> str:
        return activation_status(self.settled_at, self.closed_at)


class Reading(SQLModel, table=True):
    """One body-signal observation inside an activation."""

    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    activation_id: int | None = Field(default=None, foreign_key="activation.id", ondelete="CASCADE")
    at: datetime = _time_field()
    location: str | None = None
    sensation: str | None = None
    intensity: int = Field(ge=0, le=10)
    created_at: datetime = _time_field()

    activation: Optional["Activation"] = Relationship(back_populates="readings")


class Feeling(SQLModel, table=True):
    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    activation_id: int | None = Field(default=None, foreign_key="activation.id", ondelete="CASCADE")
    name: str
    story_word: bool = False
    at: datetime = _time_field()
    created_at: datetime = _time_field()

    activation: Optional["Activation"] = Relationship(back_populates="feelings")


class Urge(SQLModel, table=True):
    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    activation_id: int | None = Field(default=None, foreign_key="activation.id", ondelete="CASCADE")
    text: str
    acted: bool = False
    at: datetime = _time_field()
    created_at: datetime = _time_field()

    activation: Optional["Activation"] = Relationship(back_populates="urges")


class Helped(SQLModel, table=True):
    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    activation_id: int | None = Field(default=None, foreign_key="activation.id", ondelete="CASCADE")
    practice: str
    created_at: datetime = _time_field()

    activation: Optional["Activation"] = Relationship(back_populates="helped")


class Note(SQLModel, table=True):
    """Free text; attached to an activation when written while settling it."""

    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    activation_id: int | None = Field(default=None, foreign_key="activation.id", ondelete="CASCADE")
    text: str
    therapy: bool = False
    at: datetime = _time_field()
    created_at: datetime = _time_field()

    activation: Optional["Activation"] = Relationship(back_populates="notes")


class Anchor(SQLModel, table=True):
    """An experience of being okay on one's own."""

    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    kind: str
    what: str | None = None
    minutes: int | None = None
    felt: int | None = Field(default=None, ge=0, le=10)
    at: datetime = _time_field()
    note: str | None = None
    created_at: datetime = _time_field()


class Checkin(SQLModel, table=True):
    """The daily entry: one per local calendar day."""

    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    day: date = Field(unique=True)
    hum: int | None = Field(default=None, ge=0, le=10)
    note: str | None = None
    no_activation: bool = False
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field()


class Message(SQLModel, table=True):
    """A draft to a partner, with its check result and status."""

    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    text: str
    status: str = "draft"
    flags: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field()
    sent_at: datetime | None = _time_field(nullable=True)
