"""The entity sidebar: its tree model, the filter box, sorting, and two-way linking with the selection."""

from __future__ import annotations

import re
import runpy
import time

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication

from explorer.core.model import empty_tables, make_table
from explorer.gui.entity_types import display_name
from explorer.gui.sidebar.view import (COL_DOCS, COL_MENTIONS, COL_NAME, ENTITY_ID_ROLE, FILTER_DELAY_MS,
                                         EntitySidebar, EntityTreeModel)

JAISHANKAR = "S Jaishankar"


@pytest.fixture
def sidebar(qtbot, session):
    widget = EntitySidebar(session)
    qtbot.addWidget(widget)
    widget.resize(350, 600)
    return widget


def entity_id(session, name: str) -> str:
    entities = session.tables["entities"]
    return entities.loc[entities["name"] == name, "entity_id"].item()


def notices(session) -> list:
    seen = []
    session.sig_selection_changed.connect(lambda changed, origin: seen.append((set(changed), origin)))
    return seen


def test_model_passes_the_model_tester(qtmodeltester, session):
    model = EntityTreeModel()
    model.set_entities(session.tables["entities"])
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester_while_filtered_and_sorted(qtmodeltester, sidebar):
    sidebar.filter_edit.setText("an")
    sidebar.apply_filter()
    sidebar.tree.sortByColumn(COL_MENTIONS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(sidebar.proxy)


def test_groups_by_type_with_counts(sidebar, session):
    entities = session.tables["entities"]
    labels = [sidebar.proxy.index(r, COL_NAME).data() for r in range(sidebar.proxy.rowCount())]
    expected = {f"{display_name(t)} ({n})" for t, n in entities["type"].value_counts().items()}
    assert set(labels) == expected
    assert len(sidebar.visible_entity_ids()) == len(entities)


def test_typing_jaish_narrows_to_jaishankar(qtbot, sidebar, session):
    sidebar.show()
    qtbot.keyClicks(sidebar.filter_edit, "jaish")
    jaishankar = entity_id(session, JAISHANKAR)
    qtbot.waitUntil(lambda: jaishankar in sidebar.visible_entity_ids() and len(sidebar.visible_entity_ids()) < 5)
    visible = sidebar.visible_entity_ids()
    entities = session.tables["entities"].set_index("entity_id")
    for eid in visible:  # every survivor really has "jaish" in its name or an alias
        assert "jaish" in " ".join([entities.at[eid, "name"], *entities.at[eid, "aliases"]]).casefold()
    # only the People group is left, and it is open
    assert sidebar.proxy.rowCount() == 1
    group = sidebar.proxy.index(0, COL_NAME)
    assert group.data().startswith("People")
    assert sidebar.tree.isExpanded(group)


def test_filter_matches_aliases_case_insensitively(sidebar, session):
    sidebar.filter_edit.setText("EAM JAISH")  # only an alias has this
    sidebar.apply_filter()
    assert sidebar.visible_entity_ids() == [entity_id(session, JAISHANKAR)]
    sidebar.filter_edit.clear()
    sidebar.apply_filter()
    assert len(sidebar.visible_entity_ids()) == len(session.tables["entities"])


def test_filtering_does_not_change_the_shared_selection(sidebar, session):
    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio}, origin="elsewhere")
    sidebar.filter_edit.setText("jaish")
    sidebar.apply_filter()
    assert session.state.entity_ids == {rubio}
    sidebar.filter_edit.clear()
    sidebar.apply_filter()
    assert sidebar.selected_entity_ids() == {rubio}


def test_checking_writes_filter_entity_ids_once(sidebar, session):
    seen = notices(session)
    jaishankar = entity_id(session, JAISHANKAR)
    index = sidebar.proxy.mapFromSource(sidebar.model.index_of(jaishankar))
    assert sidebar.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert session.state.filter_entity_ids == {jaishankar}
    assert seen == [({"filter_entity_ids"}, sidebar)]
    assert sidebar.clear_button.isEnabled()
    assert "1 checked" in sidebar.count_label.text()


def test_clear_checks_button(qtbot, sidebar, session):
    ids = {entity_id(session, JAISHANKAR), entity_id(session, "Marco Rubio")}
    session.selection.update(filter_entity_ids=ids, origin="elsewhere")
    qtbot.mouseClick(sidebar.clear_button, Qt.MouseButton.LeftButton)
    assert session.state.filter_entity_ids == frozenset()
    assert sidebar.model.checked() == frozenset()
    assert not sidebar.clear_button.isEnabled()


def test_checks_made_elsewhere_show_as_checks(sidebar, session):
    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(filter_entity_ids={rubio}, origin="elsewhere")
    index = sidebar.model.index_of(rubio)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    session.selection.update(filter_entity_ids=frozenset(), origin="elsewhere")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_selecting_a_row_writes_entity_ids(sidebar, session):
    seen = notices(session)
    rubio = entity_id(session, "Marco Rubio")
    sidebar.tree.setCurrentIndex(sidebar.proxy.mapFromSource(sidebar.model.index_of(rubio)))
    assert session.state.entity_ids == {rubio}
    assert seen == [({"entity_ids"}, sidebar)]


def test_selection_made_elsewhere_is_selected_and_scrolled_to(qtbot, sidebar, session):
    sidebar.show()
    qtbot.waitExposed(sidebar)
    seen = notices(session)
    trump = entity_id(session, "Trump")
    session.selection.update(entity_ids={trump}, origin="elsewhere")
    assert sidebar.selected_entity_ids() == {trump}
    index = sidebar.proxy.mapFromSource(sidebar.model.index_of(trump))
    assert sidebar.tree.viewport().rect().intersects(sidebar.tree.visualRect(index))
    assert seen == [({"entity_ids"}, "elsewhere")]  # no echo from the sidebar


def test_selection_elsewhere_clears_a_filter_that_hides_it(sidebar, session):
    sidebar.filter_edit.setText("jaish")
    sidebar.apply_filter()
    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio}, origin="elsewhere")
    assert sidebar.filter_edit.text() == ""
    assert sidebar.selected_entity_ids() == {rubio}


def test_sorting_by_count_puts_most_mentioned_first_in_each_group(qtbot, sidebar, session):
    sidebar.show()
    qtbot.waitExposed(sidebar)
    header = sidebar.tree.header()
    for _ in range(2):  # click the header until it sorts most-first
        x = header.sectionViewportPosition(COL_MENTIONS) + header.sectionSize(COL_MENTIONS) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
            break
    assert header.sortIndicatorSection() == COL_MENTIONS
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    entities = session.tables["entities"].set_index("entity_id")
    for g in range(sidebar.proxy.rowCount()):
        group = sidebar.proxy.index(g, COL_NAME)
        ids = [sidebar.proxy.index(r, COL_NAME, group).data(ENTITY_ID_ROLE)
               for r in range(sidebar.proxy.rowCount(group))]
        counts = [entities.at[e, "mention_count"] for e in ids]
        assert counts == sorted(counts, reverse=True)
        type_ = entities.at[ids[0], "type"]
        assert counts[0] == entities.loc[entities["type"] == type_, "mention_count"].max()
    person = next(sidebar.proxy.index(g, COL_NAME) for g in range(sidebar.proxy.rowCount())
                  if sidebar.proxy.index(g, COL_NAME).data().startswith("People"))
    assert sidebar.proxy.index(0, COL_NAME, person).data() == JAISHANKAR


def test_sorting_by_name_and_back_keeps_selection(sidebar, session):
    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio}, origin="elsewhere")
    sidebar.tree.sortByColumn(COL_DOCS, Qt.SortOrder.DescendingOrder)
    sidebar.tree.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert sidebar.selected_entity_ids() == {rubio}
    names = [sidebar.proxy.index(r, COL_NAME, sidebar.proxy.index(0, COL_NAME)).data()
             for r in range(sidebar.proxy.rowCount(sidebar.proxy.index(0, COL_NAME)))]
    keys = [n.casefold().removeprefix("the ") for n in names]
    assert keys == sorted(keys)


def test_tooltip_names_type_aliases_and_counts(sidebar, session):
    row = session.tables["entities"].set_index("entity_id").loc[entity_id(session, JAISHANKAR)]
    tip = sidebar.model.index_of(entity_id(session, JAISHANKAR)).data(Qt.ItemDataRole.ToolTipRole)
    assert "PERSON" in tip and row["aliases"][0] in tip
    assert f"{row['mention_count']} mentions in {row['doc_count']} documents" in tip


def test_context_menu_check_only_this(sidebar, session):
    session.selection.update(filter_entity_ids={entity_id(session, "Trump")}, origin="elsewhere")
    sidebar._check_only(entity_id(session, JAISHANKAR))
    assert session.state.filter_entity_ids == {entity_id(session, JAISHANKAR)}
    assert sidebar.model.checked() == {entity_id(session, JAISHANKAR)}


def test_rebuilds_when_a_workspace_loads(sidebar, session):
    tables = empty_tables()
    tables["entities"] = make_table("entities", [
        {"entity_id": "x1", "name": "Ada Lovelace", "type": "PERSON", "aliases": ["Ada"], "mention_count": 2,
         "doc_count": 1},
        {"entity_id": "x2", "name": "Widget", "type": "GADGET", "aliases": [], "mention_count": 1, "doc_count": 1},
    ])
    session.set_tables(tables, None)
    assert sorted(sidebar.visible_entity_ids()) == ["x1", "x2"]
    labels = sorted(sidebar.proxy.index(r, COL_NAME).data() for r in range(sidebar.proxy.rowCount()))
    assert labels == ["GADGET (1)", "People (1)"]  # a custom type keeps its own name


def test_filters_100k_entities_quickly(qtbot, qapp):
    """A filter keystroke must not reset the model or take seconds at 100k entities."""
    from explorer.gui.session import Session

    syllables = ["ja", "ish", "an", "kar", "ru", "bio", "ma", "co", "del", "hi", "wa", "ton", "be"]
    types = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"]
    rows = [{"entity_id": f"e{i}", "name": "".join(syllables[(i * k) % 13] for k in (1, 3, 7, 11)).title(),
             "type": types[i % 10], "aliases": [], "mention_count": i % 97, "doc_count": 1} for i in range(100_000)]
    tables = empty_tables()
    tables["entities"] = make_table("entities", rows)
    session = Session()
    session.set_tables(tables, None)
    widget = EntitySidebar(session)
    qtbot.addWidget(widget)
    widget.show()
    resets = []
    widget.proxy.modelReset.connect(lambda: resets.append(1))
    started = time.perf_counter()
    for text in ("j", "ja", "jai", "jais"):
        widget.filter_edit.setText(text)
        widget.apply_filter()
        QApplication.processEvents()
    elapsed = time.perf_counter() - started
    assert not resets
    assert elapsed < 8, f"4 filter steps over 100k entities took {elapsed:.1f}s"
    assert all("jais" in widget.model.index_of(e).data().casefold() for e in widget.visible_entity_ids()[:50])


def test_preview_runs(monkeypatch, session):
    import explorer.gui.sidebar.view
    import explorer.gui.preview

    monkeypatch.setattr(explorer.gui.preview, "sample_session", lambda: session)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    namespace = runpy.run_path(explorer.gui.sidebar.view.__file__, run_name="__main__")
    namespace["sidebar"].close()


def test_renders_to_png(qtbot, sidebar, session, tmp_path):
    session.selection.update(filter_entity_ids={entity_id(session, JAISHANKAR)},
                             entity_ids={entity_id(session, "Marco Rubio")}, origin="elsewhere")
    sidebar.show()
    qtbot.waitExposed(sidebar)
    path = tmp_path / "sidebar.png"
    assert sidebar.grab().save(str(path))
    assert path.stat().st_size > 1000


def test_exports_selected_entities_and_their_mentions(sidebar, session, tmp_path):
    import csv

    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio})
    exported = []
    sidebar.sig_exported.connect(lambda path, count: exported.append(count))
    assert sidebar.export_selected("entities", tmp_path / "entities.csv") == 1
    mentions = session.table("mentions")
    count = sidebar.export_selected("mentions", tmp_path / "mentions.csv")
    assert count == (mentions["entity_id"] == rubio).sum() > 0
    with (tmp_path / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert all(r["entity_id"] == rubio and r["text"] in r["sentence"] for r in rows)
    assert exported == [1, count]


def test_right_click_export_writes_in_the_background(qtbot, sidebar, session, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio})
    target = tmp_path / "mentions.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "CSV files (*.csv)"))
    exported = []
    sidebar.sig_exported.connect(lambda path, count: exported.append((path, count)))
    task = sidebar.exports.export_with_dialog("mentions")
    assert task is not None and not exported  # the dialog returns at once; the rows are written elsewhere
    with qtbot.waitSignal(task.sig_finished, timeout=10000):
        pass
    count = int((session.table("mentions")["entity_id"] == rubio).sum())
    assert exported == [(str(target), count)]
    assert target.read_text(encoding="utf-8").count(rubio) == count


def test_a_failed_background_export_is_reported_not_raised(qtbot, sidebar, session, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    session.selection.update(entity_ids={entity_id(session, "Marco Rubio")})
    warnings, failures = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    sidebar.sig_export_failed.connect(lambda path, message: failures.append(path))
    target = tmp_path / "no-such-folder" / "entities.csv"
    task = sidebar.export_selected_in_background("entities", target)
    with qtbot.waitSignal(task.sig_failed, timeout=10000):
        pass
    assert failures == [str(target)]
    assert warnings and "no-such-folder" in warnings[0]
    assert not target.parent.exists()


def test_another_workspace_opens_unfiltered_but_an_edit_keeps_the_filter(qtbot, sidebar, session, seed_workspace):
    from explorer.core.edits import decisions

    tables = {name: frame.copy() for name, frame in session.tables.items()}
    total = len(tables["entities"])
    sidebar.show_hidden_box.setChecked(True)
    sidebar.filter_edit.setText("jaish")
    sidebar.apply_filter()
    assert sidebar.count_label.text().endswith(f"of {total} entities")
    session.set_tables(tables, seed_workspace)  # File ▸ Open: another case
    assert sidebar.filter_edit.text() == ""
    assert sidebar.count_label.text() == f"{total} entities"
    assert len(sidebar.visible_entity_ids()) == total
    assert not sidebar.show_hidden_box.isChecked()
    sidebar.filter_edit.setText("rubio")
    sidebar.apply_filter()
    rubio = entity_id(session, "Marco Rubio")
    session.do_edit(decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))  # an edit reloads the same workspace
    qtbot.wait(FILTER_DELAY_MS * 2)
    assert sidebar.filter_edit.text() == "rubio"
    assert sidebar.visible_entity_ids() == [rubio]


def test_type_groups_read_as_names_with_the_model_code_in_the_tooltip(sidebar):
    groups = [sidebar.proxy.index(r, COL_NAME) for r in range(sidebar.proxy.rowCount())]
    labels = [g.data() for g in groups]
    entities = sidebar.session.tables["entities"]
    counted = [re.fullmatch(r"(.+) \((\d+)\)", label) for label in labels]
    assert all(counted) and sum(int(m.group(2)) for m in counted) == int((entities["hidden"] == 0).sum())
    assert {"Places", "Groups & nationalities", "Organisations", "People"} <= {m.group(1) for m in counted}
    assert not any(code in " ".join(labels) for code in ("GPE", "NORP", "WORK_OF_ART", "ORG", "FAC", "PERSON"))
    assert labels == sorted(labels, key=str.casefold)  # in the order they read, A to Z
    places = next(g for g, label in zip(groups, labels) if label.startswith("Places ("))
    assert places.data(Qt.ItemDataRole.ToolTipRole).startswith("Places: countries, cities, states (GPE)")


def test_type_headers_read_whole_in_the_default_dock_width(qtbot, sidebar):
    sidebar.resize(317, 600)  # the Entities dock as the window opens
    sidebar.show()
    qtbot.waitExposed(sidebar)
    for r in range(sidebar.proxy.rowCount()):
        group = sidebar.proxy.index(r, COL_NAME)
        room = sidebar.tree.visualRect(group).width() - 40  # less the swatch and padding
        assert sidebar.tree.fontMetrics().horizontalAdvance(group.data()) <= room, group.data()
    sidebar.filter_edit.setText("jaish")
    sidebar.apply_filter()
    assert sidebar.proxy.rowCount() == 1
    sidebar.filter_edit.setText("")
    sidebar.apply_filter()  # groups filtered away and back are spanned too
    assert all(sidebar.tree.isFirstColumnSpanned(r, sidebar.proxy.index(r, 0).parent())
               for r in range(sidebar.proxy.rowCount()))


def test_long_names_that_share_a_start_stay_apart_in_the_default_dock_width(qtbot, window, session):
    """'Critical Minerals Ministerial', '… Summit', '… Mission' read alike when cut at the end."""
    sidebar = window.sidebar.widget()
    names = [n for n in session.table("entities")["name"] if n.startswith("Critical Minerals")]
    assert len(names) >= 3
    width = sidebar.tree.columnWidth(0) - 2 * sidebar.tree.indentation() - 24  # indent and check box
    metrics = sidebar.tree.fontMetrics()
    shown = [metrics.elidedText(name, sidebar.tree.textElideMode(), width) for name in names]
    assert any("…" in text for text in shown), "the default width cuts them"
    assert len(set(shown)) == len(names), shown


def test_a_cancelled_mentions_export_leaves_no_file_and_a_finished_one_counted_each_chunk(
        qtbot, sidebar, session, tmp_path, monkeypatch):
    """Issue 19: the sidebar's exports write a chunk at a time; a cancel between chunks leaves nothing."""
    import threading

    from explorer.core.export import selection
    from explorer.gui.sidebar import export_actions

    monkeypatch.setattr(selection, "CHUNK_ROWS", 2)
    rubio = entity_id(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio})
    count = int((session.table("mentions")["entity_id"] == rubio).sum())
    progress = []
    task = sidebar.export_selected_in_background("mentions", tmp_path / "mentions.json")
    task.sig_progress.connect(lambda phase, done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.sig_finished, timeout=30_000):
        pass
    assert count > 2 and progress[-1] == (count, count) and len(progress) == -(-count // 2)

    write, release = export_actions.write_entity_export, threading.Event()
    monkeypatch.setattr(export_actions, "write_entity_export", lambda *args: release.wait(10) and write(*args))
    task = sidebar.export_selected_in_background("mentions", tmp_path / "cancelled.csv")
    sidebar.exports.jobs.cancel(task)
    release.set()
    with qtbot.waitSignal(task.sig_cancelled, timeout=30_000):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions.json"]


def test_widening_the_filter_past_the_open_limit_does_not_lay_out_every_row(qtbot, monkeypatch):
    """Issue 19: erasing a letter so that thousands of entities match again closed the groups only after the type
    headers were spanned, and each span laid out every row of the still-open groups (175–312 ms of one keystroke at
    a million events). The tree asks the model about the rows it shows, not the thousands it is about to close."""
    from explorer.gui.session import Session
    from explorer.gui.sidebar import view as sidebar_view

    many = sidebar_view.EXPAND_LIMIT + 3000
    rows = [{"entity_id": f"e{i}", "name": f"Zeta {i}" if i >= 100 else f"Zqx {i}", "type": ["PERSON", "ORG"][i % 2],
             "aliases": [], "mention_count": 1, "doc_count": 1} for i in range(many)]
    tables = empty_tables()
    tables["entities"] = make_table("entities", rows)
    session = Session()
    session.set_tables(tables, None)
    asked, counting = [], []
    flags = EntityTreeModel.flags  # (patched before the tree first asks: Qt's calls find the patch)
    monkeypatch.setattr(EntityTreeModel, "flags", lambda self, index: (asked.append(1) if counting else None)
                        or flags(self, index))
    widget = EntitySidebar(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.filter_edit.setText("zq")
    widget.apply_filter()
    QApplication.processEvents()
    assert all(widget.tree.isExpanded(widget.proxy.index(r, 0)) for r in range(widget.proxy.rowCount()))
    counting.append(True)
    widget.filter_edit.setText("z")
    widget.apply_filter()
    widget.tree.viewport().repaint()
    assert len(widget.visible_entity_ids()) == many
    assert not any(widget.tree.isExpanded(widget.proxy.index(r, 0)) for r in range(widget.proxy.rowCount()))
    assert all(widget.tree.isFirstColumnSpanned(r, QModelIndex()) for r in range(widget.proxy.rowCount()))
    assert len(asked) < 500, f"the model was asked about {len(asked)} rows for one keystroke"
