"""The analyst's decisions in the workspace file, each saved the moment it is made.

Extraction's tables are written once, by an atomic rename of a whole new file.
Decisions are small and frequent, so they go into the open file instead, one row
per decision in its own SQLite transaction (rollback journal): a crash leaves the
file with or without that row, never half of it. Undo deletes the row; redo puts
it back under the same id, so the rows are always exactly the decisions in force,
in the order they were made.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import REGISTRY
from explorer.core.errors import WorkspaceError
from explorer.core.store.locks import writing
from explorer.core.store.opening import check_workspace
from explorer.core.store.schema import CREATE_EDITS

EDITS_SCHEMA = 2  # the schema that added the edits table


def read_edits(conn: sqlite3.Connection, problems: list[str] | None = None) -> list[Edit]:
    """Every decision in an open workspace, oldest first ([] for a file that has none yet).

    A row this version cannot read (an unknown kind, a payload that is not a JSON object)
    is left out, and said in ``problems``: the other decisions still apply.
    """
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'edits'").fetchone()
    if not exists:
        return []
    rows = conn.execute("SELECT edit_id, kind, payload, label, created_at FROM edits ORDER BY edit_id").fetchall()
    edits = []
    for edit_id, kind, payload, label, created_at in rows:
        value, problem = _readable(kind, payload)
        if problem:
            if problems is not None:
                problems.append(f"edit {edit_id} left out: {problem}")
            continue
        edits.append(Edit(kind, value, str(label or kind), edit_id, str(created_at or "")))
    return edits


def _readable(kind: object, payload: object) -> tuple[dict, str]:
    """A stored decision's payload, parsed once, and "" — or why it cannot be applied."""
    if kind not in REGISTRY:
        return {}, f"unknown kind {str(kind)[:40]!r}"
    try:
        value = json.loads(payload) if isinstance(payload, (str, bytes)) else None
    except ValueError:
        value = None
    return (value, "") if isinstance(value, dict) else ({}, "its payload is not a JSON object")


def write_edits(conn: sqlite3.Connection, edits: list[Edit]) -> None:
    """Insert decisions (keeping their ids) into an open workspace, inside the caller's transaction."""
    conn.execute(CREATE_EDITS)
    conn.executemany(
        "INSERT INTO edits (edit_id, kind, payload, label, created_at) VALUES (?, ?, ?, ?, ?)",
        [(e.edit_id, e.kind, json.dumps(e.payload, ensure_ascii=False), e.label, e.created_at) for e in edits])


def append_edit(path: str | Path, edit: Edit) -> Edit:
    """Save one decision in the workspace at ``path`` and return it with its id."""
    with writing(path), _writable(path) as conn:
        conn.execute(CREATE_EDITS)
        cursor = conn.execute(
            "INSERT INTO edits (edit_id, kind, payload, label, created_at) VALUES (?, ?, ?, ?, ?)",
            (edit.edit_id, edit.kind, json.dumps(edit.payload, ensure_ascii=False), edit.label, edit.created_at))
        # the edits table is what schema 2 added: a schema-1 file now has it; its tables stay as they were
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version' AND CAST(value AS INTEGER) < ?",
                     (str(EDITS_SCHEMA), EDITS_SCHEMA))
        edit.edit_id = cursor.lastrowid
    return edit


def remove_edit(path: str | Path, edit_id: int) -> None:
    """Take a decision back (undo)."""
    with writing(path), _writable(path) as conn:
        conn.execute(CREATE_EDITS)
        conn.execute("DELETE FROM edits WHERE edit_id = ?", (edit_id,))


class _Transaction:
    """A read-write connection to a checked workspace, committed on success, rolled back on error, always closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        self.conn.execute("PRAGMA trusted_schema = OFF")

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        """Commit, or roll back what is still open (SQLite has already rolled back after a full disk, and
        a second ROLLBACK would hide the real reason); a storage error becomes one line naming the file."""
        try:
            if exc_type is None:
                self.conn.execute("COMMIT")
            elif self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.DatabaseError as failed:
            exc = exc or failed
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        finally:
            self.conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise WorkspaceError(self.path, f"could not save the edit ({exc}); the workspace was not changed") from exc


def _writable(path: str | Path) -> _Transaction:
    path = Path(path)
    check_workspace(path)
    try:
        return _Transaction(path)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(path, f"could not open the workspace to save an edit ({exc})") from exc
