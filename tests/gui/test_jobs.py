"""The window's one job runner: it reports, cancels, waits at close, and forgets the handlers of owners gone."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject

from explorer.core.errors import Cancelled
from explorer.gui.jobs import Jobs


def until_cancelled(started: threading.Event):
    def work(report, should_cancel):
        started.set()
        while not should_cancel():
            threading.Event().wait(0.01)
        raise Cancelled()
    return work


@pytest.fixture
def jobs(qapp):
    jobs = Jobs()
    yield jobs
    jobs.close()


def test_a_cancelled_job_reports_cancelled(qtbot, jobs):
    said, cancelled, started = [], [], threading.Event()
    jobs.sig_status.connect(lambda message, _ms: said.append(message))
    task = jobs.start(until_cancelled(started), "Counting", on_cancelled=lambda: cancelled.append(True),
                      on_finished=lambda result: pytest.fail("a cancelled job has no result"))
    assert said == ["Counting…"] and jobs.running() == [task]
    assert started.wait(5)
    with qtbot.waitSignal(task.sig_cancelled, timeout=5000):
        jobs.cancel(task)
    assert cancelled == [True]
    assert said[-1] == "Counting: cancelled"
    qtbot.waitUntil(lambda: not jobs.running())


def test_progress_failure_and_result_reach_the_gui_thread(qtbot, jobs):
    said, results, failures = [], [], []
    jobs.sig_status.connect(lambda message, _ms: said.append(message))

    def work(report, should_cancel):
        report("count", 1, 2)
        return threading.current_thread().name

    task = jobs.start(work, "Counting", on_finished=lambda result: results.append(
        (result, threading.current_thread() is threading.main_thread())))
    with qtbot.waitSignal(task.sig_done, timeout=5000):
        pass
    [(worker, in_gui_thread)] = results
    assert worker != threading.main_thread().name and in_gui_thread  # run elsewhere, heard here
    assert "Counting… 1 of 2" in said and said[-1] == ""  # the "…" message goes once it is done
    task = jobs.start(lambda report, should_cancel: 1 / 0, "Dividing", on_failed=failures.append)
    with qtbot.waitSignal(task.sig_done, timeout=5000):
        pass
    assert failures == ["ZeroDivisionError: division by zero"]
    assert said[-1] == "Dividing failed: ZeroDivisionError: division by zero"


def test_close_cancels_what_nobody_wants_and_waits_for_the_rest(qapp):
    jobs = Jobs()
    finished, started = threading.Event(), threading.Event()

    def slow(report, should_cancel):
        threading.Event().wait(0.3)
        finished.set()
        return "written"

    writing = jobs.start(slow, "Writing")
    layout = jobs.start(until_cancelled(started), "Laying out", cancel_on_close=True)
    assert started.wait(5)
    jobs.close()
    assert finished.is_set() and not writing.is_running() and not layout.is_running()
    with pytest.raises(RuntimeError, match="closing"):
        jobs.start(slow, "Too late")


def test_the_handlers_of_an_owner_gone_are_not_called(qtbot, jobs):
    owner, results = QObject(), []
    release = threading.Event()

    def work(report, should_cancel):
        release.wait(5)
        return 1

    task = jobs.start(work, "Working", owner=owner, on_finished=results.append)
    assert jobs.running(owner=owner) == [task] and jobs.running(owner=QObject()) == []
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    with qtbot.waitSignal(task.sig_done, timeout=5000):
        release.set()
    assert results == []
