"""Errors the core raises for problems a user can act on.

Each carries the file it concerns, so the command line and the GUI can print one
line that names the file and says what went wrong.
"""

from __future__ import annotations


class ExplorerError(Exception):
    """A problem the user can fix; ``str()`` is the one-line message to show."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnreadableDocument(ExplorerError):
    """A file that cannot be read as a document (binary, undecodable, empty, no permission)."""


class WorkspaceError(ExplorerError):
    """A workspace file that is missing, foreign, damaged, or newer than this version."""


class Cancelled(Exception):
    """The user asked long work (reading, extracting) to stop; nothing was written.

    Defined here, not beside the extraction, so the GUI can recognise it without
    importing spaCy at start-up.
    """
