"""steady plan: the personal safety plan, written step by step and kept in the journal.

What is written here never brings the care prompts: it is the care. The support lines
for the person's country are always shown with the plan's professionals and services.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from steady.cli import prompts
from steady.cli.common import (
    ForceOption,
    JsonOption,
    completes,
    env,
    handles_errors,
    interactive,
    journal,
)
from steady.errors import InputError, Interrupted
from steady.migrations import PLAN_STEPS

if TYPE_CHECKING:
    from steady.cli.common import Env
    from steady.safety_plan import SafetyPlan, Step

FORMATS = ("text", "md", "html")

plan_app = typer.Typer(
    help="Your safety plan: what helps when things are very hard.",
    rich_markup_mode=None,
    invoke_without_command=True,
)

StepArgument = Annotated[
    str,
    typer.Argument(
        metavar="STEP",
        help=f"Which step: {', '.join(PLAN_STEPS)} (or its number, 1–{len(PLAN_STEPS)}).",
        autocompletion=completes(lambda: PLAN_STEPS),
    ),
]


@plan_app.callback()
@handles_errors
def plan(
    ctx: typer.Context,
    as_json: JsonOption = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            autocompletion=completes(lambda: FORMATS),
            help="text (default), or md or html: one page to print.",
        ),
    ] = "text",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the page to this new file (mode 0600).",
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Show your safety plan. The first time, in a terminal, it is written step by step.

    Based on the Stanley–Brown safety plan: warning signs, things to do on your own,
    people and places that distract, people to ask for help, professionals and services,
    making your surroundings safer, and what matters most to you.
    """
    if ctx.invoked_subcommand is not None:
        return
    from steady import render
    from steady.cli.export import output_target, write_new_file, write_stdout
    from steady.safety_plan import plan_json, read_plan

    e = env(ctx)
    chosen = fmt.strip().lower()
    if chosen not in FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}.")
    target = output_target(output, force)
    if target is not None and chosen == "text":
        chosen = "md" if target.suffix.lower() in {".md", ".txt", ""} else "html"
    with journal(ctx) as j:
        found = read_plan(j)
    if as_json:
        from steady.cli.common import print_json

        print_json(plan_json(found, e.tz))
        return
    if chosen != "text":
        text = _page(e, found, chosen)
        if target is None:
            write_stdout(text)
            return
        write_new_file(target, text, force=force)
        render.line_stderr(
            f"Wrote your safety plan to {render.lit(str(target))}. It holds your own words: "
            "keep it where you choose."
        )
        return
    if found.empty and interactive():
        _walk(ctx, e, found, first_time=True)
        return
    _show(e, found)


def _page(e: Env, found: SafetyPlan, fmt: str) -> str:
    from steady.cli.care import support_lines
    from steady.exporters import plan_page

    local = e.now.astimezone(e.tz)
    written = f"{local:%a} {local.day} {local:%b %Y}"
    render_page = plan_page.html if fmt == "html" else plan_page.markdown
    return render_page(found, support_lines(e), written)


def _show(e: Env, found: SafetyPlan) -> None:
    from steady import render
    from steady.cli.care import support_lines
    from steady.safety_plan import STEPS

    if found.empty:
        render.say("No safety plan yet.")
        render.wrapped(
            "It is a short list, in your own words, to turn to when things are very hard. "
            "In a terminal, steady plan walks through its seven steps; or add one line at a time:",
        )
        example = 'steady plan add people "Sam, 07700 900123"'
        render.say(f"  {render.cmd(example)}")
        return
    lines = support_lines(e)
    render.say("[bold]Your safety plan[/bold]")
    for number, step in enumerate(STEPS, 1):
        render.say()
        render.say(f"[bold]{number}  {render.lit(step.title)}[/bold]")
        items = found.items[step.key]
        for index, item in enumerate(items, 1):
            lead = f"   {index}. "
            render.wrapped(render.lit(item.text), indent=len(lead), first=lead)
        if not items:
            render.say("   [muted](nothing written yet)[/muted]")
        if step.key == "services":
            render.wrapped("Always there:", style="muted", indent=3)
            for line in (lines.emergency, *lines.crisis):
                render.wrapped(render.lit(line), indent=5, first="   • ")
    render.say()
    render.hint("Change it:", "steady plan edit", muted=True)
    render.hint("Add a line:", 'steady plan add STEP "…"', muted=True)
    render.hint("Take one out:", "steady plan remove STEP N", muted=True)
    render.hint("To print it:", "steady plan --format html -o safety-plan.html", muted=True)


def _walk(ctx: typer.Context, e: Env, found: SafetyPlan, *, first_time: bool) -> None:
    """The seven steps, one at a time; each step's lines are kept as soon as it is done."""
    from steady import render
    from steady.safety_plan import STEPS

    if first_time:
        render.wrapped(
            "A safety plan is a short list, in your own words, to turn to when things are very "
            "hard. Seven steps; Enter skips any of them, and you can change it any time."
        )
    else:
        render.wrapped("Seven steps; each shows what is there. Enter goes on to the next.")
    kept = 0
    for number, step in enumerate(STEPS, 1):
        render.say()
        render.say(f"[bold]Step {number} of {len(STEPS)} · {render.lit(step.title)}[/bold]")
        render.wrapped(step.question)
        render.wrapped(f"For example: {render.lit(step.example)}", style="muted", indent=2)
        for item in found.items[step.key]:
            render.wrapped(render.lit(item.text), indent=4, first="  • ")
        if step.key == "services":
            render.wrapped(
                "The support lines for your country are always shown with your plan.",
                style="muted",
                indent=2,
            )
        kept += _lines_for(step, keep=functools.partial(_keep, ctx, step))
    render.say()
    if kept:
        render.say(f"Kept {kept} line{'s' if kept != 1 else ''} in your safety plan.")
    else:
        render.say("Nothing was added. Your plan is here whenever you want it: steady plan edit")
        return
    render.hint("See it all:", "steady plan", muted=True)
    render.hint("To print it:", "steady plan --format html -o safety-plan.html", muted=True)


def _keep(ctx: typer.Context, step: Step, line: str) -> None:
    from steady.safety_plan import add

    with journal(ctx) as j:
        add(j, step, [line])


def _lines_for(step: Step, keep: Callable[[str], None]) -> int:
    """Lines asked for one at a time, each kept as soon as it is typed (a Ctrl-C between
    two loses neither); how many were kept."""
    kept = 0
    try:
        while True:
            question = "A line (Enter to go on)" if not kept else "Another (Enter to go on)"
            answer = prompts.ask_text(question)
            if not answer:
                return kept
            keep(answer)
            kept += 1
    except typer.Abort:
        sys.stderr.write("\n")  # the question's line was left unfinished
        raise Interrupted("Stopped. Every line you typed is kept in your safety plan.") from None


@plan_app.command("edit")
@handles_errors
def edit(ctx: typer.Context) -> None:
    """Walk through the seven steps again, adding to each."""
    from steady.safety_plan import read_plan

    if not interactive():
        raise InputError(
            "Walking through the plan asks questions, so it needs a terminal.",
            'Without one, add a line at a time: steady plan add STEP "…"',
        )
    e = env(ctx)
    with journal(ctx) as j:
        found = read_plan(j)
    _walk(ctx, e, found, first_time=found.empty)


@plan_app.command("add")
@handles_errors
def add_line(
    ctx: typer.Context,
    step: StepArgument,
    text: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="TEXT...", help="The line, in quotes (several: one each).", show_default=False
        ),
    ] = None,
) -> None:
    """Add a line to a step of your safety plan."""
    from steady import render
    from steady.safety_plan import add, parse_step

    chosen = parse_step(step)
    texts = list(text or [])
    if not texts:
        if not interactive():
            raise InputError(
                "The line to add is missing.", f'For example: steady plan add {chosen.key} "…"'
            )
        with journal(ctx):
            pass  # a journal that cannot be opened says so before any question
        count = _lines_for(chosen, keep=functools.partial(_keep, ctx, chosen))
        if not count:
            render.say("Nothing was added.")
            return
    else:
        with journal(ctx) as j:
            count = len(add(j, chosen, texts))
    render.say(f"Added {count} line{'s' if count != 1 else ''} to '{render.lit(chosen.title)}'.")


@plan_app.command("remove")
@handles_errors
def remove_line(
    ctx: typer.Context,
    step: StepArgument,
    number: Annotated[
        str, typer.Argument(metavar="N", help="The line's number, as steady plan shows it.")
    ],
) -> None:
    """Take a line out of a step of your safety plan."""
    from steady import render
    from steady.cli.common import parse_id
    from steady.safety_plan import parse_step, remove

    chosen = parse_step(step)
    position = parse_id(number, what="line number", listed_by="steady plan")
    assert position is not None
    with journal(ctx) as j:
        removed = remove(j, chosen, position)
    render.say(f"Took out of '{render.lit(chosen.title)}': {render.lit(removed.text)}")
