"""Several terminals writing to one journal at once: nothing lost, nobody sees "locked".

These tests start real processes (`sys.executable`), since SQLite's locking is between
processes. Each worker runs its commands in a loop inside one Python process (one
start-up instead of one per command), so the writes of the workers truly interleave.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 4
ROUNDS = 20

# One worker: ROUNDS times note, notice (a reading), anchor, check-in (its own day).
WORKER = textwrap.dedent(
    """
    import functools, json, sys
    import typer.main, typer.testing
    from typer.testing import CliRunner
    from steady.cli import app

    # Build the click command once, as tests/conftest.py does.
    typer.testing._get_command = functools.cache(typer.main.get_command)

    me, rounds = int(sys.argv[1]), int(sys.argv[2])
    runner = CliRunner()
    results = []
    for i in range(rounds):
        day = f"2026-{1 + me:02d}-{1 + i:02d}"
        for args in (
            ["note", f"worker {me} note {i}"],
            ["notice", "chest", "tight", "-i", str(i % 11), "--context", f"w{me} r{i}"],
            ["anchor", "solitude", f"worker {me} walk {i}", "--minutes", "10"],
            ["checkin", "--hum", "3", "--note", f"w{me} day {i}", "--date", day],
        ):
            run = runner.invoke(app, args)
            results.append([args[0], run.exit_code, run.stderr, repr(run.exception)])
    print(json.dumps(results))
    """
)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        STEADY_HOME=str(home),
        STEADY_INTERACTIVE="0",
        TZ="Europe/Berlin",
        NO_COLOR="1",
        PYTHONPATH=str(ROOT / "src"),
    )
    env.pop("STEADY_DB", None)
    return env


def _count(db: Path, sql: str) -> object:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def test_four_processes_writing_at_once_keep_every_record(tmp_path):
    home = tmp_path / "home"
    env = _env(home)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(me), str(ROUNDS)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for me in range(WORKERS)
    ]
    outputs = [worker.communicate(timeout=120) for worker in workers]

    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
        for command, code, stderr, exception in json.loads(out):
            assert code == 0, (command, stderr, exception)
            assert "locked" not in stderr.lower() and "busy" not in stderr.lower()
            assert "Traceback" not in stderr

    db = home / "steady.db"
    total = WORKERS * ROUNDS
    assert _count(db, "PRAGMA integrity_check") == "ok"
    assert _count(db, "SELECT count(*) FROM note") == total
    assert _count(db, "SELECT count(*) FROM reading") == total
    assert _count(db, "SELECT count(*) FROM anchor") == total
    assert _count(db, "SELECT count(*) FROM checkin") == total
    # Every worker's notice found the one open activation or opened it: never two open.
    open_now = "SELECT count(*) FROM activation WHERE settled_at IS NULL AND closed_at IS NULL"
    assert _count(db, open_now) == 1
    for me in range(WORKERS):
        for i in range(ROUNDS):
            text = f"worker {me} note {i}"
            assert _count(db, f"SELECT count(*) FROM note WHERE text = '{text}'") == 1


def test_processes_creating_a_new_journal_at_once_share_one_file(tmp_path):
    """The first run in several terminals at once: one journal, every note in it."""
    home = tmp_path / "home"
    env = _env(home)
    steady = [sys.executable, "-m", "steady"]
    runs = [
        subprocess.Popen(
            [*steady, "note", f"first words {n}"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    results = [run.communicate(timeout=60) for run in runs]
    for run, (_out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in err.lower() and "Traceback" not in err
    db = home / "steady.db"
    assert _count(db, "SELECT count(*) FROM note") == WORKERS
    welcomed = sum("A new journal was created" in err for _, err in results)
    assert welcomed == 1, "exactly one terminal made the journal"
    # No half-made journal left; only the record of the last check (steady.store.last_check).
    hidden = {p.name for p in home.iterdir() if p.name.startswith(".")}
    assert hidden <= {".steady.db.checked"}
