"""Exports: one module per format, each returning text; nothing here prints or writes files.

The CLI (`steady.cli.export`) resolves the period and options into an `ExportRequest`,
opens one read transaction, calls `export_text`, and writes the result to a 0600 file
(never overwriting without --force) or to stdout.

Each format module defines `render(journal, request) -> str`:
- `steady.exporters.json_backup`: the lossless `steady.export/1` document (all records in
  the range; everything when no range is given).
- `steady.exporters.csv_table`: one row per activation (or per record of `request.table`),
  spreadsheet-formula injection neutralised.
- `steady.exporters.markdown` and `steady.exporters.html`: the therapist summaries of
  PRODUCT.md section 5, from the same metrics code as `steady review`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steady.journal import Journal
    from steady.metrics import Period

FORMATS: dict[str, str] = {
    "md": "steady.exporters.markdown",
    "html": "steady.exporters.html",
    "json": "steady.exporters.json_backup",
    "csv": "steady.exporters.csv_table",
}

SECTIONS: tuple[str, ...] = (
    "summary",
    "chart",
    "days",
    "episodes",
    "anchors",
    "checkins",
    "notes",
    "messages",
)
DEFAULT_SECTIONS: frozenset[str] = frozenset(SECTIONS) - {"messages"}
CSV_TABLES: tuple[str, ...] = (
    "activations",
    "readings",
    "anchors",
    "checkins",
    "messages",
    "notes",
)


@dataclass(frozen=True)
class ExportRequest:
    period: Period | None  # None: the whole journal (json and csv only)
    sections: frozenset[str] = field(default=DEFAULT_SECTIONS)
    redact: bool = False
    table: str = "activations"  # csv only
    default_range: bool = False  # since the last session; never before the journal


def export_text(journal: Journal, fmt: str, request: ExportRequest) -> str:
    module = import_module(FORMATS[fmt])
    text: str = module.render(journal, request)
    return text
