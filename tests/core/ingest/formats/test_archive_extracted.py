"""PDF, Word, zip and saved pages extracted with the real model: every mention's offsets slice the
stored text to the mention, and the workspace keeps each document's origin and page starts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.core.build.local import build_workspace
from explorer.core.document import Document
from explorer.core.store import load_workspace

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kinds")
    for name in ("case.zip", "page.html", "page.mhtml"):
        shutil.copy(FORMATS / name, folder / name)
    shutil.copytree(FORMATS / "page_files", folder / "page_files")
    output = folder.parent / "kinds.explorer"
    build_workspace([folder], output)
    return load_workspace(output)


def test_every_mention_slices_its_documents_stored_text(tables):
    documents = tables["documents"].set_index("doc_id")
    mentions = tables["mentions"]
    assert set(documents["name"]) == {"case.zip ▸ member a/report.pdf", "case.zip ▸ member b/article.txt",
                                      "case.zip ▸ member notes/memo.docx", "page.html", "page.mhtml"}
    copies = documents.loc[documents["copy_of"] != "", "name"]
    assert list(copies) == ["page.mhtml"]  # the same page as page.html: stored, read once
    for name in documents.loc[documents["copy_of"] == "", "name"]:
        doc_id = documents.index[documents["name"] == name][0]
        here = mentions[mentions["doc_id"] == doc_id]
        assert len(here) > 5, name
        text = documents.at[doc_id, "text"]
        assert all(text[m.start:m.end] == m.text for m in here.itertuples()), name


def test_the_workspace_keeps_origin_and_pages_so_a_mention_has_its_page(tables):
    documents = tables["documents"].set_index("name")
    report = documents.loc["case.zip ▸ member a/report.pdf"]
    assert report["origin"] == "member a/report.pdf"
    pages = [int(p) for p in report["pages"]]
    assert len(pages) == 3
    mentions = tables["mentions"][tables["mentions"]["doc_id"] == report["doc_id"]]
    clarke = mentions[mentions["text"] == "Charles Clarke"].iloc[0]  # the second article, set on page 2
    paged = Document(doc_id="", name="", text=report["text"], pages=pages)
    assert paged.page_at(int(clarke["start"])) == 2
