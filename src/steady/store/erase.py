"""`steady wipe`: every file steady made beside the journal, found and erased.

Steady makes, beside the journal: the journal and its SQLite side files, the record and
the half-made copies of a conversion that was cut off, a half-made new journal, the
record of the journal's last check, the note that its passphrase is in the keyring, and
in `backups/` the copies taken before each upgrade (with their side files and half-made
conversions). The config file lives in the config folder, with the temporary files of a
save that was cut off.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from steady import encryption
from steady.store import last_check, remembered

SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUP_PATTERNS = ("*.db", *(f"*.db{side}" for side in SIDE_FILES))


@dataclass(frozen=True)
class Erased:
    erased: list[Path]
    failed: list[tuple[Path, str]]  # each file that could not be erased, and why
    kept_folder: Path | None  # the backups folder, if it still holds files steady did not make


def steady_files(db: Path, config_file: Path) -> list[Path]:
    """Every file steady made for the journal at `db` (and the config) that exists now."""
    found = [db, *(db.with_name(db.name + side) for side in SIDE_FILES)]
    found += encryption.leftovers(db)
    found.append(last_check.record_path(db))
    found.append(remembered.marker_path(db))
    found += _matching(db.parent, (f".{last_check.record_path(db).name}.*.tmp",))
    backups = db.parent / "backups"
    found += _matching(backups, BACKUP_PATTERNS)
    found.append(config_file)
    found += _matching(config_file.parent, (f".{config_file.name}.*",))
    unique = list(dict.fromkeys(found))
    return [f for f in unique if f.is_file() or f.is_symlink()]


def erase(files: list[Path], backups: Path) -> Erased:
    """Overwrite each file with zeros, then remove it; say which could not be."""
    erased, failed = [], []
    for file in files:
        try:
            if not file.is_symlink():
                _zero(file)
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append((file, exc.strerror or type(exc).__name__))
            continue
        erased.append(file)
    kept = None
    if backups.is_dir():
        try:
            backups.rmdir()
        except OSError:
            kept = backups
    return Erased(erased, failed, kept)


def _matching(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return []
    return [folder / n for n in names if any(fnmatch(n, p) for p in patterns)]


def _zero(file: Path) -> None:
    fd = os.open(file, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        size = os.fstat(fd).st_size
        block = b"\x00" * 65536
        written = 0
        while written < size:
            written += os.write(fd, block[: min(len(block), size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)
