"""What the operating system said, in a few plain words (one place for every file error)."""

from __future__ import annotations

import errno

from steady.errors import StorageError

PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk could not be read or written",
}


def reason(exc: OSError) -> str:
    known = PLAIN.get(exc.errno) if exc.errno is not None else None
    if known is not None:
        return known
    return (exc.strerror or type(exc).__name__).rstrip(".").lower()


def as_storage_error(exc: OSError) -> StorageError:
    """Any file error that reached the command line, as one sentence a person can act on."""
    from steady.text import for_display

    if exc.filename is None:  # a stream: stdout on a full disk, most often
        return StorageError(
            f"steady could not write its output ({reason(exc)}) and stopped.",
            "What it saved before that is kept; steady log shows it.",
        )
    return StorageError(
        f"steady could not use {for_display(str(exc.filename))} ({reason(exc)}) and stopped.",
        "Check the file's and folder's permissions and free space; what was saved before "
        "that is kept.",
    )
