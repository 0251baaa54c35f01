"""Opening a big case as the window opens it keeps the relations' and the clusters' lists of ids (event ids, document
ids) as the columnar cache's Arrow lists, as it keeps the events' participants (at ten million events the 8 million
Python lists held ~1.1 GB for the window's whole life), and the analyst sees no difference: the graph, the review's
largest cluster, a merge with its undo and redo, a split, and the cluster edits give what the same workspace read from
its rows gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.opening import both_ways, generated_tables, with_column_cache

ID_LISTS = (("relations", "event_ids"), ("clusters", "event_ids"), ("clusters", "doc_ids"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic workspace (relations and clusters over several events), its columnar cache written."""
    return with_column_cache(generated_tables(13), tmp_path_factory.mktemp("id_lists") / "generated.explorer")


@pytest.fixture
def both(generated, qtbot):
    """(opened from the cache, opened from the rows), their later work done; their sessions deleted after."""
    yield from both_ways(generated, qtbot, settle=True)


def _lists(session, table: str, column: str) -> list[list[str]]:
    return [list(cell) for cell in session.tables[table][column]]


def _all_lists(session) -> list:
    return [_lists(session, table, column) for table, column in ID_LISTS]


def test_the_relations_and_clusters_ids_are_arrow_lists_holding_the_rows_values(both):
    from explorer.core.coded import is_arrow_lists

    cached, rows = both
    for table, column in ID_LISTS:
        assert is_arrow_lists(cached.tables[table][column]), (table, column)  # no Python list a row
        assert not is_arrow_lists(rows.tables[table][column])
    assert _all_lists(cached) == _all_lists(rows)
    assert sum(map(len, _lists(rows, "relations", "event_ids"))) > len(rows.tables["relations"])


def test_the_graph_and_the_largest_cluster_are_those_of_the_rows(both):
    from explorer.core.graph import build_graph
    from explorer.core.review.compare import largest_cluster_id

    graphs = []
    for session in both:
        tables = dict(session.tables)
        found = []
        for co_mentions in (False, True):
            graph = build_graph(tables, None, 1, None, co_mentions)
            events = session.events["event_id"].tolist()[::3]
            narrowed = build_graph(tables, events, 1, None, co_mentions)
            found.append([(g.vs["entity_id"], g.vs["events"], g.get_edgelist(), g.es["weight"], g.es["kinds"],
                           g.es["event_ids"]) for g in (graph, narrowed)])
        graphs.append((found, largest_cluster_id(tables)))
    assert graphs[0] == graphs[1]
    assert graphs[0][0][0][0][2]  # (edges found)


def test_a_merge_its_undo_and_redo_and_a_split_give_the_rows_relations(both):
    from explorer.core.coded import is_arrow_lists
    from explorer.core.edits import decisions

    cached, rows = both
    entities = rows.table("entities").nlargest(2, "mention_count")
    ids, names = entities["entity_id"].tolist(), entities["name"].tolist()
    opened = _lists(cached, "relations", "event_ids")
    for session in both:
        assert session.do_edit(decisions.merge(ids, ids[0], names[0]))
    assert _all_lists(cached) == _all_lists(rows)
    for session in both:
        session.undo_stack.undo()
    assert _all_lists(cached) == _all_lists(rows) and _lists(cached, "relations", "event_ids") == opened
    assert is_arrow_lists(cached.tables["relations"]["event_ids"])  # (the tables from before the edit, as they were)
    for session in both:
        session.undo_stack.redo()
    assert _all_lists(cached) == _all_lists(rows)
    alias = rows.mentions.of_entities([ids[0]])["text"].value_counts().index[-1]
    for session in both:
        assert session.do_edit(decisions.split(ids[0], alias, names[0]))
    assert _all_lists(cached) == _all_lists(rows)


def test_the_cluster_edits_give_the_rows_clusters(both):
    from explorer.core.edits import decisions
    from explorer.core.review.compare import largest_cluster_id

    cached, rows = both

    def cluster(session, cluster_id):
        clusters = session.table("clusters")
        return clusters[clusters["cluster_id"] == cluster_id].iloc[0]

    clusters = rows.table("clusters")
    several = clusters[[len(d) >= 3 for d in clusters["doc_ids"]]]["cluster_id"].tolist()
    assert len(several) >= 3
    first, second, third = several[:3]
    for session in both:
        row = cluster(session, first)
        assert session.do_edit(decisions.split_cluster(row, [row["doc_ids"][0]], ["one source"]))
    assert _all_lists(cached) == _all_lists(rows)
    for session in both:
        row = cluster(session, second)
        assert session.do_edit(decisions.remove_from_cluster(row["event_ids"][0], row))
    assert _all_lists(cached) == _all_lists(rows)
    for session in both:
        assert session.do_edit(decisions.dismiss_cluster(cluster(session, third)))
    assert _all_lists(cached) == _all_lists(rows)
    assert largest_cluster_id(dict(cached.tables)) == largest_cluster_id(dict(rows.tables))
    for session in both:
        for _ in range(3):
            session.undo_stack.undo()
    assert _all_lists(cached) == _all_lists(rows)
