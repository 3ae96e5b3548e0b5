"""Therapy sessions: marked, listed, moved, deleted, exported and imported; and what they
change in the report: its default range, and the notes to bring."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ok

# NOW is Fri 27 Nov 2026 22:30 in Berlin.


def test_a_session_is_marked_listed_moved_and_deleted(steady):
    run = ok(steady("session --date 2026-11-20"))
    assert "Session 1 kept for Fri 20 Nov 2026." in run.stdout
    ok(steady("session"))  # today
    again = ok(steady("session"))  # the same day twice is one session
    assert "Session 2 kept for Fri 27 Nov 2026." in again.stdout
    listed = ok(steady("sessions --json")).json()
    assert [(s["id"], s["day"]) for s in listed] == [(2, "2026-11-27"), (1, "2026-11-20")]
    assert "Fri 20 Nov 2026" in ok(steady("sessions")).stdout
    moved = ok(steady("session --id 1 --date 2026-11-19"))
    assert "Session 1 moved to Thu 19 Nov 2026." in moved.stdout
    ok(steady("delete --session 2 --yes"))
    assert [s["day"] for s in ok(steady("sessions --json")).json()] == ["2026-11-19"]


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        ("session --date 2026-12-25", 2, "is still to come"),
        ("session --id 1", 2, "--id needs --date"),
        ("session --id 9 --date 2026-11-20", 1, "There is no session 9."),
        ("session --date someday", 2, "--date"),
        ("delete --session 9 --yes", 1, "There is no session 9."),
    ],
)
def test_a_session_that_cannot_be_kept_is_refused_and_changes_nothing(
    refuses, steady, args, code, says
):
    ok(steady("session --date 2026-11-20"))
    refuses(args, code, says=says)


def test_the_export_covers_the_time_since_the_last_session(steady):
    ok(steady("notice chest tight -i 5 --at '2026-11-02 20:00'"))
    ok(steady("settle --at '2026-11-02 20:40'"))
    without = ok(steady("export")).stdout
    assert without.startswith("# Journal summary: Mon 2 Nov 2026 – Fri 27 Nov 2026 (26 days)")
    ok(steady("session --date 2026-11-18"))
    since = ok(steady("export")).stdout
    assert since.startswith("# Journal summary: Wed 18 Nov 2026 – Fri 27 Nov 2026 (10 days)")
    assert "last session Wed 18 Nov 2026" in since
    # An explicit range is kept as asked.
    asked = ok(steady("export --since 2026-11-01 --until 2026-11-10")).stdout
    assert asked.startswith("# Journal summary: Sun 1 Nov 2026 – Tue 10 Nov 2026")


def test_notes_for_therapy_since_the_last_session_are_on_the_first_page(steady, tmp_path):
    ok(
        steady(
            ["note", "Brought last time: the Sunday dip", "--therapy", "--at", "2026-11-10 09:00"]
        )
    )
    ok(steady("session --date 2026-11-18"))
    ok(steady(["note", "Ask about the Sunday dip again", "--therapy", "--at", "2026-11-20 09:00"]))
    ok(steady(["note", "Just a note", "--at", "2026-11-21 09:00"]))
    # A range that holds neither note still brings the one since the session.
    md = ok(steady("export --since 2026-11-01 --until 2026-11-05")).stdout
    agenda = md.split("## To bring to therapy")[1].split("\n## ")[0]
    assert "Ask about the Sunday dip again" in agenda
    assert "Brought last time" not in agenda
    # Leaving out the notes section keeps the agenda.
    without_notes = ok(steady("export --exclude notes")).stdout
    assert "## To bring to therapy" in without_notes
    assert "Ask about the Sunday dip again" in without_notes
    assert "\n## Notes" not in without_notes and "Just a note" not in without_notes
    page = tmp_path / "r.html"
    ok(steady(["export", "--format", "html", "--exclude", "notes", "-o", str(page)]))
    assert "Ask about the Sunday dip again" in page.read_text("utf-8")


def test_sessions_go_out_and_come_back_losslessly(steady, tmp_path, monkeypatch):
    ok(steady("session --date 2026-11-18"))
    ok(steady("session --date 2026-10-02"))
    target = tmp_path / "backup.json"
    ok(steady(["export", "--format", "json", "-o", str(target)]))
    document = json.loads(target.read_text("utf-8"))
    assert document["schema"] == "steady.export/3"
    assert [s["day"] for s in document["therapy_sessions"]] == ["2026-10-02", "2026-11-18"]
    # A period holds the sessions of its days.
    period = tmp_path / "november.json"
    ok(steady(["export", "--format", "json", "--since", "2026-11-01", "-o", str(period)]))
    assert [s["day"] for s in json.loads(period.read_text("utf-8"))["therapy_sessions"]] == [
        "2026-11-18"
    ]
    # Into a fresh journal and out again: the same records.
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "other"))
    run = ok(steady(["import", str(target)]))
    assert re.search(r"therapy sessions +2 added", run.stdout), run.stdout
    again = tmp_path / "again.json"
    ok(steady(["export", "--format", "json", "-o", str(again)]))
    assert json.loads(again.read_text("utf-8"))["therapy_sessions"] == document["therapy_sessions"]
    # Importing the same file twice adds nothing.
    twice = ok(steady(["import", str(target)]))
    assert re.search(r"therapy sessions +2 already here", twice.stdout), twice.stdout


def test_a_message_saved_with_at_lands_in_its_own_period(steady):
    ok(steady(["share", "save", "I felt anxious when you were late.", "--at", "2026-11-10 21:00"]))
    data = ok(steady("review --week 2026-W46 --json")).json()
    assert data["messages"]["drafted"] == 1
    assert ok(steady("review --json")).json()["messages"]["drafted"] == 0
