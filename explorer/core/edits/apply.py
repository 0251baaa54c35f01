"""Replaying the analyst's decisions over extraction's tables.

``apply_edits`` is pure: it returns new tables and leaves its input alone. Each
decision is applied in the order it was made; one whose rows no longer exist (an
entity extraction stopped finding) is skipped, never an error, so a workspace
always opens. Applying a decision twice changes nothing the second time, so
tables that already carry some decisions can take them again safely. Tables
may be a subset (``explorer export --table events`` loads one): each decision
touches the tables that are present.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from explorer.core.edits import document_edits, entity_edits
from explorer.core.edits.decisions import Edit
from explorer.core.model import Tables

Applier = Callable[[Tables, dict], None]

APPLIERS: dict[str, Applier] = {
    "merge": entity_edits.merge,
    "rename": entity_edits.rename,
    "split": entity_edits.split,
    "hide": entity_edits.hide,
    "set_type": entity_edits.set_type,
    "set_published": document_edits.set_published,
    "note": document_edits.note,
    "tags": document_edits.tags,
}


def apply_edits(tables: Tables, edits: Iterable[Edit]) -> Tables:
    """The tables with every decision applied, in order (a new dict of new frames)."""
    result = {name: frame.copy() for name, frame in tables.items()}
    for edit in edits:
        APPLIERS[edit.kind](result, edit.payload)
    return result
