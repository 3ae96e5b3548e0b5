"""Nothing leaves the machine, and everything steady writes is private.

The whole command surface runs with sockets disabled; every file steady creates is
checked for mode 0600 inside folders of mode 0700, even under a permissive umask.
"""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from tests.conftest import ok

EVERY_COMMAND = [
    "",
    "checkin --hum 3 --note 'a quiet day'",
    "notice chest tight -i 6 --at 21:00 --context 'no reply'",
    "name anxious --at 21:05",
    "story 'they are pulling away'",
    "urge 'text again' --at 21:10",
    "pause 10",
    "settle --at 21:40 --helped walk --note 'it passed'",
    "anchor solitude 'long walk' --minutes 40 --felt 7",
    "share check 'why didnt you answer??'",
    "share save 'I noticed I felt anxious tonight; no need to reply.'",
    "share list --json",
    "share sent 1",
    "review --json",
    "review --last",
    "log --json",
    "show 1 --json",
    "edit 1 --context 'no reply since lunch'",
    "note 'bring up Sundays' --therapy",
    "notes --json",
    "anchors --json",
    "checkins --json",
    "config set partner_name Sam",
    "config show --json",
    "config get partner_name",
    "paths --json",
    "vocab --json",
    "help-now",
    "export --format md",
    "export --format csv",
]


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("steady tried to open a network connection")

    class NoSocket(socket.socket):  # a class, so modules that subclass socket still import
        def __init__(self, *args, **kwargs):
            refuse()

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr("steady.cli.practices.sleep", lambda seconds: None)


def test_every_command_works_with_the_network_switched_off(steady, no_network, tmp_path):
    for command in EVERY_COMMAND:
        ok(steady(command))
    for fmt in ("json", "html"):
        ok(steady(["export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]))
    ok(steady(["import", str(tmp_path / "out.json"), "--dry-run"]))
    ok(steady("delete 1 --yes"))


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)


def test_every_file_steady_creates_is_private_even_with_a_loose_umask(
    steady, isolated_home, tmp_path
):
    old = os.umask(0)
    try:
        ok(steady("notice chest tight -i 5"))
        ok(steady("config set partner_name Sam"))
        exports = tmp_path / "exports"
        exports.mkdir(mode=0o700)
        for fmt in ("md", "html", "json", "csv"):
            ok(steady(["export", "--format", fmt, "-o", str(exports / f"report.{fmt}")]))
        ok(steady(["export", "--format", "md", "--force", "-o", str(exports / "report.md")]))
    finally:
        os.umask(old)
    created = [isolated_home, *isolated_home.rglob("*"), *exports.iterdir()]
    assert {p.name for p in created} >= {"steady.db", "config.toml", "report.html"}
    loose = [str(p) for p in created if not private(p)]
    assert loose == [], loose


def test_encryption_works_with_the_network_switched_off_and_keeps_files_private(
    steady, no_network, isolated_home, monkeypatch
):
    monkeypatch.setenv("STEADY_PASSPHRASE", "quiet harbour lanterns")
    monkeypatch.setenv("STEADY_NEW_PASSPHRASE", "another quiet harbour")
    old = os.umask(0)
    try:
        ok(steady("note 'before encrypting'"))
        ok(steady("encrypt"))
        ok(steady("note 'after encrypting'"))
        ok(steady("passphrase"))
        monkeypatch.setenv("STEADY_PASSPHRASE", "another quiet harbour")
        ok(steady("log --json"))
        created = [isolated_home, *isolated_home.rglob("*")]
        loose = [str(p) for p in created if not private(p)]
        assert loose == [], loose
        ok(steady("decrypt"))
    finally:
        os.umask(old)
    assert [n["text"] for n in steady("notes --json").json()] == [
        "after encrypting",
        "before encrypting",
    ]


def test_deleted_and_replaced_words_are_left_in_no_file(steady, isolated_home, journal):
    """secure_delete zeroes what a deletion or an edit frees (SQLite's default varies by
    build: Debian's is on, SQLCipher's is off), so the words are gone from the journal."""
    for n in range(3):
        ok(steady(["note", f"an ordinary note {n}"]))
    ok(steady(["note", "QUIETMARKER a note written at the worst moment"]))
    ok(steady(["notice", "chest", "-i", "3", "--context", "CONTEXTMARKER what happened"]))
    ok(steady(["anchor", "solitude", "ANCHORMARKER read alone"]))
    ok(steady("delete --note 4 --yes"))
    ok(steady(["edit", "1", "--context", "something else"]))
    ok(steady("delete --anchor 1 --yes"))
    for path in isolated_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in (b"QUIETMARKER", b"CONTEXTMARKER", b"ANCHORMARKER"):
                assert marker not in data, (path.name, marker)
    with journal() as j:
        assert j.session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
