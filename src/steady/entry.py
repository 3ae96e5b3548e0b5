"""The `steady` console script: the shortest path to each answer.

`steady --version` is answered here without loading Typer or the command tree (it
prints exactly what the CLI's own `--version` prints); everything else goes to
`steady.cli.main`. This module sits above the CLI layer and imports it only when
it is needed.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from steady import __version__

        sys.stdout.write(f"steady {__version__}\n")
        return
    from steady.cli import main as cli_main

    cli_main()
