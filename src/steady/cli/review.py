"""review: the week (or any period) in three numbers, with their meaning."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer

from steady.cli import prompts
from steady.cli.care import show_care
from steady.cli.common import env, handles_errors, interactive, journal, print_json
from steady.errors import InputError
from steady.numbers import whole_number


@handles_errors
def review(
    ctx: typer.Context,
    week: Annotated[
        str | None,
        typer.Option(
            "--week", metavar="YYYY-Www", help="An ISO week, e.g. 2026-W47.", show_default=False
        ),
    ] = None,
    last: Annotated[bool, typer.Option("--last", help="Last week instead of this one.")] = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", metavar="DATE", help="Start of a custom period.", show_default=False
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="DATE",
            help="End of a custom period (inclusive; default today).",
            show_default=False,
        ),
    ] = None,
    weeks: Annotated[
        str, typer.Option("--weeks", metavar="N", help="Weeks of history to show (1–52).")
    ] = "8",
    as_json: Annotated[bool, typer.Option("--json", help="Print plain JSON.")] = False,
) -> None:
    """Your week: recovery time, intensity and frequency."""
    from steady import metrics
    from steady.review import build_review, review_json

    e = env(ctx)
    chosen = sum([week is not None, last, since is not None or until is not None])
    if chosen > 1:
        raise InputError(
            "Choose one period: --week, --last, or --since/--until.", "See steady review --help."
        )
    history = weeks.strip()
    count = whole_number(history)
    if count is None or not 1 <= count <= 52:
        raise InputError(f"--weeks {weeks[:20]!r} must be a whole number from 1 to 52.")
    today = e.now.astimezone(e.tz).date()
    if week is not None:
        try:
            period = metrics.iso_week(week.strip(), e.tz)
        except ValueError:
            raise InputError(
                f"--week {week!r} is not an ISO week.", "For example: --week 2026-W47"
            ) from None
    elif last:
        period = metrics.week_of(today - timedelta(days=7), e.tz)
    elif since is not None or until is not None:
        if since is None:
            raise InputError("--until needs --since too.", "For example: --since 2026-11-01")
        first = e.day(since, "--since")
        end = e.day(until, "--until") if until is not None else today
        assert first is not None and end is not None
        if end < first:
            if until is None:
                raise InputError("--since is a day still to come.", "Choose a day up to today.")
            raise InputError("--until is before --since.", "Swap the two dates.")
        if (end - first).days > 366 * 5:
            raise InputError("That period is longer than five years.", "Choose a shorter one.")
        period = metrics.days_period(first, end, e.tz)
    else:
        period = metrics.week_of(today, e.tz)
    with journal(ctx) as j:
        result = build_review(j, period, weeks=int(history))
    if as_json:
        print_json(review_json(result))
        return
    from steady import render

    render.review_screen(result, e.config.int("caught_early_max"))
    if interactive():
        answer = prompts.ask_text("Your answer, kept as a note (Enter to skip)")
        if answer:
            with journal(ctx) as j:
                saved = j.note(f"{result.question}\n{answer}")
            if not show_care(e, answer):
                render.say(f"[muted]Kept as note {saved.id}.[/muted]")
    else:
        render.hint("Answer it as a note if you like:", 'steady note "…"', muted=True)
