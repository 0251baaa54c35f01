"""One owner for every background job: it starts, reports, cancels and waits for each ``Task``.

The window owns one ``Jobs`` and hands it to the views; opening a workspace,
every export and the graph's layouts all start here. Each job has a label the
status bar shows (``sig_status``) when it starts, as it progresses and if it
fails or is cancelled; the caller's own handlers hear its result. A job may
name an ``owner`` (the widget that asked): once the owner is gone its handlers
are no longer called. ``close()`` is the one place the window stops: it cancels
the jobs whose results nobody will want once it is gone (opening, layouts),
waits for every job (a file half written is worse than a second's wait), and
refuses new ones. A view shown on its own (a preview, a test) makes a ``Jobs``
of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from explorer.gui.task import Task, Work

STATUS_MS = 15_000  # how long a job's outcome stays in the status bar


@dataclass
class _Job:
    label: str
    owner: QObject | None
    cancel_on_close: bool
    quiet: bool
    forgotten: bool = False  # its handlers are no longer called

    def wanted(self) -> bool:
        return not self.forgotten and (self.owner is None or shiboken6.isValid(self.owner))


class Jobs(QObject):
    """Every background job of one window: ``start`` one, ``cancel`` it, ``wait`` for it, ``close`` at the end."""

    sig_status = Signal(str, int)  # a message for the status bar, and for how many ms (0: until the next one)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[Task, _Job] = {}
        self._closed = False
        self._speaking: _Job | None = None  # whose message the status bar shows
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def start(self, work: Work, label: str, *, owner: QObject | None = None,
              on_finished: Callable[[object], None] | None = None, on_failed: Callable[[str], None] | None = None,
              on_cancelled: Callable[[], None] | None = None, cancel_on_close: bool = False,
              quiet: bool = False) -> Task:
        """Run ``work(report, should_cancel)`` off the GUI thread; returns its ``Task``, already started.

        ``label`` says what it does ("Exporting 12 events to x.csv"); ``quiet`` keeps it out of
        the status bar (graph layouts, which show their own). ``cancel_on_close``: stop it rather
        than wait for it when the window closes. The handlers run in the GUI thread.
        """
        if self._closed:
            raise RuntimeError(f"the window is closing: {label} not started")
        task = Task(work)
        job = self._jobs[task] = _Job(label, owner, cancel_on_close, quiet)
        task.sig_progress.connect(lambda phase, done, total: self._progressed(job, done, total))
        task.sig_finished.connect(lambda result: self._finished(job, result, on_finished))
        task.sig_failed.connect(lambda message: self._failed(job, message, on_failed))
        task.sig_cancelled.connect(lambda: self._cancelled(job, on_cancelled))
        task.sig_done.connect(lambda: self._forget_later(task))
        self._say(job, f"{label}…", 0)
        task.start()
        return task

    def _forget_later(self, task: Task) -> None:
        """Drop an ended task once its last signals are handled; not when this ``Jobs`` went first (a view shown
        on its own, deleted while its task's end was still queued)."""
        if shiboken6.isValid(self):
            QTimer.singleShot(0, self, lambda: self._jobs.pop(task, None))

    def running(self, owner: QObject | None = None) -> list[Task]:
        """The jobs not yet done (of ``owner`` only, if given)."""
        return [t for t, job in self._jobs.items() if t.is_running() and (owner is None or job.owner is owner)]

    def cancel(self, task: Task, *, forget: bool = False) -> None:
        """Ask ``task`` to stop at its next check; with ``forget``, none of its handlers is called any more."""
        job = self._jobs.get(task)
        if job is not None and forget:
            job.forgotten = True
        task.cancel()

    def wait(self, task: Task | None = None, msecs: int = 60_000) -> bool:
        """Block until ``task`` (or every job) has ended; False if one is still running after ``msecs`` each."""
        tasks = [task] if task is not None else list(self._jobs)
        return all(t.wait(msecs) for t in tasks)

    def close(self) -> None:
        """The window is closing: cancel what nobody will want, wait for the rest, start nothing more."""
        self._closed = True
        for task, job in list(self._jobs.items()):
            job.forgotten = True
            if job.cancel_on_close:
                task.cancel()
        self.wait()

    # ----- reports ------------------------------------------------------------------------
    def _call(self, job: _Job, handler: Callable | None, *args: object) -> None:
        if handler is not None and job.wanted():
            handler(*args)

    def _say(self, job: _Job, message: str, msecs: int = STATUS_MS) -> None:
        if not job.quiet and not job.forgotten:
            self._speaking = job if msecs == 0 else None
            self.sig_status.emit(message, msecs)

    def _finished(self, job: _Job, result: object, handler: Callable | None) -> None:
        if self._speaking is job:  # its "…" message would stay up; the handler says how it went
            self._say(job, "", STATUS_MS)
        self._call(job, handler, result)

    def _progressed(self, job: _Job, done: int, total: int) -> None:
        if total > 0:
            self._say(job, f"{job.label}… {done:,} of {total:,}", 0)

    def _failed(self, job: _Job, message: str, handler: Callable | None) -> None:
        self._say(job, f"{job.label} failed: {message}")
        self._call(job, handler, message)

    def _cancelled(self, job: _Job, handler: Callable | None) -> None:
        self._say(job, f"{job.label}: cancelled")
        self._call(job, handler)


def jobs_of_its_own(widget: QObject) -> Jobs:
    """A ``Jobs`` for a view shown on its own (a preview, a test), closed when the view goes."""
    jobs = Jobs()
    widget.destroyed.connect(functools.partial(Jobs.close, jobs))  # holds the jobs, not the view
    return jobs
