"""Long work off the GUI thread: a function run in a QThread, with progress and cancel.

The function is plain core code with the signature ``fn(report, should_cancel)``;
``report(phase, done, total)`` and the result reach the GUI as queued signals, so
the window keeps repainting. ``cancel()`` asks the function to stop at its next
check; the core then raises ``Cancelled`` and nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from explorer.core.errors import Cancelled, ExplorerError

Work = Callable[[Callable[[str, int, int], None], Callable[[], bool]], object]


class Task(QObject):
    """One background job; create it, connect its signals, ``start()`` it.

    Its signals are always emitted in the GUI thread: the worker's own signals
    reach Task's slots through queued connections and are re-emitted here, so
    handlers (even plain lambdas) may touch widgets.
    """

    sig_progress = Signal(str, int, int)  # phase, done, total
    sig_finished = Signal(object)  # the function's result
    sig_failed = Signal(str)  # a one-line message for the user
    sig_cancelled = Signal()
    sig_done = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(work, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._runner.progress.connect(self._on_progress, queued)
        self._runner.finished.connect(self._on_finished, queued)
        self._runner.failed.connect(self._on_failed, queued)
        self._runner.cancelled.connect(self._on_cancelled, queued)
        # the thread's loop ends as soon as the work does, in the worker itself: a GUI thread blocked
        # in wait() (closing the window mid-load) would otherwise never deliver the queued quit
        for ended in (self._runner.finished, self._runner.failed, self._runner.cancelled):
            ended.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

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

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self.sig_progress.emit(phase, done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        self.sig_finished.emit(result)
        self.sig_done.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.sig_failed.emit(message)
        self.sig_done.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.sig_cancelled.emit()
        self.sig_done.emit()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()


class _Runner(QObject):
    """Lives in the worker thread and calls the work there."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.cancelled.emit()
        except ExplorerError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 — the user must hear of any failure
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)
