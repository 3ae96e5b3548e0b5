"""Shared fixtures. No test may touch real user data: STEADY_HOME is always a temp dir."""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# In CI (CI=true), property tests draw the same examples every run, so a red build always
# means a real change; locally they explore new examples each time.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    settings.load_profile("ci")

# A Friday evening in Berlin (UTC+1 in November), so UTC/local mix-ups show.
NOW = datetime(2026, 11, 27, 21, 30, tzinfo=UTC)
TZ_NAME = "Europe/Berlin"
TZ = ZoneInfo(TZ_NAME)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "steady-home"
    monkeypatch.setenv("STEADY_HOME", str(home))
    monkeypatch.delenv("STEADY_DB", raising=False)
    monkeypatch.setenv("TZ", TZ_NAME)
    # No country from the machine's locale: help-now shows the general lines unless told.
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("STEADY_INTERACTIVE", "0")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return home


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """Freeze the CLI's clock at NOW."""
    monkeypatch.setattr("steady.cli.common.clock", lambda: NOW)
    return NOW


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture
def steady(now: datetime, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run the CLI in-process: steady("notice chest tight -i 5") or steady(["note", "x"])."""
    import functools

    import typer.main
    import typer.testing

    from steady.cli import app

    # Typer rebuilds the click command on every invoke (~30 ms); build it once per test.
    monkeypatch.setattr(typer.testing, "_get_command", functools.cache(typer.main.get_command))
    runner = CliRunner()

    def run(args: str | list[str], *, input: str | None = None, tty: bool = False) -> Run:
        argv = shlex.split(args) if isinstance(args, str) else args
        monkeypatch.setenv("STEADY_INTERACTIVE", "1" if tty else "0")
        result = runner.invoke(app, argv, input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


def ok(run: Run) -> Run:
    """A run that succeeded, without a traceback anywhere."""
    assert run.exit_code == 0, (run.exit_code, run.stdout, run.stderr)
    assert "Traceback" not in run.stdout + run.stderr
    return run


@pytest.fixture
def db_path(isolated_home: Path) -> Path:
    return isolated_home / "steady.db"


@pytest.fixture
def journal(db_path: Path) -> Callable[..., AbstractContextManager[Any]]:
    """Open the journal directly (no CLI): `with journal() as j: j.notice(...)`."""
    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal

    def opener(at: datetime = NOW, **settings: Any) -> AbstractContextManager[Any]:
        database = open_database(db_path, now=at)
        conf = config.Config(dict(settings), db_path.parent / "config.toml")
        return open_journal(database, now=at, tz=TZ, config=conf)

    return opener


def snapshot(path: Path) -> bytes:
    """The journal's bytes, with its WAL folded in, to prove a refusal changed nothing."""
    import sqlite3

    if not path.exists():
        return b""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()).encode()
    finally:
        connection.close()


@pytest.fixture
def refuses(steady: Callable[..., Run], db_path: Path) -> Callable[..., Run]:
    """Run a command that must be refused: exit code, one line on stderr, data unchanged."""

    def check(
        args: str | list[str],
        code: int = 2,
        *,
        says: str | None = None,
        input: str | None = None,
        tty: bool = False,
    ) -> Run:
        before = snapshot(db_path)
        result = steady(args, input=input, tty=tty)
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        assert "Traceback" not in result.stdout + result.stderr
        message = result.stderr.strip()
        assert message, "a refusal must say why on stderr"
        assert len(message.splitlines()) == 1, message
        if says is not None:
            assert says in message, message
        assert snapshot(db_path) == before, "a refusal changed the journal"
        return result

    return check


def full_scans(db_path: Path, act) -> list[tuple[str, list[str]]]:
    """The SELECTs that `act(journal)` runs whose query plan walks a whole table or index."""
    from sqlalchemy import event

    statements: list[tuple[str, tuple[object, ...]]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, tuple(parameters)))

    from steady import config
    from steady.db import open_database
    from steady.journal import open_journal

    database = open_database(db_path, now=NOW)
    event.listen(database.engine, "before_cursor_execute", capture)
    conf = config.Config({}, db_path.parent / "config.toml")
    with open_journal(database, now=NOW, tz=TZ, config=conf) as j:
        act(j)
    assert statements
    found = []
    connection = sqlite3.connect(db_path)
    try:
        for statement, parameters in statements:
            plan = [
                row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            ]
            # The one-row partial index of the open activation is the only scan allowed.
            if any(p.startswith("SCAN") and "ux_activation_one_open" not in p for p in plan):
                found.append((statement, plan))
    finally:
        connection.close()
    return found
