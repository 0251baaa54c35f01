"""The relationship graph: entities joined by the events they share, laid out and exported.

``build_graph`` turns the ``relations`` table into an undirected igraph graph for
the events in view (the graph follows the time window and the filters): one vertex
per entity with a relation among those events, one edge per pair of entities,
weighted by the number of distinct events they share there. Relation rows of
several kinds between one pair (``co-participant`` and a verb) are one edge: the
analyst asks "how often do these two meet", not "by which words". The verbs stay
on the edge with their direction: extraction writes a verb's relation from its
agent (``source``) to its patient (``target``), so the edge knows which of its
ends the arrows point at (``heads``), which verbs, and when their events happened.
``layout_graph`` places it with igraph (Kamada–Kawai up to a few hundred
entities, Fruchterman–Reingold beyond), deterministically and, given the previous
positions, without making nodes jump. ``write_graphml`` saves it for Gephi.
Pure functions: no Qt, no state.
"""

from __future__ import annotations

import os
import random
import re
import threading
from collections.abc import Iterable
from pathlib import Path

import igraph as ig
import numpy as np
import pandas as pd

from explorer.core.coded import flat_of
from explorer.core.model import Tables
from explorer.core.workspace_file import check_not_a_workspace

LIST_SEPARATOR = "; "  # as in every other export (DESIGN.md)
DEFAULT_SEED = 20260204
KAMADA_KAWAI_LIMIT = 300  # vertices; beyond this Kamada–Kawai's all-pairs distances grow too slow
PINNED_ITERATIONS = 60  # enough for new vertices to settle among pinned ones
Positions = dict[str, tuple[float, float]]

_rng_lock = threading.Lock()  # igraph's random number generator is process-wide


CO_MENTION = "co-mention"


def build_graph(tables: Tables, event_ids: Iterable[str] | None = None, min_weight: int = 1,
                max_nodes: int | None = None, co_mentions: bool = False,
                events: pd.DataFrame | None = None) -> ig.Graph:
    """The entity graph of the relations whose events are among ``event_ids``.

    Parameters:
        tables: a workspace's tables (``relations`` and ``entities`` are read).
        event_ids: the events in view; ``None`` means every event.
        min_weight: edges sharing fewer events are dropped. Single co-occurrences
            make up most edges of a large corpus and turn its drawing into a
            hairball; raising this keeps the relations that recur.
        max_nodes: keep only this many entities, the most mentioned (ties by id).
            A force layout and a readable drawing both stop scaling at a few
            thousand nodes, and the entities an analyst looks for are the
            frequent ones; ``None`` keeps all.
        co_mentions: also link entities merely named in the same event sentence
            (relations of kind ``co-mention``). Off by default: that weaker kind
            links nearly everything in a busy sentence and hides who acts with whom.

    Returns an undirected graph whose vertices (sorted by entity id, so equal
    input gives an equal graph) carry ``entity_id``, ``name``, ``type``,
    ``mentions``, ``documents`` and ``events`` (distinct events in view on its
    edges), and whose edges carry ``weight`` (shared events), ``kinds`` and
    ``event_ids`` (sorted lists), and what the verbs among its kinds say
    (``verb_edges``): ``verbs`` (most events first), ``heads`` (the entity ids
    the verbs point at: their patients), ``verb_event_ids``, ``verb_start``
    and ``verb_end`` (the span of those events' dates, ISO, "" where open or unknown; read from
    ``events``, the events table indexed by ``event_id``, else ``tables["events"]``).
    Entities left without an edge are not vertices, nor are the entities the analyst hid.
    """
    relations = tables["relations"]
    kept = None if co_mentions else np.flatnonzero((relations["kind"] != CO_MENTION).to_numpy(dtype=bool))
    shared, verbs = _shared_events(relations, event_ids, kept)
    entities = tables["entities"]
    if "hidden" in entities:
        hidden = set(entities.loc[entities["hidden"] != 0, "entity_id"])
        shared = shared[~shared["a"].isin(hidden) & ~shared["b"].isin(hidden)]
    edges = _edges(shared)
    edges = edges[edges["weight"] >= min_weight]
    nodes = _nodes(tables["entities"], edges)
    if max_nodes is not None and len(nodes) > max_nodes:
        kept = nodes.sort_values(["mentions", "entity_id"], ascending=[False, True]).head(max_nodes)
        edges = edges[edges["a"].isin(kept["entity_id"]) & edges["b"].isin(kept["entity_id"])]
        nodes = _nodes(tables["entities"], edges)
    return _to_igraph(nodes, edges, shared, verbs, _event_dates(tables, events))


def _shared_events(relations: pd.DataFrame, event_ids: Iterable[str] | None, rows: np.ndarray | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per (pair, kind, event in view), the pair ordered a < b, no repeats; of the relations at ``rows``
    (positions; None: all). The events are read flat (``coded.flat_of``: the window holds the lists as Arrow, and
    a filtered copy of that column would decode its ten million ids again), each relation's columns repeated per event.
    Also the same rows of the verbs' relations alone, with ``forward`` (the agent is ``a``): a frame of their own,
    so the direction costs nothing where there are no verbs, and little where (a tenth of a real corpus's rows)."""
    def column(name: str) -> np.ndarray:
        values = relations[name].astype(str).to_numpy(dtype=object)
        return values if rows is None else values[rows]

    sources, targets, kinds = column("source"), column("target"), column("kind")
    a, b = np.minimum(sources, targets), np.maximum(sources, targets)  # (per relation: compared once, not per event)
    pairs = a != b
    verb = pairs & (kinds != "co-participant") & (kinds != CO_MENTION)  # from agent (source) to patient (target)
    wanted = None if event_ids is None else \
        event_ids if isinstance(event_ids, (pd.Index, pd.Series, np.ndarray)) else list(set(event_ids))

    def per_event(chosen: np.ndarray, **extra: np.ndarray) -> pd.DataFrame:
        at = np.flatnonzero(chosen) if rows is None else rows[chosen]
        counts, events = flat_of(relations["event_ids"], at)
        columns = {"a": a[chosen], "b": b[chosen], "kind": kinds[chosen], **extra}
        frame = pd.DataFrame({**{name: np.repeat(values, counts) for name, values in columns.items()},
                              "event": events})
        frame = frame[pd.notna(frame["event"]).to_numpy()]
        frame["event"] = frame["event"].astype(str)
        if wanted is not None:  # (an index of Arrow strings, the window's, is looked up in C: no Python string made)
            frame = frame[frame["event"].isin(wanted).to_numpy(dtype=bool)]
        return frame.drop_duplicates().reset_index(drop=True)

    return per_event(pairs), per_event(verb, forward=(sources == a)[verb])


def _edges(shared: pd.DataFrame) -> pd.DataFrame:
    """One row per pair: its weight (distinct shared events), sorted by pair."""
    per_pair = shared.drop_duplicates(["a", "b", "event"]).groupby(["a", "b"], sort=True).size()
    return per_pair.rename("weight").reset_index()


def _nodes(entities: pd.DataFrame, edges: pd.DataFrame) -> pd.DataFrame:
    """The entities at either end of an edge, sorted by id, with their names, types and counts."""
    ids = pd.Index(pd.concat([edges["a"], edges["b"]]).unique()).sort_values()
    known = entities.drop_duplicates("entity_id").set_index("entity_id")
    known = known.reindex(ids)
    return pd.DataFrame({
        "entity_id": ids.astype(str),
        "name": [str(n) if isinstance(n, str) and n else str(i) for i, n in zip(ids, known["name"])],
        "type": known["type"].fillna("").astype(str).to_numpy(),
        "mentions": known["mention_count"].fillna(0).astype("int64").to_numpy(),
        "documents": known["doc_count"].fillna(0).astype("int64").to_numpy(),
    })


def _to_igraph(nodes: pd.DataFrame, edges: pd.DataFrame, shared: pd.DataFrame, verbs: pd.DataFrame,
               dates: pd.DataFrame | None) -> ig.Graph:
    index = {entity: i for i, entity in enumerate(nodes["entity_id"])}
    graph = ig.Graph(n=len(nodes), edges=list(zip(edges["a"].map(index), edges["b"].map(index))))
    for column in ("entity_id", "name", "type", "mentions", "documents"):
        graph.vs[column] = nodes[column].tolist()
    numbered = edges[["a", "b"]].assign(edge=np.arange(len(edges)))
    shown = shared.merge(numbered, on=["a", "b"])
    graph.es["weight"] = edges["weight"].astype(int).tolist()
    graph.es["kinds"] = _lists_per_edge(shown, "kind", len(edges))
    graph.es["event_ids"] = _lists_per_edge(shown, "event", len(edges))
    ends = pd.concat([shown[["a", "event"]].rename(columns={"a": "entity"}),
                      shown[["b", "event"]].rename(columns={"b": "entity"})]).drop_duplicates()
    graph.vs["events"] = ends.groupby("entity").size().reindex(nodes["entity_id"]).fillna(0).astype(int).tolist()
    verb_edges(graph, verbs.merge(numbered, on=["a", "b"]), dates)
    return graph


def verb_edges(graph: ig.Graph, verbs: pd.DataFrame, dates: pd.DataFrame | None) -> None:
    """Set each edge's ``verbs``, ``heads``, ``verb_event_ids``, ``verb_start``, ``verb_end`` and ``verb_links``
    from ``verbs`` (the verbs' relations' rows per event in view, numbered by ``edge``);
    ``verb_links``: one (agent id, verb, patient id, events, first date, last date) per verb and direction, most
    events first. ``dates``: ``date_start`` and ``date_end`` by event id (None: no dates). Grouped by pandas, the
    dates looked up once for every row: a generated million-event case with a tenth of its relations made verbs
    has 12,000 verb edges among 124,000."""
    count = graph.ecount()
    forward = verbs["forward"].to_numpy(dtype=bool)
    rows = pd.DataFrame({"edge": verbs["edge"].to_numpy(), "kind": verbs["kind"].to_numpy(dtype=object),
                         "agent": np.where(forward, verbs["a"], verbs["b"]),
                         "head": np.where(forward, verbs["b"], verbs["a"]), "event": verbs["event"].to_numpy(dtype=object)})
    rows = rows.drop_duplicates()
    rows["start"], rows["end"] = _dates_of(dates, rows["event"])
    ways = rows.groupby(["edge", "agent", "kind", "head"], sort=True).agg(
        n=("event", "size"), start=("start", "min"), end=("end", "max")).reset_index()
    ways = ways.sort_values(["edge", "n", "kind", "agent"], ascending=[True, False, True, True])
    spans = rows.groupby("edge").agg(start=("start", "min"), end=("end", "max"))
    events = rows[["edge", "event"]].drop_duplicates().sort_values(["edge", "event"])
    none: list = []  # (one empty list shared by the edges without a verb, most of them: never changed)
    columns: dict[str, list] = {name: [none] * count for name in ("verb_links", "verbs", "heads", "verb_event_ids")}
    columns.update({name: [""] * count for name in ("verb_start", "verb_end")})
    for edge, agent, verb, head, n, first, last in ways.itertuples(index=False):
        if columns["verb_links"][edge] is none:
            columns["verb_links"][edge], columns["verbs"][edge], columns["heads"][edge] = [], [], []
        columns["verb_links"][edge].append((agent, verb, head, int(n), _text(first), _text(last)))
        if verb not in columns["verbs"][edge]:
            columns["verbs"][edge].append(verb)
        if head not in columns["heads"][edge]:
            columns["heads"][edge].append(head)
    edge_of, ids = events["edge"].to_numpy(), events["event"].to_numpy(dtype=object)
    bounds = np.flatnonzero(np.r_[True, edge_of[1:] != edge_of[:-1]]) if len(events) else np.empty(0, int)
    for begin, stop in zip(bounds.tolist(), np.r_[bounds[1:], len(events)].tolist()):
        columns["verb_event_ids"][int(edge_of[begin])] = ids[begin:stop].tolist()
    for edge, first, last in spans.itertuples():
        columns["verb_start"][int(edge)], columns["verb_end"][int(edge)] = _text(first), _text(last)
    for name, values in columns.items():
        graph.es[name] = values


def _dates_of(dates: pd.DataFrame | None, event_ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The events' ``date_start`` and ``date_end`` (NaN where empty or unknown), looked up all at once."""
    missing = np.full(len(event_ids), np.nan, dtype=object)
    if dates is None or not len(event_ids):
        return missing, missing.copy()
    rows = dates.index.get_indexer(event_ids.to_numpy(dtype=object))
    found = rows >= 0

    def column(name: str) -> np.ndarray:
        values = missing.copy()
        taken = dates[name].iloc[rows[found]].to_numpy(dtype=object)
        values[found] = np.where([isinstance(v, str) and v != "" for v in taken], taken, np.nan)
        return values

    return column("date_start"), column("date_end")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _event_dates(tables: Tables, events: pd.DataFrame | None) -> pd.DataFrame | None:
    """``date_start`` and ``date_end`` indexed by event id: of ``events`` (indexed so already: the window's), else
    of the tables' events (indexed here), None without any."""
    if events is not None:
        return events
    frame = tables.get("events")
    if frame is None or "date_start" not in frame:
        return None
    return frame[["event_id", "date_start", "date_end"]].set_index("event_id")


def _lists_per_edge(shown: pd.DataFrame, column: str, edge_count: int) -> list[list[str]]:
    """The distinct values of ``column`` for each edge number, sorted (one sort and split, not a group per edge)."""
    rows = shown[["edge", column]].drop_duplicates().sort_values(["edge", column])
    counts = np.bincount(rows["edge"].to_numpy(), minlength=edge_count)
    return [part.tolist() for part in np.split(rows[column].to_numpy(), np.cumsum(counts)[:-1])]


MENTIONS, DEGREE, BETWEENNESS = "mentions", "degree", "betweenness"
NODE_MEASURES = (MENTIONS, DEGREE, BETWEENNESS)  # what a node's size can show


def node_measure(graph: ig.Graph, measure: str) -> np.ndarray:
    """Each vertex's ``measure``: its ``mentions``, its ``degree`` (entities linked to it), or its
    ``betweenness`` (how many shortest paths between other entities run through it: the brokers between
    groups; read from the vertex attribute ``with_betweenness`` sets, which costs O(V·E), so the caller
    computes it off the GUI thread first)."""
    if graph.vcount() == 0:
        return np.empty(0)
    if measure == DEGREE:
        return np.array(graph.degree(), dtype=float)
    if measure == BETWEENNESS:
        return np.array(graph.vs[BETWEENNESS], dtype=float)
    return np.array(graph.vs[MENTIONS], dtype=float)


def with_betweenness(graph: ig.Graph) -> ig.Graph:
    """``graph`` with each vertex's unweighted betweenness as the attribute ``betweenness`` (computed once)."""
    if graph.vcount() and BETWEENNESS not in graph.vs.attributes():
        graph.vs[BETWEENNESS] = graph.betweenness(directed=False)
    return graph


def layout_graph(graph: ig.Graph, previous: Positions | None = None, seed: int = DEFAULT_SEED,
                 pinned: Positions | None = None) -> Positions:
    """Positions (x, y) for each vertex's ``entity_id``: the same graph and arguments give the same answer.

    Small graphs get Kamada–Kawai, which spreads a hub's neighbours evenly where
    Fruchterman–Reingold packs them into a knot (igraph's own ``layout_auto``
    chooses alike); larger ones get grid Fruchterman–Reingold, which stays near
    linear. With ``previous`` (the positions last drawn) a filter change moves
    the picture a little instead of redrawing it: a small graph is laid out again
    from the previous positions (new entities beside their placed neighbours) and
    turned, scaled and moved onto them; in a large one the known entities stay
    pinned where they were and only the new ones are placed among them (igraph's
    layout from a settled start is slow there, and a redrawn hairball disorients).
    ``pinned`` entities (nodes the analyst dragged and dropped) stay exactly where
    they are and the others are laid out around them, with no turning or scaling.
    """
    count = graph.vcount()
    if count == 0:
        return {}
    rng = np.random.default_rng(seed)
    pinned = pinned or {}
    start, known = _start_positions(graph, {**(previous or {}), **pinned}, rng)
    fixed = np.array([entity in pinned for entity in graph.vs["entity_id"]], dtype=bool)
    small = count <= KAMADA_KAWAI_LIMIT
    hold = not small and known.mean() >= 0.5
    if hold and known.all():
        coords = start  # the filter only took entities away
    else:
        with _rng_lock:
            ig.set_random_number_generator(random.Random(seed))
            try:
                coords = _force_layout(graph, start, known if hold else None, fixed, rng)
            finally:
                ig.set_random_number_generator(random)
        if not hold and known.sum() >= 3 and not fixed.any():
            coords = _aligned(coords, start, known)
    coords[fixed] = start[fixed]  # exactly where dropped, whatever the arithmetic did
    return {entity: (float(x), float(y)) for entity, (x, y) in zip(graph.vs["entity_id"], coords)}


def _force_layout(graph: ig.Graph, start: np.ndarray, held: np.ndarray | None, fixed: np.ndarray,
                  rng: np.random.Generator) -> np.ndarray:
    """Kamada–Kawai for a small graph, else Fruchterman–Reingold; ``fixed`` vertices never move, ``held`` ones
    (the known vertices of a large graph) neither."""
    if graph.vcount() <= KAMADA_KAWAI_LIMIT:  # unweighted: shorter strong edges would pile the hubs on each other
        return np.array(graph.layout_kamada_kawai(seed=start.tolist(), **_bounds(start, fixed)).coords, dtype=float)
    if held is None and not fixed.any():
        return _packed_components(graph, rng)
    return _placed_among_pinned(graph, start, fixed if held is None else held | fixed)


def _bounds(start: np.ndarray, fixed: np.ndarray) -> dict[str, list[float]]:
    """igraph's per-vertex layout bounds: a fixed vertex boxed to its start point, the others free."""
    free = np.full(len(start), np.inf)
    return {name: np.where(fixed, start[:, axis], sign * free).tolist()
            for name, axis, sign in (("minx", 0, -1), ("maxx", 0, 1), ("miny", 1, -1), ("maxy", 1, 1))}


def _placed_among_pinned(graph: ig.Graph, start: np.ndarray, pinned: np.ndarray) -> np.ndarray:
    """``start`` with the unpinned vertices settled among their pinned neighbours (only that neighbourhood moves)."""
    new = np.flatnonzero(~pinned)
    members = sorted(set(new.tolist()) | {n for v in new.tolist() for n in graph.neighbors(v)})
    part, begin = graph.induced_subgraph(members), start[members]
    layout = part.layout_fruchterman_reingold(seed=begin.tolist(), weights=_strengths(part), niter=PINNED_ITERATIONS,
                                              grid="grid" if len(members) > 2 else "nogrid",
                                              **_bounds(begin, pinned[members]))
    coords = start.copy()
    coords[members] = np.array(layout.coords, dtype=float).reshape(-1, 2)
    return coords


def _strengths(graph: ig.Graph) -> list[float]:
    """Attraction per edge: more shared events pull harder, with diminishing returns."""
    return [1.0 + np.log(w) for w in graph.es["weight"]]


def _packed_components(graph: ig.Graph, rng: np.random.Generator) -> np.ndarray:
    """Each connected part laid out alone, from a spread start (where the grid layout is quickest), then packed.

    Fruchterman–Reingold has no gravity: laid out together, small parts fly far
    off and "fit all" shrinks the main one to a dot. Here the largest part comes
    first and the others follow in rows beneath it, biggest first.
    """
    coords = np.zeros((graph.vcount(), 2))
    parts = sorted(graph.connected_components(), key=lambda members: (-len(members), members[0]))
    boxes = []
    for members in parts:
        part = graph.induced_subgraph(members)
        half = np.sqrt(len(members)) / 2
        seed = rng.uniform(-half, half, size=(len(members), 2)).tolist()
        layout = part.layout_fruchterman_reingold(seed=seed, weights=_strengths(part),
                                                  grid="grid" if len(members) > 2 else "nogrid")
        placed = np.array(layout.coords, dtype=float).reshape(-1, 2)
        coords[members] = placed - placed.min(axis=0)
        boxes.append(np.ptp(placed, axis=0) + 1.0)  # a unit of margin around each part
    offsets = _shelf_offsets(np.array(boxes))
    for members, offset in zip(parts, offsets):
        coords[members] += offset
    return coords


def _shelf_offsets(sizes: np.ndarray) -> np.ndarray:
    """Lower-left corners that put boxes of ``sizes`` (largest first) in rows no wider than the first or a square."""
    width = max(sizes[0, 0], np.sqrt((sizes[:, 0] * sizes[:, 1]).sum()))
    offsets, x, y, row_height = [], 0.0, 0.0, 0.0
    for index, (w, h) in enumerate(sizes):
        if index == 1 or (x > 0 and x + w > width):  # the largest part has a row to itself
            x, y, row_height = 0.0, y - row_height, 0.0
        offsets.append((x, y - h))
        x, row_height = x + w, max(row_height, h)
    return np.array(offsets)


def _aligned(coords: np.ndarray, start: np.ndarray, known: np.ndarray) -> np.ndarray:
    """``coords`` rotated (or mirrored), scaled and shifted onto the known start positions (Procrustes)."""
    new, old = coords[known], start[known]
    new_mean, old_mean = new.mean(axis=0), old.mean(axis=0)
    u, singular, vt = np.linalg.svd((new - new_mean).T @ (old - old_mean))
    spread = ((new - new_mean) ** 2).sum()
    scale = singular.sum() / spread if spread > 0 else 1.0
    return (coords - new_mean) @ (u @ vt) * scale + old_mean


def _start_positions(graph: ig.Graph, previous: Positions, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Previous positions where known, else the mean of placed neighbours, else random; and which were known."""
    count = graph.vcount()
    half = np.sqrt(count) / 2
    start = rng.uniform(-half, half, size=(count, 2))
    known = np.array([entity in previous for entity in graph.vs["entity_id"]], dtype=bool)
    for index in np.flatnonzero(known):
        start[index] = previous[graph.vs[int(index)]["entity_id"]]
    if known.any():
        jitter = rng.normal(0.0, 0.3, size=(count, 2))
        for index in np.flatnonzero(~known):
            placed = [n for n in graph.neighbors(int(index)) if known[n]]
            if placed:
                start[index] = start[placed].mean(axis=0) + jitter[index]
    return start, known


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_graphml(graph: ig.Graph, path: str | Path, positions: Positions | None = None) -> Path:
    """Save ``graph`` as GraphML that Gephi reads: ``label``, ``type``, ``weight``, lists joined with "; ".

    ``positions`` (from ``layout_graph``) are written as ``x`` and ``y``, which
    Gephi takes as the node's place, so the export looks like the view.
    """
    out = graph.copy()
    out.vs["label"] = out.vs["name"] if out.vcount() else []
    if positions and out.vcount():
        out.vs["x"] = [positions.get(e, (0.0, 0.0))[0] for e in out.vs["entity_id"]]
        out.vs["y"] = [positions.get(e, (0.0, 0.0))[1] for e in out.vs["entity_id"]]
    if out.ecount():  # "agent verb patient" per link, as Gephi shows text
        out.es["verb_links"] = [[" ".join((a, verb, p)) for a, verb, p, *_ in links] for links in out.es["verb_links"]]
    for attribute in out.es.attributes():
        values = out.es[attribute]
        if any(isinstance(v, list) for v in values):
            out.es[attribute] = [LIST_SEPARATOR.join(map(str, v)) for v in values]
    for sequence in (out.vs, out.es):
        for attribute in sequence.attributes():
            values = sequence[attribute]
            if any(isinstance(v, str) for v in values):
                sequence[attribute] = [xml_text(v) if isinstance(v, str) else v for v in values]
    path = Path(path)
    check_not_a_workspace(path)
    partial = path.with_name(f".{path.name}.partial")
    try:  # written beside it and renamed: a failure never leaves half a file under the name chosen
        out.write_graphml(str(partial))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (control characters but tab and line breaks,
    lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD: a name read from a file may carry them."""
    return _NOT_XML.sub("\ufffd", text)
