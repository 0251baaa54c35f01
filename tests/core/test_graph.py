"""The relationship graph: built from the relations among the events in view, laid out stably, saved as GraphML."""

from __future__ import annotations

import igraph as ig
import numpy as np
import pytest

from explorer.core.graph import build_graph, layout_graph, write_graphml
from explorer.core.model import empty_tables, make_table


@pytest.fixture
def tables():
    """Six entities; Ann and Bob share three events under two kinds (written both ways), Bob and Cyd one."""
    tables = empty_tables()
    tables["entities"] = make_table("entities", [
        {"entity_id": "ann", "name": "Ann", "type": "PERSON", "mention_count": 9, "doc_count": 2},
        {"entity_id": "bob", "name": "Bob", "type": "PERSON", "mention_count": 7, "doc_count": 2},
        {"entity_id": "cyd", "name": "Cyd", "type": "ORG", "mention_count": 3, "doc_count": 1},
        {"entity_id": "oslo", "name": "Oslo", "type": "GPE", "mention_count": 2, "doc_count": 1},
        {"entity_id": "un", "name": "UN", "type": "ORG", "mention_count": 1, "doc_count": 1},
        {"entity_id": "lonely", "name": "Lonely", "type": "PERSON", "mention_count": 5, "doc_count": 1},
    ])
    tables["relations"] = make_table("relations", [
        {"source": "ann", "target": "bob", "kind": "co-participant", "weight": 2, "event_ids": ["ev1", "ev2"]},
        {"source": "bob", "target": "ann", "kind": "met", "weight": 2, "event_ids": ["ev2", "ev3"]},
        {"source": "bob", "target": "cyd", "kind": "co-participant", "weight": 1, "event_ids": ["ev3"]},
        {"source": "oslo", "target": "un", "kind": "co-participant", "weight": 1, "event_ids": ["ev4"]},
        {"source": "cyd", "target": "lonely", "kind": "co-mention", "weight": 1, "event_ids": ["ev5"]},
    ])
    return tables


def _edge(graph: ig.Graph, a: str, b: str):
    ids = graph.vs["entity_id"]
    return graph.es[graph.get_eid(ids.index(a), ids.index(b))]


def test_a_node_per_related_entity_and_one_edge_per_pair(tables):
    graph = build_graph(tables)
    assert sorted(graph.vs["entity_id"]) == ["ann", "bob", "cyd", "oslo", "un"]  # Lonely has no relation
    assert graph.ecount() == 3
    ann_bob = _edge(graph, "ann", "bob")
    assert ann_bob["weight"] == 3  # ev1, ev2, ev3: the event both rows name counts once
    assert ann_bob["kinds"] == ["co-participant", "met"]
    assert ann_bob["event_ids"] == ["ev1", "ev2", "ev3"]
    ann = graph.vs[graph.vs["entity_id"].index("ann")]
    assert (ann["name"], ann["type"], ann["mentions"], ann["documents"], ann["events"]) == ("Ann", "PERSON", 9, 2, 3)


def test_only_the_events_in_view_count(tables):
    graph = build_graph(tables, event_ids={"ev1", "ev2", "ev4"})
    assert sorted(graph.vs["entity_id"]) == ["ann", "bob", "oslo", "un"]
    assert _edge(graph, "ann", "bob")["weight"] == 2
    assert _edge(graph, "ann", "bob")["kinds"] == ["co-participant", "met"]  # "met" still has ev2 in view
    only_ev1 = build_graph(tables, event_ids=["ev1"])
    assert _edge(only_ev1, "ann", "bob")["kinds"] == ["co-participant"]
    assert build_graph(tables, event_ids=[]).vcount() == 0


def test_min_weight_and_max_nodes_trim_the_graph(tables):
    strong = build_graph(tables, min_weight=2)
    assert sorted(strong.vs["entity_id"]) == ["ann", "bob"]  # entities left without an edge go too
    top = build_graph(tables, max_nodes=3)
    assert sorted(top.vs["entity_id"]) == ["ann", "bob", "cyd"]  # the most mentioned
    assert top.ecount() == 2


def test_co_mentions_link_only_when_asked(tables):
    assert "lonely" not in build_graph(tables).vs["entity_id"]
    with_co_mentions = build_graph(tables, co_mentions=True)
    assert _edge(with_co_mentions, "cyd", "lonely")["kinds"] == ["co-mention"]


def test_seed_graph_weights_are_the_shared_events_in_view(seed_tables):
    relations, events = seed_tables["relations"], seed_tables["events"]
    relations = relations[relations["kind"] != "co-mention"]
    graph = build_graph(seed_tables)
    related = set(relations["source"]) | set(relations["target"])
    assert set(graph.vs["entity_id"]) == related
    assert set(graph.vs["entity_id"]) <= set(seed_tables["entities"]["entity_id"])
    for edge in graph.es:
        a, b = (graph.vs[v]["entity_id"] for v in edge.tuple)
        rows = relations[((relations["source"] == a) & (relations["target"] == b))
                         | ((relations["source"] == b) & (relations["target"] == a))]
        assert edge["weight"] == len({e for ids in rows["event_ids"] for e in ids}) == len(edge["event_ids"])

    one_document = events.loc[events["doc_id"] == events["doc_id"].iloc[0], "event_id"]
    narrowed = build_graph(seed_tables, event_ids=one_document)
    assert 0 < narrowed.vcount() < graph.vcount() and narrowed.ecount() < graph.ecount()
    assert {e for edge in narrowed.es for e in edge["event_ids"]} <= set(one_document)


def test_layout_is_deterministic_and_covers_every_node(seed_tables):
    graph = build_graph(seed_tables)
    first = layout_graph(graph)
    assert first == layout_graph(build_graph(seed_tables))
    assert set(first) == set(graph.vs["entity_id"])
    assert layout_graph(graph, seed=1) != first
    positions = np.array(list(first.values()))
    spread = np.ptp(positions, axis=0)
    assert (spread > 0).all() and len({tuple(p) for p in positions.round(3)}) == len(positions)  # no two nodes stacked


def _moved(before: dict, after: dict) -> float:
    """Median distance the nodes of ``after`` moved, as a fraction of the drawing's size."""
    common = [e for e in after if e in before]
    size = np.ptp(np.array(list(before.values())), axis=0).max()
    return float(np.median([np.hypot(*np.subtract(after[e], before[e])) for e in common])) / size


def test_relayout_after_a_filter_starts_from_the_previous_positions(seed_tables):
    events = seed_tables["events"]
    full = build_graph(seed_tables)
    before = layout_graph(full)
    narrowed = build_graph(seed_tables, event_ids=events.loc[events["date_start"] >= "2026-02-01", "event_id"])
    after = layout_graph(narrowed, previous=before)
    assert after == layout_graph(narrowed, previous=before)
    assert _moved(before, after) < 0.15  # nodes stay about where they were
    assert _moved(before, layout_graph(narrowed)) > _moved(before, after)
    assert _moved(before, layout_graph(full, previous=before)) < 0.05  # an unchanged graph barely moves


def test_pinned_entities_stay_where_dropped_and_the_rest_barely_moves(seed_tables):
    events = seed_tables["events"]
    full = build_graph(seed_tables)
    before = layout_graph(full)
    hub = full.vs[int(np.argmax(full.degree()))]["entity_id"]
    dropped = {hub: (before[hub][0] + 3.0, before[hub][1] - 2.0)}  # dragged away from the others
    narrowed = build_graph(seed_tables, event_ids=events.loc[events["date_start"] >= "2026-02-01", "event_id"])
    for graph in (full, narrowed):
        after = layout_graph(graph, previous={**before, **dropped}, pinned=dropped)
        assert after[hub] == dropped[hub]
        others = {e: p for e, p in before.items() if e != hub}
        assert _moved(others, {e: p for e, p in after.items() if e != hub}) < 0.2


def _power_law_tables(count: int, edges: int):
    tables = empty_tables()
    graph = ig.Graph.Static_Power_Law(count, edges, 2.3)
    tables["entities"] = make_table("entities", [
        {"entity_id": f"e{v:04d}", "name": f"E{v}", "type": "ORG", "mention_count": graph.degree(v)}
        for v in range(graph.vcount())])
    tables["relations"] = make_table("relations", [
        {"source": f"e{a:04d}", "target": f"e{b:04d}", "kind": "co-participant", "weight": 1,
         "event_ids": [f"ev{i}"]} for i, (a, b) in enumerate(graph.get_edgelist())])
    return tables


def test_pinned_entities_stay_where_dropped_in_a_large_graph():
    built = build_graph(_power_law_tables(600, 1500), max_nodes=400)
    before = layout_graph(built)
    ids = built.vs["entity_id"]
    dropped = {ids[0]: (-50.0, 50.0), ids[1]: (50.0, -50.0)}
    assert all(layout_graph(built, pinned=dropped)[e] == p for e, p in dropped.items())  # laid out afresh
    after = layout_graph(built, previous=before, pinned=dropped)  # or from the last drawing
    assert all(after[e] == p for e, p in dropped.items())


def test_large_graphs_lay_out_deterministically():
    built = build_graph(_power_law_tables(600, 1500), max_nodes=400)
    assert built.vcount() <= 400
    assert layout_graph(built) == layout_graph(built)


def test_graphml_is_read_back_with_labels_weights_and_positions(tables, tmp_path):
    graph = build_graph(tables)
    positions = layout_graph(graph)
    path = write_graphml(graph, tmp_path / "relations.graphml", positions)
    back = ig.Graph.Read_GraphML(str(path))
    assert (back.vcount(), back.ecount()) == (graph.vcount(), graph.ecount())
    assert sorted(back.vs["label"]) == ["Ann", "Bob", "Cyd", "Oslo", "UN"]
    assert back.vs["type"] == graph.vs["type"]
    ann, bob = back.vs["label"].index("Ann"), back.vs["label"].index("Bob")
    edge = back.es[back.get_eid(ann, bob)]
    assert edge["weight"] == 3
    assert edge["kinds"] == "co-participant; met" and edge["event_ids"] == "ev1; ev2; ev3"
    assert (back.vs[ann]["x"], back.vs[ann]["y"]) == pytest.approx(positions["ann"])
    assert graph.es[0]["event_ids"] == sorted(graph.es[0]["event_ids"])  # the graph itself keeps lists


def test_an_empty_graph_builds_lays_out_and_saves(tmp_path):
    graph = build_graph(empty_tables())
    assert graph.vcount() == 0 and layout_graph(graph) == {}
    back = ig.Graph.Read_GraphML(str(write_graphml(graph, tmp_path / "empty.graphml")))
    assert back.vcount() == 0


def test_hidden_entities_are_not_in_the_graph(seed_tables):
    from explorer.core.edits import apply_edits, decisions

    entities = seed_tables["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    assert rubio in build_graph(seed_tables).vs["entity_id"]
    hidden = apply_edits(seed_tables, [decisions.hide([rubio], True, ["Marco Rubio"])])
    assert rubio not in build_graph(hidden).vs["entity_id"]


def test_a_verb_keeps_its_direction_from_agent_to_patient_and_the_dates_of_its_events(tables):
    tables["events"] = make_table("events", [
        {"event_id": "ev2", "doc_id": "d", "date_start": "2026-02-04", "date_end": "2026-02-04"},
        {"event_id": "ev3", "doc_id": "d", "date_start": "2026-02-05", "date_end": "2026-02-06"}])
    graph = build_graph(tables)
    ann_bob = _edge(graph, "ann", "bob")  # extraction wrote "bob met ann": Bob the agent, Ann the patient
    assert ann_bob["verbs"] == ["met"] and ann_bob["heads"] == ["ann"]
    assert ann_bob["verb_links"] == [("bob", "met", "ann", 2, "2026-02-04", "2026-02-06")]
    assert (ann_bob["verb_start"], ann_bob["verb_end"]) == ("2026-02-04", "2026-02-06")
    assert _edge(graph, "bob", "cyd")["heads"] == [] and _edge(graph, "bob", "cyd")["verbs"] == []
    only_ev2 = _edge(build_graph(tables, event_ids=["ev2"]), "ann", "bob")
    assert only_ev2["verb_links"] == [("bob", "met", "ann", 1, "2026-02-04", "2026-02-04")]


def test_verbs_both_ways_put_a_head_at_each_end(tables):
    relations = tables["relations"]
    tables["relations"] = make_table("relations", relations.to_dict("records") + [
        {"source": "ann", "target": "bob", "kind": "call", "weight": 1, "event_ids": ["ev1"]}])
    ann_bob = _edge(build_graph(tables), "ann", "bob")
    assert sorted(ann_bob["heads"]) == ["ann", "bob"]
    assert [link[:4] for link in ann_bob["verb_links"]] == [("bob", "met", "ann", 2), ("ann", "call", "bob", 1)]
