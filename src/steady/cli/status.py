"""Bare `steady`: where things stand, and one gentle next step."""

from __future__ import annotations

from datetime import timedelta

import typer

from steady.cli.care import care_findings
from steady.cli.common import env, held_sentence, journal
from steady.language import care as care_words


def status(ctx: typer.Context) -> None:
    from steady import render
    from steady.timeparse import show_duration, show_moment

    e = env(ctx)
    with journal(ctx) as j:
        state = j.status()
        held = j.held_messages() if state.open is None else []  # said only when calm
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
            render.hint(
                "If you remember roughly when it eased, settle it there, for example:",
                f'steady settle --at "{example:%Y-%m-%d %H:%M}"',
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
            # Naming is done now, even for an activation logged afterwards: the reading's
            # time would make the feeling look named as the alarm began. "Now" is not when
            # it eased, though.
            written = [
                current.context,
                current.story,
                *(u.text for u in current.urges),
                *(n.text for n in current.notes),
            ]
            if any(written) and care_findings(e, *written):
                # What was written with it needed more than a journal: support stays first,
                # and no reflective question follows it (docs/care.md).
                render.say(f"[care]{care_words.SUPPORT_STAYS}[/care]")
                render.hint("When you feel back to baseline:", "steady settle", muted=True)
            elif not current.feelings:
                render.hint("Can you name the feeling?", "steady name")
            else:
                render.hint("A new reading:", "steady notice -i N")
                render.hint(
                    "When you feel back to baseline:",
                    "steady settle" + " --at WHEN" * current.back_filled,
                )
    elif state.total == 0:
        render.hint(
            "Nothing logged yet. When the alarm shows up in your body, catch it early:",
            "steady notice chest tight -i 5",
        )
    else:
        render.say("Nothing open right now.")
        if held:
            render.hint(held_sentence(held), "steady share list")
        render.hint(
            "When the alarm shows up in your body:",
            "steady notice LOCATION SENSATION -i N",
            muted=True,
        )
    waiting = state.unresolved_ids
    if len(waiting) == 1:
        render.hint(
            f"Activation {waiting[0]} has no settled time yet; add one whenever you like:",
            f"steady settle --id {waiting[0]} --at WHEN",
            muted=True,
        )
    elif waiting:
        shown = ", ".join(str(i) for i in waiting[:3]) + (", …" if len(waiting) > 3 else "")
        render.hint(
            f"{len(waiting)} earlier activations ({shown}) have no settled time yet; "
            "add one whenever you like:",
            "steady settle --id N --at WHEN",
            muted=True,
        )
    if e.database().encrypted:
        render.say("[muted]The journal is encrypted.[/muted]")
    if state.checkin_today:
        render.say("[muted]Checked in today.[/muted]")
    else:
        render.hint(
            "A minute for today's check-in, whenever you like:", "steady checkin", muted=True
        )
