"""What the reminder does when its time comes, and the one date it keeps beside the journal.

`DAY_FILE` (beside the journal) exists while a reminder is installed, and holds nothing but
the local date of the last check-in made while it was. It is how the reminder knows, for an
encrypted journal, that today's check-in is done without asking for the passphrase; a plain
journal is asked directly (read-only). `PENDING_FILE` holds the date of a reminder that could
not be shown as a notification, for the shell's next start to show once.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

DAY_FILE = "reminder-day"
PENDING_FILE = "reminder-pending"
SQLITE_MAGIC = b"SQLite format 3\x00"
TITLE = "steady"
LINE = "A minute to check in today, whenever you are ready: steady checkin"
SHELL_LINE = "steady: a minute to check in today, whenever you are ready (steady checkin)"
NOTIFY_SECONDS = 10  # notify-send returns at once; a hung one is not waited on for ever


def day_file(journal: Path) -> Path:
    return journal.parent / DAY_FILE


def pending_file(journal: Path) -> Path:
    return journal.parent / PENDING_FILE


def write_private(path: Path, text: str) -> None:
    """A small file of mode 0600, replaced whole."""
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    temporary.replace(path)


def checked_in(journal: Path, day: date) -> None:
    """After a check-in for `day` (today): note the date, and drop a reminder not yet seen.

    Only while a reminder is installed (its day file exists); otherwise nothing is written.
    """
    marker = day_file(journal)
    if not marker.exists():
        return
    try:
        write_private(marker, day.isoformat() + "\n")
        pending_file(journal).unlink(missing_ok=True)
    except OSError:
        pass  # the reminder may speak once more than needed; the check-in itself is saved


def done_today(journal: Path, today: date) -> bool:
    """Is today's check-in done? The journal says, when it can be read without a passphrase."""
    import sqlite3

    if _plain(journal):
        try:
            return _asked(journal, today)
        except sqlite3.Error:
            pass  # busy, damaged or older: the date beside it still answers
    try:
        return day_file(journal).read_text(encoding="utf-8").strip() == today.isoformat()
    except OSError:
        return False


def _plain(journal: Path) -> bool:
    try:
        with journal.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _asked(journal: Path, today: date) -> bool:
    import sqlite3

    connection = sqlite3.connect(f"{journal.as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        row = connection.execute(
            "SELECT 1 FROM checkin WHERE day = ? LIMIT 1", (today.isoformat(),)
        ).fetchone()
    finally:
        connection.close()
    return row is not None


def fire(journal: Path, today: date) -> str:
    """What the reminder did: "off", "done", "notified" or "pending"."""
    if not day_file(journal).exists():
        return "off"  # turned off, or wiped: never speak after that
    if done_today(journal, today):
        return "done"
    if _notify():
        return "notified"
    write_private(pending_file(journal), today.isoformat() + "\n")
    return "pending"


def _notify() -> bool:
    """One desktop notification, where the system has a way to show one."""
    import shutil
    import subprocess

    command: list[str] | None = None
    notify_send = shutil.which("notify-send")
    if notify_send is not None:
        command = [notify_send, "--app-name", TITLE, TITLE, LINE]
    elif (osascript := shutil.which("osascript")) is not None:
        command = [osascript, "-e", f'display notification "{LINE}" with title "{TITLE}"']
    if command is None:
        return False
    environment = dict(os.environ)
    bus = Path(f"/run/user/{os.getuid()}/bus")
    if "DBUS_SESSION_BUS_ADDRESS" not in environment and bus.exists():
        # cron starts jobs without the desktop's session bus; notify-send needs it
        environment["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    try:
        result = subprocess.run(  # noqa: S603 - a fixed command, no user text
            command,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=NOTIFY_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0
