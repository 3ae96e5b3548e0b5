"""Encryption at rest with SQLCipher: recognising, opening and converting a journal.

An encrypted journal is an ordinary SQLCipher 4 database: every page is encrypted with
AES-256 and authenticated with HMAC-SHA512, under a key derived from the passphrase with
PBKDF2-HMAC-SHA512 (256,000 iterations) and the file's own random 16-byte salt. So it
opens in the `sqlcipher` shell with the same passphrase.

The key is derived once per command here (with the very same function and salt SQLCipher
uses) and given to SQLCipher as a raw key, so a command that opens the journal twice
does not pay for the slow derivation twice.

Converting (encrypt, decrypt, a new passphrase) never changes the journal in place, and
the journal and its backup copies are converted as one operation. A record beside the
journal says a conversion is under way. Each file is locked against writers, copied with
`sqlcipher_export` into a new file beside it, and the copy is compared with the original
row by row. Only when every copy is checked does the record say so, and each copy
replaces its original in one rename; the replaced file is overwritten with zeros. A
conversion interrupted before that point is undone the next time the journal is opened
(the copies are cleared, the originals were never touched); one interrupted after it is
finished then. Neither needs the passphrase.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from types import ModuleType
from typing import Any

from steady.errors import NotPossibleError, StorageError
from steady.numbers import whole_number
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
MARKER_SUFFIX = ".conversion"
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


def read_state(path: Path, key: Key) -> tuple[int, int, str]:
    """(application_id, user_version, journal_mode) of an encrypted journal."""
    connection = connect(path, key)
    try:
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
        return (*_identity(connection), str(mode).lower())
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
    copies: tuple[Converted, ...] = ()  # the backup copies converted with it
    left: tuple[Path, ...] = ()  # backup copies that could not be converted, left as they were


def encrypt(path: Path, new: Key, copies: Sequence[Path] = ()) -> Converted:
    """Turn the plain journal at `path` (and its plain backup `copies`) into encrypted ones."""
    return _convert(path, copies, source=None, target=new)


def decrypt(path: Path, current: Key, copies: Sequence[Path] = ()) -> Converted:
    """Turn the encrypted journal at `path` (and `copies`) back into plain SQLite databases."""
    return _convert(path, copies, source=current, target=None)


def change_passphrase(path: Path, current: Key, new: Key, copies: Sequence[Path] = ()) -> Converted:
    """Re-encrypt under a new passphrase (and a new salt), by the same verified copy."""
    return _convert(path, copies, source=current, target=new)


def _reached(step: str) -> None:
    """Each step of a conversion passes here; the tests stop a conversion at each in turn."""


def marker_path(path: Path) -> Path:
    """The record, beside the journal, that a conversion of it is under way."""
    return path.with_name(f".{path.name}{MARKER_SUFFIX}")


def leftovers(path: Path) -> list[Path]:
    """Files left beside the journal, or in its backups folder, by an interrupted conversion
    (half-made copies and their side files, the record of the conversion) or by an
    interrupted first run (a half-made new journal)."""
    found: list[Path] = []
    for folder, patterns in (
        (
            path.parent,
            (
                f".{path.name}.*{CONVERTING_SUFFIX}*",
                f".{path.name}.*.new",
                f".{path.name}.*.new-*",
                f".{path.name}{MARKER_SUFFIX}*",
            ),
        ),
        (path.parent / "backups", (f".*{CONVERTING_SUFFIX}*",)),
    ):
        try:
            names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(".")]
        except OSError:
            continue
        found.extend(folder / n for n in names if any(fnmatch(n, p) for p in patterns))
    return sorted(set(found))


def recover(path: Path) -> bool:
    """Finish or undo a conversion of `path` that was interrupted, and clear what it left.

    Until every converted copy is made and checked, a conversion is undone (the copies
    are zeroed and removed; the originals were never touched). Once they all are, it is
    finished: each copy takes its original's place. No passphrase is needed for either.
    Returns False, changing nothing, while another process is converting.
    """
    marker = marker_path(path)
    record = _read_marker(marker)
    if record is not None and _in_progress(record, marker):
        return False
    if record is not None:
        if record.get("phase") == "committing":
            try:
                _commit(record, {})
            except OSError:
                return True  # finished the next time; until then nothing of it is cleared
        _remove_marker(marker)
    for leftover in leftovers(path):
        if _in_progress(_pid_record(leftover), leftover):
            continue
        _scrub_and_remove(leftover)
    return True


def _pid_record(leftover: Path) -> dict[str, Any]:
    """The process that made a leftover, read from its name (NAME.PID.converting, NAME.PID.new,
    NAME.PID.tmp and their side files)."""
    parts = leftover.name.split(".")
    for number, part in enumerate(parts[1:], start=1):
        kind = part.split("-")[0]
        pid = whole_number(parts[number - 1])
        if kind in {CONVERTING_SUFFIX[1:], "new", "tmp"} and pid is not None:
            return {"pid": pid}
    return {}


def _in_progress(record: dict[str, Any], file: Path) -> bool:
    pid = record.get("pid")
    busy = isinstance(pid, int) and pid != os.getpid() and _alive(pid)
    return busy and not _older_than(file, STALE_AFTER_S)


def _read_marker(marker: Path) -> dict[str, Any] | None:
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return {}
    try:
        record = json.loads(text)
    except ValueError:
        return {}  # cut short while being written: nothing was converted yet
    return record if isinstance(record, dict) else {}


def _write_marker(marker: Path, record: dict[str, Any]) -> None:
    """Written beside, synced, and renamed into place: the record is whole or absent."""
    tmp = marker.with_name(f"{marker.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        os.write(fd, json.dumps(record).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(marker)
    _fsync_dir(marker.parent)


def _remove_marker(marker: Path) -> None:
    with suppress(FileNotFoundError):
        marker.unlink()
    _fsync_dir(marker.parent)


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


def _fingerprint(fd: int) -> list[int]:
    st = os.fstat(fd)
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def _commit(record: dict[str, Any], olds: dict[str, int]) -> None:
    """Put each checked copy in its original's place, in the recorded order.

    The order keeps one promise whenever this stops: the journal is encrypted only once
    every copy is (an encryption replaces the journal last, a decryption first). An
    original that changed since the copies were checked (a command that was waiting for
    the journal wrote to it after the conversion was killed) keeps its place, and so does
    every file after it; their copies are cleared.
    """
    keep_the_rest = False
    for original_name, tmp_name, fingerprint in record.get("files", []):
        original, tmp = Path(original_name), Path(tmp_name)
        if not tmp.exists():
            continue  # already in place
        if keep_the_rest:
            _scrub_and_remove(tmp)
            continue
        own = original_name not in olds
        fd = os.open(original, os.O_RDWR) if own else olds[original_name]
        try:
            if _fingerprint(fd) != fingerprint:
                keep_the_rest = True
                _scrub_and_remove(tmp)
                continue
            tmp.replace(original)
            _fsync_dir(original.parent)
            _reached("replaced")
            _zero(fd)
            _reached("zeroed")
        finally:
            if own:
                os.close(fd)


def _convert(
    path: Path, copies: Sequence[Path], *, source: Key | None, target: Key | None
) -> Converted:
    if not recover(path):
        raise busy()
    marker = marker_path(path)
    files = [path, *copies]
    tmps = {f: _tmp_for(f) for f in files}
    # Everything read from the journal's file directly is read before it is locked: see
    # `connect`. The descriptors kept open here are closed only after the locks are let go.
    salts: dict[Path, bytes | None] = {}
    olds: dict[str, int] = {}
    for f in files:
        try:
            salts[f] = read_salt(f) if source is not None else None
            olds[str(f)] = os.open(f, os.O_RDWR)
        except OSError:
            if f == path:
                raise
    files = [f for f in files if str(f) in olds]
    record: dict[str, Any] = {
        "pid": os.getpid(),
        "phase": "copying",
        "encrypted": target is not None,
        "files": [[str(f), str(tmps[f]), None] for f in files],
    }
    made: list[Path] = []
    left: list[Path] = [f for f in copies if str(f) not in olds]
    rows: dict[Path, int] = {}
    committing = False
    try:
        with ExitStack() as locks:
            journal_lock = locks.enter_context(_locked(path, source, salts[path]))
            try:
                _write_marker(marker, record)
                _reached("recorded")
                for f in files:
                    try:
                        lock = (
                            journal_lock
                            if f == path
                            else locks.enter_context(_locked(f, source, salts[f]))
                        )
                        rows[f] = _copy(f, lock, source, salts[f], tmps[f], target)
                        made.append(f)
                    except Exception:
                        _scrub_and_remove(tmps[f])
                        if f == path:
                            raise
                        left.append(f)
                # The journal is encrypted only once every copy is: last when encrypting.
                order = [*made[1:], path] if target is not None else made
                record["phase"] = "committing"
                record["files"] = [
                    [str(f), str(tmps[f]), _fingerprint(olds[str(f)])] for f in order
                ]
                with _signals_deferred():
                    committing = True  # every copy is checked: from here on, finish
                    _write_marker(marker, record)
                    _reached("committing")
                    _commit(record, olds)
                    _remove_marker(marker)
                _reached("done")
            except BaseException:
                if committing:
                    with suppress(Exception):
                        _commit(record, olds)
                        _remove_marker(marker)
                else:
                    for f in files:
                        _scrub_and_remove(tmps[f])
                    with suppress(Exception):
                        _restore_wal(journal_lock)
                    _remove_marker(marker)
                raise
    finally:
        for fd in olds.values():
            os.close(fd)
    converted = tuple(Converted(f, rows[f]) for f in made[1:])
    return Converted(path, rows[path], converted, tuple(left))


def _tmp_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}{CONVERTING_SUFFIX}")


def _copy(
    path: Path, lock: Any, source: Key | None, salt: bytes | None, tmp: Path, target: Key | None
) -> int:
    """A converted, checked and synced copy of `path` at `tmp`; the rows compared."""
    # Created empty and private first: SQLCipher fills it, and its side files take its mode.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    application_id, user_version = _identity(lock)
    _export(path, source, salt, tmp, target, application_id, user_version)
    _reached("copied")
    rows = _verify(path, source, salt, tmp, target)
    _fsync(tmp)
    _reached("checked")
    return rows


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl-C, a closed terminal or SIGTERM while copies take their places: they all
    take them first, then the command stops."""
    import signal

    caught: list[int] = []
    names = ("SIGINT", "SIGTERM", "SIGHUP")
    wanted = [getattr(signal, n) for n in names if hasattr(signal, n)]
    previous: dict[int, Any] = {}
    try:
        for number in wanted:
            previous[number] = signal.signal(number, lambda n, _f: caught.append(n))
    except ValueError:  # not the main thread: signals go elsewhere anyway
        pass
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if caught:
        raise KeyboardInterrupt


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
