"""Encryption at rest: encrypt, decrypt, passphrase, and unlocking an encrypted journal.

The passphrase comes from STEADY_PASSPHRASE, else the system keyring (when the optional
`keyring` package has a backend and it was asked to remember), else a hidden prompt in a
terminal. Without any of them steady says what is needed instead of waiting.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli.common import env, handles_errors
from steady.errors import InputError, NotPossibleError, StorageError

if TYPE_CHECKING:
    from steady.encryption import Converted, Key

PASSPHRASE_ENV = "STEADY_PASSPHRASE"  # noqa: S105 (the variable's name, not a secret)
NEW_PASSPHRASE_ENV = "STEADY_NEW_PASSPHRASE"  # noqa: S105
KEYRING_SERVICE = "steady"
MAX_TRIES = 3
SHORT_PASSPHRASE = 8

RememberOption = Annotated[
    bool,
    typer.Option(
        "--remember",
        help="Keep the passphrase in the system keyring (needs the keyring package).",
    ),
]


# -- unlocking -----------------------------------------------------------------------------------


def unlock(path: Path, label: str = "Passphrase", *, optional: bool = False) -> Key:
    """A key that opens the encrypted journal at `path`, or a plain refusal. When
    `optional`, an empty answer means "not now" (NotPossibleError)."""
    from steady import encryption, render
    from steady.encryption import Key, WrongPassphrase

    given = os.environ.get(PASSPHRASE_ENV, "")
    if given:
        key = Key(given, PASSPHRASE_ENV)
        encryption.read_identity(path, key)
        return key
    remembered = _remembered(path)
    if remembered is not None:
        key = Key(remembered, "keyring")
        try:
            encryption.read_identity(path, key)
            return key
        except WrongPassphrase:
            if not can_ask():
                raise
            render.note_stderr(
                "[muted]The passphrase in your keyring does not open this journal.[/muted]"
            )
    if not can_ask():
        from steady.db import needs_passphrase

        raise needs_passphrase(path)
    wrong = 0
    for _ in range(MAX_TRIES * 2):
        typed = _read_secret(label)
        if not typed and optional:
            raise NotPossibleError("No passphrase was given, so the journal stays locked.")
        if not typed:
            render.note_stderr(
                "[muted]Nothing was typed. Type the passphrase, or press Ctrl-C to stop.[/muted]"
            )
            continue
        key = Key(typed, "prompt")
        try:
            encryption.read_identity(path, key)
            return key
        except WrongPassphrase:
            wrong += 1
            if wrong == MAX_TRIES:
                raise
            render.note_stderr("[muted]That passphrase does not open it. Once more:[/muted]")
    raise _not_given()


def can_ask() -> bool:
    """Can a passphrase be asked for? In a terminal, even while output goes to a pipe or a
    file (STEADY_INTERACTIVE=1/0 overrides)."""
    forced = os.environ.get("STEADY_INTERACTIVE", "").strip()
    if forced in {"0", "1"}:
        return forced == "1"
    if sys.stdin.isatty():
        return True
    try:
        fd = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    os.close(fd)
    return True


def _read_secret(label: str) -> str:
    """One hidden answer; "" when nothing was typed.

    Like ssh and gpg, the question and the typing go through the terminal itself, so it
    works while steady's output goes to a pipe or a file. With STEADY_INTERACTIVE=1 (and in
    the tests) the question goes through Click, on stderr.
    """
    try:
        if os.environ.get("STEADY_INTERACTIVE", "").strip() == "1":
            answer: str = typer.prompt(
                label, hide_input=True, default="", show_default=False, err=True
            )
            return answer
        import getpass

        return getpass.getpass(f"{label}: ")
    except (typer.Abort, KeyboardInterrupt, EOFError):
        sys.stderr.write("\n")  # the question's line was left unfinished
        raise _not_given() from None


def _not_given() -> StorageError:
    return StorageError("No passphrase was given, so nothing was changed.")


def _new_passphrase(variable: str) -> Key:
    """A new passphrase: from `variable`, else asked twice in a terminal."""
    from steady import render
    from steady.encryption import Key

    given = os.environ.get(variable, "")
    if given:
        key = Key(given, variable)
        render.note_stderr(f"[muted]Using the new passphrase in {variable}.[/muted]")
    elif can_ask():
        render.note_stderr(
            "[muted]Choose a passphrase you will remember; a few unrelated words work well.[/muted]"
        )
        key = Key(_ask_twice(), "prompt")
    else:
        raise InputError(
            "A new passphrase is needed.",
            f"Set {variable}, or run steady in a terminal to be asked for it.",
        )
    if not key.passphrase.strip():
        raise InputError("The passphrase is empty, so nothing was changed.", "Choose one.")
    if len(key.passphrase) < SHORT_PASSPHRASE:
        render.note_stderr(
            "[muted]A passphrase this short is easier to guess; you can change it later "
            "with steady passphrase.[/muted]"
        )
    return key


def _ask_twice() -> str:
    from steady import render

    for _ in range(MAX_TRIES):
        first = _read_secret("New passphrase")
        if not first.strip():
            render.note_stderr(
                "[muted]An empty passphrase would not protect anything. Type one, or press "
                "Ctrl-C to stop.[/muted]"
            )
            continue
        if _read_secret("Once more, to be sure") == first:
            return first
        render.note_stderr("[muted]Those two did not match. Once more from the start:[/muted]")
    raise InputError("No passphrase was set, so nothing was changed.")


# -- the keyring (optional) ----------------------------------------------------------------------


def _keyring() -> ModuleType | None:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def _remembered(path: Path) -> str | None:
    from steady.store import remembered

    if not remembered.is_marked(path):  # never asked to remember: leave the keyring alone
        return None
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, str(path))
    except Exception:  # no backend, a locked keyring: fall back to asking
        return None
    return found if isinstance(found, str) and found else None


def _require_keyring() -> ModuleType:
    keyring = _keyring()
    if keyring is None:
        raise NotPossibleError(
            "Remembering the passphrase needs the keyring package, which is not installed.",
            "Install it where steady is installed (pip install 'steady-journal[keyring]'), "
            "or leave out --remember.",
        )
    try:
        fail = importlib.import_module("keyring.backends.fail")
        usable = not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        usable = False
    if not usable:
        raise NotPossibleError(
            "There is no system keyring here to remember the passphrase in.",
            "Leave out --remember; steady will ask for it, or read STEADY_PASSPHRASE.",
        )
    return keyring


def _remember(keyring: ModuleType, path: Path, key: Key) -> None:
    from steady import render

    try:
        keyring.set_password(KEYRING_SERVICE, str(path), key.passphrase)
    except Exception as exc:
        render.say(
            f"[muted]The keyring did not take the passphrase ({render.lit(type(exc).__name__)}); "
            "steady will ask for it instead.[/muted]"
        )
        return
    from steady.store import remembered

    remembered.mark(path)
    render.say("[muted]The passphrase is remembered in your system keyring.[/muted]")


def forget(path: Path) -> None:
    """Take the journal's passphrase out of the keyring, if steady left it there."""
    from steady.store import remembered

    keyring = _keyring()
    if keyring is not None and _remembered(path) is not None:
        try:
            keyring.delete_password(KEYRING_SERVICE, str(path))
        except Exception:
            return  # kept: the note that it is there stays true
    remembered.unmark(path)


# -- commands ------------------------------------------------------------------------------------


@handles_errors
def encrypt(ctx: typer.Context, remember: RememberOption = False) -> None:
    """Encrypt the journal with a passphrase (SQLCipher, AES-256)."""
    from steady import encryption, render
    from steady.db import read_header

    e = env(ctx)
    path = e.paths.db
    encryption.sqlcipher()
    if path.exists():
        encryption.recover(path)  # an encryption that was cut off is finished first
    if path.exists() and read_header(path).encrypted:
        raise NotPossibleError(
            f"The journal at {path} is already encrypted.",
            "To change its passphrase: steady passphrase",
        )
    keyring = _require_keyring() if remember else None
    e.database()  # creates, checks or upgrades it first
    new = _new_passphrase(PASSPHRASE_ENV)
    done = _converting(
        path, lambda: encryption.encrypt(path, new, _backups(e.paths.backup_dir, path, False))
    )
    render.say(f"Your journal is now encrypted. {_checked(done)}")
    _left_as_they_were(done.left, "It is still a plain file: delete it if you no longer need it.")
    render.say(
        "Keep the passphrase somewhere safe: without it, no one can open the journal, you included."
    )
    if keyring is not None:
        _remember(keyring, path, new)
    render.say(
        "[muted]Exports are still plain files, made to be read; keep them somewhere "
        "private.[/muted]"
    )


@handles_errors
def decrypt(ctx: typer.Context) -> None:
    """Turn the encrypted journal back into a plain SQLite file."""
    from steady import encryption, render

    e = env(ctx)
    path = e.paths.db
    _require_encrypted(path)
    key = e.database().key
    assert key is not None
    done = _converting(
        path,
        lambda: encryption.decrypt(path, key, _backups(e.paths.backup_dir, path, True, key)),
    )
    forget(path)
    render.say(f"Your journal is a plain SQLite file again. {_checked(done)}")
    _left_as_they_were(done.left, "It is still encrypted with the passphrase.")
    render.say(
        "[muted]Anyone who can read your files can now read it; steady encrypt protects it "
        "again.[/muted]"
    )


@handles_errors
def passphrase(ctx: typer.Context, remember: RememberOption = False) -> None:
    """Change the passphrase of the encrypted journal."""
    from steady import encryption, render

    e = env(ctx)
    path = e.paths.db
    _require_encrypted(path)
    keyring = _require_keyring() if remember else None
    had_remembered = _remembered(path) is not None
    e.unlock_question = "Current passphrase"
    database = e.database()
    current = database.key
    assert current is not None
    new = _new_passphrase(NEW_PASSPHRASE_ENV)
    if new.passphrase == current.passphrase:
        raise InputError("That is the passphrase it has now, so nothing was changed.")
    done = _converting(
        path,
        lambda: encryption.change_passphrase(
            path, current, new, _backups(e.paths.backup_dir, path, True, current)
        ),
    )
    render.say(f"The passphrase is changed. {_checked(done)}")
    _left_as_they_were(done.left, "It still opens with the old passphrase.")
    if keyring is None and had_remembered:
        keyring = _keyring()
    if keyring is not None:
        _remember(keyring, path, new)


def _require_encrypted(path: Path) -> None:
    from steady.db import read_header

    if not path.exists() or not read_header(path).encrypted:
        raise NotPossibleError(
            f"The journal at {path} is not encrypted.", "To encrypt it: steady encrypt"
        )


def _backups(folder: Path, path: Path, encrypted: bool, key: Key | None = None) -> list[Path]:
    """This journal's backup copies in the given state (and, if encrypted, opened by `key`)."""
    from steady import encryption
    from steady.encryption import WrongPassphrase

    if not folder.is_dir():
        return []
    found = []
    for copy in sorted(folder.glob(f"{path.stem}-v*.db")):
        if encryption.is_encrypted(copy) != encrypted:
            continue
        if key is not None:
            try:
                encryption.read_identity(copy, key)
            except WrongPassphrase:
                continue  # encrypted with another passphrase: not ours to change
        found.append(copy)
    return found


def _converting(path: Path, convert: Callable[[], Converted]) -> Converted:
    """Convert the journal and its backup copies, saying plainly where a Ctrl-C left them."""
    from steady.db import translate_errors
    from steady.errors import Interrupted

    before = _fingerprint(path)
    try:
        with translate_errors(path):
            return convert()
    except KeyboardInterrupt:
        if _fingerprint(path) == before:
            raise Interrupted("Stopped before anything was changed.") from None
        raise Interrupted("Stopped, but the journal itself had already been converted.") from None


def _fingerprint(path: Path) -> int:
    """Which file is at `path`: a conversion always puts a new one in its place."""
    return path.stat().st_ino


def _left_as_they_were(left: Sequence[Path], state: str) -> None:
    from steady import render

    for copy in left:
        render.say(
            f"[muted]The backup copy {render.lit(str(copy))} could not be converted, so it was "
            f"left as it was. {state}[/muted]"
        )


def _checked(done: Converted) -> str:
    rows, copies = done.rows, done.copies
    if not rows:
        text = "It holds no records yet"
    elif rows == 1:
        text = "Its one record was checked against the original"
    else:
        text = f"All {rows:,} records were checked one by one against the original"
    if copies:
        text += f", and {len(copies)} backup cop{'ies' if len(copies) != 1 else 'y'} with it"
    return text + "."
