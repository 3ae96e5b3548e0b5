"""Looking back through the CLI: log, show, edit, delete, note, and bare `steady`."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from steady.language.care import HELP_NOW, REFLECTION_ONLY
from tests.conftest import Run, ok

Steady = Callable[..., Run]

ISO_BERLIN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$")
ACTIVATION_KEYS = {
    "id",
    "uuid",
    "started_at",
    "settled_at",
    "peak_intensity",
    "recovery_minutes",
    "context",
    "story",
    "readings",
    "feelings",
    "urges",
    "helped",
    "notes",
}


def show_json(steady: Steady, activation_id: int) -> dict[str, Any]:
    data: dict[str, Any] = ok(steady(f"show {activation_id} --json")).json()
    return data


WEEK = [
    "notice chest tight -i 5 --at '2026-11-20 09:00' --context 'no reply since breakfast'",
    "notice -i 7 --at '2026-11-20 09:20'",
    "name anxious lonely --at '2026-11-20 09:10'",
    "story 'they are pulling away'",
    "urge 'text again' --acted --at '2026-11-20 09:25'",
    "settle --at '2026-11-20 10:00' --helped walk --helped 'named it' -i 2 --note 'it passed'",
    "notice stomach knot -i 8 --at '2026-11-25 23:30'",
    "settle --at '2026-11-26 00:15'",
    "notice throat lump -i 4 --at '2026-11-26 00:30'",
    "notice chest tight -i 6 --at 21:00",
]
_seeded: dict[str, bytes] = {}


@pytest.fixture
def week(steady: Steady, db_path: Path) -> Steady:
    """Four activations across a week, around local midnight on purpose (Berlin is UTC+1).

    1: Fri 20 Nov 09:00-10:00, settled, full of detail
    2: Wed 25 Nov 23:30 (22:30 UTC), settled after 45 min
    3: Thu 26 Nov 00:30 (23:30 UTC on the 25th), left without a settled time
    4: today 21:00, open

    Built through the CLI once per module, then copied: the same journal, less waiting.
    """
    if "week" in _seeded:
        db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        db_path.write_bytes(_seeded["week"])
        db_path.chmod(0o600)
        return steady
    for command in WEEK:
        ok(steady(command))
    connection = sqlite3.connect(db_path)
    try:
        _seeded["week"] = connection.serialize()
    finally:
        connection.close()
    return steady


# -- log -------------------------------------------------------------------------------------------


def test_log_json_lists_every_activation_newest_first_with_the_documented_keys(
    week: Steady,
) -> None:
    listed = ok(week("log --json")).json()
    assert [a["id"] for a in listed] == [4, 3, 2, 1]
    for item in listed:
        assert set(item) >= ACTIVATION_KEYS, ACTIVATION_KEYS - set(item)
        assert re.fullmatch(r"[0-9a-f-]{36}", item["uuid"])
        assert ISO_BERLIN.match(item["started_at"]), item["started_at"]
        for reading in item["readings"]:
            assert {"at", "location", "sensation", "intensity"} <= set(reading)
            assert ISO_BERLIN.match(reading["at"])
    assert len({a["uuid"] for a in listed}) == 4
    first = listed[-1]
    assert first["started_at"] == "2026-11-20T09:00:00+01:00"
    assert first["settled_at"] == "2026-11-20T10:00:00+01:00"
    assert first["peak_intensity"] == 7
    assert first["recovery_minutes"] == 60
    assert first["context"] == "no reply since breakfast"
    assert first["story"] == "they are pulling away"
    assert first["feelings"] == ["anxious", "lonely"]
    assert [{k: u[k] for k in ("text", "acted")} for u in first["urges"]] == [
        {"text": "text again", "acted": True}
    ]
    assert first["helped"] == ["walk", "named it"]
    assert [n["text"] for n in first["notes"]] == ["it passed"]
    assert [(r["location"], r["sensation"], r["intensity"]) for r in first["readings"]] == [
        ("chest", "tight", 5),
        (None, None, 7),
    ]
    # unknown numbers are null, never missing or zero
    assert listed[0]["settled_at"] is None
    assert listed[0]["recovery_minutes"] is None
    assert listed[1]["settled_at"] is None
    assert listed[1]["recovery_minutes"] is None
    assert listed[2]["recovery_minutes"] == 45


def test_log_json_is_plain_json(week: Steady) -> None:
    run = ok(week("log --json"))
    assert run.stdout.lstrip().startswith("[")
    assert "\x1b" not in run.stdout
    assert run.stderr == ""


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        ("--since 2026-11-21", [4, 3, 2]),
        ("--until 2026-11-25", [2, 1]),  # 23:30 local on the 25th is still the 25th
        ("--since 2026-11-26 --until 2026-11-26", [3]),  # 00:30 local is the 26th
        ("--since 2026-11-25 --until 2026-11-25", [2]),
        ("--since yesterday", [4, 3]),
        ("--since today", [4]),
        ("--until yesterday", [3, 2, 1]),
        ("--limit 2", [4, 3]),
        ("--since 2026-11-20 --limit 1", [4]),
        ("--since 2026-11-01 --until 2026-11-19", []),
    ],
)
def test_log_filters_by_local_day_inclusively(week: Steady, options: str, ids: list[int]) -> None:
    listed = ok(week(f"log --json {options}")).json()
    assert [a["id"] for a in listed] == ids


def test_log_table_shows_peak_body_feelings_and_recovery(week: Steady) -> None:
    out = ok(week("log")).stdout
    lines = out.splitlines()
    header = lines[0].split()
    assert header[:2] == ["id", "onset"]
    assert {"peak", "body", "feelings", "recovery"} <= set(header)
    rows = {line.split()[0]: line for line in lines[1:5]}
    assert list(rows) == ["4", "3", "2", "1"]
    assert "21:00" in rows["4"]
    assert "6/10" in rows["4"]
    assert "tight chest" in rows["4"]
    assert "open" in rows["4"]
    assert "no settled time" in rows["3"]
    assert "45 min" in rows["2"]
    assert "8/10" in rows["2"]
    assert "20 Nov" in rows["1"]
    assert "anxious, lonely" in rows["1"]
    assert "1 h" in rows["1"]


def test_log_with_limit_in_the_table(week: Steady) -> None:
    out = ok(week("log --limit 1")).stdout
    assert re.search(r"^\s*4\s", out, re.M)
    assert not re.search(r"^\s*3\s", out, re.M)


def test_an_empty_log_says_how_to_start(steady: Steady) -> None:
    run = ok(steady("log"))
    assert "Nothing logged yet." in run.stdout
    assert "steady notice chest tight -i 5" in run.stdout
    assert ok(steady("log --json")).json() == []


def test_an_empty_range_says_so(week: Steady) -> None:
    run = ok(week("log --since 2026-11-01 --until 2026-11-02"))
    assert run.stdout.strip() == "Nothing logged in that range."


# -- show ------------------------------------------------------------------------------------------


def test_show_json_is_the_same_object_as_in_the_log(week: Steady) -> None:
    listed = {a["id"]: a for a in ok(week("log --json")).json()}
    for activation_id in (1, 2, 3, 4):
        assert show_json(week, activation_id) == listed[activation_id]


def test_show_tells_the_whole_episode(week: Steady) -> None:
    out = ok(week("show 1")).stdout
    assert out.splitlines()[0].startswith("Activation 1")
    for label in ("onset", "settled", "peak", "context", "feelings", "story", "urge", "helped"):
        assert re.search(rf"^\s*{label}\s", out, re.M), label
    assert "after 1 h" in out
    assert "7/10" in out
    assert "no reply since breakfast" in out
    assert "anxious, lonely" in out
    assert "the story was: they are pulling away" in out
    assert "text again" in out and "acted on" in out
    assert "walk, named it" in out
    assert "it passed" in out
    assert "5/10" in out and "tight chest" in out  # the readings table


def test_show_an_open_activation_says_for_how_long(week: Steady) -> None:
    out = ok(week("show 4")).stdout
    assert re.search(r"open\s+for 1 h 30 min", out)
    out = ok(week("show 3")).stdout
    assert "no settled time yet" in out


# -- edit ------------------------------------------------------------------------------------------


def test_edit_moves_the_onset_and_recomputes_recovery(week: Steady) -> None:
    run = ok(week("edit 1 --onset '2026-11-20 08:30'"))
    assert "Updated activation 1." in run.stdout
    assert "Recovery time is now 1 h 30 min." in run.stdout
    data = show_json(week, 1)
    assert data["started_at"] == "2026-11-20T08:30:00+01:00"
    assert data["recovery_minutes"] == 90


def test_edit_gives_an_unresolved_activation_its_settled_time(week: Steady) -> None:
    run = ok(week("edit 3 --settled '2026-11-26 02:00'"))
    assert "Recovery time is now 1 h 30 min." in run.stdout
    data = show_json(week, 3)
    assert data["status"] == "settled"
    assert data["settled_at"] == "2026-11-26T02:00:00+01:00"


def test_edit_replaces_and_clears_text(week: Steady) -> None:
    ok(week("edit 1 --story 'they are busy at work' --context ''"))
    data = show_json(week, 1)
    assert data["story"] == "they are busy at work"
    assert data["context"] is None
    ok(week("edit 1 --story ''"))
    assert show_json(week, 1)["story"] is None
    assert show_json(week, 1)["feelings"] == ["anxious", "lonely"]  # nothing else touched


def test_edit_shows_care_for_its_text(week: Steady) -> None:
    run = ok(week(["edit", "2", "--context", "I can't go on like this"]))
    assert "988" in run.stdout
    assert show_json(week, 2)["context"] == "I can't go on like this"


# -- delete ----------------------------------------------------------------------------------------


def _rows(db_path: Path, table: str, activation_id: int) -> int:
    connection = sqlite3.connect(db_path)
    try:
        query = f"SELECT count(*) FROM {table} WHERE activation_id = ?"
        return int(connection.execute(query, (activation_id,)).fetchone()[0])
    finally:
        connection.close()


def test_delete_with_yes_removes_the_activation_and_everything_in_it(
    week: Steady, db_path: Path
) -> None:
    ok(week("note 'bring this up' --id 1 --therapy"))
    run = ok(week("delete 1 --yes"))
    assert run.stdout.strip() == "Deleted activation 1."
    assert week("show 1").exit_code == 1
    assert [a["id"] for a in ok(week("log --json")).json()] == [4, 3, 2]
    for table in ("reading", "feeling", "urge", "helped", "note"):
        assert _rows(db_path, table, 1) == 0, table
    assert _rows(db_path, "reading", 2) == 1  # the others are untouched


def test_delete_without_yes_and_without_a_terminal_is_refused(
    week: Steady, refuses: Callable[..., Run]
) -> None:
    refuses("delete 2", code=2, says="--yes")
    assert show_json(week, 2)["id"] == 2


def test_delete_asks_with_a_terminal_and_no_keeps_it(week: Steady) -> None:
    run = ok(week("delete 2", input="n\n", tty=True))
    assert "Delete activation 2 (Wed 25 Nov 23:30, 1 reading) for good?" in run.stdout
    assert "Kept as it was." in run.stdout
    assert show_json(week, 2)["id"] == 2


def test_delete_asks_with_a_terminal_and_enter_keeps_it(week: Steady) -> None:
    run = ok(week("delete 3", input="\n", tty=True))
    assert "[y/N]" in run.stdout
    assert "Kept as it was." in run.stdout
    assert show_json(week, 3)["id"] == 3


def test_delete_asks_with_a_terminal_and_yes_deletes(week: Steady) -> None:
    run = ok(week("delete 1", input="y\n", tty=True))
    assert "2 readings" in run.stdout
    assert "Deleted activation 1." in run.stdout
    assert week("show 1").exit_code == 1


@pytest.mark.parametrize(
    ("make", "args", "asks", "listed"),
    [
        (
            "note 'I said too much tonight'",
            "--note 1",
            "note 1 (“I said too much tonight”)",
            "notes",
        ),
        (
            "anchor solitude 'read for a bit'",
            "--anchor 1",
            "anchor 1 (“read for a bit”)",
            "anchors",
        ),
        ("share save 'you never answer'", "--message 1", "message 1 (“you never answer”)", None),
        ("checkin --hum 3", "--checkin today", "the check-in of Fri 27 Nov 2026", "checkins"),
    ],
)
def test_one_note_anchor_message_or_checkin_can_be_deleted(
    steady: Steady, refuses: Callable[..., Run], make: str, args: str, asks: str, listed: str | None
) -> None:
    ok(steady("notice chest tight -i 4"))
    ok(steady(make))
    listing = ["share", "list", "--json"] if listed is None else [listed, "--json"]
    before = ok(steady(listing)).json()
    assert len(before) == 1
    refuses(f"delete {args}", says="--yes")  # no terminal, no --yes: nothing happens
    kept = ok(steady(f"delete {args}", input="n\n", tty=True))
    assert f"Delete {asks} for good?" in kept.stdout
    assert "Kept as it was." in kept.stdout
    assert ok(steady(listing)).json() == before
    gone = ok(steady(f"delete {args} --yes"))
    assert gone.stdout.startswith("Deleted ")
    assert ok(steady(listing)).json() == []
    assert len(ok(steady("log --json")).json()) == 1  # nothing else went with it


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        ("delete", 2, "Name one thing to delete"),
        ("delete 1 --note 2", 2, "Name one thing to delete"),
        ("delete --note 1 --note 2 --yes", 2, "One thing at a time"),
        ("delete --anchor abc --yes", 2, "steady anchors lists them"),
        ("delete --message 0 --yes", 2, "steady share list lists them"),
        ("delete --note 9 --yes", 1, "There is no note 9"),
        ("delete --anchor x --yes", 2, "id"),
        ("delete --checkin yesterday --yes", 1, "There is no check-in for Thu 26 Nov 2026"),
        ("delete --checkin someday --yes", 2, "Cannot read --checkin"),
    ],
)
def test_deleting_what_is_not_there_is_refused(
    week: Steady, refuses: Callable[..., Run], args: str, code: int, says: str
) -> None:
    refuses(args, code=code, says=says)


# -- note ------------------------------------------------------------------------------------------


def _notes(db_path: Path) -> list[tuple[str, int, int | None]]:
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT text, therapy, activation_id FROM note ORDER BY id")
        return [(str(t), int(th), a) for t, th, a in rows.fetchall()]
    finally:
        connection.close()


def test_note_is_kept_alone_or_for_therapy(steady: Steady, db_path: Path) -> None:
    assert ok(steady("note 'noticed it sooner today'")).stdout.strip() == "Note 1 kept."
    run = ok(steady("note 'ask about the Sunday pattern' --therapy"))
    assert run.stdout.strip() == "Note 2 kept to bring to therapy."
    assert _notes(db_path) == [
        ("noticed it sooner today", 0, None),
        ("ask about the Sunday pattern", 1, None),
    ]


def test_note_can_be_attached_to_an_activation(week: Steady) -> None:
    ok(week("note 'this one surprised me' --id 2 --therapy"))
    notes = show_json(week, 2)["notes"]
    assert [(n["text"], n["therapy"]) for n in notes] == [("this one surprised me", True)]
    assert "this one surprised me" in ok(week("show 2")).stdout
    assert "(for therapy)" in ok(week("show 2")).stdout


# -- bare `steady` ---------------------------------------------------------------------------------


def test_status_of_an_empty_journal(steady: Steady) -> None:
    out = ok(steady([])).stdout
    assert "Nothing logged yet" in out
    assert "steady notice chest tight -i 5" in out


def test_status_shows_the_open_activation_and_how_long_it_has_been(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 21:00"))
    ok(steady("notice -i 6 --at 22:00"))
    out = ok(steady([])).stdout
    assert "Open: activation 1, since 21:00 (1 h 30 min); last reading 6/10" in out
    assert "Can you name the feeling? steady name" in out
    ok(steady("name anxious"))
    out = ok(steady([])).stdout
    assert "steady settle" in out
    assert "Can you name the feeling?" not in out


def test_status_of_a_stale_activation_says_how_to_settle_it_afterwards(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at '2026-11-25 20:00'"))
    out = ok(steady([])).stdout
    assert "Activation 1 has been open since Wed 25 Nov 20:00" in out
    assert "nothing new for 2 days 2 h" in out
    assert "steady settle --at" in out
    # ... and the advice works
    ok(steady("settle --at 'yesterday 22:30'"))
    assert show_json(steady, 1)["settled_at"] == "2026-11-26T22:30:00+01:00"


@pytest.mark.parametrize(
    ("stale_hours", "last_reading"),
    [(2, "19:00"), (24, "2026-11-25 20:00"), (72, "2026-11-23 19:00")],
)
def test_the_status_advice_for_a_stale_activation_works_as_written(
    steady: Steady, stale_hours: int, last_reading: str
) -> None:
    ok(steady(f"config set stale_hours {stale_hours}"))
    ok(steady(["notice", "chest", "tight", "-i", "5", "--at", last_reading]))
    out = ok(steady([])).stdout
    assert "has been open since" in out
    match = re.search(r"steady settle( --id \d+)? --at \"([^\"]+)\"", out)
    assert match, out
    ok(steady(["settle", *(match.group(1) or "").split(), "--at", match.group(2)]))
    assert show_json(steady, 1)["status"] == "settled"


def test_json_times_follow_summer_time(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at '2026-07-01 12:00'"))
    ok(steady("settle --at '2026-07-01 12:20'"))
    data = ok(steady("log --json --since 2026-07-01 --until 2026-07-01")).json()
    assert data[0]["started_at"] == "2026-07-01T12:00:00+02:00"
    assert data[0]["settled_at"] == "2026-07-01T12:20:00+02:00"
    assert data[0]["readings"][0]["at"] == "2026-07-01T12:00:00+02:00"


def test_status_mentions_activations_waiting_for_a_settled_time(week: Steady) -> None:
    out = ok(week([])).stdout
    assert "Open: activation 4" in out
    assert "has no settled time yet" in out
    assert re.search(r"steady settle --id \d+ --at WHEN", out)


def test_status_with_nothing_open(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 21:00"))
    ok(steady("settle --at 22:00"))
    out = ok(steady([])).stdout
    assert "Nothing open right now." in out
    assert "no settled time" not in out


# -- the first run ---------------------------------------------------------------------------------


def test_the_first_run_says_once_that_this_is_not_therapy(steady: Steady) -> None:
    first = ok(steady([]))
    assert REFLECTION_ONLY in first.stderr and HELP_NOW in first.stderr
    assert first.stderr.count("not therapy") == 1
    assert "not therapy" not in first.stdout
    second = ok(steady([]))
    assert "not therapy" not in second.stderr + second.stdout
    third = ok(steady("notice chest tight -i 4"))
    assert "not therapy" not in third.stderr + third.stdout


def test_the_first_run_keeps_json_on_stdout_clean(steady: Steady) -> None:
    first = ok(steady("log --json"))
    assert first.json() == []
    assert "help-now" in first.stderr


def test_a_feeling_named_by_mistake_can_be_taken_back(
    steady: Steady, refuses: Callable[..., Run]
) -> None:
    ok(steady("notice chest tight -i 5"))
    ok(steady("name anxous lonely"))
    refuses("edit 1 --unname sad", code=1, says="Its feelings: anxous, lonely.")
    refuses("edit 1 --unname lonely --unname sad", code=1, says="Its feelings: anxous, lonely.")
    refuses("edit 1 --unname anxous --onset 22:33", says="earlier than the first reading")
    run = ok(steady(["edit", "1", "--unname", "ANXOUS", "--unname", "anxous"]))
    assert "Feelings named now: lonely." in run.stdout
    assert ok(steady("show 1 --json")).json()["feelings"] == ["lonely"]
    ok(steady("name anxious"))
    assert ok(steady("show 1 --json")).json()["feelings"] == ["lonely", "anxious"]
