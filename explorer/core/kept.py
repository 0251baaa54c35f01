"""What a view keeps of its last answers, bounded by the bytes their arrays hold as well as by their number.

A view keeps a few last answers (a filter's layout, the rows a filter keeps) so that going back to one costs
nothing. Counted by number alone, what they hold grows with the workspace: at ten million events a filter of
the busiest entity keeps two million placements (~50 MB of arrays) and the timeline, its drawing layer and the
events' lookup each kept two to four such answers, ~250 MB alive after a few gestures, which the memory read
right after them counted (bench/README.md, Run s14). ``keep_newest`` keeps the newest answers while they fit a
byte budget (the newest always, and ``floor`` more however big: what one gesture asks for twice), so a small
workspace keeps as many as before and a big one only the last few.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np

LONG = 64  # items of a list or tuple past which it is taken for a list of labels or numbers when its first is one


def held_bytes(value: Any, _seen: set[int] | None = None) -> int:
    """The bytes of the numpy arrays ``value`` holds: an array, or the arrays in a tuple, list, dict (its values),
    a dataclass's attributes or the arrays an object's ``held_arrays()`` names, containers within containers too.
    Memory shared by two arrays (one a view of the other's) is counted once, by the buffer it views; a broadcast
    array (a zero stride: one value for every row) as the one value it holds; an object array as its pointers."""
    seen = set() if _seen is None else _seen
    if isinstance(value, np.ndarray):
        base = value
        while isinstance(base.base, np.ndarray):
            base = base.base
        key = base.__array_interface__["data"][0] if base.size else id(base)
        if key in seen:
            return 0
        seen.add(key)
        return value.itemsize if 0 in value.strides else int(base.nbytes)
    if id(value) in seen:
        return 0
    seen.add(id(value))
    if isinstance(value, (tuple, list)):
        if len(value) > LONG and not isinstance(value[0], (np.ndarray, tuple, list, dict)):
            return 0  # (a long list of labels or numbers: no arrays, and not walked item by item)
        items = value
    elif isinstance(value, dict):
        items = list(value.values())
    elif callable(getattr(value, "held_arrays", None)):  # (an object names the arrays that are its own)
        items = value.held_arrays()
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        items = list(vars(value).values())  # (its fields, and what its cached properties worked out)
    else:
        return 0
    return sum(held_bytes(item, seen) for item in items)


def keep_newest(kept: dict, key: Any, value: Any, limit: int, budget: int | None = None, floor: int = 0,
                size: Callable[[Any], int] = held_bytes, shared: Any = None) -> Any:
    """Put ``value`` in ``kept`` as its newest entry (``kept`` is ordered oldest first) and drop the oldest ones
    past ``limit`` entries, or, with ``budget``, past ``budget`` bytes of arrays held (``size``), keeping always
    the newest and the ``floor`` next newest. ``shared``: arrays (or containers of them) held elsewhere anyway
    (a whole layout the filtered ones take views of), not counted. Returns ``value``."""
    kept.pop(key, None)
    kept[key] = value
    while len(kept) > limit:
        del kept[next(iter(kept))]
    if budget is not None:
        keep_within(kept, budget, floor, size, shared)
    return value


def keep_within(kept: dict, budget: int, floor: int = -1, size: Callable[[Any], int] = held_bytes,
                shared: Any = None) -> None:
    """Drop the oldest entries of ``kept`` (ordered oldest first) past ``budget`` bytes (``size``), keeping always
    the ``floor`` + 1 newest (none with the default: what a view keeps once it shows none of them, so that their
    buffers go to the next answer's, ``core.scratch``). ``shared`` as for ``keep_newest``."""
    spent, keep = 0, 0
    for index, item in enumerate(reversed(list(kept.values()))):
        seen: set[int] = set()
        if shared is not None:
            held_bytes(shared, seen)
        spent += size(item) if size is not held_bytes else held_bytes(item, seen)
        if index > floor and spent > budget:
            break
        keep = index + 1
    for old in list(kept)[:len(kept) - keep]:
        del kept[old]
