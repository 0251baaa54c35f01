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
from functools import partial
from itertools import chain

import numpy as np
import pandas as pd

from explorer.core.model import text_values

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
    the values distinct, in no promised order. A categorical's own, or the codes it was read with when they were
    kept (``remember``), else by factorizing its values."""
    held = categorical_parts(column)
    if held is not None:
        return held
    values = column.to_numpy(dtype=object) if isinstance(column, pd.Series) else column
    kept = _kept_for(values)
    if kept is not None:
        return kept
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
    """``codes_of`` when the column holds codes (a categorical) or they were kept (``remember``), else None (the
    caller takes its own way)."""
    held = categorical_parts(column)
    if held is not None:
        return held
    values = column.to_numpy(dtype=object) if isinstance(column, pd.Series) else column
    return _kept_for(values)


# ----- text columns held as codes (pandas categoricals) ----------------------------------------------------------
# The window's read holds the events' repeated texts (trigger, lemma, tense, place, timex_id, note, the dates'
# basis) as categoricals: each row a small integer into the column's few distinct strings, as the cache writes them,
# instead of an object array of ten million pointers (80 MB each, ~0.1-0.2 s to make). pandas compares them with
# ``==``/``isin``, gives a row's ``str`` by ``iloc``/``at`` and strings by ``tolist``; what it does not do is take a
# value that is not one of the column's strings (``.loc[...] = "new note"``), so an edit makes the columns it writes
# plain first (``plain``; ``edits.kinds``' ``writes``), and never compares them with ``<`` (not the dates: those
# stay strings, their codes kept beside them). The categories are sorted as Python sorts strings, so sorting the
# column sorts its strings — but for the columns no view sorts (``table_reader.UNSORTED``: the cluster ids, whose
# categories keep the order of their first rows; the event table sorts its own strings).

def categorical(codes: np.ndarray, uniques, dictionary: bool = False, sort: bool = True) -> pd.Series:
    """A text column ``uniques[codes]`` held as a categorical (``uniques`` distinct), its categories sorted.
    ``dictionary``: ``uniques`` are an Arrow dictionary's values (distinct, no null: pandas' checks of both are
    skipped). ``sort=False``: the categories in ``uniques``' order (a dictionary's or ``factorize``'s: by first row),
    for a column no view sorts (``table_reader.UNSORTED``: 1.6 million cluster ids at ten million events took 0.6 s
    to sort even in C)."""
    uniques = np.asarray(uniques, dtype=object)
    if not sort:
        categories = pd.Index(uniques, dtype=object)
        held = pd.Categorical.from_codes(_small(np.asarray(codes), len(uniques)), dtype=_dtype(categories, dictionary))
        return pd.Series(held, copy=False)
    order = np.argsort(uniques, kind="stable")  # (a few thousand strings compared in Python, not every row)
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    rank = _small(rank, len(order))  # (each row's code in the narrowest integer: a copy of the few ranks)
    categories = pd.Index(uniques[order], dtype=object)
    return pd.Series(pd.Categorical.from_codes(rank[np.asarray(codes)], dtype=_dtype(categories, dictionary)),
                     copy=False)


def _dtype(categories: pd.Index, checked: bool) -> pd.CategoricalDtype:
    """The categorical dtype of ``categories``; ``checked``: they are an Arrow dictionary's values, distinct and
    without a null by construction (the cache's column was read without gaps), so pandas' checks of both — a
    hash of every category and an ``isna`` pass, ~0.1 s per 160,000 categories — are skipped."""
    fast = getattr(pd.CategoricalDtype, "_from_fastpath", None)  # (pandas' own constructor without the checks)
    if checked and fast is not None:
        return fast(categories, False)
    return pd.CategoricalDtype(categories, ordered=False)


def as_categorical(column: pd.Series, sort: bool = True) -> pd.Series:
    """An object text column as ``categorical`` (factorized: the rows' path, so both reads give one kind of
    column; ``sort``: as ``categorical`` takes it); one that is one already as it is."""
    if is_categorical(column):
        return column
    codes, uniques = pd.factorize(text_values(column))
    held = categorical(codes, np.asarray(uniques, dtype=object), sort=sort)
    held.index = column.index
    return held


def is_categorical(column) -> bool:
    """Whether ``column`` is a pandas categorical (a text column held as codes)."""
    return isinstance(column, pd.Series) and isinstance(column.dtype, pd.CategoricalDtype)


def categorical_parts(column) -> tuple[np.ndarray, np.ndarray] | None:
    """(codes, categories as an object array) of a categorical column, else None."""
    if not is_categorical(column):
        return None
    # (the codes' own array, read-only: ``.cat.codes`` copies them, ten million codes a call)
    return column.array.codes, column.cat.categories.to_numpy(dtype=object)


def value_mask(column: pd.Series, test) -> np.ndarray:
    """``test`` (an object array of strings → one bool each) for every row of a text column: asked of its distinct
    values only when it holds codes (a categorical), else of every row."""
    held = categorical_parts(column)
    if held is not None:
        codes, uniques = held
        return np.asarray(test(uniques), dtype=bool)[codes]
    return np.asarray(test(text_values(column)), dtype=bool)


def values_at(column: pd.Series, rows) -> np.ndarray:
    """The strings of a text column (``""`` for a missing value) at row positions ``rows`` (or a slice), as an
    object array (no other row's string taken when it holds codes)."""
    held = categorical_parts(column)
    if held is not None:
        codes, uniques = held
        return uniques[codes[rows]]
    return text_values(column)[rows]


def with_values(column: pd.Series, rows: np.ndarray, values: np.ndarray) -> pd.Series:
    """``column`` (a text column, held as codes or not) with ``values`` (strings) at row positions ``rows``, as a new
    column of the same kind: a categorical's codes copied once and its categories extended by the new strings (kept
    sorted), no row's string made; an object column's array copied."""
    held = categorical_parts(column)
    if held is None:
        strings = text_values(column).copy()
        strings[rows] = values
        return pd.Series(strings, index=column.index, dtype=object, copy=False)
    codes, uniques = held
    new = sorted(set(np.asarray(values, dtype=object).tolist()) - set(uniques.tolist()))
    if new:  # (the categories sorted again: every code renumbered by one take)
        extended = categorical(codes, np.concatenate([uniques, np.array(new, dtype=object)]))
        codes, uniques = extended.array.codes, extended.cat.categories.to_numpy(dtype=object)  # (its own codes)
    codes = codes.copy()  # (the one copy of the codes)
    codes[rows] = pd.Index(uniques, dtype=object).get_indexer(np.asarray(values, dtype=object))
    changed = pd.Categorical.from_codes(codes, categories=pd.Index(uniques, dtype=object))
    return pd.Series(changed, index=column.index, copy=False)


def plain(frame: pd.DataFrame, columns) -> None:
    """Make ``frame``'s categorical ``columns`` (those present) object columns of their strings, in place: an edit
    is about to write values that may not be among the column's strings."""
    for name in columns:
        held = categorical_parts(frame[name]) if name in frame.columns else None
        if held is not None:
            frame[name] = pd.Series(held[1][held[0]], index=frame.index, dtype=object, copy=False)


# ----- list columns kept as Arrow (the events' participants) ---------------------------------------------------
# The cache holds the events' participants as ``list<int32>`` rows of the entities. Made into ten million Python
# lists at opening they took 3.7 s of the first window and ~760 MB at ten million events; the window's read keeps
# them as an Arrow list column instead (``list<dictionary<string>>``: the entities' ids once, each item a code;
# ``arrow_lists``), and the few readers of the whole column ask here: ``flat_of`` (each row's count and the items
# in row order: the entities' rows index, the timeline's entity lanes), ``ListCells`` (a row's list when a view
# shows it), ``lists_of`` (every row's Python list, made once per array: the merges, the selection's export).

_lists_kept: dict[int, tuple[weakref.ref, np.ndarray]] = {}  # id(Arrow array) → (array, its rows' Python lists)
_items_kept: dict[int, tuple[weakref.ref, np.ndarray]] = {}  # id(Arrow array) → (array, its dictionary's strings)


def arrow_lists(offsets: np.ndarray, codes: np.ndarray, keys, dictionary=None, copy: bool = True) -> pd.Series:
    """A list column whose row ``i`` is ``keys[codes[offsets[i]:offsets[i + 1]]]``, held as Arrow
    (``list<dictionary<string>>``: ``keys`` once, each item a code); offsets and codes copied (``copy``), so no file
    stays mapped. ``dictionary``: ``keys`` as an Arrow array already (another column's: not made again)."""
    import pyarrow as pa

    if dictionary is None:
        dictionary = keys if isinstance(keys, pa.Array) else pa.array(np.asarray(keys, dtype=object), type=pa.string())
    items = pa.DictionaryArray.from_arrays(pa.array(np.array(codes, dtype=np.int32, copy=True if copy else None)), dictionary)
    lists = pa.ListArray.from_arrays(pa.array(np.array(offsets, dtype=np.int32, copy=True if copy else None)), items)
    series = pd.Series(pd.arrays.ArrowExtensionArray(lists), copy=False)
    if not isinstance(keys, pa.Array):  # the keys' own strings, kept: a row's list is made of them, none decoded
        _keep(_items_kept, series.array._pa_array, np.asarray(keys, dtype=object))
    return series


def _keep(kept: dict, array, value) -> None:
    """``kept[id(array)]`` is ``value`` while ``array`` lives (its id may be another's after)."""
    key = id(array)

    def forget(_ref: weakref.ref) -> None:
        with _lock:
            kept.pop(key, None)

    with _lock:
        kept[key] = (weakref.ref(array, forget), value)


def _found(kept: dict, array):
    """What ``_keep`` kept for ``array``, or None."""
    with _lock:
        found = kept.get(id(array))
    return found[1] if found is not None and found[0]() is array else None


def is_arrow_lists(column: pd.Series) -> bool:
    """Whether ``column`` is a list column held as Arrow (``arrow_lists``), not an object column of lists."""
    dtype = column.dtype
    if not isinstance(dtype, pd.ArrowDtype):
        return False
    import pyarrow as pa

    return pa.types.is_list(dtype.pyarrow_dtype) or pa.types.is_large_list(dtype.pyarrow_dtype)


def one_chunk(chunked):
    """A chunked Arrow array's one array (its chunks combined when more than one)."""
    return chunked.combine_chunks() if chunked.num_chunks != 1 else chunked.chunk(0)


def _parts(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(offsets from 0, codes, distinct values) of an Arrow list column: row ``i``'s items are
    ``values[codes[offsets[i]:offsets[i + 1]]]``."""
    import pyarrow as pa

    chunked = column.array._pa_array
    array = one_chunk(chunked)
    offsets = array.offsets.to_numpy(zero_copy_only=False)  # (views of the array's buffers: nothing copied)
    items = array.values
    if pa.types.is_dictionary(items.type):
        codes = items.indices.to_numpy(zero_copy_only=False)
        values = _found(_items_kept, chunked)
        if values is None:  # (another table's Arrow keys, the window's event ids: decoded when taken, not all)
            values = Decoded(items.dictionary)
    else:
        values = items.to_numpy(zero_copy_only=False).astype(object)
        codes = np.arange(len(values))
    if len(offsets) and offsets[0]:
        offsets, codes = offsets - offsets[0], codes[offsets[0]:offsets[-1]]
    return offsets, codes, values


class Decoded:
    """An Arrow dictionary's strings (another table's keys held as Arrow: the window's event ids, ``ARROW_KEYS``),
    each decoded when taken: indexed by a position, a ``str``; by an array, an object array of those. The lists of
    event ids are made of the rows asked for, never of ten million strings made at once."""

    def __init__(self, dictionary) -> None:
        self.dictionary = dictionary

    def __len__(self) -> int:
        return len(self.dictionary)

    def __getitem__(self, at):
        if isinstance(at, (int, np.integer)):
            return self.dictionary[int(at)].as_py()
        taken = self.dictionary.take(np.arange(len(self))[at] if not isinstance(at, np.ndarray) else at)
        return np.asarray(taken.to_numpy(zero_copy_only=False), dtype=object)

    def __array__(self, dtype=None, copy=None):
        return np.asarray(self.dictionary.to_numpy(zero_copy_only=False), dtype=object)


def _taken(values, codes: np.ndarray):
    """``values[codes]``: for ``Decoded`` values an Arrow-backed pandas string array (dtype ``str``), the items
    not made Python strings (the graph's 12.8 million shared events at ten million events)."""
    if isinstance(values, Decoded):
        return pd.array(values.dictionary.take(codes), dtype="str")
    return values[codes]


def flat_of(column: pd.Series, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(each row's number of items, every item in row order) of a list column, for ``rows`` (positions; None: all),
    without a Python list per row when the column is Arrow. A cell that is not a list, tuple or array counts as empty.
    The items are an object array, or Arrow-backed strings (dtype ``str``) when the column's dictionary is another
    table's Arrow keys (the relations' event ids in the window: ``Decoded``), not made Python strings."""
    if is_arrow_lists(column):
        offsets, codes, values = _parts(column)
        if rows is None:
            return np.diff(offsets).astype(np.int64), _taken(values, codes)
        rows = np.asarray(rows, dtype=np.int64)
        _owner, taken = _items_of(offsets, rows)
        return (offsets[rows + 1] - offsets[rows]).astype(np.int64), _taken(values, codes[taken])
    cells = column.to_numpy(dtype=object)
    cells = cells if rows is None else cells[rows]
    if set(map(type, cells)) - {list}:  # as read, every cell is a list: checked in one pass, not each
        cells = [p if isinstance(p, (list, tuple, np.ndarray)) else [] for p in cells]
    counts = np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))
    return counts, np.fromiter(chain.from_iterable(cells), dtype=object, count=int(counts.sum()))


def lists_of(column: pd.Series) -> np.ndarray:
    """Every row's list, as an object array of Python lists (an object column's own array). For an Arrow list
    column they are made once per array and kept while it lives: asked again (the merge, then the lookup comparing
    its lists before and after by identity), the same lists come back."""
    if not is_arrow_lists(column):
        return column.to_numpy(dtype=object)
    chunked = column.array._pa_array
    made = _found(_lists_kept, chunked)
    if made is None:
        offsets, codes, values = _parts(column)
        made = cell_lists(values[codes].tolist(), offsets, len(offsets) - 1)
        _keep(_lists_kept, chunked, made)
    return made


def list_lengths(column: pd.Series) -> np.ndarray:
    """Each row's number of items (int64) of a list column, without a row's list made when the column is Arrow.
    A cell that is not a list, tuple or array counts as empty (as ``flat_of`` counts it)."""
    if is_arrow_lists(column):
        return np.diff(_parts(column)[0]).astype(np.int64)
    return np.fromiter((len(c) if isinstance(c, (list, tuple, np.ndarray)) else 0 for c in column.to_numpy(dtype=object)),
                       dtype=np.int64, count=len(column))


def plain_lists(frame: pd.DataFrame, columns) -> None:
    """Make ``frame``'s Arrow list ``columns`` (those present) object columns of Python lists, in place: an edit is
    about to change their cells, which an Arrow column cannot take. The lists are ``lists_of``'s, made once per
    array and kept while it lives: the first edit of a table pays for them (a Python list a row: ~0.3-0.9 s for the
    relations at a million events), its undo, redo and the next edits of the tables kept for undo do not."""
    for name in columns:
        if name in frame.columns and is_arrow_lists(frame[name]):
            frame[name] = pd.Series(lists_of(frame[name]), index=frame.index, dtype=object, copy=False)


def cell_lists(items: list, offsets: np.ndarray, rows: int) -> np.ndarray:
    """Each row's list as a Python list (a slice of the flat items), in one object array. Every empty
    cell is one shared empty list (64 MB for a million events' tags): tables are never changed in
    place (an edit puts a new list in the cell), so no cell can change another."""
    empty: list = []  # one per column made
    if not items:  # every cell empty (the events' tags): filled in C (0.45 s by a generator at ten million rows)
        cells = np.empty(rows, dtype=object)
        cells.fill(empty)
        return cells
    bounds = offsets.tolist()
    return np.fromiter((items[a:b] if b > a else empty for a, b in zip(bounds, bounds[1:])), dtype=object,
                       count=rows)


class ListCells:
    """An Arrow list column read by row position: a row's Python list made when asked (a view shows it), not
    ten million made for the rows nobody looks at. Indexed by an array, an object array of lists."""

    def __init__(self, column: pd.Series) -> None:
        self._column = column
        self._parts: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # (made when a row is first asked)

    def __len__(self) -> int:
        return len(self._column)

    def __getitem__(self, at):
        if self._parts is None:
            self._parts = _parts(self._column)
        offsets, codes, values = self._parts
        if isinstance(at, (int, np.integer)):
            return values[codes[offsets[at]:offsets[at + 1]]].tolist()
        rows = np.arange(len(self))[at]
        _owner, taken = _items_of(offsets, rows)
        local = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(offsets[rows + 1] - offsets[rows], out=local[1:])
        return cell_lists(values[codes[taken]].tolist(), local, len(rows))  # (one pass: no row decoded alone)


def _dictionary(column: pd.Series):
    """The Arrow dictionary of an ``arrow_lists`` column's items, or None when they are not dictionary-coded."""
    import pyarrow as pa

    items = column.array._pa_array.type.value_type
    if not pa.types.is_dictionary(items):
        return None
    chunked = column.array._pa_array
    return chunked.chunk(0).values.dictionary if chunked.num_chunks else None


def with_rows_merged(column: pd.Series, rows: np.ndarray, into: str, others: list[str], places: np.ndarray,
                     irregular: np.ndarray) -> pd.Series:
    """An Arrow list column (``arrow_lists``) with ``others`` renamed ``into`` in the lists at ``rows`` (ascending
    positions), worked in the dictionary codes: no row's list made, no id looked up again (a merge's rows decoded
    and their ids found again took 1.5 s of 4.7 s at ten million events). A row left naming ``into`` twice, or
    naming its place (``places``: each row's, after the merge), or ``irregular``, keeps each item's first
    occurrence, in order, without its place — as ``entity_edits._renamed_events`` does it for Python lists."""
    offsets, codes, values = _parts(column)
    rows = np.asarray(rows, dtype=np.int64)
    dictionary = _dictionary(column)  # (the column's own, unless the survivor is added to it)
    into_code = _code_of(values, into)
    if into_code < 0:  # (a survivor no event named: added to the values)
        values, into_code, dictionary = np.append(values, np.array([into], dtype=object)), len(values), None
    owner, taken = _items_of(offsets, rows)
    lookup = np.arange(len(values), dtype=codes.dtype)
    lookup[[c for c in map(partial(_code_of, values), others) if c >= 0]] = into_code
    new = lookup[codes[taken]]
    keep = _kept_items(new, owner, into_code, _codes_among(values, places), np.asarray(places, dtype=object) != "",
                       np.asarray(irregular, dtype=bool))
    gone = ~keep
    if not gone.any():  # (no row shrinks: the codes copied once, the offsets kept)
        new_codes = codes.copy()
        new_codes[taken] = new
        return arrow_lists(offsets, new_codes, values, dictionary, copy=False)
    new_codes = np.delete(codes, taken[gone])  # (the one copy of the codes; the kept items set where they moved)
    new_codes[taken[keep] - np.cumsum(gone)[keep]] = new[keep]
    counts = np.diff(offsets).astype(np.int64)
    counts[rows] = np.bincount(owner[keep], minlength=len(rows))
    new_offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=new_offsets[1:])
    return arrow_lists(new_offsets, new_codes, values, dictionary, copy=False)


def _code_of(values: np.ndarray, value: str) -> int:
    """``value``'s position among the distinct ``values``, or -1."""
    found = np.flatnonzero(values == value)
    return int(found[0]) if len(found) else -1


def _codes_among(values: np.ndarray, names: np.ndarray) -> np.ndarray:
    """Each of ``names``' position among the distinct ``values`` (-1: not among them)."""
    names = np.asarray(names, dtype=object)
    back, distinct = pd.factorize(names)  # (the few distinct places looked up, not every row's)
    if not len(distinct):
        return np.full(len(names), -1, dtype=np.int64)
    found = np.fromiter((_code_of(values, n) for n in distinct), dtype=np.int64, count=len(distinct)) \
        if len(distinct) < 64 else pd.Index(values, dtype=object).get_indexer(distinct)
    return np.where(back >= 0, found[np.maximum(back, 0)], -1)


def _items_of(offsets: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(each item's row among ``rows``, its position in the flat codes) for the items of ``rows``, in order."""
    starts, counts = offsets[rows].astype(np.int64), (offsets[rows + 1] - offsets[rows]).astype(np.int64)
    before = np.cumsum(counts) - counts
    taken = np.repeat(starts - before, counts) + np.arange(int(counts.sum()))
    return np.repeat(np.arange(len(rows)), counts), taken


def _kept_items(new: np.ndarray, owner: np.ndarray, into: int, place: np.ndarray, placed: np.ndarray,
                irregular: np.ndarray) -> np.ndarray:
    """Which renamed items stay: all of a row that names ``into`` at most once and not its place (its ``place``
    code, ``placed`` when it has one) and is not ``irregular``; in the others each code's first occurrence, not
    the place's."""
    rows = len(irregular)
    twice = np.bincount(owner[new == into], minlength=rows) > 1
    at_place = new == place[owner]
    twice |= np.bincount(owner[at_place & placed[owner]], minlength=rows) > 0
    twice |= irregular
    keep = np.ones(len(new), dtype=bool)
    tidied = np.flatnonzero(twice[owner])
    if not len(tidied):
        return keep
    keys = owner[tidied].astype(np.int64) * (int(new.max()) + 1) + new[tidied]
    _, first = np.unique(keys, return_index=True)  # (a stable sort: each code's first occurrence in its row)
    keep[tidied] = False
    keep[tidied[first]] = True
    keep[tidied] &= ~at_place[tidied]
    return keep
