"""What makes a file an Explorer workspace, told from its first bytes.

Below the store and the exports, so both can ask before they write: a workspace
is never written over a file Explorer did not make, and an export never over a
workspace. The answer comes from the SQLite header (its magic string and the
``application_id`` Explorer sets), read as bytes: a foreign database is never
opened, so nothing in it (a trigger, a view) can run.
"""

from __future__ import annotations

from pathlib import Path

from explorer.core.errors import WorkspaceError

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x45585052  # "EXPR": marks the SQLite file as an Explorer workspace
APPLICATION_ID_OFFSET = 68  # where SQLite keeps ``PRAGMA application_id`` in the header (big-endian)


def is_explorer_workspace(path: str | Path) -> bool:
    """Whether ``path`` is a file Explorer wrote: SQLite with Explorer's application id in its header."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(APPLICATION_ID_OFFSET + 4)
    except OSError:
        return False
    return (header.startswith(SQLITE_MAGIC) and len(header) == APPLICATION_ID_OFFSET + 4
            and int.from_bytes(header[APPLICATION_ID_OFFSET:], "big") == APPLICATION_ID)


def check_replaceable(path: str | Path) -> None:
    """Refuse to write a workspace over anything but a workspace: ``WorkspaceError`` for a file (a text,
    a spreadsheet, someone's SQLite database) that Explorer did not write. A missing file is fine."""
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(path, "is a folder; give a workspace file name such as case.explorer")
    if path.exists() and not is_explorer_workspace(path):
        raise WorkspaceError(path, "exists and is not an Explorer workspace; it was not changed "
                                   "(choose another name, or move that file away)")


def check_not_a_workspace(path: str | Path) -> None:
    """Refuse to write an export over a workspace (the command's own input or another): an export is
    never a workspace, and replacing one would lose the analyst's decisions in it."""
    if Path(path).exists() and is_explorer_workspace(path):
        raise WorkspaceError(path, "is an Explorer workspace; an export never replaces one, and it was not "
                                   "changed (choose another file name)")
