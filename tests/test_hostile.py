"""Hostile input: any text in any free-text field, any bytes given to `steady import`.

Free text is stored exactly as given (only its ends are trimmed) and comes back exactly
through --json, whatever it holds: emoji, right-to-left marks, Rich markup, terminal
escape sequences, HTML, text at the length limit. A refusal is exit 1 or 2 with one line
on stderr and changes nothing; a traceback is never shown.

NUL: a command line cannot carry a NUL character (the operating system passes arguments
as C strings, so `execve` stops at the first NUL), so the CLI fuzzing leaves it out, and
NUL is tested through the domain layer and the importer instead: stored and exported
exactly, and removed only when shown (`for_display`). Likewise lone surrogates only reach
steady as argument bytes that are not UTF-8; they are refused with exit 2 (tested below).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady.anchors import MAX_WHAT_CHARS
from steady.exporters import ExportRequest, json_backup
from steady.text import MAX_TEXT_CHARS, for_display
from tests.conftest import Run, snapshot

HOSTILE = [
    "😟🫀 tight, 🏳️‍🌈 and 👩🏽‍❤️‍👨🏿",
    "مرحبا — أشعر بالقلق",
    "שלום \u202eevil\u202c \u200f",
    "[red]alarm[/red] [bold]x[/] [link=http://x]y[/link] \\[escaped]",
    "\x1b[31mred\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07 \x1b[2J\x1b[H \x9b31m",
    "<script>alert(1)</script> &amp; <b>bold</b> \"quoted\" 'single'",
    "=cmd|' /C calc'!A0",
    "line\nbreak\r\nand\ttab\x07bell\x08back",
    "--help",
    "-x starts like an option",
    "x" * MAX_TEXT_CHARS,
    "y" * (MAX_TEXT_CHARS + 1),
    "   ",
    "\u00a0 padded \u2003",
]
# Anything a command line can carry: no NUL, no lone surrogates (see the module docstring).
ARGV_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    max_size=40,
)
TEXT = st.one_of(ARGV_TEXT, st.sampled_from(HOSTILE))
FUZZ = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _fine(run: Run) -> None:
    assert run.exit_code in (0, 1, 2), (run.exit_code, run.stderr)
    assert "Traceback" not in run.stdout + run.stderr
    assert "unexpected problem" not in run.stderr
    if run.exit_code:
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def _fresh_home(monkeypatch: pytest.MonkeyPatch, base: Path) -> Path:
    home = Path(tempfile.mkdtemp(dir=base))
    monkeypatch.setenv("STEADY_HOME", str(home))
    return home / "steady.db"


@FUZZ
@given(text=TEXT)
def test_any_text_in_any_field_is_kept_exactly_or_refused_cleanly(
    steady, monkeypatch, tmp_path, text
):
    db = _fresh_home(monkeypatch, tmp_path)
    assert steady("log").exit_code == 0  # the journal exists: its welcome is not on stderr below
    kept = text.strip()
    usable = bool(kept) and len(kept) <= MAX_TEXT_CHARS
    optional = kept if usable else None  # an empty optional field is simply not given

    def run(args: list[str], required: bool) -> bool:
        before = snapshot(db)
        result = steady(args)
        _fine(result)
        if usable or (not kept and not required):
            assert result.exit_code == 0, (args[0], result.stderr)
        else:
            assert result.exit_code == 2, (args[0], result.stderr)
            assert snapshot(db) == before
        return bool(result.exit_code == 0)

    if not run(["notice", "chest", "-i", "5", "--context", text], required=False):
        assert steady("notice chest -i 5").exit_code == 0  # open one for the fields below
    run(["story", "--", text], required=True)
    run(["urge", "--", text], required=True)
    run(["settle", "--note", text], required=False)
    shown = steady("show 1 --json").json()
    assert shown["context"] == optional
    assert shown["story"] == optional
    assert [u["text"] for u in shown["urges"]] == ([kept] if usable else [])
    assert [n["text"] for n in shown["notes"]] == ([kept] if usable else [])

    if run(["anchor", "other", "--note", text], required=False):
        assert steady("anchors --json").json()[0]["note"] == optional
    if len(kept) <= MAX_WHAT_CHARS and run(["anchor", "other", "--", text], required=False):
        assert steady("anchors --json").json()[0]["what"] == optional
    if run(["share", "save", "--", text], required=True):
        assert steady("share list --json").json()[0]["text"] == kept
    if run(["checkin", "--hum", "2", "--note", text], required=False):
        assert steady("checkins --json").json()[0]["note"] == optional
    else:  # a refused note refuses the whole check-in: nothing half-saved
        assert steady("checkins --json").json() == []
    if run(["note", "--", text], required=True):
        assert steady("notes --json").json()[0]["text"] == kept
    assert snapshot(db)  # the journal still reads whole


def test_argument_bytes_that_are_not_utf8_are_refused_not_stored(steady, db_path):
    """`steady note $'\\xff'` arrives as a lone surrogate (Python's surrogateescape)."""
    assert steady("note 'a first note'").exit_code == 0
    before = snapshot(db_path)
    for args in (
        ["note", "bad \udcff byte"],
        ["share", "save", "bad \udcff byte"],
        ["checkin", "--note", "bad \udcff byte"],
        ["notice", "chest", "-i", "3", "--context", "bad \udcff byte"],
    ):
        result = steady(args)
        assert result.exit_code == 2, (args, result.stderr)
        assert "not UTF-8" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_path) == before


def test_nul_is_stored_exactly_and_never_shown(journal):
    text = "before\x00after \x1b[31m[red]x[/red]"
    with journal() as j:
        j.note(text)
        document = json.loads(json_backup.render(j, ExportRequest(period=None)))
    assert document["notes"][0]["text"] == text
    assert "\x00" not in for_display(text) and "\x1b" not in for_display(text)


def test_nul_comes_back_exactly_through_the_importer(journal, tmp_path, steady):
    text = "a\x00b\x00"
    with journal() as j:
        j.note(text)
        exported = json_backup.render(j, ExportRequest(period=None)).encode()
    other = tmp_path / "other.db"
    result = steady(["--db", str(other), "import", "-"], input=exported.decode())
    assert result.exit_code == 0, result.stderr
    again = steady(["--db", str(other), "export", "--format", "json"]).json()
    assert again["notes"][0]["text"] == text
    shown = steady(["--db", str(other), "notes"])
    assert shown.exit_code == 0 and "\x00" not in shown.stdout


# -- any bytes given to steady import -----------------------------------------------------------


@pytest.fixture
def export_bytes(journal) -> bytes:
    with journal() as j:
        j.notice(intensity=6, location="chest", sensation="tight", context="a <b>day</b>")
        j.note("[red]x[/red] 😟")
        return json_backup.render(j, ExportRequest(period=None)).encode()


def _import(steady: Any, db: Path, tmp_path: Path, data: bytes) -> Run:
    path = tmp_path / "in.json"
    path.write_bytes(data)
    before = snapshot(db)
    result: Run = steady(["import", str(path)])
    _fine(result)
    if result.exit_code:
        assert snapshot(db) == before, "a refused import changed the journal"
    return result


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_are_refused(steady, db_path, tmp_path, export_bytes, data):
    assert _import(steady, db_path, tmp_path, data).exit_code == 2


@FUZZ
@given(fraction=st.floats(min_value=0.0, max_value=0.999))
def test_a_truncated_export_is_refused(steady, db_path, tmp_path, export_bytes, fraction):
    cut = export_bytes[: int(len(export_bytes) * fraction)]
    assert _import(steady, db_path, tmp_path, cut).exit_code == 2


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | st.sampled_from([10**40, -(10**40), 1e308, "2026-99-99T99:99", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] or [path]
    return [path]


@FUZZ
@given(data=st.data())
def test_a_wrong_value_anywhere_is_refused_or_imported_cleanly(
    steady, db_path, tmp_path, export_bytes, data
):
    document = json.loads(export_bytes)
    path = data.draw(st.sampled_from(_leaves(document)))
    value = data.draw(JSON_VALUES)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    result = _import(steady, db_path, tmp_path, json.dumps(document).encode())
    if result.exit_code == 0:
        assert "Imported" in result.stdout or "Nothing new" in result.stdout


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 200_000,
        b'{"schema": "steady.export/1", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"schema": "steady.export/1", "activations": ' + b"9" * 10_000 + b"}",
        b'{"schema": "steady.export/1", "activations": 1e999999}',
        b'{"schema": ["steady.export/1"]}',
        b'{"schema": "steady.export/1", "activations": {"0": {}}}',
        b"\x00" * 64,
        "\ufeff{}".encode(),
    ],
    ids=["deep", "deep-inside", "huge-int", "huge-float", "list-schema", "dict", "nul", "bom"],
)
def test_extreme_files_are_refused(steady, db_path, tmp_path, export_bytes, data):
    assert _import(steady, db_path, tmp_path, data).exit_code == 2
