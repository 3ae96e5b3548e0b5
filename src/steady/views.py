"""Plain, frozen views of journal records: what both the screen and `--json` show.

Views are built once from the stored rows; the human renderer and the JSON
encoder read the same objects, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from steady import metrics
from steady.language.vocabulary import NOUN_SENSATIONS
from steady.timeparse import iso_local

if TYPE_CHECKING:
    from steady.models import Activation, Note, Reading


def body_phrase(location: str | None, sensation: str | None) -> str:
    """How a reading's body signal reads in a sentence: "tight chest", "knot in stomach"."""
    if location and sensation:
        if sensation in NOUN_SENSATIONS:
            return f"{sensation} in {location}"
        return f"{sensation} {location}"
    return location or sensation or ""


@dataclass(frozen=True)
class ReadingView:
    at: datetime
    location: str | None
    sensation: str | None
    intensity: int
    retrospective: bool

    @property
    def body(self) -> str:
        return body_phrase(self.location, self.sensation)


@dataclass(frozen=True)
class FeelingView:
    name: str
    story_word: bool
    at: datetime


@dataclass(frozen=True)
class UrgeView:
    text: str
    acted: bool
    at: datetime


@dataclass(frozen=True)
class NoteView:
    id: int
    uuid: str
    text: str
    therapy: bool
    at: datetime
    activation_id: int | None = None


def note_view(row: Note) -> NoteView:
    assert row.id is not None
    return NoteView(row.id, row.uuid, row.text, row.therapy, row.at, row.activation_id)


@dataclass(frozen=True)
class ActivationView:
    id: int
    uuid: str
    status: str  # open, settled or unresolved
    started_at: datetime
    settled_at: datetime | None
    closed_at: datetime | None
    settled_intensity: int | None
    peak_intensity: int | None
    first_intensity: int | None
    recovery_minutes: float | None
    name_minutes: float | None
    last_reading_at: datetime
    stale: bool
    retrospective: bool
    context: str | None
    story: str | None
    readings: tuple[ReadingView, ...]
    feelings: tuple[FeelingView, ...]
    urges: tuple[UrgeView, ...]
    helped: tuple[str, ...]
    notes: tuple[NoteView, ...]

    @property
    def feeling_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.feelings)

    @property
    def back_filled(self) -> bool:
        """Its latest reading was written down well after the moment it describes, so
        "now" says nothing about when it eased."""
        latest = max(self.readings, key=lambda r: r.at, default=None)
        return latest is not None and latest.retrospective

    @property
    def body(self) -> tuple[str, ...]:
        """Distinct "sensation location" phrases in the order they were noticed."""
        seen: dict[str, None] = {}
        for r in self.readings:
            if r.body:
                seen.setdefault(r.body, None)
        return tuple(seen)


def reading_view(row: Reading) -> ReadingView:
    return ReadingView(
        row.at,
        row.location,
        row.sensation,
        row.intensity,
        metrics.is_retrospective(row.created_at, row.at),
    )


def activation_view(row: Activation, *, now: datetime, stale_hours: int) -> ActivationView:
    return assemble_activation_view(
        row,
        readings=row.readings,
        feelings=row.feelings,
        urges=row.urges,
        helped=row.helped,
        notes=row.notes,
        now=now,
        stale_hours=stale_hours,
    )


def assemble_activation_view(
    row: Any,
    *,
    readings: Iterable[Any],
    feelings: Iterable[Any],
    urges: Iterable[Any],
    helped: Iterable[Any],
    notes: Iterable[Any],
    now: datetime,
    stale_hours: int,
) -> ActivationView:
    """The view of one activation from its columns and its records' columns.

    `row` and the records are either stored rows (an Activation and its loaded
    relationships) or the same columns read directly, as the review reads them: anything
    with the columns as attributes.
    """
    reading_views = tuple(
        reading_view(r) for r in sorted(readings, key=lambda r: (r.at, r.id or 0))
    )
    feeling_rows = sorted(feelings, key=lambda f: (f.at, f.id or 0))
    feeling_views = tuple(FeelingView(f.name, f.story_word, f.at) for f in feeling_rows)
    last_reading_at = max((r.at for r in reading_views), default=row.started_at)
    status = metrics.activation_status(row.settled_at, row.closed_at)
    first = feeling_rows[0] if feeling_rows else None
    first_named = first.at if first is not None else None
    # A back-filled activation named only "now" (days later) says nothing about how soon the
    # feeling was named: its time to name is unknown, not days (docs/review.md).
    if (
        first is not None
        and metrics.is_retrospective(row.created_at, row.started_at)
        and not metrics.is_retrospective(first.created_at, first.at)
        and metrics.is_retrospective(first.at, row.started_at)
    ):
        first_named = None
    assert row.id is not None
    return ActivationView(
        id=row.id,
        uuid=row.uuid,
        status=status,
        started_at=row.started_at,
        settled_at=row.settled_at,
        closed_at=row.closed_at,
        settled_intensity=row.settled_intensity,
        peak_intensity=metrics.peak_intensity(r.intensity for r in reading_views),
        first_intensity=reading_views[0].intensity if reading_views else None,
        recovery_minutes=metrics.recovery_minutes(row.started_at, row.settled_at),
        name_minutes=(
            None
            if first_named is None
            else round(max(0.0, (first_named - row.started_at).total_seconds() / 60), 2)
        ),
        last_reading_at=last_reading_at,
        stale=status == "open" and metrics.is_stale(last_reading_at, now, stale_hours),
        retrospective=metrics.is_retrospective(row.created_at, row.started_at),
        context=row.context,
        story=row.story,
        readings=reading_views,
        feelings=feeling_views,
        urges=tuple(UrgeView(u.text, u.acted, u.at) for u in sorted(urges, key=lambda u: u.at)),
        helped=tuple(h.practice for h in sorted(helped, key=lambda h: h.id or 0)),
        notes=tuple(note_view(n) for n in sorted(notes, key=lambda n: n.at)),
    )


def activation_json(view: ActivationView, tz: tzinfo) -> dict[str, Any]:
    """The `show --json` / `log --json` object (docs/data-format.md, "`--json` output")."""
    return {
        "id": view.id,
        "uuid": view.uuid,
        "status": view.status,
        "started_at": iso_local(view.started_at, tz),
        "settled_at": iso_local(view.settled_at, tz),
        "closed_at": iso_local(view.closed_at, tz),
        "peak_intensity": view.peak_intensity,
        "settled_intensity": view.settled_intensity,
        "recovery_minutes": view.recovery_minutes,
        "name_minutes": view.name_minutes,
        "stale": view.stale,
        "retrospective": view.retrospective,
        "context": view.context,
        "story": view.story,
        "readings": [
            {
                "at": iso_local(r.at, tz),
                "location": r.location,
                "sensation": r.sensation,
                "intensity": r.intensity,
                "retrospective": r.retrospective,
            }
            for r in view.readings
        ],
        "feelings": [f.name for f in view.feelings],
        "urges": [
            {"text": u.text, "acted": u.acted, "at": iso_local(u.at, tz)} for u in view.urges
        ],
        "helped": list(view.helped),
        "notes": [
            {
                "id": n.id,
                "uuid": n.uuid,
                "text": n.text,
                "therapy": n.therapy,
                "at": iso_local(n.at, tz),
            }
            for n in view.notes
        ],
    }
