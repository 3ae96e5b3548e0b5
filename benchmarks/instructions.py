"""Count the instructions each benchmarked command executes, as ratios to its floor.

The timed benchmark (run.py) moves by about ±0.1 in its ratios on a busy shared machine.
An instruction count does not depend on the load: it compares one version of steady with
another exactly, though it leaves out waiting for the disk and an instruction is not a
fixed time. Needs valgrind; each command runs once under it (a few minutes in all).

    python benchmarks/instructions.py --data /tmp/sb    # journals as built by run.py
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import BYTECODE, build, prepare


def instructions(argv: list[str], env: dict[str, str]) -> int:
    result = subprocess.run(
        ["valgrind", "--tool=lackey", "--basic-counts=yes", *argv],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"guest instrs:\s+([\d,]+)", result.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count for {argv}:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="where to build (and reuse) the journals")
    parser.add_argument(
        "--only", metavar="TEXT", help="count only the commands whose name contains TEXT"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="steady-instructions-") as folder:
        scratch = Path(folder)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        BYTECODE["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
        commands = build(prepare(args.data or scratch / "journals"), scratch)
        counts: dict[str, int] = {}
        for name, command in commands.items():
            if name == "--version" or name.startswith("export"):
                continue
            if args.only and args.only not in name and not name.startswith("floor"):
                continue
            command.run()  # compile the bytecode first, as an installed steady has it
            if command.before is not None:
                command.before()
            env = {**os.environ, **command.env, **BYTECODE}
            counts[name] = instructions(command.argv, env)
            print(f"{name:<42} {counts[name] / 1e6:>9.1f} M", file=sys.stderr)
    typer_floor = counts.pop("floor: import typer")
    db_floor = counts.pop("floor: import typer, sqlmodel + 1 insert")
    print(f"floors: {typer_floor / 1e6:.1f} M (import typer), {db_floor / 1e6:.1f} M (+ sqlmodel)")
    for name, count in counts.items():
        floor = typer_floor if name in ("completion", "--help") else db_floor
        print(f"{name:<24} {count / 1e6:>9.1f} M  {count / floor:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
