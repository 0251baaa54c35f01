"""The graph's layout off the GUI thread: the work a ``Task`` runs, and stopping such tasks at close.

A layout builds the graph from the tables for the events in view, then places it
(``core.graph``) starting from the positions last drawn, leaving the nodes the
analyst pinned (dragged) where they are. The widget starts one
per change and draws only the newest result; closing the view or the application
cancels those still running and waits for their threads.
"""

from __future__ import annotations

import time

import shiboken6

from PySide6.QtCore import QCoreApplication, QEventLoop

from explorer.core.errors import Cancelled
from explorer.core.graph import Positions, build_graph, layout_graph
from explorer.gui.task import Task


def build_and_lay_out(tables: dict, event_ids: list[str] | None, min_weight: int, max_nodes: int,
                      co_mentions: bool, previous: Positions, pinned: Positions, report, should_cancel):
    """(graph, positions) for ``Task``, given all but its last two arguments with ``functools.partial``.

    ``pinned``: where the analyst dropped nodes, kept as they are.
    """
    graph = build_graph(tables, event_ids, min_weight, max_nodes, co_mentions)
    if should_cancel():
        raise Cancelled()
    return graph, layout_graph(graph, previous, pinned=pinned)


def stop_tasks(tasks: set[Task]) -> None:
    """Cancel layouts still running and wait for their threads, whose results nobody will draw.

    A QThread destroyed while running aborts the process, so a closing view or
    application waits (``Task`` threads end as soon as their work does). A task
    Qt has already deleted (at shutdown) has nothing left to wait for.
    """
    for task in list(tasks):
        if not shiboken6.isValid(task):
            continue
        task.cancel()
        task.blockSignals(True)
        deadline = time.monotonic() + 30
        while task.is_running() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 10)
            time.sleep(0.002)
    tasks.clear()
