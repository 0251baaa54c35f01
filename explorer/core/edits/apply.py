"""Applying the analyst's decisions over extraction's tables.

Both functions are pure: they return a new dict and leave their input alone. A
decision copies only the tables its kind changes (``kinds.REGISTRY``); the others
are the very frames it was given, shared, so callers must treat frames as read-only.
``apply_edit`` applies one new decision forward (what making an edit costs);
``apply_edits`` replays a list in the order the decisions were made (opening a
workspace, undo). One whose rows no longer exist (an entity extraction stopped
finding) is skipped, never an error, so a workspace always opens. Applying a
decision twice changes nothing the second time, so tables that already carry some
decisions can take them again safely. Tables may be a subset (``explorer export
--table events`` loads one): each decision touches the tables that are present.
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.core.edits.decisions import Edit
from explorer.core.edits.kinds import REGISTRY
from explorer.core.model import Tables


def changed_tables(edits: Iterable[Edit]) -> frozenset[str]:
    """The names of the tables these decisions may change."""
    return frozenset().union(*(REGISTRY[edit.kind].changes for edit in edits))


def apply_edit(tables: Tables, edit: Edit) -> Tables:
    """The tables with one more decision applied: its tables copied and changed, the others shared."""
    return apply_edits(tables, [edit])


def apply_edits(tables: Tables, edits: Iterable[Edit]) -> Tables:
    """The tables with every decision applied, in order (a new dict; changed tables are new frames)."""
    edits = list(edits)
    touched = changed_tables(edits)
    # copy-on-write (pandas 3): a shallow copy is a new frame whose changes never reach the one given,
    # without copying a million rows first
    result = {name: frame.copy(deep=False) if name in touched else frame for name, frame in tables.items()}
    for edit in edits:
        REGISTRY[edit.kind].apply(result, edit.payload)
    return result
