"""The merge touches only the rows naming the merged entities, and gives exactly what rebuilding every relation gives."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from explorer.core.edits import EditIndex, apply_edit, apply_edits, apply_forward, decisions, entity_edits
from explorer.core.edits.kinds import MERGE, REGISTRY


def _rebuilt(tables, edit):
    """The reference: the merge as it was, rebuilding every co-participant relation and recounting every entity."""
    result = {name: frame.copy() if name in REGISTRY[MERGE].changes else frame for name, frame in tables.items()}
    entities = result["entities"]
    present = set(entities["entity_id"])
    into = edit.payload["into"]
    others = [e for e in edit.payload["entity_ids"] if e in present and e != into]
    if into in present and others:
        entity_edits.merge_by_rebuild(result, into, others)
    return result


def _assert_same(left, right) -> None:
    assert set(left) == set(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name].reset_index(drop=True), right[name].reset_index(drop=True), obj=name)


def _random_merge(tables, rng: random.Random):
    """Well-mentioned entities more often than not (they share events and relations), sometimes any."""
    entities = tables["entities"]
    if rng.random() < 0.7:
        entities = entities.nlargest(40, "mention_count")
    ids, names = list(entities["entity_id"]), list(entities["name"])
    chosen = rng.sample(range(len(ids)), k=min(rng.choice([2, 3, 4]), len(ids)))
    return decisions.merge([ids[i] for i in chosen], ids[chosen[0]], names[chosen[0]])


@pytest.mark.parametrize("seed", range(8))
def test_merge_equals_the_full_rebuild(seed_tables, seed):
    rng = random.Random(seed)
    originals = {name: frame.copy() for name, frame in seed_tables.items()}
    tables = seed_tables
    assert entity_edits._rows_in_order(tables)  # the seeds take the fast path
    for _ in range(6):
        edit = _random_merge(tables, rng)
        if rng.random() < 0.3:  # a split or a hide between merges: the merge starts from tables other edits left
            other = decisions.hide([edit.payload["into"]], True, ["x"])
            tables = apply_edit(tables, other)
        merged = apply_edit(tables, edit)
        _assert_same(merged, _rebuilt(tables, edit))
        tables = merged
    _assert_same(seed_tables, originals)  # the input is never changed


def test_tables_not_so_arranged_are_rebuilt(seed_tables):
    """Relations out of order (not as extraction leaves them): the merge falls back to the rebuild."""
    shuffled = dict(seed_tables, relations=seed_tables["relations"].iloc[::-1].reset_index(drop=True))
    assert not entity_edits._rows_in_order(shuffled)
    edit = _random_merge(seed_tables, random.Random(5))
    _assert_same(apply_edit(shuffled, edit), _rebuilt(shuffled, edit))


def _index_agrees(index: EditIndex, tables) -> None:
    """The index handed on answers as one built from the tables afresh: each entity's event and mention rows."""
    fresh = EditIndex.build(tables)
    assert index.fits(tables) and fresh is not None
    assert index.co_participants == fresh.co_participants
    assert index.irregular.tolist() == fresh.irregular.tolist()
    entity_ids = set(tables["entities"]["entity_id"]) | set(tables["mentions"]["entity_id"])
    for entity_id in entity_ids:
        assert index.event_rows.rows_of_any([entity_id]).tolist() == fresh.event_rows.rows_of_any([entity_id]).tolist()
        assert index.mention_rows.rows_of(entity_id).tolist() == fresh.mention_rows.rows_of(entity_id).tolist()


def _random_edit(tables, rng: random.Random):
    """A merge most of the time; else a rename, a hide or a split (after which no index is handed on)."""
    roll = rng.random()
    entities = tables["entities"]
    pick = rng.randrange(len(entities))
    entity_id, name = entities["entity_id"].iloc[pick], entities["name"].iloc[pick]
    if roll < 0.6:
        return _random_merge(tables, rng)
    if roll < 0.75:
        return decisions.rename(entity_id, f"{name} {rng.randrange(9)}", name)
    if roll < 0.9:
        return decisions.hide([entity_id], rng.random() < 0.5, [name])
    mentions = tables["mentions"]
    texts = list(mentions.loc[mentions["entity_id"] == entity_id, "text"]) or [name]
    return decisions.split(entity_id, rng.choice(texts), name)


@pytest.mark.parametrize("seed", range(6))
def test_merges_through_the_index_equal_the_full_replay(seed_tables, seed):
    """Merges, renames, hides and splits applied forward through the index handed on from edit to edit give the
    tables replaying every decision gives, and the index handed on is the one the tables would build."""
    rng = random.Random(seed)
    originals = {name: frame.copy() for name, frame in seed_tables.items()}
    tables, index, edits = seed_tables, EditIndex.build(seed_tables), []
    for _ in range(8):
        edit = _random_edit(tables, rng)
        edits.append(edit)
        tables, index = apply_forward(tables, edit, index)
        _assert_same(tables, apply_edits(seed_tables, edits))
        if index is None:  # a split: the next edit's index is built again, as the session does
            index = EditIndex.build(tables)
        _index_agrees(index, tables)
    _assert_same(seed_tables, originals)  # the input is never changed


def test_a_merge_through_the_index_reads_no_other_rows(seed_tables):
    """The indexed merge never tests every event: events it is not told about keep their very lists."""
    index = EditIndex.build(seed_tables)
    edit = _random_merge(seed_tables, random.Random(3))
    merged, _ = apply_forward(seed_tables, edit, index)
    named = {edit.payload["into"], *edit.payload["entity_ids"]}
    before, after = seed_tables["events"]["participants"], merged["events"]["participants"]
    untouched = [i for i, (ps, place) in enumerate(zip(before, seed_tables["events"]["place"]))
                 if named.isdisjoint(ps) and place not in named]
    assert untouched and all(before.iloc[i] is after.iloc[i] for i in untouched)


def test_pair_keys_order_as_the_pairs_and_survive_new_ids(seed_tables):
    """The co-participant pairs coded as integers ascend exactly as the rows do, decode to the very pairs,
    and coded again with ids they did not know (an entity in no pair yet) still do; pairs out of order
    are refused (the merge then rebuilds)."""
    from explorer.core.edits.index import PairKeys

    relations = seed_tables["relations"]
    count = EditIndex.build(seed_tables).co_participants
    sources, targets = (relations[c].to_numpy(dtype=object)[:count] for c in ("source", "target"))
    pairs = PairKeys.build(sources, targets, seed_tables["entities"]["entity_id"].to_numpy(dtype=object))
    again = pairs.with_ids(["0-before-every-id", "zz-after-every-id"])
    for coded in (pairs, again):
        decoded = list(zip(coded.names[coded.keys // coded.width], coded.names[coded.keys % coded.width]))
        assert decoded == list(zip(sources, targets)) and (coded.keys[1:] > coded.keys[:-1]).all()
    assert again.code_of("0-before-every-id") == 0 and again.code_of("zz-after-every-id") == len(again.names) - 1
    assert PairKeys.build(sources[::-1], targets[::-1], []) is None


def test_a_merge_the_index_cannot_take_makes_the_coded_place_plain_once_and_merges_as_the_rows(seed_tables):
    """An index whose relations are not sorted by pair (no co-participants) hands the merge back (``UNINDEXED``,
    nothing changed) and the merge is applied the plain way, its place column — held as codes, as the window
    reads it — made plain first by ``apply`` (``EditKind.writes``), never by the merge itself."""
    from dataclasses import replace

    from explorer.core.coded import as_categorical
    from explorer.core.edits.index import UNINDEXED

    events = seed_tables["events"].copy()
    events["place"] = as_categorical(events["place"])
    coded = dict(seed_tables, events=events)
    places = seed_tables["events"]["place"]
    place = places[places != ""].value_counts().index[0]
    others = seed_tables["entities"].set_index("entity_id").drop(index=place).nlargest(1, "mention_count")
    edit = decisions.merge([others.index[0], place], others.index[0], str(others["name"].iloc[0]))
    index = replace(EditIndex.build(coded), pairs_or_later=None)
    assert index.co_participants is None
    copies = {name: frame.copy(deep=False) for name, frame in coded.items()}
    assert entity_edits.merge_indexed(copies, edit.payload, index) is UNINDEXED
    assert isinstance(copies["events"]["place"].dtype, pd.CategoricalDtype)  # (handed back unchanged)
    merged, after = apply_forward(coded, edit, index)
    assert after is None and merged["events"]["place"].dtype == object
    _assert_same(merged, apply_edit(seed_tables, edit))
    assert isinstance(coded["events"]["place"].dtype, pd.CategoricalDtype)  # (the tables given are left alone)


def test_the_entities_event_rows_are_held_in_four_bytes_a_row_and_given_as_int64():
    """``RowsByKey`` holds its rows as int32 when they fit (20 million rows at ten million events: 80 MB, not 160,
    for the window's life), and gives each key's rows ascending, as built, the same memory each time it is asked
    (the views' orders know a key's rows worked out ahead by where they are)."""
    import tracemalloc

    import numpy as np

    from explorer.core.edits.index import RowsByKey

    count = 1_000_000
    rng = np.random.default_rng(7)
    keys = np.array([f"e{k}" for k in range(8)], dtype=object)[rng.integers(0, 8, count)]
    rows = np.sort(rng.integers(0, count // 2, count))
    tracemalloc.start()
    try:
        held = RowsByKey(keys, rows)
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert kept < count * 6  # (int64 rows alone were 8 bytes a row)
    for key in ("e0", "e7", "nobody"):
        got = held.rows_of(key)
        assert got.tolist() == rows[keys == key].tolist()
        assert got.__array_interface__["data"][0] == held.rows_of(key).__array_interface__["data"][0] or not len(got)
    assert held.repeated.dtype == np.int64
    assert held.with_rows({"e1": np.array([3], dtype=np.int64)}).rows_of("e2").tolist() == rows[keys == "e2"].tolist()
