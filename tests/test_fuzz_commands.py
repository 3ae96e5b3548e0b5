"""Every command, with arguments drawn from what an adversary types: each run ends with
exit code 0, 1 or 2, a calm sentence rather than a traceback or "unexpected problem",
and a journal that still opens. Bounded in examples, in-process, so it runs in CI."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady.cli import app

HOSTILE_VALUES = [
    "²",
    "٣",
    "9" * 5000,
    str(2**63),
    str(2**63 - 1),
    "0",
    "1",
    "5",
    "-",
    "",
    " ",
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "9999-12-31T23:59:00-01:00",
    "0001-01-01T00:00:00+01:00",
    "yesterday 25:99",
    "3 days ago",
    "9" * 30 + " days ago",
    "1e999",
    "nan",
    "\x1b[31mred\x1b[0m",
    "[red]x[/red]",
    ":smiley:",
    "\u202eevil\u202c",
    "a" * 20_001,
    "chest",
    "tight",
    "anxious",
    "/dev/zero",
    "out.md",
]


def _commands() -> list[tuple[tuple[str, ...], list[str]]]:
    root: Any = typer.main.get_command(app)
    context = root.context_class(root)
    found: list[tuple[tuple[str, ...], list[str]]] = []

    def options(command: Any) -> list[str]:
        return [name for p in command.params for name in getattr(p, "opts", ()) if name]

    for name in root.list_commands(context):
        command = root.get_command(context, name)
        assert command is not None
        if hasattr(command, "list_commands"):
            found.append(((name,), options(command)))
            for sub in command.list_commands(context):
                child = command.get_command(context, sub)
                assert child is not None
                found.append(((name, sub), options(child)))
        else:
            found.append(((name,), options(command)))
    return found


COMMANDS = _commands()


@pytest.fixture
def calm(steady, monkeypatch, tmp_path):
    """A journal with a little in it; pauses that take no time; files written in tmp."""
    monkeypatch.setattr("steady.cli.practices.sleep", lambda _seconds: None)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STEADY_PASSPHRASE", raising=False)
    assert steady("notice chest tight -i 5").exit_code == 0
    assert steady(["note", "a note"]).exit_code == 0
    return steady


@pytest.mark.parametrize(("words", "options"), COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_command_answers_hostile_arguments_calmly(calm, words, options, data):
    tokens: list[Any] = data.draw(
        st.lists(st.sampled_from([*options, *HOSTILE_VALUES] or HOSTILE_VALUES), max_size=5)
    )
    if "--help" in tokens or "-h" in tokens:
        tokens = [t for t in tokens if t not in {"--help", "-h"}]
    result = calm([*words, *tokens])
    assert result.exit_code in (0, 1, 2), (tokens, result.exit_code, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    assert "unexpected problem" not in result.stderr
    after = calm("log --json")
    assert after.exit_code in (0, 1), after.stderr  # (1: wiped, then nothing to show is fine)
