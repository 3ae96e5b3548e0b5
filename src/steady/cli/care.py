"""Care: help-now, the support shown after free text, and the personal safety plan.

help-now puts the numbers on the screen before anything that could fail or wait: it
reads no journal, loads no database library and asks no passphrase until they are
shown. After free text that speaks of not wanting to live or of fear of a partner,
`show_care` puts support first and tells the caller, so that nothing reflective follows
it. Nothing here blocks anything.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli.common import env, handles_errors, interactive
from steady.errors import SteadyError

if TYPE_CHECKING:
    from steady.cli.common import Env
    from steady.language.helplines import Lines
    from steady.language.safety import Finding
    from steady.safety_plan import SafetyPlan


# -- which lines ---------------------------------------------------------------------------


def _setting(e: Env, key: str) -> str | list[str] | None:
    """A setting, or None when the config file cannot be read: a broken config must
    never hide the support lines."""
    try:
        value = e.config[key]
    except Exception:  # whatever is wrong with the settings, the lines are shown
        return None
    return value if isinstance(value, str | list) else None


def country_of(e: Env, given: str | None = None) -> tuple[str | None, str]:
    """The country whose lines to show, and how it was chosen (said on help-now's last line)."""
    from steady.language.helplines import country_from_locale, normal_code

    if given:
        return normal_code(given), "--country"
    configured = _setting(e, "country")
    if isinstance(configured, str) and configured.strip():
        return normal_code(configured), "your settings"
    found = country_from_locale(os.environ)
    if found is not None:
        return found[0], f"your locale ({found[1]})"
    return None, ""


def support_lines(e: Env, given: str | None = None) -> Lines:
    from steady.language.helplines import lines_for

    code, _ = country_of(e, given)
    own_crisis, own_abuse = _setting(e, "crisis_lines"), _setting(e, "abuse_lines")
    return lines_for(
        code,
        tuple(own_crisis) if isinstance(own_crisis, list) else (),
        tuple(own_abuse) if isinstance(own_abuse, list) else (),
    )


# -- what is shown -------------------------------------------------------------------------

CRISIS_HEADING = (
    "If you might hurt yourself or are in danger, please reach out now. You deserve real support:"
)
ABUSE_HEADING = (
    "If you are afraid of your partner: fear of real harm is not an attachment pattern, "
    "and there are people whose job is to help:"
)
GROUNDING = (
    "If it is the alarm rather than danger: breathe out slowly, feel your feet on the floor, "
    "and name one thing you can see. It will pass."
)


def _bullets(items: tuple[str, ...] | list[str]) -> None:
    from steady import render

    for item in items:
        render.wrapped(render.lit(item), indent=4, first="  • ")


def crisis_block(lines: Lines, heading: str = CRISIS_HEADING) -> None:
    from steady import render

    render.wrapped(heading, style="care")
    _bullets([lines.emergency, *lines.crisis])


def abuse_block(lines: Lines, heading: str = ABUSE_HEADING, *, emergency: bool = True) -> None:
    from steady import render

    render.wrapped(heading, style="care")
    _bullets([lines.emergency, *lines.abuse] if emergency else list(lines.abuse))
    if lines.abuse_note:
        render.wrapped(render.lit(lines.abuse_note), style="muted", indent=4)


def plan_block(plan: SafetyPlan, *, leave_out: tuple[str, ...] = ()) -> None:
    """The plan, compact: each step that has something, one line a step."""
    from steady import render
    from steady.safety_plan import STEPS

    render.wrapped("Your safety plan:", style="care")
    for step in STEPS:
        items = plan.items[step.key]
        if items and step.key not in leave_out:
            text = "; ".join(item.text for item in items)
            render.hanging(f"[bold]{render.lit(step.title)}:[/bold] {render.lit(text)}", 4, "  ")


@handles_errors
def help_now(
    ctx: typer.Context,
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            metavar="CODE",
            help="The lines of another country: AU, GB, US… (default: your settings, "
            "else your locale).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Crisis lines and what to do right now. steady is not an emergency service."""
    from steady import render
    from steady.language.care import REFLECTION_ONLY
    from steady.language.helplines import BY_CODE

    e = env(ctx)
    lines = support_lines(e, country)
    crisis_block(lines)
    render.say()
    abuse_block(lines, emergency=False)  # said once, just above
    sys.stdout.flush()  # the numbers are on the screen before anything else is tried
    render.say()
    _plan_after_the_lines(e)
    render.wrapped(GROUNDING, style="muted")
    render.say()
    code, how = country_of(e, country)
    if lines.country is not None:
        render.wrapped(f"Lines for {lines.country.name}, from {render.lit(how)}.", style="muted")
        render.hint("Another country's:", "steady help-now --country CODE", muted=True)
    elif code:
        render.wrapped(
            f"steady has no lines of its own for {render.lit(code)} ({render.lit(how)}); "
            "findahelpline.com has them.",
            style="muted",
        )
        known = " ".join(sorted(BY_CODE))
        render.wrapped(f"steady has lines for {known}.", style="muted")
    elif _setting(e, "country") is None:
        render.wrapped(
            "Your settings could not be read, so these are the general lines.", style="muted"
        )
    else:
        render.wrapped("No country is set, so these are the general lines.", style="muted")
        render.hint("For your country's:", "steady config set country CODE", muted=True)
    render.hint("Your own lines, shown first:", 'steady config set crisis_lines "…"', muted=True)
    render.wrapped(render.lit(REFLECTION_ONLY), style="muted")


PLAN_SUGGESTION = "A safety plan keeps what helps you, in your own words: steady plan"


def _plan_after_the_lines(e: Env) -> None:
    """The person's own plan, when it can be read without getting in the way of the lines."""
    from steady import render
    from steady.cli.encryption import can_ask
    from steady.encryption import is_encrypted

    try:
        path = e.paths.db
        if not path.exists():
            render.wrapped(PLAN_SUGGESTION, style="muted")
        elif is_encrypted(path) and not can_ask() and not os.environ.get("STEADY_PASSPHRASE"):
            render.wrapped(
                "Your safety plan is kept in your encrypted journal: steady plan shows it.",
                style="muted",
            )
        else:
            e.unlock_question = "Passphrase, to show your safety plan (Enter skips it)"
            e.unlock_optional = True
            plan = _read_plan(e)
            if plan.empty:
                render.wrapped(PLAN_SUGGESTION, style="muted")
            else:
                plan_block(plan)
    except SteadyError:
        render.wrapped(
            "Your safety plan is not shown just now; steady plan shows it. "
            "The lines above are always here.",
            style="muted",
        )
    render.say()


def _read_plan(e: Env) -> SafetyPlan:
    from steady.journal import open_journal
    from steady.safety_plan import read_plan

    with open_journal(e.database(), now=e.now, tz=e.tz, config=e.config) as j:
        return read_plan(j)


# -- after free text -----------------------------------------------------------------------


def care_before_waiting(e: Env) -> None:
    """Support for the words on the command line, before steady waits for anything (a
    passphrase) or stops on an error: they may not be saved, but they were written."""
    if e.given_words and not e.cared:
        show_care(e, *e.given_words, saved=False, with_plan=False)


def show_care(
    e: Env,
    *texts: str | None,
    saved: bool = True,
    imported: bool = False,
    with_plan: bool = True,
) -> bool:
    """If free text speaks of not wanting to live or of fear of a partner, show support
    at once, first. Returns whether it did, so that the caller leaves out its usual
    reflective lines, which would sound dismissive beside it. Shown once a command: when
    it came already (before a passphrase was asked), only "Your words are saved." follows."""
    if not any(texts):  # nothing written: no need to load the signs
        return False
    from steady.language.safety import Concern, concerns_of

    findings = care_findings(e, *texts)
    concerns = concerns_of(findings)
    if not concerns:
        return False
    from steady import render
    from steady.language import care

    # Only someone else's words of suicide: the lines for the one who is worried, and not
    # the reader's own safety plan.
    about_someone_else = all(
        f.sign == care.SOMEONE_ELSE for f in findings if f.concern is Concern.SELF_HARM
    )

    if e.cared:  # shown already, before a passphrase was asked: the plan can come now
        if (
            with_plan
            and Concern.SELF_HARM in concerns
            and not e.plan_shown
            and not about_someone_else
        ):
            _show_plan(e)
        if saved:
            render.say(f"[muted]{care.SAVED_ANYWAY}[/muted]")
        return True
    e.cared = True
    lines = support_lines(e)
    for concern in concerns:
        render.say()
        if concern is Concern.SELF_HARM:
            if imported:
                crisis_block(lines, care.IMPORTED_SELF_HARM)
            elif about_someone_else:
                crisis_block(lines, care.SOMEONE_ELSE_RESPONSE)
            else:
                crisis_block(lines, care.SELF_HARM_RESPONSE)
            if with_plan and not about_someone_else:
                _show_plan(e)
        else:
            abuse_block(lines, care.IMPORTED_FEAR if imported else care.FEAR_RESPONSE)
    if saved:
        render.say(f"[muted]{care.SAVED_ANYWAY}[/muted]")
    render.say()
    return True


def care_findings(e: Env, *texts: str | None) -> list[Finding]:
    """What the texts speak of that needs more than a journal (the partner's name, from
    the settings, read as the partner)."""
    from steady.language.safety import findings_in

    name = _setting(e, "partner_name")
    return findings_in(*texts, partner_names=(name,) if isinstance(name, str) and name else ())


def _show_plan(e: Env) -> None:
    """The person's own plan beside the crisis lines (the journal is open already: it was
    just written to)."""
    from steady import render

    try:
        plan = _read_plan(e)
    except SteadyError:
        return
    e.plan_shown = True
    if not plan.empty:
        render.say()
        plan_block(plan, leave_out=("signs",))


def go_on_after_care(e: Env) -> bool:
    """After support was shown in a guided flow: ask whether to go on, never assume it.
    Without a terminal the answer is no: nothing reflective follows the support."""
    if not interactive():
        return False
    from steady import render
    from steady.cli import prompts

    going_on = prompts.ask_yes_no("Go on with the journal now? (y/n, Enter to stop)", enter="stop")
    if not going_on:
        render.say(
            "[muted]Stopping here. Everything you wrote is kept; steady help-now is there "
            "any time.[/muted]"
        )
    return bool(going_on)
