"""Encryption at rest with SQLCipher: recognising, opening and converting a journal.

An encrypted journal is an ordinary SQLCipher 4 database: every page is encrypted with
AES-256 and authenticated with HMAC-SHA512, under a key derived from the passphrase with
PBKDF2-HMAC-SHA512 (256,000 iterations) and the file's own random 16-byte salt. So it
opens in the `sqlcipher` shell with the same passphrase.

The key is derived once per command here (with the very same function and salt SQLCipher
uses) and given to SQLCipher as a raw key, so a command that opens the journal twice
does not pay for the slow derivation twice.

Converting (encrypt, decrypt, a new passphrase) never changes the journal in place. The
journal is locked against writers, copied with `sqlcipher_export` into a new file beside
it, the copy is compared with the original row by row, and only then does it replace the
original, in one rename. A conversion that is interrupted leaves the original as it was.
The replaced file is overwritten with zeros before it is let go.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from steady.errors import NotPossibleError, StorageError
from steady.paths import PRIVATE_FILE_MODE

KDF_NAME = "PBKDF2-HMAC-SHA512"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default
KEY_BYTES = 32
SALT_BYTES = 16
SMALLEST_PAGE = 512
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# Every connection to a journal, plain or encrypted, through any driver.
CONNECTION_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    # Deleted or replaced words are overwritten with zeros, not left in free pages.
    "PRAGMA secure_delete = ON",
)
CONVERTING_SUFFIX = ".converting"
STALE_AFTER_S = 3600  # no conversion takes an hour: a copy this old was left by a crash


class WrongPassphrase(StorageError):
    """The passphrase does not open this journal."""


@dataclass
class Key:
    """A passphrase, where it came from, and the raw keys derived from it (one per salt)."""

    passphrase: str = field(repr=False)
    source: str = "prompt"  # "STEADY_PASSPHRASE", "keyring" or "prompt"
    _derived: dict[bytes, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # The same words typed on another keyboard or system must give the same key.
        self.passphrase = unicodedata.normalize("NFC", self.passphrase)

    def raw(self, salt: bytes) -> str:
        """The key as SQLCipher's raw-key literal, derived exactly as SQLCipher would."""
        if salt not in self._derived:
            key = hashlib.pbkdf2_hmac(
                "sha512", self.passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
            )
            self._derived[salt] = f"x'{key.hex()}'"
        return self._derived[salt]

    def raw_for(self, path: Path) -> str:
        return self.raw(read_salt(path))

    def sql_literal(self) -> str:
        return "'" + self.passphrase.replace("'", "''") + "'"


def sqlcipher() -> ModuleType:
    """The SQLCipher driver, or a plain sentence on how to install it."""
    try:
        driver = importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        raise NotPossibleError(
            "Encryption needs the sqlcipher3 package, which is not installed here.",
            "Install it with: pip install sqlcipher3",
        ) from None
    return driver


def available() -> bool:
    try:
        sqlcipher()
    except NotPossibleError:
        return False
    return True


def looks_encrypted(header: bytes, size: int) -> bool:
    """An encrypted journal has no readable header at all: only whole encrypted pages."""
    return (
        len(header) >= SALT_BYTES
        and not header.startswith(SQLITE_MAGIC)
        and size >= SMALLEST_PAGE
        and size % SMALLEST_PAGE == 0
    )


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        return looks_encrypted(header, path.stat().st_size)
    except OSError:
        return False


def read_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def connect(path: Path, key: Key | None, salt: bytes | None = None) -> Any:
    """A SQLCipher connection to `path`, keyed when `key` is given (plain otherwise).

    Pass `salt` when this process holds a lock on `path`: reading the file here would
    close a descriptor on it, and closing any descriptor drops all of a process's POSIX
    locks on the file, SQLite's included.
    """
    driver = sqlcipher()
    connection = driver.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    quiet(connection)
    if key is not None:
        if salt is None:
            salt = read_salt(path) if path.exists() and path.stat().st_size else b""
        literal = key.raw(salt) if len(salt) == SALT_BYTES else key.sql_literal()
        connection.execute(f'PRAGMA key = "{literal}"' if salt else f"PRAGMA key = {literal}")
    try:
        for pragma in CONNECTION_PRAGMAS:  # the first page is read here: a wrong key fails
            connection.execute(pragma)
    except Exception as exc:
        connection.close()
        if key is not None and _is_not_a_database(exc):
            raise wrong_passphrase(path, key) from None
        raise
    return connection


def quiet(connection: Any) -> None:
    """SQLCipher logs a failed key to stderr; the CLI says it in one sentence instead."""
    with suppress(Exception):
        connection.execute("PRAGMA cipher_log_level = NONE")


def read_identity(path: Path, key: Key) -> tuple[int, int]:
    """(application_id, user_version) of an encrypted journal; WrongPassphrase if it won't open."""
    connection = connect(path, key)  # a wrong key fails here, with WrongPassphrase
    try:
        return _identity(connection)
    finally:
        connection.close()


def wrong_passphrase(path: Path, key: Key) -> WrongPassphrase:
    hint = {
        "STEADY_PASSPHRASE": "STEADY_PASSPHRASE holds a different passphrase; nothing was changed.",
        "keyring": "The passphrase remembered in your keyring is out of date; nothing was changed.",
    }.get(key.source, "Nothing was changed. Try again, slowly.")
    return WrongPassphrase(f"Wrong passphrase for the journal at {path}.", hint)


def _is_not_a_database(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "encrypted" in text


# -- converting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Converted:
    path: Path
    rows: int  # rows compared one by one between the original and the copy


def encrypt(path: Path, new: Key) -> Converted:
    """Turn the plain journal at `path` into an encrypted one."""
    return _convert(path, source=None, target=new)


def decrypt(path: Path, current: Key) -> Converted:
    """Turn the encrypted journal at `path` back into a plain SQLite database."""
    return _convert(path, source=current, target=None)


def change_passphrase(path: Path, current: Key, new: Key) -> Converted:
    """Re-encrypt under a new passphrase (and a new salt), by the same verified copy."""
    return _convert(path, source=current, target=new)


def leftovers(path: Path) -> list[Path]:
    """Copies left beside the journal by a conversion that was interrupted."""
    return sorted(path.parent.glob(f".{path.name}.*{CONVERTING_SUFFIX}"))


def remove_leftovers(path: Path) -> None:
    for leftover in leftovers(path):
        pid = leftover.name.removeprefix(f".{path.name}.").split(".")[0]
        busy = pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid))
        if busy and not _older_than(leftover, STALE_AFTER_S):
            continue  # another terminal is converting right now
        _scrub_and_remove(leftover)


def _older_than(path: Path, seconds: float) -> bool:
    import time

    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would end the process there, not probe it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _convert(path: Path, *, source: Key | None, target: Key | None) -> Converted:
    remove_leftovers(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}{CONVERTING_SUFFIX}")
    # Everything read from the journal's file directly is read before it is locked: see
    # `connect`. The descriptor kept open here is closed only after the lock is let go.
    salt = read_salt(path) if source is not None else None
    old = os.open(path, os.O_RDWR)
    replaced = False
    try:
        with _locked(path, source, salt) as lock:
            try:
                # Created empty and private first: SQLCipher fills it, and its side files
                # take its mode.
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
                os.close(fd)
                application_id, user_version = _identity(lock)
                _export(path, source, salt, tmp, target, application_id, user_version)
                rows = _verify(path, source, salt, tmp, target)
                _fsync(tmp)
                try:
                    tmp.replace(path)
                except OSError as exc:
                    raise StorageError(
                        f"The converted copy could not take the journal's place "
                        f"({exc.strerror or exc}); nothing was changed."
                    ) from None
                replaced = True
                _fsync_dir(path.parent)
                _zero(old)
            except BaseException:
                if not replaced:
                    with suppress(Exception):
                        _restore_wal(lock)
                raise
            finally:
                if not replaced:
                    _scrub_and_remove(tmp)
    finally:
        os.close(old)
    return Converted(path, rows)


@contextmanager
def _locked(path: Path, key: Key | None, salt: bytes | None) -> Iterator[Any]:
    """Hold the journal against every writer while it is copied and replaced.

    The journal leaves WAL mode for the conversion (which needs every other connection
    closed), so that nothing of it lives in side files when the new file takes its name.
    """
    lock = connect(path, key, salt)
    try:
        try:
            mode = lock.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except Exception as exc:  # (a wrong key already failed in `connect`)
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise busy() from None
            raise
        if str(mode).lower() != "delete":
            raise busy()
        lock.execute("BEGIN IMMEDIATE")
        yield lock
    finally:
        with suppress(Exception):
            lock.execute("ROLLBACK")
        lock.close()


def busy() -> NotPossibleError:
    return NotPossibleError(
        "The journal is open in another terminal, so it cannot be converted now.",
        "Close steady there and try again; nothing was changed.",
    )


def _identity(connection: Any) -> tuple[int, int]:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    return int(application_id), int(user_version)


def _export(
    path: Path,
    source: Key | None,
    salt: bytes | None,
    tmp: Path,
    target: Key | None,
    application_id: int,
    user_version: int,
) -> None:
    connection = connect(path, source, salt)
    try:
        # Read first, so that SQLCipher gives the new file a salt of its own.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        key = target.sql_literal() if target is not None else "''"
        connection.execute(f"ATTACH DATABASE ? AS target KEY {key}", (str(tmp),))
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('target')")
        connection.execute(f"PRAGMA target.application_id = {application_id}")
        connection.execute(f"PRAGMA target.user_version = {user_version}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()


def _verify(
    path: Path, source: Key | None, salt: bytes | None, tmp: Path, target: Key | None
) -> int:
    """Compare the copy with the original, every row of every table; return the row count."""
    original = connect(path, source, salt)
    copy = connect(tmp, target)
    try:
        if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StorageError("The converted copy did not pass its check; nothing was changed.")
        if _identity(copy) != _identity(original):
            raise StorageError("The converted copy lost the journal's format; nothing was changed.")
        tables = [
            row[0]
            for row in original.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        schema = (
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        if original.execute(schema).fetchall() != copy.execute(schema).fetchall():
            raise StorageError("The converted copy's tables differ; nothing was changed.")
        rows = 0
        for table in tables:
            counted = not table.startswith("sqlite_")  # sqlite_sequence is compared, not counted
            query = f'SELECT * FROM "{table}" ORDER BY rowid'
            mine, theirs = original.execute(query), copy.execute(query)
            while True:
                a, b = mine.fetchmany(500), theirs.fetchmany(500)
                if a != b:
                    raise StorageError(
                        f"The converted copy differs from the journal in {table}; "
                        "nothing was changed."
                    )
                if not a:
                    break
                rows += len(a) if counted else 0
        copy.execute("PRAGMA journal_mode = WAL")
        return rows
    finally:
        original.close()
        copy.close()


def _restore_wal(lock: Any) -> None:
    lock.execute("ROLLBACK")
    lock.execute("PRAGMA journal_mode = WAL")


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _zero(fd: int) -> None:
    """Overwrite a replaced file with zeros, so its old pages are not left readable on disk."""
    size = os.fstat(fd).st_size
    block = b"\x00" * 65536
    os.lseek(fd, 0, os.SEEK_SET)
    written = 0
    while written < size:
        written += os.write(fd, block[: min(len(block), size - written)])
    os.fsync(fd)


def _scrub_and_remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with suppress(OSError):
            fd = os.open(candidate, os.O_RDWR)
            try:
                _zero(fd)
            finally:
                os.close(fd)
            candidate.unlink()
