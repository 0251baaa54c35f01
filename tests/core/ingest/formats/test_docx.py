"""Word files: paragraphs, headings and table rows in order, title and date from the core
properties, a damaged file in one line (files made by make_files.py with python-docx)."""

from __future__ import annotations

import shutil
from pathlib import Path

from explorer.core.ingest import read_documents

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"


def read(*names: str, tmp_path: Path):
    for name in names:
        shutil.copy(FORMATS / name, tmp_path / name)
    result = read_documents([tmp_path])
    return {d.name: d for d in result.documents}, {s.name: s.reason for s in result.skipped}


def test_a_memo_reads_headings_paragraphs_and_table_rows_in_order(tmp_path):
    documents, skipped = read("memo.docx", tmp_path=tmp_path)
    assert skipped == {}
    memo = documents["memo.docx"]
    lines = memo.text.split("\n")
    assert lines[0] == "Oil prices reach three-month low"
    table_at = lines.index("Prices at the close")
    assert lines[table_at + 1:table_at + 4] == ["Market | Price | Change", "US light crude | $45.66 | -$2.80",
                                                "Brent | $42.91 | -$2.55"]
    assert lines[table_at - 1].startswith("Weak US fuel") and lines[table_at + 4].startswith("The stronger fuel")
    mention = "US light crude"
    start = memo.text.index(mention)
    assert memo.text[start:start + len(mention)] == mention


def test_title_and_date_come_from_the_core_properties_and_the_author_is_not_the_outlet(tmp_path):
    documents, _ = read("memo.docx", tmp_path=tmp_path)
    memo = documents["memo.docx"]
    assert memo.title == "Oil prices reach three-month low"
    assert (memo.published, memo.published_basis) == ("2004-11-30", "metadata")
    assert memo.source != "J. Analyst"


def test_a_damaged_word_file_is_one_line_and_the_rest_is_read(tmp_path):
    (tmp_path / "renamed.docx").write_bytes((FORMATS / "report.pdf").read_bytes())
    memo = (FORMATS / "memo.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(memo[:len(memo) // 2])
    documents, skipped = read("memo.docx", "corrupt.docx", tmp_path=tmp_path)
    assert list(documents) == ["memo.docx"]
    assert skipped["corrupt.docx"].startswith("damaged Word file (")
    assert skipped["cut.docx"] == "damaged Word file (its zip package is broken or cut short)"
    assert skipped["renamed.docx"] == "not a Word document (not a zip package, as every .docx file is)"
    assert all("\n" not in reason and str(tmp_path) not in reason for reason in skipped.values())


def test_another_kind_renamed_docx_is_said_to_be_no_word_document_as_the_guide_says(tmp_path):
    """A text file renamed .docx was 'damaged Word file (Package not found at '<path>')' of a file that is there."""
    import zipfile

    (tmp_path / "fake.docx").write_text("A text file that someone renamed.\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "plain.docx", "w") as package:
        package.writestr("notes.txt", "not Word")
    _, skipped = read(tmp_path=tmp_path)
    guide = " ".join((Path(__file__).resolve().parents[4] / "docs" / "ingest_formats.md").read_text().split())
    assert skipped["fake.docx"] == "not a Word document (not a zip package, as every .docx file is)"
    assert skipped["plain.docx"] == "not a Word document (a zip package, but not a Word one)"
    assert all(f"`{reason}`" in guide for reason in skipped.values())


def test_a_word_file_larger_than_one_document_for_its_pictures_is_read(tmp_path):
    import os
    import zipfile

    shutil.copy(FORMATS / "memo.docx", tmp_path / "heavy.docx")
    with zipfile.ZipFile(tmp_path / "heavy.docx", "a", zipfile.ZIP_STORED) as package:
        package.writestr("word/media/photo.bin", os.urandom(33 * 1024 * 1024))  # a picture's weight
    documents, skipped = read(tmp_path=tmp_path)
    assert skipped == {}
    assert documents["heavy.docx"].title == "Oil prices reach three-month low"
