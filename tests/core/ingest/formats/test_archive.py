"""Zip archives: members read from memory by their own format and named by the member, the
clutter archives carry left out, a zip bomb and a damaged zip refused in one line each."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

from explorer.core.ingest import read_documents
from explorer.core.ingest.formats import archive

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"


def read(folder: Path):
    result = read_documents([folder])
    return {d.name: d for d in result.documents}, {s.name: s.reason for s in result.skipped}


def test_each_member_is_read_by_its_own_format_and_named_by_the_member(tmp_path):
    shutil.copy(FORMATS / "case.zip", tmp_path / "case.zip")
    documents, skipped = read(tmp_path)
    assert skipped == {}
    assert list(documents) == ["case.zip ▸ member a/report.pdf", "case.zip ▸ member b/article.txt",
                               "case.zip ▸ member notes/memo.docx"]  # not .DS_Store, __MACOSX, the sidecar, the photo
    report = documents["case.zip ▸ member a/report.pdf"]
    assert report.origin == "member a/report.pdf"
    assert report.title == "Westminster week: three reports" and len(report.pages) == 3
    start = report.text.index("Birkbeck College")
    assert report.page_at(start) == 1
    assert documents["case.zip ▸ member notes/memo.docx"].published == "2004-11-30"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.zip"]  # nothing unpacked to disk


def test_a_bad_member_is_one_line_and_the_other_members_are_read(tmp_path):
    with zipfile.ZipFile(tmp_path / "mixed.zip", "w") as made:
        made.write(FORMATS / "encrypted.pdf", "in/encrypted.pdf")
        made.writestr("in/good.txt", "The summit opened in Geneva on Wednesday.")
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as nested:
            nested.writestr("deep/note.txt", "Talks resumed in Doha on Thursday.")
        made.writestr("in/inner.zip", inner.getvalue())
    documents, skipped = read(tmp_path)
    assert skipped == {"mixed.zip ▸ member in/encrypted.pdf": "encrypted: the PDF needs a password to open"}
    assert sorted(documents) == ["mixed.zip ▸ member in/good.txt",
                                 "mixed.zip ▸ member in/inner.zip ▸ member deep/note.txt"]


def test_a_zip_bomb_is_refused_before_it_is_inflated_and_the_folder_goes_on(tmp_path):
    shutil.copy(FORMATS / "bomb.zip", tmp_path / "bomb.zip")
    (tmp_path / "good.txt").write_text("The summit opened in Geneva on Wednesday.", encoding="utf-8")
    documents, skipped = read(tmp_path)
    assert list(documents) == ["good.txt"]
    assert skipped["bomb.zip"].startswith("refused: zip bomb? big.txt unpacks to 64 MB from ")


def test_an_archive_unpacking_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_ARCHIVE_BYTES", 1000)
    shutil.copy(FORMATS / "case.zip", tmp_path / "case.zip")
    documents, skipped = read(tmp_path)
    assert documents == {}
    assert skipped["case.zip"].startswith("refused: the archive unpacks to ")


def test_a_damaged_zip_is_one_line(tmp_path):
    shutil.copy(FORMATS / "corrupt.zip", tmp_path / "corrupt.zip")
    documents, skipped = read(tmp_path)
    assert documents == {}
    assert skipped == {"corrupt.zip": "damaged zip archive (file is not a zip file)"}


def test_a_members_sidecar_gives_its_date_and_outlet_and_a_broken_one_is_one_line(tmp_path):
    shutil.copy(FORMATS / "case.zip", tmp_path / "case.zip")
    with zipfile.ZipFile(tmp_path / "notes.zip", "w") as made:
        made.writestr("x/brief.txt", "The summit opened in Geneva on Wednesday.")
        made.writestr("x/brief.meta.json", "{not json")
    documents, skipped = read(tmp_path)
    article = documents["case.zip ▸ member b/article.txt"]  # b/article.txt.meta.json beside it
    assert (article.published, article.published_basis, article.source) == ("2004-12-20", "metadata", "BBC News")
    assert "notes.zip ▸ member x/brief.txt" in documents
    assert skipped == {"notes.zip ▸ member x/brief.meta.json": "x/brief.meta.json: not valid JSON "
                                                               "(line 1: Expecting property name enclosed in double quotes)"}


def test_a_pdf_member_heavier_than_one_document_is_read(tmp_path):
    data = (FORMATS / "report.pdf").read_bytes()
    first_line = data.index(b"\n") + 1
    padding = (b"%" + bytes(range(32, 127)) * 10 + b"\n") * (36 * 1024)  # 34 MB that compresses little
    with zipfile.ZipFile(tmp_path / "heavy.zip", "w", zipfile.ZIP_STORED) as made:
        made.writestr("a/heavy.pdf", data[:first_line] + padding + data[first_line:])
        made.writestr("a/big.txt", b"word " * (7 * 1024 * 1024))  # 35 MB of text: over one document
    documents, skipped = read(tmp_path)
    assert list(documents) == ["heavy.zip ▸ member a/heavy.pdf"]
    assert skipped == {"heavy.zip ▸ member a/big.txt": "larger than 32 MB, the most Explorer reads as one "
                                                       "document (35 MB)"}
