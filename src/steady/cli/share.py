"""Sharing from a grounded place: check, save, list, sent, discard, and the composer.

The check is a mirror, never a gate: nothing here refuses to keep or send a message
because of what it says.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from steady.cli import prompts
from steady.cli.care import show_care
from steady.cli.common import (
    JsonOption,
    env,
    handles_errors,
    interactive,
    journal,
    print_json,
)
from steady.errors import InputError
from steady.text import require_text

share_app = typer.Typer(
    help="Drafts to your partner, with a gentle mirror.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

TextArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="TEXT", help='The message, in quotes; "-" reads it from stdin.', show_default=False
    ),
]
WhyOption = Annotated[
    bool,
    typer.Option("--why", help="Say why each finding tends to land as pressure, and what instead."),
]
IdArgument = Annotated[
    str, typer.Argument(metavar="ID", help="The message's id (steady share list).")
]

HELD_WHY = (
    "Messages sent from the peak often say more than we mean — keep this as held and "
    "look again once you've settled?"
)


def _text(text: str | None, command: str) -> str:
    """The message from the argument, from stdin ("-"), or asked for in a terminal;
    checked before the journal is opened."""
    if text == "-":
        text = sys.stdin.read()
    elif text is None:
        if not interactive():
            raise InputError(
                "The message is missing.",
                f'Give it in quotes, or "-" to read stdin: steady share {command} "TEXT"',
            )
        text = prompts.ask_text("Your message")
    return require_text(text, "message")


def _high_line(level: int) -> str:
    return f"You're at {level} right now. {HELD_WHY}"


def _peak_note(level: int) -> str:
    return (
        f"You're at {level} right now. Messages sent from the peak often say more than we "
        "mean; look at it again once you've settled."
    )


@share_app.command("check")
@handles_errors
def check(
    ctx: typer.Context,
    text: TextArgument = None,
    why: WhyOption = False,
    as_json: JsonOption = False,
) -> None:
    """Mirror a draft; nothing is saved.

    Shows what may land as pressure, one line each, and the grounded form of what the
    message asks for; --why says why each tends to land that way and what could be said
    instead. It never blocks anything.
    """
    from steady import messages, render
    from steady.language import care

    e = env(ctx)
    message = _text(text, "check")
    with journal(ctx) as j:
        result = messages.check(j, message)
        level = messages.current_level(j)
    if as_json:
        from steady.cli.care import care_findings

        care_found = [
            {"concern": f.concern.value, "sign": f.sign, "match": f.match}
            for f in care_findings(e, message)
        ]
        print_json(messages.check_json(result, e.tz, care_found))
        return
    if show_care(e, message, saved=False):
        render.say(f"[muted]{care.MIRROR_SET_ASIDE}[/muted]")
        return
    render.message_check(result, e.now, e.tz, why=why)
    if level is not None and messages.is_high(level):
        render.say()
        render.say(_peak_note(level))
    render.say()
    if result.flags and not why:
        render.hint("Why each lands as pressure:", "steady share check --why TEXT", muted=True)
    render.hint("To keep it as a draft:", "steady share save TEXT", muted=True)


@share_app.command("save")
@handles_errors
def save(
    ctx: typer.Context,
    text: TextArgument = None,
    held: Annotated[
        bool, typer.Option("--held", help="Keep it as held: not to send until you've settled.")
    ] = False,
    why: WhyOption = False,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="WHEN",
            help="When it was written, if earlier: 21:30, yesterday 21:30. Default: now.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Keep a message as a draft; the mirror runs and never stops it."""
    from steady import messages, render

    e = env(ctx)
    moment = e.when(at)
    message = _text(text, "save")
    with journal(ctx) as j:
        saved = messages.save(j, message, held=held, at=moment)
        # How strong the alarm is now says nothing about a message written earlier.
        level = messages.current_level(j) if moment is None else None
    if show_care(e, message, saved=False):
        _kept(saved.message.id, saved.message.status)
        return
    render.message_check(saved.check, e.now, e.tz, why=why)
    render.say()
    _kept(saved.message.id, saved.message.status)
    if not held and level is not None and messages.is_high(level):
        render.say(_peak_note(level))


def _kept(message_id: int, status: str) -> None:
    from steady import render

    if status == "held":
        render.say(f"Kept as held (message {message_id}).")
        render.hint(
            "Look at it again once you've settled; when you send it:",
            f"steady share sent {message_id}",
        )
    else:
        render.say(f"Kept as draft {message_id}.")
        render.hint("When you've sent it:", f"steady share sent {message_id}")


@share_app.command("list")
@handles_errors
def list_messages(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List your messages, newest first."""
    from steady import messages, render

    e = env(ctx)
    with journal(ctx) as j:
        views = messages.all_messages(j)
    if as_json:
        print_json([messages.message_json(v, e.tz) for v in views])
        return
    if not views:
        render.hint("No messages yet. To draft one with some guidance:", "steady share write")
        return
    render.messages_table(views, e.now, e.tz)


@share_app.command("sent")
@handles_errors
def sent(ctx: typer.Context, message_id: IdArgument) -> None:
    """Mark a message as sent (now)."""
    from steady import messages, render
    from steady.timeparse import show_moment

    e = env(ctx)
    with journal(ctx) as j:
        view = messages.mark_sent(j, messages.parse_message_id(message_id))
    assert view.sent_at is not None
    render.say(f"Marked message {view.id} as sent ({show_moment(view.sent_at, e.now, e.tz)}).")


@share_app.command("discard")
@handles_errors
def discard(ctx: typer.Context, message_id: IdArgument) -> None:
    """Set a message aside, unsent; it stays in your journal."""
    from steady import messages, render

    with journal(ctx) as j:
        view = messages.discard(j, messages.parse_message_id(message_id))
    render.say(f"Set message {view.id} aside. Not sending is a choice too.")


@share_app.command("write")
@handles_errors
def write(ctx: typer.Context) -> None:
    """The guided composer.

    Builds a message from what you notice in yourself, how you're holding it, and an
    optional small request with flexible timing; then shows it with the mirror.
    """
    from steady import messages, render
    from steady.language import care

    e = env(ctx)
    if not interactive():
        raise InputError(
            "The composer asks questions, so it needs a terminal.",
            'To keep a message as it is: steady share save "TEXT"',
        )
    with journal(ctx) as j:
        level = messages.current_level(j)
        name = messages.partner_name(j)
    render.say("A few short questions; only the first needs an answer.")
    notice = _required(
        "What do you notice in yourself? (e.g. I've been in an anxious headspace since lunch)"
    )
    if show_care(e, notice, saved=False):
        # Support first, at once; a message to the partner is not built around these words.
        with journal(ctx) as j:
            kept = messages.save(j, notice)
        render.say(f"[muted]{care.COMPOSER_STEPS_BACK.format(id=kept.message.id)}[/muted]")
        return
    holding = prompts.ask_text(
        "How are you holding it? (e.g. I'm going for a walk first; Enter for "
        "“I'm looking after it”)"
    )
    request = prompts.ask_text("Is there a small request? (e.g. a call tonight; Enter to skip)")
    timing = ""
    if request:
        timing = prompts.ask_text(
            "When would suit? (e.g. tonight, this weekend; Enter for whenever suits them)"
        )
    text = messages.compose(notice, holding, request, timing, partner_name=name)
    with journal(ctx) as j:
        result = messages.check(j, text)
    cared = show_care(e, text, saved=False)
    render.say()
    if cared:  # what it says matters more than its wording: no mirror
        render.message_text(text, title="Your message")
    else:
        render.message_check(result, e.now, e.tz, title="Your message", praise=False)
    render.say()
    # One chance to change it, never a loop: the mirror does not ask for rewrites.
    own = prompts.ask_text("Type your own version to replace it, or press Enter to keep it")
    if own:
        text = own
        with journal(ctx) as j:
            result = messages.check(j, text)
        render.say()
        if cared or show_care(e, text, saved=False):
            cared = True
        else:
            render.message_check(result, e.now, e.tz, title="Your message")
            render.say()
    held = False
    if level is not None and messages.is_high(level):
        held = prompts.confirm(_high_line(level), default=True)
    with journal(ctx) as j:
        saved = messages.save(j, text, held=held)
    _kept(saved.message.id, saved.message.status)


def _required(question: str) -> str:
    from steady import render

    for _ in range(prompts.MAX_TRIES):
        answer = prompts.ask_text(question)
        if answer:
            return answer
        render.say("[muted]A few words about what you notice, in your own way.[/muted]")
    raise InputError(
        "Nothing was written about what you notice.",
        'You can keep a message as it is with: steady share save "TEXT"',
    )
