"""Values worked out after the first window is drawn, or by whoever asks for them first.

Opening a big workspace builds lookups that only an edit or a browse needs (each entity's event
rows, the coded co-participant pairs, the source pane's row orders). ``Later`` defers each such build
to one background thread started once the window is drawn; a caller that needs the value sooner
works it out in its own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class Later:
    """A value worked out later: in a background thread once ``start_waiting`` is called (the window
    calls it once it is drawn), or in the caller's thread when ``get`` asks for it first.

    Opening a workspace builds what only an edit or a browse needs (each entity's event rows, the
    coded co-participant pairs, the source pane's row orders: about a second at a million events) this
    way, so the first window is drawn without it. Threads started while the window is still being built
    would only take the interpreter from it (the work holds the GIL): they start after. An error in the
    work is raised by ``get``.
    """

    _waiting: list[Later] = []  # made, not started yet
    _lock = threading.Lock()

    def __init__(self, work: Callable[[], Any]) -> None:
        self._work: Callable[[], Any] | None = work
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._claimed = threading.Lock()  # held by whoever runs the work (a thread, or ``get``)
        with Later._lock:
            Later._waiting.append(self)

    @classmethod
    def start_waiting(cls) -> None:
        """Start every value not started yet, one background thread for them all, in the order made."""
        with cls._lock:
            waiting, cls._waiting = cls._waiting, []
        if waiting:
            threading.Thread(target=cls._run_all, args=(waiting,), name="explorer-later", daemon=True).start()

    @staticmethod
    def _run_all(waiting: list[Later]) -> None:
        for later in waiting:
            later._run()

    @classmethod
    def pending(cls) -> bool:
        """Whether any value made is not worked out yet (the benchmark waits for them)."""
        with cls._lock:
            return bool(cls._waiting) or any(t.is_alive() for t in threading.enumerate() if t.name == "explorer-later")

    def _run(self) -> None:
        with self._claimed:
            work, self._work = self._work, None
            if work is None:
                return  # already worked out
            try:
                self._value = work()
            except BaseException as exc:  # handed to whoever asks for it
                self._error = exc

    def get(self) -> Any:
        self._run()  # waits for a thread running it, or runs it here
        if self._error is not None:
            raise self._error
        return self._value

    def done(self) -> bool:
        return self._work is None and not self._claimed.locked()


def resolved(value: Any) -> Any:
    """``value``, or what it works out when it is a ``Later``."""
    return value.get() if isinstance(value, Later) else value


class LaterFrame(Later):
    """A table worked out later (``Later``) whose number of rows is known now (``len``): what decides
    whether a case is big enough for its cache is answered without waiting for it. ``heads``: its columns
    but the lists, made now when the first window draws them (the timeline, the clusters' ids and
    conflicts), or None."""

    def __init__(self, work: Callable[[], Any], rows: int, heads: Any = None) -> None:
        super().__init__(work)
        self.rows = rows
        self.heads = heads

    def __len__(self) -> int:
        return self.rows


class LaterTables(dict):
    """Tables by name, some of them ``Later`` (the window's relations, read after the first window is
    drawn): looking one up (``[]``, ``get``, ``items``, ``values``, a copy by ``dict(...)``) waits for it or
    works it out in the caller's thread, so every reader (the graph, an edit, an export, an undo) gets the
    same frame. ``unresolved`` gives a table as held, a ``Later`` not worked out (the edit index keeps it so)."""

    def __getitem__(self, key: str) -> Any:
        return resolved(super().__getitem__(key))

    def get(self, key: str, default: Any = None) -> Any:
        return resolved(super().get(key, default))

    def __iter__(self):  # (defined, so ``dict(tables)`` and ``{**tables}`` look each value up through ``[]``)
        return super().__iter__()

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def pop(self, key: str, *default: Any) -> Any:
        return resolved(super().pop(key, *default))

    def copy(self) -> LaterTables:
        return LaterTables(dict.items(self))

    def unresolved(self, key: str) -> Any:
        return super().__getitem__(key)


def unresolved(tables: Any, key: str) -> Any:
    """``tables[key]``, or the ``Later`` it will be when ``tables`` holds it so (``LaterTables``)."""
    return tables.unresolved(key) if isinstance(tables, LaterTables) else tables[key]


def values_now(tables: Any) -> list:
    """The tables' values without waiting for any: a ``Later`` not worked out stays one."""
    return list(dict.values(tables)) if isinstance(tables, LaterTables) else list(tables.values())
