"""A merge on participants held as Arrow lists (the window's read) renames in the dictionary codes and gives each
changed event the participants the Python-list merge gives it: the survivor once, first where it first stood, never
its place too; the events the merge does not touch keep their codes."""

from __future__ import annotations

import random

import numpy as np
import pytest

from explorer.core.coded import _parts, arrow_lists, with_rows_merged
from explorer.core.edits.entity_edits import _renamed_events

KEYS = ["A", "B", "C", "D", "E"]


def _column(lists: list[list[str]], keys: list[str] = KEYS):
    """``lists`` as the window's read keeps them: an Arrow list column of codes into ``keys``."""
    counts = [len(row) for row in lists]
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    codes = np.array([keys.index(p) for row in lists for p in row], dtype=np.int32)
    return arrow_lists(offsets, codes, keys)


def _rows(column) -> list[list[str]]:
    return [list(row) for row in column.tolist()]


def test_a_merged_row_keeps_the_survivor_once_where_it_first_stood():
    lists = [["C", "B", "A"],  # both merged entities: one left, where the first of them stood
             ["B", "C", "B"],  # the merged entity twice (an irregular row): once
             ["B", "D"],       # its place becomes the survivor: the survivor is not also a participant
             ["D", "D"],       # not a changed row: as it was, even repeating
             ["C", "E"]]       # not a changed row
    column = _column(lists)
    merged = with_rows_merged(column, np.array([0, 1, 2]), "A", ["B"], np.array(["", "", "A"], dtype=object),
                              np.array([False, True, False]))
    assert _rows(merged) == [["C", "A"], ["A", "C"], ["D"], ["D", "D"], ["C", "E"]]
    offsets, codes, _values = _parts(merged)
    old_offsets, old_codes, _ = _parts(column)
    assert codes[offsets[3]:].tolist() == old_codes[old_offsets[3]:].tolist()  # untouched rows: their codes


def test_a_survivor_no_event_named_is_added():
    column = _column([["B", "C"], ["D"]])
    merged = with_rows_merged(column, np.array([0]), "F", ["B"], np.array([""], dtype=object), np.array([False]))
    assert _rows(merged) == [["F", "C"], ["D"]]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("keys", [KEYS, KEYS + [f"K{i}" for i in range(100)]])  # (few places, or many)
def test_the_codes_merge_gives_what_the_python_lists_merge_gives(seed, keys):
    rng = random.Random(seed)
    lists = [rng.sample(keys, rng.randint(0, 4)) for _ in range(2000)]
    irregular = np.array([rng.random() < 0.1 for _ in lists])
    for i in np.flatnonzero(irregular):  # an irregular row may repeat a name
        lists[i] = lists[i] + [rng.choice(keys) for _ in range(2)]
    places = np.array([rng.choice(["", "", "A", "B", "D", "Z"] + keys) for _ in lists], dtype=object)
    into, others = "A", ["B", "C"]
    rows = np.array([i for i, row in enumerate(lists) if irregular[i] or set(others) & set(row) or places[i] in others])
    new_places, expected = _renamed_events([lists[i] for i in rows], places[rows], into, others, irregular[rows])
    merged = _rows(with_rows_merged(_column(lists, keys), rows, into, others, new_places, irregular[rows]))
    for at, row in zip(rows.tolist(), expected):
        lists[at] = row
    assert merged == lists
