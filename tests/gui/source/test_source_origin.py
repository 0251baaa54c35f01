"""The source pane says where in its file the text being read is: the page of a PDF (of the
mention shown, else of the top of the view) and the archive member it came from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from explorer.core.extract.pipeline.corpus import _document_row
from explorer.core.ingest import read_documents
from explorer.core.model import empty_tables, make_table
from explorer.gui.session import Session
from explorer.gui.source.origin import origin_line, page_starts
from explorer.gui.source.view import SourcePane

FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"


@pytest.fixture
def pane(qtbot, qapp, tmp_path):
    for name in ("report.pdf", "case.zip"):
        shutil.copy(FORMATS / name, tmp_path / name)
    (tmp_path / "note.txt").write_text("Talks resumed in Doha on Thursday.", encoding="utf-8")
    tables = empty_tables()
    tables["documents"] = make_table("documents", [_document_row(d) for d in read_documents([tmp_path]).documents])
    session = Session()
    session.set_tables(tables, None)
    widget = SourcePane(session)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    return widget


def doc_named(pane: SourcePane, name: str) -> str:
    documents = pane.session.documents
    return str(documents.index[documents["name"] == name][0])


def select(pane: SourcePane, words: str) -> None:
    """Select ``words`` in the text, as the mention walk selects the mention it shows."""
    start = pane.text.toPlainText().index(words)
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cursor)


def test_a_pdf_says_the_page_of_the_mention_shown(pane):
    pane.show_document(doc_named(pane, "report.pdf"))
    assert pane.origin.isVisible() and pane.origin.text() == "page 1 of 3"
    select(pane, "Opposition grows to house arrests")  # the third page's headline
    assert pane.origin.text() == "page 3 of 3"
    select(pane, "Birkbeck College")
    assert pane.origin.text() == "page 1 of 3"


def test_with_nothing_selected_the_page_follows_the_top_of_the_view(pane):
    pane.show_document(doc_named(pane, "report.pdf"))
    bar = pane.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert pane.origin.text() == "page 3 of 3"


def test_an_archive_member_is_named_with_its_page(pane):
    pane.show_document(doc_named(pane, "case.zip ▸ member a/report.pdf"))
    assert pane.origin.text() == "member a/report.pdf ▸ page 1 of 3"
    pane.show_document(doc_named(pane, "case.zip ▸ member b/article.txt"))
    assert not pane.origin.isVisible()  # no page to tell, and the header already names the member
    assert "case.zip ▸ member b/article.txt" in pane.header.text()


def test_a_whole_file_with_no_pages_shows_no_origin_line(pane):
    pane.show_document(doc_named(pane, "note.txt"))
    assert not pane.origin.isVisible()


def test_page_starts_and_origin_line_read_what_the_table_stores():
    assert page_starts(["0", "3113", "5888"]) == [0, 3113, 5888] and page_starts(None) == []
    assert origin_line("", [0, 10, 20], 15) == "page 2 of 3"
    assert origin_line("message 2", [], 5) == "message 2"
