"""Opening the journal file safely: checks, creation, migrations, pragmas.

A file that is not a steady journal, or one written by a newer steady, is
refused after reading only its 100-byte header, so it is never modified.
A new journal is built beside its final name and linked into place, so a
half-made file never appears. Migrations run in one transaction after a backup.

An encrypted journal (see steady.encryption) has no readable header; it is
checked the same way once its passphrase has opened it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from steady import encryption
from steady.encryption import BUSY_TIMEOUT_MS, CONNECTION_PRAGMAS, SQLITE_MAGIC, Key
from steady.errors import InputError, StorageError
from steady.migrations import MIGRATIONS
from steady.paths import PRIVATE_FILE_MODE, ensure_private_dir
from steady.store import last_check

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

APPLICATION_ID = 0x53544459  # "STDY", in the SQLite header of every steady journal
WAL_FORMAT = 2  # header byte 18 of a database in WAL mode (1: rollback journal)
SCHEMA_VERSION = MIGRATIONS[-1].version


# Called when the journal turns out to be encrypted; returns a key that opens it.
Unlock = Callable[[Path], Key]


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    encrypted: bool = False
    wal: bool = True  # False: left in rollback mode (by a conversion that was cut off)


@dataclass
class Database:
    path: Path
    created: bool
    migrated_from: int | None
    backup: Path | None
    key: Key | None = None
    _engine: Engine | None = None
    # When its structure was checked in this command, and how steady last left it.
    checked_at: int | None = None
    seen: last_check.Seen | None = None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def finished(self) -> None:
        """Called once the command is done with the journal: see steady.store.last_check."""
        last_check.finished(self.path, self.checked_at, self.seen)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path, self.key)
        return self._engine


def read_header(path: Path) -> Header:
    """Check that `path` is a steady journal this version can open, reading only its header.

    An encrypted file gives `Header(encrypted=True)`: what it holds is known only once a
    passphrase opens it (see `check_identity`).
    """
    try:
        # Not blocking on a named pipe, and not reading a device: only a file is a journal.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(st.st_mode):
                raise StorageError(
                    f"{path} is not an ordinary file, so it is not a journal; steady left it "
                    "untouched.",
                    "Point --db at a file.",
                )
            header, size = os.read(fd, 100), st.st_size
        finally:
            os.close(fd)
    except PermissionError:
        raise StorageError(
            f"Cannot read the journal at {path}: permission denied.",
            "Check the file's owner and mode (it should be yours, mode 600).",
        ) from None
    except IsADirectoryError:
        raise StorageError(
            f"{path} is a folder, not a journal file.", "Point --db at a file."
        ) from None
    except OSError as exc:
        raise StorageError(f"Cannot read the journal at {path}: {exc.strerror}.") from None
    if encryption.looks_encrypted(header, size):
        return Header(application_id=0, user_version=0, encrypted=True)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        what = "is empty" if not header else "is not a steady journal"
        raise StorageError(
            f"The file {path} {what}; steady left it untouched.",
            "Choose another file with --db, or move this one away.",
        )
    return check_identity(
        path,
        Header(
            application_id=int.from_bytes(header[68:72], "big"),
            user_version=int.from_bytes(header[60:64], "big"),
            wal=header[18] == WAL_FORMAT,
        ),
    )


def check_identity(path: Path, found: Header) -> Header:
    """Refuse a database that is not a steady journal, or one from a newer steady."""
    if found.application_id != APPLICATION_ID:
        raise StorageError(
            f"The file {path} is an SQLite database, but not a steady journal; "
            "steady left it untouched.",
            "Choose another file with --db, or move this one away.",
        )
    if found.user_version > SCHEMA_VERSION:
        raise StorageError(
            f"The journal at {path} was written by a newer steady (format {found.user_version}; "
            f"this one knows up to {SCHEMA_VERSION}). It was left untouched.",
            "Upgrade with: pip install --upgrade steady-journal",
        )
    return found


def open_database(
    path: Path, *, now: datetime, create: bool = True, unlock: Unlock | None = None
) -> Database:
    """Open (and when needed create or migrate) the journal at `path`.

    `unlock` is asked for the key only when the journal is encrypted.
    """
    created = False
    if not path.exists():
        if not create:
            raise StorageError(f"There is no journal at {path} yet.")
        created = _create(path)
    # A conversion that was cut off is finished or undone first: it may replace the file.
    encryption.recover(path)
    header = read_header(path)
    key = None
    if header.encrypted:
        if unlock is None:
            raise needs_passphrase(path)
        key = unlock(path)
        application_id, user_version, mode = encryption.read_state(path, key)
        header = check_identity(
            path, Header(application_id, user_version, encrypted=True, wal=mode == "wal")
        )
    seen = last_check.read(path)
    checked_at = int(now.timestamp()) if created else None
    if checked_at is None and (
        not header.wal or header.user_version < SCHEMA_VERSION or last_check.due(path, now, seen)
    ):
        _check_intact(path, key)  # never write into damage, not even a header byte
        checked_at = int(now.timestamp())
    if not header.wal:
        _restore_wal(path, key)
    if header.user_version < SCHEMA_VERSION:
        backup = _backup(path, header.user_version, now, key)
        _migrate(path, key)
        return Database(path, created, header.user_version, backup, key, None, checked_at, seen)
    return Database(path, created, None, None, key, None, checked_at, seen)


def _restore_wal(path: Path, key: Key | None) -> None:
    """Back to WAL mode, so that a reader never waits for a writer (a read-only journal
    simply stays as it is)."""
    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, *_cipher_errors(key))
    with suppress(*errors):
        connection = _connect(path, key)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()


def needs_passphrase(path: Path) -> StorageError:
    return StorageError(
        f"The journal at {path} is encrypted, and a passphrase is needed to open it.",
        "Set STEADY_PASSPHRASE, or run steady in a terminal to be asked for it.",
    )


def _connect(path: Path, key: Key | None = None) -> Any:
    if key is not None:
        return encryption.connect(path, key)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
    return connection


def _create(path: Path) -> bool:
    """Build a new, fully migrated journal beside `path`, then link it into place."""
    ensure_private_dir(path.parent, tighten=False)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
        connection = _connect(tmp)
        try:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _apply_migrations(connection, from_version=0)
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # fails if another terminal created it first: keep theirs
        except FileExistsError:
            return False
        return True
    except PermissionError:
        raise StorageError(
            f"Cannot create the journal in {path.parent}: permission denied.",
            "Choose a folder you can write to with --db or STEADY_HOME.",
        ) from None
    except OSError as exc:
        raise StorageError(f"Cannot create the journal at {path}: {exc.strerror or exc}.") from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with suppress(OSError):
                leftover.unlink()


def _apply_migrations(connection: sqlite3.Connection, *, from_version: int) -> None:
    """Run every migration after `from_version` in one immediate transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        current = connection.execute("PRAGMA user_version").fetchone()[0]
        if current != from_version:  # another process migrated meanwhile
            connection.execute("ROLLBACK")
            return
        for migration in MIGRATIONS:
            if migration.version > current:
                for statement in migration.statements:
                    connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _backup(path: Path, version: int, now: datetime, key: Key | None = None) -> Path:
    """Copy the journal aside before changing its schema (encrypted stays encrypted)."""
    folder = path.parent / "backups"
    ensure_private_dir(folder)
    target = folder / f"{path.stem}-v{version}-{now.strftime('%Y%m%dT%H%M%SZ')}.db"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    if key is not None:
        _copy_encrypted(path, key, target)
        return target
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def _copy_encrypted(path: Path, key: Key, target: Path) -> None:
    """The file's bytes, taken while no one can write: same salt, so the same passphrase."""
    import shutil

    connection = encryption.connect(path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("BEGIN IMMEDIATE")
        try:
            shutil.copyfile(path, target)
        finally:
            connection.execute("ROLLBACK")
    finally:
        connection.close()


def _check_intact(path: Path, key: Key | None) -> None:
    """Before an upgrade: a damaged journal is refused as it is, never changed or copied."""
    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, *_cipher_errors(key))
    try:
        connection = _connect(path, key)
        try:
            found = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except errors as exc:
        raise _storage_error(path, exc) from None
    if found != [("ok",)]:
        raise _damaged(path)


def _migrate(path: Path, key: Key | None = None) -> None:
    errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, *_cipher_errors(key))
    connection = _connect(path, key)
    try:
        current = connection.execute("PRAGMA user_version").fetchone()[0]
        _apply_migrations(connection, from_version=current)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except errors as exc:
        raise StorageError(
            f"Could not upgrade the journal at {path} ({exc}); it was left as it was.",
            "A copy was saved in the backups folder beside it.",
        ) from None
    finally:
        connection.close()


def _cipher_errors(key: Key | None) -> tuple[type[BaseException], ...]:
    return () if key is None else (encryption.sqlcipher().DatabaseError,)


def make_engine(path: Path, key: Key | None = None) -> Engine:
    """An SQLAlchemy engine whose every session is one SQLite transaction.

    pysqlite's own transaction handling is switched off so that each session
    starts with BEGIN IMMEDIATE: a writer waits for the lock (busy timeout)
    instead of failing half-way with "database is locked". An encrypted journal
    goes through SQLAlchemy's SQLCipher dialect with the key derived once.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL
    from sqlalchemy.pool import NullPool

    if key is None:
        url: str | URL = f"sqlite:///{path}"
    else:
        encryption.sqlcipher()  # a plain sentence if the driver is missing
        url = URL.create("sqlite+pysqlcipher", password=key.raw_for(path), database=str(path))
    engine = create_engine(
        url,
        poolclass=NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if key is not None:
            encryption.quiet(dbapi_connection)
        cursor = dbapi_connection.cursor()
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's failures into one sentence a person can act on."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as exc:
        raise _storage_error(path, exc.orig) from None
    except sqlite3.DatabaseError as exc:
        raise _storage_error(path, exc) from None
    except UnicodeEncodeError:  # a lone surrogate: argv bytes that were not UTF-8
        raise InputError(
            "The text holds bytes that are not UTF-8, so nothing was saved.",
            "Type it again, or convert it to UTF-8 first.",
        ) from None
    except Exception as exc:
        cipher = sys.modules.get("sqlcipher3.dbapi2")  # SQLCipher's errors, outside SQLAlchemy
        if cipher is not None and isinstance(exc, cipher.DatabaseError):
            raise _storage_error(path, exc) from None
        raise


def _converted_meanwhile(path: Path) -> bool:
    """A file this command could open became unreadable: was it replaced by a conversion?

    `steady encrypt` and `decrypt` zero the file they replace, so a command that was
    waiting on it reads zeros, while the file now at `path` is a whole journal.
    """
    try:
        read_header(path)
    except StorageError:
        return False
    return True


def _storage_error(path: Path, exc: BaseException | None) -> StorageError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "The journal is busy in another terminal and did not free up in time.",
            "Try again in a moment; nothing was changed.",
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"The journal at {path} is read-only, so nothing was changed.",
            "Check the file's and folder's permissions.",
        )
    if "full" in text:
        return StorageError("The disk is full, so nothing was changed.", "Free some space.")
    if "not a database" in text and _converted_meanwhile(path):
        return StorageError(
            "The journal was converted in another terminal (steady encrypt, decrypt or "
            "passphrase) while this command waited, so nothing was saved.",
            "Run it again.",
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return _damaged(path)
    return StorageError(f"The journal at {path} could not be used ({exc}).")


def _damaged(path: Path) -> StorageError:
    return StorageError(
        f"The journal at {path} looks damaged; steady did not change it.",
        "Keep a copy of the file; the backups folder beside it may hold an earlier one.",
    )
