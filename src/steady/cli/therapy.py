"""session and sessions: the days of therapy sessions, which set the export's default range."""

from __future__ import annotations

from typing import Annotated

import typer

from steady.cli.common import env, handles_errors, journal, parse_id, print_json

LISTED_BY = "steady sessions"


@handles_errors
def session(
    ctx: typer.Context,
    day: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="The day of the session: yesterday, 2026-11-20. Default: today.",
            show_default=False,
        ),
    ] = None,
    session_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="Move this session (see steady sessions) to --date instead.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Mark a therapy session: exports then cover the time since."""
    from steady import render, therapy

    e = env(ctx)
    chosen = e.day(day, "--date") or e.now.astimezone(e.tz).date()
    moving = parse_id(session_id, listed_by=LISTED_BY)
    if moving is not None and day is None:
        from steady.errors import InputError

        raise InputError("--id needs --date: the day the session took place.")
    with journal(ctx) as j:
        view = therapy.mark(j, chosen) if moving is None else therapy.move(j, moving, chosen)
    when = f"{view.day:%a} {view.day.day} {view.day:%b %Y}"
    if moving is None:
        render.say(f"Session {view.id} kept for {when}.")
        render.hint(
            "The next summary covers the time since:", "steady export --format html -o FILE"
        )
    else:
        render.say(f"Session {view.id} moved to {when}.")


@handles_errors
def sessions(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print plain JSON.")] = False,
) -> None:
    """List your therapy sessions, newest first."""
    from steady import render, therapy

    e = env(ctx)
    with journal(ctx) as j:
        found = therapy.listed(j)
    if as_json:
        print_json([therapy.session_json(v, e.tz) for v in found])
        return
    if not found:
        render.say("No sessions marked yet. After one: steady session")
        return
    for v in found:
        render.say(f"{v.id:>3}  {v.day:%a} {v.day.day} {v.day:%b %Y}")
    render.hint("To move one:", "steady session --id ID --date DATE", muted=True)
    render.hint("To delete one:", "steady delete --session ID", muted=True)
