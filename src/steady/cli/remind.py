"""remind: one gentle reminder a day to check in, set, shown and removed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli.common import env, handles_errors
from steady.errors import InputError

if TYPE_CHECKING:
    from steady.reminder.schedule import Installed, State, Surroundings

KINDS = {
    "systemd": "a systemd user timer",
    "cron": "a line in your crontab (crontab -l shows it)",
    "launchd": "a launchd agent",
}


@handles_errors
def remind(
    ctx: typer.Context,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="TIME",
            help="Set the reminder for this time each day: 21:00, 9pm.",
            show_default=False,
        ),
    ] = None,
    off: Annotated[bool, typer.Option("--off", help="Remove the reminder and all it set up.")] = (
        False
    ),
    fire_now: Annotated[
        bool,
        typer.Option("--fire", hidden=True, help="What the timer runs: remind now, once."),
    ] = False,
) -> None:
    """One gentle reminder a day to check in; none once you have. Without options: what is set.

    The reminder is one desktop notification at that time (or, without notifications, one
    line when you next open a shell), and nothing on a day you have already checked in.
    """
    from steady.reminder import fire, schedule

    e = env(ctx)
    if fire_now:
        fire.fire(e.paths.db, e.now.astimezone(e.tz).date())
        return
    if at is not None and off:
        raise InputError("--at and --off cannot go together.", "Use one of them.")
    s = schedule.Surroundings.of(e.paths.db, e.paths.db_source)
    if off:
        _off(schedule.remove(s))
    elif at is not None:
        _set(s, at)
    else:
        _show(schedule.state(s))


def _set(s: Surroundings, text: str) -> None:
    from steady import render
    from steady.reminder import schedule
    from steady.timeparse import read_clock

    clock = read_clock(text)
    if clock is None:
        raise InputError(f"--at {text!r} is not a time of day.", "Try 21:00 or 9pm.")
    clock = clock.replace(second=0)
    before = schedule.state(s)
    installed, hook = schedule.install(s, clock)
    earlier = [x.at for x in before.schedules if x.at is not None and x.at != clock]
    again = f" It replaces the one at {earlier[0]:%H:%M}." if earlier else ""
    render.say(
        f"A reminder is set for [number]{clock:%H:%M}[/number] each day: one notification, "
        f"and none on a day you have checked in.{again}"
    )
    _describe(installed)
    if hook is not None:
        render.say(
            "Nothing here shows desktop notifications (notify-send was not found), so it "
            "shows as one line the next time you open a shell; the lines that do this were "
            f"added to {render.lit(str(hook))}."
        )
    render.hint("To remove it:", "steady remind --off", muted=True)


def _describe(installed: Installed) -> None:
    from steady import render

    files = ", ".join(str(f) for f in installed.files)
    where = f": {render.lit(files)}" if files else ""
    render.say(f"[muted]It is {KINDS[installed.kind]}{where}.[/muted]")
    if installed.on is False and installed.how_to_turn_on:
        reason = (
            "systemd's user session could not be reached"
            if installed.kind == "systemd"
            else "launchctl did not load it"
        )
        render.hint(
            f"It is written but not yet on: {reason}. Once you are logged in, turn it on with:",
            installed.how_to_turn_on,
        )


def _off(removed: list[str]) -> None:
    from steady import render

    if not removed:
        render.say("No reminder was set, so there was nothing to remove.")
        return
    render.say("The reminder is off. Removed:")
    for item in removed:
        render.say(f"  {render.lit(item)}")


def _show(state: State) -> None:
    from steady import render

    if not state.schedules and state.hook is None:
        render.hint(
            "No reminder is set. For one gentle reminder a day:", "steady remind --at 21:00"
        )
        return
    for installed in state.schedules:
        when = f"{installed.at:%H:%M}" if installed.at is not None else "a time steady cannot read"
        on = {True: "", False: " (written, but not on)", None: ""}[installed.on]
        render.say(f"A reminder is set for [number]{when}[/number] each day{on}.")
        _describe(installed)
    if state.hook is not None:
        render.say(
            f"[muted]Without notifications it shows as one line at a shell's start "
            f"({render.lit(str(state.hook))}).[/muted]"
        )
    render.hint("To remove it:", "steady remind --off", muted=True)
