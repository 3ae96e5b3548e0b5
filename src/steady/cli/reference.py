"""Generate docs/cli.md, the command reference, from the app itself.

    python -m steady.cli.reference > docs/cli.md

A test checks that the committed file matches, so the reference never drifts.
"""

from __future__ import annotations

from typing import Any

import typer
from typer import Context

from steady.cli import app

Command = Any  # typer's (vendored click) command classes are not public API

WIDTH = 80


def _walk(command: Command, path: list[str]) -> list[tuple[list[str], Command]]:
    found = [(path, command)]
    if hasattr(command, "list_commands"):
        for name in command.list_commands(Context(command)):
            sub = command.get_command(Context(command), name)
            if sub is not None and not sub.hidden:
                found.extend(_walk(sub, [*path, name]))
    return found


def commands() -> list[tuple[str, Command]]:
    """Every command and subcommand as ("steady config set", command)."""
    root = typer.main.get_command(app)
    return [(" ".join(["steady", *path]), cmd) for path, cmd in _walk(root, [])]


def help_text(name: str) -> str:
    """Exactly what `NAME --help` prints at a fixed width."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*name.split()[1:], "--help"], env={"COLUMNS": str(WIDTH)})
    return result.stdout.rstrip()


def render_reference() -> str:
    out = [
        "# Command reference",
        "",
        "Generated from the app by `python -m steady.cli.reference > docs/cli.md`;",
        "a test keeps it current. Every command also answers `--help`.",
        "",
    ]
    for name, _command in commands():
        out += [f"## `{name}`", "", "```text", help_text(name), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(render_reference(), end="")  # noqa: T201 - this module's job is to print
