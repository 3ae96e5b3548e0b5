"""The activation loop through the CLI: notice, name, story, urge, settle.

What a person reads after each step, the guided prompts with a terminal, the
stale rule, and the care shown when free text speaks of real danger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from steady.language.vocabulary import BODY_LOCATIONS, FEELINGS, SENSATIONS
from tests.conftest import Run, ok

Steady = Callable[..., Run]


CRISIS_MARKERS = ("988", "Samaritans", "116 123", "findahelpline.com")


def activation(steady: Steady, activation_id: int = 1) -> dict[str, Any]:
    data: dict[str, Any] = ok(steady(f"show {activation_id} --json")).json()
    return data


def menu_number(words: tuple[str, ...] | list[str], word: str) -> str:
    return str(list(words).index(word) + 1)


# -- notice ------------------------------------------------------------------------------------


def test_notice_says_what_was_noticed_and_asks_for_the_feeling(steady: Steady) -> None:
    run = ok(steady("notice chest tight -i 6 --at 22:04"))
    lines = run.stdout.splitlines()
    assert lines[0] == "Noticed: tight chest, 6/10, 22:04."
    assert "Can you name the feeling?" in run.stdout
    assert "steady name" in run.stdout
    assert "warning" not in run.stdout.lower()
    assert "!" not in run.stdout
    data = activation(steady)
    assert data["started_at"] == "2026-11-27T22:04:00+01:00"
    assert data["status"] == "open"
    assert data["readings"] == [
        {
            "at": "2026-11-27T22:04:00+01:00",
            "location": "chest",
            "sensation": "tight",
            "intensity": 6,
            "retrospective": False,
        }
    ]


@pytest.mark.parametrize("words", ["chest tight", "tight chest"])
def test_tight_chest_is_understood_in_either_order(steady: Steady, words: str) -> None:
    run = ok(steady(f"notice {words} -i 5"))
    assert run.stdout.startswith("Noticed: tight chest, 5/10, 22:30.")
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"]) == ("chest", "tight")


@pytest.mark.parametrize(
    ("words", "location", "sensation"),
    [("stomach", "stomach", None), ("tight", None, "tight"), ("gut knotted", "stomach", "knot")],
)
def test_notice_with_one_word_or_everyday_words(
    steady: Steady, words: str, location: str | None, sensation: str | None
) -> None:
    ok(steady(f"notice {words} -i 4"))
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"]) == (location, sensation)


def test_notice_accepts_the_long_intensity_option_and_the_time_forms(steady: Steady) -> None:
    ok(steady("notice chest tight --intensity 3 --at '20m ago'"))
    assert activation(steady)["started_at"] == "2026-11-27T22:10:00+01:00"
    ok(steady("notice -i 4 --at '2026-11-27T22:20'"))
    ok(steady("notice -i 5 --at '2026-11-27 22:25'"))
    readings = activation(steady)["readings"]
    assert [r["at"][11:16] for r in readings] == ["22:10", "22:20", "22:25"]


def test_a_later_reading_needs_only_the_intensity(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at 21:00"))
    ok(steady("notice -i 7 --at 21:30"))
    run = ok(steady("notice -i 5"))
    assert run.stdout.splitlines()[0] == "Added to activation 1: 5/10 at 22:30 (peak so far 7)."
    assert "Can you name the feeling?" in run.stdout
    data = activation(steady)
    assert [r["intensity"] for r in data["readings"]] == [4, 7, 5]
    assert data["readings"][1]["location"] is None
    assert data["peak_intensity"] == 7
    assert len(ok(steady("log --json")).json()) == 1


def test_a_later_reading_after_naming_points_to_settle(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at 21:00"))
    ok(steady("name anxious"))
    run = ok(steady("notice -i 6"))
    assert "Added to activation 1: 6/10 at 22:30." in run.stdout
    assert "Can you name the feeling?" not in run.stdout
    assert "When you feel back to baseline: steady settle" in run.stdout


def test_a_stale_activation_is_kept_without_a_settled_time(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at '2026-11-25 20:00'"))
    run = ok(steady("notice stomach knot -i 4 --at '2026-11-26 20:30'"))  # 24 h 30 min later
    assert (
        "Activation 1 was still open from Wed 25 Nov 20:00 and is kept without a settled time."
        in run.stdout
    )
    assert "steady settle --id 1 --at WHEN" in run.stdout
    assert "4/10, yesterday 20:30." in run.stdout
    listed = {a["id"]: a for a in ok(steady("log --json")).json()}
    assert listed[1]["status"] == "unresolved"
    assert listed[1]["settled_at"] is None
    assert len(listed[1]["readings"]) == 1
    assert listed[2]["status"] == "open"
    # ... and the advice works.
    settled = ok(steady("settle --id 1 --at '2026-11-25 21:10'"))
    assert "Settled after 1 h 10 min" in settled.stdout
    assert activation(steady, 1)["settled_at"] == "2026-11-25T21:10:00+01:00"
    assert activation(steady, 2)["status"] == "open"


def test_a_later_reading_after_the_open_one_went_stale_is_not_refused_silently(
    steady: Steady,
) -> None:
    ok(steady("notice chest tight -i 5 --at '2026-11-25 20:00'"))
    run = steady("notice -i 4")
    assert "Traceback" not in run.stdout + run.stderr
    if run.exit_code == 0:  # logged: a new activation, the old one kept without a settled time
        assert "steady settle --id 1 --at WHEN" in run.stdout
        assert activation(steady, 2)["readings"][0]["intensity"] == 4
    else:  # refused: then the reason must be the stale activation, not a bare "missing"
        assert run.exit_code == 2
        assert "activation 1" in run.stderr.lower()


def test_a_reading_within_the_episode_gap_joins(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at '2026-11-25 20:00'"))
    run = ok(steady("notice -i 6 --at '2026-11-25 22:59'"))  # 2 h 59 min later
    assert "Added to activation 1" in run.stdout
    assert "kept without a settled time" not in run.stdout
    assert len(activation(steady)["readings"]) == 2


def test_the_episode_gap_comes_from_config(steady: Steady) -> None:
    ok(steady("config set episode_gap_hours 2"))
    ok(steady("notice chest tight -i 5 --at 19:00"))
    run = ok(steady("notice throat lump -i 3 --at 21:30"))
    assert "Activation 1 was still open from 19:00" in run.stdout
    assert [a["status"] for a in ok(steady("log --json")).json()] == ["open", "unresolved"]


def test_a_back_filled_activation_does_not_swallow_the_next_days_reading(steady: Steady) -> None:
    """The issue's repro: yesterday 21:00 left open, then a reading 20 minutes ago."""
    ok(steady("notice chest tight -i 4 --at 'yesterday 21:00'"))
    run = ok(steady("notice stomach knot -i 6 --at '20m ago'"))
    assert "Added to activation 1" not in run.stdout
    assert "Activation 1 was still open from yesterday 21:00" in run.stdout
    assert "steady settle --id 1 --at WHEN" in run.stdout
    assert "steady notice … --same" in run.stdout
    settled = ok(steady("settle"))
    assert "Settled after 20 min" in settled.stdout
    listed = {a["id"]: a for a in ok(steady("log --json")).json()}
    assert listed[1]["status"] == "unresolved" and listed[1]["recovery_minutes"] is None
    assert listed[2]["recovery_minutes"] == 20.0


def test_same_adds_to_the_open_one_after_a_gap(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at 'yesterday 21:00'"))
    run = ok(steady("notice -i 6 --same"))
    assert "Added to activation 1: 6/10" in run.stdout
    assert len(activation(steady, 1)["readings"]) == 2


def test_new_and_same_together_are_refused_and_change_nothing(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at 21:00"))
    before = ok(steady("log --json")).json()
    run = steady("notice -i 6 --new --same")
    assert run.exit_code == 2
    assert "Choose one of --new and --same." in run.stderr
    assert ok(steady("log --json")).json() == before


def test_in_a_terminal_a_reading_after_a_gap_asks_whether_it_is_the_same_one(
    steady: Steady,
) -> None:
    ok(steady("notice chest tight -i 4 --at 'yesterday 21:00'"))
    same = ok(steady("notice -i 6", input="y\n", tty=True))
    assert "Is this still the same one?" in same.stdout
    assert "its last reading was yesterday 21:00" in same.stdout
    assert "Added to activation 1: 6/10" in same.stdout
    ok(steady("settle"))
    ok(steady("notice chest tight -i 3 --at '2026-11-27 09:00'"))
    new = ok(steady("notice stomach knot -i 5", input="n\nwork\n", tty=True))
    assert "Is this still the same one?" in new.stdout
    assert "kept without a settled time" in new.stdout
    statuses = {a["id"]: a["status"] for a in ok(steady("log --json")).json()}
    assert statuses == {1: "settled", 2: "unresolved", 3: "open"}


def test_in_a_terminal_a_back_filled_notice_asks_when_it_eased(steady: Steady) -> None:
    run = ok(steady("notice chest tight -i 5 --at 'yesterday 21:00'", input="\n22:10\n", tty=True))
    assert "When did it ease?" in run.stdout
    assert "Settled after 1 h 10 min" in run.stdout
    shown = activation(steady, 1)
    assert shown["settled_at"] == "2026-11-26T22:10:00+01:00"
    assert shown["recovery_minutes"] == 70.0
    # Enter leaves it open, as before.
    later = ok(steady("notice throat lump -i 4 --at '2 hours ago'", input="\n\n", tty=True))
    assert "When did it ease?" in later.stdout
    assert activation(steady, 2)["status"] == "open"


def test_back_filling_last_week_in_order_works(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at '2026-11-20 09:00'"))
    ok(steady("notice -i 7 --at '2026-11-20 09:30'"))
    ok(steady("notice stomach knot -i 4 --at '2026-11-22 18:00'"))
    ok(steady("settle --at '2026-11-22 18:45'"))
    listed = ok(steady("log --json")).json()
    assert [(a["id"], a["status"]) for a in listed] == [(2, "settled"), (1, "unresolved")]
    assert [r["intensity"] for r in listed[1]["readings"]] == [5, 7]
    assert listed[0]["recovery_minutes"] == 45


def test_new_starts_a_fresh_activation_and_says_how_to_settle_the_old_one(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 21:00"))
    run = ok(steady("notice stomach knot -i 3 --new"))
    assert "Activation 1 was still open from 21:00 and is kept without a settled time" in run.stdout
    assert "steady settle --id 1 --at WHEN" in run.stdout
    assert "3/10, 22:30." in run.stdout
    listed = ok(steady("log --json")).json()
    assert [(a["id"], a["status"]) for a in listed] == [(2, "open"), (1, "unresolved")]


def test_a_typo_is_kept_as_written_with_a_suggestion(steady: Steady) -> None:
    run = ok(steady("notice chst tigt -i 5"))
    assert "Kept 'chst' as written (did you mean chest?)." in run.stdout
    assert "Kept 'tigt' as written (did you mean tight?)." in run.stdout
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"]) == ("chst", "tigt")


def test_the_users_own_sensation_is_understood_in_either_order(steady: Steady) -> None:
    ok(steady("config set extra_sensations prickly"))
    ok(steady("notice prickly chest -i 4"))
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"]) == ("chest", "prickly")


def test_the_users_own_words_in_the_usual_order(steady: Steady) -> None:
    ok(steady(["config", "set", "extra_body", "lower back"]))
    ok(steady(["config", "set", "extra_sensations", "prickly"]))
    run = ok(steady(["notice", "lower back", "prickly", "-i", "4"]))
    assert "Kept" not in run.stdout  # the user's own words are known words
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"]) == ("lower back", "prickly")


# -- guided notice (a terminal is attached) ----------------------------------------------------


def test_guided_notice_asks_location_sensation_intensity_and_context_in_order(
    steady: Steady,
) -> None:
    answers = [
        menu_number(BODY_LOCATIONS, "chest"),
        menu_number(SENSATIONS, "tight"),
        "5",
        "",
    ]
    run = ok(steady("notice", input="\n".join(answers) + "\n", tty=True))
    out = run.stdout
    steps = [
        "Where do you feel it?",
        "What does it feel like?",
        "How strong",
        "What was happening?",
    ]
    positions = [out.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "0 calm · 3 noticeable · 5 hard to ignore" in out
    assert "Noticed: tight chest, 5/10, 22:30." in out
    data = activation(steady)
    assert data["readings"][0]["location"] == "chest"
    assert data["readings"][0]["sensation"] == "tight"
    assert data["readings"][0]["intensity"] == 5
    assert data["context"] is None


def test_guided_notice_with_the_documented_answers(steady: Steady) -> None:
    ok(steady("notice", input="6\n1\n5\n\n", tty=True))
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"], reading["intensity"]) == (
        BODY_LOCATIONS[5],
        SENSATIONS[0],
        5,
    )


def test_guided_notice_keeps_the_context_answer(steady: Steady) -> None:
    ok(steady("notice", input="6\n1\n5\nno reply since lunch\n", tty=True))
    assert activation(steady)["context"] == "no reply since lunch"


def test_guided_notice_confirms_a_typo_in_the_menu(steady: Steady) -> None:
    run = ok(steady("notice", input="chst\ny\ntigt\nn\n4\n\n", tty=True))
    assert "Did you mean 'chest'?" in run.stdout
    assert "Did you mean 'tight'?" in run.stdout
    reading = activation(steady)["readings"][0]
    assert reading["location"] == "chest"  # accepted the suggestion
    assert reading["sensation"] == "tigt"  # declined it: kept as written


def test_guided_notice_asks_again_for_a_number_not_in_the_list(steady: Steady) -> None:
    run = ok(steady("notice", input="99\n6\n\n5\n\n", tty=True))
    assert "There is no number 99 in the list." in run.stdout
    reading = activation(steady)["readings"][0]
    assert (reading["location"], reading["sensation"]) == ("chest", None)


def test_guided_notice_asks_again_for_an_unusable_intensity(steady: Steady) -> None:
    run = ok(steady("notice", input="6\n1\n12\nsoon\n4\n\n", tty=True))
    assert run.stdout.count("How strong is it") == 3
    assert "from 0 (calm) to 10 (overwhelming)" in run.stdout
    assert activation(steady)["readings"][0]["intensity"] == 4


def test_guided_notice_with_the_body_given_asks_only_intensity_and_context(
    steady: Steady,
) -> None:
    run = ok(steady("notice chest tight", input="6\nargument at dinner\n", tty=True))
    assert "Where do you feel it?" not in run.stdout
    assert "How strong is it" in run.stdout
    assert "What was happening?" in run.stdout
    data = activation(steady)
    assert data["readings"][0]["intensity"] == 6
    assert data["context"] == "argument at dinner"


def test_guided_notice_on_an_open_activation_asks_only_the_intensity(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at 22:00"))
    run = ok(steady("notice", input="7\n", tty=True))
    assert "Where do you feel it?" not in run.stdout
    assert "What was happening?" not in run.stdout
    assert "Added to activation 1: 7/10 at 22:30" in run.stdout
    assert [r["intensity"] for r in activation(steady)["readings"]] == [4, 7]


def test_guided_name_offers_the_feelings_menu(steady: Steady) -> None:
    ok(steady("notice chest tight -i 4 --at 22:00"))
    words = [w for group in FEELINGS.values() for w in group]
    answer = f"{menu_number(words, 'anxious')}, {menu_number(words, 'lonely')}\n"
    run = ok(steady("name", input=answer, tty=True))
    assert "What are you feeling?" in run.stdout
    assert "Named: anxious, lonely." in run.stdout
    assert activation(steady)["feelings"] == ["anxious", "lonely"]


# -- name ---------------------------------------------------------------------------------------


def test_name_keeps_the_feelings_plainly(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 22:00"))
    run = ok(steady("name anxious nervous lonely"))
    assert run.stdout.splitlines()[0] == "Named: anxious, lonely."  # nervous means anxious
    assert "Already named: anxious." in run.stdout
    assert "Naming it plainly" in run.stdout
    data = activation(steady)
    assert data["feelings"] == ["anxious", "lonely"]
    assert data["name_minutes"] == 30


def test_naming_the_same_feeling_twice_keeps_it_once(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5"))
    ok(steady("name anxious"))
    run = ok(steady("name anxious"))
    assert "Already named: anxious." in run.stdout
    assert "Named:" not in run.stdout.replace("Already named:", "")
    assert activation(steady)["feelings"] == ["anxious"]


def test_a_feeling_typo_is_kept_with_a_suggestion(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady("name anxios"))
    assert "Kept 'anxios' as written (did you mean anxious?)." in run.stdout
    assert activation(steady)["feelings"] == ["anxios"]


def test_a_story_word_is_accepted_and_answered_with_the_gentle_question_once(
    steady: Steady,
) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady("name ignored rejected"))
    out = run.stdout
    assert "Named: ignored, rejected." in out
    assert (
        "'Ignored' describes what someone did. What is the feeling under it — hurt, lonely, scared?"
        in out
    )
    assert out.count("What is the feeling under it") == 1
    assert "steady name FEELING" in out
    assert "not a feeling" not in out.lower()
    assert activation(steady)["feelings"] == ["ignored", "rejected"]
    shown = ok(steady("show 1")).stdout
    assert "(story word)" in shown


def test_a_story_word_written_as_feel_word_gets_its_own_feelings(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady(["name", "feel abandoned"]))
    assert "What is the feeling under it — scared, lonely, sad?" in run.stdout


def test_the_story_word_question_is_asked_with_a_terminal_and_the_answer_kept(
    steady: Steady,
) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady("name ignored", input="hurt, lonely\n", tty=True))
    assert run.stdout.count("What is the feeling under it") == 1
    assert "The feeling under it" in run.stdout
    assert "Named: hurt, lonely." in run.stdout
    assert activation(steady)["feelings"] == ["ignored", "hurt", "lonely"]


def test_the_story_word_question_may_be_skipped(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady("name ignored", input="\n", tty=True))
    assert "The feeling under it" in run.stdout
    assert activation(steady)["feelings"] == ["ignored"]


def test_a_plain_feeling_is_not_questioned(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady("name hurt", tty=True))
    assert "What is the feeling under it" not in run.stdout
    assert "describes what someone did" not in run.stdout


def test_name_can_go_to_an_earlier_activation(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 20:00"))
    ok(steady("settle --at 21:00"))
    ok(steady("notice stomach knot -i 3"))
    ok(steady("name --id 1 sad"))
    assert activation(steady, 1)["feelings"] == ["sad"]
    assert activation(steady, 2)["feelings"] == []


# -- story, urge ---------------------------------------------------------------------------------


def test_story_is_kept_apart_and_shown_as_a_story(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady("story 'they are pulling away'"))
    assert "Kept as a story for activation 1." in run.stdout
    assert "it is still a story" in run.stdout
    ok(steady("story 'they found someone better'"))
    data = activation(steady)
    assert data["story"] == "they are pulling away\n\nthey found someone better"
    assert data["feelings"] == []
    assert "the story was: they are pulling away" in ok(steady("show 1")).stdout


def test_urge_is_noted_without_judging(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 22:00"))
    run = ok(steady("urge 'text again'"))
    assert "Noted for activation 1. Noticing an urge is already a pause." in run.stdout
    run = ok(steady("urge 'check if they are online' --acted --at 22:15"))
    assert "Noted for activation 1, acted on. Worth knowing, not judging." in run.stdout
    urges = activation(steady)["urges"]
    assert [(u["text"], u["acted"], u["at"]) for u in urges] == [  # in time order
        ("check if they are online", True, "2026-11-27T22:15:00+01:00"),
        ("text again", False, "2026-11-27T22:30:00+01:00"),
    ]


# -- settle --------------------------------------------------------------------------------------


def test_settle_prints_the_recovery_time_in_words(steady: Steady) -> None:
    ok(steady("notice chest tight -i 6 --at 21:00"))
    run = ok(
        steady("settle --at 22:10 --helped walk --helped 'named it' -i 2 --note 'went for a walk'")
    )
    assert run.stdout.strip() == (
        "Settled after 1 h 10 min. This is the number that tends to shrink with practice."
    )
    data = activation(steady)
    assert data["status"] == "settled"
    assert data["settled_at"] == "2026-11-27T22:10:00+01:00"
    assert data["recovery_minutes"] == 70
    assert data["settled_intensity"] == 2
    assert data["helped"] == ["walk", "named it"]
    assert [n["text"] for n in data["notes"]] == ["went for a walk"]


@pytest.mark.parametrize(
    ("onset", "settled", "words"),
    [
        ("22:00", None, "30 min"),
        ("20:00", None, "2 h 30 min"),
        ("21:00", "22:00", "1 h."),
        ("'2026-11-25 20:00'", "'2026-11-26 23:00'", "1 day 3 h"),
    ],
)
def test_recovery_reads_as_words(
    steady: Steady, onset: str, settled: str | None, words: str
) -> None:
    ok(steady(f"notice chest tight -i 5 --at {onset}"))
    run = ok(steady("settle" + (f" --at {settled}" if settled else "")))
    assert f"Settled after {words}" in run.stdout
    assert "great job" not in run.stdout.lower()


@pytest.mark.parametrize(
    ("onset", "settled", "words", "minutes"),
    [
        ("2026-10-25 01:30", "2026-10-25 03:30", "3 h", 180),  # clocks go back: an hour more
        ("2026-03-29 01:30", "2026-03-29 03:30", "1 h", 60),  # clocks go forward: an hour less
    ],
)
def test_recovery_across_a_clock_change_is_real_elapsed_time(
    steady: Steady, onset: str, settled: str, words: str, minutes: int
) -> None:
    ok(steady(["notice", "chest", "tight", "-i", "5", "--at", onset]))
    run = ok(steady(["settle", "--at", settled]))
    assert f"Settled after {words}." in run.stdout
    assert activation(steady)["recovery_minutes"] == minutes


def test_guided_settle_asks_what_helped(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 22:00"))
    run = ok(steady("settle", input="walk, breathing\n", tty=True))
    assert "What helped, if anything?" in run.stdout
    assert "When did you feel settled?" not in run.stdout  # logged as it happened
    assert "Settled after 30 min" in run.stdout
    assert activation(steady)["helped"] == ["walk", "breathing"]


def test_settling_an_activation_logged_afterwards_asks_when_it_eased(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 12:00"))
    run = ok(steady("settle", input="12:40\n\n", tty=True))
    assert (
        "Activation 1 had its last reading 12:00. When did you feel settled? "
        "(for example 13:00 or 2026-11-27 13:00; Enter for now)"
    ) in " ".join(run.stdout.split())
    assert "Settled after 40 min" in run.stdout
    assert activation(steady)["recovery_minutes"] == 40


def test_enter_settles_an_activation_logged_afterwards_now(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 21:00"))
    run = ok(steady("settle", input="\n\n", tty=True))
    assert "Settled after 1 h 30 min" in run.stdout
    assert "edit 1 --settled" not in run.stdout  # the time was asked for and given


def test_without_a_terminal_such_a_settle_says_how_to_correct_it(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 12:00"))
    run = ok(steady("settle"))
    assert "Settled after 10 h 30 min" in run.stdout
    assert "logged afterwards" in run.stdout
    assert "steady edit 1 --settled WHEN" in run.stdout


def test_the_status_of_an_activation_logged_afterwards_carries_its_time(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at 12:00"))
    named = ok(steady("")).stdout
    assert "Can you name the feeling? steady name\n" in named  # names now, not at 12:00
    assert "--at" not in named
    ok(steady("name anxious --at 12:05"))
    assert "steady settle --at WHEN" in ok(steady("")).stdout
    ok(steady("notice -i 3"))  # a reading as it happens: "now" is true again
    out = ok(steady("")).stdout
    assert "steady settle --at" not in out and "steady settle" in out


def test_guided_settle_of_a_stale_activation_asks_when(steady: Steady) -> None:
    ok(steady("notice chest tight -i 5 --at '2026-11-25 20:00'"))
    run = ok(steady("settle", input="yesterday 23:00\n\n", tty=True))
    assert "Activation 1 had its last reading Wed 25 Nov 20:00. When did you feel settled?" in (
        run.stdout
    )
    assert "Settled after 1 day 3 h" in run.stdout
    data = activation(steady)
    assert data["settled_at"] == "2026-11-26T23:00:00+01:00"
    assert data["helped"] == []


# -- care ----------------------------------------------------------------------------------------

SELF_HARM_TEXT = "some nights I want to die"
FEAR_TEXT = "I am scared of him when he drinks"


def _saved_text(steady: Steady, where: str) -> str:
    data = activation(steady)
    if where == "context":
        return str(data["context"])
    if where == "story":
        return str(data["story"])
    if where == "urge":
        return str(data["urges"][-1]["text"])
    return str(data["notes"][-1]["text"])


CARE_COMMANDS = [
    pytest.param(["notice", "chest", "tight", "-i", "5", "--context"], "context", id="context"),
    pytest.param(["story"], "note", id="story"),  # kept in the person's words, as a note
    pytest.param(["urge"], "urge", id="urge"),
    pytest.param(["note", "--id", "1"], "note", id="note"),
    pytest.param(["settle", "--note"], "note", id="settle-note"),
]


@pytest.mark.parametrize(("command", "where"), CARE_COMMANDS)
def test_words_of_self_harm_show_crisis_lines_and_are_still_saved(
    steady: Steady, command: list[str], where: str
) -> None:
    if command[0] != "notice":
        ok(steady("notice chest tight -i 5 --at 22:00"))
    run = ok(steady([*command, SELF_HARM_TEXT]))
    for marker in CRISIS_MARKERS:
        assert marker in run.stdout, marker
    assert "You don't have to hold this alone" in run.stdout
    assert "Your words are saved." in run.stdout
    assert "not an attachment pattern" not in run.stdout
    assert _saved_text(steady, where) == SELF_HARM_TEXT


@pytest.mark.parametrize(("command", "where"), CARE_COMMANDS)
def test_fear_of_a_partner_points_to_domestic_abuse_support(
    steady: Steady, command: list[str], where: str
) -> None:
    if command[0] != "notice":
        ok(steady("notice chest tight -i 5 --at 22:00"))
    run = ok(steady([*command, FEAR_TEXT]))
    assert "Fear of real harm is not an attachment pattern" in run.stdout
    assert "National Domestic Abuse Helpline" in run.stdout
    assert "findahelpline.com" in run.stdout
    assert "Your words are saved." in run.stdout
    assert "988" not in run.stdout
    assert _saved_text(steady, where) == FEAR_TEXT


@pytest.mark.parametrize(
    "text", ["he hit me last night", "she threatened to hurt me", "I don't feel safe at home"]
)
def test_other_words_of_danger_are_recognised(steady: Steady, text: str) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady(["story", text]))
    assert "not an attachment pattern" in run.stdout


@pytest.mark.parametrize(
    "text",
    ["I don't want to be alive", "I keep thinking about suicide", "I want to hurt myself"],
)
def test_other_words_of_self_harm_are_recognised(steady: Steady, text: str) -> None:
    ok(steady("notice chest tight -i 5"))
    run = ok(steady(["urge", text]))
    assert "116 123" in run.stdout


def test_both_concerns_together_show_both_kinds_of_help(steady: Steady) -> None:
    run = ok(
        steady(
            ["notice", "chest", "tight", "-i", "8", "--context", f"{FEAR_TEXT}. {SELF_HARM_TEXT}"]
        )
    )
    assert "988" in run.stdout
    assert "not an attachment pattern" in run.stdout
    assert run.stdout.count("Your words are saved.") == 1


def test_ordinary_words_bring_no_crisis_lines(steady: Steady) -> None:
    run = ok(
        steady(["notice", "chest", "tight", "-i", "7", "--context", "they did not reply all day"])
    )
    assert "988" not in run.stdout
    assert "attachment pattern" not in run.stdout
    assert "Your words are saved." not in run.stdout


def test_care_uses_the_crisis_lines_from_config(steady: Steady) -> None:
    ok(steady(["config", "set", "crisis_lines", "Call Sam on 555-0100, Local line 0800 111"]))
    ok(steady("notice chest tight -i 5"))
    run = ok(steady(["note", SELF_HARM_TEXT]))
    # Your own lines come first; the general ones stay beside them, in case yours change.
    assert "Call Sam on 555-0100" in run.stdout
    assert "Local line 0800 111" in run.stdout
    assert run.stdout.index("Local line 0800 111") < run.stdout.index("Samaritans")
