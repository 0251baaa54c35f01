"""Upgrades of tables read from workspaces saved by older versions of Explorer.

Each step takes the tables of schema N and returns those of N+1. Steps run in
memory on load, so opening an old file never rewrites it; saving writes the
current schema.

Schema 2 added the analyst's columns (entities' ``hidden``, events' ``note`` and
``tags``, filled with their empty values by ``normalize_table``) and the ``edits``
table (absent in a schema-1 file: it simply has no decisions yet).
"""

from __future__ import annotations

from collections.abc import Callable

from explorer.core.model import SCHEMA_VERSION, Tables, normalize_table

Migration = Callable[[Tables], Tables]

# MIGRATIONS[n] upgrades schema n to n + 1.
MIGRATIONS: dict[int, Migration] = {1: lambda tables: tables}


def migrate_tables(tables: Tables, version: int) -> Tables:
    """Bring tables from ``version`` up to the current schema."""
    for step in range(version, SCHEMA_VERSION):
        tables = MIGRATIONS[step](tables)
    return {name: normalize_table(name, frame) for name, frame in tables.items()}
