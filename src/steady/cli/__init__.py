"""The `steady` command line. The only package that imports Typer.

Each command group lives in its own small module; this one assembles them.
Module tops import only Typer and light parts of steady, so `--help`,
`--version` and shell completion never load the database stack.
"""

from __future__ import annotations

from typing import Annotated

import typer

from steady import __version__
from steady.cli import (
    activation,
    care,
    checkin,
    encryption,
    export,
    practices,
    records,
    review,
    settings,
    share,
)
from steady.cli.common import Env, handles_errors
from steady.language.care import NOT_THERAPY

HELP = (
    "A private, local journal for catching the alarm early, building steadiness and "
    f"sharing from a grounded place.\n\n{NOT_THERAPY}"
)

app = typer.Typer(
    name="steady",
    help=HELP,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"steady {__version__}")
        raise typer.Exit()


@app.callback()
@handles_errors
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="PATH",
            help="The journal file to use (or set STEADY_DB).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Without a command: where things stand, and one gentle next step."""
    ctx.obj = Env(db_option=db)
    if ctx.invoked_subcommand is None:
        from steady.cli.status import status

        status(ctx)


# In the order a person meets them: the daily minute, the activation loop, the
# practices, looking back, then settings and care.
app.command("checkin")(checkin.checkin)
app.command("notice")(activation.notice)
app.command("name")(activation.name)
app.command("story")(activation.story)
app.command("urge")(activation.urge)
app.command("settle")(activation.settle)
app.command("pause")(practices.pause)
app.command("anchor")(practices.anchor)
app.add_typer(share.share_app, name="share")
app.command("review")(review.review)
app.command("export")(export.export)
app.command("import")(export.import_)
app.command("log")(records.log)
app.command("show")(records.show)
app.command("edit")(records.edit)
app.command("delete")(records.delete)
app.command("note")(records.note)
app.command("notes")(records.notes)
app.command("anchors")(practices.list_anchors)
app.command("checkins")(checkin.checkins_list)
app.add_typer(settings.config_app, name="config")
app.command("paths")(settings.paths)
app.command("encrypt")(encryption.encrypt)
app.command("decrypt")(encryption.decrypt)
app.command("passphrase")(encryption.passphrase)
app.command("vocab")(settings.vocab)
app.command("help-now")(care.help_now)
app.command("wipe")(settings.wipe)


def _resolve_annotations(typer_app: typer.Typer) -> None:
    """Evaluate each command's string annotations once, here.

    Typer builds the command tree on every run and reads each function's signature twice,
    evaluating every string annotation each time; handing it the evaluated objects (the
    very ones it would get) halves the start-up cost of --help and shell completion.
    """
    import typing

    callbacks = [info.callback for info in typer_app.registered_commands]
    if typer_app.registered_callback is not None:
        callbacks.append(typer_app.registered_callback.callback)
    for callback in callbacks:
        if callback is None:
            continue
        hints = typing.get_type_hints(callback, include_extras=True)
        wrapped = getattr(callback, "__wrapped__", callback)
        callback.__annotations__ = wrapped.__annotations__ = hints
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _resolve_annotations(group.typer_instance)


_resolve_annotations(app)


def main() -> None:
    """The console script: a bug shows one calm line, not a traceback full of private text."""
    import os

    try:
        app()
    except Exception as exc:
        if os.environ.get("STEADY_DEBUG"):
            raise
        from steady import render
        from steady.errors import SteadyError

        render.error(
            SteadyError(
                f"steady ran into an unexpected problem ({type(exc).__name__}) and stopped; "
                "anything unfinished was not saved.",
                "Run again with STEADY_DEBUG=1 to see the details.",
            )
        )
        raise SystemExit(1) from None
