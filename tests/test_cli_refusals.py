"""Every refusal: the right exit code, one plain line on stderr, and a journal left as it was.

Also: whatever a person writes is shown literally (Rich markup escaped, terminal
control sequences stripped) and stored exactly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run, ok, snapshot

Steady = Callable[..., Run]
Refuses = Callable[..., Run]

LIMIT = 20_000
TOO_LONG = "a" * (LIMIT + 1)

SEED = [
    "notice chest tight -i 5 --at 19:00 --context 'after the call'",
    "name anxious",
    "settle --at 19:40 --helped walk",
    "notice stomach knot -i 6 --at 21:00",
    "story 'they are pulling away'",
]
_seeded: dict[str, bytes] = {}


@pytest.fixture
def seeded(steady: Steady, db_path: Path) -> Steady:
    """Activation 1 settled (19:00-19:40), activation 2 open since 21:00 with a story.

    Built through the CLI once per module, then copied into each test's home.
    """
    if "seed" in _seeded:
        db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        db_path.write_bytes(_seeded["seed"])
        db_path.chmod(0o600)
        return steady
    for command in SEED:
        ok(steady(command))
    connection = sqlite3.connect(db_path)
    try:
        _seeded["seed"] = connection.serialize()
    finally:
        connection.close()
    return steady


@pytest.fixture
def nothing_open(seeded: Steady) -> Steady:
    ok(seeded("settle --at 22:00"))
    return seeded


def show_json(steady: Steady, activation_id: int) -> dict[str, Any]:
    data: dict[str, Any] = ok(steady(f"show {activation_id} --json")).json()
    return data


# -- intensity -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("-1", "outside 0–10"),
        ("11", "outside 0–10"),
        ("100", "outside 0–10"),
        ("high", "is not a number"),
        ("5.5", "is not a whole number"),
        ("", "is not a number"),
    ],
)
def test_an_unusable_intensity_is_refused(
    seeded: Steady, refuses: Refuses, value: str, says: str
) -> None:
    run = refuses(["notice", "-i", value], says=says)
    assert "0 (calm) to 10 (overwhelming)" in run.stderr
    refuses(["notice", "throat", "lump", "-i", value, "--new"], says=says)
    refuses(["settle", "-i", value], says=says)


# -- times -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "says"),
    [
        ("soon", "Cannot read --at 'soon'"),
        ("25:00", "Cannot read --at '25:00'"),
        ("2026-13-01 10:00", "Cannot read"),
        ("yesterday", "needs a time of day"),
        ("2026-11-27", "a date without a time of day"),
        ("23:00", "later than now"),
        ("2026-11-28 09:00", "in the future"),
        ("2026-11-27 22:40", "in the future"),
        ("2026-03-29 02:30", "the clocks skipped it"),
        ("", "--at is empty"),
    ],
)
def test_an_unusable_time_is_refused(
    seeded: Steady, refuses: Refuses, when: str, says: str
) -> None:
    refuses(["notice", "-i", "5", "--at", when], says=says)
    refuses(["name", "hurt", "--at", when], says=says)
    refuses(["urge", "text again", "--at", when], says=says)
    refuses(["settle", "--at", when], says=says)


def test_a_moment_within_five_minutes_ahead_is_accepted(seeded: Steady) -> None:
    ok(seeded("notice -i 5 --at 22:34"))  # a clock a little fast is not the future


def test_edit_refuses_unusable_times(seeded: Steady, refuses: Refuses) -> None:
    refuses("edit 1 --onset soon", says="Cannot read --onset 'soon'")
    refuses("edit 1 --settled '2026-11-28 09:00'", says="--settled")


def test_settling_before_the_onset_is_refused(seeded: Steady, refuses: Refuses) -> None:
    refuses("settle --at 20:30", says="before activation 2 began (21:00)")


def test_settling_before_the_last_reading_is_refused(seeded: Steady, refuses: Refuses) -> None:
    ok(seeded("notice -i 7 --at 22:00"))
    refuses("settle --at 21:30", says="before the last reading (22:00)")


def test_naming_or_an_urge_before_the_onset_is_refused(seeded: Steady, refuses: Refuses) -> None:
    refuses("name hurt --at 20:00", says="before activation 2 began")
    refuses("urge 'text again' --at 20:00", says="before activation 2 began")


def test_edit_refuses_impossible_times(seeded: Steady, refuses: Refuses) -> None:
    refuses("edit 1 --onset 19:30", says="only move earlier than the first reading")
    refuses("edit 1 --settled 18:00", says="before the onset")
    refuses("edit 2 --settled 18:00", says="before the onset")


def test_edit_with_nothing_to_change_is_refused(seeded: Steady, refuses: Refuses) -> None:
    refuses("edit 1", says="Nothing to change.")


# -- nothing open, unknown ids (exit 1) ------------------------------------------------------------


def test_settling_with_nothing_open_is_refused(nothing_open: Steady, refuses: Refuses) -> None:
    run = refuses("settle", code=1, says="Nothing is open to settle.")
    assert "steady notice" in run.stderr


@pytest.mark.parametrize(
    "args",
    [["name", "hurt"], ["story", "they left"], ["urge", "text again"]],
)
def test_adding_with_nothing_open_is_refused(
    nothing_open: Steady, refuses: Refuses, args: list[str]
) -> None:
    refuses(args, code=1, says="Nothing is open")


def test_settling_a_stale_activation_needs_a_time(seeded: Steady, refuses: Refuses) -> None:
    ok(seeded("config set stale_hours 1"))  # activation 2's last reading was 1 h 30 min ago
    refuses("settle", says="settled time is needed")
    ok(seeded("settle --at 21:20"))


def test_settling_twice_is_refused(seeded: Steady, refuses: Refuses) -> None:
    refuses("settle --id 1 --at 20:00", code=1, says="already settled")


def test_settling_an_unresolved_activation_needs_a_time(seeded: Steady, refuses: Refuses) -> None:
    ok(seeded("notice throat lump -i 3 --new"))
    refuses("settle --id 2", says="steady settle --id 2 --at WHEN")


@pytest.mark.parametrize(
    "args",
    [
        "show 99",
        "show 99 --json",
        "edit 99 --context x",
        "delete 99 --yes",
        "delete 99",
        "settle --id 99 --at 22:00",
        "name --id 99 anxious",
        "story 'they left' --id 99",
        "urge 'text again' --id 99",
        "note 'remember this' --id 99",
    ],
)
def test_an_unknown_id_is_refused(seeded: Steady, refuses: Refuses, args: str) -> None:
    run = refuses(args, code=1, says="There is no activation 99.")
    assert "steady log" in run.stderr


def test_a_non_numeric_id_is_a_usage_error(seeded: Steady, db_path: Path) -> None:
    before = snapshot(db_path)
    run = seeded("show two")
    assert run.exit_code == 2
    assert "Traceback" not in run.stdout + run.stderr
    assert "two" in run.stderr
    assert snapshot(db_path) == before


# -- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["story", ""], "The story is empty."),
        (["story", "   "], "The story is empty."),
        (["note", "  "], "The note is empty."),
        (["note", "\n\t"], "The note is empty."),
        (["urge", ""], "The urge is empty."),
    ],
)
def test_empty_text_is_refused(
    seeded: Steady, refuses: Refuses, args: list[str], says: str
) -> None:
    refuses(args, says=says)


@pytest.mark.parametrize(
    "args",
    [
        ["note", TOO_LONG],
        ["note", TOO_LONG, "--therapy"],
        ["story", TOO_LONG],
        ["urge", TOO_LONG],
        ["notice", "-i", "5", "--context", TOO_LONG],
        ["settle", "--note", TOO_LONG],
        ["edit", "1", "--story", TOO_LONG],
        ["edit", "1", "--context", TOO_LONG],
    ],
    ids=[
        "note",
        "therapy-note",
        "story",
        "urge",
        "context",
        "settle-note",
        "edit-story",
        "edit-context",
    ],
)
def test_oversized_text_is_refused(seeded: Steady, refuses: Refuses, args: list[str]) -> None:
    refuses(args, says="20,001 characters long; the limit is 20,000")


def test_text_right_at_the_limit_is_kept(seeded: Steady) -> None:
    text = "b" * LIMIT
    ok(seeded(["story", text]))
    assert show_json(seeded, 2)["story"].endswith(text)


@pytest.mark.parametrize(
    "args",
    [
        ["name", "x" * 81],
        ["notice", "x" * 81, "-i", "4", "--new"],
        ["settle", "--helped", "x" * 81],
    ],
    ids=["feeling", "location", "practice"],
)
def test_an_oversized_word_is_refused(seeded: Steady, refuses: Refuses, args: list[str]) -> None:
    refuses(args, says="the limit is 80")


# -- log ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("log --since 2026-11-27 --until 2026-11-20", "--until is before --since."),
        ("log --json --since today --until yesterday", "--until is before --since."),
        ("log --since someday", "Cannot read --since 'someday' as a date."),
        ("log --until 2026-02-30", "Cannot read --until"),
        ("log --limit 0", "--limit '0' is not a whole number of 1 or more."),
    ],
)
def test_unusable_log_ranges_are_refused(
    seeded: Steady, refuses: Refuses, args: str, says: str
) -> None:
    run = refuses(args, says=says)
    assert run.stdout == ""


# -- missing values without a terminal -------------------------------------------------------------


def test_notice_with_nothing_and_no_terminal_is_refused(
    nothing_open: Steady, refuses: Refuses
) -> None:
    run = refuses("notice", says="Where you feel it is missing.")
    assert "steady notice chest tight -i 5" in run.stderr


def test_notice_without_intensity_and_no_terminal_is_refused(
    nothing_open: Steady, refuses: Refuses
) -> None:
    refuses("notice chest tight", says="The intensity is missing.")


def test_a_later_reading_without_intensity_is_refused(seeded: Steady, refuses: Refuses) -> None:
    refuses("notice", says="The intensity is missing.")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("name", "No feeling was given."),
        ("story", "The story is missing."),
        ("urge", "The urge is missing."),
        ("note", "The note is missing."),
    ],
)
def test_missing_text_without_a_terminal_is_refused(
    seeded: Steady, refuses: Refuses, args: str, says: str
) -> None:
    refuses(args, says=says)


def test_an_empty_feeling_is_refused(seeded: Steady, refuses: Refuses) -> None:
    refuses(["name", " ", ""], says="No feeling was given.")


def test_the_guided_flow_gives_up_politely(nothing_open: Steady, refuses: Refuses) -> None:
    run = refuses("notice", tty=True, input="6\n1\nx\ny\nz\n", says="No intensity was given.")
    assert run.stdout.count("How strong is it") == 3


def test_the_guided_feelings_menu_gives_up_politely(seeded: Steady, refuses: Refuses) -> None:
    run = refuses("name", tty=True, input="\n\n\n", says="No choice was made.")
    assert run.stdout.count("A word or a number from the list, please.") == 3


# -- user text is shown literally and stored exactly -----------------------------------------------

MARKUP = "[red]x[/red] and [bold]"
ESCAPES = "plain \x1b[31mred\x1b[0m and \x1b]0;title\x07 done"


def _no_control(text: str) -> None:
    assert "\x1b" not in text
    assert "\x07" not in text


def test_markup_in_text_is_shown_literally_and_stored_exactly(seeded: Steady) -> None:
    ok(seeded(["edit", "2", "--context", MARKUP]))
    ok(seeded(["story", MARKUP]))
    ok(seeded(["urge", MARKUP]))
    ok(seeded(["note", MARKUP, "--id", "2"]))
    ok(seeded(["settle", "--helped", "[bold]breathing", "--at", "22:00"]))
    out = ok(seeded("show 2")).stdout
    assert out.count(MARKUP) >= 4, out  # context, story, urge, note
    assert "[bold]breathing" in out
    data = show_json(seeded, 2)
    assert data["context"] == MARKUP
    assert data["story"].endswith(MARKUP)
    assert data["urges"][0]["text"] == MARKUP
    assert data["notes"][0]["text"] == MARKUP
    assert data["helped"] == ["[bold]breathing"]


def test_escape_sequences_are_stripped_on_screen_and_stored_exactly(seeded: Steady) -> None:
    ok(seeded(["edit", "2", "--context", ESCAPES]))
    ok(seeded(["urge", ESCAPES]))
    ok(seeded(["note", ESCAPES, "--id", "2"]))
    out = ok(seeded("show 2")).stdout
    _no_control(out)
    assert "plain red and" in out
    assert "title" not in out
    raw = ok(seeded("show 2 --json"))
    _no_control(raw.stdout)  # JSON escapes them as \u001b
    data = raw.json()
    assert data["context"] == ESCAPES
    assert data["urges"][0]["text"] == ESCAPES
    assert data["notes"][0]["text"] == ESCAPES


def test_body_words_with_markup_are_echoed_and_listed_literally(nothing_open: Steady) -> None:
    run = ok(nothing_open(["notice", "[bold]", "[red]x[/red]", "-i", "4", "--context", MARKUP]))
    assert "[bold]" in run.stdout
    assert "[red]x[/red]" in run.stdout
    log = ok(nothing_open("log")).stdout
    assert "[red]x[/red]" in log
    assert "[bold]" in log
    status = ok(nothing_open([])).stdout
    assert "[red]x[/red]" in status
    reading = show_json(nothing_open, 3)["readings"][0]
    assert {reading["location"], reading["sensation"]} == {"[bold]", "[red]x[/red]"}
    assert show_json(nothing_open, 3)["context"] == MARKUP


def test_body_words_with_escapes_are_stripped_on_screen(nothing_open: Steady) -> None:
    location = "\x1b[31mchest\x1b[0m"
    run = ok(nothing_open(["notice", location, "\x1b]0;pwned\x07tight", "-i", "4"]))
    _no_control(run.stdout)
    assert "pwned" not in run.stdout
    for command in ("log", "show 3", ""):
        out = ok(nothing_open(command)).stdout
        _no_control(out)
        assert "pwned" not in out
    assert show_json(nothing_open, 3)["readings"][0]["location"] == location


def test_feelings_with_markup_are_listed_literally(seeded: Steady) -> None:
    ok(seeded(["name", "[blink]fine"]))
    assert "[blink]fine" in ok(seeded("log")).stdout
    assert "[blink]fine" in ok(seeded("show 2")).stdout
    assert show_json(seeded, 2)["feelings"] == ["[blink]fine"]


def test_markup_in_a_refused_value_is_shown_literally(seeded: Steady, refuses: Refuses) -> None:
    run = refuses(["vocab", "[red]colours[/red]"], says="[red]colours[/red]")
    _no_control(run.stderr)
    run = refuses(["log", "--since", "\x1b[31myesterday"], says="Cannot read --since")
    assert "\x1b[31m" not in run.stderr


@pytest.mark.parametrize(
    "args",
    [["notice", "[b]chest", "tight", "-i", "4", "--new"], ["name", "[i]anxious"]],
    ids=["notice", "name"],
)
def test_the_typo_echo_shows_markup_literally(seeded: Steady, args: list[str]) -> None:
    run = ok(seeded(args))
    word = args[1]
    assert f"Kept '{word}' as written" in run.stdout, run.stdout
