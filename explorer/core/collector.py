"""One pause of Python's cycle collector for the whole process, however many threads ask for it.

The collector's switch (``gc.disable`` / ``gc.enable``) is one for every thread. The window pauses it
while an edit is applied on the GUI thread, and the work left for after the first paint (``Later``)
pauses it in a background thread while a table's rows become objects. With a switch each, whichever
finished first turned the collector back on in the middle of the other (64 collections inside one
edit). Here the pauses are counted: the first one in turns the collector off, the last one out turns
it back on, and only if it was on before the first.

Why pause at all: reading a million events makes millions of tuples and lists, and every few hundred
new ones the collector would walk all made so far (a third of the load time, for no garbage: tables
hold no cycles); a merge at a million events makes some 60,000 lists, which set off 59 collections
(31 ms of its 323). What was made is then frozen out of later full passes; reference counting still
frees it when it is dropped.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused(freeze: str = "after") -> Iterator[None]:
    """No cyclic collection inside the block, in any thread, until every block open has ended.

    ``freeze``: what was made inside is frozen out of later full passes (it holds no cycles and is
    long-lived: tables, lookups) — "after" the block when it ended without an error, "always" even when
    it raised (an edit's objects whether or not the disk took it), "never"."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    done = False
    try:
        yield
        done = True
    finally:
        if freeze == "always" or (freeze == "after" and done):
            gc.freeze()
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
