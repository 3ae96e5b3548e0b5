"""Encryption at rest (SQLCipher): encrypt, use, change the passphrase, decrypt.

Every refusal must leave every file of the data folder byte-for-byte as it was, and once
a journal is encrypted no file beside it may hold a word of it in the clear.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady import encryption
from steady.encryption import Key
from steady.store import remembered
from tests.conftest import NOW
from tests.test_benchmarks import load_generator

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "lanterns over the quiet harbour"
SECRET = "the words under the floorboards"  # written in a note: must never be found in the clear


def files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def plain_text_found(folder: Path) -> list[str]:
    """Files under `folder` that give the journal away: its secret note or a SQLite header."""
    return [
        name
        for name, data in files(folder).items()
        if SECRET.encode() in data or b"SQLite format 3" in data
    ]


def everything(steady: Callable[..., Any]) -> dict[str, Any]:
    """The whole journal as a full json export, without the moment of exporting."""
    document = steady("export --format json").json()
    document.pop("exported_at")
    return dict(document)


def _env(home: Path, passphrase: str | None = None) -> dict[str, str]:
    """The environment of a steady run in its own process, on the journal in `home`."""
    env = {**os.environ, "STEADY_HOME": str(home), "STEADY_INTERACTIVE": "0"}
    env.pop("STEADY_PASSPHRASE", None)
    if passphrase is not None:
        env["STEADY_PASSPHRASE"] = passphrase
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def _steady(home: Path, *args: str, passphrase: str | None = None) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "steady", *args],
        env=_env(home, passphrase),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Built once: a plain and an encrypted journal of two months' use, and their contents."""
    plain = tmp_path_factory.mktemp("plain")
    source = plain / "two-months.json"
    source.write_text(json.dumps(load_generator().Generator(60, NOW, 3).document()))
    _steady(plain, "import", str(source))
    _steady(plain, "note", SECRET)
    source.unlink()
    locked = tmp_path_factory.mktemp("encrypted")
    (locked / "steady.db").write_bytes((plain / "steady.db").read_bytes())
    _steady(locked, "encrypt", passphrase=PASSPHRASE)
    document = json.loads(_steady(plain, "export", "--format", "json"))
    document.pop("exported_at")
    return {"plain": plain / "steady.db", "encrypted": locked / "steady.db", "content": document}


def _place(template: Path, db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    db_path.write_bytes(template.read_bytes())
    db_path.chmod(0o600)


@pytest.fixture
def filled(templates, db_path) -> dict[str, Any]:
    """Two months of realistic use, plus a note with the secret phrase."""
    _place(templates["plain"], db_path)
    return dict(templates["content"])


@pytest.fixture
def with_passphrase(monkeypatch):
    def set_to(value: str | None = PASSPHRASE) -> None:
        if value is None:
            monkeypatch.delenv("STEADY_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("STEADY_PASSPHRASE", value)

    return set_to


@pytest.fixture
def encrypted(templates, with_passphrase, db_path) -> dict[str, Any]:
    """The same journal, encrypted with PASSPHRASE (which STEADY_PASSPHRASE holds)."""
    _place(templates["encrypted"], db_path)
    with_passphrase()
    return dict(templates["content"])


# -- the key -------------------------------------------------------------------------------------


def test_the_key_is_derived_exactly_as_sqlcipher_derives_it(tmp_path):
    driver = encryption.sqlcipher()
    path = tmp_path / "made-by-sqlcipher.db"
    connection = driver.connect(str(path))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("INSERT INTO t VALUES ('hello')")
    connection.commit()
    settings = dict(
        line.rstrip(";").removeprefix("PRAGMA ").split(" = ")
        for (line,) in connection.execute("PRAGMA cipher_settings")
    )
    connection.close()
    assert settings["kdf_iter"] == str(encryption.KDF_ITERATIONS)
    assert settings["cipher_kdf_algorithm"] == "PBKDF2_HMAC_SHA512"

    key = Key(PASSPHRASE)
    salt = encryption.read_salt(path)
    expected = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32).hex()
    assert key.raw(salt) == f"x'{expected}'"
    opened = encryption.connect(path, key)  # the raw key opens what the passphrase made
    assert opened.execute("SELECT x FROM t").fetchall() == [("hello",)]
    opened.close()


def test_the_passphrase_is_compared_in_one_unicode_form():
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    assert Key(composed).raw(b"s" * 16) == Key(decomposed).raw(b"s" * 16)


def test_the_passphrase_never_shows_in_a_repr():
    assert PASSPHRASE not in repr(Key(PASSPHRASE, "prompt"))


# -- encrypt, use, decrypt -----------------------------------------------------------------------


def test_encrypt_use_and_decrypt_keep_every_record(
    steady, encrypted, db_path, isolated_home, with_passphrase
):
    assert plain_text_found(isolated_home) == []
    assert everything(steady) == encrypted
    assert db_path.stat().st_mode & 0o777 == 0o600

    # Used as ever: a new activation, a review, an import of what was already there.
    assert steady("notice throat tight -i 4").exit_code == 0
    assert steady("settle").exit_code == 0
    assert steady("review --json").exit_code == 0
    assert plain_text_found(isolated_home) == []
    grown = everything(steady)
    assert len(grown["activations"]) == len(encrypted["activations"]) + 1

    result = steady("decrypt")
    assert result.exit_code == 0, result.stderr
    assert "plain SQLite file again" in result.stdout
    assert not encryption.is_encrypted(db_path)
    with_passphrase(None)
    assert everything(steady) == grown  # no passphrase needed any more


def test_the_encrypted_journal_opens_in_sqlcipher_with_the_passphrase(encrypted, db_path):
    connection = encryption.sqlcipher().connect(str(db_path))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    notes = [text for (text,) in connection.execute("SELECT text FROM note")]
    connection.close()
    assert SECRET in notes


def test_encrypting_says_what_was_checked_and_what_stays_plain(steady, filled, with_passphrase):
    with_passphrase()
    result = steady("encrypt")
    assert result.exit_code == 0
    assert "Your journal is now encrypted. All " in result.stdout
    assert "records were checked one by one against the original" in result.stdout
    assert "Keep the passphrase somewhere safe" in result.stdout
    assert "Exports are still plain files" in result.stdout


def test_a_new_journal_can_be_encrypted_before_its_first_word(steady, db_path, with_passphrase):
    with_passphrase()
    result = steady("encrypt")
    assert result.exit_code == 0, result.stderr
    assert "It holds no records yet." in result.stdout
    assert encryption.is_encrypted(db_path)
    assert steady(["note", "first words"]).exit_code == 0
    assert steady("notes --json").json()[0]["text"] == "first words"


def test_backups_beside_the_journal_are_encrypted_and_decrypted_with_it(
    steady, filled, db_path, isolated_home, with_passphrase
):
    backups = isolated_home / "backups"
    backups.mkdir(mode=0o700)
    copy = backups / "steady-v1-20261101T080000Z.db"
    copy.write_bytes(db_path.read_bytes())
    copy.chmod(0o600)
    with_passphrase()
    result = steady("encrypt")
    assert result.exit_code == 0, result.stderr
    assert "1 backup copy" in result.stdout
    assert encryption.is_encrypted(copy)
    assert plain_text_found(isolated_home) == []

    assert steady("decrypt").exit_code == 0
    assert not encryption.is_encrypted(copy)
    assert SECRET.encode() in copy.read_bytes()


def test_import_into_an_encrypted_journal(steady, encrypted, tmp_path):
    more = load_generator().Generator(14, NOW, 99).document()
    source = tmp_path / "more.json"
    source.write_text(json.dumps(more), encoding="utf-8")
    result = steady(["import", str(source)])
    assert result.exit_code == 0, result.stderr
    after = everything(steady)
    assert len(after["activations"]) == len(encrypted["activations"]) + len(more["activations"])


def test_paths_status_and_exports_say_the_journal_is_encrypted(
    steady, encrypted, tmp_path, with_passphrase
):
    assert steady("paths --json").json()["database_encrypted"] is True
    assert "yes (SQLCipher, AES-256)" in steady("paths").stdout
    assert "The journal is encrypted." in steady("").stdout
    result = steady(["export", "--format", "md", "-o", str(tmp_path / "for-therapy.md")])
    assert result.exit_code == 0
    assert "not encrypted, unlike your journal" in result.stderr
    assert (tmp_path / "for-therapy.md").stat().st_mode & 0o777 == 0o600


def test_paths_without_a_passphrase_still_tells_it_is_encrypted(steady, encrypted, with_passphrase):
    with_passphrase(None)
    result = steady("paths --json")
    assert result.exit_code == 0
    assert result.json()["database_encrypted"] is True


def test_a_plain_journal_shows_as_not_encrypted(steady, filled):
    assert steady("paths --json").json()["database_encrypted"] is False
    assert "The journal is encrypted." not in steady("").stdout


# -- the passphrase ------------------------------------------------------------------------------


def test_a_new_passphrase_replaces_the_old_one(steady, encrypted, monkeypatch, with_passphrase):
    monkeypatch.setenv("STEADY_NEW_PASSPHRASE", "a different harbour at dawn")
    result = steady("passphrase")
    assert result.exit_code == 0, result.stderr
    assert "The passphrase is changed." in result.stdout
    result = steady("log")
    assert result.exit_code == 1
    assert "Wrong passphrase" in result.stderr
    with_passphrase("a different harbour at dawn")
    assert everything(steady) == encrypted


def test_the_same_passphrase_again_is_refused(steady, encrypted, monkeypatch, isolated_home):
    monkeypatch.setenv("STEADY_NEW_PASSPHRASE", PASSPHRASE)
    before = files(isolated_home)
    result = steady("passphrase")
    assert result.exit_code == 2
    assert "already" in result.stderr or "has now" in result.stderr
    assert files(isolated_home) == before


def test_in_a_terminal_the_passphrase_is_asked_for_and_hidden(steady, encrypted, with_passphrase):
    with_passphrase(None)
    result = steady("log --json", input=f"not it\n{PASSPHRASE}\n", tty=True)
    assert result.exit_code == 0, result.stderr
    assert "does not open it" in result.stderr
    assert "Passphrase" in result.stderr  # the prompt goes to stderr: stdout stays JSON
    assert PASSPHRASE not in result.stdout + result.stderr  # never echoed
    assert isinstance(result.json(), list)


def test_encrypting_in_a_terminal_asks_twice(steady, filled, db_path, with_passphrase):
    with_passphrase(None)
    result = steady("encrypt", input=f"{PASSPHRASE}\n{PASSPHRASE}\n", tty=True)
    assert result.exit_code == 0, result.stderr
    assert "Once more, to be sure" in result.stderr
    with_passphrase()
    assert everything(steady) == filled


@pytest.mark.parametrize(
    ("passphrase", "says"),
    [("wrong horse", "Wrong passphrase"), (None, "a passphrase is needed")],
    ids=["wrong", "missing"],
)
@pytest.mark.parametrize(
    "args",
    [
        "log",
        "notice chest -i 5",
        ["note", "more words"],
        "review --json",
        "export --format csv",
        "decrypt",
        "passphrase",
        "",
    ],
)
def test_a_wrong_or_missing_passphrase_changes_nothing(
    steady, encrypted, isolated_home, with_passphrase, monkeypatch, passphrase, says, args
):
    with_passphrase(passphrase)
    monkeypatch.setenv("STEADY_NEW_PASSPHRASE", "another one entirely")
    before = files(isolated_home)
    result = steady(args)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert files(isolated_home) == before


def test_missing_passphrase_says_how_to_give_it(steady, encrypted, with_passphrase):
    with_passphrase(None)
    result = steady("log")
    assert "Set STEADY_PASSPHRASE, or run steady in a terminal" in result.stderr


def test_three_wrong_answers_in_a_terminal_change_nothing(
    steady, encrypted, isolated_home, with_passphrase
):
    with_passphrase(None)
    before = files(isolated_home)
    result = steady(["note", "a thought"], input="one\ntwo\nthree\n", tty=True)
    assert result.exit_code == 1
    assert "Wrong passphrase" in result.stderr
    assert files(isolated_home) == before


def test_encrypt_refusals_change_nothing(steady, filled, isolated_home, with_passphrase):
    before = files(isolated_home)
    with_passphrase(None)
    result = steady("encrypt")  # no passphrase and no terminal
    assert result.exit_code == 2
    assert "A new passphrase is needed" in result.stderr
    assert files(isolated_home) == before

    with_passphrase()
    assert steady("encrypt").exit_code == 0
    before = files(isolated_home)
    again = steady("encrypt")
    assert again.exit_code == 1
    assert "already encrypted" in again.stderr
    assert files(isolated_home) == before


def test_decrypt_and_passphrase_refuse_a_plain_journal(steady, filled, isolated_home):
    before = files(isolated_home)
    for command in ("decrypt", "passphrase"):
        result = steady(command)
        assert result.exit_code == 1
        assert "is not encrypted" in result.stderr
    assert files(isolated_home) == before


def test_without_the_sqlcipher_driver_encrypt_says_how_to_install_it(
    steady, filled, isolated_home, monkeypatch, with_passphrase
):
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)
    with_passphrase()
    before = files(isolated_home)
    result = steady("encrypt")
    assert result.exit_code == 1
    assert "pip install sqlcipher3" in result.stderr
    assert files(isolated_home) == before


def test_a_short_passphrase_is_allowed_with_a_gentle_word(steady, filled, with_passphrase):
    with_passphrase("tide")
    result = steady("encrypt")
    assert result.exit_code == 0
    assert "easier to guess" in result.stderr


def test_wipe_erases_an_encrypted_journal_in_its_own_folder_without_the_passphrase(
    steady, encrypted, isolated_home, with_passphrase
):
    with_passphrase(None)  # forgotten: starting over must still be possible
    result = steady("wipe --yes")
    assert result.exit_code == 0, result.stderr
    assert not (isolated_home / "steady.db").exists()


def test_wipe_of_an_encrypted_file_chosen_with_db_needs_it_to_open(
    steady, encrypted, db_path, tmp_path, with_passphrase
):
    elsewhere = tmp_path / "chosen.db"
    elsewhere.write_bytes(db_path.read_bytes())
    with_passphrase(None)
    result = steady(["--db", str(elsewhere), "wipe", "--yes"])
    assert result.exit_code == 1
    assert "a passphrase is needed" in result.stderr
    assert elsewhere.exists()
    with_passphrase()
    assert steady(["--db", str(elsewhere), "wipe", "--yes"]).exit_code == 0
    assert not elsewhere.exists()


# -- the keyring (optional) ----------------------------------------------------------------------


class FakeKeyring(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("keyring")
        self.store: dict[tuple[str, str], str] = {}

    def get_keyring(self) -> object:
        return object()

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.store[(service, user)] = value

    def delete_password(self, service: str, user: str) -> None:
        del self.store[(service, user)]


@pytest.fixture
def keyring(monkeypatch) -> FakeKeyring:
    fake = FakeKeyring()
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("Keyring", (), {})  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.setitem(sys.modules, "keyring.backends", types.ModuleType("keyring.backends"))
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    return fake


def test_remember_keeps_the_passphrase_in_the_keyring_until_decrypt(
    steady, filled, db_path, keyring, with_passphrase, monkeypatch
):
    with_passphrase()
    result = steady("encrypt --remember")
    assert result.exit_code == 0, result.stderr
    assert "remembered in your system keyring" in result.stdout
    assert keyring.store == {("steady", str(db_path)): PASSPHRASE}

    with_passphrase(None)
    assert everything(steady) == filled  # opened from the keyring, nothing asked

    monkeypatch.setenv("STEADY_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("STEADY_NEW_PASSPHRASE", "kept up to date")
    assert steady("passphrase").exit_code == 0
    assert keyring.store == {("steady", str(db_path)): "kept up to date"}

    with_passphrase(None)
    assert steady("decrypt").exit_code == 0
    assert keyring.store == {}


def test_remember_without_the_keyring_package_changes_nothing(
    steady, filled, isolated_home, monkeypatch, with_passphrase
):
    monkeypatch.setitem(sys.modules, "keyring", None)
    with_passphrase()
    before = files(isolated_home)
    result = steady("encrypt --remember")
    assert result.exit_code == 1
    assert "pip install 'steady-journal[keyring]'" in result.stderr
    assert files(isolated_home) == before


def test_an_out_of_date_keyring_entry_is_said_plainly(
    steady, encrypted, db_path, keyring, with_passphrase
):
    keyring.store[("steady", str(db_path))] = "an old one"
    remembered.mark(db_path)  # as `--remember` leaves it
    with_passphrase(None)
    result = steady("log")
    assert result.exit_code == 1
    assert "keyring is out of date" in result.stderr


class WatchedKeyring(FakeKeyring):
    """A keyring that records every question, as a real one probes backends when asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def get_password(self, service: str, user: str) -> str | None:
        self.asked += 1
        return super().get_password(service, user)


def test_the_keyring_is_asked_only_for_a_journal_told_to_remember(
    steady, filled, db_path, monkeypatch, with_passphrase
):
    watched = WatchedKeyring()
    monkeypatch.setitem(sys.modules, "keyring", watched)
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("Keyring", (), {})  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring.backends", types.ModuleType("keyring.backends"))
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    with_passphrase()
    assert steady("encrypt").exit_code == 0
    assert everything(steady) == filled
    assert watched.asked == 0  # encrypted without --remember: the keyring is never asked
    assert not remembered.is_marked(db_path)

    monkeypatch.setenv("STEADY_NEW_PASSPHRASE", "another one")
    assert steady("passphrase --remember").exit_code == 0
    assert remembered.is_marked(db_path)
    with_passphrase(None)
    assert everything(steady) == filled  # opened from the keyring
    assert watched.asked >= 1

    result = steady("wipe --yes")
    assert result.exit_code == 0, result.stderr
    assert watched.store == {}  # the passphrase left with the journal
    assert not remembered.marker_path(db_path).exists()


# -- interrupted conversions ---------------------------------------------------------------------

# Encrypt in a process that kills itself (SIGKILL: no cleanup at all) at a chosen step.
KILL_DURING_CONVERSION = textwrap.dedent(
    """
    import os, signal, sys
    from steady import encryption
    from steady.cli import app

    step = sys.argv[1]
    original = getattr(encryption, step)
    def killed(*args, **kwargs):
        if step == "_zero":  # after the rename, before the old file is cleared
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(encryption, step, killed)
    app([sys.argv[2]], prog_name="steady")
    """
)


def _run_killed(home: Path, step: str, command: str) -> None:
    env = _env(home, PASSPHRASE)
    run = subprocess.run(
        [sys.executable, "-c", KILL_DURING_CONVERSION, step, command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr


@pytest.mark.parametrize(
    ("step", "finished"),
    [("_export", False), ("_verify", False), ("_zero", True)],
    ids=["after-the-copy", "after-the-check", "after-the-rename"],
)
def test_a_killed_encryption_leaves_a_usable_journal(
    steady, filled, db_path, isolated_home, with_passphrase, step, finished
):
    _run_killed(isolated_home, step, "encrypt")
    assert encryption.is_encrypted(db_path) is finished
    with_passphrase()
    assert everything(steady) == filled  # usable as it is, every record there
    assert encryption.leftovers(db_path) == []  # the half-made copy was cleared on opening
    if not finished:
        assert steady("encrypt").exit_code == 0  # and the conversion can simply be run again
    assert plain_text_found(isolated_home) == []
    assert everything(steady) == filled


@pytest.mark.parametrize("step", ["_export", "_verify"])
def test_a_killed_decryption_leaves_no_plain_copy_behind(
    steady, encrypted, db_path, isolated_home, with_passphrase, step
):
    _run_killed(isolated_home, step, "decrypt")
    assert encryption.is_encrypted(db_path)
    assert everything(steady) == encrypted
    assert plain_text_found(isolated_home) == []


def test_a_copy_that_differs_is_never_put_in_place(
    steady, filled, db_path, isolated_home, with_passphrase, monkeypatch
):
    original_export = encryption._export

    def export_then_tamper(
        path: Path, source: Any, salt: Any, tmp: Path, target: Any, *rest: Any
    ) -> None:
        original_export(path, source, salt, tmp, target, *rest)
        connection = encryption.connect(tmp, target)
        connection.execute("UPDATE note SET text = 'changed' WHERE id = 1")
        connection.close()

    monkeypatch.setattr(encryption, "_export", export_then_tamper)
    with_passphrase()
    before = files(isolated_home)
    result = steady("encrypt")
    assert result.exit_code == 1
    assert "differs from the journal in note" in result.stderr
    assert not encryption.is_encrypted(db_path)
    assert everything(steady) == filled
    assert encryption.leftovers(db_path) == []
    assert set(files(isolated_home)) - {".steady.db.checked"} == set(before)


def test_leftovers_of_a_live_conversion_are_left_alone(db_path, steady, filled):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        busy = db_path.with_name(f".{db_path.name}.{other.pid}{encryption.CONVERTING_SUFFIX}")
        busy.write_bytes(b"\x00" * 4096)
        assert steady("log").exit_code == 0
        assert busy.exists()
    finally:
        other.kill()
        other.wait()
    assert steady("log").exit_code == 0
    assert not busy.exists()


def test_the_driver_is_loaded_only_for_an_encrypted_journal(filled, isolated_home):
    probe = textwrap.dedent(
        """
        import sys
        from steady.cli import app
        try:
            app(["log"])
        except SystemExit:
            pass
        print("sqlcipher3" in sys.modules)
        """
    )
    env = _env(isolated_home)
    run = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.stdout.strip().splitlines()[-1] == "False", run.stderr


def test_an_encrypted_journal_is_upgraded_and_its_backup_stays_encrypted(
    tmp_path, monkeypatch, steady, with_passphrase
):
    from steady import db as db_module
    from steady.migrations import MIGRATIONS, Migration

    target = tmp_path / "v1.db"
    target.write_bytes((ROOT / "tests" / "fixtures" / "v1.db").read_bytes())
    encryption.encrypt(target, Key(PASSPHRASE))
    v2 = Migration(
        len(MIGRATIONS) + 1, "test: a new column", ("ALTER TABLE activation ADD COLUMN mood TEXT",)
    )
    monkeypatch.setattr(db_module, "MIGRATIONS", (*MIGRATIONS, v2))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    with_passphrase()

    result = steady(["--db", str(target), "log", "--json", "--limit", "100"])

    assert result.exit_code == 0, result.stderr
    assert "Upgraded your journal" in result.stderr
    assert len(result.json()) == 6
    key = Key(PASSPHRASE)
    assert encryption.read_identity(target, key) == (db_module.APPLICATION_ID, len(MIGRATIONS) + 1)
    (backup,) = (tmp_path / "backups").glob("v1-v1-*.db")
    assert encryption.is_encrypted(backup)
    assert encryption.read_identity(backup, key) == (db_module.APPLICATION_ID, 1)
    assert backup.stat().st_mode & 0o777 == 0o600
    assert plain_text_found(tmp_path) == []


def test_a_journal_in_use_elsewhere_is_not_converted(
    steady, filled, db_path, isolated_home, with_passphrase
):
    # Another terminal in the middle of reading (its own process: POSIX locks are per process).
    reader = textwrap.dedent(
        """
        import sqlite3, sys, time
        connection = sqlite3.connect(sys.argv[1])
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM note").fetchone()
        print("reading", flush=True)
        time.sleep(60)
        """
    )
    other = subprocess.Popen(
        [sys.executable, "-c", reader, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "reading"
        with_passphrase()
        before = files(isolated_home)
        result = steady("encrypt")
        assert result.exit_code == 1
        assert "open in another terminal" in result.stderr
        assert files(isolated_home) == before
    finally:
        other.kill()
        other.wait()
    assert steady("encrypt").exit_code == 0


WRITER = textwrap.dedent(
    """
    import pathlib, subprocess, sys
    stop = pathlib.Path(sys.argv[1])
    n, after_stop = 0, 0
    # Until told to stop, then once more: that last note is written after the conversion.
    while after_stop < 1:
        if stop.exists():
            after_stop += 1
        n += 1
        text = f"written while converting {n}"
        run = subprocess.run([sys.executable, "-m", "steady", "note", text], capture_output=True)
        said = run.stderr.decode().strip() if run.returncode else ""
        print(run.returncode, text, said, sep="|", flush=True)
    """
)


def test_a_note_written_during_the_conversion_is_kept_or_plainly_refused(
    filled, db_path, isolated_home, tmp_path
):
    # Driven by counts and a stop file, never by a time window: a loaded machine only
    # makes it slower.
    env = _env(isolated_home, PASSPHRASE)
    stop = tmp_path / "stop-writing"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(stop)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    lines: list[str] = [writer.stdout.readline()]  # the writer is under way
    collector = threading.Thread(target=lambda: lines.extend(writer.stdout or ()))
    collector.start()
    converted = False
    try:
        for _ in range(20):  # encrypt as soon as the journal is free for a moment
            run = subprocess.run(
                [sys.executable, "-m", "steady", "encrypt"], env=env, capture_output=True, text=True
            )
            if run.returncode == 0:
                converted = True
                break
            assert "open in another terminal" in run.stderr or "busy" in run.stderr, run.stderr
    finally:
        stop.touch()
        writer.wait()
        collector.join()
    assert converted
    out = "".join(lines)
    results = [line.split("|") for line in out.splitlines()]
    saved = [text for code, text, _ in results if code == "0"]
    assert saved, out
    assert results[-1][0] == "0", out  # the note written after the conversion is saved
    for code, _, said in results:  # one that waited on the old file says so, and to rerun
        assert code == "0" or said.endswith("nothing was saved. Run it again."), said
    listed = subprocess.run(
        [sys.executable, "-m", "steady", "notes", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    kept = {note["text"] for note in json.loads(listed.stdout)}
    assert set(saved) <= kept, "a note reported as saved was lost"


# Any text at all, NUL and lone-surrogate-free as SQLite's UTF-8 requires, plus passphrases
# with quotes, which the SQL that attaches the new file must carry intact.
STORED_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=200
).filter(lambda t: t.strip())
PASSPHRASES = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip())


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(STORED_TEXT, min_size=1, max_size=3), passphrase=PASSPHRASES)
def test_any_text_comes_back_exactly_after_encrypting_and_decrypting(
    tmp_path_factory, texts, passphrase
):
    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal
    from tests.conftest import TZ

    path = tmp_path_factory.mktemp("round-trip") / "steady.db"
    settings_file = path.parent / "config.toml"

    def notes(key: Key | None) -> list[str]:
        database = open_database(path, now=NOW, unlock=(lambda _: key) if key else None)
        with open_journal(database, now=NOW, tz=TZ, config=config.Config({}, settings_file)) as j:
            return sorted(n.text for n in j.notes())

    database = open_database(path, now=NOW)
    with open_journal(database, now=NOW, tz=TZ, config=config.Config({}, settings_file)) as j:
        for text in texts:
            j.note(text)
    expected = notes(None)
    key = Key(passphrase)
    encryption.encrypt(path, key)
    assert encryption.is_encrypted(path)
    assert notes(Key(passphrase)) == expected
    encryption.change_passphrase(path, key, Key(passphrase + "'2"))
    encryption.decrypt(path, Key(passphrase + "'2"))
    assert notes(None) == expected


def test_a_backup_that_cannot_be_converted_is_named_and_left_alone(
    steady, filled, db_path, isolated_home, with_passphrase
):
    backups = isolated_home / "backups"
    backups.mkdir(mode=0o700)
    broken = backups / "steady-v1-20261101T080000Z.db"
    broken.write_text("not a journal at all\n")
    with_passphrase()
    result = steady("encrypt")
    assert result.exit_code == 0, result.stderr
    assert encryption.is_encrypted(db_path)
    said = " ".join(result.stdout.split())
    assert f"The backup copy {broken} could not be converted" in said
    assert "still a plain file" in result.stdout
    assert broken.read_text() == "not a journal at all\n"
    assert everything(steady) == filled


def test_an_empty_answer_or_a_mismatch_is_asked_again_gently(steady, filled, with_passphrase):
    with_passphrase(None)
    answers = ["", "first try here", "not the same", PASSPHRASE, PASSPHRASE]
    result = steady("encrypt", input="\n".join(answers) + "\n", tty=True)
    assert result.exit_code == 0, result.stderr
    assert "An empty passphrase would not protect anything" in result.stderr
    assert "Those two did not match" in result.stderr
    assert "Error" not in result.stderr
    with_passphrase(None)
    opened = steady("log --json", input=f"\n{PASSPHRASE}\n", tty=True)
    assert opened.exit_code == 0, opened.stderr
    assert "Nothing was typed" in opened.stderr


def test_changing_the_passphrase_asks_for_the_current_one_by_that_name(
    steady, encrypted, with_passphrase
):
    with_passphrase(None)
    new = "a brand new harbour"
    result = steady("passphrase", input=f"{PASSPHRASE}\n{new}\n{new}\n", tty=True)
    assert result.exit_code == 0, result.stderr
    assert "Current passphrase" in result.stderr
    with_passphrase(new)
    assert everything(steady) == encrypted


def test_the_question_goes_through_the_terminal_itself_when_output_is_piped(
    encrypted, db_path, monkeypatch
):
    from steady.cli import encryption as cli_encryption

    monkeypatch.delenv("STEADY_PASSPHRASE")
    monkeypatch.delenv("STEADY_INTERACTIVE")
    monkeypatch.setattr(cli_encryption, "can_ask", lambda: True)
    asked = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("getpass.getpass", getpass)
    key = cli_encryption.unlock(db_path)
    assert key.passphrase == PASSPHRASE
    assert asked == ["Passphrase: "]


@pytest.mark.parametrize(("opens", "expected"), [(True, True), (False, False)])
def test_a_terminal_is_found_even_when_stdin_is_not_one(monkeypatch, opens, expected):
    from steady.cli import encryption as cli_encryption

    monkeypatch.delenv("STEADY_INTERACTIVE")
    real_open = os.open

    def fake_open(path: Any, *args: Any) -> int:
        if str(path) == "/dev/tty":
            if not opens:
                raise OSError("no controlling terminal")
            return real_open(os.devnull, os.O_RDONLY)
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert cli_encryption.can_ask() is expected
    monkeypatch.setenv("STEADY_INTERACTIVE", "0")
    assert cli_encryption.can_ask() is False


@pytest.mark.parametrize(
    ("step", "says", "finished"),
    [
        ("_verify", "Stopped before anything was changed.", False),
        ("_zero", "Stopped, but the journal itself had already been converted.", True),
    ],
)
def test_ctrl_c_during_a_conversion_says_what_state_it_left(
    steady, filled, db_path, isolated_home, with_passphrase, monkeypatch, step, says, finished
):
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(encryption, step, interrupted)
    with_passphrase()
    result = steady("encrypt")
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1] == says
    assert encryption.is_encrypted(db_path) is finished
    assert encryption.leftovers(db_path) == []
    assert everything(steady) == filled


# -- a conversion is one operation, whatever stops it ----------------------------------------------

# Run a conversion in its own process, stopped by `how` (a signal's name) when it reaches its
# `stop_at`-th step: deterministic, whatever the machine's speed.
STOP_AT_STEP = textwrap.dedent(
    """
    import os, signal, sys
    from steady import encryption
    from steady.cli import main

    stop_at, how, command = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    seen = []
    def reached(step):
        seen.append(step)
        if len(seen) == stop_at:
            os.kill(os.getpid(), getattr(signal, how))
    encryption._reached = reached
    sys.argv = ["steady", command]
    main()
    """
)


def _stopped_at(home: Path, step: int, how: str, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", STOP_AT_STEP, str(step), how, command],
        env=_env(home, PASSPHRASE),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _steps(steady: Callable[..., Any], command: str) -> list[str]:
    """Every step the conversion passes, counted on a run that is not stopped."""
    seen: list[str] = []
    original = encryption._reached
    encryption._reached = seen.append  # type: ignore[assignment]
    try:
        result = steady(command)
    finally:
        encryption._reached = original
    assert result.exit_code == 0, result.stderr
    return seen


def _with_a_backup(db_path: Path) -> Path:
    backups = db_path.parent / "backups"
    backups.mkdir(mode=0o700, exist_ok=True)
    copy = backups / "steady-v1-20261101T080000Z.db"
    copy.write_bytes(db_path.read_bytes())
    copy.chmod(0o600)
    return copy


def _in_wal_mode(path: Path) -> bool:
    if not encryption.is_encrypted(path):
        return path.read_bytes()[18] == 2
    return encryption.read_state(path, Key(PASSPHRASE))[2] == "wal"


def _assert_one_operation(db_path: Path, home: Path, copy: Path, step: str = "") -> None:
    """What any stop must leave: no half-made file, the journal and its copy in one state,
    and not a word in the clear while the journal is encrypted."""
    assert encryption.leftovers(db_path) == [], step
    assert encryption.is_encrypted(copy) == encryption.is_encrypted(db_path), step
    if encryption.is_encrypted(db_path):
        assert plain_text_found(home) == [], step


@pytest.mark.parametrize("command", ["encrypt", "decrypt"])
def test_a_conversion_killed_at_any_step_is_finished_or_undone_on_the_next_open(
    steady, templates, db_path, isolated_home, with_passphrase, command
):
    template = templates["plain" if command == "encrypt" else "encrypted"]
    _place(template, db_path)
    _with_a_backup(db_path)
    with_passphrase()
    steps = _steps(steady, command)
    assert {"recorded", "copied", "checked", "committing", "replaced", "zeroed", "done"} <= set(
        steps
    )
    expected = templates["content"]
    for number, step in enumerate(steps, start=1):
        _place(template, db_path)
        copy = _with_a_backup(db_path)
        run = _stopped_at(isolated_home, number, "SIGKILL", command)
        assert run.returncode == -signal.SIGKILL, (step, run.stderr)
        with_passphrase()
        opened = steady("log --json")  # the one reopen
        assert opened.exit_code == 0, (step, opened.stderr)
        _assert_one_operation(db_path, isolated_home, copy, f"{number} {step}")
        assert _in_wal_mode(db_path), step
        assert everything(steady) == expected, step
        wiped = steady("wipe --yes")
        assert wiped.exit_code == 0, (step, wiped.stderr)
        assert list(isolated_home.rglob("*")) == [], step


@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("at", ["copied", "committing", "replaced"])
def test_a_closed_terminal_or_sigterm_stops_a_conversion_as_ctrl_c_does(
    steady, templates, db_path, isolated_home, with_passphrase, how, at
):
    _place(templates["plain"], db_path)
    _with_a_backup(db_path)
    with_passphrase()
    steps = _steps(steady, "encrypt")
    _place(templates["plain"], db_path)
    copy = _with_a_backup(db_path)
    run = _stopped_at(isolated_home, steps.index(at) + 1, how, "encrypt")
    assert run.returncode == 130, run.stderr
    said = run.stderr.strip().splitlines()[-1]
    finished = at != "copied"
    assert said == (
        "Stopped, but the journal itself had already been converted."
        if finished
        else "Stopped before anything was changed."
    )
    _assert_one_operation(db_path, isolated_home, copy)  # at once, before any reopen
    assert encryption.is_encrypted(db_path) is finished
    assert _in_wal_mode(db_path)
    assert everything(steady) == templates["content"]


def test_wipe_erases_every_file_steady_made_and_says_what_it_could_not(
    steady, filled, db_path, isolated_home, monkeypatch
):
    copy = _with_a_backup(db_path)
    left = [
        db_path.with_name(f".{db_path.name}.999999999.converting"),
        db_path.with_name(f".{db_path.name}.999999999.converting-journal"),
        copy.with_name(f".{copy.name}.999999999.converting"),
        encryption.marker_path(db_path),
        db_path.with_name(f".{db_path.name}.999999999.new"),
    ]
    for file in left:
        file.write_bytes(SECRET.encode())
    assert steady(["config", "set", "partner_name", "Sam"]).exit_code == 0
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == copy.parent:  # a folder steady may not change (even as root)
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    result = steady("wipe --yes")
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert result.exit_code == 1
    said = " ".join(result.stdout.split())
    assert f"Could not erase {copy}" in said
    assert "could not be erased" in result.stderr
    assert sorted(p for p in isolated_home.rglob("*") if p.is_file()) == sorted([copy, left[2]])
    result = steady("wipe --yes")
    assert result.exit_code == 0, result.stderr
    assert list(isolated_home.rglob("*")) == []
