"""The dictionary codes a text column was read with, kept beside it, so its few distinct values are worked on
instead of every row.

The columnar cache holds a repeated text column (the events' dates, their clusters' ids) as Arrow dictionary
codes: each row a small integer into the column's distinct values. Reading it makes the object column the model
holds (``values[codes]``), and the codes were then dropped: every view that ranked the dates, parsed them or
numbered the clusters factorized ten million strings again (11 factorizes, 7.9 s of the first window at ten
million events under the profiler). ``remember`` keeps the codes with the column's array (as long as it lives);
``codes_of`` gives them back for that column, or for any column read from the same array (a frame's shallow
copies and its ``to_numpy`` views share it), else factorizes the column as before. Tables are never changed in
place (an edit puts a new array in), so codes kept for an array stay right for it.
"""

from __future__ import annotations

import threading
import weakref

import numpy as np
import pandas as pd

_kept: dict[int, tuple[weakref.ref, np.ndarray, np.ndarray]] = {}  # id(array) → (array, codes, distinct values)
_lock = threading.RLock()  # (re-entrant: a collection inside ``remember`` may free a kept array, whose ``forget`` locks)


def remember(values: np.ndarray, codes: np.ndarray, uniques: np.ndarray) -> None:
    """Note that the object array ``values`` is ``uniques[codes]`` with ``uniques`` distinct (an Arrow
    dictionary as the cache writes it: ``dictionary_encode`` gives each value once)."""
    key = id(values)

    def forget(_ref: weakref.ref) -> None:  # the array is gone: its id may be another's next
        with _lock:
            _kept.pop(key, None)

    kept = (weakref.ref(values, forget), _small(codes, len(uniques)), uniques)
    with _lock:
        _kept[key] = kept


def codes_of(column: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(codes, distinct values) of a text column: ``values[codes]`` is the column (``""`` for a missing value),
    the values distinct, in no promised order. From the codes it was read with when they were kept
    (``remember``), else by factorizing its values."""
    values = column.to_numpy(dtype=object) if isinstance(column, pd.Series) else column
    kept = _kept_for(values)
    if kept is not None:
        return kept
    from explorer.core.model import text_values

    codes, uniques = pd.factorize(text_values(pd.Series(values, dtype=object, copy=False)))
    return codes, np.asarray(uniques, dtype=object)


def _kept_for(values: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The codes kept for ``values``' array when ``values`` is that whole array or a view of all of it."""
    if values.dtype != object or values.ndim != 1:
        return None
    where = values.__array_interface__["data"][0]
    candidate: object = values
    while isinstance(candidate, np.ndarray):
        found = _kept.get(id(candidate))
        covers = candidate.ndim == 1 and len(candidate) == len(values) \
            and candidate.__array_interface__["data"][0] == where and candidate.strides == values.strides
        if found is not None and covers and found[0]() is candidate:
            return found[1], found[2]
        candidate = candidate.base
    return None


def _small(codes: np.ndarray, distinct: int) -> np.ndarray:
    """The codes in the narrowest signed integer that holds them (a few thousand dates: int16, half the memory
    and a radix sort)."""
    wanted = np.int16 if distinct < 1 << 15 else np.int32 if distinct < 1 << 31 else np.int64
    return codes.astype(wanted, copy=True)  # (a copy: the codes given may be a view of a mapped file)


def first_seen_codes(column: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``codes_of``, numbered as ``pd.factorize`` numbers them: by each value's first row (what orders the
    timeline's clusters). A dictionary the cache wrote is so already (Arrow numbers values as it meets them):
    checked in one pass; else the codes (small integers, not strings) are factorized."""
    codes, uniques = codes_of(column)
    if _first_seen(codes, len(uniques)):
        return codes, uniques
    renumbered, firsts = pd.factorize(codes)
    return renumbered, uniques[firsts]


def _first_seen(codes: np.ndarray, distinct: int) -> bool:
    """Whether every code appears, each first after all smaller ones (a new code is always the next one)."""
    if not len(codes):
        return distinct == 0
    highest = np.maximum.accumulate(codes)
    return int(codes[0]) == 0 and int(highest[-1]) == distinct - 1 and bool((np.diff(highest) <= 1).all())


def kept_codes(column: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """``codes_of`` when the column's codes were kept (``remember``), else None (the caller takes its own way)."""
    values = column.to_numpy(dtype=object) if isinstance(column, pd.Series) else column
    return _kept_for(values)
