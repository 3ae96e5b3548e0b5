"""When the journal's structure was last checked, and how the file looked when steady
finished with it.

A journal is checked (`PRAGMA quick_check`) before steady writes to it whenever something
else may have changed it: its size or modification time differ from what steady recorded
when it last finished with it, or the last check is more than a day old. A check of the
ten-year journal takes far longer than a write, so it is not run on every command; the
record makes the common case, the journal exactly as steady left it, cost two small file
operations. The record holds numbers only, never a word of the journal.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from steady.paths import PRIVATE_FILE_MODE

CHECK_EVERY_S = 24 * 3600


@dataclass(frozen=True)
class Seen:
    size: int
    mtime_ns: int
    checked_at: int  # seconds since the epoch, UTC


def record_path(db: Path) -> Path:
    return db.with_name(f".{db.name}.checked")


def read(db: Path) -> Seen | None:
    try:
        with record_path(db).open("rb") as handle:
            text = handle.read(200).decode("ascii")
        size, mtime_ns, checked_at = (int(part) for part in text.split())
    except (OSError, ValueError):
        return None
    return Seen(size, mtime_ns, checked_at)


def due(db: Path, now: datetime, seen: Seen | None) -> bool:
    """Must the journal be checked before it is written to?"""
    if seen is None:
        return True
    try:
        st = db.stat()
    except OSError:
        return True
    if (st.st_size, st.st_mtime_ns) != (seen.size, seen.mtime_ns):
        return True  # something else changed the file since steady last finished with it
    return not 0 <= now.timestamp() - seen.checked_at <= CHECK_EVERY_S


def finished(db: Path, checked_at: int | None, seen: Seen | None) -> None:
    """Record how the journal looks now that steady has finished with it (a hint only: if
    it cannot be written, the next command simply checks the journal again)."""
    try:
        st = db.stat()
    except OSError:
        return
    when = checked_at if checked_at is not None else (seen.checked_at if seen else None)
    if when is None:
        return
    now_seen = Seen(st.st_size, st.st_mtime_ns, when)
    if now_seen == seen:
        return
    target = record_path(db)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        try:
            os.write(fd, f"{now_seen.size} {now_seen.mtime_ns} {now_seen.checked_at}\n".encode())
        finally:
            os.close(fd)
        tmp.replace(target)
    except OSError:
        tmp.unlink(missing_ok=True)
