"""The project's own promises: docs current, README and CI in step, help everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_current():
    from steady.cli.reference import render_reference

    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == render_reference(), (
        "docs/cli.md is out of date: python -m steady.cli.reference > docs/cli.md"
    )


def test_every_command_has_help_text():
    from steady.cli.reference import commands

    listed = commands()
    assert len(listed) >= 18
    for name, command in listed:
        assert (command.help or "").strip(), f"{name} has no help text"
        for param in command.params:
            if param.name in {"help", "install_completion", "show_completion", "ctx"}:
                continue
            assert (getattr(param, "help", "") or "").strip(), f"{name} {param.name} has no help"


def test_the_command_list_fits_an_80_column_terminal_uncut():
    from typer.testing import CliRunner

    from steady.cli import app

    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "80"})
    listing = result.output.split("Commands:", 1)[1]
    assert "..." not in listing, listing


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert "pytest" in command and "mypy" in command and "ruff check" in command
    assert command in readme.splitlines()


def test_readme_quick_start_has_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 2
    assert all(len(block.strip().splitlines()) == 1 for block in blocks)


def test_changelog_has_an_unreleased_section():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog


@pytest.mark.parametrize("page", ["guide.md", "privacy.md", "data-format.md", "cli.md"])
def test_docs_pages_exist(page):
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert len(text) > 500


def test_code_and_docs_cite_the_repository_never_a_brief_outside_it():
    """docs/design.md holds the contract; a file outside the repository cannot be read by
    someone who clones it."""
    outside = "PRODUCT" + ".md"  # spelled apart so this test does not find itself
    citing = [
        str(path.relative_to(ROOT))
        for folder in ("src", "tests", "benchmarks", "docs")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".md", ".j2", ".toml", ".html"}
        and outside in path.read_text("utf-8", errors="replace")
    ]
    citing += [
        name
        for name in ("README.md", "CHANGELOG.md")
        if outside in (ROOT / name).read_text("utf-8")
    ]
    assert citing == []
    assert (ROOT / "docs" / "design.md").is_file()
