"""The one family of errors a user can act on.

The CLI turns each of these into one plain line on stderr and an exit code:
2 for input the user can correct, 1 for a request that cannot be done.
"""

from __future__ import annotations


class SteadyError(Exception):
    """Something the user can understand and fix; never a bug."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class InputError(SteadyError):
    """The input was not usable: a value out of range, a time that cannot be read."""

    exit_code = 2


class NotPossibleError(SteadyError):
    """The input was fine, but the journal cannot do it: nothing open, unknown id."""

    exit_code = 1


class StorageError(SteadyError):
    """The journal file cannot be used: damaged, foreign, newer, unreadable."""

    exit_code = 1


class Interrupted(SteadyError):
    """Stopped with Ctrl-C; the message says what state things were left in."""

    exit_code = 130
