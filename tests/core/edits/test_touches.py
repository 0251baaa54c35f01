"""An edit kind's ``touches`` names every entity whose row it changes: views read only those rows again."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from explorer.core.edits import EditIndex, apply_forward, decisions
from explorer.core.edits.kinds import REGISTRY


def _random_entity_edit(tables, rng: random.Random):
    entities = tables["entities"].nlargest(60, "mention_count") if rng.random() < 0.7 else tables["entities"]
    picks = rng.sample(range(len(entities)), k=3)
    ids, names = entities["entity_id"].tolist(), entities["name"].tolist()
    roll = rng.random()
    if roll < 0.4:
        chosen = [ids[i] for i in picks[: rng.choice([2, 3])]]
        return decisions.merge(chosen, chosen[0], names[picks[0]])
    if roll < 0.6:
        return decisions.rename(ids[picks[0]], f"{names[picks[0]]} {rng.randrange(9)}", names[picks[0]])
    if roll < 0.8:
        return decisions.hide([ids[i] for i in picks[:2]], rng.random() < 0.7, [names[i] for i in picks[:2]])
    return decisions.set_type(ids[picks[0]], rng.choice(["PERSON", "ORG", "GPE", "EVENT"]), names[picks[0]])


@pytest.mark.parametrize("seed", range(4))
def test_entities_an_edit_does_not_touch_keep_their_rows_and_order(seed_tables, seed):
    """Merges, renames, hides and type changes, each applied forward: every entity outside ``touches`` has the
    very row it had (name, type, aliases, hidden), in the same order; counts change only for touched ones."""
    rng = random.Random(seed)
    tables, index = seed_tables, EditIndex.build(seed_tables)
    for _ in range(10):
        edit = _random_entity_edit(tables, rng)
        touched = REGISTRY[edit.kind].touches(edit.payload)
        after, index = apply_forward(tables, edit, index)
        index = index or EditIndex.build(after)
        before_rows, after_rows = tables["entities"], after["entities"]
        untouched_before = before_rows[~before_rows["entity_id"].isin(touched)].reset_index(drop=True)
        untouched_after = after_rows[~after_rows["entity_id"].isin(touched)].reset_index(drop=True)
        pd.testing.assert_frame_equal(untouched_after, untouched_before)
        tables = after
