"""The words for anchors: moments of being okay on your own.

Each kind has a one-line meaning, shown beside it in the guided menu and in help.
"""

from __future__ import annotations

KINDS: dict[str, str] = {
    "solitude": "time alone that felt like rest, not like waiting",
    "interest": "something that held your attention: a book, a craft, learning",
    "friendship": "time with friends or family, outside the relationship",
    "self-directed": "something you chose and did for yourself",
    "body": "movement, rest, food, a bath: looking after your body",
    "other": "any other moment of being okay on your own",
}

# Everyday words people type for a kind.
KIND_ALIASES: dict[str, str] = {
    "alone": "solitude",
    "alone time": "solitude",
    "quiet": "solitude",
    "hobby": "interest",
    "interests": "interest",
    "friend": "friendship",
    "friends": "friendship",
    "family": "friendship",
    "self directed": "self-directed",
    "selfdirected": "self-directed",
    "self": "self-directed",
    "exercise": "body",
    "movement": "body",
    "sport": "body",
}

KINDS_TEXT = ", ".join(KINDS)

FELT_ANCHORS: tuple[tuple[int, str], ...] = (
    (0, "not settled"),
    (5, "somewhat"),
    (10, "completely settled"),
)
FELT_SCALE_TEXT = " · ".join(f"{n} {label}" for n, label in FELT_ANCHORS)
FELT_HINT = "How settled it felt: a whole number from 0 (not settled) to 10 (completely)."

MINUTES_HINT = "Give whole minutes, from 0 to 1440 (a day)."

REFLECTION = "of being okay on your own"
