"""A story several outlets published: the kept document says who else did, the copy says what it repeats."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from explorer.core.model import normalize_table
from explorer.core.review.compare import build_review
from explorer.gui.session import Session
from explorer.gui.source.view import SourcePane


def _with_a_reprint(seed_tables) -> tuple[dict, str, str]:
    """The seed tables plus a Reuters reprint of the IANS article (003), stored as its copy."""
    tables = {name: frame.copy() for name, frame in seed_tables.items()}
    documents = tables["documents"]
    original = documents.loc[documents["name"].str.startswith("003_")].iloc[0]
    reprint = {**original.to_dict(), "doc_id": "dreprint00001", "name": "reuters_reprint.txt",
               "source": "Reuters", "copy_of": original["doc_id"]}
    tables["documents"] = normalize_table("documents", pd.concat([documents, pd.DataFrame([reprint])]))
    return tables, original["doc_id"], "dreprint00001"


def test_the_source_pane_says_also_published_by_and_a_copy_names_its_original(qtbot, qapp, seed_tables):
    tables, original, reprint = _with_a_reprint(seed_tables)
    session = Session()
    session.set_tables(tables, None)
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    session.selection.update(doc_ids={original}, origin="elsewhere")
    assert "also published by Reuters" in pane.header.text()
    tip = pane.combo.itemData(pane.combo.findData(original), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("also published by Reuters")
    session.selection.update(doc_ids={reprint}, origin="elsewhere")
    assert "a copy of" in pane.header.text() and "IANS" in pane.header.text()
    assert "also published by" not in pane.header.text()


def test_the_review_column_of_the_kept_document_names_who_else_published_it(seed_tables):
    tables, original, _ = _with_a_reprint(seed_tables)
    clusters = tables["clusters"]
    cluster = clusters[clusters["doc_ids"].map(lambda ids: original in ids)].iloc[0]
    review = build_review(tables, cluster["cluster_id"])
    column = next(c for c in review.columns if c.doc_id == original)
    assert column.copies == "also published by Reuters"
    assert all(c.copies == "" for c in review.columns if c.doc_id != original)


def test_two_documents_of_one_title_are_told_apart_in_the_document_list(qtbot, qapp, seed_tables):
    """A PDF and its copy in a zip archive listed alike, with nothing to say which is which (a new user, s24): a
    title two documents share is followed by each one's file name; a title of its own stays alone."""
    tables, original, reprint = _with_a_reprint(seed_tables)
    session = Session()
    session.set_tables(tables, None)
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    names = tables["documents"].set_index("doc_id")["name"]
    shown = {doc_id: pane.combo.itemText(pane.combo.findData(doc_id)) for doc_id in names.index}
    assert shown[original] != shown[reprint]
    assert shown[original].endswith(names[original]) and shown[reprint].endswith("reuters_reprint.txt")
    alone = next(d for d in names.index if d not in (original, reprint))
    assert not shown[alone].endswith(names[alone])
