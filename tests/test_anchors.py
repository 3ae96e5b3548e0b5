"""Anchors: moments of being okay on your own. The domain (steady.anchors) and the CLI.

NOW is Friday 27 Nov 2026, 22:30 in Berlin, so this ISO week began on Monday 23 Nov
at 00:00 local (22 Nov 23:00 UTC).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from steady import anchors
from steady.errors import InputError
from tests.conftest import NOW, TZ

MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=TZ).astimezone(UTC)
KINDS = ["solitude", "interest", "friendship", "self-directed", "body", "other"]


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(UTC)


# -- the domain -----------------------------------------------------------------------------


def test_an_anchor_is_kept_with_every_field(journal):
    with journal() as j:
        result = anchors.log_anchor(
            j, kind="body", what=" long walk ", minutes="40", felt=7, note="by the river"
        )
    view = result.anchor
    assert (view.kind, view.what, view.minutes, view.felt, view.note) == (
        "body",
        "long walk",
        40,
        7,
        "by the river",
    )
    assert view.at == NOW  # whole minute of now
    assert len(view.uuid) == 36
    assert result.week.current and result.week.count == 1 and result.week.minutes == 40


def test_kinds_are_matched_with_aliases_and_refused_with_the_list():
    assert anchors.parse_kind("Self Directed") == "self-directed"
    assert anchors.parse_kind("friends") == "friendship"
    with pytest.raises(InputError) as typo:
        anchors.parse_kind("solitde")
    assert "did you mean solitude" in str(typo.value)
    with pytest.raises(InputError) as unknown:
        anchors.parse_kind("gardening")
    assert all(kind in str(unknown.value) for kind in KINDS)
    assert "did you mean" not in str(unknown.value)


@pytest.mark.parametrize("minutes", ["-1", "1441", "abc", "1.5", ""])
def test_minutes_outside_a_day_or_not_whole_are_refused(minutes):
    with pytest.raises(InputError, match=r"minutes|outside"):
        anchors.parse_minutes(minutes)


def test_minutes_read_a_trailing_unit():
    assert [anchors.parse_minutes(x) for x in ("0", "40m", "40 min", "1440")] == [0, 40, 40, 1440]


def test_felt_is_0_to_10_with_its_own_meaning():
    assert anchors.parse_felt("10") == 10
    with pytest.raises(InputError) as exc:
        anchors.parse_felt("11")
    assert exc.value.message == "--felt 11 is outside 0–10."
    assert "settled" in exc.value.hint and "overwhelming" not in exc.value.hint


def test_a_future_time_is_refused_by_the_domain_too(journal):
    with journal() as j, pytest.raises(InputError, match="future"):
        anchors.log_anchor(j, kind="body", at=NOW + timedelta(minutes=30))


def test_the_week_tally_counts_only_this_iso_week(journal):
    with journal() as j:
        anchors.log_anchor(j, kind="solitude", minutes=30, at=local("2026-11-22T23:59"))  # Sunday
        anchors.log_anchor(j, kind="interest", minutes=25, at=local("2026-11-23T00:00"))  # Monday
        anchors.log_anchor(j, kind="body", at=local("2026-11-25T12:00"))  # no minutes: 0
        result = anchors.log_anchor(j, kind="friendship", minutes=70)
    assert result.week.start == MONDAY
    assert (result.week.count, result.week.minutes) == (3, 95)
    assert (
        anchors.week_line(result.week, NOW, TZ)
        == "This week: 3 anchors, 1 h 35 min of being okay on your own."
    )


def test_a_back_filled_anchor_is_reflected_in_its_own_week(journal):
    with journal() as j:
        anchors.log_anchor(j, kind="body", minutes=20)  # this week: not counted below
        result = anchors.log_anchor(j, kind="solitude", minutes=45, at=local("2026-11-17T09:00"))
    assert not result.week.current
    assert (result.week.count, result.week.minutes) == (1, 45)
    assert (
        anchors.week_line(result.week, NOW, TZ)
        == "The week of Mon 16 Nov: 1 anchor, 45 min of being okay on your own."
    )


def test_anchors_between_is_newest_first_and_inclusive(journal):
    with journal() as j:
        for day, kind in ((20, "solitude"), (25, "interest"), (26, "body")):
            anchors.log_anchor(j, kind=kind, at=local(f"2026-11-{day}T23:30"))
    with journal() as j:
        every = anchors.anchors_between(j)
        some = anchors.anchors_between(j, date(2026, 11, 21), date(2026, 11, 25))
        with pytest.raises(InputError, match="before --since"):
            anchors.anchors_between(j, date(2026, 11, 25), date(2026, 11, 21))
    assert [v.kind for v in every] == ["body", "interest", "solitude"]
    assert [v.kind for v in some] == ["interest"]  # 25 Nov 23:30 local is inside the 25th


def test_the_kept_line_reflects_what_and_minutes():
    view = anchors.AnchorView(1, "u", "body", "long walk", 40, None, NOW, None)
    assert anchors.kept_line(view) == "Anchor kept: long walk, 40 min."
    bare = anchors.AnchorView(2, "u", "solitude", None, None, 8, NOW, None)
    assert anchors.kept_line(bare) == "Anchor kept: solitude, felt 8/10 settled."


# -- the CLI --------------------------------------------------------------------------------


def test_anchor_reflects_the_week_back(steady):
    steady(["anchor", "interest", "sketching", "--minutes", "55", "--at", "2026-11-24 19:00"])
    run = steady(["anchor", "body", "long walk", "--minutes", "40"])
    assert run.exit_code == 0, run.stderr
    line = " ".join(run.stdout.split())
    assert line == (
        "Anchor kept: long walk, 40 min. This week: 2 anchors, 1 h 35 min of being okay "
        "on your own."
    )
    assert "streak" not in line and "!" not in line


def test_anchors_json_has_the_contract_shape_newest_first(steady):
    steady(["anchor", "solitude", "--at", "yesterday 08:00", "--felt", "6"])
    steady(["anchor", "friendship", "coffee with Ana", "--minutes", "60", "--note", "[red]x"])
    data = steady("anchors --json").json()
    assert [set(item) for item in data] == [
        {"id", "uuid", "kind", "what", "minutes", "felt", "at", "note"}
    ] * 2
    newest, older = data
    assert newest["kind"] == "friendship" and newest["what"] == "coffee with Ana"
    assert newest["minutes"] == 60 and newest["felt"] is None and newest["note"] == "[red]x"
    assert newest["at"] == "2026-11-27T22:30:00+01:00"
    assert older["at"] == "2026-11-26T08:00:00+01:00"
    assert (older["what"], older["minutes"], older["felt"]) == (None, None, 6)


def test_anchors_table_and_range(steady):
    steady(["anchor", "body", "swim", "--minutes", "30", "--at", "2026-11-20 10:00"])
    steady(["anchor", "interest", "[bold]piano[/bold]", "--minutes", "20"])
    run = steady("anchors --since 2026-11-21")
    assert run.exit_code == 0
    assert "[bold]piano[/bold]" in run.stdout  # user text shown literally
    assert "swim" not in run.stdout
    assert "1 anchor, 20 min in all" in run.stdout
    assert "No anchors in that range." in steady("anchors --until 2026-11-01").stdout
    assert steady("anchors --until 2026-11-01 --json").json() == []


def test_an_empty_journal_suggests_a_first_anchor(steady):
    run = steady("anchors")
    assert run.exit_code == 0
    assert "No anchors yet" in run.stdout and "steady anchor" in run.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("anchor solitde", "did you mean solitude?"),
        ("anchor gardening", "The kinds: solitude, interest, friendship, self-directed, body"),
        ("anchor", "The kind of anchor is missing."),
        ("anchor body --minutes 1441", "--minutes 1441 is outside 0–1440."),
        ("anchor body --minutes=-1", "--minutes -1 is outside 0–1440."),
        ("anchor body --minutes lots", "not a whole number of minutes"),
        ("anchor body --felt 11", "--felt 11 is outside 0–10."),
        ("anchor body --felt calm", "is not a number"),
        ('anchor body --at "2026-11-28 09:00"', "is in the future"),
        ("anchor body --at 23:50", "later than now"),
        ("anchors --since today --until yesterday", "--until is before --since"),
    ],
)
def test_bad_anchor_input_is_refused_and_changes_nothing(steady, refuses, args, says):
    assert steady(["anchor", "other", "settling in"]).exit_code == 0  # a journal with data
    refuses(args, 2, says=says)


def test_a_typo_in_a_terminal_is_offered_its_close_match(steady):
    run = steady("anchor solitde 'quiet tea'", input="y\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "Did you mean 'solitude'?" in run.stdout
    assert steady("anchors --json").json()[0]["kind"] == "solitude"


def test_declining_the_close_match_refuses_with_the_list(steady, refuses):
    refuses("anchor solitde 'quiet tea'", 2, says="The kinds:", input="n\n", tty=True)


def test_the_guided_flow_asks_each_question_and_all_but_kind_can_be_skipped(steady):
    answers = "9\nfriends\nlong call with my sister\nabout an hour\n60\n8\n\n"
    run = steady("anchor", input=answers, tty=True)
    assert run.exit_code == 0, run.stderr
    out = run.stdout
    for meaning in ("time alone", "held your attention", "outside the relationship"):
        assert meaning in out  # the menu explains each kind in a line
    assert "A number from 1 to 6" in out  # 9 is not on the menu; asked again
    assert "Give whole minutes" in out  # "about an hour" is asked again
    assert "0 not settled" in out
    assert "This week: 1 anchor, 1 h of being okay on your own." in " ".join(out.split())
    item = steady("anchors --json").json()[0]
    assert (item["kind"], item["what"], item["minutes"], item["felt"], item["note"]) == (
        "friendship",
        "long call with my sister",
        60,
        8,
        None,
    )


def test_the_guided_flow_with_everything_skipped_keeps_just_the_kind(steady):
    run = steady("anchor", input="1\n\n\n\n\n", tty=True)
    assert run.exit_code == 0, run.stderr
    item = steady("anchors --json").json()[0]
    assert item["kind"] == "solitude"
    assert [item[k] for k in ("what", "minutes", "felt", "note")] == [None] * 4


def test_only_the_kind_given_in_a_terminal_asks_the_rest(steady):
    run = steady("anchor body", input="swim\n30\n\nfelt strong\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "What kind of anchor?" not in run.stdout
    item = steady("anchors --json").json()[0]
    assert (item["what"], item["minutes"], item["felt"], item["note"]) == (
        "swim",
        30,
        None,
        "felt strong",
    )


def test_a_full_command_line_asks_nothing_in_a_terminal(steady):
    run = steady("anchor body swim --minutes 30", input="", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "?" not in run.stdout


def test_a_note_that_speaks_of_self_harm_shows_care_instead_of_the_reflection(steady):
    run = steady(["anchor", "solitude", "--note", "I don't want to be alive anymore"])
    assert run.exit_code == 0
    assert "988" in run.stdout
    assert "This week" not in run.stdout
    assert steady("anchors --json").json()[0]["note"] == "I don't want to be alive anymore"


@pytest.mark.parametrize("command", ["anchor", "anchors", "pause"])
def test_help_does_not_load_the_database_stack(command):
    from tests.test_imports import heavy_modules_loaded

    assert heavy_modules_loaded([command, "--help"]) == []
