"""help-now: real help, always one command away."""

from __future__ import annotations

import typer

from steady.cli.common import env, handles_errors


@handles_errors
def help_now(ctx: typer.Context) -> None:
    """Crisis lines and what to do right now. steady is not an emergency service."""
    from steady import render
    from steady.errors import SteadyError
    from steady.language.care import DEFAULT_CRISIS_LINES

    try:
        lines = env(ctx).config.words("crisis_lines") or list(DEFAULT_CRISIS_LINES)
    except SteadyError:  # a broken config file must never hide the crisis lines
        lines = list(DEFAULT_CRISIS_LINES)
    render.say(
        "[care]If you might hurt yourself or are in danger, please reach out now. "
        "You deserve real support, and these lines are free and confidential:[/care]"
    )
    for line in lines:
        render.say(f"  • {render.lit(line)}")
    render.say()
    render.say(
        "If fear of your partner is part of this: that is not an attachment pattern. "
        "Domestic-abuse lines are listed at findahelpline.com."
    )
    render.say()
    render.say(
        "[muted]If it is the alarm rather than danger: breathe out slowly, feel your feet "
        "on the floor, and name one thing you can see. It will pass.[/muted]"
    )
    render.say(
        "[muted]steady is a reflection journal, not therapy or an emergency service. "
        'Change these lines with: steady config set crisis_lines "…; …"[/muted]'
    )
