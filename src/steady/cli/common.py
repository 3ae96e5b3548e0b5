"""What every command shares: the moment, the zone, the files, errors and care.

Heavy modules (SQLModel, SQLAlchemy, Pydantic, Rich) are imported inside the
functions that need them, so `--help`, `--version` and completion stay fast.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar, cast

import typer

from steady.errors import InputError, Interrupted, SteadyError
from steady.text import for_display
from steady.timeparse import local_zone, parse_date, parse_when

if TYPE_CHECKING:
    from pathlib import Path

    from steady.config import Config
    from steady.db import Database
    from steady.encryption import Key
    from steady.journal import Journal
    from steady.paths import Paths

# Options shared by the commands that list things.
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE",
        help="From this day: 2026-11-27, today, yesterday.",
        show_default=False,
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        "--until", metavar="DATE", help="Up to and including this day.", show_default=False
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print plain JSON.")]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Replace the -o file if it already exists.")
]

P = ParamSpec("P")
R = TypeVar("R")


def print_json(data: object) -> None:
    """--json output: plain JSON on stdout, without loading Rich at all."""
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def clock() -> datetime:
    """The one place the CLI reads the clock; tests replace it."""
    return datetime.now(UTC)


def interactive() -> bool:
    """May we ask questions? Only with a terminal (STEADY_INTERACTIVE=1/0 overrides)."""
    forced = os.environ.get("STEADY_INTERACTIVE", "").strip()
    if forced in {"0", "1"}:
        return forced == "1"
    return sys.stdin.isatty() and sys.stdout.isatty()


@dataclass
class Env:
    """The command's surroundings, resolved once per invocation."""

    db_option: str | None = None
    # A lambda, so that tests replacing `clock` are honoured.
    now: datetime = field(default_factory=lambda: clock())
    tz: tzinfo = field(default_factory=local_zone)
    _paths: Paths | None = None
    _config: Config | None = None
    _database: Database | None = None
    unlock_question: str = "Passphrase"  # asked for when the journal is encrypted
    unlock_optional: bool = False  # Enter at the passphrase question skips (help-now)
    cared: bool = False  # support was shown for what was written in this command
    plan_shown: bool = False  # and the person's safety plan beside it
    # The words given on the command line, read for care before anything can stand in
    # their way (a passphrase to ask, a journal that cannot be opened).
    given_words: tuple[str, ...] = ()

    @property
    def paths(self) -> Paths:
        if self._paths is None:
            from steady.paths import resolve

            self._paths = resolve(self.db_option)
        return self._paths

    @property
    def config(self) -> Config:
        if self._config is None:
            from steady import config

            self._config = config.load(self.paths.config_file)
        return self._config

    def database(self) -> Database:
        if self._database is None:
            from steady.db import open_database
            from steady.paths import ensure_private_dir

            paths = self.paths
            if paths.db_source in {"default", "STEADY_HOME"}:
                ensure_private_dir(paths.data_dir)
            self._database = open_database(paths.db, now=self.now, unlock=self._unlock)
            if self._database.created:
                _welcome(paths.db)
            if self._database.migrated_from is not None:
                from steady import render

                render.note_stderr(
                    f"[muted]Upgraded your journal to the current format; the earlier copy is "
                    f"at {render.lit(str(self._database.backup))}.[/muted]"
                )
        return self._database

    def _unlock(self, path: Path) -> Key:
        from steady.cli.care import care_before_waiting
        from steady.cli.encryption import unlock

        care_before_waiting(self)  # support is never behind a passphrase
        return unlock(path, self.unlock_question, optional=self.unlock_optional)

    def when(self, text: str | None, what: str = "--at") -> datetime | None:
        return None if text is None else parse_when(text, self.now, self.tz, what=what)

    def day(self, text: str | None, what: str) -> date | None:
        return None if text is None else parse_date(text, self.now, self.tz, what=what)


def typed_moment(e: Env, at: datetime) -> str:
    """A moment as one would type it for --at: "21:00", "yesterday 21:00", "2026-11-20 21:00"."""
    local, today = at.astimezone(e.tz), e.now.astimezone(e.tz).date()
    if local.date() == today:
        return f"{local:%H:%M}"
    if local.date() == today - timedelta(days=1):
        return f"yesterday {local:%H:%M}"
    return f"{local:%Y-%m-%d %H:%M}"


def held_sentence(held: list[tuple[int, str]]) -> str:
    """The message (or messages) kept as held until settled, to look at again."""
    if len(held) == 1:
        return (
            f"Message {held[0][0]} is held for when you've settled; look at it again when you like:"
        )
    return (
        f"{len(held)} messages are held for when you've settled; look at them again when you like:"
    )


def completes(words: Callable[[], Iterable[str]]) -> Callable[[str], list[str]]:
    """Shell completion from a list of words; runs on every Tab, so `words` stays light.
    Words with spaces are left out: a shell would split them."""

    def complete(incomplete: str) -> list[str]:
        lowered = incomplete.lower()
        return [w for w in words() if " " not in w and w.lower().startswith(lowered)]

    return complete


def env(ctx: typer.Context) -> Env:
    root = ctx.find_root()
    if not isinstance(root.obj, Env):
        root.obj = Env()
    return root.obj


@contextmanager
def journal(ctx: typer.Context) -> Iterator[Journal]:
    """One transaction on the user's journal."""
    e = env(ctx)
    database = e.database()  # first: a passphrase is asked before the heavy imports below
    from steady.journal import open_journal

    with open_journal(database, now=e.now, tz=e.tz, config=e.config) as j:
        yield j
    database.finished()


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Show a SteadyError as one plain line on stderr and exit with its code."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        # Click hands the command its own Context class, a base of typer.Context.
        ctx = next((a for a in (*args, *kwargs.values()) if hasattr(a, "find_root")), None)
        e = env(cast("typer.Context", ctx)) if ctx is not None else None
        if e is not None and not kwargs.get("as_json"):  # --json prints nothing but JSON
            e.given_words = _words(kwargs.values())
        try:
            try:
                return command(*args, **kwargs)
            except BrokenPipeError:  # `steady log | head`: the reader has had enough
                raise
            except OSError as exc:  # every file error, translated in one place
                from steady.store.os_errors import as_storage_error

                raise as_storage_error(exc) from None
        except SteadyError as exc:
            from steady import render

            if e is not None:
                from steady.cli.care import care_before_waiting

                care_before_waiting(e)  # whatever went wrong, support for what was written
            render.error(exc)
            raise typer.Exit(exc.exit_code) from None
        except typer.Abort:  # Ctrl-C or Ctrl-D at a question; Click would say "Aborted!"
            from steady import render

            sys.stderr.write("\n")  # the question's line was left unfinished
            if e is not None:
                from steady.cli.care import care_before_waiting

                care_before_waiting(e)
            render.error(Interrupted("Stopped. Anything not yet shown as saved was left out."))
            raise typer.Exit(Interrupted.exit_code) from None

    return wrapper


def _words(values: Iterable[object]) -> tuple[str, ...]:
    """The text among a command's arguments (a list of texts counts, each one)."""
    found: list[str] = []
    for value in values:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list | tuple):
            found.extend(v for v in value if isinstance(v, str))
    return tuple(found)


def require_interactive(what: str, hint: str) -> None:
    """Missing values without a terminal are a usage error: never wait for input."""
    if not interactive():
        raise InputError(f"{what} is missing.", hint)


def _welcome(db_path: object) -> None:
    from steady import render
    from steady.language.care import HELP_NOW, REFLECTION_ONLY

    render.note_stderr(f"[muted]A new journal was created at {render.lit(str(db_path))}.[/muted]")
    # Two lines, so that a narrow terminal never splits the command to type.
    render.note_stderr(f"[care]{render.lit(REFLECTION_ONLY)}[/care]")
    render.note_stderr(f"[care]{render.lit(HELP_NOW)}[/care]")


def parse_id(text: str | None, what: str = "id", listed_by: str = "steady log") -> int | None:
    """An activation or record id from what was typed, with a plain refusal."""
    if text is None:
        return None
    from steady.numbers import whole_number

    value = whole_number(text.strip().lstrip("#"))
    if value is None or value < 1:
        article = "an" if what[:1] in "aeiou" else "a"
        raise InputError(
            f"{for_display(repr(text))[:60]} is not {article} {what}; they are whole numbers "
            "from 1.",
            f"{listed_by} lists them.",
        )
    return value


def require_id(text: str, listed_by: str = "steady log") -> int:
    value = parse_id(text, listed_by=listed_by)
    assert value is not None
    return value
