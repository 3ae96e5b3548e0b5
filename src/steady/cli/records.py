"""Looking back and correcting: log, show, edit, delete, note."""

from __future__ import annotations

from typing import Annotated

import typer

from steady.cli import prompts
from steady.cli.common import (
    JsonOption,
    SinceOption,
    UntilOption,
    env,
    handles_errors,
    interactive,
    journal,
    parse_id,
    print_json,
    require_id,
    show_care,
)
from steady.errors import InputError

IdArgument = Annotated[
    str, typer.Argument(metavar="ID", help="The activation's id (see steady log).")
]


@handles_errors
def log(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[
        str, typer.Option("--limit", metavar="N", help="At most this many (default 20).")
    ] = "20",
    as_json: JsonOption = False,
) -> None:
    """List activations, newest first, with peak and recovery time."""
    from steady.views import activation_json

    e = env(ctx)
    first, last = e.day(since, "--since"), e.day(until, "--until")
    with journal(ctx) as j:
        views = j.log(since=first, until=last, limit=_limit(limit))
    if as_json:
        print_json([activation_json(v, e.tz) for v in views])
        return
    from steady import render

    if not views:
        if since or until:
            render.say("Nothing logged in that range.")
        else:
            render.hint(
                "Nothing logged yet. When the alarm shows up in your body:",
                "steady notice chest tight -i 5",
            )
        return
    render.activation_table(views, e.now, e.tz)


@handles_errors
def show(ctx: typer.Context, activation_id: IdArgument, as_json: JsonOption = False) -> None:
    """Show one activation in full."""
    from steady.views import activation_json

    e = env(ctx)
    with journal(ctx) as j:
        view = j.get(require_id(activation_id))
    if as_json:
        print_json(activation_json(view, e.tz))
        return
    from steady import render

    render.activation_detail(view, e.now, e.tz)


@handles_errors
def edit(
    ctx: typer.Context,
    activation_id: IdArgument,
    onset: Annotated[
        str | None,
        typer.Option(
            "--onset",
            metavar="WHEN",
            help="When it really began (at or before the first reading).",
            show_default=False,
        ),
    ] = None,
    settled: Annotated[
        str | None,
        typer.Option(
            "--settled", metavar="WHEN", help="When you felt back to baseline.", show_default=False
        ),
    ] = None,
    context: Annotated[
        str | None,
        typer.Option(
            "--context",
            metavar="TEXT",
            help='What was happening ("" clears it).',
            show_default=False,
        ),
    ] = None,
    story: Annotated[
        str | None,
        typer.Option(
            "--story", metavar="TEXT", help='Replace the story ("" clears it).', show_default=False
        ),
    ] = None,
) -> None:
    """Correct an activation's times, context or story."""
    from steady import render
    from steady.timeparse import show_duration

    e = env(ctx)
    with journal(ctx) as j:
        view = j.edit(
            require_id(activation_id),
            onset=e.when(onset, "--onset"),
            settled=e.when(settled, "--settled"),
            context=context,
            story=story,
        )
    render.say(f"Updated activation {view.id}.")
    if view.recovery_minutes is not None:
        render.say(f"Recovery time is now {show_duration(view.recovery_minutes)}.")
    show_care(context, story)


@handles_errors
def delete(
    ctx: typer.Context,
    activation_id: IdArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask to confirm.")] = False,
) -> None:
    """Delete an activation with everything logged in it. This cannot be undone."""
    from steady import render
    from steady.timeparse import show_moment

    e = env(ctx)
    with journal(ctx) as j:
        view = j.get(require_id(activation_id))
    if not yes:
        if not interactive():
            raise InputError(
                "Deleting needs a confirmation.", f"Add --yes: steady delete {view.id} --yes"
            )
        began = show_moment(view.started_at, e.now, e.tz)
        readings = len(view.readings)
        question = (
            f"Delete activation {view.id} ({began}, {readings} "
            f"reading{'s' if readings != 1 else ''}) for good?"
        )
        if not prompts.confirm(question):
            render.say("Kept as it was.")
            return
    with journal(ctx) as j:
        j.delete(require_id(activation_id))
    render.say(f"Deleted activation {view.id}.")


@handles_errors
def note(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(metavar="TEXT", help="Anything you want to remember.")
    ] = None,
    therapy: Annotated[
        bool, typer.Option("--therapy", help="Mark it to bring to your next therapy session.")
    ] = False,
    activation_id: Annotated[
        str | None,
        typer.Option("--id", metavar="ID", help="Attach it to an activation.", show_default=False),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            "--at", metavar="WHEN", help="When it is about. Default: now.", show_default=False
        ),
    ] = None,
) -> None:
    """Write a note (--therapy: bring it to your next session)."""
    from steady import render

    e = env(ctx)
    moment = e.when(at)
    target_id = parse_id(activation_id)
    if text is None and not interactive():
        raise InputError("The note is missing.", 'For example: steady note "noticed it sooner"')
    if target_id is not None:
        with journal(ctx) as j:
            j.get(target_id)
    if text is None:
        text = prompts.ask_text("Your note")
    with journal(ctx) as j:
        saved = j.note(text, therapy=therapy, activation_id=target_id, at=moment)
    if not show_care(text):
        where = " to bring to therapy" if saved.therapy else ""
        render.say(f"Note {saved.id} kept{where}.")


@handles_errors
def notes(
    ctx: typer.Context,
    therapy: Annotated[
        bool, typer.Option("--therapy", help="Only the notes marked for therapy.")
    ] = False,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """List your notes, newest first."""
    from steady import render
    from steady.timeparse import iso_local

    e = env(ctx)
    first, last = e.day(since, "--since"), e.day(until, "--until")
    with journal(ctx) as j:
        found = j.notes(since=first, until=last, therapy_only=therapy)
    if as_json:
        print_json(
            [
                {
                    "id": n.id,
                    "uuid": n.uuid,
                    "at": iso_local(n.at, e.tz),
                    "text": n.text,
                    "therapy": n.therapy,
                    "activation_id": n.activation_id,
                }
                for n in found
            ]
        )
        return
    if not found:
        render.say("No notes yet." if not (since or until or therapy) else "No notes match.")
        return
    render.notes_table(found, e.now, e.tz)


def _limit(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or int(value) < 1:
        raise InputError(
            f"--limit {text!r} is not a whole number of 1 or more.", "For example: --limit 50"
        )
    return int(value)
