"""--help, --version and completion must not pay for the database stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from io import StringIO
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEAVY = ("sqlmodel", "sqlalchemy", "pydantic")

PROBE = """
import json, sys
sys.argv = ["steady", *json.loads(sys.argv[1])]
from steady.cli import main
try:
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlmodel", "sqlalchemy", "pydantic"})
sys.stderr.write("HEAVY=" + json.dumps(heavy) + "\\n")
"""


def heavy_modules_loaded(args: list[str], extra_env: dict[str, str] | None = None) -> list[str]:
    env = {**os.environ, **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("HEAVY="))
    return list(json.loads(line.removeprefix("HEAVY=")))


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--version"],
        ["notice", "--help"],
        ["settle", "--help"],
        ["log", "--help"],
        ["config", "--help"],
        ["config", "set", "--help"],
        ["help-now", "--help"],
    ],
)
def test_help_and_version_do_not_import_the_database_stack(args):
    assert heavy_modules_loaded(args) == []


def test_shell_completion_does_not_import_the_database_stack():
    completion = {"_STEADY_COMPLETE": "complete_bash", "COMP_WORDS": "steady no", "COMP_CWORD": "1"}
    assert heavy_modules_loaded([], completion) == []


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("steady export --format ", ["md", "html", "json", "csv"]),
        ("steady export --include m", ["messages"]),
        ("steady anchor s", ["solitude", "self-directed"]),
        ("steady vocab ", ["feelings", "body", "sensations", "story-words"]),
        ("steady notice ch", ["chest"]),
        ("steady notice chest ti", ["tight"]),
        ("steady name lon", ["lonely", "longing"]),
    ],
)
def test_shell_completion_offers_the_words_steady_knows_without_the_database_stack(words, offered):
    cword = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    completion = {"_STEADY_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "[]"],
        capture_output=True,
        text=True,
        env={**os.environ, **completion},
        timeout=60,
        check=False,
    )
    assert result.stdout.split() == offered, result.stderr
    assert "HEAVY=[]" in result.stderr.splitlines()


def test_a_write_does_load_the_database_stack():
    """The probe itself works: a real command does import them."""
    assert "sqlmodel" in heavy_modules_loaded(["notice", "chest", "tight", "-i", "3"])


def test_the_console_script_answers_version_without_typer():
    probe = (
        "import sys; sys.argv = ['steady', '--version']\n"
        "from steady.entry import main\n"
        "main()\n"
        "sys.stderr.write('TYPER=' + str('typer' in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    from steady import __version__

    assert result.stdout == f"steady {__version__}\n"
    assert "TYPER=False" in result.stderr


def test_json_output_does_not_load_rich(tmp_path):
    env = {"STEADY_HOME": str(tmp_path)}
    probe = PROBE.replace('{"sqlmodel", "sqlalchemy", "pydantic"}', '{"rich"}')
    first = subprocess.run(  # the first run prints a welcome, which is rendered with Rich
        [sys.executable, "-m", "steady", "log"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    for args in (["review", "--json"], ["log", "--json"]):
        result = subprocess.run(
            [sys.executable, "-c", probe, json.dumps(args)],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            timeout=60,
            check=False,
        )
        line = next(x for x in result.stderr.splitlines() if x.startswith("HEAVY="))
        assert json.loads(line.removeprefix("HEAVY=")) == [], args


ORM_PROBE = """
import json, sys
sys.argv = ["steady", *json.loads(sys.argv[1])]
from steady.cli import main
try:
    main()
except SystemExit:
    pass
from sqlmodel import SQLModel
sys.stderr.write("DECLARED=" + json.dumps(bool(SQLModel.metadata.tables)) + "\\n")
from steady.models import Activation
sys.stderr.write("MAPPED=" + json.dumps(Activation.__mapper__.configured) + "\\n")
sys.stderr.write("SAFETY=" + json.dumps("steady.language.safety" in sys.modules) + "\\n")
"""


def probe_orm(args: list[str], home: str) -> dict[str, bool]:
    result = subprocess.run(
        [sys.executable, "-c", ORM_PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        env={**os.environ, "STEADY_HOME": home, "STEADY_INTERACTIVE": "0"},
        timeout=60,
        check=False,
    )
    lines = dict(x.split("=", 1) for x in result.stderr.splitlines() if "=" in x)
    return {key: json.loads(lines[key]) for key in ("DECLARED", "MAPPED", "SAFETY")}


def test_notice_and_review_skip_the_orm_setup(tmp_path):
    """The hot paths read and write columns directly (steady.tables): the ORM classes are
    never even declared (a tenth of a run), let alone mapped, and a reading without free
    text loads no care word lists."""
    home = str(tmp_path)
    untouched = {"DECLARED": False, "MAPPED": False, "SAFETY": False}
    assert probe_orm(["notice", "chest", "tight", "-i", "5"], home) == untouched
    assert probe_orm(["notice", "-i", "6"], home) == untouched
    assert probe_orm(["notice", "-i", "4", "--context", "a call"], home)["SAFETY"] is True
    review = probe_orm(["review", "--json"], home)
    assert (review["DECLARED"], review["MAPPED"]) == (False, False)
    named = probe_orm(["name", "anxious"], home)
    assert (named["DECLARED"], named["MAPPED"]) == (True, True)  # the probe works


# -- plain lines without Rich ---------------------------------------------------------------------
# render.say() and render.hint() write a line of our own markup themselves when they can be
# sure Rich would write exactly the same; these tests hold them to Rich, byte for byte.


class Stream(StringIO):
    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


WORDS = st.sampled_from(
    [
        "Noticed:",
        "tight chest,",
        "5/10,",
        "22:30.",
        "steady name",
        "–",
        "…",
        "·",
        "café",
        "日本",
        ":smile:",
        "a:b:c",
        "[x]",
        "[red]",
        "\\[muted]",
        "back\\",
        "tab\there",
        "bell\x07",
        "\n",
        "",
        " ",
        "x" * 30,
    ]
)
OURS = ["muted", "command", "care", "number", "story", "accent", "error", "bold", "dim", "italic"]
TAGS = st.sampled_from([*OURS, "red", "bold red", "@click", "/"])  # no links: Rich numbers them


@st.composite
def markup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    opened: list[str] = []
    for _ in range(draw(st.integers(0, 8))):
        choice = draw(st.integers(0, 4))
        if choice == 0:
            tag = draw(TAGS)
            parts.append(f"[{tag}]")
            opened.append(tag)
        elif choice == 1 and opened and draw(st.booleans()):
            parts.append(f"[/{opened.pop()}]")
        elif choice == 1:
            parts.append("[/]" if draw(st.booleans()) else f"[/{draw(TAGS)}]")
        else:
            parts.append(draw(WORDS))
    return "".join(parts)


@st.composite
def our_markup(draw: st.DrawFn) -> str:
    """Well-formed markup of our styles around plain words: what say() writes itself."""
    words = st.sampled_from(["Noticed:", "tight chest,", "5/10", "22:30", "–", "…", "a", " "])
    parts: list[str] = []
    opened: list[str] = []
    for _ in range(draw(st.integers(0, 10))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            opened.append(draw(st.sampled_from(OURS)))
            parts.append(f"[{opened[-1]}]")
        elif choice == 1 and opened:
            tag = opened.pop(draw(st.integers(0, len(opened) - 1)))
            parts.append(draw(st.sampled_from([f"[/{tag}]", "[/]"])) if tag else "")
        else:
            parts.append(draw(words) + (" " if draw(st.booleans()) else ""))
    parts.extend(f"[/{tag}]" for tag in reversed(opened) if draw(st.booleans()))
    return "".join(parts)


SCREENS = st.fixed_dictionaries(
    {
        "terminal": st.booleans(),
        "NO_COLOR": st.sampled_from([None, "", "1"]),
        "COLUMNS": st.sampled_from([None, "20", "40", "80", "0", "x"]),
        "LINES": st.sampled_from([None, "25"]),
        "TERM": st.sampled_from([None, "xterm-256color", "dumb"]),
    }
)


def through_rich(write: Callable[[], None], screen: dict[str, Any]) -> str:
    from steady import render

    render.out.cache_clear()
    stream = Stream(screen["terminal"])
    with pytest.MonkeyPatch.context() as m:
        for name in ("NO_COLOR", "COLUMNS", "LINES", "TERM", "FORCE_COLOR", "TTY_COMPATIBLE"):
            value = screen.get(name)
            if value is None:
                m.delenv(name, raising=False)
            else:
                m.setenv(name, value)
        m.setattr(sys, "stdout", stream)
        try:
            write()
        except Exception as exc:  # Rich refusing bad markup must still be Rich's refusal
            stream.write(f"<{type(exc).__name__}: {exc}>")
        finally:
            render.out.cache_clear()
    return stream.getvalue()


@settings(max_examples=400, deadline=None)
@given(text=markup(), screen=SCREENS)
def test_say_writes_what_rich_writes(text: str, screen: dict[str, Any]) -> None:
    from steady import render

    ours = through_rich(lambda: render.say(text), screen)
    theirs = through_rich(lambda: render.out().print(text), screen)
    assert ours == theirs


@settings(max_examples=400, deadline=None)
@given(text=our_markup(), screen=SCREENS)
def test_say_writes_our_markup_as_rich_does(text: str, screen: dict[str, Any]) -> None:
    from steady import render

    ours = through_rich(lambda: render.say(text), screen)
    assert ours == through_rich(lambda: render.out().print(text), screen)


@settings(max_examples=200, deadline=None)
@given(
    sentence=st.one_of(markup(), our_markup()),
    command=st.sampled_from(["steady name", "steady settle --id 12 --at WHEN", "x" * 50]),
    muted=st.booleans(),
    screen=SCREENS,
)
def test_hint_writes_what_rich_writes(
    sentence: str, command: str, muted: bool, screen: dict[str, Any]
) -> None:
    from rich.text import Text

    from steady import render

    def with_rich() -> None:  # hint() as it was, entirely through Rich
        styled = f"[muted]{sentence}[/muted]" if muted else sentence
        if Text.from_markup(sentence).cell_len + 1 + len(command) <= render.out().width:
            render.out().print(f"{styled} {render.cmd(command)}")
        else:
            render.out().print(styled)
            render.out().print(f"  {render.cmd(command)}")

    ours = through_rich(lambda: render.hint(sentence, command, muted=muted), screen)
    assert ours == through_rich(with_rich, screen)


@pytest.mark.parametrize("terminal", [False, True])
def test_lines_at_the_edge_of_the_width_are_written_as_rich_writes_them(terminal: bool) -> None:
    from steady import render

    screen: dict[str, Any] = {"terminal": terminal, "COLUMNS": "30", "LINES": "25"}
    for length in range(24, 34):
        for text in ("x" * length, f"[muted]{'y' * length}[/muted]", "ab cd " * (length // 6)):
            ours = through_rich(partial(render.say, text), screen)
            assert ours == through_rich(partial(print_through_rich, text), screen)
            for sentence in (text, text[: length // 2] + "\n" + text[length // 2 :]):
                ours = through_rich(partial(render.hint, sentence, "x"), screen)
                theirs = through_rich(partial(rich_hint, sentence, "x"), screen)
                assert ours == theirs, (sentence, ours, theirs)


def print_through_rich(text: str) -> None:
    from steady import render

    render.out().print(text)


def rich_hint(sentence: str, command: str) -> None:
    """render.hint() as it was, entirely through Rich."""
    from rich.text import Text

    from steady import render

    if Text.from_markup(sentence).cell_len + 1 + len(command) <= render.out().width:
        render.out().print(f"{sentence} {render.cmd(command)}")
    else:
        render.out().print(sentence)
        render.out().print(f"  {render.cmd(command)}")


def test_the_plain_path_is_taken_for_our_usual_lines(monkeypatch: Any) -> None:
    from steady import render

    render.out.cache_clear()
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "25")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys, "stdout", Stream(True))
    assert render._plain_line("Noticed: tight chest, 5/10, 22:30.") is not None
    line = render._plain_line("Can you name the feeling? [command]steady name[/command]")
    assert line == "Can you name the feeling? \x1b[36msteady name\x1b[0m\n"
    assert render._plain_line("[muted]Kept as note 4.[/muted]") == "\x1b[2mKept as note 4.\x1b[0m\n"


@given(st.text())
def test_escape_is_riches_escape(text: str) -> None:
    from rich.markup import escape

    from steady import render

    assert render.escape(text) == escape(text)


def test_the_narrow_characters_are_one_cell_wide() -> None:
    from rich.cells import cell_len

    from steady import render

    assert all(cell_len(c) == 1 for c in render.NARROW)


def test_a_reading_is_written_without_loading_rich(tmp_path):
    env = {**os.environ, "STEADY_HOME": str(tmp_path), "STEADY_INTERACTIVE": "0"}
    probe = PROBE.replace('{"sqlmodel", "sqlalchemy", "pydantic"}', '{"rich"}')
    args = json.dumps(["notice", "chest", "tight", "-i", "5"])
    for _ in range(2):  # the first run creates the journal and welcomes, through Rich
        result = subprocess.run(
            [sys.executable, "-c", probe, args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    assert result.stdout.startswith("Added to activation 1: 5/10 at")
    line = next(x for x in result.stderr.splitlines() if x.startswith("HEAVY="))
    assert json.loads(line.removeprefix("HEAVY=")) == []
