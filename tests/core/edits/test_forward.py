"""One decision applied forward gives exactly what replaying the whole list gives, and copies only what it changes."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from explorer.core.edits import apply_edit, apply_edits, changed_tables, decisions, pins
from explorer.core.edits.kinds import KINDS, REGISTRY, TRIAGE_KINDS


def _random_edit(tables, rng: random.Random):
    """A decision of a random kind over rows that exist now (names and ids drawn from the tables in force)."""
    entities, events, documents = tables["entities"], tables["events"], tables["documents"]
    ids, names = list(entities["entity_id"]), list(entities["name"])
    pick = rng.randrange(len(ids))
    kind = rng.choice(KINDS)
    if kind == "merge":
        chosen = rng.sample(range(len(ids)), k=min(3, len(ids)))
        return decisions.merge([ids[i] for i in chosen], ids[chosen[0]], names[chosen[0]])
    if kind == "rename":
        return decisions.rename(ids[pick], f"{names[pick]} {rng.randrange(100)}", names[pick])
    if kind == "split":
        mentions = tables["mentions"]
        texts = list(mentions.loc[mentions["entity_id"] == ids[pick], "text"])
        return decisions.split(ids[pick], rng.choice(texts) if texts else names[pick], names[pick])
    if kind == "hide":
        return decisions.hide([ids[pick]], rng.random() < 0.7, [names[pick]])
    if kind == "set_type":
        return decisions.set_type(ids[pick], rng.choice(["PERSON", "ORG", "GPE"]), names[pick])
    if kind == "set_published":
        doc = documents.iloc[rng.randrange(len(documents))]
        published = rng.choice(["", "2024-03-06", "2025-01-15", "2023-11-30"])
        return decisions.set_published(str(doc["doc_id"]), published, str(doc["name"]))
    if kind == "save_query":
        return decisions.save_query(rng.choice(["march", "ani"]), rng.choice(["", "outlet:ANI", "date:2026-03"]))
    if kind in CLUSTER_KINDS and not tables["clusters"].empty:
        return _random_cluster_edit(tables["clusters"], kind, rng)
    event_id = str(events["event_id"].iloc[rng.randrange(len(events))])
    if kind == "note":
        return decisions.note(event_id, rng.choice(["", "check this", "source?"]))
    return decisions.tags(event_id, rng.sample(["a", "b", "lead", "doubt"], k=rng.randrange(3)))


CLUSTER_KINDS = ("split_cluster", "remove_from_cluster", "dismiss_cluster")


def _random_cluster_edit(clusters, kind: str, rng: random.Random):
    """Dismiss a cluster, take some of its sources apart, or take one of its events out."""
    cluster = clusters.iloc[rng.randrange(len(clusters))].to_dict()
    if kind == "dismiss_cluster":
        return decisions.dismiss_cluster(cluster)
    if kind == "split_cluster":
        apart = rng.sample(list(cluster["doc_ids"]), k=rng.randrange(1, len(cluster["doc_ids"])))
        return decisions.split_cluster(cluster, apart, apart)
    return decisions.remove_from_cluster(rng.choice(list(cluster["event_ids"])), cluster)


def _assert_same(left, right) -> None:
    assert set(left) == set(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name].reset_index(drop=True), right[name].reset_index(drop=True),
                                      obj=name)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_forward_application_equals_full_replay(seed_tables, seed):
    rng = random.Random(seed)
    originals = {name: frame.copy() for name, frame in seed_tables.items()}
    forward, edits = seed_tables, []
    for _ in range(12):
        edit = _random_edit(forward, rng)
        before = forward
        forward = apply_edit(before, edit)
        edits.append(edit)
        for name in set(before) - REGISTRY[edit.kind].changes:
            assert forward[name] is before[name], f"{edit.kind} copied {name}, which it does not change"
        _assert_same(forward, apply_edits(seed_tables, edits))
    _assert_same(seed_tables, originals)  # the input is never changed


def test_every_kind_names_the_tables_it_changes():
    assert set(KINDS) == set(REGISTRY) and len(KINDS) == 17
    assert all(not REGISTRY[kind].changes for kind in TRIAGE_KINDS), "marks and saved views change no table"
    assert changed_tables([decisions.rename("e1", "New", "Old")]) == {"entities"}
    assert changed_tables([pins.pin_nodes({"e1": (0, 0)}, {}, ["E"])]) == frozenset()  # kept beside the tables
    assert changed_tables([]) == frozenset()
    with pytest.raises(ValueError):
        decisions.Edit("rename_all", {})
