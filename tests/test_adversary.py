"""The adversary's findings (issue 19): nothing written into damage, nothing half-replaced,
every value bounded the same way wherever it comes from."""

from __future__ import annotations

import os
import types
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from steady import db as db_module
from steady.store import last_check
from tests.conftest import NOW

PAGE = 4096


def _filled(steady) -> None:
    for number in range(60):
        assert steady(["note", f"an evening of many words, number {number} " * 20]).exit_code == 0


def _scribble(path: Path, *, keep_time: bool = False) -> None:
    """Overwrite pages of the note table, leaving the header and every other table intact:
    a write elsewhere (a check-in, a reading) never reads them, so only a check finds it."""
    import sqlite3

    st = path.stat()
    connection = sqlite3.connect(path)
    try:
        pages = [
            page
            for (page,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'note' AND pagetype = 'leaf'"
            )
        ]
    finally:
        connection.close()
    assert len(pages) >= 4
    data = bytearray(path.read_bytes())
    for page in pages[1:4]:
        data[(page - 1) * PAGE : page * PAGE] = b"\xa5" * PAGE
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


# -- every imported value bounded as the command line bounds it ---------------------------------

IMPORT_REFUSALS = [
    (("checkins", 0, "day"), "0001-01-01", "between the years 1900 and 9998"),
    (("checkins", 0, "day"), "9999-12-31", "between the years 1900 and 9998"),
    (("checkins", 0, "day"), "2026-12-25", "has not come yet"),
    (("notes", 0, "occurred_at"), "0001-01-01T00:30:00+01:00", "between the years"),
    (("notes", 0, "occurred_at"), "9999-12-31T23:30:00-01:00", "between the years"),
    (("notes", 0, "occurred_at"), "2030-01-01T00:00:00+00:00", "is in the future"),
    # an hour ahead of the frozen now: past the command line's five minutes, as typed
    (("notes", 0, "occurred_at"), "2026-11-27T22:30:00+00:00", "is in the future"),
    (("notes", 0, "text"), "   ", "is blank"),
    (("notes", 0, "text"), "x" * 20_001, "at most 20000 characters"),
    (("activations", 0, "readings", 0, "location"), "y" * 81, "at most 80 characters"),
    (("activations", 0, "feelings", 0, "name"), " \t", "is blank"),
    (("activations", 0, "closed_at"), "2000-01-01T00:00:00+00:00", "is before started_at"),
    (
        ("activations", 0, "readings", 0, "occurred_at"),
        "2001-01-01T00:00:00+00:00",
        "has a reading before started_at",
    ),
    (("schema",), "steady.export/٣", "a version of the export this steady does not know"),
    (("schema",), "steady.export/" + "9" * 5000, "a version of the export this steady does"),
]


@pytest.fixture
def full_export(steady, isolated_home) -> dict[str, Any]:
    assert steady("notice chest tight -i 6").exit_code == 0
    assert steady("name anxious").exit_code == 0
    assert steady("settle").exit_code == 0
    assert steady(["note", "a note"]).exit_code == 0
    assert steady("checkin --hum 3").exit_code == 0
    document = steady("export --format json").json()
    assert steady("wipe --yes").exit_code == 0
    return dict(document)


@pytest.mark.parametrize(
    ("where", "value", "says"),
    IMPORT_REFUSALS,
    ids=[f"{w[0]}-{v[:12]}" for w, v, _ in IMPORT_REFUSALS],
)
def test_imported_values_get_the_command_lines_bounds(
    steady, full_export, tmp_path, db_path, where, value, says
):
    import json

    target: Any = full_export
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(full_export), encoding="utf-8")
    result = steady(["import", str(source)])
    assert result.exit_code == 2, result.stderr
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db_path.exists() or steady("export --format json").json()["notes"] == []


# -- one reader of ids, counts and dates -------------------------------------------------------


@pytest.mark.parametrize("value", ["²", "٣", "9" * 5000, str(2**63), str(2**63 - 1), "0"])
@pytest.mark.parametrize(
    "args",
    [["show", "{}"], ["delete", "{}", "--yes"], ["settle", "--id", "{}"], ["log", "--limit", "{}"]],
)
def test_ids_and_counts_out_of_reach_are_refused_in_one_line(steady, db_path, value, args):
    assert steady("notice chest tight -i 6").exit_code == 0
    before = db_path.read_bytes()
    result = steady([a.replace("{}", value) for a in args])
    assert result.exit_code in (1, 2), result.stderr
    assert "unexpected problem" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert len(result.stderr) < 300
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31"])
@pytest.mark.parametrize(
    "option", ["log --since", "log --until", "checkins --since", "notes --until"]
)
def test_dates_outside_the_supported_range_say_the_range(steady, day, option):
    assert steady(["note", "x"]).exit_code == 0
    result = steady([*option.split(), day])
    assert result.exit_code == 2
    assert "steady keeps days from 1900-01-01 to 9998-12-31." in result.stderr


def test_a_checkin_date_at_the_edges_is_refused(steady):
    for day in ("0001-01-01", "9999-12-31"):
        result = steady(["checkin", "--hum", "3", "--date", day])
        assert result.exit_code == 2
        assert "steady keeps days" in result.stderr or "has not come yet" in result.stderr
    assert steady("checkins").exit_code == 0


# -- files that are not files ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_import_of_a_pipe_or_a_device_is_refused_without_reading_it(steady, tmp_path, kind):
    if kind == "fifo":
        source = tmp_path / "pipe"
        os.mkfifo(source)  # nothing writes to it: reading would wait for ever
    else:
        source = Path("/dev/zero")  # reading would never end
    result = steady(["import", str(source)])
    assert result.exit_code == 2
    assert "is not an ordinary file, so it was not read" in result.stderr


def test_import_from_stdin_is_bounded(steady, monkeypatch):
    from steady.cli import export

    monkeypatch.setattr(export, "MAX_IMPORT_BYTES", 1000)
    result = steady(["import", "-"], input="x" * 5000)
    assert result.exit_code == 2
    assert "larger than" in result.stderr


def test_db_on_a_named_pipe_is_refused_without_waiting(steady, tmp_path):
    pipe = tmp_path / "journal.db"
    os.mkfifo(pipe)
    result = steady(["--db", str(pipe), "log"])
    assert result.exit_code == 1
    assert "is not an ordinary file, so it is not a journal" in result.stderr


def test_stdout_on_a_full_device_is_said_plainly_without_denying_the_save(tmp_path):
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "STEADY_HOME": str(tmp_path / "home"),
        "STEADY_INTERACTIVE": "0",
        "PYTHONPATH": str(root / "src"),
    }
    with Path("/dev/full").open("w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "steady", "note", "kept even so"],
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert run.returncode == 1
    last = run.stderr.strip().splitlines()[-1]
    assert last == (
        "steady could not write its output (the disk is full) and stopped. What it saved "
        "before that is kept; steady log shows it."
    )
    listed = subprocess.run(
        [sys.executable, "-m", "steady", "notes", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "kept even so" in listed.stdout


# -- what is shown is what was written ----------------------------------------------------------


def test_a_file_name_in_an_error_line_is_shown_without_its_control_sequences(steady, tmp_path):
    hostile = tmp_path / "evil\x1b]0;owned\x07\x1b[31m.json"
    result = steady(["import", str(hostile)])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil" in result.stderr


def test_emoji_codes_in_a_note_stay_as_typed(steady):
    assert steady(["note", "felt :smiley: then :warning:"]).exit_code == 0
    shown = steady("notes")
    assert ":smiley:" in shown.stdout and ":warning:" in shown.stdout
    assert "😃" not in shown.stdout


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_invisible_characters_are_shown_by_their_code_in_exports(steady, fmt):
    assert steady(["note", "I am \u202eenif\u202c really\u200b", "--therapy"]).exit_code == 0
    args = ["export", "--format", fmt] + (["--table", "notes"] if fmt == "csv" else [])
    result = steady(args)
    assert result.exit_code == 0, result.stderr
    assert "\u202e" not in result.stdout and "\u200b" not in result.stdout
    assert "⟨U+202E⟩" in result.stdout and "⟨U+200B⟩" in result.stdout


@pytest.mark.parametrize("text", ["＝1+1", "\u202e=HYPERLINK(1)", "\u200b +cmd", "＠SUM(A1)"])
def test_csv_neutralises_formulas_behind_full_width_or_invisible_characters(text):
    from steady.exporters.csv_table import neutralise
    from steady.text import for_export

    assert neutralise(text).startswith("'")
    shown = neutralise(for_export(text))  # as an export writes it
    assert shown.startswith(("'", "⟨U+"))


# -- storage and system errors, said in one place ------------------------------------------------


def test_a_permission_error_anywhere_is_one_sentence(steady, monkeypatch, isolated_home):
    from steady import config

    def refused(path, data) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(config, "write_private", refused)
    result = steady(["config", "set", "partner_name", "Sam"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"steady could not use {isolated_home / 'config.toml'} (permission denied) and stopped. "
        "Check the file's and folder's permissions and free space; what was saved before "
        "that is kept."
    )


def test_a_config_nested_hundreds_deep_is_refused_plainly(steady, isolated_home):
    isolated_home.mkdir(mode=0o700, exist_ok=True)
    (isolated_home / "config.toml").write_text("a = " + "[" * 500 + "]" * 500 + "\n")
    result = steady("log")
    assert result.exit_code == 1
    assert "nested far too deeply" in result.stderr
