"""The journal file: creation, modes, refusals that touch nothing, migrations."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

import steady.models  # noqa: F401 - registers the tables
from steady import db as db_module
from steady import tables
from steady.db import APPLICATION_ID, SCHEMA_VERSION, open_database, read_header
from steady.errors import StorageError
from steady.migrations import MIGRATIONS, Migration
from tests.conftest import NOW

FIXTURES = Path(__file__).parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_journal_is_private_wal_and_current(steady, db_path):
    assert steady("notice chest tight -i 4").exit_code == 0
    assert mode(db_path) == 0o600
    assert mode(db_path.parent) == 0o700
    header = read_header(db_path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        connection.execute("BEGIN IMMEDIATE")  # holding a write lock keeps the WAL around
        connection.execute("UPDATE activation SET context = 'x'")
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            assert side.exists() and mode(side) == 0o600
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    hidden = {p.name for p in db_path.parent.glob(".steady.db.*")}
    assert hidden <= {".steady.db.checked"}, "no half-made files are left"
    assert mode(db_path.with_name(".steady.db.checked")) == 0o600


def test_an_existing_home_directory_is_tightened(isolated_home, steady):
    isolated_home.mkdir(mode=0o755)
    isolated_home.chmod(0o755)
    assert steady("log").exit_code == 0
    assert mode(isolated_home) == 0o700


def test_a_db_chosen_in_a_shared_folder_leaves_that_folder_alone(tmp_path, steady):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    target = shared / "mine.db"
    assert steady(["--db", str(target), "notice", "chest", "-i", "3"]).exit_code == 0
    assert mode(shared) == 0o755
    assert mode(target) == 0o600


def test_the_schema_matches_the_models(journal, db_path):
    with journal():
        pass
    connection = sqlite3.connect(db_path)
    try:
        for table in SQLModel.metadata.sorted_tables:
            on_disk = {row[1] for row in connection.execute(f"PRAGMA table_info({table.name})")}
            assert on_disk == {column.name for column in table.columns}, table.name
    finally:
        connection.close()


def _kind(column_type: Any) -> object:
    """How a column's values are stored and read back."""
    if isinstance(column_type, tables.UTCDateTime):
        return tables.UTCDateTime
    return column_type._type_affinity


def test_the_core_tables_match_the_models():
    """steady.tables (the columns `notice` and `review` use) declares what the models do."""
    models = {table.name: table for table in SQLModel.metadata.sorted_tables}
    assert {table.name for table in tables.TABLES} == set(models)
    for core in tables.TABLES:
        model = models[core.name]
        assert [c.name for c in core.columns] == [c.name for c in model.columns], core.name
        for column in core.columns:
            declared = model.columns[column.name].type
            assert _kind(column.type) == _kind(declared), (core.name, column.name)
    children = {t.name for t in tables.TABLES if "activation_id" in t.columns}
    assert {t.name for t in tables.CHILDREN} == children


def test_only_one_activation_can_be_open_even_bypassing_the_journal(journal, db_path):
    with journal() as j:
        j.notice(intensity=5, location="chest")
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO activation (uuid, created_at, started_at, updated_at) "
                "VALUES ('x', 'a', 'b', 'c')"
            )
    finally:
        connection.close()


# -- refusals that must leave the file byte-for-byte untouched ---------------------------------


def _sqlite_file(path: Path, *, application_id: int = 0, user_version: int = 0) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE other (x)")
    connection.execute("INSERT INTO other VALUES (1)")
    connection.execute(f"PRAGMA application_id = {application_id}")
    connection.execute(f"PRAGMA user_version = {user_version}")
    connection.commit()
    connection.close()
    return path


def _newer_journal(path: Path) -> Path:
    open_database(path, now=NOW)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    return path


def _damaged_journal(path: Path) -> Path:
    shutil.copy(FIXTURES / "v1.db", path)
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)  # scribble over several pages
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_text("dear diary\n") and p, "not a steady journal"),
        (lambda p: p.write_bytes(b"") or p, "is empty"),
        (lambda p: _sqlite_file(p), "not a steady journal"),
        (lambda p: _newer_journal(p), "newer steady"),
        (lambda p: _damaged_journal(p), "damaged"),
    ],
    ids=["text-file", "empty-file", "foreign-sqlite", "newer-version", "damaged"],
)
def test_a_file_that_cannot_be_used_is_refused_and_left_untouched(tmp_path, steady, make, says):
    target = tmp_path / "journal.db"
    make(target)
    before = target.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    for args in (["log"], ["notice", "chest", "-i", "5"], []):
        result = steady(["--db", str(target), *args])
        assert result.exit_code == 1, (args, result.stdout, result.stderr)
        assert says in result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_a_folder_given_as_the_journal_is_refused(tmp_path, steady):
    result = steady(["--db", str(tmp_path), "log"])
    assert result.exit_code == 1
    assert "folder" in result.stderr


def test_a_journal_path_that_cannot_be_created_gives_one_clear_line(tmp_path, steady):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = steady(["--db", str(blocker / "journal.db"), "notice", "chest", "-i", "2"])
    assert result.exit_code == 1
    assert "Cannot create the journal" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert blocker.read_text() == "not a folder"


# -- migrations ----------------------------------------------------------------------------------


def _uuids(path: Path) -> dict[str, list[str]]:
    expected = json.loads((FIXTURES / "v1-expected.json").read_text())
    connection = sqlite3.connect(path)
    try:
        return {
            table: sorted(r[0] for r in connection.execute(f"SELECT uuid FROM {table}"))
            for table in expected
        }
    finally:
        connection.close()


def test_the_v1_fixture_opens_with_every_record(tmp_path, steady):
    target = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "v1.db", target)
    assert read_header(target).user_version == 1
    result = steady(["--db", str(target), "log", "--json", "--limit", "100"])
    assert result.exit_code == 0, result.stderr
    assert len(result.json()) == 6
    expected = json.loads((FIXTURES / "v1-expected.json").read_text())
    assert _uuids(target) == expected


def test_a_later_migration_upgrades_v1_keeping_every_record(tmp_path, monkeypatch, steady):
    """Simulate the next version: one more migration, run on the committed v1 journal."""
    v2 = Migration(
        len(MIGRATIONS) + 1, "test: a new column", ("ALTER TABLE activation ADD COLUMN mood TEXT",)
    )
    monkeypatch.setattr(db_module, "MIGRATIONS", (*MIGRATIONS, v2))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    target = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "v1.db", target)

    result = steady(["--db", str(target), "log", "--json", "--limit", "100"])

    assert result.exit_code == 0, result.stderr
    assert "Upgraded your journal" in result.stderr
    assert read_header(target).user_version == len(MIGRATIONS) + 1
    expected = json.loads((FIXTURES / "v1-expected.json").read_text())
    assert _uuids(target) == expected
    backups = list((tmp_path / "backups").glob("v1-v1-*.db"))
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600
    assert read_header(backups[0]).user_version == 1
    assert _uuids(backups[0]) == expected
    second = steady(["--db", str(target), "log"])
    assert "Upgraded" not in second.stderr, "a migration runs once"


def test_a_failing_migration_leaves_the_journal_as_it_was(tmp_path, monkeypatch):
    broken = Migration(
        len(MIGRATIONS) + 1,
        "test: fails half-way",
        ("ALTER TABLE activation ADD COLUMN mood TEXT", "THIS IS NOT SQL"),
    )
    monkeypatch.setattr(db_module, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    target = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "v1.db", target)
    with pytest.raises(StorageError, match="left as it was"):
        open_database(target, now=NOW + timedelta(days=1))
    assert read_header(target).user_version == 1
    connection = sqlite3.connect(target)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(activation)")}
    connection.close()
    assert "mood" not in columns
