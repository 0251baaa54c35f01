"""What views keep of their last answers is bounded by the bytes of its arrays (``core.kept``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.kept import held_bytes, keep_newest, keep_within


@dataclass
class _Held:
    a: np.ndarray
    b: np.ndarray


def test_arrays_are_counted_once_by_the_memory_they_view():
    whole = np.zeros(1000)
    assert held_bytes(whole) == 8000
    assert held_bytes((whole, whole[10:], whole[::2])) == 8000  # (views of one buffer)
    assert held_bytes(np.broadcast_to(np.float64(0.0), (1_000_000,))) == 8  # (one value for every row)
    assert held_bytes(_Held(np.zeros(10, dtype=np.int32), np.zeros(10, dtype=np.int32))) == 80
    assert held_bytes({"x": [whole, _Held(whole, np.zeros(5))]}) == 8040
    assert held_bytes("text") == 0


def test_the_newest_are_kept_while_they_fit_the_budget_and_the_newest_always():
    kept: dict = {}
    for key in range(5):
        keep_newest(kept, key, np.zeros(100 * (key + 1)), limit=4, budget=8000)
    assert list(kept) == [3, 4]  # 4 000 + 3 200 bytes fit; with 2 400 more they would not
    keep_newest(kept, "big", np.zeros(10_000), limit=4, budget=8000)
    assert list(kept) == ["big"]  # past the budget alone: kept, as the newest
    keep_newest(kept, "small", np.zeros(1), limit=4, budget=8000, floor=1)
    assert list(kept) == ["big", "small"]  # the next newest too, however big, with ``floor``
    keep_newest(kept, "big", kept["big"], limit=4, budget=8000)
    assert list(kept) == ["big"]  # asked again: the newest


def test_what_is_shared_with_a_kept_whole_is_not_counted():
    whole = np.zeros(10_000)
    kept: dict = {}
    for key in range(3):
        keep_newest(kept, key, (whole[key:], np.zeros(10)), limit=4, budget=1000, shared=[whole])
    assert list(kept) == [0, 1, 2]  # (their own 80 bytes each)
    assert all(len(value) == 2 for value in kept.values())


def test_without_a_budget_only_the_number_bounds_them():
    kept: dict = {}
    for key in range(5):
        keep_newest(kept, key, np.zeros(1_000_000), limit=2)
    assert list(kept) == [3, 4]


def test_keep_within_drops_the_newest_too_past_the_budget():
    """What a view keeps once it shows none of it: within the budget alone, the newest not kept always."""
    kept = {"a": np.zeros(100, dtype=np.uint8), "b": np.zeros(300, dtype=np.uint8)}
    keep_within(kept, 350)
    assert list(kept) == ["b"]
    keep_within(kept, 200)
    assert kept == {}
    kept = {"a": np.zeros(100, dtype=np.uint8), "b": np.zeros(300, dtype=np.uint8)}
    keep_within(kept, 200, floor=0)  # (as ``keep_newest``: the newest always)
    assert list(kept) == ["b"]
