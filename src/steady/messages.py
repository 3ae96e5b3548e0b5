"""Drafts to a partner: kept with their check result, listed, marked sent or set aside.

Functions here work on one `Journal` (one transaction); they never print and never
read the clock. The check itself lives in `steady.language.message_rules`; this
module gives it what it needs from the journal: the partner's name from config and
the texts drafted in the last few hours, so a repeated reassurance check is named.
Saving never depends on the check: it is a mirror, not a gate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from steady.errors import InputError, NotPossibleError
from steady.language import message_rules
from steady.language.message_rules import CheckResult
from steady.models import Message
from steady.numbers import whole_number
from steady.text import for_display, require_text
from steady.timeparse import iso_local, show_moment

if TYPE_CHECKING:
    from steady.journal import Journal

STATUSES = ("draft", "held", "sent", "discarded")
REPEAT_WINDOW = timedelta(hours=4)
"""A reassurance check drafted again within this long is named as a repetition."""
HIGH_READING = 7
"""From this intensity (pulling at behaviour) the composer suggests holding a message."""


@dataclass(frozen=True)
class FlagView:
    rule: str  # the family, e.g. "mood-check"
    match: str


@dataclass(frozen=True)
class MessageView:
    id: int
    uuid: str
    text: str
    status: str
    flags: tuple[FlagView, ...]
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class Saved:
    message: MessageView
    check: CheckResult


def message_view(row: Message) -> MessageView:
    assert row.id is not None
    flags = tuple(
        FlagView(str(f.get("rule", "")), str(f.get("match", "")))
        for f in (row.flags or [])
        if isinstance(f, dict)
    )
    return MessageView(
        row.id,
        row.uuid,
        row.text,
        row.status,
        flags,
        row.created_at,
        row.updated_at,
        row.sent_at,
    )


# -- checking ---------------------------------------------------------------------------------


def partner_name(j: Journal) -> str | None:
    name = j.config.text("partner_name").strip()
    return name or None


def recent_texts(j: Journal) -> list[tuple[str, datetime]]:
    """Messages saved within the repeat window before now (any status), oldest first."""
    since = j.now - REPEAT_WINDOW
    rows = j.session.exec(
        select(Message)
        .where(col(Message.created_at) >= since, col(Message.created_at) <= j.now)
        .order_by(col(Message.created_at), col(Message.id))
    ).all()
    return [(row.text, row.created_at) for row in rows]


def check(j: Journal, text: str) -> CheckResult:
    """The mirror for a draft, with the partner's name and the recent drafts."""
    value = require_text(text, "message")
    return message_rules.check(value, partner_name=partner_name(j), recent=recent_texts(j))


def current_level(j: Journal) -> int | None:
    """The last reading of the open activation, if one is open and not stale."""
    view = j.open_activation()
    if view is None or view.stale or not view.readings:
        return None
    return view.readings[-1].intensity


def is_high(level: int | None) -> bool:
    return level is not None and level >= HIGH_READING


# -- keeping ----------------------------------------------------------------------------------


def save(j: Journal, text: str, *, held: bool = False, at: datetime | None = None) -> Saved:
    """Keep a message as a draft (or held), with what the check found. Never refused for
    what it says. `at` back-fills when it was written, so it counts in its own period."""
    value = require_text(text, "message")
    result = check(j, value)
    row = Message(
        text=value,
        status="held" if held else "draft",
        flags=stored_flags(result),
        created_at=at or j.now,
        updated_at=j.now,
    )
    j.session.add(row)
    j.session.flush()
    return Saved(message_view(row), result)


def stored_flags(result: CheckResult) -> list[dict[str, Any]]:
    return [{"rule": f.family, "match": f.match} for f in result.flags]


def all_messages(j: Journal) -> list[MessageView]:
    """Every message, newest first."""
    rows = j.session.exec(
        select(Message).order_by(col(Message.created_at).desc(), col(Message.id).desc())
    ).all()
    return [message_view(row) for row in rows]


def _row(j: Journal, message_id: int) -> Message:
    row = j.session.get(Message, message_id)
    if row is None:
        raise NotPossibleError(
            f"There is no message {message_id}.", "See your messages with: steady share list"
        )
    return row


def get(j: Journal, message_id: int) -> MessageView:
    return message_view(_row(j, message_id))


def mark_sent(j: Journal, message_id: int) -> MessageView:
    """Record that a draft or held message was sent (now)."""
    row = _row(j, message_id)
    if row.status == "discarded":
        raise NotPossibleError(
            f"Message {message_id} was set aside, so it stays unsent here.",
            "If you sent it after all, keep it again with: steady share save TEXT",
        )
    if row.status == "sent":
        when = show_moment(row.sent_at or row.updated_at, j.now, j.tz)
        raise NotPossibleError(
            f"Message {message_id} is already marked sent ({when}).",
            "Nothing to change.",
        )
    row.status = "sent"
    row.sent_at = j.this_minute
    row.updated_at = j.now
    j.session.add(row)
    j.session.flush()
    return message_view(row)


def discard(j: Journal, message_id: int) -> MessageView:
    """Set a draft or held message aside; it stays in the journal."""
    row = _row(j, message_id)
    if row.status == "sent":
        raise NotPossibleError(
            f"Message {message_id} is marked sent, so it cannot be set aside.",
            "It stays in steady share list as sent.",
        )
    if row.status == "discarded":
        raise NotPossibleError(f"Message {message_id} is already set aside.", "Nothing to change.")
    row.status = "discarded"
    row.updated_at = j.now
    j.session.add(row)
    j.session.flush()
    return message_view(row)


def parse_message_id(text: str) -> int:
    value = whole_number(text.strip().lstrip("#"))
    if value is None or value < 1:
        raise InputError(
            f"{for_display(repr(text))[:60]} is not a message id; ids are whole numbers.",
            "steady share list shows them.",
        )
    return value


# -- the guided composer ----------------------------------------------------------------------

_ALREADY_A_REQUEST = re.compile(
    r"^(?:would|could|can|will|maybe|perhaps|if|i'?d|i\s+would|it\s+would|let'?s|how\s+about|"
    r"do\s+you|are\s+you|shall|might)\b",
    re.IGNORECASE,
)


def _sentence(text: str) -> str:
    value = " ".join(text.split())
    if not value:
        return ""
    value = value[0].upper() + value[1:]
    return value if value[-1] in ".!?…" else value + "."


def _question(text: str) -> str:
    value = " ".join(text.split()).rstrip(".!")
    if not value:
        return ""
    value = value[0].upper() + value[1:]
    return value if value.endswith("?") else value + "?"


def compose(
    notice: str,
    holding: str = "",
    request: str = "",
    timing: str = "",
    *,
    partner_name: str | None = None,
) -> str:
    """Build a grounded message: what I notice, that I'm holding it, a flexible request."""
    parts: list[str] = []
    noticed = _sentence(notice)
    if partner_name:
        noticed = f"Hey {partner_name}, {noticed}" if noticed else f"Hey {partner_name},"
    parts.append(noticed)
    held = _sentence(holding) if holding.strip() else "I'm looking after it."
    families = message_rules.check(held).families
    if "removing-pressure" not in families and "ownership" not in families:
        held += " Nothing you need to fix."
    parts.append(held)
    if request.strip():
        cleaned = request.strip()
        if _ALREADY_A_REQUEST.match(cleaned):
            parts.append(_question(cleaned))
        else:
            parts.append(_question(f"Would you be up for {cleaned[0].lower()}{cleaned[1:]}"))
        if timing.strip():
            parts.append(_sentence(f"{timing.strip()} if that works, or another time is fine too"))
        elif _FLEXIBLE.search(cleaned):
            pass  # the request already leaves room: not said twice
        elif (named := _NAMED_TIME.search(cleaned)) is not None:
            # "a call tonight": room around the time asked for, not "whenever" against it
            parts.append(f"If {named.group(0).lower()} doesn't suit, another time is fine too.")
        else:
            parts.append("No rush, whenever suits you.")
    return " ".join(p for p in parts if p)


# A time the request itself names ("a call tonight").
_NAMED_TIME = re.compile(
    r"\b(?:tonight|today|this (?:evening|afternoon|morning|weekend|week)|tomorrow(?: \w+)?|"
    r"right now|now|later today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)

# The request already leaves room, so the composer does not say it twice.
_FLEXIBLE = re.compile(
    r"\b(?:whenever|no rush|when(?:ever)? (?:you can|it suits|suits)|suits you|"
    r"if you(?:'re| are) up for it|no pressure|any ?time)\b",
    re.IGNORECASE,
)


# -- JSON -------------------------------------------------------------------------------------


def check_json(
    result: CheckResult, tz: tzinfo, care: Sequence[dict[str, str]] = ()
) -> dict[str, Any]:
    """The `share check --json` object (docs/data-format.md), with `care`: what the text
    speaks of that needs more than a mirror, each as its concern (`self-harm`,
    `fear-of-partner`), the sign and the words. The screen leaves the mirror out then;
    here its findings are still listed, for whoever reads the JSON."""
    flags: list[dict[str, Any]] = []
    for f in result.flags:
        entry: dict[str, Any] = {
            "rule": f.family,
            "match": f.match,
            "why": f.why,
            "suggestion": f.suggestion,
            "id": f.rule,
            "matches": [result.text[a:b] for a, b in f.spans],
            "also": list(f.also),
        }
        if f.earlier:
            entry["earlier"] = [iso_local(at, tz) for at in f.earlier]
        flags.append(entry)
    wish = result.wish
    return {
        "flags": flags,
        "wish": None
        if wish is None
        else {"kind": wish.kind, "words": wish.words, "suggestion": wish.suggestion},
        "grounded": [{"rule": g.family, "match": g.match, "id": g.rule} for g in result.grounded],
        "care": list(care),
    }


def message_json(view: MessageView, tz: tzinfo) -> dict[str, Any]:
    """One entry of `share list --json`."""
    return {
        "id": view.id,
        "uuid": view.uuid,
        "created_at": iso_local(view.created_at, tz),
        "status": view.status,
        "text": view.text,
        "flags": [{"rule": f.rule, "match": f.match} for f in view.flags],
        "updated_at": iso_local(view.updated_at, tz),
        "sent_at": iso_local(view.sent_at, tz),
    }
