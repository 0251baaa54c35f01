"""The graph's layout off the GUI thread: the work a ``Task`` runs (started through the window's ``Jobs``).

A layout builds the graph from the tables for the events in view, then places it
(``core.graph``) starting from the positions last drawn, leaving the nodes the
analyst pinned (dragged) where they are. The widget starts one per change and
draws only the newest result; ``Jobs`` cancels those still running when the
window closes and waits for their threads.
"""

from __future__ import annotations

from explorer.core.errors import Cancelled
from explorer.core.graph import BETWEENNESS, Positions, build_graph, layout_graph, with_betweenness
from explorer.gui.graph.hover import edge_labels


def build_and_lay_out(tables: dict, event_ids: list[str] | None, min_weight: int, max_nodes: int,
                      co_mentions: bool, previous: Positions, pinned: Positions, events, measure: str,
                      report, should_cancel):
    """(graph, positions) for ``Task``, given all but its last two arguments with ``functools.partial``.

    ``pinned``: where the analyst dropped nodes, kept as they are. ``events``: the events indexed by id (the
    session's: the verbs' dates are looked up there, without indexing a million events again). ``measure``: what
    the nodes' sizes show; betweenness, which costs, is computed here with the layout.
    """
    graph = build_graph(tables, event_ids, min_weight, max_nodes, co_mentions, events)
    if should_cancel():
        raise Cancelled()
    positions = layout_graph(graph, previous, pinned=pinned)
    if measure == BETWEENNESS:
        with_betweenness(graph)
    graph.es["label"] = edge_labels(graph)  # (the verbs and dates the edges are labelled with)
    return graph, positions


def betweenness_of(graph, report, should_cancel):
    """The work a ``Task`` runs when the analyst sizes the nodes by betweenness: the vertices' betweenness."""
    return graph.betweenness(directed=False)
