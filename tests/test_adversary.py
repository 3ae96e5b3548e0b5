"""The adversary's findings (issue 19): nothing written into damage, nothing half-replaced,
every value bounded the same way wherever it comes from."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from steady import db as db_module
from steady.store import last_check
from tests.conftest import NOW

PAGE = 4096


def _filled(steady) -> None:
    for number in range(60):
        assert steady(["note", f"an evening of many words, number {number} " * 20]).exit_code == 0


def _scribble(path: Path, *, keep_time: bool = False) -> None:
    """Overwrite pages in the middle of the journal, leaving its header intact."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    assert len(data) > PAGE * 8
    data[PAGE * 3 : PAGE * 6] = b"\xa5" * (PAGE * 3)
    path.write_bytes(bytes(data))
    if keep_time:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.fixture
def checks(monkeypatch) -> list[Path]:
    """Every structure check run, by journal."""
    seen: list[Path] = []
    real = db_module._check_intact

    def counted(path: Path, key) -> None:
        seen.append(path)
        real(path, key)

    monkeypatch.setattr(db_module, "_check_intact", counted)
    return seen


@pytest.mark.parametrize(
    "args",
    [
        "notice chest tight -i 5",
        ["note", "a new thought"],
        "checkin --hum 3",
        "log",
        "settle",
    ],
)
def test_a_damaged_journal_with_an_intact_header_is_never_written_to(steady, db_path, args):
    _filled(steady)
    _scribble(db_path)
    before = db_path.read_bytes()
    result = steady(args)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stderr.strip() == (
        f"The journal at {db_path} looks damaged; steady did not change it. Keep a copy of the "
        "file; the backups folder beside it may hold an earlier one."
    )
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_the_journal_as_steady_left_it_is_not_checked_again_within_a_day(steady, db_path, checks):
    assert steady(["note", "first"]).exit_code == 0  # a new journal: built here, not checked
    assert steady(["note", "second"]).exit_code == 0
    assert steady("log").exit_code == 0
    assert checks == []
    record = last_check.read(db_path)
    assert record is not None
    assert (record.size, record.mtime_ns) == (db_path.stat().st_size, db_path.stat().st_mtime_ns)


def test_a_journal_changed_by_something_else_is_checked_before_the_first_write(
    steady, db_path, checks
):
    assert steady(["note", "first"]).exit_code == 0
    os.utime(db_path, ns=(0, db_path.stat().st_mtime_ns + 1_000_000_000))
    assert steady(["note", "second"]).exit_code == 0
    assert checks == [db_path]
    assert steady(["note", "third"]).exit_code == 0
    assert checks == [db_path]  # recorded again when it finished


def test_a_check_more_than_a_day_old_is_run_again(steady, db_path, checks, monkeypatch):
    assert steady(["note", "first"]).exit_code == 0
    monkeypatch.setattr("steady.cli.common.clock", lambda: NOW + timedelta(hours=25))
    assert steady(["note", "second"]).exit_code == 0
    assert checks == [db_path]


def test_damage_that_kept_the_size_and_time_is_found_within_a_day(steady, db_path, monkeypatch):
    _filled(steady)
    _scribble(db_path, keep_time=True)
    before = db_path.read_bytes()
    monkeypatch.setattr("steady.cli.common.clock", lambda: NOW + timedelta(days=2))
    result = steady(["note", "into the damage?"])
    assert result.exit_code == 1
    assert "looks damaged" in result.stderr
    assert db_path.read_bytes() == before


def test_a_missing_or_unreadable_record_means_a_check(steady, db_path, checks):
    assert steady(["note", "first"]).exit_code == 0
    last_check.record_path(db_path).write_text("not numbers\n")
    assert steady(["note", "second"]).exit_code == 0
    assert checks == [db_path]
