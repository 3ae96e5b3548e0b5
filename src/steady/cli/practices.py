"""Practices on your own: anchors of being okay, and a guided pause.

`sleep` is the pause's only time source; tests replace it so a pause takes no time.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

from steady.cli import prompts
from steady.cli.care import show_care
from steady.cli.common import (
    JsonOption,
    SinceOption,
    UntilOption,
    completes,
    env,
    handles_errors,
    interactive,
    journal,
    print_json,
)
from steady.errors import InputError
from steady.language.anchors import FELT_SCALE_TEXT, KINDS, KINDS_TEXT
from steady.numbers import whole_number

sleep = time.sleep

PAUSE_DEFAULT = 90
PAUSE_MIN, PAUSE_MAX = 10, 1800

KIND_HELP = f"The kind of anchor: {KINDS_TEXT}."
ANCHOR_EXAMPLE = 'For example: steady anchor solitude "read in the park" --minutes 40'


@handles_errors
def anchor(
    ctx: typer.Context,
    kind: Annotated[
        str | None,
        typer.Argument(metavar="KIND", help=KIND_HELP, autocompletion=completes(lambda: KINDS)),
    ] = None,
    what: Annotated[
        str | None,
        typer.Argument(metavar="WHAT", help='What it was: "long walk", "read in the park".'),
    ] = None,
    minutes: Annotated[
        str | None,
        typer.Option("--minutes", metavar="N", help="How long, in minutes.", show_default=False),
    ] = None,
    felt: Annotated[
        str | None,
        typer.Option(
            "--felt",
            metavar="N",
            help="How settled it felt: 0 not settled · 5 somewhat · 10 completely.",
            show_default=False,
        ),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="WHEN",
            help="When it was: 18:00, yesterday 18:00, 2026-11-27 18:00, 2h ago. Default: now.",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A note.", show_default=False)
    ] = None,
) -> None:
    """Keep an anchor: a time you were okay on your own."""
    from steady import anchors, render

    e = env(ctx)
    moment = e.when(at)
    length = anchors.parse_minutes(minutes)
    settled = anchors.parse_felt(felt)
    ask = interactive()
    chosen = None if kind is None else _kind(kind, ask)
    if chosen is None and not ask:
        raise InputError("The kind of anchor is missing.", ANCHOR_EXAMPLE)
    # Only the kind on the command line, or nothing: walk through the rest.
    guided = ask and what is None and minutes is None and felt is None and note is None
    if chosen is None or guided:
        with journal(ctx):
            pass  # a journal that cannot be opened says so before any question
    if chosen is None:
        chosen = _choose_kind()
    if guided:
        what = prompts.ask_text("What was it? (Enter to skip)") or None
        length = _ask_minutes()
        settled = _ask_felt()
        note = prompts.ask_text("A note? (Enter to skip)") or None
    with journal(ctx) as j:
        result = anchors.log_anchor(
            j, kind=chosen, what=what, minutes=length, felt=settled, at=moment, note=note
        )
    if show_care(e, what, note):
        return
    render.say(
        render.lit(anchors.kept_line(result.anchor))
        + " "
        + anchors.week_line(result.week, e.now, e.tz)
    )


def _kind(typed: str, ask: bool) -> str:
    """A known kind; in a terminal a typo is offered its close match first."""
    from steady import anchors

    match = anchors.kind_match(typed)
    if match.known:
        return match.word
    if (
        ask
        and match.suggestions
        and prompts.confirm(
            f"'{match.word}' is not a kind of anchor. Did you mean '{match.suggestions[0]}'?",
            default=True,
        )
    ):
        return match.suggestions[0]
    return anchors.parse_kind(typed)  # refuses, with the list


def _choose_kind() -> str:
    from steady import anchors, render

    numbered = render.anchor_kinds_menu(KINDS)
    for _ in range(prompts.MAX_TRIES):
        answer = prompts.ask_text("Which kind? (a number or a word)")
        chosen = whole_number(answer)
        if chosen is not None and 1 <= chosen <= len(numbered):
            return numbered[chosen - 1]
        if answer and chosen is None:
            match = anchors.kind_match(answer)
            if match.known:
                return match.word
            if match.suggestions and prompts.confirm(
                f"Did you mean '{match.suggestions[0]}'?", default=True
            ):
                return match.suggestions[0]
        render.say(f"[muted]A number from 1 to {len(numbered)}, or one of: {KINDS_TEXT}.[/muted]")
    raise InputError("No kind was chosen.", ANCHOR_EXAMPLE)


def _ask_minutes() -> int | None:
    from steady import anchors, render

    for _ in range(prompts.MAX_TRIES):
        answer = prompts.ask_text("How many minutes? (Enter to skip)")
        try:
            return anchors.parse_minutes(answer or None, what="Minutes")
        except InputError as exc:
            render.say(f"[muted]{render.lit(exc.hint)}[/muted]")
    render.say("[muted]Leaving the minutes out.[/muted]")
    return None


def _ask_felt() -> int | None:
    from steady import anchors, render

    render.felt_scale(FELT_SCALE_TEXT)
    for _ in range(prompts.MAX_TRIES):
        answer = prompts.ask_text("How settled did it feel, 0–10? (Enter to skip)")
        try:
            return anchors.parse_felt(answer or None, what="Felt")
        except InputError as exc:
            render.say(f"[muted]{render.lit(exc.hint)}[/muted]")
    render.say("[muted]Leaving that out.[/muted]")
    return None


@handles_errors
def list_anchors(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """List your anchors, newest first."""
    from steady import anchors, render

    e = env(ctx)
    first, last = e.day(since, "--since"), e.day(until, "--until")
    with journal(ctx) as j:
        views = anchors.anchors_between(j, first, last)
    if as_json:
        print_json([anchors.anchor_json(v, e.tz) for v in views])
        return
    if not views:
        if since or until:
            render.say("No anchors in that range.")
        else:
            render.hint(
                "No anchors yet. When you have a stretch of being okay on your own:",
                'steady anchor solitude "quiet morning" --minutes 30',
            )
        return
    render.anchor_table(views, e.now, e.tz)
    total = sum(v.minutes or 0 for v in views)
    count = f"{len(views)} anchor" + ("" if len(views) == 1 else "s")
    render.say(
        f"[muted]{count}"
        + (f", {anchors.show_minutes(total)} in all" if total else "")
        + ". Each one is evidence you can be okay on your own.[/muted]"
    )


# -- the pause -------------------------------------------------------------------------------


def _seconds(text: str) -> int:
    value = text.strip().lower().removesuffix("s").strip()
    hint = f"Give whole seconds from {PAUSE_MIN} to {PAUSE_MAX} (the default is {PAUSE_DEFAULT})."
    seconds = whole_number(value)
    if seconds is None:
        raise InputError(f"SECONDS {text[:20]!r} is not a whole number.", hint)
    if not PAUSE_MIN <= seconds <= PAUSE_MAX:
        raise InputError(f"A pause of {seconds} seconds is outside {PAUSE_MIN}–{PAUSE_MAX}.", hint)
    return seconds


def _wait_quietly(seconds: int) -> tuple[float, bool]:
    """Without a terminal: just the time, a second at a time, so Ctrl-C can end it."""
    done = 0
    try:
        while done < seconds:
            sleep(1.0)
            done += 1
    except KeyboardInterrupt:
        return float(done), False
    return float(done), True


def _show_seconds(seconds: float) -> str:
    whole = round(seconds)
    if whole < 1:
        return "a moment"
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


@handles_errors
def pause(
    ctx: typer.Context,
    seconds: Annotated[
        str,
        typer.Argument(
            metavar="SECONDS", help=f"How long, {PAUSE_MIN} to {PAUSE_MAX} seconds (default 90)."
        ),
    ] = str(PAUSE_DEFAULT),
) -> None:
    """A guided pause: a paced-breathing bar, in for 4 and out for 6."""
    from steady import render

    length = _seconds(seconds)
    if interactive():
        paused, finished = render.breathing_pause(length, sleep)
    else:
        paused, finished = _wait_quietly(length)
    if finished:
        render.say(f"Paused for {_show_seconds(length)}.")
    else:
        render.say(f"Paused for {_show_seconds(paused)}. That counts.")
    if interactive():
        _offer_reading(ctx)


def _offer_reading(ctx: typer.Context) -> None:
    """With an activation open, the pause is a good moment for a new reading."""
    from steady import render
    from steady.cli import common
    from steady.text import parse_intensity
    from steady.timeparse import show_moment

    e = env(ctx)
    if not e.paths.db.exists():
        return  # no journal yet: a pause does not create one
    e.now = common.clock()  # the pause took time; the reading is for this moment
    with journal(ctx) as j:
        current = j.open_activation()
    if current is None or current.stale:
        return
    render.intensity_scale()
    level = None
    for _ in range(prompts.MAX_TRIES):
        try:
            answer = prompts.ask_text("Log how strong it is now? (Enter to skip)")
        except typer.Abort:  # Ctrl-C here, too, just ends the pause
            render.say()
            return
        if not answer:
            return
        try:
            level = parse_intensity(answer)
            break
        except InputError as exc:
            render.say(f"[muted]{render.lit(exc.hint)}[/muted]")
    if level is None:
        return
    with journal(ctx) as j:
        result = j.notice(intensity=level)
    view = result.activation
    when = show_moment(result.reading.at, e.now, e.tz)
    before = current.readings[-1] if current.readings else None
    was = (
        f" (it was {before.intensity}/10 at {show_moment(before.at, e.now, e.tz)})"
        if before is not None
        else ""
    )
    render.say(f"Added to activation {view.id}: {level}/10 at {when}{was}.")
    render.hint("When you feel back to baseline:", "steady settle")
