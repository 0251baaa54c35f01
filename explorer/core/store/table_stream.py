"""One workspace table read a chunk at a time, for exports that must not hold it whole.

A table can be streamed from the file as saved when no decision in force changes it
(the edit kinds' registry names the tables each kind changes: a rename changes only
the entities, so the events stream; a merge changes the mentions, events and
relations). A file of an older schema streams too, each chunk migrated as it is read:
every migration so far (``migrations.MIGRATIONS``) changes a row from that row alone
(an event's trigger offsets from its sentence), so migrating a chunk gives the rows
that migrating the whole table gives. Otherwise the caller loads the workspace,
decisions applied, as the window shows it: correct before small.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from explorer.core.edits import Edit
from explorer.core.edits.kinds import REGISTRY
from explorer.core.model import SCHEMA_VERSION
from explorer.core.store.edits_store import read_edits
from explorer.core.store.migrations import migrate_tables
from explorer.core.store.opening import check_version, damaged, open_readonly
from explorer.core.store.table_reader import CHUNK_ROWS, read_table_chunks


def changes_table(edits: Iterable[Edit], table: str) -> bool:
    """Whether applying ``edits`` may change ``table``'s rows (a kind this version does not know: yes)."""
    return any(edit.kind not in REGISTRY or table in REGISTRY[edit.kind].changes for edit in edits)


def table_stream(path: str | Path, table: str, rows: int = CHUNK_ROWS,
                 problems: list[str] | None = None) -> Iterator[pd.DataFrame] | None:
    """``table``'s rows as saved (migrated from an older schema), ``rows`` at a time
    (``read_table_chunks``), or None when they are not what the analyst sees: a decision in
    force changes the table.

    Raises ``WorkspaceError`` naming the file when it is not a readable workspace (here, or while
    the chunks are read). Decisions that cannot be read are said in ``problems`` (only when
    streaming: the caller that loads instead hears them from ``load_workspace``).
    """
    found: list[str] = []
    with open_readonly(path) as conn:
        check_version(conn, path)
        try:
            edits = read_edits(conn, found)
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc
    if changes_table(edits, table):
        return None
    if problems is not None:
        problems.extend(found)
    return _chunks(path, table, rows, problems)


def _chunks(path: str | Path, table: str, rows: int, problems: list[str] | None) -> Iterator[pd.DataFrame]:
    """The chunks from a connection of their own, closed when the last is read or the reader stops."""
    with open_readonly(path) as conn:
        version = check_version(conn, path)
        try:
            for chunk in read_table_chunks(conn, table, rows, problems):
                yield chunk if version >= SCHEMA_VERSION else migrate_tables({table: chunk}, version)[table]
        except sqlite3.DatabaseError as exc:
            raise damaged(path, exc) from exc
