"""Upgrades of tables read from workspaces saved by older versions of Explorer.

Each step takes the tables of schema N and returns those of N+1. Steps run in
memory on load, so opening an old file never rewrites it; saving writes the
current schema.

Schema 2 added the analyst's columns (entities' ``hidden``, events' ``note`` and
``tags``, filled with their empty values by ``normalize_table``) and the ``edits``
table (absent in a schema-1 file: it simply has no decisions yet).

Schema 3 added the events' ``trigger_start``/``trigger_end`` (a sentence can now
hold several events, each located by its trigger) and the clusters' ``confidence``.
An older file had one event per sentence: its trigger is found again in the
sentence's text. Its clusters' confidence is not known and reads 0.

Schema 4 added the documents' ``origin`` (where in its file a document was found:
a page, message, row or archive member), ``pages`` (each page's start offset) and
``copy_of`` (the document a near-duplicate copies); an older file's documents are
whole files, not copies, and fill them with their empty values. Schema 4 files may also hold a
``held_rows`` table (the per-document rows ``explorer add`` rebuilds the corpus steps from); a
file without it still opens, and ``add`` extracts its documents again.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explorer.core.model import SCHEMA_VERSION, TABLE_COLUMNS, Tables, column_kind, normalize_table

Migration = Callable[[Tables], Tables]


def _locate_triggers(tables: Tables) -> Tables:
    """Schema 2 → 3: each event's trigger offsets, from the trigger's first place in its sentence."""
    events = tables.get("events")
    if events is None or events.empty:
        return tables
    events = events.copy()
    starts, ends = [], []
    for start, sentence, trigger in zip(events["start"], events["sentence"], events["trigger"]):
        found = str(sentence).find(str(trigger)) if trigger else -1
        at = int(start) + found if found >= 0 else int(start)
        starts.append(at)
        ends.append(at + len(str(trigger)) if found >= 0 else int(start))
    events["trigger_start"] = np.asarray(starts, dtype=np.int64)
    events["trigger_end"] = np.asarray(ends, dtype=np.int64)
    return {**tables, "events": events}


# MIGRATIONS[n] upgrades schema n to n + 1.
MIGRATIONS: dict[int, Migration] = {1: lambda tables: tables, 2: _locate_triggers, 3: lambda tables: tables}


def migrate_tables(tables: Tables, version: int) -> Tables:
    """Bring tables from ``version`` up to the current schema."""
    for step in range(version, SCHEMA_VERSION):
        tables = MIGRATIONS[step](tables)
    return {name: frame if _in_shape(name, frame) else normalize_table(name, frame) for name, frame in tables.items()}


def _in_shape(table: str, frame) -> bool:
    """Whether a frame already has the table's columns and number kinds (as ``read_table`` gives them):
    normalising a million rows again costs seconds and changes nothing."""
    if list(frame.columns) != TABLE_COLUMNS.get(table):
        return False
    wanted = {"int": "int64", "float": "float64"}
    return all(str(frame[c].dtype) == wanted[column_kind(table, c)] for c in frame.columns
               if column_kind(table, c) in wanted)
