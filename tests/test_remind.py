"""steady remind: one gentle daily reminder, installed, shown, fired and removed.

Every test runs against a temporary HOME with fake `systemctl`, `crontab`, `launchctl` and
`notify-send` on a PATH that holds nothing else, and checks the files written and removed.
"""

from __future__ import annotations

import os
import plistlib
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steady.reminder import fire, schedule
from tests.conftest import NOW, Run, ok

Steady = Callable[..., Run]

FAKE_SYSTEMCTL = """#!/bin/sh
echo "systemctl $*" >> "$FAKE_LOG"
if [ -f "$FAKE_DIR/no-session" ]; then
  echo "Failed to connect to bus: No medium found" >&2; exit 1
fi
case "$*" in
  *is-enabled*) if [ -f "$FAKE_DIR/enabled" ]; then echo enabled; else echo disabled; exit 1; fi ;;
  *enable*) : > "$FAKE_DIR/enabled" ;;
  *disable*) /bin/rm -f "$FAKE_DIR/enabled" ;;
esac
exit 0
"""
FAKE_CRONTAB = """#!/bin/sh
echo "crontab $*" >> "$FAKE_LOG"
if [ "$1" = "-l" ]; then
  if [ -f "$FAKE_DIR/crontab" ]; then /bin/cat "$FAKE_DIR/crontab"; exit 0; fi
  echo "no crontab for tester" >&2; exit 1
fi
/bin/cat > "$FAKE_DIR/crontab"
"""
FAKE_NOTIFY = """#!/bin/sh
for word in "$@"; do printf '%s|' "$word" >> "$FAKE_DIR/notified"; done
echo >> "$FAKE_DIR/notified"
"""
FAKE_LAUNCHCTL = """#!/bin/sh
echo "launchctl $*" >> "$FAKE_LOG"
"""


class System:
    """A temporary HOME and PATH with the fake commands chosen."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.home = root / "home"
        self.bin = root / "bin"
        self.fakes = root / "fakes"
        for folder in (self.home, self.bin, self.fakes):
            folder.mkdir(parents=True)
        self.log = self.fakes / "log"
        self.monkeypatch = monkeypatch
        monkeypatch.setenv("HOME", str(self.home))
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
        monkeypatch.setenv("SHELL", "/bin/bash")
        monkeypatch.setenv("PATH", str(self.bin))
        monkeypatch.setenv("FAKE_LOG", str(self.log))
        monkeypatch.setenv("FAKE_DIR", str(self.fakes))
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)

    def provide(self, *names: str) -> None:
        scripts = {
            "systemctl": FAKE_SYSTEMCTL,
            "crontab": FAKE_CRONTAB,
            "notify-send": FAKE_NOTIFY,
            "launchctl": FAKE_LAUNCHCTL,
        }
        for name in names:
            path = self.bin / name
            path.write_text(scripts[name], encoding="utf-8")
            path.chmod(0o755)

    @property
    def units(self) -> Path:
        return self.home / ".config" / "systemd" / "user"

    def calls(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []

    def notifications(self) -> list[str]:
        path = self.fakes / "notified"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    def crontab(self) -> str:
        path = self.fakes / "crontab"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def files(self) -> set[str]:
        return {str(p.relative_to(self.home)) for p in self.home.rglob("*") if p.is_file()}


@pytest.fixture
def system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> System:
    return System(tmp_path / "system", monkeypatch)


def flat(run: Run) -> str:
    return " ".join((run.stdout + run.stderr).split())


# -- systemd -------------------------------------------------------------------------------------


def test_a_systemd_user_timer_is_written_and_turned_on(steady, system, isolated_home):
    system.provide("systemctl", "notify-send")
    result = ok(steady("remind --at 21:00"))
    said = flat(result)
    assert "A reminder is set for 21:00 each day" in said
    assert "none on a day you have checked in" in said
    assert "a systemd user timer" in said
    timer = (system.units / "steady-reminder.timer").read_text(encoding="utf-8")
    service = (system.units / "steady-reminder.service").read_text(encoding="utf-8")
    assert "OnCalendar=*-*-* 21:00:00" in timer
    assert "WantedBy=timers.target" in timer
    assert "Persistent" not in timer  # a day missed is not made up for later
    assert f'ExecStart="{sys.executable}" "-m" "steady" "remind" "--fire"' in service
    assert f'Environment="STEADY_HOME={isolated_home}"' in service
    assert "systemctl --user daemon-reload" in system.calls()
    assert "systemctl --user enable --now steady-reminder.timer" in system.calls()
    for unit in system.units.iterdir():
        assert stat.S_IMODE(unit.stat().st_mode) == 0o600
    assert (isolated_home / fire.DAY_FILE).exists()
    assert system.files() == {
        ".config/systemd/user/steady-reminder.timer",
        ".config/systemd/user/steady-reminder.service",
    }  # notify-send is here: no line in the shell's start file


def test_remind_says_what_is_installed(steady, system):
    system.provide("systemctl", "notify-send")
    assert "No reminder is set" in flat(ok(steady("remind")))
    ok(steady("remind --at 9pm"))
    said = flat(ok(steady("remind")))
    assert "A reminder is set for 21:00 each day." in said
    assert "steady-reminder.timer" in said
    assert "steady remind --off" in said


def test_without_a_user_session_it_says_how_to_turn_the_timer_on(steady, system):
    system.provide("systemctl", "notify-send")
    (system.fakes / "no-session").touch()
    said = flat(ok(steady("remind --at 21:00")))
    assert "written but not yet on: systemd's user session could not be reached" in said
    assert (
        "systemctl --user daemon-reload && systemctl --user enable --now steady-reminder.timer"
        in said
    )
    assert (system.units / "steady-reminder.timer").exists()


def test_a_timer_already_installed_is_replaced_not_doubled(steady, system):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    said = flat(ok(steady("remind --at 20:30")))
    assert "It replaces the one at 21:00" in said
    timers = list(system.units.glob("*.timer"))
    assert len(timers) == 1
    assert "OnCalendar=*-*-* 20:30:00" in timers[0].read_text(encoding="utf-8")


def test_remind_off_removes_everything_it_installed(steady, system, isolated_home):
    system.provide("systemctl")  # no notify-send: the shell start line is added too
    bashrc = system.home / ".bashrc"
    bashrc.write_text("alias ll='ls -l'\n", encoding="utf-8")
    ok(steady("remind --at 21:00"))
    assert "steady reminder" in bashrc.read_text(encoding="utf-8")
    said = flat(ok(steady("remind --off")))
    assert "The reminder is off" in said
    assert "systemctl --user disable --now steady-reminder.timer" in system.calls()
    assert not (system.home / ".config" / "systemd").exists()  # the folders made for it went
    assert bashrc.read_text(encoding="utf-8") == "alias ll='ls -l'\n"
    assert not (isolated_home / fire.DAY_FILE).exists()
    assert "nothing to remove" in flat(ok(steady("remind --off")))


def test_wipe_removes_the_reminder_too(steady, system, isolated_home):
    system.provide("systemctl")
    ok(steady("checkin --hum 2"))
    ok(steady("remind --at 21:00"))
    said = flat(ok(steady("wipe --yes")))
    assert "and the daily reminder" in said
    assert system.files() == set()  # a .bashrc made only for the reminder goes with it
    assert not (isolated_home / fire.DAY_FILE).exists()
    assert "No reminder is set" in flat(ok(steady("remind")))


# -- cron, launchd, by hand ----------------------------------------------------------------------


def test_without_systemd_a_crontab_line_is_added_and_removed(steady, system, isolated_home):
    system.provide("crontab", "notify-send")
    (system.fakes / "crontab").write_text("0 7 * * * backup.sh\n", encoding="utf-8")
    said = flat(ok(steady("remind --at 21:05")))
    assert "a line in your crontab" in said
    lines = system.crontab().splitlines()
    assert lines[0] == "0 7 * * * backup.sh"
    assert lines[1].startswith(f"5 21 * * * STEADY_HOME={isolated_home} ")
    assert lines[1].endswith(" -m steady remind --fire # steady-reminder")
    ok(steady("remind --at 22:00"))
    assert sum("steady-reminder" in x for x in system.crontab().splitlines()) == 1
    assert "A reminder is set for 22:00 each day." in flat(ok(steady("remind")))
    ok(steady("remind --off"))
    assert system.crontab() == "0 7 * * * backup.sh\n"


def test_on_macos_a_launchd_agent_is_written_and_removed(steady, system, monkeypatch):
    system.provide("launchctl")
    monkeypatch.setattr(sys, "platform", "darwin")
    said = flat(ok(steady("remind --at 21:00")))
    assert "a launchd agent" in said
    agent = system.home / "Library" / "LaunchAgents" / "net.steady-journal.reminder.plist"
    content = plistlib.loads(agent.read_bytes())
    assert content["StartCalendarInterval"] == {"Hour": 21, "Minute": 0}
    assert content["ProgramArguments"] == [sys.executable, "-m", "steady", "remind", "--fire"]
    assert f"launchctl load -w {agent}" in system.calls()
    ok(steady("remind --off"))
    assert not agent.exists()
    assert f"launchctl unload -w {agent}" in system.calls()


def test_with_no_scheduler_it_says_so_and_gives_the_line(refuses, system, isolated_home):
    result = refuses("remind --at 21:00", code=1, says="steady cannot schedule a reminder here")
    assert "-m steady remind --fire" in result.stderr
    assert "0 21 * * *" in result.stderr
    assert not (isolated_home / fire.DAY_FILE).exists()
    assert system.files() == set()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ("remind --at 25:00", "--at '25:00' is not a time of day"),
        ("remind --at soon", "--at 'soon' is not a time of day"),
        ("remind --at 21:00 --off", "--at and --off cannot go together"),
    ],
)
def test_a_wrong_time_is_refused_and_nothing_is_written(refuses, system, args, says):
    system.provide("systemctl", "notify-send")
    refuses(args, says=says)
    assert system.files() == set()
    assert system.calls() == []


# -- when it fires -------------------------------------------------------------------------------


def test_it_notifies_once_when_today_has_no_check_in(steady, system):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    fired = ok(steady("remind --fire"))
    assert fired.stdout == fired.stderr == ""
    assert system.notifications() == [
        "--app-name|steady|steady|"
        "A minute to check in today, whenever you are ready: steady checkin|"
    ]


def test_it_stays_silent_once_today_is_checked_in(steady, system):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    ok(steady("checkin --hum 3"))
    ok(steady("remind --fire"))
    assert system.notifications() == []


def test_a_check_in_for_an_earlier_day_does_not_silence_today(steady, system):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    ok(steady("checkin --hum 3 --date yesterday"))
    ok(steady("remind --fire"))
    assert len(system.notifications()) == 1


def test_it_never_speaks_after_being_turned_off(steady, system):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    ok(steady("remind --off"))
    ok(steady("remind --fire"))  # a timer the system had not yet forgotten
    assert system.notifications() == []


def test_an_encrypted_journal_is_answered_by_the_date_beside_it(steady, system, monkeypatch):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    ok(steady("checkin --hum 3"))
    monkeypatch.setenv("STEADY_PASSPHRASE", "a long passphrase for the test")
    ok(steady("encrypt"))
    monkeypatch.delenv("STEADY_PASSPHRASE")
    ok(steady("remind --fire"))  # no passphrase asked, nothing shown
    assert system.notifications() == []
    monkeypatch.setattr("steady.cli.common.clock", lambda: NOW + timedelta(days=1))
    ok(steady("remind --fire"))
    assert len(system.notifications()) == 1


def test_the_date_file_holds_nothing_but_a_date(steady, system, isolated_home):
    system.provide("systemctl", "notify-send")
    ok(steady("remind --at 21:00"))
    assert (isolated_home / fire.DAY_FILE).read_text(encoding="utf-8") == ""
    ok(steady("checkin --hum 3 --note 'a private sentence'"))
    marker = isolated_home / fire.DAY_FILE
    assert marker.read_text(encoding="utf-8") == "2026-11-27\n"
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600


def test_without_notifications_it_shows_one_line_at_the_next_shell_start(
    steady, system, isolated_home
):
    system.provide("systemctl")
    said = flat(ok(steady("remind --at 21:00")))
    assert "notify-send was not found" in said
    assert ".bashrc" in said
    ok(steady("remind --fire"))
    pending = isolated_home / fire.PENDING_FILE
    assert pending.read_text(encoding="utf-8") == "2026-11-27\n"
    bashrc = system.home / ".bashrc"

    def shell_start() -> str:
        environment = {**os.environ, "PATH": "/usr/bin:/bin", "TZ": "UTC"}
        script = bashrc.read_text(encoding="utf-8").replace(
            "$(date +%Y-%m-%d)", "2026-11-27"
        )  # the shell's today, fixed as the test's
        return subprocess.run(
            ["/bin/sh", "-c", script], env=environment, capture_output=True, text=True, check=True
        ).stdout

    assert shell_start() == fire.SHELL_LINE + "\n"
    assert shell_start() == ""  # shown once, no second nag
    assert not pending.exists()


def test_a_check_in_takes_back_a_line_not_yet_seen(steady, system, isolated_home):
    system.provide("systemctl")
    ok(steady("remind --at 21:00"))
    ok(steady("remind --fire"))
    assert (isolated_home / fire.PENDING_FILE).exists()
    ok(steady("checkin --hum 2"))
    assert not (isolated_home / fire.PENDING_FILE).exists()


def test_done_today_reads_a_plain_journal_itself(steady, db_path):
    ok(steady("checkin --hum 2"))
    today = date(2026, 11, 27)
    assert fire.done_today(db_path, today)  # no date file: the journal answered
    assert not fire.done_today(db_path, today + timedelta(days=1))


def test_a_journal_that_cannot_be_read_falls_back_to_the_date(tmp_path):
    journal = tmp_path / "steady.db"
    journal.write_bytes(os.urandom(4096))  # as an encrypted journal looks
    assert not fire.done_today(journal, date(2026, 11, 27))
    fire.write_private(fire.day_file(journal), "2026-11-27\n")
    assert fire.done_today(journal, date(2026, 11, 27))


def test_unit_words_are_quoted_for_systemd():
    assert schedule._unit_quote('/opt/my "py"/100%/$HOME') == '"/opt/my \\"py\\"/100%%/$$HOME"'


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_any_time_set_reads_back_the_same_from_the_timer_and_the_cron_line(
    at, tmp_path_factory, monkeypatch
):
    root = tmp_path_factory.mktemp("any-time")
    monkeypatch.setenv("PATH", str(root))  # no scheduler to call: the files alone
    s = schedule.Surroundings(
        home=root,
        config_home=root / ".config",
        platform="linux",
        shell="bash",
        journal=root / "data" / "steady.db",
        python=sys.executable,
    )
    installed = schedule._install_systemd(s, at)
    assert installed.on is False
    assert [x.at for x in schedule.state(s, ask_cron=False).schedules] == [at]
    line = schedule.by_hand(s, at)
    assert schedule._time_of(schedule._CRON_TIME.match(line), cron=True) == at
