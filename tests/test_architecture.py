"""The layers, checked mechanically (ruff's banned-api cannot see inside the CLI layer)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "steady"
NETWORK = {
    "socket",
    "ssl",
    "asyncio",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "requests",
    "httpx",
    "aiohttp",
    "webbrowser",
}
HEAVY = {"sqlmodel", "sqlalchemy", "pydantic"}


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def roots(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_has_network_code(path):
    assert not roots(imports(path)) & NETWORK


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_only_the_cli_imports_typer_and_only_render_imports_rich(path):
    relative = path.relative_to(SRC).as_posix()
    found = roots(imports(path))
    if "typer" in found:
        assert relative.startswith("cli/") or relative in {"__main__.py", "entry.py"}, relative
    if "rich" in found:
        assert relative == "render.py", relative


@pytest.mark.parametrize("path", sorted((SRC / "cli").glob("*.py")), ids=lambda p: p.name)
def test_cli_modules_load_the_database_stack_only_inside_commands(path):
    top = imports(path, top_level_only=True)
    assert not roots(top) & HEAVY
    assert not top & {"steady.db", "steady.models", "steady.journal", "steady.render"}


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_nothing_below_the_cli_imports_it(path):
    relative = path.relative_to(SRC).as_posix()
    if relative.startswith("cli/") or relative in {"__main__.py", "entry.py"}:
        return
    assert not {n for n in imports(path) if n == "steady.cli" or n.startswith("steady.cli.")}
