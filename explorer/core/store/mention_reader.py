"""A workspace's mention rows read from its file when they are wanted, by the table's indexes.

The window holds no mentions table (two million rows at a million events: a quarter of its memory);
``core.edits.mentions.MentionRows`` asks this reader for one document's rows (the source pane, through
the index on ``doc_id``), some entities' (the mention walk, an export of them, a merge's count, through
the index on ``entity_id``) or all of them a chunk at a time (exports), and applies the decisions in
force over what it reads. Each read opens the file read-only for itself, so a read from a worker thread
never shares a connection with the GUI thread's. Rows come as ``read_table`` shapes them (migrated from
an older schema: every migration so far changes a row from that row alone).

An entity's rows are scattered through the table: SQLite finds them by its index but fetches each row
apart (about 0.3 s for 58,000 mentions, 0.65 s for an entity with 270,000). When the columnar cache
beside the workspace holds the mentions, fresh (``column_cache.mapped_table``: written by the window
after its first opening, a chunk at a time), an entity's rows are picked from its memory-mapped columns
instead (the entity column tested in Arrow, only the rows found made Python objects).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from explorer.core.model import SCHEMA_VERSION
from explorer.core.store.column_cache import content_stamp, mapped_table, rows_where
from explorer.core.store.migrations import migrate_tables
from explorer.core.store.opening import check_version, damaged, open_readonly
from explorer.core.store.table_reader import CHUNK_ROWS, read_table_chunks


# Rows from which an entity's mentions are picked from the cache's columns rather than fetched by the index:
# testing the entity column of two million mentions takes 15-50 ms, fetching a row by the index about 5 us.
FROM_CACHE_ROWS = 5_000


class SqliteMentions:
    """The ``MentionReader`` of a workspace file: extraction's mentions, read by entity, document or chunk."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._mapped: object = None  # the cache's mentions (an Arrow table), False when there is none fresh
        self._lock = threading.Lock()

    def of_entities(self, entity_ids: Iterable[str]) -> pd.DataFrame:
        wanted = list(dict.fromkeys(entity_ids))
        mapped = self._cached()
        if mapped is not None and wanted and self._count("entity_id", wanted) >= FROM_CACHE_ROWS:
            rows = rows_where(mapped, "mentions", "entity_id", wanted)
            if rows is not None:
                return rows
        return self._where("entity_id", wanted)

    def _count(self, column: str, values: list[str]) -> int:
        """How many rows hold one of ``values`` (counted in the column's index alone: well under 0.1 s)."""
        with open_readonly(self.path) as conn:
            try:
                return conn.execute(f'SELECT COUNT(*) FROM mentions WHERE "{column}" IN '
                                    "(SELECT value FROM json_each(?))", (json.dumps(values),)).fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise damaged(self.path, exc) from exc

    def _cached(self):
        """The cache's mentions, memory-mapped, when fresh (looked for once per reader: a save makes a new
        reader, the window's next opening)."""
        with self._lock:
            if self._mapped is None:
                try:
                    with open_readonly(self.path) as conn:
                        stamp = content_stamp(conn, "mentions")
                except (sqlite3.DatabaseError, OSError):
                    stamp = None
                self._mapped = (mapped_table(self.path, "mentions", stamp) if stamp else None) or False
            return self._mapped or None

    def of_documents(self, doc_ids: Iterable[str]) -> pd.DataFrame:
        return self._where("doc_id", doc_ids)

    def chunks(self, rows: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
        yield from self._read(rows, "", ())

    def _where(self, column: str, values: Iterable[str]) -> pd.DataFrame:
        """The rows whose ``column`` is one of ``values``, in the table's order: one query, the values given as
        one JSON list (any number of them), found through the column's index."""
        wanted = json.dumps(list(dict.fromkeys(values)))
        condition = f'"{column}" IN (SELECT value FROM json_each(?))'
        return pd.concat(list(self._read(None, condition, (wanted,))), ignore_index=True)

    def _read(self, rows: int | None, where: str, params: tuple) -> Iterator[pd.DataFrame]:
        with open_readonly(self.path) as conn:
            version = check_version(conn, self.path)
            try:
                for chunk in read_table_chunks(conn, "mentions", rows or 1 << 30, where=where, params=params):
                    yield chunk if version >= SCHEMA_VERSION else migrate_tables({"mentions": chunk}, version)["mentions"]
            except sqlite3.DatabaseError as exc:
                raise damaged(self.path, exc) from exc
