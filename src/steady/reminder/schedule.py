"""Installing, finding and removing the daily reminder with the system's own scheduler.

One of: a systemd user timer and service (where `systemctl` is on the PATH), a crontab line
(where `crontab` is), a launchd agent (macOS). Where nothing can show a notification, two
lines in the shell's start file (`shell_hook`) show it once at the next shell start instead.
Everything written carries the name `steady-reminder`, so that `remove` finds all of it
whichever way it was installed, and nothing else.
"""

from __future__ import annotations

import os
import plistlib
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from steady.errors import NotPossibleError
from steady.reminder import fire, shell_hook

NAME = "steady-reminder"
CRON_TAG = f"# {NAME}"
LAUNCHD_LABEL = "net.steady-journal.reminder"
PASSED_ON = ("STEADY_HOME", "STEADY_DB", "TZ")  # what the timer needs to find the same journal
COMMAND_SECONDS = 30
TURN_ON = f"systemctl --user daemon-reload && systemctl --user enable --now {NAME}.timer"
_CALENDAR = re.compile(r"^OnCalendar=\*-\*-\* (\d{2}):(\d{2})", re.MULTILINE)
_CRON_TIME = re.compile(r"^(\d{1,2}) (\d{1,2}) ")


@dataclass(frozen=True)
class Surroundings:
    """Where the reminder goes and what it runs; from the environment, or a test's."""

    home: Path
    config_home: Path
    platform: str
    shell: str
    journal: Path
    python: str
    passed_on: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls, journal: Path, db_source: str, environ: Mapping[str, str] | None = None
    ) -> Surroundings:
        env = os.environ if environ is None else environ
        home = Path(env.get("HOME") or Path.home())
        config = env.get("XDG_CONFIG_HOME", "").strip()
        passed = {key: env[key] for key in PASSED_ON if env.get(key, "").strip()}
        if db_source == "--db":
            passed["STEADY_DB"] = str(journal)  # the timer must find the same journal
        return cls(
            home=home,
            config_home=Path(config) if config else home / ".config",
            platform=sys.platform,
            shell=Path(env.get("SHELL", "")).name,
            journal=journal,
            python=sys.executable,
            passed_on=passed,
        )

    @property
    def command(self) -> list[str]:
        return [self.python, "-m", "steady", "remind", "--fire"]

    @property
    def unit_dir(self) -> Path:
        return self.config_home / "systemd" / "user"

    @property
    def service(self) -> Path:
        return self.unit_dir / f"{NAME}.service"

    @property
    def timer(self) -> Path:
        return self.unit_dir / f"{NAME}.timer"

    @property
    def agent(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"

    def hook_file(self) -> Path:
        return shell_hook.start_file(self.home, self.shell)


@dataclass(frozen=True)
class Installed:
    """What is in place: how, at what time, which files, and whether it is switched on."""

    kind: str  # "systemd", "cron" or "launchd"
    at: time | None
    files: tuple[Path, ...] = ()
    on: bool | None = None  # None: the system could not be asked
    how_to_turn_on: str | None = None


@dataclass(frozen=True)
class State:
    schedules: tuple[Installed, ...]
    hook: Path | None  # the shell start file that holds the reminder's lines
    day_file: Path | None

    @property
    def anything(self) -> bool:
        return bool(self.schedules or self.hook or self.day_file)


# -- running the system's commands ---------------------------------------------------------------


def _run(command: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str] | None:
    """A scheduler command; None when it could not be run at all."""
    try:
        return subprocess.run(  # noqa: S603 - the system's scheduler, with steady's own lines
            command,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=COMMAND_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None


def _ok(command: list[str], stdin: str | None = None) -> bool:
    result = _run(command, stdin)
    return result is not None and result.returncode == 0


# -- which way -----------------------------------------------------------------------------------


def way(s: Surroundings) -> str:
    """ "launchd", "systemd", "cron" or "none"."""
    if s.platform == "darwin":
        return "launchd"
    if shutil.which("systemctl"):
        return "systemd"
    if shutil.which("crontab"):
        return "cron"
    return "none"


def by_hand(s: Surroundings, at: time) -> str:
    """The one line to schedule yourself, as a crontab would take it."""
    return f"{at.minute} {at.hour} * * * {_shell_command(s)}"


def _shell_command(s: Surroundings) -> str:
    assignments = [f"{key}={shlex.quote(value)}" for key, value in sorted(s.passed_on.items())]
    return " ".join([*assignments, *(shlex.quote(part) for part in s.command)])


# -- installing ----------------------------------------------------------------------------------


def install(s: Surroundings, at: time) -> tuple[Installed, Path | None]:
    """Replace any reminder with one at `at`; and the shell line where nothing notifies.

    Returns what was installed, and the shell start file given the reminder's lines (if any).
    """
    chosen = way(s)
    if chosen == "none":
        raise NotPossibleError(
            "steady cannot schedule a reminder here: neither systemd, cron nor launchd was found.",
            f"To schedule it yourself, each day: {by_hand(s, at)}",
        )
    remove(s, keep_day_file=True)
    marker = fire.day_file(s.journal)
    if not marker.exists():
        _private_dir(marker.parent)
        fire.write_private(marker, "")
    if chosen == "systemd":
        installed = _install_systemd(s, at)
    elif chosen == "cron":
        installed = _install_cron(s, at)
    else:
        installed = _install_launchd(s, at)
    hook = None
    if not (shutil.which("notify-send") or (s.platform == "darwin" and shutil.which("osascript"))):
        hook = shell_hook.add(s.hook_file(), fire.pending_file(s.journal))
    return installed, hook


def _private_dir(path: Path) -> None:
    for folder in reversed([path, *path.parents]):
        if not folder.exists():
            folder.mkdir(mode=0o700)


def _unit_quote(text: str) -> str:
    """One word of a systemd unit line: quoted, with its specifiers and variables escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return '"' + escaped.replace("$", "$$") + '"'


def _install_systemd(s: Surroundings, at: time) -> Installed:
    environment = "".join(
        f"Environment={_unit_quote(f'{key}={value}')}\n"
        for key, value in sorted(s.passed_on.items())
    )
    service = (
        "[Unit]\n"
        "Description=steady: one gentle reminder to check in (steady remind --off removes it)\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"{environment}"
        f"ExecStart={' '.join(_unit_quote(part) for part in s.command)}\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=steady: one reminder a day at {at:%H:%M} (steady remind --off removes it)\n\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {at:%H:%M}:00\n"
        "AccuracySec=1min\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    _private_dir(s.unit_dir)
    fire.write_private(s.service, service)
    fire.write_private(s.timer, timer)
    on = _ok(["systemctl", "--user", "daemon-reload"]) and _ok(
        ["systemctl", "--user", "enable", "--now", f"{NAME}.timer"]
    )
    return Installed(
        "systemd",
        at,
        (s.timer, s.service),
        on=on,
        how_to_turn_on=None if on else TURN_ON,
    )


def _crontab() -> str | None:
    """The user's crontab; "" when there is none; None when crontab could not say."""
    result = _run(["crontab", "-l"])
    if result is None:
        return None
    if result.returncode == 0:
        return result.stdout
    return "" if "no crontab" in (result.stderr + result.stdout).lower() else None


def _install_cron(s: Surroundings, at: time) -> Installed:
    current = _crontab()
    if current is None:
        raise NotPossibleError(
            "crontab could not be read, so no reminder was set.",
            f"To schedule it yourself, each day: {by_hand(s, at)}",
        )
    line = f"{by_hand(s, at).replace('%', chr(92) + '%')} {CRON_TAG}"
    kept = [x for x in current.splitlines() if not x.rstrip().endswith(CRON_TAG)]
    if not _ok(["crontab", "-"], "\n".join([*kept, line]) + "\n"):
        raise NotPossibleError(
            "crontab did not take the reminder's line, so no reminder was set.",
            f"To schedule it yourself, each day: {by_hand(s, at)}",
        )
    return Installed("cron", at, on=True)


def _install_launchd(s: Surroundings, at: time) -> Installed:
    agent = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": s.command,
        "EnvironmentVariables": dict(sorted(s.passed_on.items())),
        "StartCalendarInterval": {"Hour": at.hour, "Minute": at.minute},
        "RunAtLoad": False,
    }
    _private_dir(s.agent.parent)
    fire.write_private(s.agent, plistlib.dumps(agent).decode("utf-8"))
    on = bool(shutil.which("launchctl")) and _ok(["launchctl", "load", "-w", str(s.agent)])
    return Installed(
        "launchd",
        at,
        (s.agent,),
        on=on,
        how_to_turn_on=None if on else f"launchctl load -w {shlex.quote(str(s.agent))}",
    )


# -- finding and removing ------------------------------------------------------------------------


def installed_here(s: Surroundings) -> bool:
    """Was a reminder set for this journal? (Its date file exists while one is.)"""
    return fire.day_file(s.journal).exists()


def state(s: Surroundings, *, ask_cron: bool = True) -> State:
    """What is installed now, read from the files (and crontab, when asked)."""
    schedules: list[Installed] = []
    if s.timer.exists() or s.service.exists():
        at = _time_of(_CALENDAR.search(_read(s.timer)))
        on = None
        if shutil.which("systemctl"):
            result = _run(["systemctl", "--user", "is-enabled", f"{NAME}.timer"])
            on = None if result is None else result.stdout.strip() == "enabled"
        files = tuple(p for p in (s.timer, s.service) if p.exists())
        schedules.append(Installed("systemd", at, files, on=on, how_to_turn_on=TURN_ON))
    if ask_cron and shutil.which("crontab"):
        line = next(
            (x for x in (_crontab() or "").splitlines() if x.rstrip().endswith(CRON_TAG)), None
        )
        if line is not None:
            schedules.append(
                Installed("cron", _time_of(_CRON_TIME.match(line), cron=True), on=True)
            )
    if s.agent.exists():
        schedules.append(Installed("launchd", _agent_time(s.agent), (s.agent,)))
    marker = fire.day_file(s.journal)
    hook = shell_hook.find(s.home)
    return State(tuple(schedules), hook, marker if marker.exists() else None)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _time_of(match: re.Match[str] | None, *, cron: bool = False) -> time | None:
    if match is None:
        return None
    first, second = int(match[1]), int(match[2])
    hour, minute = (second, first) if cron else (first, second)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _agent_time(path: Path) -> time | None:
    try:
        interval = plistlib.loads(path.read_bytes()).get("StartCalendarInterval", {})
        return time(int(interval["Hour"]), int(interval["Minute"]))
    except (OSError, ValueError, KeyError, TypeError, plistlib.InvalidFileException):
        return None


def remove(s: Surroundings, *, keep_day_file: bool = False, ask_cron: bool = True) -> list[str]:
    """Take away everything a reminder put in place; what was removed, for people."""
    removed: list[str] = []
    if s.timer.exists() or s.service.exists():
        if shutil.which("systemctl"):
            _ok(["systemctl", "--user", "disable", "--now", f"{NAME}.timer"])
        for path in (s.timer, s.service):
            if path.exists():
                path.unlink()
                removed.append(str(path))
        if shutil.which("systemctl"):
            _ok(["systemctl", "--user", "daemon-reload"])
        for folder in (s.unit_dir, s.unit_dir.parent):  # made for the reminder, if now empty
            try:
                folder.rmdir()
            except OSError:
                break
    if ask_cron and shutil.which("crontab"):
        current = _crontab()
        if current and CRON_TAG in current:
            kept = [x for x in current.splitlines() if not x.rstrip().endswith(CRON_TAG)]
            if _ok(["crontab", "-"], "\n".join(kept) + "\n" if kept else ""):
                removed.append("the line in your crontab")
    if s.agent.exists():
        if shutil.which("launchctl"):
            _ok(["launchctl", "unload", "-w", str(s.agent)])
        s.agent.unlink()
        removed.append(str(s.agent))
    removed += [f"the reminder's lines in {path}" for path in shell_hook.remove(s.home)]
    pending = fire.pending_file(s.journal)
    if pending.exists():
        pending.unlink()
    marker = fire.day_file(s.journal)
    if marker.exists() and not keep_day_file:
        marker.unlink()
        removed.append(str(marker))
    return removed
