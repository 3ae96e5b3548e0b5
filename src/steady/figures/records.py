"""One span of the journal as plain, frozen records: what the figures are computed from.

Built by `steady.figures.load` from columns (SQLAlchemy Core); built by hand in tests.
Nothing here reads the database or the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steady.views import ActivationView


@dataclass(frozen=True)
class AnchorRecord:
    id: int
    kind: str
    what: str | None
    minutes: int | None
    felt: int | None
    at: datetime
    note: str | None


@dataclass(frozen=True)
class CheckinRecord:
    id: int
    day: date
    hum: int | None
    note: str | None
    no_activation: bool

    @property
    def answered(self) -> bool:
        """Did it say anything? A check-in with every question skipped says nothing."""
        return self.hum is not None or self.no_activation or bool((self.note or "").strip())


@dataclass(frozen=True)
class MessageRecord:
    id: int
    text: str
    status: str
    flag_rules: tuple[str, ...]
    created_at: datetime


@dataclass(frozen=True)
class NoteRecord:
    id: int
    text: str
    therapy: bool
    at: datetime
    activation_id: int | None


@dataclass(frozen=True)
class Records:
    """Everything with its time in [first_day, last_day] (local days), oldest first.

    `began` is the first local day with any entry in the whole journal (None for an empty
    journal); `today` is the local day of `now`. `open_now` is the open activation, if
    there is one, even when it began before the span.
    """

    tz: tzinfo
    now: datetime
    today: date
    began: date | None
    first_day: date
    last_day: date
    activations: tuple[ActivationView, ...]
    anchors: tuple[AnchorRecord, ...]
    checkins: tuple[CheckinRecord, ...]
    messages: tuple[MessageRecord, ...]
    notes: tuple[NoteRecord, ...]
    open_now: ActivationView | None
