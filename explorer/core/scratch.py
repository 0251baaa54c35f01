"""Buffers a view fills again at each gesture, kept mapped between gestures.

At ten million events a filter of the busiest entity fills ~75 MB of arrays (its mask over every event, its rows,
the timeline's extents and lanes of two million placements, the table's rows, the density grid). Made fresh each
time, their pages are the kernel's to give again at every filter, and on the machine the bench runs on that costs
ten to twenty times more after a pause of a few seconds (freed memory handed back to the host in 2 MB blocks
comes back cold): the same filter took 131 ms of GUI-thread CPU or, after a pause, 371 ms, most of the difference
kernel time (bench/README.md, Runs s14 and s14b).

A ``Scratch`` hands out arrays that are views of buffers it keeps: when nothing views a buffer any more (the
layout, mask or grid made in it was dropped), the next request of its size or less is given the same memory,
already mapped, instead of fresh pages. Whether anything views a buffer is read from its reference count, so an
answer a view keeps (a kept layout, the lookup's last answers) is never written over: a request that finds every
buffer in use gets a new one. What is kept beyond the buffers in use is bounded: ``spare`` bytes of buffers no
array views (the newest kept), so a workspace's views hold at most their answers plus that.

Small requests (under ``least`` bytes, 4 MB) are ordinary arrays: the allocator's heap serves those from blocks
freed before, warm.

``reserve`` makes buffers ahead, written once so their pages are mapped: the views call it in the work done after
the first window is drawn (``core.later``), sized for a filter of the busiest entity, so that even the first filter
fills memory already mapped.
"""

from __future__ import annotations

import mmap
import sys
import threading

import numpy as np

# bytes: smaller requests are plain arrays, which the allocator's heap serves from blocks freed before, warm (a
# mapping of their own came fresh each time: a million events' filter took 5-10 ms more with 1 MB, Run s14b)
LEAST = 4 << 20
HUGE_FROM = 4 << 20  # bytes of a buffer from which its mapping asks for huge pages (numpy's own threshold)


def _references(buffers: list, index: int) -> int:
    return sys.getrefcount(buffers[index])


def _mapped(size: int) -> np.ndarray:
    """``size`` bytes of a mapping of their own: a buffer let go gives its memory back to the system at once, not
    to the allocator's heap (a freed block there stays resident until the window's idle trim: the spares dropped
    after a gesture counted in the memory read right after it, Run s14b)."""
    mapping = mmap.mmap(-1, max(size, 1))
    if size >= HUGE_FROM and hasattr(mmap, "MADV_HUGEPAGE"):  # (as numpy asks for its own big arrays: 2 MB pages,
        mapping.madvise(mmap.MADV_HUGEPAGE)                  # a 512th of the faults of 4 KB ones)
    return np.frombuffer(mapping, dtype=np.uint8)


_UNVIEWED = _references([_mapped(1)], 0)  # a buffer held by the list alone (read the same way)


class Scratch:
    """Arrays made in kept buffers (see the module); ``spare``: bytes of unviewed buffers kept at most."""

    def __init__(self, spare: int, least: int | None = None) -> None:
        self.spare = spare  # (at most; ``reserve`` lowers it to what it reserves)
        self._most = spare
        self._least = least
        self._buffers: list[np.ndarray] = []  # uint8, each owning its memory; oldest first
        self._lock = threading.Lock()  # (``reserve`` runs in the ``Later`` thread)

    def empty(self, count: int, dtype) -> np.ndarray:
        """An uninitialised one-dimensional array of ``count`` items of ``dtype``: a view of a kept buffer nothing
        else views (the smallest that fits), else of a new buffer, kept."""
        dtype = np.dtype(dtype)
        size = int(count) * dtype.itemsize
        if size < (LEAST if self._least is None else self._least):
            return np.empty(count, dtype=dtype)
        with self._lock:
            return self._view(size, dtype)

    def _view(self, size: int, dtype: np.dtype) -> np.ndarray:
        free = [i for i in range(len(self._buffers)) if self._unviewed(i) and self._buffers[i].nbytes >= size]
        if free:
            index = min(free, key=lambda i: (self._buffers[i].nbytes, -i))  # (the newest of a size: used last)
            buffer = self._buffers.pop(index)  # (made the newest: the spares dropped are the least recently used)
        else:
            buffer = _mapped(size)
        self._buffers.append(buffer)
        view = buffer[:size].view(dtype)
        del buffer
        self._drop_spares()
        return view

    def reserve(self, sizes: list[int]) -> int:
        """Make sure a buffer nothing views is kept for each of ``sizes`` (bytes; within the ``spare`` given at
        first in all, the biggest first), each new one written once (its pages mapped now, not by the gesture that
        fills it); the spares kept from then on are those bytes at most (one filter's arrays, not two: the views'
        memory right after a gesture counts them). Returns the bytes made."""
        least = LEAST if self._least is None else self._least
        made = 0
        with self._lock:
            taken: set[int] = set()
            self.spare = min(self._most, sum(int(size) for size in sizes if size >= least))
            room = self.spare
            for size in sorted((int(size) for size in sizes if size >= least), reverse=True):
                if size > room:
                    continue
                room -= size
                fits = [i for i in range(len(self._buffers))
                        if i not in taken and self._unviewed(i) and self._buffers[i].nbytes >= size]
                if fits:
                    taken.add(min(fits, key=lambda i: self._buffers[i].nbytes))
                    continue
                buffer = _mapped(size)
                buffer.fill(0)  # (written: its pages mapped now)
                self._buffers.insert(0, buffer)  # (the oldest: dropped first past ``spare``)
                taken = {i + 1 for i in taken} | {0}
                made += size
                del buffer
        return made

    def zeros(self, count: int, dtype) -> np.ndarray:
        """``empty``, filled with zeros (written over memory already mapped, when a buffer is reused)."""
        array = self.empty(count, dtype)
        array.fill(0)
        return array

    def take(self, array: np.ndarray, indices: np.ndarray) -> np.ndarray:
        """``array[indices]`` (one-dimensional, indices in range) written into a scratch array."""
        out = self.empty(len(indices), array.dtype)
        # ("clip": with the default "raise" numpy fills a temporary array first, fresh memory again)
        return np.take(array, indices, out=out, mode="clip")

    def held(self) -> int:
        """Bytes of the buffers kept (viewed or not)."""
        return sum(buffer.nbytes for buffer in self._buffers)

    def spare_bytes(self) -> int:
        """Bytes of the kept buffers nothing views."""
        return sum(self._buffers[i].nbytes for i in range(len(self._buffers)) if self._unviewed(i))

    def trim(self) -> None:
        """Drop the unviewed buffers past ``spare`` bytes now (else when the next array is made): called when a
        view lets answers go, so what it keeps is bounded between gestures too."""
        with self._lock:
            self._drop_spares()

    def clear(self) -> None:
        """Let every buffer go (arrays that view one keep it alive as long as they live)."""
        with self._lock:
            self._buffers.clear()

    def _unviewed(self, index: int) -> bool:
        return _references(self._buffers, index) <= _UNVIEWED

    def _drop_spares(self) -> None:
        spent = 0
        for index in reversed(range(len(self._buffers))):  # the newest first
            if self._unviewed(index):
                size = self._buffers[index].nbytes
                if spent + size > self.spare:
                    del self._buffers[index]
                else:
                    spent += size
