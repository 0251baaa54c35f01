"""PDF files: text by page in reading order, the page of an offset, metadata title and date,
and one clear line for a scan, an encrypted PDF and a damaged one (files made by make_files.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from explorer.core.ingest import read_documents
from explorer.core.ingest.formats.pdf import metadata_title, pdf_date

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"
ARTICLES = json.loads((FORMATS / "articles.json").read_text(encoding="utf-8"))["articles"]


def read(*names: str, tmp_path: Path):
    """Documents and skips (by name) of copies of ``names`` read as one folder."""
    for name in names:
        shutil.copy(FORMATS / name, tmp_path / name)
    result = read_documents([tmp_path])
    return {d.name: d for d in result.documents}, {s.name: s.reason for s in result.skipped}


def test_a_two_column_report_reads_page_by_page_in_reading_order(tmp_path):
    documents, skipped = read("report.pdf", tmp_path=tmp_path)
    assert skipped == {}
    report = documents["report.pdf"]
    assert report.title == "Westminster week: three reports"
    assert (report.published, report.published_basis) == ("2005-01-12", "metadata")
    assert len(report.pages) == 3 and report.pages[0] == 0
    for number, article in enumerate(ARTICLES[:3], start=1):
        starts = [report.text.index(" ".join(p.split()[:6])) for p in article["paragraphs"]]
        assert starts == sorted(starts), "a column read out of order"
        assert all(report.page_at(start) == number for start in starts)
    mention = "Birkbeck College"
    start = report.text.index(mention)
    assert report.text[start:start + len(mention)] == mention and report.page_at(start) == 1


def test_a_word_hyphenated_at_a_line_end_comes_back_whole(tmp_path):
    documents, _ = read("report.pdf", tmp_path=tmp_path)
    text = documents["report.pdf"].text
    assert "persuade Commons officials" in text  # set as "persu-" / "ade" across two lines
    assert "persu-" not in text and "\ufffe" not in text


def test_a_scan_an_encrypted_and_a_damaged_pdf_are_each_one_line_and_the_rest_is_read(tmp_path):
    documents, skipped = read("report.pdf", "scanned.pdf", "encrypted.pdf", "corrupt.pdf", tmp_path=tmp_path)
    assert list(documents) == ["report.pdf"]
    assert skipped["scanned.pdf"].startswith("no text layer: scanned image?")
    assert skipped["encrypted.pdf"] == "encrypted: the PDF needs a password to open"
    assert skipped["corrupt.pdf"] == "damaged PDF: data format error"
    assert all("\n" not in reason for reason in skipped.values())


def test_metadata_dates_and_titles_that_say_nothing_are_not_taken():
    assert pdf_date("D:20050112103000+00'00'") == "2005-01-12"
    assert pdf_date("20050112") == "2005-01-12"
    assert pdf_date("D:20050230") == "" and pdf_date("D:2005") == "" and pdf_date("yesterday") == ""
    assert metadata_title("Microsoft Word - Annual review 2004") == "Annual review 2004"
    assert metadata_title("untitled") == "" and metadata_title("report_final_v2.docx") == ""


def test_a_paragraphs_lines_are_joined_so_no_sentence_is_cut_at_a_line_end(tmp_path):
    documents, _ = read("report.pdf", tmp_path=tmp_path)
    lines = documents["report.pdf"].text.split("\n")
    assert lines[0] == "Women MPs reveal sexist taunts"  # a heading keeps its own line
    sentence = ("Barbara Follet, one of the so-called \"Blair Babes\" elected in 1997, told researchers: "
                "\"I remember some Conservatives - whenever a Labour woman got up to speak")
    assert any(sentence in line for line in lines)  # set over four lines of the first column


def test_a_scanned_page_among_typed_ones_is_named_and_the_rest_read(tmp_path):
    documents, skipped = read("mixed.pdf", tmp_path=tmp_path)  # typed, scanned, blank
    mixed = documents["mixed.pdf"]
    assert mixed.text.startswith("Tony Blair has said") and len(mixed.pages) == 3
    assert skipped == {"mixed.pdf ▸ page 2": "no text layer: scanned image? (the other pages are read)"}


def test_a_pdf_locked_only_against_printing_and_copying_is_read(tmp_path):
    documents, skipped = read("restricted.pdf", tmp_path=tmp_path)
    assert skipped == {}
    assert documents["restricted.pdf"].text.startswith("Labour has already broken its pre-election promise")


def test_a_pdf_from_another_writer_keeps_its_compounds_and_sentences_across_pages(tmp_path):
    documents, _ = read("columns_lo.pdf", tmp_path=tmp_path)  # LibreOffice: justified, no hyphenation
    report = documents["columns_lo.pdf"]
    assert report.title == "Three reports, set by LibreOffice" and len(report.pages) == 6
    assert "And ex-Tory education secretary" in report.text  # "ex-" / "Tory" at a line end
    assert "its pre-election promise" in report.text  # "pre-" / "election": a compound, not "preelection"
    sentence = "But she said there was a difference between the experiences of women before the 1997 intake"
    start = report.text.index(sentence)  # runs from the foot of page 1 to the head of page 2
    assert report.page_at(start) == 1 and report.page_at(start + len(sentence)) == 2
    assert "control order - tagging" in report.text  # a dash at a line end keeps its space


def test_a_pdf_larger_than_one_document_for_its_pictures_is_read(tmp_path):
    data = (FORMATS / "report.pdf").read_bytes()
    first_line = data.index(b"\n") + 1
    padding = (b"%" + b"x" * 1022 + b"\n") * (33 * 1024)  # 33 MB of comment lines, as pictures weigh
    (tmp_path / "heavy.pdf").write_bytes(data[:first_line] + padding + data[first_line:])
    result = read_documents([tmp_path])
    assert result.skipped == []
    assert result.documents[0].title == "Westminster week: three reports" and len(result.documents[0].pages) == 3


def test_running_heads_and_folios_are_dropped_and_a_sentence_runs_over_the_page_break(tmp_path):
    documents, _ = read("running_heads.pdf", tmp_path=tmp_path)
    pack = documents["running_heads.pdf"]
    assert "Briefing pack" not in pack.text and "Page 2 of 4" not in pack.text
    assert pack.text.startswith("Blair congratulates Bush on win\n") and len(pack.pages) == 4
    sentence = "Norman Baker underlined the issue of global warming"  # "the" ends page 1, "issue" opens page 2
    start = pack.text.index(sentence)
    assert pack.page_at(start) == 1 and pack.page_at(start + len(sentence)) == 2
