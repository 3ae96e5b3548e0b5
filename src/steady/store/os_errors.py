"""What the operating system said, in a few plain words (one place for every file error)."""

from __future__ import annotations

import errno

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
