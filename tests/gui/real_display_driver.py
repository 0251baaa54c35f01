"""Drive Explorer's window on a real X server with real input (xdotool), as a user would.

Run by tests/gui/test_real_display.py (and by .ci/run, where its lines show in the log) with
DISPLAY set and QT_QPA_PLATFORM=xcb:

    python tests/gui/real_display_driver.py WORKSPACE

It opens the window on WORKSPACE through the app's own start-up, then moves the real pointer
and presses real keys through the X server: click an event on the timeline, tick an entity in
the sidebar, Shift+drag a time window, Escape, rest the pointer on a link and a node of the graph
(Ctrl+2), and Ctrl+Q to quit. Each step prints
``ok   …`` or ``FAIL …``; the exit status is 0 only when every step held and the window closed.
Qt's own messages go to standard error untouched, so the caller can insist there are none.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

STEP_SECONDS = 20.0


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=30)


def wait_until(app, done, seconds: float = STEP_SECONDS) -> bool:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        if done():
            return True
        time.sleep(0.02)
    return done()


def settle(app, seconds: float = 0.4) -> None:
    wait_until(app, lambda: False, seconds)


def screen_point(widget, point) -> tuple[int, int]:
    """Where a widget-local point is on the X screen (what xdotool moves the pointer to)."""
    from PySide6.QtCore import QPoint

    global_point = widget.mapToGlobal(QPoint(int(point.x()), int(point.y())))
    return global_point.x(), global_point.y()


def click_at(app, x: int, y: int) -> None:
    xdotool("mousemove", "--sync", str(x), str(y))
    settle(app, 0.2)
    xdotool("click", "1")


class Steps:
    def __init__(self) -> None:
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
        self.failed += not ok
        return ok


def open_window(app, workspace: Path, steps: Steps):
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.open_paths([workspace])
    loaded = wait_until(app, lambda: window.session.path == workspace and window.windowHandle().isExposed(), 60)
    platform = app.platformName()
    steps.check("the window opens on the real display", loaded and platform == "xcb",
                f"platform {platform}, {len(window.session.events)} events, {window.width()}x{window.height()}")
    settle(app, 1.0)
    window.activateWindow()
    window.raise_()
    settle(app)
    return window


def click_an_event(app, window, steps: Steps) -> None:
    from PySide6.QtCore import QPointF

    view = window.timeline
    points = [(e, x, y) for e, x, y, kind in view.event_points() if kind == "point"]
    event_id, x, y = points[len(points) // 2]
    view.set_x_range(x - 5 * 86400, x + 5 * 86400)
    settle(app)
    scene = view.view_box.mapViewToScene(QPointF(x, y))
    viewport_point = view.plot.mapFromScene(scene)
    click_at(app, *screen_point(view.plot.viewport(), viewport_point))
    selected = wait_until(app, lambda: window.session.state.event_ids == {event_id})
    steps.check("clicking an event on the timeline selects it", selected,
                f"selected {sorted(window.session.state.event_ids)[:3]}, wanted {event_id}")


def check_an_entity(app, window, steps: Steps) -> None:
    from PySide6.QtCore import QPoint, Qt

    sidebar = window.sidebar.widget()
    tree, proxy = sidebar.tree, sidebar.proxy
    group = proxy.index(0, 0)
    tree.expand(group)
    settle(app)
    entity = proxy.index(0, 0, group)
    tree.scrollTo(entity)
    settle(app)
    rect = tree.visualRect(entity)
    # the check box sits at the start of the name cell, after the indentation
    box = QPoint(rect.left() + tree.style().pixelMetric(tree.style().PixelMetric.PM_IndicatorWidth) // 2 + 3,
                 rect.center().y())
    before = int(window.session.event_lookup.mask(window.session.state).sum())
    click_at(app, *screen_point(tree.viewport(), box))
    checked = wait_until(app, lambda: bool(window.session.state.filter_entity_ids))
    after = int(window.session.event_lookup.mask(window.session.state).sum())
    name = entity.data(Qt.ItemDataRole.DisplayRole)
    steps.check("ticking an entity in the sidebar filters the views", checked and after < before,
                f"{name!r}: {before} -> {after} events in view")
    click_at(app, *screen_point(tree.viewport(), box))
    steps.check("ticking it again clears the filter",
                wait_until(app, lambda: not window.session.state.filter_entity_ids))


def brush_a_window(app, window, steps: Steps) -> None:
    from PySide6.QtCore import QPointF

    view = window.timeline
    view.fit_all()
    settle(app)
    viewport = view.plot.viewport()
    width, height = viewport.width(), viewport.height()
    start = screen_point(viewport, QPointF(width * 0.3, height * 0.5))
    end = screen_point(viewport, QPointF(width * 0.7, height * 0.5))
    width_before = window.width()
    xdotool("mousemove", "--sync", *map(str, start))
    settle(app, 0.2)
    xdotool("keydown", "shift")
    xdotool("mousedown", "1")
    for step in range(1, 11):
        x = start[0] + (end[0] - start[0]) * step // 10
        xdotool("mousemove", "--sync", str(x), str(start[1]))
        settle(app, 0.03)
    xdotool("mouseup", "1")
    xdotool("keyup", "shift")
    brushed = wait_until(app, lambda: window.session.state.time_range is not None)
    steps.check("Shift+drag on the timeline brushes a time window", brushed,
                f"window {window.session.state.time_range}")
    steps.check("brushing leaves the window's width alone", window.width() == width_before,
                f"{width_before} -> {window.width()} px")
    xdotool("key", "Escape")
    steps.check("Escape clears the time window", wait_until(app, lambda: window.session.state.time_range is None))


def hover_a_link_and_a_node(app, window, steps: Steps) -> None:
    """Ctrl+2, then the pointer rested on the busiest link and on a node: their tooltips stay up (Qt's ToolTip
    event, sent only by a real display once the pointer rests, used to hide them)."""
    import numpy as np
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QToolTip

    xdotool("key", "ctrl+2")
    view = window.graph
    wait_until(app, lambda: window.tabs.currentWidget() is view and not view.is_laying_out() and view.edge_count())
    settle(app, 1.0)
    graph = view.graph()
    link = graph.es[int(np.argmax(graph.es["weight"]))]
    ends = [view.node_position(graph.vs[v]["entity_id"]) for v in link.tuple]
    (xa, ya), (xb, yb) = ends
    view.view_box.setRange(xRange=sorted((xa, xb)), yRange=sorted((ya, yb)), padding=0.3)  # big nodes hide a link
    settle(app)
    on_link = next(((xa + (xb - xa) * t, ya + (yb - ya) * t) for t in np.linspace(0.2, 0.8, 25)
                    if view._node_at(xa + (xb - xa) * t, ya + (yb - ya) * t) is None
                    and view._edge_at(xa + (xb - xa) * t, ya + (yb - ya) * t) == link.index), None)
    for name, point, says in (("a link", on_link, "shared event"), ("a node", ends[0], "mentions in")):
        if point is None:
            steps.check(f"resting the pointer on {name} in the graph shows its tooltip", False, "no free point")
            continue
        xdotool("mousemove", "--sync", "2", "2")  # from elsewhere, as a user comes to it
        settle(app, 0.5)
        scene = view.view_box.mapViewToScene(QPointF(*point))
        xdotool("mousemove", "--sync", *map(str, screen_point(view.plot.viewport(), view.plot.mapFromScene(scene))))
        settle(app, 1.5)  # past Qt's tooltip delay (0.7 s)
        steps.check(f"resting the pointer on {name} in the graph shows its tooltip",
                    QToolTip.isVisible() and says in QToolTip.text(), QToolTip.text()[:60])
    xdotool("key", "ctrl+1")


def quit_with_ctrl_q(app, window, steps: Steps) -> None:
    window.activateWindow()
    settle(app)
    xdotool("key", "ctrl+q")
    steps.check("Ctrl+Q closes the window", wait_until(app, lambda: not window.isVisible()))


def main(argv: list[str]) -> int:
    from explorer.gui.window.app import _application

    workspace = Path(argv[1]).resolve()
    app = _application()
    steps = Steps()
    window = open_window(app, workspace, steps)
    if not steps.failed:
        for step in (click_an_event, check_an_entity, brush_a_window, hover_a_link_and_a_node, quit_with_ctrl_q):
            try:
                step(app, window, steps)
            except Exception as exc:  # noqa: BLE001 — a broken step is a failed step, and the others still run
                steps.check(step.__name__.replace("_", " "), False, f"{type(exc).__name__}: {exc}")
    if window.isVisible():
        window.close()
    settle(app)
    print(f"real display: {'all steps passed' if not steps.failed else f'{steps.failed} step(s) FAILED'}", flush=True)
    return 1 if steps.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
