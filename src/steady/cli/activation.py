"""The activation loop: notice, name, story, urge, settle.

Each command checks what it can (is something open? does that id exist?) before it
asks a single question, so an answer is never typed only to be thrown away.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli import prompts
from steady.cli.care import care_findings, go_on_after_care, show_care
from steady.cli.common import (
    Env,
    completes,
    env,
    handles_errors,
    interactive,
    journal,
    parse_id,
)
from steady.errors import InputError
from steady.timeparse import show_after, show_duration, show_moment

if TYPE_CHECKING:
    from collections.abc import Sequence

    from steady.language import matching
    from steady.views import ActivationView

AT_HELP = "When it happened: 21:30, yesterday 21:30, 2026-11-27 21:30, 20m ago. Default: now."
ID_HELP = "The activation to add to (see steady log). Default: the open one."

IdOption = Annotated[
    str | None, typer.Option("--id", metavar="ID", help=ID_HELP, show_default=False)
]
AtOption = Annotated[
    str | None, typer.Option("--at", metavar="WHEN", help=AT_HELP, show_default=False)
]


def _vocabulary(*kinds: str) -> tuple[str, ...]:
    """Built-in words of the named vocabularies, for shell completion."""
    from steady.language import matching

    vocabularies = {
        "body": matching.body,
        "sensations": matching.sensations,
        "feelings": matching.feelings,
    }
    return tuple(word for kind in kinds for word in vocabularies[kind]().words)


@handles_errors
def notice(
    ctx: typer.Context,
    location: Annotated[
        str | None,
        typer.Argument(
            metavar="LOCATION",
            help="Where in the body: chest, stomach, throat…",
            autocompletion=completes(lambda: _vocabulary("body", "sensations")),
        ),
    ] = None,
    sensation: Annotated[
        str | None,
        typer.Argument(
            metavar="SENSATION",
            help="What it feels like: tight, knot, racing…",
            autocompletion=completes(lambda: _vocabulary("sensations", "body")),
        ),
    ] = None,
    intensity: Annotated[
        str | None,
        typer.Option(
            "-i",
            "--intensity",
            metavar="N",
            help="0 calm · 3 noticeable · 5 hard to ignore · 7 pulling at behaviour · "
            "10 overwhelming.",
            show_default=False,
        ),
    ] = None,
    at: AtOption = None,
    context: Annotated[
        str | None,
        typer.Option("--context", metavar="TEXT", help="What was happening.", show_default=False),
    ] = None,
    new: Annotated[
        bool, typer.Option("--new", help="Start a new activation even if one is open.")
    ] = False,
    same: Annotated[
        bool,
        typer.Option(
            "--same",
            help="Add to the open activation even after a long gap (episode_gap_hours).",
        ),
    ] = False,
) -> None:
    """Notice a body signal (opens an activation, or adds to it)."""
    from steady import render
    from steady.language import matching
    from steady.text import parse_intensity

    e = env(ctx)
    moment = e.when(at)
    body = matching.body(e.config.words("extra_body"))
    sensations = matching.sensations(e.config.words("extra_sensations"))
    location, sensation = _in_order(location, sensation, body, sensations)
    level = None if intensity is None else parse_intensity(intensity)
    if new and same:
        raise InputError("Choose one of --new and --same.", "See steady notice --help.")
    ask = interactive()
    opening = first = False
    # What is open decides only which questions to ask, or which refusal to give when the
    # body signal is missing. Without a terminal and with everything given, there is
    # nothing to decide: the write below makes its own checks, in its own transaction.
    if ask or level is None or (location is None and sensation is None):
        with journal(ctx) as j:
            earlier = None if new or same or not ask else j.after_gap(moment)
            if earlier is not None:
                since = show_moment(earlier.last_reading_at, e.now, e.tz)
                same = bool(
                    prompts.ask_yes_no(
                        f"Activation {earlier.id} is still open; its last reading was {since}. "
                        "Is this still the same one? (y: add to it, n or Enter: a new one)",
                        enter="start a new one",
                    )
                )
                new = not same
            opening = j.will_open(at=moment, new=new, same=same)
            first = j.open_activation() is None
    if ask:
        location = _checked(location, body, "body")
        sensation = _checked(sensation, sensations, "sensation")
    if opening and location is None and sensation is None and (ask or first):
        if not ask:
            raise InputError(
                "Where you feel it is missing.", "For example: steady notice chest tight -i 5"
            )
        location = _first(prompts.choose_words("Where do you feel it?", body, optional=not first))
        sensation = _first(prompts.choose_words("What does it feel like?", sensations))
    if level is None:
        if not ask:
            raise InputError(
                "The intensity is missing.", "Add -i N, from 0 (calm) to 10 (overwhelming)."
            )
        level = prompts.ask_intensity()
    if opening and context is None and ask:
        context = prompts.ask_text("What was happening? (Enter to skip)") or None

    with journal(ctx) as j:
        result = j.notice(
            intensity=level,
            location=location,
            sensation=sensation,
            at=moment,
            context=context,
            new=new,
            same=same,
        )
    # The care check loads its word lists; a bare reading has no text to check.
    cared = bool(context) and show_care(e, context)
    view, reading = result.activation, result.reading
    what = render.lit(reading.body) or "a signal"
    when = show_moment(reading.at, e.now, e.tz)
    for match in (result.location, result.sensation):
        if match is not None and not match.known and match.suggestions:
            render.say(
                f"[muted]Kept '{render.lit(match.word)}' as written "
                f"(did you mean {render.lit(match.suggestions[0])}?).[/muted]"
            )
    if result.quiet_day_taken_back is not None:
        day = result.quiet_day_taken_back
        which = (
            "Today's"
            if day == e.now.astimezone(e.tz).date()
            else f"The {day:%a} {day.day} {day:%b}"
        )
        render.say(
            f"[muted]{which} check-in had said “no activation”; it now counts this one.[/muted]"
        )
    if result.left_unresolved is not None:
        old = result.left_unresolved
        render.say(
            f"Activation {old.id} was still open from {show_moment(old.started_at, e.now, e.tz)}"
            " and is kept without a settled time."
        )
        render.hint("If you remember when it eased:", f"steady settle --id {old.id} --at WHEN")
        if not ask:
            gap = e.config.int("episode_gap_hours")
            render.hint(
                f"A reading more than {gap} h after the last one starts a new activation; "
                "to add one to the open activation anyway:",
                "steady notice … --same",
                muted=True,
            )
    if cared:  # support came first; the practice waits until asked for
        render.say(f"Your reading is kept: {what}, {level}/10, {when}.")
        if not go_on_after_care(e):
            return
    # The name hint names now: the reading's time would make the feeling look named the
    # moment the alarm began, which flatters time-to-name.
    name_hint = "steady name" + (f" --id {view.id}" if result.separate_earlier else "")
    if result.separate_earlier:
        render.say(
            f"Noticed: {what}, {level}/10, {when} — kept as its own earlier activation "
            f"({view.id}), since another is open."
        )
        render.hint("Can you name the feeling?", name_hint)
        render.hint("When it eased:", f"steady settle --id {view.id} --at WHEN")
    elif result.opened:
        render.say(f"Noticed: {what}, {level}/10, {when}.")
        if ask and view.back_filled and _ask_when_it_eased(ctx, e, view):
            return
        render.hint("Can you name the feeling?", name_hint)
    else:
        peak = view.peak_intensity
        render.say(
            f"Added to activation {view.id}: {level}/10 at {when}"
            + (f" (peak so far {peak})." if peak is not None and peak != level else ".")
        )
        if not view.feelings:
            render.hint("Can you name the feeling?", name_hint)
        else:
            render.hint("When you feel back to baseline:", "steady settle")


def _ask_when_it_eased(ctx: typer.Context, e: Env, view: ActivationView) -> bool:
    """A back-filled activation: "now" says nothing about when it eased, so ask. True
    when it was settled here."""
    from steady import render

    eased = prompts.ask_moment(
        "When did it ease? (a time such as 22:15, or Enter if it has not yet)",
        after=view.started_at,
        now=e.now,
        tz=e.tz,
    )
    if eased is None:
        return False
    with journal(ctx) as j:
        settled = j.settle(at=eased, activation_id=view.id)
    minutes = settled.activation.recovery_minutes
    after = "" if minutes is None else f" after {show_duration(minutes)}"
    render.say(f"Settled{after}, at {show_moment(eased, e.now, e.tz)}.")
    render.hint("If you remember the feeling, name it:", f"steady name --id {view.id}")
    return True


def _in_order(
    location: str | None,
    sensation: str | None,
    body: matching.Vocabulary,
    sensations: matching.Vocabulary,
) -> tuple[str | None, str | None]:
    """Accept `tight chest` as well as `chest tight`."""
    if location is None:
        return location, sensation
    loc, sen = body.lookup(location), sensations.lookup(location)
    if not loc.known and sen.known and (sensation is None or body.lookup(sensation).known):
        return sensation, location
    return location, sensation


def _checked(word: str | None, vocabulary: matching.Vocabulary, what: str) -> str | None:
    """In a terminal, a typo on the command line is offered its close match."""
    return None if word is None else prompts.settle_typo(vocabulary.lookup(word), what)


def _first(words: list[str]) -> str | None:
    return words[0] if words else None


@handles_errors
def name(
    ctx: typer.Context,
    feelings: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FEELING...",
            help="One or more feelings, plainly: anxious, lonely, hurt…",
            autocompletion=completes(lambda: _vocabulary("feelings")),
            show_default=False,
        ),
    ] = None,
    activation_id: IdOption = None,
    at: AtOption = None,
) -> None:
    """Name the feeling plainly (see steady vocab feelings)."""
    from steady import render

    e = env(ctx)
    moment = e.when(at)
    target_id = parse_id(activation_id)
    words = list(feelings or [])
    if not words and not interactive():
        raise InputError("No feeling was given.", "For example: steady name anxious lonely")
    with journal(ctx) as j:
        target = j.target(target_id, "to name")
    from steady.language import matching

    if words and interactive():  # a likely typo is offered its close match, once
        known = matching.feelings(e.config.words("extra_feelings"))
        own_story_words = e.config.words("extra_story_words")
        words = [
            word
            if matching.story_word_in(word, own_story_words)
            else prompts.settle_typo(known.lookup(word), "feelings")
            for word in words
        ]
    if not words:
        words = prompts.choose_words(
            "What are you feeling?",
            matching.feelings(e.config.words("extra_feelings")),
            many=True,
            optional=False,
        )
    with journal(ctx) as j:
        result = j.name(words, activation_id=target.id, at=moment)
    added = [m.word for m in result.added]
    if show_care(e, " ".join(words)):  # "suicidal" is a feeling too, and support comes first
        if added:
            render.say(f"Named: {render.lit(', '.join(added))}.")
        return
    if added:
        render.say(f"Named: {render.lit(', '.join(added))}.")
    if result.already:
        render.say(f"[muted]Already named: {render.lit(', '.join(result.already))}.[/muted]")
    for match in result.added:
        if not match.known and match.suggestions and match.word not in result.story_words:
            render.say(
                f"[muted]Kept '{render.lit(match.word)}' as written "
                f"(did you mean {render.lit(match.suggestions[0])}?).[/muted]"
            )
    if result.story_words:
        _feeling_under(
            ctx, e, result.story_words[0], target.id, at, result.activation.feeling_names
        )
    elif added and result.activation.status == "open":
        render.say("[muted]Naming it plainly often takes a little of the charge out.[/muted]")


def _feeling_under(
    ctx: typer.Context, e: Env, word: str, target_id: int, at: str | None, named: Sequence[str]
) -> None:
    """Ask once, kindly, for the feeling under a story word (offering those not yet named)."""
    from steady import render
    from steady.language import matching

    under = tuple(f for f in matching.feelings_under(word) if f not in named)
    if not under:
        render.say(
            f"'{render.lit(word.capitalize())}' describes what someone did, and you have "
            "named what is under it too."
        )
        return
    render.say(
        f"'{render.lit(word.capitalize())}' describes what someone did. "
        f"What is the feeling under it — {', '.join(under)}?"
    )
    if not interactive():
        render.hint("Add it with", "steady name FEELING")
        return
    often = matching.Vocabulary("feelings", {"often under it": under}, matching.feelings().aliases)
    answers = prompts.choose_words("", often, many=True, question="The feeling under it")
    if answers:
        with journal(ctx) as j:
            again = j.name(answers, activation_id=target_id, at=e.when(at))
        if again.added:
            render.say(f"Named: {render.lit(', '.join(m.word for m in again.added))}.")
        if again.already:
            render.say(f"[muted]Already named: {render.lit(', '.join(again.already))}.[/muted]")


@handles_errors
def story(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(metavar="TEXT", help="What the mind is telling itself.")
    ] = None,
    activation_id: IdOption = None,
) -> None:
    """Write down the story, kept apart from the feelings."""
    from steady import render

    e = env(ctx)
    target_id = parse_id(activation_id)
    if text is None and not interactive():
        raise InputError(
            "The story is missing.", 'For example: steady story "they are pulling away"'
        )
    with journal(ctx) as j:
        target = j.target(target_id, "to add a story to")
    if text is None:
        text = prompts.ask_text("What is the story your mind is telling?")
    # Words of real danger are the person's account, not a story the mind tells: they are
    # kept as a note of the activation, so no screen or report calls them "the story".
    disclosure = bool(care_findings(e, text))
    with journal(ctx) as j:
        if disclosure:
            view = j.words(text, activation_id=target.id)
        else:
            view = j.story(text, activation_id=target.id)
    if not show_care(e, text):
        render.say(
            f"Kept as a story for activation {view.id}. "
            "[muted]A story can feel like insight; it is still a story.[/muted]"
        )


@handles_errors
def urge(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(metavar="TEXT", help='What the alarm pushes toward: "text again".'),
    ] = None,
    acted: Annotated[bool, typer.Option("--acted", help="You acted on it.")] = False,
    activation_id: IdOption = None,
    at: AtOption = None,
) -> None:
    """Note an urge, and whether you acted on it."""
    from steady import render

    e = env(ctx)
    moment = e.when(at)
    target_id = parse_id(activation_id)
    if text is None and not interactive():
        raise InputError(
            "The urge is missing.", 'For example: steady urge "check if they are online"'
        )
    with journal(ctx) as j:
        target = j.target(target_id, "to add an urge to")
    if text is None:
        text = prompts.ask_text("What is the urge?")
        acted = acted or prompts.confirm("Did you act on it?", default=False)
    with journal(ctx) as j:
        view = j.urge(text, acted=acted, activation_id=target.id, at=moment)
    # An urge is often written as the rest of "the urge…": "to cut", "to drive off".
    if show_care(e, text, f"i have the urge {text}" if text.lower().startswith("to ") else None):
        return
    if acted:
        render.say(f"Noted for activation {view.id}, acted on. Worth knowing, not judging.")
    else:
        render.say(f"Noted for activation {view.id}. Noticing an urge is already a pause.")


@handles_errors
def settle(
    ctx: typer.Context,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="WHEN",
            help="When you felt back to baseline. Default: now.",
            show_default=False,
        ),
    ] = None,
    helped: Annotated[
        list[str] | None,
        typer.Option(
            "--helped",
            metavar="PRACTICE",
            help="A practice that helped (repeat for more): walk, "
            "breathing, named it, called a friend…",
            show_default=False,
        ),
    ] = None,
    intensity: Annotated[
        str | None,
        typer.Option(
            "-i", "--intensity", metavar="N", help="How strong it is now, 0–10.", show_default=False
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note", metavar="TEXT", help="A note about this activation.", show_default=False
        ),
    ] = None,
    activation_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="Settle an earlier activation (needs --at). Default: the open one.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Mark yourself settled; shows how long it took to come back."""
    from steady import render
    from steady.text import parse_intensity

    e = env(ctx)
    moment = e.when(at)
    level = None if intensity is None else parse_intensity(intensity)
    target_id = parse_id(activation_id)
    practices = list(helped or [])
    with journal(ctx) as j:
        target = j.target(target_id, "to settle")
    ask = interactive() and target.status != "settled"
    needed = target.stale or target.status == "unresolved"
    if moment is None and ask and (needed or target.back_filled):
        last = show_moment(target.last_reading_at, e.now, e.tz)
        example = (target.last_reading_at + timedelta(hours=1)).astimezone(e.tz)
        moment = prompts.ask_moment(
            f"Activation {target.id} had its last reading {last}. When did you feel settled? "
            f"(for example {example:%H:%M} or {example:%Y-%m-%d %H:%M}"
            + (")" if needed else "; Enter for now)"),
            after=target.last_reading_at,
            now=e.now,
            tz=e.tz,
            optional=not needed,
        ) or e.when("now")
    if not practices and ask:
        from steady.language import matching

        render.say(
            "[muted]Some things that help: "
            + render.lit(", ".join(matching.helped().words[:8]))
            + "[/muted]"
        )
        answer = prompts.ask_text("What helped, if anything? (Enter to skip)")
        practices = [p.strip() for p in answer.split(",") if p.strip()]
    with journal(ctx) as j:
        result = j.settle(
            at=moment, helped=practices, intensity=level, note=note, activation_id=target.id
        )
        held = j.held_messages()
    minutes = result.activation.recovery_minutes or 0.0
    if show_care(e, note, *practices):  # support first; the rest can wait for another time
        render.say(f"Settled {show_after(minutes)}.")
        return
    render.say(
        f"Settled {show_after(minutes)}. This is the number that tends to shrink with practice."
    )
    for message_id, text in held:  # now is the moment it was kept for
        render.say()
        render.message_text(text, title=f"Held for when you'd settled: message {message_id}")
        render.hint("When you send it:", f"steady share sent {message_id}", muted=True)
        render.hint("Or set it aside:", f"steady share discard {message_id}", muted=True)
    if moment is None and target.back_filled:  # "now", for readings written down afterwards
        render.hint(
            "It was logged afterwards; if it eased earlier, the time can be set:",
            f"steady edit {target.id} --settled WHEN",
            muted=True,
        )
