"""The adversary's findings (issue 19): nothing written into damage, nothing half-replaced,
every value bounded the same way wherever it comes from."""

from __future__ import annotations

import os
import types
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


# -- every file steady replaces is replaced whole ---------------------------------------------


def test_export_force_on_a_full_disk_leaves_the_old_file_whole(steady, tmp_path, monkeypatch):
    import errno

    from steady.store import files

    assert steady(["note", "words for the export"]).exit_code == 0
    target = tmp_path / "for-therapy.md"
    target.write_text("the old export, whole\n")
    real_write = os.write

    def full_disk(fd: int, data) -> int:
        if len(data) > 100:
            real_write(fd, bytes(data[:100]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(files, "os", types.SimpleNamespace(**{**vars(os), "write": full_disk}))
    result = steady(["export", "--format", "md", "-o", str(target), "--force"])
    assert result.exit_code == 1
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(f"Cannot write {target}: the disk is full; nothing was written there.")
    )
    assert target.read_text() == "the old export, whole\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "steady-home") == [
        "for-therapy.md"
    ]


def test_export_force_replaces_a_symlink_itself_never_the_file_it_points_to(steady, tmp_path):
    assert steady(["note", "words for the export"]).exit_code == 0
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("not steady's\n")
    elsewhere.chmod(0o644)
    link = tmp_path / "export.md"
    link.symlink_to(elsewhere)
    result = steady(["export", "--format", "md", "-o", str(link), "--force"])
    assert result.exit_code == 0, result.stderr
    assert not link.is_symlink()
    assert "words for the export" in link.read_text()
    assert elsewhere.read_text() == "not steady's\n"
    assert elsewhere.stat().st_mode & 0o777 == 0o644
    assert link.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_export_force_never_writes_to_or_chmods_a_device_or_a_pipe(steady, tmp_path, kind):
    assert steady(["note", "words for the export"]).exit_code == 0
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target, 0o644)
    else:
        target = Path(os.devnull)
    before = os.stat(target)
    result = steady(["export", "--format", "md", "-o", str(target), "--force"])
    assert result.exit_code == 1
    assert "is not an ordinary file, so steady left it as it is" in result.stderr
    after = os.stat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)


def test_an_export_without_force_never_replaces_a_file_that_appears_meanwhile(tmp_path):
    from steady.errors import NotPossibleError
    from steady.store.files import write_whole

    target = tmp_path / "export.md"
    target.write_text("theirs\n")
    with pytest.raises(NotPossibleError, match="already exists"):
        write_whole(target, b"ours\n", replace=False)
    assert target.read_text() == "theirs\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.md"]
