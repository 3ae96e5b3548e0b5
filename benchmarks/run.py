"""Measure steady against its speed targets (docs/design.md, "Speed").

Every figure is a ratio to a floor measured in the same run, so the result does not depend
much on how fast the machine is: the commands and their floors are run interleaved, round
after round, and each is reported as the median of its rounds.

    python benchmarks/run.py                   # builds 1- and 10-year journals in a temp folder
    python benchmarks/run.py --data /tmp/sb    # keeps (and reuses) the journals there
    python benchmarks/run.py --runs 15

It prints one table and exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

PYTHON = sys.executable
# An installed steady runs from compiled bytecode; an editable checkout (or
# PYTHONDONTWRITEBYTECODE=1) would recompile its sources on every run. Bytecode is kept
# in the run's scratch folder (set in main), never in the source tree.
BYTECODE: dict[str, str] = {}
MIB = 1024 * 1024

FLOOR_INSERT = """
import sys, sqlite3
import typer, sqlmodel
c = sqlite3.connect(sys.argv[1])
c.execute("pragma journal_mode = wal")
c.execute("pragma synchronous = full")
c.execute("create table if not exists t (id integer primary key, x text)")
with c:
    c.execute("insert into t (x) values ('chest tight')")
c.close()
"""


@dataclass
class Command:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    before: Callable[[], None] | None = None  # untimed preparation before each run
    times: list[float] = field(default_factory=list)
    peak: int = 0  # bytes

    def run(self) -> None:
        if self.before is not None:
            self.before()
        env = {**os.environ, **self.env, **BYTECODE}
        start = time.perf_counter()
        process = subprocess.Popen(
            self.argv,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.returncode != 0:
            raise SystemExit(f"{self.name} failed ({process.returncode}):\n{stderr}")
        self.times.append(elapsed)
        self.peak = max(self.peak, usage.ru_maxrss * 1024)  # KiB on Linux

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def steady_script() -> str:
    script = Path(PYTHON).with_name("steady")
    if not script.exists():
        raise SystemExit(f"steady is not installed beside {PYTHON}")
    return str(script)


def prepare(data: Path) -> dict[str, Path]:
    homes = {"1y": data / "1y", "10y": data / "10y"}
    for label, home in homes.items():
        if not (home / "steady.db").exists():
            years = int(label.removesuffix("y"))
            print(f"building a {years}-year journal in {home} …", file=sys.stderr)
            generate(home, days=365 * years)
    return homes


def copier(source: Path, target: Path) -> Callable[[], None]:
    """Reset `target` to a fresh copy of the journal in `source` (so writes never pile up).

    The copy is flushed to disk here, untimed: a journal of ten years lies on disk, not in
    20 MB of unwritten page cache. Otherwise the timed write's first fsync (SQLite's
    checkpoint when it closes the journal) pays for writing out this whole copy: about
    18 ms here, more than the write itself.
    """

    def reset() -> None:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(mode=0o700)
        # With the record of its last check: the journal as steady left it (see
        # docs/performance.md for a write that must check it first).
        for path in [*source.glob("steady.db*"), *source.glob(".steady.db.checked")]:
            shutil.copy2(path, target / path.name)
            descriptor = os.open(target / path.name, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)

    return reset


def remover(path: Path) -> Callable[[], None]:
    def remove() -> None:
        path.unlink(missing_ok=True)

    return remove


def build(homes: dict[str, Path], scratch: Path) -> dict[str, Command]:
    steady = steady_script()
    floor_db = scratch / "floor.db"
    write_home = scratch / "write"
    commands = [
        Command("floor: import typer", [PYTHON, "-c", "import typer"]),
        Command(
            "floor: import typer, sqlmodel + 1 insert",
            [PYTHON, "-c", FLOOR_INSERT, str(floor_db)],
            before=remover(floor_db),
        ),
        Command("--version", [steady, "--version"]),
        Command("--help", [steady, "--help"]),
        Command(
            "completion",
            [steady],
            {"_STEADY_COMPLETE": "complete_bash", "COMP_WORDS": "steady no", "COMP_CWORD": "1"},
        ),
        Command(
            "write (notice, 10y)",
            [steady, "notice", "chest", "tight", "-i", "5"],
            {"STEADY_HOME": str(write_home)},
            before=copier(homes["10y"], write_home),
        ),
        # A note's words go through the care check (docs/care.md): this is its cost.
        Command(
            "write a note (10y)",
            [steady, "note", "noticed it sooner today and felt calmer after a walk"],
            {"STEADY_HOME": str(write_home)},
            before=copier(homes["10y"], write_home),
        ),
    ]
    for label, home in homes.items():
        out = scratch / f"export-{label}.html"
        commands += [
            Command(
                f"review --json ({label})", [steady, "review", "--json"], {"STEADY_HOME": str(home)}
            ),
            Command(
                f"export html ({label})",
                [steady, "export", "--format", "html", "-o", str(out)],
                {"STEADY_HOME": str(home)},
                before=remover(out),
            ),
        ]
    # The whole decade in one report (docs/performance.md): every episode in the appendix.
    decade = scratch / "export-decade.html"
    commands.append(
        Command(
            "export html decade (10y)",
            [steady, "export", "--format", "html", "--since", "2016-01-01", "-o", str(decade)],
            {"STEADY_HOME": str(homes["10y"])},
            before=remover(decade),
        )
    )
    return {c.name: c for c in commands}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds to take the median of")
    parser.add_argument("--data", type=Path, help="where to build (and reuse) the journals")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="steady-bench-") as folder:
        scratch = Path(folder)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        BYTECODE["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
        homes = prepare(args.data or scratch / "journals")
        commands = build(homes, scratch)
        for command in commands.values():  # warm the caches; not counted
            command.run()
            command.times.clear()
        for _ in range(args.runs):
            for command in commands.values():
                command.run()

    typer_floor = commands["floor: import typer"].median
    db_floor = commands["floor: import typer, sqlmodel + 1 insert"].median
    rows: list[tuple[str, float, float | None, float, float]] = []

    def against(name: str, floor: float, target: float) -> None:
        median = commands[name].median
        rows.append((name, median * 1000, floor * 1000, median / floor, target))

    against("--version", typer_floor, 1.3)
    against("completion", typer_floor, 1.3)
    against("--help", typer_floor, 2.0)
    against("write (notice, 10y)", db_floor, 1.25)
    against("write a note (10y)", db_floor, 1.5)
    for label in homes:
        against(f"review --json ({label})", db_floor, 1.5)
        against(f"export html ({label})", db_floor, 3.0)
    against("export html decade (10y)", db_floor, 3.0)
    ten, one = commands["review --json (10y)"].median, commands["review --json (1y)"].median
    rows.append(("review 10y / 1y", ten * 1000, one * 1000, ten / one, 1.2))
    peak = max(c.peak for c in commands.values() if not c.name.startswith("floor"))
    heaviest = max(
        (c for c in commands.values() if not c.name.startswith("floor")), key=lambda c: c.peak
    )

    print(
        f"steady benchmark: {args.runs} runs, medians; floors {typer_floor * 1000:.1f} ms "
        f"(import typer) and {db_floor * 1000:.1f} ms (import typer, sqlmodel + 1 insert)"
    )
    header = f"{'measurement':<26} {'median':>10} {'floor':>10} {'ratio':>7} {'target':>8}  ok"
    print(header)
    print("-" * len(header))
    failed = False
    for name, median, floor, ratio, target in rows:
        ok = ratio <= target
        failed |= not ok
        floor_text = f"{floor:.1f} ms" if floor is not None else ""
        print(
            f"{name:<26} {median:>7.1f} ms {floor_text:>10} {ratio:>6.2f}x {'≤ ' + str(target):>7}x"
            f"  {'yes' if ok else 'NO'}"
        )
    ok = peak < 150 * MIB
    failed |= not ok
    print(
        f"{'peak memory':<26} {peak / MIB:>6.1f} MiB {'':>10} {'':>7} {'< 150':>6} MiB"
        f"  {'yes' if ok else 'NO'}   ({heaviest.name})"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
