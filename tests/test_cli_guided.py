"""What a person sees in the guided flow: no question is asked only to be thrown away,
care comes first, and typed answers are read the way people mean them."""

from __future__ import annotations

import os
import stat

import pytest

from tests.conftest import NOW, TZ


def test_questions_are_not_asked_when_nothing_is_open(steady, db_path):
    for command, input in (
        ("story", "they will leave\n"),
        ("name", "1\n"),
        ("urge", "x\n"),
        ("settle", "walk\n"),
    ):
        run = steady(command, input=input, tty=True)
        assert run.exit_code == 1, command
        assert "Nothing is open" in run.stderr
        assert "?" not in run.stdout, f"{command} asked before refusing: {run.stdout!r}"


def test_an_unknown_id_is_refused_before_any_question(steady):
    steady("notice chest -i 4")
    run = steady("story --id 9", input="words\n", tty=True)
    assert run.exit_code == 1 and "no activation 9" in run.stderr
    assert run.stdout == ""


def test_a_first_guided_notice_asks_again_for_the_body(steady):
    # Enter at the body menu is not accepted for a first activation; then 6 (chest).
    run = steady("notice", input="\n6\n\n5\n\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "A word or a number from the list" in run.stdout
    assert steady("show 1 --json").json()["readings"][0]["location"] == "chest"


def test_care_comes_first_and_the_story_line_is_left_out(steady):
    steady("notice chest -i 6")
    run = steady(["story", "I don't want to be alive if they leave"])
    assert run.exit_code == 0
    assert "988" in run.stdout
    assert "still a story" not in run.stdout
    shown = steady("show 1 --json").json()
    assert shown["story"] is None  # kept in the person's words, not as "the story"
    assert [n["text"] for n in shown["notes"]] == ["I don't want to be alive if they leave"]


def test_a_threat_from_a_partner_is_recognised(steady):
    run = steady(["note", "he said he would hurt me if I texted again"])
    assert "not an attachment pattern" in run.stdout
    assert "0808 2000 247" in run.stdout


def test_help_now_lists_domestic_abuse_lines(steady):
    out = steady("help-now").stdout
    assert "1-800-799-7233" in out and "0808 2000 247" in out
    assert "116 123" in out and "988" in out


def test_guided_settle_reads_a_bare_time_on_the_activation_s_evening(steady):
    steady(["notice", "chest", "-i", "5", "--at", "2026-11-20 21:00"])
    steady("notice throat -i 3")  # the first one is stale: kept without a settled time
    run = steady("settle --id 1", input="nonsense\n23:15\n\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "Cannot read" in run.stdout  # asked again, kindly, after the first answer
    shown = steady("show 1 --json").json()
    assert shown["settled_at"] == "2026-11-20T23:15:00+01:00"
    assert shown["recovery_minutes"] == 135


def test_a_number_after_a_story_word_picks_from_the_feelings_offered(steady):
    steady("notice chest -i 6")
    run = steady("name ignored", input="1\n", tty=True)  # ignored -> hurt, lonely, scared
    assert run.exit_code == 0, run.stderr
    assert steady("show 1 --json").json()["feelings"] == ["ignored", "hurt"]


def test_a_guided_urge_asks_whether_it_was_acted_on(steady):
    steady("notice chest -i 6")
    assert steady("urge", input="text again\ny\n", tty=True).exit_code == 0
    assert steady("show 1 --json").json()["urges"][0] == {
        "text": "text again",
        "acted": True,
        "at": "2026-11-27T22:30:00+01:00",
    }


def test_the_name_hint_names_now_even_after_a_back_filled_notice(steady):
    """Naming at the reading's time would make time-to-name look like 0."""
    run = steady(["notice", "chest", "-i", "5", "--at", "yesterday 21:00"])
    assert "Can you name the feeling? steady name\n" in run.stdout
    assert "--at" not in run.stdout


def test_a_typo_on_the_command_line_is_offered_its_match_in_a_terminal(steady):
    assert steady("notice chets tight -i 5", input="y\n\n", tty=True).exit_code == 0
    assert steady("show 1 --json").json()["readings"][0]["location"] == "chest"


def test_a_typo_without_a_terminal_is_kept_and_named(steady):
    run = steady("notice chets tight -i 5")
    assert "Kept 'chets' as written (did you mean chest?)" in run.stdout


def test_ids_that_are_not_numbers_get_one_plain_sentence(refuses, steady):
    steady("notice chest -i 4")
    for args in ("show abc", "edit x --context y", "delete x --yes", "name calm --id one"):
        result = refuses(args, code=2, says="is not an id")
        assert "Invalid value" not in result.stderr


def test_shown_clock_times_and_durations_agree(steady, monkeypatch):
    from datetime import timedelta

    monkeypatch.setattr("steady.cli.common.clock", lambda: NOW - timedelta(seconds=47 + 42 * 60))
    steady("notice chest -i 5")
    monkeypatch.setattr("steady.cli.common.clock", lambda: NOW + timedelta(seconds=1))
    run = steady("settle")
    shown = steady("show 1 --json").json()
    assert shown["started_at"] == "2026-11-27T21:47:00+01:00"
    assert shown["settled_at"] == "2026-11-27T22:30:00+01:00"
    assert shown["recovery_minutes"] == 43
    assert "Settled after 43 min" in run.stdout


def test_notes_are_listed(steady):
    steady("notice chest -i 4")
    steady(["note", "first", "--therapy"])
    steady(["note", "second", "--id", "1"])
    listed = steady("notes --json").json()
    assert [n["text"] for n in listed] == ["second", "first"]
    assert listed[0]["activation_id"] == 1 and listed[1]["therapy"] is True
    assert [n["text"] for n in steady("notes --therapy --json").json()] == ["first"]
    assert "for therapy" in steady("notes").stdout


def test_tomorrow_has_not_happened_yet(refuses):
    refuses("notice chest -i 4 --at tomorrow", says="has not happened yet")


def test_status_names_the_activation_waiting_for_a_settled_time(steady):
    steady(["notice", "chest", "-i", "5", "--at", "2026-11-20 21:00"])
    steady("notice throat -i 3")
    assert "steady settle --id 1 --at WHEN" in steady("").stdout


def test_config_get_strips_terminal_escapes(steady):
    steady(["config", "set", "partner_name", "Sam\x1b[31mRED"])
    assert steady("config get partner_name").stdout == "SamRED\n"


def test_every_new_folder_is_private_even_with_a_loose_umask(tmp_path, steady, monkeypatch):
    home = tmp_path / "a" / "b" / "c"
    monkeypatch.setenv("STEADY_HOME", str(home))
    old = os.umask(0)
    try:
        assert steady("notice chest -i 3").exit_code == 0
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", home):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_share_check_shows_care_without_claiming_anything_was_saved(steady):
    run = steady(["share", "check", "I want to die if you leave"])
    assert run.exit_code == 0
    assert "988" in run.stdout
    assert "saved" not in run.stdout.lower()
    assert steady("share list --json").json() == []


def test_import_reports_its_progress_row_by_row(steady, tmp_path, journal):
    from steady import importer

    steady("notice chest tight -i 5 --at 21:00")
    steady("name anxious --at 21:05")
    steady("settle --at 21:40 --helped walk")
    steady(["note", "kept", "--therapy"])
    backup = tmp_path / "backup.json"
    assert steady(["export", "--format", "json", "-o", str(backup)]).exit_code == 0
    other = tmp_path / "other.db"
    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal

    seen: list[int] = []
    with open_journal(
        open_database(other, now=NOW), now=NOW, tz=TZ, config=config.Config({}, tmp_path / "c.toml")
    ) as j:
        plan = importer.plan_import(j, backup.read_bytes())
        importer.apply_import(j, plan, seen.append)
    # one activation, one reading, one feeling, one practice, one note
    assert plan.rows == 5
    assert sum(seen) == plan.rows


def test_the_composer_does_not_repeat_flexibility_the_request_already_has():
    from steady.messages import compose

    text = compose(
        "I've been anxious", "I'm going for a walk", "could we talk tonight, whenever suits you"
    )
    assert text.count("whenever suits you") == 1
    assert "If tonight doesn't suit" in compose("I've been anxious", "", "a call tonight")


@pytest.mark.parametrize("command", ["checkin", "notice", "settle", "share write"])
def test_stopping_at_a_question_is_calm_and_saves_nothing_more(steady, command):
    steady("log")  # the journal exists: the first-run notice is not part of this
    if command == "settle":
        steady("notice chest tight -i 5")
    before = steady("log --json").json() if command != "checkin" else None
    run = steady(command, input="", tty=True)  # Ctrl-D at the first question
    assert run.exit_code == 130
    assert run.stderr.strip() == "Stopped. Anything not yet shown as saved was left out."
    assert "Aborted" not in run.stdout + run.stderr
    if before is not None:
        assert steady("log --json").json() == before
    assert steady("checkins --json").json() == []
    assert steady("share list --json").json() == []


def test_a_likely_typo_in_a_named_feeling_is_offered_its_match_in_a_terminal(steady):
    steady("notice chest tight -i 5")
    run = steady("name anxous", input="\n", tty=True)
    assert run.exit_code == 0, run.stderr
    assert "Did you mean 'anxious'?" in run.stdout
    assert steady("show 1 --json").json()["feelings"] == ["anxious"]
    kept = steady("name lonley", input="n\n", tty=True)  # no: kept as typed, and said so
    assert "Kept 'lonley' as written" in kept.stdout
    story = steady("name ignored", input="\n", tty=True)  # a story word is not a typo
    assert "Did you mean" not in story.stdout
    assert steady("name anxous").exit_code == 0  # no terminal: kept as written, as before


def test_the_feelings_under_a_story_word_leave_out_those_already_named(steady):
    steady("notice chest tight -i 5")
    run = steady("name ignored lonely", input="\n", tty=True)
    assert "What is the feeling under it — hurt, scared?" in " ".join(run.stdout.split())
    everything = steady("name rejected ashamed sad hurt", input="\n", tty=True)
    assert "you have named what is under it too" in " ".join(everything.stdout.split())


def test_a_question_is_broken_between_words_to_fit_a_narrow_terminal(monkeypatch):
    from steady.cli import prompts

    monkeypatch.setenv("COLUMNS", "30")
    question = (
        "Add a word for what you noticed (numbers or words, separated by commas, Enter to skip)"
    )
    shown = prompts.shaped(question)
    assert all(len(line) <= 28 for line in shown.splitlines())
    assert shown.split() == question.split()  # every word whole, none split
