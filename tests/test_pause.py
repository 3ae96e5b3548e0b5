"""`steady pause`: a guided pause that never makes the tests wait.

The pause's only time source is `steady.cli.practices.sleep`; here it only records.
"""

from __future__ import annotations

import pytest

from steady import render


class Sleeper:
    """Records what was slept; optionally raises KeyboardInterrupt after `stop_after` s."""

    def __init__(self, stop_after: float | None = None) -> None:
        self.slept = 0.0
        self.calls = 0
        self.stop_after = stop_after

    def __call__(self, seconds: float) -> None:
        if self.stop_after is not None and self.slept >= self.stop_after - 1e-9:
            raise KeyboardInterrupt
        self.slept += seconds
        self.calls += 1


@pytest.fixture
def sleeper(monkeypatch: pytest.MonkeyPatch) -> Sleeper:
    fake = Sleeper()
    monkeypatch.setattr("steady.cli.practices.sleep", fake)
    return fake


def test_without_a_terminal_it_waits_the_time_quietly(steady, sleeper, db_path):
    run = steady("pause")
    assert run.exit_code == 0, run.stderr
    assert sleeper.slept == pytest.approx(90)
    assert run.stdout.strip() == "Paused for 1 min 30 s."
    assert run.stderr == ""
    assert not db_path.exists()  # a pause does not create a journal


def test_seconds_are_honoured(steady, sleeper):
    run = steady("pause 45")
    assert run.exit_code == 0
    assert sleeper.slept == pytest.approx(45)
    assert run.stdout.strip() == "Paused for 45 s."


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("pause 5", "outside 10–1800"),
        ("pause 99999", "outside 10–1800"),
        ("pause 9", "outside 10–1800"),
        ("pause 1801", "outside 10–1800"),
        ("pause soon", "is not a whole number"),
    ],
)
def test_lengths_outside_10_to_1800_are_refused(refuses, sleeper, args, says):
    refuses(args, 2, says=says)
    assert sleeper.calls == 0


def test_the_edges_are_accepted(steady, sleeper):
    assert steady("pause 10").exit_code == 0
    assert steady("pause 1800").exit_code == 0
    assert sleeper.slept == pytest.approx(1810)


@pytest.mark.parametrize("tty", [False, True])
def test_ctrl_c_ends_it_gracefully(steady, monkeypatch, tty):
    monkeypatch.setattr("steady.cli.practices.sleep", Sleeper(stop_after=42))
    run = steady("pause 90", tty=tty, input="")
    assert run.exit_code == 0
    assert "Paused for 42 s. That counts." in run.stdout
    assert "!" not in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_in_a_terminal_the_breath_is_paced_and_invites_staying_with_the_sensation(steady, sleeper):
    run = steady("pause 30", tty=True, input="")
    assert run.exit_code == 0, run.stderr
    assert sleeper.slept == pytest.approx(30)
    assert "without following it" in run.stdout
    assert "Paused for 30 s." in run.stdout
    assert "?" not in run.stdout  # nothing open: no reading is offered


def test_the_breath_fills_for_four_seconds_and_empties_for_six():
    assert render.breath_phase(0) == ("breathe in", 0)
    assert render.breath_phase(2) == ("breathe in", 0.5)
    label, fill = render.breath_phase(3.9)
    assert label == "breathe in" and fill == pytest.approx(0.975)
    assert render.breath_phase(4) == ("breathe out", 1)
    assert render.breath_phase(7) == ("breathe out", 0.5)
    assert render.breath_phase(10) == ("breathe in", 0)
    assert render.breath_phase(14.0)[0] == "breathe out"


def test_the_breathing_bar_reports_what_was_paused():
    fake = Sleeper(stop_after=12.5)
    paused, finished = render.breathing_pause(60, fake)
    assert paused == pytest.approx(12.5) and finished is False
    paused, finished = render.breathing_pause(10, Sleeper())
    assert paused == pytest.approx(10) and finished is True


def test_after_the_pause_a_reading_can_be_added_to_the_open_activation(steady, sleeper):
    steady("notice chest tight -i 7")
    run = steady("pause 20", tty=True, input="4\n")
    assert run.exit_code == 0, run.stderr
    assert "Log how strong it is now? (Enter to skip)" in run.stdout
    assert "Added to activation 1: 4/10" in run.stdout
    assert "it was 7/10" in run.stdout
    readings = steady("show 1 --json").json()["readings"]
    assert [r["intensity"] for r in readings] == [7, 4]


def test_the_offer_can_be_skipped_and_asks_again_after_a_bad_number(steady, sleeper):
    steady("notice chest tight -i 7")
    run = steady("pause 20", tty=True, input="12\n\n")
    assert run.exit_code == 0, run.stderr
    assert "from 0 (calm) to 10" in run.stdout
    assert len(steady("show 1 --json").json()["readings"]) == 1


def test_no_offer_without_a_terminal_or_for_a_stale_activation(steady, sleeper):
    steady(["notice", "chest", "-i", "6", "--at", "2026-11-25 20:00"])  # stale by now
    run = steady("pause 10", tty=True, input="3\n")
    assert "Log how strong" not in run.stdout
    steady("notice throat -i 5")  # a fresh one
    quiet = steady("pause 10", input="3\n")
    assert "Log how strong" not in quiet.stdout
    assert len(steady("show 2 --json").json()["readings"]) == 1


def test_ctrl_c_at_the_offer_just_ends_the_pause(steady, sleeper, monkeypatch):
    import typer

    steady("notice chest tight -i 7")

    def interrupted(*args, **kwargs):
        raise typer.Abort()

    monkeypatch.setattr("steady.cli.prompts.typer.prompt", interrupted)
    run = steady("pause 10", tty=True)
    assert run.exit_code == 0
    assert "Aborted" not in run.stdout + run.stderr
    assert len(steady("show 1 --json").json()["readings"]) == 1
