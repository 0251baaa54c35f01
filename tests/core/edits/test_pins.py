"""The graph's pinned nodes as decisions: folded in order, checked, saved, and kept when extraction runs again."""

from __future__ import annotations

import pytest

from explorer.core.build.local import build_workspace
from explorer.core.edits import pins
from explorer.core.store import append_edit, applicable_edits_over, load_edits, load_workspace


def test_the_pins_in_force_are_each_entitys_last_place_and_none_before_a_clear():
    first = pins.pin_nodes({"a": (1, 2), "b": (3, 4)}, {"a": (0, 0), "b": (0, 1)}, ["A", "B"])
    moved = pins.pin_nodes({"a": (5, 6)}, {"a": (1, 2)}, ["A"])
    assert pins.pinned_positions([first, moved]) == {"a": (5.0, 6.0), "b": (3.0, 4.0)}
    assert pins.pinned_positions([first, moved, pins.unpin_all(2)]) == {}
    later = pins.pin_nodes({"c": (7, 8)}, {}, ["C"])
    assert pins.pinned_positions([first, pins.unpin_all(2), later]) == {"c": (7.0, 8.0)}
    assert pins.origins(moved) == {"a": (1.0, 2.0)}
    assert (first.label, moved.label) == ("Pin 2 nodes in the graph", "Pin A in the graph")


def test_a_damaged_pin_decision_is_left_out_on_opening_and_said(seed_tables):
    damaged = pins.pin_nodes({"a": (1, 2)}, {}, ["A"])
    damaged.payload["pins"] = {"a": ["x", None]}
    problems: list[str] = []
    _, kept, _ = applicable_edits_over(dict(seed_tables), [damaged, pins.pin_nodes({"b": (1, 1)}, {}, ["B"])],
                                       None, problems)
    assert [e.payload["pins"] for e in kept] == [{"b": [1.0, 1.0]}]
    assert len(problems) == 1 and "left out" in problems[0]


def test_pins_are_saved_change_no_table_and_survive_re_extraction(seed_workspace, seeds_dir):
    entities = load_workspace(seed_workspace, ["entities"])["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    before = load_workspace(seed_workspace)
    append_edit(seed_workspace, pins.pin_nodes({rubio: (1.5, -2.25)}, {rubio: (0.0, 0.0)}, ["Marco Rubio"]))
    after_pin = load_workspace(seed_workspace)
    for name in ("entities", "events", "relations", "documents"):
        assert after_pin[name].equals(before[name]), name
    build_workspace([seeds_dir], seed_workspace)
    assert pins.pinned_positions(load_edits(seed_workspace)) == {rubio: pytest.approx((1.5, -2.25))}
