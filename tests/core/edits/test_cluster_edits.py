"""The analyst's cluster decisions: split a cluster, take an event out, dismiss it; kept through re-extraction."""

from __future__ import annotations

import shutil

import pytest

from explorer.core.edits import apply_edits, changed_tables, decisions
from explorer.core.edits.cluster_edits import find_cluster
from explorer.core.model import empty_tables, make_table

MINISTERIAL = "Critical Minerals Ministerial"


def _cluster(tables, label_start):
    clusters = tables["clusters"]
    rows = clusters[clusters["label"].str.startswith(label_start)]
    assert len(rows) == 1, f"expected one cluster labelled {label_start}"
    return rows.iloc[0]


def _clustered(tables, cluster_id):
    return set(tables["events"].loc[tables["events"]["cluster_id"] == cluster_id, "event_id"])


def _by_id(tables, cluster_id):
    clusters = tables["clusters"]
    return clusters[clusters["cluster_id"] == cluster_id].iloc[0]


def _event_documents(tables, cluster) -> list[str]:
    """The cluster's documents that tell it in sentences of their own (not those listed without an event)."""
    events = tables["events"]
    return sorted(set(events.loc[events["event_id"].isin(cluster.event_ids), "doc_id"]))


def _doc_name(tables, doc_id):
    documents = tables["documents"]
    return documents.loc[documents["doc_id"] == doc_id, "name"].iloc[0]


def test_dismiss_unclusters_its_events_and_leaves_the_others(seed_tables):
    ministerial = _cluster(seed_tables, MINISTERIAL)
    edit = decisions.dismiss_cluster(ministerial)
    assert edit.label == "Dismiss cluster ‘Critical Minerals Ministerial’"
    assert changed_tables([edit]) == {"events", "clusters"}
    dismissed = apply_edits(seed_tables, [edit])
    assert ministerial.cluster_id not in set(dismissed["clusters"]["cluster_id"])
    assert not _clustered(dismissed, ministerial.cluster_id)
    others = seed_tables["clusters"][seed_tables["clusters"]["cluster_id"] != ministerial.cluster_id]
    assert list(dismissed["clusters"]["cluster_id"]) == list(others["cluster_id"])
    for cluster_id in others["cluster_id"]:
        assert _clustered(dismissed, cluster_id) == _clustered(seed_tables, cluster_id)
    assert _clustered(seed_tables, ministerial.cluster_id), "the input is left alone"
    twice = apply_edits(dismissed, [edit])
    assert twice["clusters"].equals(dismissed["clusters"]) and twice["events"].equals(dismissed["events"])


def test_taking_a_source_out_keeps_the_cluster_by_its_id_and_label_over_the_others(seed_tables):
    ministerial = _cluster(seed_tables, MINISTERIAL)
    source = _event_documents(seed_tables, ministerial)[0]
    edit = decisions.split_cluster(ministerial, [source], ["ANI"])
    assert edit.label == "Take ANI out of cluster ‘Critical Minerals Ministerial’"
    split = apply_edits(seed_tables, [edit])
    kept = _cluster(split, MINISTERIAL)
    assert kept.cluster_id == ministerial.cluster_id and kept.label == ministerial.label
    assert list(kept.doc_ids) == [d for d in ministerial.doc_ids if d != source]
    events = split["events"].set_index("event_id")
    assert set(kept.event_ids) == _clustered(split, kept.cluster_id)
    assert not [e for e in kept.event_ids if events.at[e, "doc_id"] == source]
    left_out = [e for e in ministerial.event_ids if events.at[e, "doc_id"] == source]
    assert left_out and all(events.at[e, "cluster_id"] == "" for e in left_out), "one source alone is no cluster"
    assert ministerial.date_start <= kept.date_start <= kept.date_end <= ministerial.date_end
    assert _doc_name(seed_tables, source) not in kept.conflict, "the date note forgets the source taken out"
    assert len(split["clusters"]) == len(seed_tables["clusters"])


def test_a_split_into_two_groups_of_two_sources_makes_two_clusters():
    tables = _tables_with({"c1": ["e1", "e2", "d2:e5", "e3", "e4"], "cOther": ["e6", "e7"]})
    cluster = tables["clusters"].iloc[0]
    apart = ["d1", "d2"]
    split = apply_edits(tables, [decisions.split_cluster(cluster, apart, ["A", "B"])])
    clusters = split["clusters"][split["clusters"]["label"] == cluster.label]
    assert sorted(map(sorted, clusters["doc_ids"])) == [["d1", "d2"], ["d3", "d4"]]
    for cluster_id, event_ids in zip(clusters["cluster_id"], clusters["event_ids"]):
        assert set(event_ids) == _clustered(split, cluster_id)
    assert sorted(e for ids in clusters["event_ids"] for e in ids) == sorted(cluster.event_ids)
    assert _clustered(split, "cOther") == {"e6", "e7"}


def test_taking_events_out_until_one_source_is_left_dissolves_the_cluster(seed_tables):
    cluster = _cluster(seed_tables, MINISTERIAL)
    events = seed_tables["events"].set_index("event_id")
    first = cluster.event_ids[0]
    edit = decisions.remove_from_cluster(first, cluster)
    assert edit.label == "Take event out of cluster ‘Critical Minerals Ministerial’"
    one_out = apply_edits(seed_tables, [edit])
    assert set(_cluster(one_out, MINISTERIAL).event_ids) == set(cluster.event_ids) - {first}
    assert _clustered(one_out, cluster.cluster_id) == set(cluster.event_ids) - {first}
    all_but_one_source = [e for e in cluster.event_ids
                          if events.at[e, "doc_id"] != _event_documents(seed_tables, cluster)[-1]]
    listed = sorted(set(cluster.doc_ids) - set(_event_documents(seed_tables, cluster)))  # no sentence to take out
    dissolved = apply_edits(seed_tables, [decisions.remove_from_cluster(e, cluster) for e in all_but_one_source]
                            + ([decisions.split_cluster(cluster, listed, ["L"] * len(listed))] if listed else []))
    assert cluster.cluster_id not in set(dissolved["clusters"]["cluster_id"])
    assert not _clustered(dissolved, cluster.cluster_id)


# -- finding the cluster again after extraction runs again ---------------------------------------
def _tables_with(clusters: dict[str, list[str]], event_prefix: str = "") -> dict:
    """Events e1..eN in documents d1..dN (one each, unless named "dX:eY"), grouped into ``clusters``."""
    tables = empty_tables()
    events = []
    for cluster_id, members in clusters.items():
        for member in members:
            doc, event = member.split(":") if ":" in member else (f"d{member[1:]}", member)
            events.append(dict(event_id=event_prefix + event, doc_id=doc, cluster_id=cluster_id))
    tables["events"] = make_table("events", events)
    tables["clusters"] = make_table("clusters", [dict(
        cluster_id=c, label=c, event_ids=[event_prefix + m.split(":")[-1] for m in ms],
        doc_ids=sorted({e["doc_id"] for e in events if e["cluster_id"] == c})) for c, ms in clusters.items()])
    return tables


DECIDED = {"cluster_id": "cOld", "event_ids": ["e1", "e2", "e3", "e4"], "doc_ids": ["d1", "d2", "d3", "d4"]}


def _found(tables) -> str | None:
    row = find_cluster(tables, DECIDED)
    return None if row is None else tables["clusters"].at[row, "cluster_id"]


def test_a_cluster_whose_members_changed_is_found_by_the_events_it_still_shares():
    assert _found(_tables_with({"cNew": ["e1", "e2", "e3", "e5", "e6"], "cOther": ["e7", "e8"]})) == "cNew"
    assert _found(_tables_with({"cSmall": ["e4", "e9"], "cBig": ["e1", "e2", "e10", "e11"]})) == "cBig"


def test_a_cluster_sharing_one_stray_event_or_one_source_is_not_the_one_decided_on():
    assert _found(_tables_with({"cNew": ["e1", "e5", "e6", "e7"]})) is None
    assert _found(_tables_with({"cNew": ["d1:e1", "d1:e2", "d5:e5"]})) is None  # shared events of one document


def test_when_extraction_renamed_the_events_the_one_cluster_over_the_same_documents_is_found():
    renamed = _tables_with({"cNew": ["e1", "e2", "e3", "e5"], "cOther": ["e6", "e7"]}, event_prefix="x")
    assert _found(renamed) == "cNew"
    two_over_them = _tables_with({"cA": ["d1:e1", "d2:e2"], "cB": ["d1:e3", "d2:e4", "d3:e5"]}, event_prefix="x")
    assert _found(two_over_them) is None, "two happenings over the same sources: neither is surely the one"


def test_dismissing_a_cluster_extracted_again_with_another_id_dismisses_it():
    later = _tables_with({"cNew": ["e1", "e2", "e3", "e5"], "cOther": ["e6", "e7"]})
    dismissed = apply_edits(later, [decisions.dismiss_cluster({**DECIDED, "label": "x"})])
    assert list(dismissed["clusters"]["cluster_id"]) == ["cOther"]


@pytest.mark.parametrize("kind", ["dismiss", "take out"])
def test_extract_onto_a_workspace_carries_the_cluster_decision_to_a_case_with_one_more_article(
        kind, seeds_dir, tmp_path):
    """The analyst dismissed (or took a source out of) the ministerial cluster of four articles, then added a
    fifth and extracted again: the cluster, now of other events and another id, takes the decision again."""
    from explorer.cli import main
    from explorer.core.store import append_edit, load_workspace

    four = tmp_path / "four"
    four.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt"))[:4]:
        shutil.copy(seed, four)
    workspace = tmp_path / "case.explorer"
    assert main(["extract", str(four), "-o", str(workspace), "--quiet"]) == 0
    before = _cluster(load_workspace(workspace), MINISTERIAL)
    taken = before.doc_ids[0]
    edit = decisions.dismiss_cluster(before) if kind == "dismiss" else decisions.split_cluster(before, [taken], ["x"])
    append_edit(workspace, edit)

    assert main(["extract", str(seeds_dir), "-o", str(workspace), "--quiet"]) == 0
    extracted = _cluster(load_workspace(workspace, edited=False), MINISTERIAL)
    assert len(extracted.doc_ids) > len(before.doc_ids)
    edited = load_workspace(workspace)
    labels = list(edited["clusters"]["label"])
    if kind == "dismiss":
        assert not [label for label in labels if label.startswith(MINISTERIAL)]
        assert not _clustered(edited, extracted.cluster_id)
    else:
        kept = _cluster(edited, MINISTERIAL)
        assert taken not in kept.doc_ids and len(kept.doc_ids) == len(extracted.doc_ids) - 1


# -- a document extraction lists without an event (joined by its people, no sentence linked) -------------
def _with_a_listed_source(tables):
    """The seeds' ministerial cluster, listing one more document none of whose events it holds."""
    tables = {name: table.copy() for name, table in tables.items()}
    clusters = tables["clusters"]
    row = clusters.index[clusters["label"].str.startswith(MINISTERIAL)][0]
    listed = next(d for d in tables["documents"]["doc_id"] if d not in set(clusters.at[row, "doc_ids"]))
    clusters.at[row, "doc_ids"] = sorted([*clusters.at[row, "doc_ids"], listed])
    return tables, listed


def test_taking_an_event_out_keeps_a_source_listed_without_events(seed_tables):
    tables, listed = _with_a_listed_source(seed_tables)
    cluster = _cluster(tables, MINISTERIAL)
    edited = apply_edits(tables, [decisions.remove_from_cluster(cluster.event_ids[0], cluster)])
    assert listed in _cluster(edited, MINISTERIAL).doc_ids


def test_taking_out_a_source_listed_without_events_drops_it_and_leaves_the_events(seed_tables):
    tables, listed = _with_a_listed_source(seed_tables)
    cluster = _cluster(tables, MINISTERIAL)
    edited = apply_edits(tables, [decisions.split_cluster(cluster, [listed], ["Listed"])])
    kept = _cluster(edited, MINISTERIAL)
    assert listed not in kept.doc_ids
    assert sorted(kept.doc_ids) == sorted(d for d in cluster.doc_ids if d != listed)
    assert set(kept.event_ids) == set(cluster.event_ids) == _clustered(edited, kept.cluster_id)
    assert len(edited["clusters"]) == len(tables["clusters"])


def test_a_split_carries_a_listed_source_with_the_side_it_was_put_on(seed_tables):
    tables, listed = _with_a_listed_source(seed_tables)
    cluster = _cluster(tables, MINISTERIAL)
    with_events = _event_documents(tables, cluster)
    assert len(with_events) >= 3
    others = sorted(set(cluster.doc_ids) - set(with_events[:1]))  # one source apart: the others stay, listed too
    stays = apply_edits(tables, [decisions.split_cluster(cluster, with_events[:1], ["A"])])
    assert sorted(_by_id(stays, cluster.cluster_id).doc_ids) == others
    goes = apply_edits(tables, [decisions.split_cluster(cluster, [with_events[0], listed], ["A", "L"])])
    assert listed not in _by_id(goes, cluster.cluster_id).doc_ids


def test_a_source_listed_beside_one_source_s_events_keeps_the_cluster_until_taken_out(seed_tables):
    """Two sources in the review are a cluster, whether or not one of them has a sentence linked."""
    tables, listed = _with_a_listed_source(seed_tables)
    cluster = _cluster(tables, MINISTERIAL)
    with_events = _event_documents(tables, cluster)
    others = sorted(set(cluster.doc_ids) - {listed, with_events[0]})
    edited = apply_edits(tables, [decisions.split_cluster(cluster, others, ["B"] * len(others))])
    left = _by_id(edited, cluster.cluster_id)
    assert sorted(left.doc_ids) == sorted([with_events[0], listed])
    gone = apply_edits(edited, [decisions.split_cluster(left, [listed], ["L"])])
    assert cluster.cluster_id not in set(gone["clusters"]["cluster_id"]), "one source left: no cluster"
    assert not _clustered(gone, cluster.cluster_id)
