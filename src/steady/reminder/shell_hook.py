"""The reminder's two marked lines in a shell's start file, for where nothing notifies.

At a shell's start they print the reminder's line once, if it came today, and delete the
file that said so; `remove` takes them out again and leaves the rest of the file as it was.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from steady.reminder import fire

START = "# >>> steady reminder (steady remind --off removes these lines) >>>"
END = "# <<< steady reminder <<<"
START_FILES = (".bashrc", ".zshrc", ".profile")
_BLOCK = re.compile(rf"\n?{re.escape(START)}\n.*?{re.escape(END)}\n?", re.DOTALL)


def start_file(home: Path, shell: str) -> Path:
    """The file the person's login shell reads at each start."""
    if shell == "zsh":
        return home / ".zshrc"
    if shell == "bash":
        return home / ".bashrc"
    return home / ".profile"


def lines(pending: Path) -> str:
    quoted = shlex.quote(str(pending))
    shown = shlex.quote(fire.SHELL_LINE)
    return (
        f"{START}\n"
        f'if [ -f {quoted} ]; then [ "$(cat {quoted})" = "$(date +%Y-%m-%d)" ] && '
        f"printf '%s\\n' {shown}; rm -f {quoted}; fi\n"
        f"{END}\n"
    )


def without(text: str) -> str:
    return _BLOCK.sub("\n", text) if START in text else text


def add(path: Path, pending: Path) -> Path:
    """Put the lines at the end of `path` (once: earlier ones are replaced)."""
    body = without(_read(path))
    if body and not body.endswith("\n"):
        body += "\n"
    _rewrite(path, body + lines(pending))
    return path


def find(home: Path) -> Path | None:
    return next((home / n for n in START_FILES if START in _read(home / n)), None)


def remove(home: Path) -> list[Path]:
    """Take the lines out of every start file that has them; the files changed."""
    changed: list[Path] = []
    for name in START_FILES:
        path = home / name
        text = _read(path)
        if START not in text:
            continue
        rest = without(text)
        if rest.strip() or path.is_symlink():
            _rewrite(path, rest)
        else:  # the file held nothing else: it was made for the reminder
            path.unlink()
        changed.append(path)
    return changed


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _rewrite(path: Path, text: str) -> None:
    """Replace a start file whole, keeping its mode; a symlink's target is what changes."""
    target = path.resolve()
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o600
    temporary = target.with_name(f".{target.name}.steady-tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    temporary.replace(target)
