"""The merge touches only the rows naming the merged entities, and gives exactly what rebuilding every relation gives."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from explorer.core.edits import apply_edit, decisions, entity_edits
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
