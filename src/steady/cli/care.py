"""help-now: real help, always one command away."""

from __future__ import annotations

import typer

from steady.cli.common import env, handles_errors


@handles_errors
def help_now(ctx: typer.Context) -> None:
    """Crisis lines and what to do right now. steady is not an emergency service."""
    from steady import render
    from steady.errors import SteadyError
    from steady.language.care import DEFAULT_CRISIS_LINES, DOMESTIC_ABUSE_LINES, REFLECTION_ONLY

    try:
        lines = env(ctx).config.words("crisis_lines") or list(DEFAULT_CRISIS_LINES)
    except SteadyError:  # a broken config file must never hide the crisis lines
        lines = list(DEFAULT_CRISIS_LINES)
    render.say(
        "[care]If you might hurt yourself or are in danger, please reach out now. "
        "You deserve real support:[/care]"
    )
    for line in lines:
        render.bullet(render.lit(line))
    render.say()
    render.say(
        "If you are afraid of your partner: fear of real harm is not an attachment pattern, "
        "and there are people whose job is to help:"
    )
    for line in DOMESTIC_ABUSE_LINES:
        render.bullet(render.lit(line))
    render.say()
    render.say(
        "[muted]If it is the alarm rather than danger: breathe out slowly, feel your feet "
        "on the floor, and name one thing you can see. It will pass.[/muted]"
    )
    render.say()
    render.say(f"[muted]{render.lit(REFLECTION_ONLY)}[/muted]")
    render.say('[muted]Your own lines: steady config set crisis_lines "…; …"[/muted]')
