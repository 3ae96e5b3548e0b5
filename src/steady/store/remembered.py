"""The note, beside the journal, that its passphrase was left in the system keyring.

It holds no secret: only that `--remember` was used for this journal. Without it, opening
an encrypted journal never asks the keyring library anything, so the library does not
probe for backends (compilers, the session bus) on every command.
"""

from __future__ import annotations

from pathlib import Path

from steady.store.files import write_whole


def marker_path(db: Path) -> Path:
    return db.with_name(f".{db.name}.remembered")


def is_marked(db: Path) -> bool:
    return marker_path(db).is_file()


def mark(db: Path) -> None:
    write_whole(marker_path(db), b"", replace=True)


def unmark(db: Path) -> None:
    marker_path(db).unlink(missing_ok=True)
