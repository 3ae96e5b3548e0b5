"""Bringing history from other apps into the journal: one reader per app's export format.

Each reader turns its file into notes (and, for a generic CSV with a hum column, check-ins)
and hands them to `steady.importer`, which plans and writes them like a steady backup.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steady.exchange.foreign import ForeignRecords

SOURCES = ("steady", "daylio", "jrnl", "csv")
"""What `steady import --from` reads; steady's own JSON export is the default."""


def read_foreign(
    source: str, data: bytes, mapping: Sequence[str], *, now: datetime, tz: tzinfo
) -> ForeignRecords:
    """Another app's export as steady records, validated whole; refused with the row."""
    if source == "daylio":
        from steady.exchange import daylio

        return daylio.read(data, now=now, tz=tz)
    if source == "jrnl":
        from steady.exchange import jrnl

        return jrnl.read(data, now=now, tz=tz)
    from steady.exchange import csv_map

    return csv_map.read(data, csv_map.parse_map(mapping), now=now, tz=tz)
