"""Bare `steady`: where things stand, and one gentle next step."""

from __future__ import annotations

from datetime import timedelta

import typer

from steady.cli.common import env, journal


def status(ctx: typer.Context) -> None:
    from steady import render
    from steady.timeparse import show_duration, show_moment

    e = env(ctx)
    with journal(ctx) as j:
        state = j.status()
    current = state.open
    if current is not None:
        began = show_moment(current.started_at, e.now, e.tz)
        if current.stale:
            quiet = show_duration((e.now - current.last_reading_at).total_seconds() / 60)
            render.say(
                f"Activation {current.id} has been open since {began}, with nothing new "
                f"for {quiet}."
            )
            example = (current.last_reading_at + timedelta(hours=1)).astimezone(e.tz)
            render.say(
                "If you remember roughly when it eased, settle it there, for example: "
                + render.cmd(f'steady settle --at "{example:%Y-%m-%d %H:%M}"')
            )
        else:
            elapsed = show_duration((e.now - current.started_at).total_seconds() / 60)
            last = current.readings[-1] if current.readings else None
            detail = ""
            if last is not None:
                body = last.body
                detail = f"; last reading {last.intensity}/10" + (
                    f", {render.lit(body)}" if body else ""
                )
            render.say(f"Open: activation {current.id}, since {began} ({elapsed}){detail}.")
            if not current.feelings:
                render.say("Can you name the feeling? " + render.cmd("steady name"))
            else:
                render.say(
                    "Notice again with "
                    + render.cmd("steady notice -i N")
                    + ", or when you feel back to baseline: "
                    + render.cmd("steady settle")
                )
    elif state.total == 0:
        render.say("Nothing logged yet. When the alarm shows up in your body, catch it early:")
        render.say("  " + render.cmd("steady notice chest tight -i 5"))
    else:
        render.say("Nothing open right now.")
        render.say(
            "[muted]When the alarm shows up in your body: "
            + render.cmd("steady notice LOCATION SENSATION -i N")
            + "[/muted]"
        )
    if state.unresolved_waiting:
        count = state.unresolved_waiting
        render.say(
            f"[muted]{count} earlier activation{'s have' if count != 1 else ' has'} no settled "
            "time; add one any time with "
            + render.cmd("steady settle --id N --at WHEN")
            + " (see steady log).[/muted]"
        )
    if state.checkin_today:
        render.say("[muted]Checked in today.[/muted]")
