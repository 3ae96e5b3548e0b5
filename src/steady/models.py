"""The journal's tables, as SQLModel classes.

The schema itself is created and changed only by the ordered migrations in
`steady.migrations`; these classes map onto it, and `steady.tables` declares the same
columns for SQLAlchemy Core. Tests check that the three agree.
Every record has an integer `id` for typing and a `uuid` for lossless export and
import. Every time is stored in UTC.
"""

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import JSON, String
from sqlmodel import Field, Relationship, SQLModel

from steady.metrics import activation_status
from steady.tables import UTCDateTime, new_uuid

if TYPE_CHECKING:
    from sqlmodel._compat import SQLModelConfig

# steady never validates its table rows through Pydantic (SQLModel builds table rows
# without validation), so each table's Pydantic validator and serializer are built only
# if something asks for them, rather than on every start: this saves about 30 ms of
# every command that opens the journal.
_DEFER_BUILD: "SQLModelConfig" = {"defer_build": True}


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


class PlanItem(SQLModel, table=True):
    """One line of the personal safety plan, under one of its steps."""

    __tablename__ = "plan_item"
    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    step: str = Field(sa_type=String(10))
    text: str
    created_at: datetime = _time_field()


class TherapySession(SQLModel, table=True):
    """The day of a therapy session: exports cover the time since the last one."""

    __tablename__ = "therapy_session"
    model_config = _DEFER_BUILD

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    day: date = Field(index=True)
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field()
