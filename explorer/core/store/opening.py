"""Opening a workspace file read-only, once it is known to be an Explorer workspace.

Every reader (loading, the edits' save, search) opens the file through here: the
header must say SQLite, the ``application_id`` and ``meta`` table must be
Explorer's, and the schema must be one this code reads; anything else raises
``WorkspaceError`` naming the file, which is never modified.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.core.errors import WorkspaceError
from explorer.core.model import SCHEMA_VERSION
from explorer.core.workspace_file import APPLICATION_ID, SQLITE_MAGIC, is_explorer_workspace

# How long a reader waits for another program's write (an edit being saved, a colleague's Explorer on a shared
# drive) before saying the file is busy: SQLite's 5 s default ran out on a loaded machine during a stream of edits
BUSY_SECONDS = 10.0


def check_workspace(path: str | Path) -> int:
    """The schema version of an Explorer workspace; ``WorkspaceError`` for anything else."""
    with open_readonly(path) as conn:
        return check_version(conn, path)


class ReadOnly:
    """A read-only SQLite connection as a context manager that always closes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc_info: object) -> None:
        self.conn.close()


def open_readonly(path: str | Path) -> ReadOnly:
    """A read-only connection to ``path`` once its header says SQLite; ``WorkspaceError`` naming the file otherwise.

    A workspace whose last edit was cut off (the process killed, the power lost) has a hot
    journal beside it, which only a writer may roll back: the interrupted edit is then rolled
    back, as SQLite's atomic commit intends, before the workspace is read. Never for a file
    Explorer did not write.
    """
    path = Path(path)
    check_header(path)
    try:
        return ReadOnly(_connect_readonly(path))
    except sqlite3.DatabaseError as exc:
        cut_off = "readonly" in str(exc) and _hot_journal(path) and is_explorer_workspace(path)
        if not cut_off:
            raise damaged(path, exc) from exc
    _roll_back_interrupted_edit(path)
    try:
        return ReadOnly(_connect_readonly(path))
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc


def damaged(path: str | Path, exc: BaseException) -> WorkspaceError:
    """The one line for a workspace SQLite cannot read, naming the file and saying it was left as it was.
    A file locked by another writer is not damaged: the analyst is told to try again, not that the case is lost."""
    if _locked(exc):
        return WorkspaceError(path, f"another program is writing to it ({exc}); try again when it is done; "
                                    "it was not changed")
    return WorkspaceError(path, f"damaged workspace ({exc}); it was not changed")


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and any(
        word in str(exc) for word in ("database is locked", "database table is locked", "database is busy"))


def _connect_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")  # nothing in the file's schema may call functions
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.is_file() and journal.stat().st_size > 0


def _roll_back_interrupted_edit(path: Path) -> None:
    """Open the workspace for writing once: SQLite rolls the hot journal back (the edit that was cut off)."""
    try:
        conn = sqlite3.connect(path, timeout=10)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(path, f"its last edit was cut off and could not be rolled back ({exc}); "
                                   "it was not changed") from exc


def check_header(path: Path) -> None:
    """Refuse a missing file, a folder, an unreadable file, or one that is not SQLite."""
    if not path.exists():
        raise WorkspaceError(path, "no such workspace file")
    if path.is_dir():
        raise WorkspaceError(path, "is a folder, not a workspace file (use 'explorer extract' on folders)")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise WorkspaceError(path, "permission denied") from exc
    if header != SQLITE_MAGIC:
        raise WorkspaceError(path, "not an Explorer workspace (not an SQLite database)")


def check_version(conn: sqlite3.Connection, path: str | Path) -> int:
    """The schema version of the open workspace; ``WorkspaceError`` when it is not ours, is newer than this
    code, says a version that is not a number Explorer ever wrote, or carries objects that could act."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            raise WorkspaceError(path, "not an Explorer workspace (an SQLite file without Explorer's tables)") from exc
        raise damaged(path, exc) from exc
    if app_id != APPLICATION_ID or row is None:
        raise WorkspaceError(path, "not an Explorer workspace (an SQLite file without Explorer's tables)")
    version = _schema_version(row[0], path)
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            path, f"written by a newer Explorer (schema {version}; this one reads up to {SCHEMA_VERSION}): update Explorer"
        )
    refuse_active_objects(conn, path)
    return version


def _schema_version(value: object, path: str | Path) -> int:
    """The stored version as Explorer writes it (a positive whole number as text), else ``WorkspaceError``."""
    text = str(value).strip() if value is not None else ""
    if not text.isdigit() or int(text) < 1:
        raise WorkspaceError(path, f"damaged workspace: its schema version {text!r} is not one Explorer writes; "
                                   "it was not changed")
    return int(text)


def refuse_active_objects(conn: sqlite3.Connection, path: str | Path) -> None:
    """Refuse a workspace holding triggers or views: Explorer creates neither, and either could act when
    the file is read or edited (a trigger deleting every document on the first edit, a recursive view
    that never ends). Only the schema's names are read, never the objects themselves."""
    try:
        found = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                             "ORDER BY type, name").fetchall()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc
    if found:
        named = ", ".join(f"{kind} {name!r}" for kind, name in found[:5]) + (" …" if len(found) > 5 else "")
        raise WorkspaceError(path, f"refused: it holds {named}, which Explorer never creates and which could act "
                                   "on this machine; it was not opened or changed")
