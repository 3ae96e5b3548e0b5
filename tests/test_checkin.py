"""The daily check-in: the domain rules in `steady.checkins`, and `steady checkin` /
`steady checkins` on the command line, guided and with flags.

The clock is NOW: Friday 27 November 2026, 22:30 in Berlin (ISO week 2026-W48,
Monday 23 to Sunday 29 November).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from steady import checkins
from steady.errors import InputError
from tests.conftest import NOW, Run, ok

Steady = Callable[..., Run]

TODAY = date(2026, 11, 27)
CHECKIN_KEYS = {"id", "uuid", "day", "hum", "note", "no_activation", "created_at", "updated_at"}
GUILT = re.compile(r"streak|missed|forgot|behind|late|should have|!", re.IGNORECASE)


def listed(steady: Steady, *args: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = ok(steady(["checkins", "--json", *args])).json()
    return data


# -- the domain ------------------------------------------------------------------------------------


def test_a_checkin_belongs_to_the_local_day(journal):
    with journal() as j:
        result = checkins.checkin(j, hum=3)
        assert result.checkin.day == TODAY
        assert result.checkin.hum == 3
        assert result.checkin.no_activation is False
        assert result.previous is None and not result.updated
        assert result.in_week == 1
    # 23:30 UTC is already half past midnight on Saturday in Berlin
    with journal(NOW + timedelta(hours=2)) as j:
        assert checkins.checkin(j, note="late one").checkin.day == date(2026, 11, 28)


def test_checking_in_again_updates_the_day_and_keeps_what_was_not_given(journal):
    with journal() as j:
        checkins.checkin(j, hum=5, note="rough morning", no_activation=True)
    with journal(NOW + timedelta(minutes=10)) as j:
        result = checkins.checkin(j, hum=3, note="better evening")
        assert result.updated
        assert result.previous is not None and result.previous.hum == 5
        view = result.checkin
        assert (view.hum, view.no_activation) == (3, True)
        assert view.note == "rough morning\n\nbetter evening"
        assert result.note_added
        assert view.updated_at == NOW + timedelta(minutes=10)
        assert view.created_at == NOW
    with journal(NOW + timedelta(minutes=20)) as j:
        again = checkins.checkin(j, note="better evening")  # the same note is kept once
        assert again.checkin.note == "rough morning\n\nbetter evening"
        assert not again.note_added
        assert len(checkins.checkins(j)) == 1


def test_an_activation_after_all_takes_back_no_activation(journal):
    with journal() as j:
        checkins.checkin(j, no_activation=True)
        assert checkins.checkin(j, no_activation=False).checkin.no_activation is False
        assert checkins.checkin(j, hum=2).checkin.no_activation is False


def test_earlier_days_are_welcome_and_later_ones_refused(journal):
    with journal() as j:
        assert checkins.checkin(j, day=date(2025, 3, 1), hum=4).checkin.day == date(2025, 3, 1)
        with pytest.raises(InputError, match="has not come yet"):
            checkins.checkin(j, day=date(2026, 11, 28), hum=4)
        with pytest.raises(InputError):
            checkins.day_state(j, date(2026, 11, 28))
    assert checkins.check_day(None, TODAY) == TODAY
    assert checkins.check_day(TODAY, TODAY) == TODAY


@pytest.mark.parametrize("hum", [-1, 11, "x", "2.5", ""])
def test_the_hum_is_a_whole_number_from_0_to_10(journal, hum):
    with journal() as j, pytest.raises(InputError, match="Hum"):
        checkins.checkin(j, hum=hum)


def test_activations_are_counted_by_their_local_day(journal):
    with journal() as j:
        # 23:30 UTC on Thursday is 00:30 on Friday in Berlin
        j.notice(intensity=5, location="chest", at=NOW - timedelta(hours=22))
        j.settle(at=NOW - timedelta(hours=21))
        j.notice(intensity=4, location="throat", at=NOW - timedelta(hours=25))
        state = checkins.day_state(j)
        assert state.today and state.checkin is None
        assert [i for i, _ in state.activations] == [1]
        assert [i for i, _ in checkins.activations_on(j, TODAY - timedelta(days=1))] == [2]
        # "no activation" is accepted even so; the activation is reported back
        result = checkins.checkin(j, no_activation=True)
        assert result.checkin.no_activation is True
        assert [i for i, _ in result.activations] == [1]


def test_the_week_count_is_the_iso_week_of_the_day(journal):
    with journal() as j:
        checkins.checkin(j, day=date(2026, 11, 22), hum=1)  # Sunday of the week before
        checkins.checkin(j, day=date(2026, 11, 23), hum=2)  # Monday
        assert checkins.checkin(j, hum=3).in_week == 2
        assert checkins.checkin(j, day=date(2026, 11, 16), hum=3).in_week == 2
    assert checkins.week_of(TODAY) == (date(2026, 11, 23), date(2026, 11, 29))


def test_the_list_is_newest_first_and_inclusive(journal):
    with journal() as j:
        for day in (20, 25, 27, 23):
            checkins.checkin(j, day=date(2026, 11, day), hum=day % 10)
        assert [v.day.day for v in checkins.checkins(j)] == [27, 25, 23, 20]
        since = checkins.checkins(j, since=date(2026, 11, 23), until=date(2026, 11, 25))
        assert [v.day.day for v in since] == [25, 23]
        with pytest.raises(InputError, match="before --since"):
            checkins.checkins(j, since=TODAY, until=date(2026, 11, 1))


def test_days_are_named_the_way_people_say_them():
    assert checkins.show_day(TODAY, TODAY) == "today"
    assert checkins.show_day(date(2026, 11, 26), TODAY) == "yesterday"
    assert checkins.show_day(date(2026, 11, 20), TODAY) == "Fri 20 Nov"
    assert checkins.show_day(date(2025, 11, 20), TODAY) == "Thu 20 Nov 2025"


# -- with flags ------------------------------------------------------------------------------------


def test_flags_check_in_without_a_single_question(steady):
    run = ok(steady("checkin --hum 3 --note 'quiet day'", tty=True))
    assert run.stdout.strip() == "Checked in for today: hum 3; note kept."
    [row] = listed(steady)
    assert set(row) == CHECKIN_KEYS
    assert (row["day"], row["hum"], row["note"], row["no_activation"]) == (
        "2026-11-27",
        3,
        "quiet day",
        False,
    )


def test_a_second_checkin_the_same_day_says_what_changed(steady):
    ok(steady("checkin --hum 5 --note 'tight all morning'"))
    run = ok(steady("checkin --hum 3"))
    assert "Updated today's check-in (hum 3, was 5)." in run.stdout
    [row] = listed(steady)
    assert (row["hum"], row["note"]) == (3, "tight all morning")
    run = ok(steady("checkin --none"))
    assert "Updated today's check-in (no activation)." in run.stdout
    assert "Today's check-in already says that" in ok(steady("checkin --hum 3")).stdout
    [row] = listed(steady)
    assert (row["hum"], row["no_activation"]) == (3, True)


def test_back_filling_is_welcome_without_guilt(steady):
    yesterday = ok(steady("checkin --date yesterday --hum 4"))
    assert "Checked in for yesterday: hum 4." in yesterday.stdout
    older = ok(steady("checkin --date 2026-11-20 --none"))
    assert "Checked in for Fri 20 Nov: no activation." in older.stdout
    ok(steady("checkin --date 2026-11-23 --hum 2"))
    today = ok(steady("checkin --hum 1"))
    assert "3 check-ins this week." in today.stdout
    assert "1 check-ins" not in older.stdout  # a lone check-in in its week: no count
    assert "2 check-ins that week." in ok(steady("checkin --date 2026-11-19 --hum 6")).stdout
    for run in (yesterday, older, today):
        assert not GUILT.search(run.stdout), run.stdout
    assert [r["day"] for r in listed(steady)] == [
        "2026-11-27",
        "2026-11-26",
        "2026-11-23",
        "2026-11-20",
        "2026-11-19",
    ]


def test_a_future_date_is_refused_and_changes_nothing(steady, refuses):
    ok(steady("checkin --hum 3"))
    refuses("checkin --date 2026-11-28 --hum 2", says="has not come yet")
    refuses("checkin --date 2027-01-01 --none")
    refuses("checkin --date someday --hum 2", says="Cannot read --date")
    assert [(r["day"], r["hum"]) for r in listed(steady)] == [("2026-11-27", 3)]


def test_no_activation_on_a_day_with_one_logged_is_accepted_gently(steady):
    ok(steady("notice chest tight -i 6 --at 20:00"))
    run = ok(steady("checkin --none --hum 4"))
    assert "Checked in for today: hum 4, no activation." in run.stdout
    assert "Activation 1 is logged for today as well" in run.stdout
    assert listed(steady)[0]["no_activation"] is True
    assert "logged for today" not in ok(steady("checkin --hum 2")).stdout  # said once
    # an activation on another day is not mentioned
    quiet = ok(steady("checkin --none --date yesterday"))
    assert "logged" not in quiet.stdout


def test_an_activation_logged_after_no_activation_takes_the_mark_back(steady):
    ok(steady("checkin --none --hum 4"))
    ok(steady("checkin --none --date yesterday"))
    run = ok(steady("notice chest tight -i 6"))
    assert "Today's check-in had said “no activation”; it now counts this one." in run.stdout
    today, yesterday = listed(steady)
    assert (today["no_activation"], today["hum"]) == (False, 4)
    assert yesterday["no_activation"] is True  # another day's word is kept
    assert "no activation" not in ok(steady("notice -i 4")).stdout  # a reading: said once
    back_filled = ok(steady(["notice", "stomach", "-i", "5", "--at", "yesterday 20:00"]))
    assert "The Thu 26 Nov check-in had said" in back_filled.stdout
    assert [c["no_activation"] for c in listed(steady)] == [False, False]


@pytest.mark.parametrize(
    ("hum", "says"),
    [("11", "outside 0–10"), ("-1", "outside 0–10"), ("lots", "not a number"), ("2.5", "whole")],
)
def test_a_hum_out_of_range_or_not_a_number_is_refused(steady, refuses, hum, says):
    ok(steady("checkin --hum 3"))
    refuses(["checkin", "--hum", hum], says=says)
    assert listed(steady)[0]["hum"] == 3


def test_without_a_terminal_and_without_flags_it_asks_for_them(steady, refuses):
    ok(steady("checkin --hum 3"))
    run = refuses("checkin", says="Nothing to check in with")
    assert "--hum N" in run.stderr and "--none" in run.stderr and "--date" in run.stderr
    refuses("checkin --date yesterday", says="--hum N")
    refuses(["checkin", "--note", "   "])


def test_care_comes_first_after_a_worrying_note(steady):
    run = ok(steady(["checkin", "--hum", "8", "--note", "I don't want to be alive anymore"]))
    assert "988" in run.stdout
    assert "Checked in" not in run.stdout
    assert listed(steady)[0]["note"] == "I don't want to be alive anymore"


# -- guided ----------------------------------------------------------------------------------------


def test_a_guided_checkin_shows_the_scale_and_asks_each_question(steady):
    run = ok(steady("checkin", input="4\nn\nslept badly\n", tty=True))
    out = run.stdout
    assert (
        "0 calm · 3 noticeable · 5 hard to ignore · 7 pulling at behaviour · 10 overwhelming" in out
    )
    assert "The background hum today, 0–10? (Enter to skip)" in out
    assert (
        "Was there an activation today, the alarm showing up in your body? (y/n, Enter to skip)"
        in out
    )
    assert 'steady anchor KIND "what"' in out
    assert "Checked in for today: hum 4, no activation; note kept." in out
    [row] = listed(steady)
    assert (row["hum"], row["no_activation"], row["note"]) == (4, True, "slept badly")


def test_every_guided_question_can_be_skipped(steady):
    run = ok(steady("checkin", input="\n\n\n", tty=True))
    assert "Checked in for today." in run.stdout
    [row] = listed(steady)
    assert (row["hum"], row["no_activation"], row["note"]) == (None, False, None)


def test_a_guided_answer_that_cannot_be_read_is_asked_again(steady):
    run = ok(steady("checkin", input="eleven\n12\n3\nmaybe\nno\n\n", tty=True))
    assert run.stdout.count("Use a whole number from 0 (calm) to 10") == 2
    assert "y for yes, n for no, or Enter to skip." in run.stdout
    row = listed(steady)[0]
    assert (row["hum"], row["no_activation"]) == (3, True)


def test_a_guided_update_says_what_is_there_and_keeps_it_on_enter(steady):
    ok(steady("checkin --hum 5 --note 'first'"))
    run = ok(steady("checkin", input="\n\n\n", tty=True))
    assert "You checked in for today already (hum 5, a note)." in run.stdout
    assert "Today's check-in already says that (hum 5, a note)." in run.stdout
    run = ok(steady("checkin", input="2\n\nsecond\n", tty=True))
    assert "Updated today's check-in (hum 2, was 5; note added)." in run.stdout
    row = listed(steady)[0]
    assert (row["hum"], row["note"]) == (2, "first\n\nsecond")


def test_a_guided_back_fill_asks_about_that_day(steady):
    run = ok(steady("checkin --date 2026-11-20", input="2\nn\n\n", tty=True))
    assert "The background hum on Fri 20 Nov, 0–10?" in run.stdout
    assert "Was there an activation on Fri 20 Nov, the alarm showing up" in run.stdout
    assert "Checked in for Fri 20 Nov: hum 2, no activation." in run.stdout
    assert not GUILT.search(run.stdout)
    assert listed(steady)[0]["day"] == "2026-11-20"


def test_the_activation_question_is_left_out_when_one_is_logged(steady):
    ok(steady("notice chest tight -i 6 --at 20:00"))
    run = ok(steady("checkin", input="3\n\n", tty=True))
    assert "Was there an activation" not in run.stdout
    assert "1 activation logged today." in run.stdout
    assert "Log that activation now?" not in run.stdout
    assert listed(steady)[0]["hum"] == 3


def test_yes_with_nothing_logged_offers_to_log_it_now(steady):
    # hum 6, yes, no note; log it now: began 20:45, chest (6), tight (1), 7/10, no context,
    # and (logged afterwards) not eased yet
    run = ok(steady("checkin", input="6\ny\n\ny\n20:45\n6\n1\n7\n\n\n", tty=True))
    assert "Checked in for today: hum 6." in run.stdout
    assert "Log that activation now?" in run.stdout
    assert "Noticed: tight chest, 7/10, 20:45." in run.stdout
    shown = ok(steady("show 1 --json")).json()
    assert shown["started_at"] == "2026-11-27T20:45:00+01:00"
    assert shown["readings"][0]["intensity"] == 7
    assert listed(steady)[0]["no_activation"] is False


def test_declining_to_log_it_now_shows_the_command_for_later(steady):
    run = ok(steady("checkin --date yesterday", input="6\ny\n\nn\n", tty=True))
    assert "Nothing is logged for yesterday yet." in run.stdout
    assert 'steady notice LOCATION SENSATION -i N --at "2026-11-26 HH:MM"' in run.stdout
    assert ok(steady("log --json")).json() == []


def test_flags_in_a_terminal_ask_nothing(steady):
    run = ok(steady("checkin --none", input="", tty=True))
    assert "?" not in run.stdout
    assert listed(steady)[0]["no_activation"] is True


# -- the list and bare `steady` --------------------------------------------------------------------


def test_the_list_as_json_and_as_a_table(steady, refuses):
    assert listed(steady) == []
    assert "No check-ins yet." in ok(steady("checkins")).stdout
    ok(steady("checkin --date 2026-11-20 --hum 2 --note '[red]not red[/red]'"))
    ok(steady("checkin --none"))
    data = listed(steady)
    assert [r["day"] for r in data] == ["2026-11-27", "2026-11-20"]
    for row in data:
        assert set(row) == CHECKIN_KEYS
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00", row["created_at"])
        assert len(row["uuid"]) == 36
    assert [r["day"] for r in listed(steady, "--since", "2026-11-21")] == ["2026-11-27"]
    assert [r["day"] for r in listed(steady, "--until", "yesterday")] == ["2026-11-20"]
    table = ok(steady("checkins")).stdout
    assert "[red]not red[/red]" in table
    assert "Fri 20 Nov" in table and "2/10" in table and "none" in table
    assert (
        "No check-ins in that range."
        in ok(steady("checkins --since 2026-11-21 --until 2026-11-26")).stdout
    )
    refuses("checkins --since 2026-11-27 --until 2026-11-01", says="before --since")


def test_bare_steady_suggests_a_checkin_until_there_is_one_today(steady):
    before = ok(steady([])).stdout
    assert "steady checkin" in before
    assert "Checked in today." not in before
    ok(steady("checkin --date yesterday --hum 2"))  # a back-filled day is not today's
    assert "steady checkin" in ok(steady([])).stdout
    ok(steady("checkin --hum 2"))
    after = ok(steady([])).stdout
    assert "Checked in today." in after
    assert "steady checkin" not in after


def test_the_list_shows_what_each_day_holds_beside_what_was_said(steady):
    ok(steady("notice chest tight -i 4 --at 20:00"))
    ok(steady("checkin --hum 3"))
    ok(steady("checkin --none --date yesterday"))
    ok(steady("checkin --none --date 2026-11-20"))
    ok(steady(["notice", "chest", "-i", "5", "--at", "yesterday 21:00", "--new"]))
    ok(steady("checkin --none --date yesterday"))  # said again, after the activation
    rows = {
        line.split()[0]: " ".join(line.split()) for line in steady("checkins").stdout.splitlines()
    }
    assert "1 logged" in rows["today"]
    assert "1 logged (said none)" in rows["yesterday"]
    assert rows["Fri"].endswith("none")
