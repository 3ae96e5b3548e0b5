"""What encryption at rest costs: the same commands on a plain and an encrypted journal.

    python benchmarks/encryption.py                  # builds the journals in a temp folder
    python benchmarks/encryption.py --data /tmp/sb   # reuses run.py's journals there

Each command runs interleaved on both journals, round after round; the table gives the
medians and their ratio. Most of the difference is the key derivation (PBKDF2-HMAC-SHA512,
256,000 iterations), paid once per command that opens the journal. There are no targets
here: it prints what encryption costs, so that the docs can say it honestly. It also
times one conversion of the ten-year journal (`steady encrypt`), which is done once.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import BYTECODE, Command, copier, prepare, steady_script

PASSPHRASE = "benchmark harbour lanterns"


def encrypted_copy(source: Path, target: Path) -> float:
    """Copy the journal in `source` to `target` and encrypt it there; return the seconds taken."""
    copier(source, target)()
    env = {**os.environ, "STEADY_HOME": str(target), "STEADY_PASSPHRASE": PASSPHRASE}
    start = time.perf_counter()
    subprocess.run([steady_script(), "encrypt"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds to take the median of")
    parser.add_argument("--data", type=Path, help="where to build (and reuse) the journals")
    args = parser.parse_args()
    steady = steady_script()

    with tempfile.TemporaryDirectory(prefix="steady-bench-crypt-") as folder:
        scratch = Path(folder)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        BYTECODE["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
        homes = prepare(args.data or scratch / "journals")
        plain = homes["10y"]
        locked = scratch / "10y-encrypted"
        conversion = encrypted_copy(plain, locked)
        secret = {"STEADY_PASSPHRASE": PASSPHRASE}
        pairs: list[tuple[str, Command, Command]] = []
        for label, argv in (
            ("open and list (log)", [steady, "log", "--json"]),
            ("review --json", [steady, "review", "--json"]),
        ):
            pairs.append(
                (
                    label,
                    Command(f"{label} plain", argv, {"STEADY_HOME": str(plain)}),
                    Command(f"{label} encrypted", argv, {"STEADY_HOME": str(locked), **secret}),
                )
            )
        write = [steady, "notice", "chest", "tight", "-i", "5"]
        plain_write, locked_write = scratch / "w-plain", scratch / "w-locked"
        pairs.append(
            (
                "write (notice)",
                Command(
                    "write plain",
                    write,
                    {"STEADY_HOME": str(plain_write)},
                    before=copier(plain, plain_write),
                ),
                Command(
                    "write encrypted",
                    write,
                    {"STEADY_HOME": str(locked_write), **secret},
                    before=copier(locked, locked_write),
                ),
            )
        )
        commands = [c for _, a, b in pairs for c in (a, b)]
        for command in commands:  # warm the caches; not counted
            command.run()
            command.times.clear()
        for _ in range(args.runs):
            for command in commands:
                command.run()

    print(f"encryption at rest, ten-year journal: {args.runs} runs, medians")
    header = f"{'command':<22} {'plain':>10} {'encrypted':>10} {'extra':>9} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for label, a, b in pairs:
        extra = (b.median - a.median) * 1000
        print(
            f"{label:<22} {a.median * 1000:>7.1f} ms {b.median * 1000:>7.1f} ms "
            f"{extra:>6.1f} ms {b.median / a.median:>6.2f}x"
        )
    print(f"converting it once (steady encrypt): {conversion:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
