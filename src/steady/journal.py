"""The journal's rules, independent of any terminal.

`Journal` wraps one database session (one transaction) with the moment `now`,
the local zone and the user's config. It enforces the rules of the practice:
at most one open activation, readings that join it only while it is fresh,
settled times that make sense. It never prints and never reads the clock.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import ColumnElement, TableClause, and_, delete, insert, update
from sqlalchemy import select as select_columns
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from steady import tables
from steady.config import Config
from steady.db import Database, translate_errors
from steady.errors import InputError, NotPossibleError
from steady.language import matching
from steady.tables import new_uuid
from steady.text import (
    MAX_WORD_CHARS,
    check_length,
    optional_text,
    parse_intensity,
    require_text,
)
from steady.timeparse import day_bounds, show_moment
from steady.views import (
    ActivationView,
    NoteView,
    ReadingView,
    activation_view,
    assemble_activation_view,
    note_view,
    reading_view,
)


def _lazy_module(name: str) -> ModuleType:
    """`name`, imported the first time one of its attributes is used."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from sqlalchemy.engine import CursorResult
    from sqlmodel.sql.expression import SelectOfScalar

    from steady import models
else:
    # Declaring the ORM classes costs about a tenth of a command (see steady.tables).
    # The most frequent command, `notice`, and the review work on columns alone and
    # never touch them; the other commands load them on first use.
    models = _lazy_module("steady.models")


Row = TypeVar("Row")


def within_days(
    statement: SelectOfScalar[Row],
    column: Any,
    since: date | None,
    until: date | None,
    tz: tzinfo,
) -> SelectOfScalar[Row]:
    """Limit a query to records whose `column` (a UTC instant) falls between two local
    calendar days, both inclusive: what every `--since/--until` means."""
    if since and until and until < since:
        raise InputError("--until is before --since.", "Swap the two dates.")
    if since is not None:
        statement = statement.where(col(column) >= day_bounds(since, tz)[0])
    if until is not None:
        statement = statement.where(col(column) < day_bounds(until, tz)[1])
    return statement


@dataclass(frozen=True)
class NoticeResult:
    activation: ActivationView
    reading: ReadingView
    opened: bool
    left_unresolved: ActivationView | None = None
    separate_earlier: bool = False
    location: matching.Match | None = None
    sensation: matching.Match | None = None
    quiet_day_taken_back: date | None = None  # its check-in had said "no activation"


@dataclass(frozen=True)
class NameResult:
    activation: ActivationView
    added: tuple[matching.Match, ...]
    already: tuple[str, ...]
    story_words: tuple[str, ...]


@dataclass(frozen=True)
class SettleResult:
    activation: ActivationView
    helped: tuple[matching.Match, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Status:
    open: ActivationView | None
    checkin_today: bool
    unresolved_ids: tuple[int, ...]  # closed without a settled time, newest first
    total: int

    @property
    def unresolved_waiting(self) -> int:
        return len(self.unresolved_ids)


def activations_query() -> SelectOfScalar[models.Activation]:
    return select(models.Activation).options(
        selectinload(models.Activation.readings),  # type: ignore[arg-type]
        selectinload(models.Activation.feelings),  # type: ignore[arg-type]
        selectinload(models.Activation.urges),  # type: ignore[arg-type]
        selectinload(models.Activation.helped),  # type: ignore[arg-type]
        selectinload(models.Activation.notes),  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class _Stored:
    """One activation's columns and its records' columns, as read by `_stored`."""

    row: Any
    records: dict[str, list[Any]]  # by table name

    def view(self, *, now: datetime, stale_hours: int) -> ActivationView:
        return assemble_activation_view(
            self.row,
            readings=self.records["reading"],
            feelings=self.records["feeling"],
            urges=self.records["urge"],
            helped=self.records["helped"],
            notes=self.records["note"],
            now=now,
            stale_hours=stale_hours,
        )


def _no_records() -> dict[str, list[Any]]:
    return {child.name: [] for child in tables.CHILDREN}


def _stored(session: Session, where: ColumnElement[bool]) -> list[_Stored]:
    """The activations matching `where`, by onset, each with all its records.

    Reads columns (SQLAlchemy Core), not ORM objects: the same values, without setting
    up the ORM's mappers or tracking each row, which costs a command tens of
    milliseconds. Pending ORM changes are flushed first, as an ORM query would.
    """
    session.flush()
    activation = tables.activation
    # Sorted here rather than by ORDER BY: with it, SQLite walks the whole onset index
    # (every activation ever) instead of using the index that fits `where`, such as the
    # one-row index of the open activation.
    rows = sorted(
        session.execute(select_columns(activation).where(where)),
        key=lambda row: (row.started_at, row.id),
    )
    if not rows:
        return []
    ids = select_columns(activation.c.id).where(where).scalar_subquery()
    stored = {row.id: _Stored(row, _no_records()) for row in rows}
    for child in tables.CHILDREN:
        statement = select_columns(child).where(child.c.activation_id.in_(ids)).order_by(child.c.id)
        for record in session.execute(statement):
            stored[record.activation_id].records[child.name].append(record)
    return list(stored.values())


# The records that live outside activations, deleted one by one: table, where to list them.
_SINGLE_RECORDS: dict[str, tuple[TableClause, str]] = {
    "note": (tables.note, "steady notes"),
    "anchor": (tables.anchor, "steady anchors"),
    "message": (tables.message, "steady share list"),
    "check-in": (tables.checkin, "steady checkins"),
    "session": (tables.therapy_session, "steady sessions"),
}


def listed_by(kind: str) -> str:
    """The command that lists the records of a kind kept outside activations."""
    return _SINGLE_RECORDS[kind][1]


def _is_open() -> ColumnElement[bool]:
    activation = tables.activation
    return and_(activation.c.settled_at.is_(None), activation.c.closed_at.is_(None))


def _changed(row: Any, changes: dict[str, Any]) -> SimpleNamespace:
    """A stored row's columns with some of them changed, as they now are in the journal."""
    return SimpleNamespace(**{**row._mapping, **changes})


class Journal:
    def __init__(self, session: Session, *, now: datetime, tz: tzinfo, config: Config) -> None:
        self.session = session
        self.now = now
        # Moments that default to "now" are whole minutes, so that the clock times shown
        # (21:39 → 22:21) and the duration between them (42 min) always agree.
        self.this_minute = now.replace(second=0, microsecond=0)
        self.tz = tz
        self.config = config

    # -- reading ---------------------------------------------------------------------------

    def view(self, row: models.Activation) -> ActivationView:
        return activation_view(row, now=self.now, stale_hours=self.config.int("stale_hours"))

    def _open_row(self) -> models.Activation | None:
        statement = activations_query().where(
            col(models.Activation.settled_at).is_(None), col(models.Activation.closed_at).is_(None)
        )
        return self.session.exec(statement).first()

    def views(self, where: ColumnElement[bool]) -> list[ActivationView]:
        """Activations matching `where` (on the columns of `steady.tables.activation`), by onset."""
        return [self._view(stored) for stored in _stored(self.session, where)]

    def _view(self, stored: _Stored) -> ActivationView:
        return stored.view(now=self.now, stale_hours=self.config.int("stale_hours"))

    def _open_stored(self) -> _Stored | None:
        found = _stored(self.session, _is_open())
        return found[0] if found else None  # at most one is open

    def open_activation(self) -> ActivationView | None:
        stored = self._open_stored()
        return None if stored is None else self._view(stored)

    def _row(self, activation_id: int) -> models.Activation:
        row = self.session.exec(
            activations_query().where(col(models.Activation.id) == activation_id)
        ).first()
        if row is None:
            raise NotPossibleError(
                f"There is no activation {activation_id}.", "See the list with: steady log"
            )
        return row

    def get(self, activation_id: int) -> ActivationView:
        return self.view(self._row(activation_id))

    def log(
        self, *, since: date | None = None, until: date | None = None, limit: int | None = 20
    ) -> list[ActivationView]:
        """Activations with onset between the two local days (inclusive), newest first."""
        if limit is not None and limit < 1:
            raise InputError("--limit must be 1 or more.")
        statement = within_days(
            activations_query().order_by(
                col(models.Activation.started_at).desc(), col(models.Activation.id).desc()
            ),
            models.Activation.started_at,
            since,
            until,
            self.tz,
        )
        if limit is not None:
            statement = statement.limit(limit)
        return [self.view(row) for row in self.session.exec(statement).all()]

    def status(self) -> Status:
        from sqlalchemy import func

        today = self.now.astimezone(self.tz).date()
        checkin = self.session.exec(
            select(models.Checkin.id).where(models.Checkin.day == today)
        ).first()
        waiting = self.session.exec(
            select(models.Activation.id)
            .where(
                col(models.Activation.settled_at).is_(None),
                col(models.Activation.closed_at).is_not(None),
            )
            .order_by(col(models.Activation.started_at).desc())
        ).all()
        total = self.session.exec(select(func.count()).select_from(models.Activation)).one()
        ids = tuple(i for i in waiting if i is not None)
        return Status(self.open_activation(), checkin is not None, ids, int(total))

    def held_messages(self) -> list[tuple[int, str]]:
        """Messages kept as held to look at again once settled (id, text); oldest first."""
        message = tables.message
        statement = select_columns(message.c.id, message.c.text).where(message.c.status == "held")
        return [
            (row.id, row.text) for row in self.session.execute(statement.order_by(message.c.id))
        ]

    # -- the activation loop -----------------------------------------------------------------

    def will_open(
        self, *, at: datetime | None = None, new: bool = False, same: bool = False
    ) -> bool:
        """Would a reading at `at` open a new activation? (The CLI asks more questions then.)"""
        current = self.open_activation()
        if current is None or new:
            return True
        return not same and self._joins(current, at or self.this_minute) is not True

    def after_gap(self, at: datetime | None = None) -> ActivationView | None:
        """The open activation, when a reading at `at` comes more than `episode_gap_hours`
        after its last reading: the CLI asks whether it is still the same episode."""
        current = self.open_activation()
        if current is None or self._joins(current, at or self.this_minute) is not False:
            return None
        return current

    def _joins(self, current: ActivationView, at: datetime) -> bool | None:
        """True: joins the open one. False: it comes after a gap, so it is a new episode.

        None: the reading lies well before the open activation (back-filling an
        earlier episode), so it becomes an earlier activation of its own.
        """
        window = timedelta(hours=self.config.int("episode_gap_hours"))
        if at < current.started_at - window:
            return None
        return at - current.last_reading_at <= window

    def notice(
        self,
        *,
        intensity: int,
        location: str | None = None,
        sensation: str | None = None,
        at: datetime | None = None,
        context: str | None = None,
        new: bool = False,
        same: bool = False,
    ) -> NoticeResult:
        """Log a body signal: open an activation, or add a reading to the open one.

        A reading more than `episode_gap_hours` after the open one's last reading opens a
        new activation and closes the open one without a settled time, unless `same`
        says it is still the same episode; `new` always opens one.

        The practice's most frequent write, so it reads and writes columns directly
        (SQLAlchemy Core) rather than through the ORM, whose first use in a command
        (mapping the tables, tracking the rows) costs more than the write itself.
        """
        at = at or self.this_minute
        intensity = parse_intensity(intensity)
        context = optional_text(context, "context")
        loc = self._word(location, matching.body(self.config.words("extra_body")), "location")
        sen = self._word(
            sensation, matching.sensations(self.config.words("extra_sensations")), "sensation"
        )
        stored = self._open_stored()  # flushes pending ORM changes first
        left_unresolved: ActivationView | None = None
        separate = False
        if stored is not None:
            joins = self._joins(self._view(stored), at)
            if new and joins is True:
                joins = False
            elif same and not new:
                joins = True
            if joins is None:
                separate = True
            elif joins is False:
                changes = {"closed_at": self.now, "updated_at": self.now}
                self._update_activation(stored.row.id, changes)
                left_unresolved = self._view(_Stored(_changed(stored.row, changes), stored.records))
            else:
                return self._add_reading(stored, at, intensity, loc, sen, context)

        if loc is None and sen is None and stored is None:
            # After an earlier one, a bare number is still worth keeping; a first
            # activation starts with the body signal, which is the practice.
            raise InputError(
                "A new activation starts with where you feel it.",
                "For example: steady notice chest tight -i 5",
            )
        columns: dict[str, Any] = {
            "uuid": new_uuid(),
            "started_at": at,
            "settled_at": None,
            "closed_at": self.now if separate else None,
            "settled_intensity": None,
            "context": context,
            "story": None,
            "created_at": self.now,
            "updated_at": self.now,
        }
        columns["id"] = self._insert(tables.activation, columns)
        reading = self._insert_reading(columns["id"], at, intensity, loc, sen)
        quiet_day = self._take_back_quiet_day(at)
        records = _no_records()
        records["reading"].append(reading)
        return NoticeResult(
            self._view(_Stored(SimpleNamespace(**columns), records)),
            reading_view(reading),
            opened=True,
            left_unresolved=left_unresolved,
            separate_earlier=separate,
            location=loc,
            sensation=sen,
            quiet_day_taken_back=quiet_day,
        )

    def _take_back_quiet_day(self, at: datetime) -> date | None:
        """A check-in that said "no activation" on this activation's day no longer does:
        the newer entry is the truer account, and the two must not contradict each other."""
        checkin, day = tables.checkin, at.astimezone(self.tz).date()
        result = self.session.execute(
            update(checkin)
            .where(checkin.c.day == day, checkin.c.no_activation.is_(True))
            .values(no_activation=False, updated_at=self.now)
        )
        self._written()
        return day if cast("CursorResult[Any]", result).rowcount else None

    def _add_reading(
        self,
        stored: _Stored,
        at: datetime,
        intensity: int,
        loc: matching.Match | None,
        sen: matching.Match | None,
        context: str | None,
    ) -> NoticeResult:
        row = stored.row
        reading = self._insert_reading(row.id, at, intensity, loc, sen)
        changes: dict[str, Any] = {}
        if at < row.started_at:  # the alarm began earlier than first logged
            changes["started_at"] = at
        if context:
            changes["context"] = f"{row.context}\n\n{context}" if row.context else context
        changes["updated_at"] = self.now
        self._update_activation(row.id, changes)
        records = {**stored.records, "reading": [*stored.records["reading"], reading]}
        return NoticeResult(
            self._view(_Stored(_changed(row, changes), records)),
            reading_view(reading),
            opened=False,
            location=loc,
            sensation=sen,
        )

    def _insert_reading(
        self,
        activation_id: int,
        at: datetime,
        intensity: int,
        loc: matching.Match | None,
        sen: matching.Match | None,
    ) -> Any:
        """Insert a reading; returns its columns, as a stored reading has them."""
        columns: dict[str, Any] = {
            "uuid": new_uuid(),
            "activation_id": activation_id,
            "at": at,
            "location": loc.word if loc else None,
            "sensation": sen.word if sen else None,
            "intensity": intensity,
            "created_at": self.now,
        }
        columns["id"] = self._insert(tables.reading, columns)
        return SimpleNamespace(**columns)

    def _insert(self, target: TableClause, columns: dict[str, Any]) -> int:
        """Insert one record by its columns; returns its id."""
        result = self.session.execute(insert(target).values(**columns))
        self._written()
        return cast("CursorResult[Any]", result).lastrowid

    def _update_activation(self, activation_id: int, changes: dict[str, Any]) -> None:
        activation = tables.activation
        self.session.execute(
            update(activation).where(activation.c.id == activation_id).values(**changes)
        )
        self._written()

    def _written(self) -> None:
        """After a Core statement: ORM rows loaded earlier in this transaction are expired,
        so that a later step working through the ORM reads what was written here."""
        self.session.expire_all()

    @staticmethod
    def _word(
        text: str | None, vocabulary: matching.Vocabulary, what: str
    ) -> matching.Match | None:
        value = optional_text(text, what, limit=MAX_WORD_CHARS)
        return None if value is None else vocabulary.lookup(value)

    def _target(self, activation_id: int | None, doing: str) -> models.Activation:
        if activation_id is not None:
            return self._row(activation_id)
        row = self._open_row()
        if row is None:
            raise NotPossibleError(
                f"Nothing is open {doing}.",
                "Start with steady notice, or pick an earlier one with --id N (see steady log).",
            )
        return row

    def target(self, activation_id: int | None, doing: str) -> ActivationView:
        """The activation a command would act on, checked before asking anything."""
        return self.view(self._target(activation_id, doing))

    def _moment(self, at: datetime | None, row: models.Activation, what: str) -> datetime:
        moment = at or self.this_minute
        if moment < row.started_at:
            began = show_moment(row.started_at, self.now, self.tz)
            raise InputError(
                f"{what} is before activation {row.id} began ({began}).",
                "Give a later --at, or move the onset with steady edit --onset.",
            )
        return moment

    def name(
        self,
        feelings: Sequence[str],
        *,
        activation_id: int | None = None,
        at: datetime | None = None,
    ) -> NameResult:
        """Name one or more feelings; story words are kept and marked as such."""
        words = [
            w for w in (optional_text(f, "feeling", limit=MAX_WORD_CHARS) for f in feelings) if w
        ]
        if not words:
            raise InputError("No feeling was given.", "For example: steady name anxious lonely")
        row = self._target(activation_id, "to name")
        moment = self._moment(at, row, "That time")
        vocabulary = matching.feelings(self.config.words("extra_feelings"))
        own_story_words = self.config.words("extra_story_words")
        existing = {f.name for f in row.feelings}
        added: list[matching.Match] = []
        already: list[str] = []
        story_words: list[str] = []
        for word in words:
            match = vocabulary.lookup(word)
            if match.word in existing:
                already.append(match.word)
                continue
            story = matching.story_word_in(match.word, own_story_words)
            if story:
                story_words.append(match.word)
            row.feelings.append(
                models.Feeling(name=match.word, story_word=story, at=moment, created_at=self.now)
            )
            existing.add(match.word)
            added.append(match)
        row.updated_at = self.now
        self.session.add(row)
        self.session.flush()
        return NameResult(self.view(row), tuple(added), tuple(already), tuple(story_words))

    def story(self, text: str, *, activation_id: int | None = None) -> ActivationView:
        """Keep the story apart from the feelings; a second story is added below the first."""
        value = require_text(text, "story")
        row = self._target(activation_id, "to add a story to")
        row.story = f"{row.story}\n\n{value}" if row.story else value
        row.updated_at = self.now
        self.session.add(row)
        self.session.flush()
        return self.view(row)

    def words(self, text: str, *, activation_id: int | None = None) -> ActivationView:
        """Keep words as a note of the activation: what was written as a story but speaks of
        real danger is the person's own account, never filed as "the story"."""
        value = require_text(text, "story")
        row = self._target(activation_id, "to add a story to")
        row.notes.append(models.Note(text=value, at=self.now, created_at=self.now))
        row.updated_at = self.now
        self.session.add(row)
        self.session.flush()
        return self.view(row)

    def urge(
        self,
        text: str,
        *,
        acted: bool = False,
        activation_id: int | None = None,
        at: datetime | None = None,
    ) -> ActivationView:
        value = require_text(text, "urge")
        row = self._target(activation_id, "to add an urge to")
        moment = self._moment(at, row, "That time")
        row.urges.append(models.Urge(text=value, acted=acted, at=moment, created_at=self.now))
        row.updated_at = self.now
        self.session.add(row)
        self.session.flush()
        return self.view(row)

    def settle(
        self,
        *,
        at: datetime | None = None,
        helped: Sequence[str] = (),
        intensity: int | None = None,
        note: str | None = None,
        activation_id: int | None = None,
    ) -> SettleResult:
        """Mark an activation settled; its recovery time is real elapsed time from onset."""
        if intensity is not None:
            intensity = parse_intensity(intensity)
        note_text = optional_text(note, "note")
        practices = [
            check_length(p.strip(), "practice", limit=MAX_WORD_CHARS) for p in helped if p.strip()
        ]
        row = self._target(activation_id, "to settle")
        if row.settled_at is not None:
            when = show_moment(row.settled_at, self.now, self.tz)
            raise NotPossibleError(
                f"Activation {row.id} is already settled ({when}).",
                f"To change that time: steady edit {row.id} --settled WHEN",
            )
        if at is None and row.closed_at is not None:
            raise InputError(
                f"Activation {row.id} was left open earlier, so its settled time is needed.",
                f"Give it with: steady settle --id {row.id} --at WHEN",
            )
        if at is None and self.view(row).stale:
            # Settling "now" would record days of recovery that did not happen.
            raise InputError(
                f"Activation {row.id} has had no new reading for a long while, so its "
                "settled time is needed.",
                f"Give it with: steady settle --at WHEN (after {self._last_shown(row)}).",
            )
        moment = self._moment(at, row, "The settled time")
        self._after_last_reading(row, moment)
        row.settled_at = moment
        row.settled_intensity = intensity
        row.updated_at = self.now
        matches: list[matching.Match] = []
        known = matching.helped()
        for practice in practices:
            match = known.lookup(practice)
            matches.append(match)
            row.helped.append(models.Helped(practice=match.word, created_at=self.now))
        if note_text:
            row.notes.append(models.Note(text=note_text, at=moment, created_at=self.now))
        self.session.add(row)
        self.session.flush()
        return SettleResult(self.view(row), tuple(matches))

    def _last_shown(self, row: models.Activation) -> str:
        last = max((r.at for r in row.readings), default=row.started_at)
        return show_moment(last, self.now, self.tz)

    def _after_last_reading(self, row: models.Activation, settled: datetime) -> None:
        last = max((r.at for r in row.readings), default=row.started_at)
        if settled < last:
            raise InputError(
                "The settled time is before the last reading "
                f"({show_moment(last, self.now, self.tz)}).",
                "Give a later time.",
            )

    # -- records ------------------------------------------------------------------------------

    def edit(
        self,
        activation_id: int,
        *,
        onset: datetime | None = None,
        settled: datetime | None = None,
        context: str | None = None,
        story: str | None = None,
        unname: Sequence[str] = (),
    ) -> ActivationView:
        """Correct an activation. An empty --context or --story clears it; `unname` takes
        back feelings named by mistake (a typo, or the wrong word)."""
        if onset is None and settled is None and context is None and story is None and not unname:
            raise InputError(
                "Nothing to change.", "Give --onset, --settled, --context, --story or --unname."
            )
        row = self._row(activation_id)
        self._unname(row, unname)
        new_onset = onset or row.started_at
        first = min((r.at for r in row.readings), default=new_onset)
        if new_onset > first:
            raise InputError(
                "The onset can only move earlier than the first reading "
                f"({show_moment(first, self.now, self.tz)}).",
                "The alarm began at or before the first signal you noticed.",
            )
        new_settled = settled or row.settled_at
        if new_settled is not None and new_settled < new_onset:
            raise InputError("The settled time would be before the onset.", "Check the two times.")
        if settled is not None:
            self._after_last_reading(row, settled)
        row.started_at = new_onset
        row.settled_at = new_settled
        if context is not None:
            row.context = optional_text(context, "context")
        if story is not None:
            row.story = optional_text(story, "story")
        row.updated_at = self.now
        self.session.add(row)
        self.session.flush()
        return self.view(row)

    def _unname(self, row: models.Activation, names: Sequence[str]) -> None:
        named = {feeling.name.casefold(): feeling for feeling in row.feelings}
        wanted = {" ".join(name.split()).casefold(): name for name in names}  # once each
        for key, name in wanted.items():
            if key not in named:
                which = ", ".join(f.name for f in row.feelings) or "none yet"
                raise NotPossibleError(
                    f"Activation {row.id} has no feeling named '{name}'.",
                    f"Its feelings: {which}.",
                )
        for key in wanted:
            row.feelings.remove(named[key])  # delete-orphan: the record goes with it

    def delete(self, activation_id: int) -> ActivationView:
        row = self._row(activation_id)
        view = self.view(row)
        self.session.delete(row)
        self.session.flush()
        return view

    def find_record(self, kind: str, record_id: int) -> Any:
        """One note, anchor, message or check-in by its id, as its stored columns."""
        source, _ = _SINGLE_RECORDS[kind]
        row = self.session.execute(select_columns(source).where(source.c.id == record_id)).first()
        if row is None:
            raise NotPossibleError(
                f"There is no {kind} {record_id}.", f"See them with: {listed_by(kind)}"
            )
        return row

    def checkin_on(self, day: date) -> Any:
        """The check-in of a local day, as its stored columns."""
        checkin = tables.checkin
        row = self.session.execute(select_columns(checkin).where(checkin.c.day == day)).first()
        if row is None:
            raise NotPossibleError(
                f"There is no check-in for {day:%a} {day.day} {day:%b %Y}.",
                f"See them with: {listed_by('check-in')}",
            )
        return row

    def delete_record(self, kind: str, record_id: int) -> None:
        """Delete one note, anchor, message or check-in for good."""
        self.find_record(kind, record_id)
        source, _ = _SINGLE_RECORDS[kind]
        self.session.execute(delete(source).where(source.c.id == record_id))
        self._written()

    def note(
        self,
        text: str,
        *,
        therapy: bool = False,
        activation_id: int | None = None,
        at: datetime | None = None,
    ) -> NoteView:
        value = require_text(text, "note")
        note = models.Note(
            text=value, therapy=therapy, at=at or self.this_minute, created_at=self.now
        )
        if activation_id is not None:
            row = self._row(activation_id)  # held in a name: the session tracks it weakly
            row.notes.append(note)
        self.session.add(note)
        self.session.flush()
        return note_view(note)

    def notes(
        self, *, since: date | None = None, until: date | None = None, therapy_only: bool = False
    ) -> list[NoteView]:
        """Notes between two local days (inclusive), newest first."""
        statement = within_days(
            select(models.Note).order_by(col(models.Note.at).desc(), col(models.Note.id).desc()),
            models.Note.at,
            since,
            until,
            self.tz,
        )
        if therapy_only:
            statement = statement.where(col(models.Note.therapy).is_(True))
        return [note_view(row) for row in self.session.exec(statement).all()]


@contextmanager
def open_journal(
    database: Database, *, now: datetime, tz: tzinfo, config: Config
) -> Iterator[Journal]:
    """One command, one transaction: commit when the block succeeds, else roll back."""
    with (
        translate_errors(database.path),
        Session(database.engine, expire_on_commit=False) as session,
    ):
        journal = Journal(session, now=now, tz=tz, config=config)
        try:
            yield journal
            session.commit()
        except BaseException:
            session.rollback()
            raise
