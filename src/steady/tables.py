"""The journal's columns as SQLAlchemy Core, for the reads and writes that skip the ORM.

`steady.models` declares the same tables as SQLModel classes. Declaring those classes
builds a Pydantic model and an ORM mapper for each: about a tenth of the time of a
whole command on the machine in docs/performance.md. The most frequent commands
(`notice`, `review`) only read and write columns, so they use these lightweight
table clauses instead and never import `steady.models`. A test checks that every
table here has exactly the columns and column types of its model, and the migrations
create both.
"""

import uuid as uuid_lib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, TableClause, column, table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

STORED_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as fixed-width UTC text, so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("steady stores only aware datetimes")
        return value.astimezone(UTC).strftime(STORED_FORMAT)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the stored "...Z" text directly and is many times faster
        # than strptime, which matters when a review or export reads thousands of rows.
        return datetime.fromisoformat(str(value)).astimezone(UTC)


def new_uuid() -> str:
    return str(uuid_lib.uuid4())


def _id() -> Any:
    return column("id", Integer)


def _uuid() -> Any:
    return column("uuid", String(36))


def _time(name: str) -> Any:
    return column(name, UTCDateTime())


def _text(name: str) -> Any:
    return column(name, String())


def _int(name: str) -> Any:
    return column(name, Integer())


def _flag(name: str) -> Any:
    return column(name, Boolean())


def _parent() -> Any:
    return _int("activation_id")


activation: TableClause = table(
    "activation",
    _id(),
    _uuid(),
    _time("started_at"),
    _time("settled_at"),
    _time("closed_at"),
    _int("settled_intensity"),
    _text("context"),
    _text("story"),
    _time("created_at"),
    _time("updated_at"),
)
reading: TableClause = table(
    "reading",
    _id(),
    _uuid(),
    _parent(),
    _time("at"),
    _text("location"),
    _text("sensation"),
    _int("intensity"),
    _time("created_at"),
)
feeling: TableClause = table(
    "feeling",
    _id(),
    _uuid(),
    _parent(),
    _text("name"),
    _flag("story_word"),
    _time("at"),
    _time("created_at"),
)
urge: TableClause = table(
    "urge",
    _id(),
    _uuid(),
    _parent(),
    _text("text"),
    _flag("acted"),
    _time("at"),
    _time("created_at"),
)
helped: TableClause = table(
    "helped",
    _id(),
    _uuid(),
    _parent(),
    _text("practice"),
    _time("created_at"),
)
note: TableClause = table(
    "note",
    _id(),
    _uuid(),
    _parent(),
    _text("text"),
    _flag("therapy"),
    _time("at"),
    _time("created_at"),
)
anchor: TableClause = table(
    "anchor",
    _id(),
    _uuid(),
    _text("kind"),
    _text("what"),
    _int("minutes"),
    _int("felt"),
    _time("at"),
    _text("note"),
    _time("created_at"),
)
checkin: TableClause = table(
    "checkin",
    _id(),
    _uuid(),
    column("day", Date()),
    _int("hum"),
    _text("note"),
    _flag("no_activation"),
    _time("created_at"),
    _time("updated_at"),
)
message: TableClause = table(
    "message",
    _id(),
    _uuid(),
    _text("text"),
    _text("status"),
    column("flags", JSON()),
    _time("created_at"),
    _time("updated_at"),
    _time("sent_at"),
)

plan_item: TableClause = table(
    "plan_item",
    _id(),
    _uuid(),
    column("step", String(10)),
    _text("text"),
    _time("created_at"),
)

therapy_session: TableClause = table(
    "therapy_session",
    _id(),
    _uuid(),
    column("day", Date()),
    _time("created_at"),
    _time("updated_at"),
)

TABLES: tuple[TableClause, ...] = (
    activation,
    reading,
    feeling,
    urge,
    helped,
    note,
    anchor,
    checkin,
    message,
    plan_item,
    therapy_session,
)
# The records kept inside an activation, each with an `activation_id`.
CHILDREN: tuple[TableClause, ...] = (reading, feeling, urge, helped, note)
