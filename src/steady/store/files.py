"""Writing a file steady hands to the person (an export, a printed plan) so that it is
whole or absent: written beside its final name, synced, then put in place in one step.

An existing file is replaced only when asked (`--force`), and only a regular file: the
new file takes the name's place, so a symbolic link there is replaced itself and the file
it pointed to is left alone; a device, a pipe or a socket is never written to or chmodded.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from steady.errors import NotPossibleError
from steady.paths import PRIVATE_FILE_MODE


def write_whole(path: Path, data: bytes, *, replace: bool) -> None:
    """Write `data` to `path` as a private file, or raise NotPossibleError leaving whatever
    was at `path` exactly as it was."""
    if replace:
        _check_replaceable(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    tmp = Path(tmp_name)
    try:
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            tmp.replace(path)
        else:
            try:
                os.link(tmp, path)  # never over a file that appeared meanwhile
            except FileExistsError:
                raise already_there(path) from None
    except OSError as exc:
        raise cannot_write(path, exc) from None
    finally:
        with suppress(OSError):
            tmp.unlink()


def _check_replaceable(path: Path) -> None:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise cannot_write(path, exc) from None
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise NotPossibleError(
            f"{path} is not an ordinary file, so steady left it as it is.",
            "Choose a file name, or leave out -o to print to the screen.",
        )


def already_there(path: Path) -> NotPossibleError:
    return NotPossibleError(
        f"{path} already exists and was left as it is.",
        "Choose another name, or add --force to replace it.",
    )


def cannot_write(path: Path, exc: OSError) -> NotPossibleError:
    from steady.store.os_errors import reason

    return NotPossibleError(
        f"Cannot write {path}: {reason(exc)}; nothing was written there.",
        "Free some space or choose another folder.",
    )
