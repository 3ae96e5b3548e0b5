"""Settings and files through the CLI: config, paths, vocab, help-now, wipe, --db, help."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.testing

from steady import __version__
from steady.language.care import NOT_THERAPY
from steady.language.helplines import GENERAL_CRISIS
from steady.language.vocabulary import BODY_LOCATIONS, SENSATIONS, STORY_WORDS
from tests.conftest import Run, ok

Steady = Callable[..., Run]
Refuses = Callable[..., Run]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def config_file(isolated_home: Path) -> Path:
    return isolated_home / "config.toml"


# -- config ----------------------------------------------------------------------------------------


def test_config_show_lists_every_setting_with_its_meaning(
    steady: Steady, config_file: Path
) -> None:
    out = ok(steady("config show")).stdout
    for key in (
        "stale_hours",
        "caught_early_max",
        "partner_name",
        "extra_feelings",
        "crisis_lines",
    ):
        assert key in out
    assert "hours after its last reading" in out
    assert str(config_file) in out
    assert ok(steady("config")).stdout == out  # bare `config` shows too
    assert not config_file.exists()  # looking changes nothing


def test_config_show_json_gives_typed_values(steady: Steady) -> None:
    values = ok(steady("config show --json")).json()
    assert values["stale_hours"] == 24
    assert values["caught_early_max"] == 4
    assert values["partner_name"] == ""
    assert values["extra_feelings"] == []
    assert values["crisis_lines"] == []  # none of your own: your country's are shown
    assert values["country"] == ""  # from your locale


def test_config_set_and_get_each_type(steady: Steady, config_file: Path) -> None:
    assert ok(steady("config set stale_hours 36")).stdout.strip() == "stale_hours is now 36."
    assert ok(steady("config set partner_name Sam")).stdout.strip() == "partner_name is now Sam."
    run = ok(steady(["config", "set", "extra_feelings", "wobbly,  homesick ,"]))
    assert run.stdout.strip().splitlines() == [
        "extra_feelings is now:",
        "  • wobbly",
        "  • homesick",
    ]
    assert ok(steady("config get stale_hours")).stdout == "36\n"
    assert ok(steady("config get partner_name")).stdout == "Sam\n"
    assert ok(steady("config get extra_feelings")).stdout == "wobbly\nhomesick\n"
    values = ok(steady("config show --json")).json()
    assert values["stale_hours"] == 36
    assert values["partner_name"] == "Sam"
    assert values["extra_feelings"] == ["wobbly", "homesick"]
    text = config_file.read_text()
    assert "stale_hours = 36" in text
    assert "wobbly" in text


def test_an_empty_value_resets_to_the_default(steady: Steady, config_file: Path) -> None:
    ok(steady("config set stale_hours 36"))
    ok(steady(["config", "set", "crisis_lines", "Call Sam"]))
    assert ok(steady(["config", "set", "stale_hours", ""])).stdout.strip() == (
        "stale_hours is now 24."
    )
    ok(steady(["config", "set", "crisis_lines", ""]))
    assert ok(steady("config get crisis_lines")).stdout.splitlines() == []
    assert "stale_hours" not in config_file.read_text()
    run = ok(steady(["config", "set", "partner_name", ""]))
    assert run.stdout.strip() == "partner_name is now (not set)."


def test_setting_one_key_keeps_the_others_and_unknown_ones(
    steady: Steady, config_file: Path
) -> None:
    config_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    config_file.write_text('partner_name = "Sam"\nfrom_a_newer_version = true\n')
    ok(steady("config set stale_hours 12"))
    text = config_file.read_text()
    assert "from_a_newer_version = true" in text
    assert 'partner_name = "Sam"' in text
    assert "stale_hours = 12" in text


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [(["set", "stale_hour", "5"], "stale_hours"), (["get", "partner"], "partner_name")],
)
def test_an_unknown_key_suggests_the_close_one(
    refuses: Refuses, config_file: Path, args: list[str], suggestion: str
) -> None:
    run = refuses(["config", *args], code=2, says="There is no setting called")
    assert f"Did you mean {suggestion}?" in run.stderr
    assert not config_file.exists()


@pytest.mark.parametrize("value", ["0", "337", "-3", "soon", "2.5"])
def test_an_out_of_range_stale_hours_is_refused_and_the_file_kept(
    steady: Steady, refuses: Refuses, config_file: Path, value: str
) -> None:
    ok(steady("config set stale_hours 30"))
    before = config_file.read_bytes()
    refuses(["config", "set", "stale_hours", "--", value], code=2, says="from 1 to 336")
    assert config_file.read_bytes() == before
    assert ok(steady("config get stale_hours")).stdout == "30\n"


def test_overlong_text_settings_are_refused(refuses: Refuses, config_file: Path) -> None:
    refuses(["config", "set", "partner_name", "S" * 201], code=2, says="longer than 200")
    assert not config_file.exists()


def test_an_out_of_range_caught_early_max_is_refused(refuses: Refuses, config_file: Path) -> None:
    refuses("config set caught_early_max 11", code=2, says="from 0 to 10")
    assert not config_file.exists()


def test_config_file_is_private(steady: Steady, isolated_home: Path, config_file: Path) -> None:
    ok(steady("config set partner_name Sam"))
    assert mode(config_file) == 0o600
    assert mode(isolated_home) == 0o700
    ok(steady("config set stale_hours 30"))  # rewritten, still private
    assert mode(config_file) == 0o600
    assert not [p.name for p in isolated_home.iterdir() if p.name.startswith(".config")]


def test_the_journal_file_is_private(steady: Steady, db_path: Path) -> None:
    ok(steady("notice chest tight -i 4"))
    assert mode(db_path) == 0o600
    assert mode(db_path.parent) == 0o700


def test_a_broken_config_is_one_clear_line(steady: Steady, config_file: Path) -> None:
    config_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    config_file.write_text("stale_hours = [\n")
    run = steady("config show")
    assert run.exit_code == 1
    assert "not valid TOML" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr


# -- paths -----------------------------------------------------------------------------------------


def test_paths_shows_where_things_are(steady: Steady, isolated_home: Path) -> None:
    out = ok(steady("paths")).stdout
    assert str(isolated_home / "steady.db") in out
    assert "not created yet" in out
    assert str(isolated_home / "config.toml") in out
    assert "STEADY_HOME" in out
    data = ok(steady("paths --json")).json()
    assert data["database"] == str(isolated_home / "steady.db")
    assert data["database_exists"] is False
    assert data["database_from"] == "STEADY_HOME"
    assert data["config"] == str(isolated_home / "config.toml")
    assert data["config_exists"] is False
    assert data["data_dir"] == str(isolated_home)
    assert not (isolated_home / "steady.db").exists()  # looking creates nothing


def test_paths_json_after_the_journal_exists(steady: Steady, tmp_path: Path) -> None:
    ok(steady("notice chest tight -i 4"))
    assert ok(steady("paths --json")).json()["database_exists"] is True
    other = tmp_path / "elsewhere" / "mine.db"
    data = ok(steady(["--db", str(other), "paths", "--json"])).json()
    assert data["database"] == str(other)
    assert data["database_from"] == "--db"


def test_paths_says_when_steady_db_chose_the_file(
    steady: Steady, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEADY_DB", str(tmp_path / "from-env.db"))
    data = ok(steady("paths --json")).json()
    assert data["database"] == str(tmp_path / "from-env.db")
    assert data["database_from"] == "STEADY_DB"


# -- --db and STEADY_DB ----------------------------------------------------------------------------


def test_db_option_chooses_the_journal_file(steady: Steady, tmp_path: Path, db_path: Path) -> None:
    other = tmp_path / "other" / "journal.db"
    ok(steady(["--db", str(other), "notice", "chest", "tight", "-i", "4"]))
    assert other.exists()
    assert not db_path.exists()
    assert len(ok(steady(["--db", str(other), "log", "--json"])).json()) == 1
    assert ok(steady("log --json")).json() == []  # the default journal is separate


def test_db_pointing_at_a_folder_is_one_clear_line(steady: Steady, tmp_path: Path) -> None:
    run = steady(["--db", str(tmp_path), "log"])
    assert run.exit_code == 1
    assert "is a folder, not a journal file" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_steady_db_env_chooses_the_journal_file(
    steady: Steady, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "env.db"
    monkeypatch.setenv("STEADY_DB", str(other))
    ok(steady("notice chest tight -i 4"))
    assert other.exists()
    assert not db_path.exists()
    assert len(ok(steady("log --json")).json()) == 1
    monkeypatch.delenv("STEADY_DB")
    assert ok(steady("log --json")).json() == []


def test_db_option_wins_over_steady_db(
    steady: Steady, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEADY_DB", str(tmp_path / "env.db"))
    ok(steady(["--db", str(tmp_path / "option.db"), "notice", "chest", "-i", "4"]))
    assert (tmp_path / "option.db").exists()
    assert not (tmp_path / "env.db").exists()


# -- vocab -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("feelings", ["anxious", "lonely", "grounded"]),
        ("body", list(BODY_LOCATIONS)),
        ("sensations", list(SENSATIONS)),
        ("story-words", list(STORY_WORDS)),
    ],
)
def test_vocab_lists_each_kind(steady: Steady, kind: str, words: list[str]) -> None:
    out = ok(steady(f"vocab {kind}")).stdout
    assert out.splitlines()[0] == kind
    assert "story words:" not in out  # a list of one group is not titled twice
    assert all(line.startswith("  ") for line in out.splitlines()[1:3])  # wrapped, indented
    for word in words:
        assert word in " ".join(out.split())
    data = ok(steady(f"vocab {kind} --json")).json()
    assert list(data) == [kind]
    listed = [w for group in data[kind].values() for w in group]
    assert set(words) <= set(listed)
    if kind == "story-words":
        assert "steady asks for the feeling under them" in out


def test_vocab_without_a_kind_lists_all(steady: Steady) -> None:
    out = ok(steady("vocab")).stdout
    for title in ("feelings", "body", "sensations", "story-words"):
        assert title in out.splitlines()
    data = ok(steady("vocab --json")).json()
    assert list(data) == ["feelings", "body", "sensations", "story-words"]
    feelings = [w for group in data["feelings"].values() for w in group]
    assert 30 <= len(feelings) <= 50
    assert len(data["feelings"]) >= 5  # grouped


def test_an_unknown_vocabulary_is_refused(refuses: Refuses) -> None:
    run = refuses("vocab colours", code=2, says="There is no vocabulary called 'colours'")
    assert "feelings, body, sensations, story-words" in run.stderr


def test_vocab_includes_the_users_own_words(steady: Steady) -> None:
    ok(steady(["config", "set", "extra_feelings", "wobbly, homesick"]))
    ok(steady(["config", "set", "extra_body", "lower back"]))
    ok(steady(["config", "set", "extra_sensations", "prickly"]))
    ok(steady(["config", "set", "extra_story_words", "sidelined"]))
    data = ok(steady("vocab --json")).json()
    assert data["feelings"]["your words"] == ["wobbly", "homesick"]
    assert data["body"]["your words"] == ["lower back"]
    assert data["sensations"]["your words"] == ["prickly"]
    assert data["story-words"]["your words"] == ["sidelined"]
    assert "your words: wobbly, homesick" in ok(steady("vocab feelings")).stdout


def test_the_users_own_words_are_recognised_when_logging(steady: Steady) -> None:
    ok(steady(["config", "set", "extra_feelings", "wobbly"]))
    ok(steady(["config", "set", "extra_story_words", "sidelined"]))
    ok(steady("notice chest tight -i 4"))
    run = ok(steady("name wobbly sidelined"))
    assert "Kept 'wobbly' as written" not in run.stdout
    assert "'Sidelined' describes what someone did" in run.stdout


# -- help-now --------------------------------------------------------------------------------------


def test_help_now_lists_the_general_lines_when_no_country_is_known(steady: Steady) -> None:
    out = ok(steady("help-now")).stdout
    for line in GENERAL_CRISIS:
        assert line in " ".join(out.split())
    for marker in ("emergency number", "988", "Samaritans", "116 123", "findahelpline.com"):
        assert marker in out
    assert "not an attachment pattern" in out
    assert "not therapy or an emergency service" in out


def test_help_now_wraps_each_line_under_its_own_text(
    steady: Steady, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steady import render

    monkeypatch.setenv("COLUMNS", "50")
    render.out.cache_clear()  # Rich's console keeps the width it found when it was made
    try:
        out = ok(steady("help-now")).stdout
    finally:
        render.out.cache_clear()
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 50
    bullets = [n for n, line in enumerate(lines) if line.startswith("  • ")]
    # the emergency line, the crisis lines, then the abuse lines
    assert len(bullets) == 1 + len(GENERAL_CRISIS) + 3
    continued = [line for line in lines if line.startswith("    ") and line.strip()]
    assert continued, "a long line did wrap at 50 columns"
    assert all(not line[4].isspace() for line in continued)
    assert "(911 in the US and Canada," in " ".join(out.split())


def test_help_now_lists_the_lines_from_config(steady: Steady) -> None:
    ok(
        steady(
            ["config", "set", "crisis_lines", "Call Sam on 555-0100, Berlin line 0800 111 0 111"]
        )
    )
    out = ok(steady("help-now")).stdout
    assert "Call Sam on 555-0100" in out
    assert "Berlin line 0800 111 0 111" in out
    assert out.index("Berlin line") < out.index("Samaritans")  # yours first


def test_crisis_lines_with_commas_survive_a_round_trip(steady: Steady) -> None:
    ok(steady(["config", "set", "crisis_lines", "Sam: 555-0100, evenings"]))
    current = ok(steady("config get crisis_lines")).stdout
    ok(steady(["config", "set", "crisis_lines", current + "My therapist: 030 1234, weekdays"]))
    expected = ["Sam: 555-0100, evenings", "My therapist: 030 1234, weekdays"]
    assert ok(steady("config get crisis_lines")).stdout.splitlines() == expected
    crisis_part = ok(steady("help-now")).stdout.split("\n\n")[0]
    bullets = [line for line in crisis_part.splitlines() if "•" in line]
    assert len(bullets) == 1 + len(expected) + len(GENERAL_CRISIS)


def test_help_now_works_with_a_broken_config(steady: Steady, config_file: Path) -> None:
    config_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    config_file.write_text("crisis_lines = [ this is not toml\n")
    run = ok(steady("help-now"))
    assert "988" in run.stdout
    assert "116 123" in run.stdout
    assert "Traceback" not in run.stderr


def test_help_now_works_with_a_config_of_the_wrong_type(steady: Steady, config_file: Path) -> None:
    config_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    config_file.write_text('crisis_lines = "just one string"\n')
    assert "116 123" in ok(steady("help-now")).stdout


def test_help_now_needs_no_journal(steady: Steady, db_path: Path) -> None:
    ok(steady("help-now"))
    assert not db_path.exists()


# -- wipe ------------------------------------------------------------------------------------------


def _some_data(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4"))
    ok(steady("config set partner_name Sam"))


def test_wipe_with_yes_erases_the_journal_and_config(
    steady: Steady, db_path: Path, config_file: Path
) -> None:
    _some_data(steady)
    run = ok(steady("wipe --yes"))
    assert "Erased" in run.stdout
    assert not db_path.exists()
    assert not config_file.exists()
    assert not list(db_path.parent.glob("steady.db*"))
    again = ok(steady("log --json"))
    assert again.json() == []
    assert "A new journal was created" in again.stderr


def test_wipe_without_yes_and_without_a_terminal_is_refused(
    steady: Steady, refuses: Refuses, config_file: Path
) -> None:
    _some_data(steady)
    before = config_file.read_bytes()
    refuses("wipe", code=2, says="--yes")
    assert config_file.read_bytes() == before


def test_wipe_with_a_terminal_and_the_wrong_word_keeps_everything(
    steady: Steady, db_path: Path, config_file: Path
) -> None:
    _some_data(steady)
    run = ok(steady("wipe", input="yes\n", tty=True))
    assert 'Type "erase"' in run.stdout
    assert str(db_path) in run.stdout
    assert "Nothing was erased." in run.stdout
    assert db_path.exists()
    assert config_file.exists()
    assert len(ok(steady("log --json")).json()) == 1


def test_wipe_with_a_terminal_and_the_right_word_erases(
    steady: Steady, db_path: Path, config_file: Path
) -> None:
    _some_data(steady)
    ok(steady("wipe", input="erase\n", tty=True))
    assert not db_path.exists()
    assert not config_file.exists()


def test_wipe_with_nothing_there_says_so(steady: Steady) -> None:
    run = steady("wipe --yes")
    assert run.exit_code == 1
    assert "nothing to erase" in run.stderr


@pytest.mark.parametrize("content", ["text", "sqlite"])
def test_wipe_refuses_to_erase_a_file_that_is_not_a_steady_journal(
    steady: Steady, tmp_path: Path, config_file: Path, content: str
) -> None:
    ok(steady("config set partner_name Sam"))
    foreign = tmp_path / "precious.db"
    if content == "text":
        foreign.write_text("my thesis, chapter 3\n")
    else:
        connection = sqlite3.connect(foreign)
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()
        connection.close()
    before = foreign.read_bytes()
    run = steady(["--db", str(foreign), "wipe", "--yes"])
    assert run.exit_code == 1
    assert "not a steady journal" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert foreign.read_bytes() == before
    assert config_file.exists()


# -- version and help ------------------------------------------------------------------------------


def test_version(steady: Steady) -> None:
    assert ok(steady("--version")).stdout.strip() == f"steady {__version__}"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_says_this_is_not_therapy(steady: Steady, flag: str, db_path: Path) -> None:
    out = ok(steady(flag)).stdout
    assert NOT_THERAPY in " ".join(out.split())
    for command in ("notice", "settle", "log", "help-now", "config"):
        assert command in out
    assert not db_path.exists()


def _walk(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found += _walk(sub, (*path, name))
    return found


def test_every_command_and_subcommand_has_help_text(steady: Steady) -> None:
    from steady.cli import app

    commands = _walk(typer.main.get_command(app))
    names = {" ".join(path) for path, _ in commands}
    expected = {"notice", "name", "story", "urge", "settle", "log", "show", "edit", "delete"}
    expected |= {"note", "paths", "vocab", "help-now", "wipe", "config"}
    expected |= {"config show", "config get", "config set"}
    assert expected <= names, expected - names
    for path, command in commands:
        assert (command.help or "").strip(), f"steady {' '.join(path)} has no help text"
        run = ok(steady([*path, "--help"]))
        assert "Usage:" in run.stdout
        if path:
            first_line = command.help.strip().splitlines()[0]
            assert " ".join(first_line.split()[:3]) in " ".join(run.stdout.split())


def test_the_help_of_a_command_shows_the_intensity_anchors(steady: Steady) -> None:
    out = " ".join(ok(steady("notice --help")).stdout.split())
    assert "0 calm · 3 noticeable · 5 hard to ignore · 7 pulling at behaviour" in out


def test_files_are_never_world_readable_even_with_a_loose_umask(
    steady: Steady, db_path: Path, config_file: Path
) -> None:
    old = os.umask(0)
    try:
        ok(steady("notice chest tight -i 4"))
        ok(steady("config set partner_name Sam"))
    finally:
        os.umask(old)
    assert mode(db_path) == 0o600
    assert mode(config_file) == 0o600
    assert mode(db_path.parent) == 0o700
