"""Long work off the GUI thread: a function run in a QThread, with progress and cancel.

The function is plain core code with the signature ``fn(report, should_cancel)``;
``report(phase, done, total)`` and the result reach the GUI as queued signals, so
the window keeps repainting. ``cancel()`` asks the function to stop at its next
check; the core then raises ``Cancelled`` and nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from explorer.core.errors import ExplorerError
from explorer.core.extract import Cancelled

Work = Callable[[Callable[[str, int, int], None], Callable[[], bool]], object]


class Task(QObject):
    """One background job; create it, connect its signals, ``start()`` it."""

    sig_progress = Signal(str, int, int)  # phase, done, total
    sig_finished = Signal(object)  # the function's result
    sig_failed = Signal(str)  # a one-line message for the user
    sig_cancelled = Signal()
    sig_done = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(self)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self.sig_done.connect(self._thread.quit)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the thread ends (tests and shutdown only)."""
        return self._thread.wait(msecs)


class _Runner(QObject):
    """Lives in the worker thread and calls the work there."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def run(self) -> None:
        task = self._task
        try:
            result = task._work(task.sig_progress.emit, task._cancel.is_set)
        except Cancelled:
            task.sig_cancelled.emit()
        except ExplorerError as exc:
            task.sig_failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 — the user must hear of any failure
            task.sig_failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            task.sig_finished.emit(result)
        task.sig_done.emit()
