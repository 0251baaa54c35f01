"""Saved queries: a query line kept under a name, as one of the analyst's decisions.

A saved query changes no table (``apply`` does nothing): it is kept in the workspace's
``edits`` table like every decision, so it is saved the moment it is made, undone with
Ctrl+Z, and kept when extraction runs again, with no new table in the workspace. Saving
a name again replaces its line; saving it with an empty line deletes it. ``saved`` reads
the queries in force from the decisions, in the order they were first saved.
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.core.model import Tables

KIND = "save_query"


def apply(tables: Tables, payload: dict) -> None:
    """Nothing to apply: the decision itself is what is kept."""


def saved(edits: Iterable) -> dict[str, str]:
    """The saved queries in force (name -> line) from the decisions ``edits`` (``Edit`` objects), in order."""
    queries: dict[str, str] = {}
    for edit in edits:
        if edit.kind == KIND:
            name, line = str(edit.payload.get("name", "")), str(edit.payload.get("query", ""))
            if line:
                queries[name] = line
            else:
                queries.pop(name, None)
    return queries
