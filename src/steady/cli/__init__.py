"""The `steady` command line. The only package that imports Typer.

Each command group lives in its own small module; this one assembles them.
Module tops import only Typer and light parts of steady, so `--help`,
`--version` and shell completion never load the database stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from steady import __version__
from steady.cli.common import Env, handles_errors
from steady.language.care import NOT_THERAPY

HELP = (
    "A private, local journal for catching the alarm early, building steadiness and "
    f"sharing from a grounded place.\n\n{NOT_THERAPY}"
)

# In the order a person meets them: the daily minute, the activation loop, the
# practices, looking back, then settings and care. Each is imported and built only when
# it is used (see LazyGroup): name -> (module in steady.cli, attribute).
COMMANDS: dict[str, tuple[str, str]] = {
    "checkin": ("checkin", "checkin"),
    "notice": ("activation", "notice"),
    "name": ("activation", "name"),
    "story": ("activation", "story"),
    "urge": ("activation", "urge"),
    "settle": ("activation", "settle"),
    "pause": ("practices", "pause"),
    "anchor": ("practices", "anchor"),
    "review": ("review", "review"),
    "export": ("export", "export"),
    "import": ("export", "import_"),
    "log": ("records", "log"),
    "show": ("records", "show"),
    "edit": ("records", "edit"),
    "delete": ("records", "delete"),
    "note": ("records", "note"),
    "notes": ("records", "notes"),
    "session": ("therapy", "session"),
    "sessions": ("therapy", "sessions"),
    "anchors": ("practices", "list_anchors"),
    "checkins": ("checkin", "checkins_list"),
    "remind": ("remind", "remind"),
    "paths": ("settings", "paths"),
    "encrypt": ("encryption", "encrypt"),
    "decrypt": ("encryption", "decrypt"),
    "passphrase": ("encryption", "passphrase"),
    "vocab": ("settings", "vocab"),
    "help-now": ("care", "help_now"),
    "wipe": ("settings", "wipe"),
}
# Command groups; Typer lists them after the commands.
GROUPS: dict[str, tuple[str, str]] = {
    "share": ("share", "share_app"),
    "config": ("settings", "config_app"),
    "plan": ("plan", "plan_app"),
}


def _resolve_annotations(callback: Callable[..., Any]) -> None:
    """Evaluate a command's string annotations once, here.

    Typer reads each function's signature twice, evaluating every string annotation each
    time; handing it the evaluated objects (the very ones it would get) halves the cost.
    """
    import typing

    hints = typing.get_type_hints(callback, include_extras=True)
    wrapped = getattr(callback, "__wrapped__", callback)
    callback.__annotations__ = wrapped.__annotations__ = hints


def _build(name: str) -> Any:
    """The click command for one subcommand, importing its module only now."""
    from importlib import import_module

    import typer.main
    from typer.models import CommandInfo, TyperInfo

    if name in GROUPS:
        module, attribute = GROUPS[name]
        group: typer.Typer = getattr(import_module(f"steady.cli.{module}"), attribute)
        for info in group.registered_commands:
            if info.callback is not None:
                _resolve_annotations(info.callback)
        if group.registered_callback is not None and group.registered_callback.callback:
            _resolve_annotations(group.registered_callback.callback)
        return typer.main.get_group_from_info(
            TyperInfo(group, name=name),
            pretty_exceptions_short=app.pretty_exceptions_short,
            rich_markup_mode=app.rich_markup_mode,
            suggest_commands=app.suggest_commands,
        )
    module, attribute = COMMANDS[name]
    callback = getattr(import_module(f"steady.cli.{module}"), attribute)
    _resolve_annotations(callback)
    return typer.main.get_command_from_info(
        CommandInfo(name=name, callback=callback),
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )


class _Commands(MutableMapping[str, Any]):
    """Every subcommand's name, in order; each command is built on first use."""

    def __init__(self) -> None:
        self.names = [*COMMANDS, *GROUPS]
        self.built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self.built:
            if name not in self.names:
                raise KeyError(name)
            self.built[name] = _build(name)
        return self.built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        if name not in self.names:
            self.names.append(name)
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        self.names.remove(name)
        self.built.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


class LazyGroup(TyperGroup):
    """The root command. Its subcommands are imported and built only when used: a
    command builds itself alone, completing `steady no` builds notice, note and notes;
    --help builds them all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _Commands()

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # the names alone: TyperGroup's own builds every command


app = typer.Typer(
    name="steady",
    cls=LazyGroup,
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


_resolve_annotations(root)


def stop_like_ctrl_c() -> None:
    """A closed terminal (SIGHUP) or SIGTERM stops steady as Ctrl-C does: what was under
    way is undone or finished, and nothing half-made is left behind."""
    import signal

    def interrupt(_number: int, _frame: object) -> None:
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, interrupt)


def _output_failed(exc: OSError) -> None:
    """A file or device that could not be written outside any command (stdout on a full
    disk, flushed at the end): one plain line, claiming nothing about what was saved."""
    import os
    import sys

    from steady import render
    from steady.store.os_errors import as_storage_error

    try:  # what is still buffered for stdout can never be written: let it go quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    render.error(as_storage_error(exc))
    raise SystemExit(1) from None


def main() -> None:
    """The console script: a bug shows one calm line, not a traceback full of private text."""
    import os
    import sys

    from steady.text import write_in_any_encoding

    write_in_any_encoding(sys.stdout, sys.stderr)
    stop_like_ctrl_c()
    try:
        try:
            app()
        finally:
            sys.stdout.flush()  # here, where a full device can still be said plainly
    except BrokenPipeError:
        raise SystemExit(0) from None  # the reader of a pipe has had enough
    except OSError as exc:
        _output_failed(exc)
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
