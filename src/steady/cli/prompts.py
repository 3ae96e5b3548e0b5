"""The guided flow: gentle questions asked only when a terminal is attached."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

import typer

from steady.errors import InputError
from steady.numbers import whole_number

if TYPE_CHECKING:
    from steady.language.matching import Match, Vocabulary

MAX_TRIES = 3


def shaped(question: str) -> str:
    """The question broken between words to fit the terminal, so a narrow window never
    splits a word ("anxiou / s") and the answer starts after the last line."""
    import shutil
    import textwrap

    width = max(shutil.get_terminal_size().columns - 2, 20)
    lines = [
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        for line in question.splitlines() or [""]
    ]
    return "\n".join(lines)


def ask_text(question: str, *, default: str = "") -> str:
    """A free-text answer; Enter gives the default (usually: skip)."""
    suffix = " " if question.rstrip().endswith(("?", ")", ":")) else ": "
    answer: str = typer.prompt(
        shaped(question), default=default, show_default=False, prompt_suffix=suffix
    )
    return answer.strip()


def ask_moment(
    question: str, *, after: datetime, now: datetime, tz: tzinfo, optional: bool = True
) -> datetime | None:
    """A time, asked again (up to three times) if it cannot be read.

    A bare clock time means its first occurrence after `after`, so "23:15" for an
    activation from last week means that evening.
    """
    from steady import render
    from steady.timeparse import FUTURE_TOLERANCE, clock_after, parse_when

    for _ in range(MAX_TRIES):
        answer = ask_text(question)
        if not answer and optional:
            return None
        try:
            moment = clock_after(answer, after, tz)
            if moment is None:
                return parse_when(answer, now, tz, what="That time")
            if moment - now > FUTURE_TOLERANCE:
                raise InputError(f"{answer} is later than now.", "Give an earlier time.")
            return moment
        except InputError as exc:
            render.say(f"[muted]{render.lit(str(exc))}[/muted]")
    raise InputError("No time was given.", "You can give it with --at instead.")


def settle_typo(match: Match, what: str) -> str:
    """For a word not in the list with a close match, ask once which was meant."""
    if match.known or not match.suggestions:
        return match.typed
    suggestion = match.suggestions[0]
    if confirm(
        f"'{match.word}' is not in the {what} list. Did you mean '{suggestion}'?", default=True
    ):
        return suggestion
    return match.typed


YES = {"y", "yes"}
NO = {"n", "no"}


def ask_yes_no(question: str, *, enter: str = "skip") -> bool | None:
    """y or n, asked again gently for anything else; None for Enter (or after three tries)."""
    from steady import render

    for _ in range(MAX_TRIES):
        answer = ask_text(question).lower()
        if not answer:
            return None
        if answer in YES:
            return True
        if answer in NO:
            return False
        render.say(f"[muted]y for yes, n for no, or Enter to {enter}.[/muted]")
    return None


def confirm(question: str, *, default: bool = False) -> bool:
    return bool(typer.confirm(shaped(question), default=default))


def choose_words(
    title: str,
    vocabulary: Vocabulary,
    *,
    many: bool = False,
    optional: bool = True,
    question: str = "Your choice",
) -> list[str]:
    """A numbered menu from a vocabulary; numbers or words (free text is welcome)."""
    from steady import render

    numbered = render.numbered_menu(title, vocabulary.groups)
    how = "numbers or words, separated by commas" if many else "a number or a word"
    skip = ", Enter to skip" if optional else ""
    for _ in range(MAX_TRIES):
        answer = ask_text(f"{question} ({how}{skip})")
        if not answer:
            if optional:
                return []
            render.say("[muted]A word or a number from the list, please.[/muted]")
            continue
        parts = [p.strip() for p in answer.split(",")] if many else [answer]
        chosen = [_resolve(p, numbered, vocabulary) for p in parts if p]
        if all(c is not None for c in chosen):
            return [c for c in chosen if c is not None]
    raise InputError("No choice was made.", "You can give it on the command line instead.")


def _resolve(part: str, numbered: Sequence[str], vocabulary: Vocabulary) -> str | None:
    from steady import render

    chosen = whole_number(part)
    if chosen is not None:
        index = chosen - 1
        if 0 <= index < len(numbered):
            return numbered[index]
        render.say(f"[muted]There is no number {part} in the list.[/muted]")
        return None
    match = vocabulary.lookup(part)
    if match.known or not match.suggestions:
        return match.word
    suggestion = match.suggestions[0]
    if confirm(f"Did you mean '{suggestion}'?", default=True):
        return suggestion
    return match.word


def ask_intensity(question: str = "How strong is it, 0–10?") -> int:
    from steady import render
    from steady.text import parse_intensity

    render.intensity_scale()
    for _ in range(MAX_TRIES):
        answer = ask_text(question)
        try:
            return parse_intensity(answer)
        except InputError as exc:
            render.say(f"[muted]{render.lit(exc.hint)}[/muted]")
    raise InputError("No intensity was given.", "Give it with -i N, from 0 to 10.")
