"""--help, --version and completion must not pay for the database stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("sqlmodel", "sqlalchemy", "pydantic")

PROBE = """
import json, sys
sys.argv = ["steady", *json.loads(sys.argv[1])]
from steady.cli import main
try:
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlmodel", "sqlalchemy", "pydantic"})
sys.stderr.write("HEAVY=" + json.dumps(heavy) + "\\n")
"""


def heavy_modules_loaded(args: list[str], extra_env: dict[str, str] | None = None) -> list[str]:
    env = {**os.environ, **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("HEAVY="))
    return list(json.loads(line.removeprefix("HEAVY=")))


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--version"],
        ["notice", "--help"],
        ["settle", "--help"],
        ["log", "--help"],
        ["config", "--help"],
        ["config", "set", "--help"],
        ["help-now", "--help"],
    ],
)
def test_help_and_version_do_not_import_the_database_stack(args):
    assert heavy_modules_loaded(args) == []


def test_shell_completion_does_not_import_the_database_stack():
    completion = {"_STEADY_COMPLETE": "complete_bash", "COMP_WORDS": "steady no", "COMP_CWORD": "1"}
    assert heavy_modules_loaded([], completion) == []


def test_a_write_does_load_the_database_stack():
    """The probe itself works: a real command does import them."""
    assert "sqlmodel" in heavy_modules_loaded(["notice", "chest", "tight", "-i", "3"])


def test_the_console_script_answers_version_without_typer():
    probe = (
        "import sys; sys.argv = ['steady', '--version']\n"
        "from steady.entry import main\n"
        "main()\n"
        "sys.stderr.write('TYPER=' + str('typer' in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    from steady import __version__

    assert result.stdout == f"steady {__version__}\n"
    assert "TYPER=False" in result.stderr


def test_json_output_does_not_load_rich(tmp_path):
    env = {"STEADY_HOME": str(tmp_path)}
    probe = PROBE.replace('{"sqlmodel", "sqlalchemy", "pydantic"}', '{"rich"}')
    first = subprocess.run(  # the first run prints a welcome, which is rendered with Rich
        [sys.executable, "-m", "steady", "log"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    for args in (["review", "--json"], ["log", "--json"]):
        result = subprocess.run(
            [sys.executable, "-c", probe, json.dumps(args)],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            timeout=60,
            check=False,
        )
        line = next(x for x in result.stderr.splitlines() if x.startswith("HEAVY="))
        assert json.loads(line.removeprefix("HEAVY=")) == [], args
