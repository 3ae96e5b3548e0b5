"""The daily check-in: a guided minute, or one line with flags; and the list of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli import activation, prompts
from steady.cli.care import go_on_after_care, show_care
from steady.cli.common import (
    Env,
    JsonOption,
    SinceOption,
    UntilOption,
    env,
    handles_errors,
    interactive,
    journal,
    print_json,
)
from steady.errors import InputError

if TYPE_CHECKING:
    from steady.checkins import CheckinResult, CheckinView, DayState

FLAGS_HINT = (
    "Give --hum N (0–10), --note TEXT or --none (no activation), "
    "and --date DATE for another day; for example: steady checkin --hum 3"
)


@dataclass(frozen=True)
class Answers:
    hum: int | None = None
    note: str | None = None
    no_activation: bool | None = None
    offer_notice: bool = False


@handles_errors
def checkin(
    ctx: typer.Context,
    hum: Annotated[
        str | None,
        typer.Option(
            "--hum",
            metavar="N",
            help="The background hum, 0 calm · 3 noticeable · 5 hard to ignore · "
            "7 pulling at behaviour · 10 overwhelming.",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", metavar="TEXT", help="A note about the day.", show_default=False),
    ] = None,
    none: Annotated[bool, typer.Option("--none", help="No activation that day.")] = False,
    day_text: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="Check in for an earlier day: yesterday, 2026-11-20. Default: today.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """The daily check-in: background hum, any activation, a note. About a minute."""
    from steady import checkins
    from steady.text import optional_text, parse_intensity

    e = env(ctx)
    today = e.now.astimezone(e.tz).date()
    day = checkins.check_day(e.day(day_text, "--date"), today)
    level = None if hum is None else parse_intensity(hum, "Hum")
    text = optional_text(note, "note")
    given = level is not None or text is not None or none
    if not given and not interactive():
        raise InputError("Nothing to check in with.", FLAGS_HINT)
    with journal(ctx) as j:
        state = checkins.day_state(j, day)
    answers = (
        Answers(hum=level, note=text, no_activation=True if none else None)
        if given
        else _guided(e, state)
    )
    with journal(ctx) as j:
        result = checkins.checkin(
            j, day=day, hum=answers.hum, note=answers.note, no_activation=answers.no_activation
        )
    if day == today:
        from steady.reminder.fire import checked_in

        checked_in(e.paths.db, day)  # a reminder set for tonight stays silent
    if show_care(e, answers.note) and not (answers.offer_notice and go_on_after_care(e)):
        return
    _reflect(result, today, said_none=answers.no_activation is True)
    if answers.offer_notice and not result.activations:
        _offer_notice(ctx, e, state)


def _guided(e: Env, state: DayState) -> Answers:
    """One gentle question at a time; Enter skips any of them."""
    from steady import render
    from steady.checkins import show_day

    today = e.now.astimezone(e.tz).date()
    label = show_day(state.day, today)
    on = label if label in {"today", "yesterday"} else f"on {label}"
    if state.checkin is not None:
        render.say(
            f"You checked in for {label} already ({_summary(state.checkin)}). "
            "Answers here update it; Enter keeps what is there."
        )
    render.intensity_scale()
    hum = _ask_hum(f"The background hum {on}, 0–10? (Enter to skip)")
    no_activation: bool | None = None
    offer = False
    if state.activations:
        count = len(state.activations)
        render.say(f"[muted]{count} activation{'s' if count != 1 else ''} logged {on}.[/muted]")
    else:
        fired = prompts.ask_yes_no(
            f"Was there an activation {on}, the alarm showing up in your body? (y/n, Enter to skip)"
        )
        if fired is not None:
            no_activation = not fired
            offer = fired
    anchor = 'steady anchor KIND "what"' + ("" if state.today else " --at WHEN")
    render.hint("A moment of being okay on your own? Keep it with", anchor, muted=True)
    note = prompts.ask_text("Anything else about the day? (Enter to skip)") or None
    return Answers(hum=hum, note=note, no_activation=no_activation, offer_notice=offer)


def _ask_hum(question: str) -> int | None:
    from steady import render
    from steady.text import parse_intensity

    for _ in range(prompts.MAX_TRIES):
        answer = prompts.ask_text(question)
        if not answer:
            return None
        try:
            return parse_intensity(answer, "Hum")
        except InputError as exc:
            render.say(f"[muted]{render.lit(exc.hint)}[/muted]")
    raise InputError("No hum was given.", "Give it with --hum N, from 0 to 10.")


def _summary(view: CheckinView) -> str:
    parts = []
    if view.hum is not None:
        parts.append(f"hum {view.hum}")
    if view.no_activation:
        parts.append("no activation")
    if view.note:
        parts.append("a note")
    return ", ".join(parts) or "nothing noted"


def _reflect(result: CheckinResult, today: date, *, said_none: bool) -> None:
    """One short line about what was kept; never a streak, never a missed day."""
    from steady import render
    from steady.checkins import show_day, week_of

    view = result.checkin
    label = show_day(view.day, today)
    if result.previous is None:
        parts = []
        if view.hum is not None:
            parts.append(f"hum {view.hum}")
        if view.no_activation:
            parts.append("no activation")
        said = f": {', '.join(parts)}" if parts else ""
        kept = "; note kept" if result.note_added else ""
        render.say(f"Checked in for {label}{said}{kept}.")
    else:
        whose = (
            f"{label}'s check-in"
            if label in {"today", "yesterday"}
            else f"the check-in for {label}"
        )
        changes = _changes(result.previous, result)
        if changes:
            render.say(f"Updated {whose} ({'; '.join(changes)}).")
        else:
            render.say(f"{whose[0].upper()}{whose[1:]} already says that ({_summary(view)}).")
    if said_none and result.activations:
        render.say(f"[muted]{_logged(result.activations, label)}[/muted]")
    if result.in_week > 1:
        which = "this" if week_of(view.day) == week_of(today) else "that"
        render.say(f"[muted]{result.in_week} check-ins {which} week.[/muted]")


def _changes(before: CheckinView, result: CheckinResult) -> list[str]:
    after = result.checkin
    changes = []
    if after.hum != before.hum:
        changes.append(
            f"hum {after.hum}" + (f", was {before.hum}" if before.hum is not None else "")
        )
    if after.no_activation != before.no_activation:
        changes.append("no activation" if after.no_activation else "the alarm did fire")
    if result.note_added:
        changes.append("note added")
    return changes


def _logged(found: tuple[tuple[int, datetime], ...], label: str) -> str:
    ids = ", ".join(str(i) for i, _ in found)
    which = f"Activation {ids} is" if len(found) == 1 else f"Activations {ids} are"
    return (
        f"{which} logged for {label} as well (steady log shows it); "
        "the check-in keeps what you said."
    )


def _offer_notice(ctx: typer.Context, e: Env, state: DayState) -> None:
    """The alarm fired and nothing is logged for the day: log it now, or later."""
    from steady import render
    from steady.checkins import show_day
    from steady.timeparse import day_bounds

    label = show_day(state.day, e.now.astimezone(e.tz).date())
    later = "WHEN" if state.today else f'"{state.day.isoformat()} HH:MM"'
    if not prompts.confirm(f"Nothing is logged for {label} yet. Log that activation now?"):
        render.hint("Whenever you like:", f"steady notice LOCATION SENSATION -i N --at {later}")
        return
    start = day_bounds(state.day, e.tz)[0]
    example = "14:30" if state.today else "21:00"
    question = f"When did it begin? (for example {example}" + (
        "; Enter for now)" if state.today else ")"
    )
    moment = prompts.ask_moment(question, after=start, now=e.now, tz=e.tz, optional=state.today)
    at = None if moment is None else f"{moment.astimezone(e.tz):%Y-%m-%d %H:%M}"
    activation.notice(ctx, None, None, None, at, None, False)


@handles_errors
def checkins_list(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """List your check-ins, newest first."""
    from steady import checkins, render

    e = env(ctx)
    first, last = e.day(since, "--since"), e.day(until, "--until")
    with journal(ctx) as j:
        found = checkins.checkins(j, since=first, until=last)
        # Beside what each day's check-in said, what the journal holds for that day.
        logged = checkins.activations_per_day(j, found[-1].day, found[0].day) if found else {}
    if as_json:
        print_json([checkins.checkin_json(v, e.tz) for v in found])
        return
    if not found:
        if since or until:
            render.say("No check-ins in that range.")
        else:
            render.hint("No check-ins yet. A minute a day, whenever you like:", "steady checkin")
        return
    today = e.now.astimezone(e.tz).date()
    rows = [(checkins.show_day(v.day, today), v, logged.get(v.day, 0)) for v in found]
    render.checkins_table(rows)
