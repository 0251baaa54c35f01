"""Memory freed by the work of a gesture handed back to the system once the window is idle.

Python and numpy free what an opening's later work, a filter or a layout no longer needs, but the C
allocator (glibc's ``malloc``) keeps freed blocks in its heaps for reuse: after a large block is freed it
also raises the size below which it serves blocks from those heaps instead of mapping them apart, so the
tens of megabytes a filter over ten million events allocates and frees stay in the heaps, scattered
between live blocks where only ``malloc_trim`` gives their pages back: the process's resident memory
holds them though nothing alive does (bench/README.md, run s10: at ten million events ``malloc_trim``
gave back 140-185 MB of the 5.7-5.9 GB a run of the bench ended at, in 5-11 ms). ``IdleRelease`` calls
``release_freed_memory`` once the window has been idle for ``IDLE_MS`` and no background work
(``core.later.Later``) is running — never during a gesture, which it would slow — and again after each
later burst of work. Elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from explorer.core.later import Later

IDLE_MS = 1500  # quiet time after the last change before freed memory is handed back


def _trim_function() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None (another C library, or none found)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_TRIM = _trim_function()


def release_freed_memory() -> bool:
    """Hand the memory the allocators hold freed back to the system: glibc's heaps (``malloc_trim``) and
    Arrow's pool. Returns whether anything could be asked (False where there is no glibc)."""
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except ImportError:  # (Arrow is a dependency; its pool holds little next to malloc's)
        pass
    if _TRIM is None:
        return False
    _TRIM(0)
    return True


class IdleRelease(QObject):
    """Calls ``release`` once ``IDLE_MS`` have passed since the last ``poke`` with no ``Later`` work running
    (while some runs, it waits for it: the work's freed temporaries are what is worth handing back)."""

    def __init__(self, parent: QObject | None = None, release: Callable[[], object] = release_freed_memory,
                 idle_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self._release = release
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._on_idle)

    def poke(self, *_args) -> None:
        """Something changed (a workspace, an edit, the selection): release once things are quiet again."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def _on_idle(self) -> None:
        if Later.pending():
            self._timer.start()
            return
        self._release()
