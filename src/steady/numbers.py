"""The one reader of whole numbers people type: ids, counts, line numbers, menu choices.

Only the ASCII digits 0-9 count, at most 18 of them: "²", "٣" or 5,000 digits are not a
number here, and every value read fits the journal's 64-bit integers.
"""

from __future__ import annotations

MAX_DIGITS = 18  # 999,999,999,999,999,999 < 2**63 - 1, SQLite's largest INTEGER


def whole_number(text: str) -> int | None:
    """The value of `text` (its ends trimmed) if it is a plain whole number, else None."""
    value = text.strip()
    if not value or len(value) > MAX_DIGITS or not value.isascii() or not value.isdigit():
        return None
    return int(value)
