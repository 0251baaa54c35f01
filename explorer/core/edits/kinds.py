"""Every kind of edit, registered once: its name, the function that applies it, the tables it changes.

A kind's name is what the workspace's ``edits`` table stores; ``apply`` updates the
tables it is given in place; ``changes`` names the tables it may touch, so applying
one decision copies only those (never the documents' text for a rename) and the GUI
is told which tables changed. ``indexed`` applies it through an ``EditIndex`` and
returns the index patched (a merge); ``keeps_rows`` says it never changes which entity
a row names nor the rows' order, so an index of the tables holds after it. ``touches``
names, from a payload, the entities whose rows in the entities table the decision may
change (others keep their names, aliases and types and stay in order), so views over
100,000 entities look again at those rows only; None when it may change others (a split
recounts them all). Code names kinds by these constants, never by string.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from explorer.core.edits import document_edits, entity_edits
from explorer.core.edits import cluster_edits, saved_queries
from explorer.core.edits.index import EditIndex, Unindexed
from explorer.core.model import Tables

Applier = Callable[[Tables, dict], None]
IndexedApplier = Callable[[Tables, dict, EditIndex], "EditIndex | Unindexed | None"]  # (``UNINDEXED``: not applied)
Touches = Callable[[dict], frozenset[str]]


@dataclass(frozen=True)
class EditKind:
    """One kind of decision."""

    name: str
    apply: Applier
    changes: frozenset[str]
    keeps_rows: bool = True
    indexed: IndexedApplier | None = None
    touches: Touches | None = None
    reads_mentions: Touches | None = None  # the entities whose mentions it reads (held or not: ``apply._lend``)
    # the text columns ``apply`` writes values into (table, column), made plain strings first where the window's read
    # holds them as codes (``apply._writable``, the one place: a categorical takes no value that is not among its
    # strings); an ``indexed`` applier writes them as codes (``coded.with_values``), or returns ``index.UNINDEXED``.
    # Also the list columns it changes cells of that the window's read holds as Arrow (the relations' and clusters'
    # ids: ``apply._listed``, made Python lists first for the indexed appliers too; not the events' participants,
    # which the merges change as Arrow)
    writes: frozenset[tuple[str, str]] = frozenset()


REGISTRY: dict[str, EditKind] = {}


def _register(name: str, apply: Applier, *changes: str, keeps_rows: bool = True,
              indexed: IndexedApplier | None = None, touches: Touches | None = None,
              reads_mentions: Touches | None = None, writes: tuple[str, ...] = ()) -> str:
    written = frozenset((table, column) for table, _, column in (w.partition(".") for w in writes))  # "events.place"
    assert {table for table, _ in written} <= set(changes), name  # (written into the copies ``apply`` makes only)
    REGISTRY[name] = EditKind(name, apply, frozenset(changes), keeps_rows, indexed, touches, reads_mentions, written)
    return name


def _one(payload: dict) -> frozenset[str]:
    return frozenset([payload["entity_id"]])


def _merged(payload: dict) -> frozenset[str]:
    return frozenset([payload["into"], *payload["entity_ids"]])


MERGE = _register("merge", entity_edits.merge, "entities", "mentions", "events", "relations", keeps_rows=False,
                  indexed=entity_edits.merge_indexed, touches=_merged, reads_mentions=_merged,
                  writes=("events.place", "relations.event_ids"))
RENAME = _register("rename", entity_edits.rename, "entities", touches=_one)
SPLIT = _register("split", entity_edits.split, "entities", "mentions", "events", "relations", keeps_rows=False,
                  reads_mentions=lambda payload: frozenset([payload["entity_id"], payload["new_entity_id"]]),
                  writes=("events.place", "relations.event_ids"))
HIDE = _register("hide", entity_edits.hide, "entities", touches=lambda payload: frozenset(payload["entity_ids"]))
SET_TYPE = _register("set_type", entity_edits.set_type, "entities", "mentions", touches=_one)
SET_PUBLISHED = _register("set_published", document_edits.set_published, "documents", "timexes", "events", "clusters",
                          writes=("events.date_start", "events.date_end", "events.date_basis", "events.timex_id"))
NOTE = _register("note", document_edits.note, "events", writes=("events.note",))
TAGS = _register("tags", document_edits.tags, "events")
SPLIT_CLUSTER = _register("split_cluster", cluster_edits.split_cluster, "events", "clusters",
                          writes=("events.cluster_id", "clusters.event_ids", "clusters.doc_ids"))
REMOVE_FROM_CLUSTER = _register("remove_from_cluster", cluster_edits.remove_from_cluster, "events", "clusters",
                                writes=("events.cluster_id", "clusters.event_ids", "clusters.doc_ids"))
DISMISS_CLUSTER = _register("dismiss_cluster", cluster_edits.dismiss_cluster, "events", "clusters",
                            writes=("events.cluster_id", "clusters.event_ids", "clusters.doc_ids"))



def _leaves_tables(tables: Tables, payload: dict) -> None:
    """The analyst's triage (marks, saved views) changes no table: what is in force is read from the decisions
    themselves (``marks.marks_of``, ``saved_views.saved_views_of``), so making one copies and redraws nothing."""


MARK = _register("mark", _leaves_tables)  # star, flag, mark reviewed (or take off) events or documents
SAVE_VIEW = _register("save_view", _leaves_tables)  # a named view: query, window, checked entities, mark filter, tab
DELETE_VIEW = _register("delete_view", _leaves_tables)
RENAME_VIEW = _register("rename_view", _leaves_tables)
TRIAGE_KINDS = frozenset({MARK, SAVE_VIEW, DELETE_VIEW, RENAME_VIEW})  # the kinds read from the decisions, not tables
SAVE_QUERY = _register(saved_queries.KIND, saved_queries.apply)  # changes no table: the decision is kept


def _kept_beside(tables: Tables, payload: dict) -> None:
    """A decision that changes no table (the graph's pinned nodes, read from the decisions: ``edits.pins``); its
    payload is checked, so a damaged one is left out on opening."""
    from explorer.core.edits.pins import check_pins  # (pins builds Edits: it imports this module)

    check_pins(payload)


PIN_NODES = _register("pin_nodes", _kept_beside)

KINDS: tuple[str, ...] = tuple(REGISTRY)
