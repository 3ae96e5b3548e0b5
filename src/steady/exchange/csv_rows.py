"""Reading a CSV file into rows numbered as a spreadsheet shows them (the header is row 1)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from steady.errors import InputError

MAX_FIELD_CHARS = 1_000_000  # csv's own limit is 131,072; a long note may pass it


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells)

    def named(self, columns: dict[str, int]) -> Iterator[Row]:
        """Each row, reading cells by the names in `columns` (name -> index)."""
        for number, cells in self.rows:
            if len(cells) > len(self.header):
                raise InputError(
                    f"The file cannot be imported: row {number} has {len(cells)} cells but the "
                    f"first row names {len(self.header)} columns.",
                    "Nothing was imported; check that row's quotes and commas.",
                )
            yield Row(number, cells, self.header, columns)

    def column(self, name: str) -> int | None:
        """The index of a column by its header, ignoring case and spaces at the ends."""
        wanted = name.strip().casefold()
        for index, title in enumerate(self.header):
            if title.strip().casefold() == wanted:
                return index
        return None


@dataclass(frozen=True)
class Row:
    number: int
    cells: tuple[str, ...]
    header: tuple[str, ...]
    columns: dict[str, int]

    def __getitem__(self, name: str) -> str:
        """The cell of the column known as `name`, trimmed; "" where there is none."""
        index = self.columns.get(name)
        return self.cells[index].strip() if index is not None and index < len(self.cells) else ""

    def where(self, name: str | None = None) -> str:
        """'row 5, column "Time"', for a refusal."""
        if name is None or name not in self.columns:
            return f"row {self.number}"
        return f'row {self.number}, column "{self.header[self.columns[name]]}"'


def read_table(data: bytes, what: str) -> Table:
    """The file's header and rows; blank lines are skipped. `what` names the format."""
    if not data.strip():
        raise InputError("The file is empty, so there is nothing to import.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"The file is not UTF-8 text (line {line}), so it cannot be read as {what}.",
            "Save it again as CSV UTF-8.",
        ) from None
    if "\x00" in text:
        raise InputError(f"The file holds binary data; it is not {what}.")
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    header: tuple[str, ...] | None = None
    try:
        for cells in _records(reader):
            if header is None:
                header = tuple(c.strip().lstrip("\ufeff") for c in cells)
                continue
            rows.append((len(rows) + 2, tuple(cells)))
    except csv.Error as exc:
        raise InputError(
            f"The file cannot be imported: row {len(rows) + 2} is not valid CSV ({exc}).",
            "Nothing was imported; save it again as CSV.",
        ) from None
    if header is None:
        raise InputError("The file is empty, so there is nothing to import.")
    return Table(header, tuple(rows))


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab a spreadsheet set to another locale writes instead,
    as the first line shows it."""
    first = text.split("\n", 1)[0]
    return max(",;\t", key=first.count) if first.count(",") == 0 else ","


def _records(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    for cells in reader:
        if any(c.strip() for c in cells):
            yield cells
