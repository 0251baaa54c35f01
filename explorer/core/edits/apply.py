"""Applying the analyst's decisions over extraction's tables.

Both functions are pure: they return a new dict and leave their input alone. A
decision copies only the tables its kind changes (``kinds.REGISTRY``); the others
are the very frames it was given, shared, so callers must treat frames as read-only.
``apply_edit`` applies one new decision forward (what making an edit costs);
``apply_forward`` does so through an ``EditIndex`` of the tables and hands on the
index of the result (a merge then reads only the rows naming the merged entities);
``apply_edits`` replays a list in the order the decisions were made (opening a
workspace, undo). One whose rows no longer exist (an entity extraction stopped
finding) is skipped, never an error, so a workspace always opens. Applying a
decision twice changes nothing the second time, so tables that already carry some
decisions can take them again safely. Tables may be a subset (``explorer export
--table events`` loads one): each decision touches the tables that are present.

The window holds no mentions table: its mentions are read when wanted (``mentions.MentionRows``).
Given those, a decision that reads mentions (a merge counts the survivor's, a split moves some) is
applied with the mentions of the entities it names, read as the decisions before it left them, in
place of the table (``_lent``); the ``MentionRows`` after it are ``MentionRows.after``.
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.core.coded import plain, plain_lists
from explorer.core.edits.decisions import Edit
from explorer.core.edits.index import UNINDEXED, EditIndex
from explorer.core.edits.kinds import REGISTRY
from explorer.core.edits.mentions import MentionRows, covering
from explorer.core.model import Tables


def changed_tables(edits: Iterable[Edit]) -> frozenset[str]:
    """The names of the tables these decisions may change."""
    return frozenset().union(*(REGISTRY[edit.kind].changes for edit in edits))


def apply_edit(tables: Tables, edit: Edit) -> Tables:
    """The tables with one more decision applied: its tables copied and changed, the others shared."""
    return apply_edits(tables, [edit])


def apply_forward(tables: Tables, edit: Edit, index: EditIndex | None, mentions: MentionRows | None = None
                  ) -> tuple[Tables, EditIndex | None]:
    """``apply_edit``, reading rows through ``index`` (an index of ``tables``) where the kind can; returns the
    new tables and their index (None when the edit changed rows in a way no index follows: a split).
    ``mentions``: the mentions as they stand before the edit, when ``tables`` hold none."""
    kind = REGISTRY[edit.kind]
    if index is not None and not index.fits(tables):
        index = None
    result = _copies(tables, kind.changes)
    _listed(result, kind.writes)  # (the indexed appliers too change the lists they write: they take Python lists)
    lent = _lend(result, edit, mentions)
    try:
        if index is not None and kind.indexed is not None:  # (it writes codes as codes: ``coded.with_values``)
            patched = kind.indexed(result, edit.payload, index)
            if patched is not UNINDEXED:
                return result, patched
        _writable(result, kind.writes)
        kind.apply(result, edit.payload)
        return result, index.over(result) if index is not None and kind.keeps_rows else None
    finally:
        if lent:
            result.pop("mentions", None)


def _copies(tables: Tables, names: frozenset[str]) -> Tables:
    """The tables, with those named as shallow copies (pandas 3 copies on write: a change never reaches the
    frame given, and a million rows are not copied first)."""
    return {name: frame.copy(deep=False) if name in names else frame for name, frame in tables.items()}


def _writable(copies: Tables, writes: frozenset[tuple[str, str]]) -> None:
    """The columns in ``writes`` (table, column) that the window's read holds as codes made plain strings in
    ``copies`` (``coded.plain``), so a kind's ``apply`` can write any value into them (a categorical takes none
    that is not among its strings). The one place an edit makes coded columns plain: the appliers never do. (A
    kind writes only into tables it changes, ``kinds._register``: those are the copies.)"""
    for table, column in writes:
        if table in copies:
            plain(copies[table], [column])


def _listed(copies: Tables, writes: frozenset[tuple[str, str]]) -> None:
    """The list columns in ``writes`` that the window's read holds as Arrow (``coded.arrow_lists``: the relations'
    and clusters' ids) made Python lists in ``copies`` (``coded.plain_lists``), so a kind's appliers change cells as
    in any list column. (Not the events' participants: the merges work on them as Arrow, ``entity_edits``.)"""
    for table, column in writes:
        if table in copies:
            plain_lists(copies[table], [column])


def apply_edits(tables: Tables, edits: Iterable[Edit]) -> Tables:
    """The tables with every decision applied, in order (a new dict; changed tables are new frames)."""
    return replay(tables, edits, None)[0]


def replay(tables: Tables, edits: Iterable[Edit], mentions: MentionRows | None) -> tuple[Tables, MentionRows | None]:
    """``apply_edits``, for tables that hold no mentions when ``mentions`` are given (the mentions read on
    demand, before these decisions): returns the tables and the mentions after them."""
    edits = list(edits)
    result = _copies(tables, changed_tables(edits))
    writes = frozenset().union(*(REGISTRY[edit.kind].writes for edit in edits))
    _listed(result, writes)
    _writable(result, writes)
    for edit in edits:
        lent = _lend(result, edit, mentions)
        after = mentions.after(edit, result) if mentions is not None else None
        try:
            REGISTRY[edit.kind].apply(result, edit.payload)
        finally:
            if lent:
                result.pop("mentions", None)
        mentions = after
    return result, mentions


def _lend(tables: Tables, edit: Edit, mentions: MentionRows | None) -> bool:
    """Put the mentions ``edit`` reads in ``tables`` (which hold none): every mention of the entities it
    names, marked so (``covering``), so it recounts those alone. Returns whether it did."""
    reads = REGISTRY[edit.kind].reads_mentions
    if mentions is None or reads is None or "mentions" in tables:
        return False
    ids = reads(edit.payload)
    tables["mentions"] = covering(mentions.of_entities(ids), ids)
    return True
