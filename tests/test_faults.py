"""Faults: a process killed mid-write, a full disk, a read-only journal, a missing folder.

Refusals of damaged, foreign, empty and newer files, and a migration that fails, are in
tests/test_storage.py; this file adds what needs a killed process or a failing disk.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from steady import db as db_module
from steady.db import read_header
from tests.conftest import NOW, snapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
MOMENT = "2020-01-01T08:00:00+00:00"


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(STEADY_HOME=str(home), STEADY_INTERACTIVE="0", TZ="Europe/Berlin", NO_COLOR="1")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env.pop("STEADY_DB", None)
    return env


def _query(db: Path, sql: str) -> Any:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def _counts(db: Path) -> dict[str, int]:
    tables = ("activation", "reading", "note", "anchor", "checkin", "message")
    return {t: _query(db, f"SELECT count(*) FROM {t}") for t in tables}


def big_export(activations: int) -> dict[str, Any]:
    """A valid steady.export/1 document: many settled activations, each with a note."""

    def new() -> str:
        return str(uuid.uuid4())

    records = []
    notes = []
    for n in range(activations):
        record = {
            "uuid": new(),
            "started_at": MOMENT,
            "settled_at": MOMENT,
            "closed_at": None,
            "settled_intensity": 2,
            "context": f"context {n} " + "x" * 200,
            "story": f"story {n}",
            "created_at": MOMENT,
            "updated_at": MOMENT,
            "readings": [
                {
                    "uuid": new(),
                    "occurred_at": MOMENT,
                    "location": "chest",
                    "sensation": "tight",
                    "intensity": k,
                    "created_at": MOMENT,
                }
                for k in range(3)
            ],
            "feelings": [],
            "urges": [],
            "helped": [],
        }
        records.append(record)
        notes.append(
            {
                "uuid": new(),
                "text": f"note {n}",
                "therapy": False,
                "occurred_at": MOMENT,
                "created_at": MOMENT,
                "activation_uuid": record["uuid"],
            }
        )
    return {
        "schema": "steady.export/1",
        "exported_at": MOMENT,
        "app_version": "0.1.0",
        "range": None,
        "activations": records,
        "anchors": [],
        "checkins": [],
        "messages": [],
        "notes": notes,
        "config": {},
    }


# -- killed in the middle of a large import ---------------------------------------------------

SIZE = 4000

# Import in a process that kills itself (SIGKILL: no cleanup at all) once the rows of
# the first tables are written, well inside the import's one transaction.
KILL_INSIDE_IMPORT = textwrap.dedent(
    """
    import os, signal, sys
    from steady import importer
    from steady.cli import app

    original = importer._insert
    def insert(*args):  # (..., session, name, rows)
        original(*args)
        session, name = args[-3], args[-2]
        session.flush()
        if name == "note":
            os.kill(os.getpid(), signal.SIGKILL)
    importer._insert = insert
    app(["import", sys.argv[1]], prog_name="steady")
    """
)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps(big_export(SIZE)))
    return path


def _journal_with_a_record(home: Path) -> Path:
    env = _env(home)
    run = subprocess.run(
        [sys.executable, "-m", "steady", "note", "already here"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    return home / "steady.db"


def _all_or_nothing(db: Path, before: dict[str, int]) -> str:
    assert _query(db, "PRAGMA integrity_check") == "ok"
    after = _counts(db)
    if after == before:
        return "nothing"
    expected = {**before, "activation": SIZE, "reading": 3 * SIZE, "note": before["note"] + SIZE}
    assert after == expected, "a killed import left part of the file behind"
    return "all"


def test_a_process_killed_inside_the_import_transaction_leaves_nothing(tmp_path, big_file):
    home = tmp_path / "home"
    db = _journal_with_a_record(home)
    before = _counts(db)
    run = subprocess.run(
        [sys.executable, "-c", KILL_INSIDE_IMPORT, str(big_file)],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert _all_or_nothing(db, before) == "nothing"
    # The journal still works, and the same import then goes through whole.
    again = subprocess.run(
        [sys.executable, "-m", "steady", "import", str(big_file)],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert _all_or_nothing(db, before) == "all"


@pytest.mark.parametrize("delay", [1.0, 2.2])
def test_an_import_killed_at_any_moment_is_all_or_nothing(tmp_path, big_file, delay):
    home = tmp_path / "home"
    db = _journal_with_a_record(home)
    before = _counts(db)
    process = subprocess.Popen(
        [sys.executable, "-m", "steady", "import", str(big_file)],
        env=_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    _all_or_nothing(db, before)


# -- killed in the middle of a migration ------------------------------------------------------

# Open the v1 journal with one more, slow migration registered: it adds a column, then
# spends seconds filling a table. The process says when the migration has begun.
SLOW_MIGRATION = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from steady import db
    from steady.migrations import MIGRATIONS, Migration

    slow = Migration(len(MIGRATIONS) + 1, "test: slow", (
        "ALTER TABLE activation ADD COLUMN mood TEXT",
        "CREATE TABLE filler (n INTEGER)",
        "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 50000000) "
        "INSERT INTO filler SELECT n FROM c",
    ))
    db.MIGRATIONS, db.SCHEMA_VERSION = (*MIGRATIONS, slow), slow.version
    original = db._apply_migrations
    def announced(connection, *, from_version):
        print("migrating", flush=True)
        original(connection, from_version=from_version)
    db._apply_migrations = announced
    db.open_database(Path(sys.argv[1]), now=datetime.now(UTC))
    print("done", flush=True)
    """
)


def test_a_process_killed_during_a_migration_leaves_the_old_journal_and_a_backup(tmp_path, steady):
    target = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "v1.db", target)
    expected = json.loads((FIXTURES / "v1-expected.json").read_text())
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_MIGRATION, str(target)],
        env=_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "migrating"
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the migration ended before it was killed"

    backups = list((tmp_path / "backups").glob("v1-v1-*.db"))
    assert len(backups) == 1, "the backup is made before migrating"
    assert read_header(backups[0]).user_version == 1
    assert _query(target, "PRAGMA integrity_check") == "ok"
    assert read_header(target).user_version == 1, "the killed migration was rolled back"
    columns = sqlite3.connect(target).execute("PRAGMA table_info(activation)").fetchall()
    assert "mood" not in {c[1] for c in columns}
    for table, uuids in expected.items():
        connection = sqlite3.connect(target)
        found = sorted(r[0] for r in connection.execute(f"SELECT uuid FROM {table}"))
        connection.close()
        assert found == uuids, table
    # This steady (no extra migration) opens it as before, every record there.
    result = steady(["--db", str(target), "log", "--json", "--limit", "100"])
    assert result.exit_code == 0, result.stderr
    assert len(result.json()) == len(expected["activation"])


# -- a full disk, a read-only journal, a missing folder -----------------------------------------


def _limit_engine(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Every connection steady opens runs `pragma` first (simulating a disk condition)."""
    from sqlalchemy import event

    make = db_module.make_engine

    def limited(path: Path, key: Any = None) -> Any:
        engine = make(path, key)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(pragma)

        return engine

    monkeypatch.setattr(db_module, "make_engine", limited)


def test_a_full_disk_gives_one_line_and_changes_nothing(steady, db_path, monkeypatch):
    assert steady("note 'a first note'").exit_code == 0
    pages = _query(db_path, "PRAGMA page_count")
    # SQLite itself reports SQLITE_FULL ("database or disk is full") past max_page_count.
    _limit_engine(monkeypatch, f"PRAGMA max_page_count = {pages}")
    before = snapshot(db_path)
    result = steady(["note", "y" * 19_000])
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stderr.strip() == "The disk is full, so nothing was changed. Free some space."
    assert snapshot(db_path) == before


def test_a_full_disk_under_an_encrypted_journal_gives_the_same_line(steady, db_path, monkeypatch):
    monkeypatch.setenv("STEADY_PASSPHRASE", "a long enough passphrase")
    assert steady("note 'a first note'").exit_code == 0
    assert steady("encrypt").exit_code == 0
    _limit_engine(monkeypatch, "PRAGMA max_page_count = 1")  # nothing more fits
    before = db_path.read_bytes()
    result = steady(["note", "y" * 19_000])
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stderr.strip() == "The disk is full, so nothing was changed. Free some space."
    assert db_path.read_bytes() == before


def test_a_read_only_journal_gives_one_line_and_changes_nothing(steady, db_path, monkeypatch):
    assert steady("note 'a first note'").exit_code == 0
    # query_only makes SQLite refuse writes as SQLITE_READONLY, as a read-only file does.
    _limit_engine(monkeypatch, "PRAGMA query_only = ON")
    before = snapshot(db_path)
    result = steady("note 'a second note'")
    assert result.exit_code == 1
    assert "is read-only, so nothing was changed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_path) == before


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root ignores file permissions; the query_only test above covers the message",
)
def test_a_journal_file_with_mode_0400_is_refused_unchanged(steady, db_path):
    assert steady("note 'a first note'").exit_code == 0
    before = snapshot(db_path)
    db_path.chmod(0o400)
    try:
        result = steady("note 'a second note'")
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        db_path.chmod(0o600)
    assert snapshot(db_path) == before


def test_a_missing_folder_is_made_private(tmp_path, steady):
    target = tmp_path / "not" / "yet" / "there" / "journal.db"
    result = steady(["--db", str(target), "note", "in a new place"])
    assert result.exit_code == 0, result.stderr
    assert target.exists()
    for folder in (tmp_path / "not", tmp_path / "not" / "yet", target.parent):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_backup_time_is_in_the_backup_name(tmp_path, monkeypatch):
    """A backup is named after the journal, its version and the moment (UTC)."""
    from steady.migrations import MIGRATIONS, Migration

    v2 = Migration(len(MIGRATIONS) + 1, "test", ("ALTER TABLE activation ADD COLUMN mood TEXT",))
    monkeypatch.setattr(db_module, "MIGRATIONS", (*MIGRATIONS, v2))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    target = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "v1.db", target)
    opened = db_module.open_database(target, now=NOW)
    assert opened.backup == tmp_path / "backups" / "v1-v1-20261127T213000Z.db"
    assert opened.migrated_from == 1
