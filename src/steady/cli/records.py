"""Looking back and correcting: log, show, edit, delete, note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli import prompts
from steady.cli.care import show_care
from steady.cli.common import (
    Env,
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
)
from steady.errors import InputError

if TYPE_CHECKING:
    from steady.journal import Journal

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
    unname: Annotated[
        list[str] | None,
        typer.Option(
            "--unname",
            metavar="FEELING",
            help="Take back a feeling named by mistake (repeat for more).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Correct an activation's times, context, story or named feelings."""
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
            unname=unname or (),
        )
    show_care(e, context, story)  # first: support leads, the correction follows
    render.say(f"Updated activation {view.id}.")
    if unname:
        left = ", ".join(view.feeling_names) or "none"
        render.say(f"Feelings named now: {render.lit(left)}.")
    if view.recovery_minutes is not None:
        render.say(f"Recovery time is now {show_duration(view.recovery_minutes)}.")


@handles_errors
def delete(
    ctx: typer.Context,
    activation_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID", help="The activation's id (see steady log).", show_default=False
        ),
    ] = None,
    note: Annotated[
        list[str] | None,
        typer.Option(
            "--note", metavar="ID", help="Delete a note (see steady notes).", show_default=False
        ),
    ] = None,
    anchor: Annotated[
        list[str] | None,
        typer.Option(
            "--anchor",
            metavar="ID",
            help="Delete an anchor (see steady anchors).",
            show_default=False,
        ),
    ] = None,
    message: Annotated[
        list[str] | None,
        typer.Option(
            "--message",
            metavar="ID",
            help="Delete a message (see steady share list).",
            show_default=False,
        ),
    ] = None,
    checkin: Annotated[
        list[str] | None,
        typer.Option(
            "--checkin", metavar="DATE", help="Delete the check-in of a day.", show_default=False
        ),
    ] = None,
    session: Annotated[
        list[str] | None,
        typer.Option(
            "--session",
            metavar="ID",
            help="Delete a therapy session (see steady sessions).",
            show_default=False,
        ),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask to confirm.")] = False,
) -> None:
    """Delete an activation, or a note, anchor or other record.

    An activation goes with everything logged in it. This cannot be undone.
    """
    from steady import render

    e = env(ctx)
    wanted = [
        (kind, value)
        for kind, values in (
            ("activation", [] if activation_id is None else [activation_id]),
            ("note", note or []),
            ("anchor", anchor or []),
            ("message", message or []),
            ("check-in", checkin or []),
            ("session", session or []),
        )
        for value in values
    ]
    if len(wanted) != 1:
        if len(wanted) > 1 and len({kind for kind, _ in wanted}) == 1:
            raise InputError(
                "One thing at a time: steady deletes one record per command.",
                "Run it once for each.",
            )
        raise InputError(
            "Name one thing to delete: an activation's ID, or --note, --anchor, --message, "
            "--checkin or --session.",
            "For example: steady delete --note 3",
        )
    ((kind, given),) = wanted
    with journal(ctx) as j:
        record_id, name, detail = _to_delete(j, e, kind, given)
    what = f"{name} ({detail})" if detail else name
    if not yes:
        if not interactive():
            flag = "" if kind == "activation" else f"--{kind.replace('-', '')} "
            raise InputError(
                "Deleting needs a confirmation.", f"Add --yes: steady delete {flag}{given} --yes"
            )
        if not prompts.confirm(f"Delete {what} for good?"):
            render.say("Kept as it was.")
            return
    with journal(ctx) as j:
        if kind == "activation":
            j.delete(record_id)
        else:
            j.delete_record(kind, record_id)
    render.say(f"Deleted {name}.")


def _to_delete(j: Journal, e: Env, kind: str, given: str) -> tuple[int, str, str]:
    """The id of the record to delete, its name, and what the confirmation adds to it."""
    from steady.journal import listed_by
    from steady.text import for_display
    from steady.timeparse import show_moment

    if kind == "activation":
        view = j.get(require_id(given))
        began = show_moment(view.started_at, e.now, e.tz)
        readings = f"{len(view.readings)} reading{'s' if len(view.readings) != 1 else ''}"
        return view.id, f"activation {view.id}", f"{began}, {readings}"
    if kind == "check-in":
        day = e.day(given, "--checkin")
        assert day is not None
        return int(j.checkin_on(day).id), f"the check-in of {day:%a} {day.day} {day:%b %Y}", ""
    record_id = require_id(given, listed_by=listed_by(kind))
    row = j.find_record(kind, record_id)
    if kind == "session":
        return record_id, f"session {record_id}", f"{row.day:%a} {row.day.day} {row.day:%b %Y}"
    text = getattr(row, "text", None) or getattr(row, "what", None) or getattr(row, "kind", "")
    preview = " ".join(for_display(str(text)).split())
    preview = preview if len(preview) <= 40 else preview[:39].rstrip() + "…"
    return record_id, f"{kind} {record_id}", f"“{preview}”"  # a plain prompt: no markup


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
    if not show_care(e, text):
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
    from steady.numbers import whole_number
    from steady.text import for_display

    value = whole_number(text)
    if value is None or value < 1:
        raise InputError(
            f"--limit {for_display(repr(text))[:60]} is not a whole number of 1 or more.",
            "For example: --limit 50",
        )
    return value
