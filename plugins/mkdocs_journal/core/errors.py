"""Errors the journal owner must fix, phrased as `path:line: what to do`."""

from __future__ import annotations


class JournalError(Exception):
    """Base class for problems in a journal that the user can fix."""


class EntryError(JournalError):
    """A malformed entry file; `str()` is the one line shown to the user."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
