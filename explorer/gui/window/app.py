"""Starting the desktop application, and its two unattended modes.

``run_gui`` opens the window (with no path given, on the last workspace opened, else the sample);
``screenshot`` renders the window with a workspace loaded to a PNG and exits;
``self_test`` checks a (possibly frozen) build end to end: model, extraction,
workspace, window.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from explorer import __version__
from explorer.userdata import sample_workspace


def _application(offscreen: bool = False):
    """The QApplication, created once, with Explorer's name (for QSettings) and icon."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _utf8_locale()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from explorer.gui.window.qt_messages import quiet_offscreen_noise
    quiet_offscreen_noise(app.platformName())  # offscreen: no "This plugin does not support propagateSizeHints()"
    app.setOrganizationName("Explorer")
    app.setApplicationName("Explorer")
    app.setApplicationVersion(__version__)
    from explorer.paths import resource_path
    app.setWindowIcon(QIcon(str(resource_path("explorer.svg"))))
    return app


def _utf8_locale() -> None:
    """Under the plain C locale (a bare ``env -i``, a service, the frozen bundle, where Python does not
    coerce it as PEP 538 does), choose C.UTF-8 before Qt starts: Qt switches to it anyway, but only
    after four lines of warning on every start."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name)
        if value:
            if value in ("C", "POSIX"):
                os.environ[name if name != "LANG" else "LC_CTYPE"] = "C.UTF-8"
            return
    os.environ["LC_CTYPE"] = "C.UTF-8"


def run_gui(paths: list[Path] | None = None, columns: dict[str, str] | None = None) -> int:
    """Show the main window and run until it closes; without a usable display, say so in one line (exit 1)."""
    from explorer.gui.window.display import display_problem

    problem = display_problem()
    if problem is not None:
        print(f"explorer: {problem}", file=sys.stderr)
        return 1
    app = _application()
    window = open_window(paths, columns)  # noqa: F841 (held until the event loop ends)
    return app.exec()


def open_window(paths: list[Path] | None = None, columns: dict[str, str] | None = None):
    """The main window, shown, opening ``paths``; without any, the case last worked on, else the sample.

    Documents given without ``columns`` (``--columns``) go through the column mapping dialog when
    an article table's columns are not found by name.

    The last case only if its workspace still opens: a deleted or damaged one
    would greet the analyst with an error instead of a window to work in.
    """
    from explorer.gui.window.main_window import MainWindow
    from explorer.gui.window.recent import last_workspace
    from explorer.gui.window.workspace_loading import is_workspace

    window = MainWindow()
    window.show()
    last = None if paths else last_workspace(window.settings)
    if paths and columns is None and not is_workspace(paths):
        window.open_documents(paths)
    elif paths or last:
        window.open_paths(paths or [last], columns=columns)
    else:
        window.open_paths(_sample_paths(), sample_workspace())
    return window


def _sample_paths() -> list[Path]:
    """The sample workspace when it was built by this extraction, else the seeds to build it (again) from.

    Building again keeps the analyst's edits to the sample.
    """
    from explorer.core.errors import WorkspaceError
    from explorer.core.fingerprint import extraction_fingerprint
    from explorer.core.store import read_meta
    from explorer.paths import seeds_path
    sample = sample_workspace()
    try:
        if sample.exists() and read_meta(sample).get("extraction") == extraction_fingerprint():
            return [sample]
    except WorkspaceError:
        pass
    return [seeds_path()]


def load_for_display(paths: list[Path] | None):
    """Tables and path for ``paths`` (or the sample), synchronously, for unattended modes."""
    from explorer.gui.window.workspace_loading import open_paths

    work = open_paths(paths or _sample_paths(), None if paths else sample_workspace())
    tables, workspace, _ = work(lambda *a: None, lambda: False)
    return tables, workspace


QUERY_EXAMPLE = 'outlet:ANI date:2026-02 "critical minerals"'  # what ``--view query`` shows typed in the bar


def screenshot(target: Path, paths: list[Path] | None = None, size: tuple[int, int] = (1400, 900),
               view: str = "main", cluster_id: str = "") -> int:
    """Render the main window (``view="main"``), its relationship graph (``"graph"``), its map (``"map"``), the
    side-by-side review of a cluster (``"review"``: ``cluster_id``, default the one most sources report), the entity
    page (``"entity"``), the query bar (``"query"``) or the main window with the timeline zoomed in around its busiest
    bars of the overview strip (``"overview"``) to ``target`` (PNG)."""
    app = _application(offscreen=True)
    from explorer.core.review.compare import largest_cluster_id
    from explorer.gui.window.main_window import MainWindow

    tables, workspace = load_for_display(paths)
    if view == "review" and cluster_id and cluster_id not in set(tables["clusters"]["cluster_id"].astype(str)):
        print(f"explorer: {workspace}: no cluster {cluster_id!r} in this workspace "
              f"(explorer export {workspace} --table clusters lists them)", file=sys.stderr)
        return 1
    window = MainWindow()
    window.session.set_tables(tables, workspace)
    window.setWindowTitle(f"{workspace.name} — Explorer")
    window.resize(*size)
    window.show()
    _settle(app)
    shown = window
    if view == "graph":
        window.show_graph()
        if window.graph.is_laying_out():
            _run_until(window.graph.sig_layout_finished)
    elif view == "entity":
        _show_entity_page(window)
    elif view == "query":  # the query bar narrowing the views, the facets counting what is left
        window.facets.show()
        window.facets.raise_()
        window.query_bar.edit.setText(QUERY_EXAMPLE)
        window.query_bar.apply()
        window.query_bar.wait()
    elif view == "map":
        window.show_map()
        if window.map.is_resolving():
            _run_until(window.map.sig_resolved)
        if window.map.failure:  # the gazetteer's data missing from a bundle, say
            print(f"explorer: {workspace}: {window.map.failure}", file=sys.stderr)
            return 1
        print(f"{len(window.map.place_ids())} places on the map, {len(window.map.not_found())} not found")
    elif view == "review":
        cluster_id = cluster_id or largest_cluster_id(window.session.tables) or ""
        if not cluster_id:
            print(f"explorer: {workspace}: no cluster to review (no event is reported by two sources)", file=sys.stderr)
            return 1
        shown = window.open_review(cluster_id)
        shown.resize(*size)
    elif view == "overview":  # the timeline zoomed in around its busiest weeks: the overview strip marks where
        window.timeline.overview.show_around_busiest(bars=4)
    _settle(app)
    if not shown.grab().save(str(target)):
        print(f"explorer: {target}: could not write the PNG", file=sys.stderr)
        return 1
    print(f"Saved a screenshot of {workspace} ({view}) to {target}")
    window.close()
    return 0


def _show_entity_page(window) -> None:
    """The most mentioned entity's page, as a double click opens it, with a mention of it open in the source."""
    entities = window.session.tables["entities"]
    if not len(entities):
        return
    entity_id = str(entities["entity_id"].iat[int(entities["mention_count"].to_numpy().argmax())])
    page = window.entity_page
    window.open_entity_page(entity_id)
    if page.profile is None:
        _run_until(page.sig_profile_shown)
    if page.mentions.rowCount() > 1:
        page.mention_table.selectRow(1)
        window.open_mention(entity_id, page.mentions.mention_at(1)[0])


def _run_until(signal=None, seconds: float = 30.0) -> None:
    """Run the event loop until ``signal`` fires (background work finished) or ``seconds`` have passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    if signal is not None:
        signal.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def self_test() -> int:
    """Model, the name lists and lexicons extraction reads, extraction of one sample document, workspace
    round trip, window: 0 if all worked."""
    checks: list[tuple[str, bool, str]] = []
    try:
        from explorer.core.build.local import build_workspace
        from explorer.core.extract.nlp import load_pipeline
        from explorer.core.store import load_workspace
        from explorer.paths import seeds_path

        started = time.perf_counter()
        nlp = load_pipeline()
        checks.append(("spaCy model loads", "ner" in nlp.pipe_names, f"{time.perf_counter() - started:.1f} s"))
        checks.append(_knowledge_check())
        sample = sorted(seeds_path().glob("*.txt"))[0]
        with tempfile.TemporaryDirectory() as tmp:
            result = build_workspace([sample], Path(tmp) / "self-test.explorer")
            tables = load_workspace(result.path)
        found = f"{len(tables['entities'])} entities, {len(tables['events'])} events"
        checks.append(("extracts a sample document", len(tables["entities"]) > 0 and len(tables["events"]) > 0, found))
        checks.append(_window_check(tables, result.path))
    except Exception as exc:  # noqa: BLE001 — report any failure as a failed check
        checks.append(("unexpected error", False, f"{type(exc).__name__}: {exc}"))
    for name, ok, detail in checks:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    passed = all(ok for _, ok, _ in checks) and len(checks) == 4
    print(f"self-test {'passed' if passed else 'FAILED'} (Explorer {__version__})")
    return 0 if passed else 1


def _knowledge_check() -> tuple[str, bool, str]:
    """A bundle that left out a list extraction reads would extract worse with no error: ask each by name."""
    from explorer.core.extract.knowledge import missing_knowledge

    missing = missing_knowledge()
    return ("reads its name lists and lexicons", not missing,
            f"missing: {', '.join(missing)}" if missing else "given names, gazetteer, WordNet actions and deaths")


def _window_check(tables, path: Path) -> tuple[str, bool, str]:
    """Open the window on the real screen when there is one (what a user gets), else offscreen.

    A display that is set but unusable fails the check with the reason, instead of Qt's abort.
    """
    from explorer.gui.window.display import display_problem, shows_on_a_screen

    real = shows_on_a_screen()
    if real and (problem := display_problem()) is not None:
        return ("opens the window on the display", False, problem)
    app = _application(offscreen=not real)
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow()
    window.session.set_tables(tables, path)
    window.show()
    _settle(app)
    image = window.grab().toImage()
    platform = app.platformName()
    shown = window.isVisible() and (platform == "offscreen" or window.windowHandle().isExposed())
    window.close()
    where = f"on the display ({platform}, {os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY')})" \
        if real else "offscreen (no display)"
    return (f"opens the window {where}", shown and not image.isNull() and image.width() > 0,
            f"{image.width()}x{image.height()}")


def _settle(app, seconds: float = 0.5) -> None:
    """Let layouts, timers and first paints run before grabbing."""
    _run_until(seconds=seconds)
