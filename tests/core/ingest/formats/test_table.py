"""Article tables: CSV, TSV, JSON Lines and Parquet, one article a row, columns found by name or mapped."""

from __future__ import annotations

import time

import pytest

from tests.core.ingest.formats.conftest import mention_slices, read_one
from explorer.core.ingest.formats.table import parse_columns

ROTTERDAM_ROW = "articles.csv ▸ row 1 · https://example.org/news/rotterdam-port"


@pytest.mark.parametrize("name, first", [
    ("articles.csv", "row 1 · https://example.org/news/rotterdam-port"),
    ("articles.tsv", "row 1 · https://example.org/news/rotterdam-port"),
    ("articles.jsonl", "line 1 · https://example.org/news/rotterdam-port"),
    ("articles.parquet", "row 1"),
])
def test_each_row_is_an_article_with_the_columns_found_by_name(formats_dir, name, first):
    documents, _ = read_one(formats_dir / name)
    rows = list(documents.values())
    assert len(rows) == 3 and rows[0].origin == first and rows[0].name == f"{name} ▸ {first}"
    assert (rows[0].title, rows[0].source, rows[0].published) == (
        "Port of Rotterdam reopens after storm", "Harbour Times", "2026-02-03")
    assert rows[1].published == "2026-02-04"  # '4 February 2026' in the text tables, a timestamp in Parquet
    assert rows[0].text.startswith("ROTTERDAM - The Port of Rotterdam reopened on Tuesday")
    assert "\n\nHarbour master Ingrid Vos" in rows[0].text  # paragraphs kept


def test_a_table_with_no_text_column_is_one_line_naming_its_columns(formats_dir):
    documents, skipped = read_one(formats_dir / "export.csv")
    assert not documents
    assert skipped["export.csv"].startswith(
        "no text column (text, body, content or article); its columns are: id, story_html_stripped, when, tags")
    assert "--columns text=NAME" in skipped["export.csv"]


def test_columns_named_by_the_user_are_read(formats_dir):
    documents, skipped = read_one(formats_dir / "export.csv", columns={"text": "story_html_stripped", "date": "WHEN"})
    assert not skipped and len(documents) == 3
    first = documents["export.csv ▸ row 1"]
    assert first.text.startswith("ROTTERDAM - The Port") and first.published == "2026-02-03"


def test_a_mapping_serves_the_tables_that_have_its_columns_and_the_others_keep_their_names(formats_dir):
    from explorer.core.ingest import read_documents

    result = read_documents([formats_dir / "export.csv", formats_dir / "articles.csv"],
                            columns={"text": "story_html_stripped"})
    assert not result.skipped
    texts = {d.name: d.text for d in result.documents}
    assert texts["export.csv ▸ row 3"].startswith("The Senate passed")
    assert texts["articles.csv ▸ row 3"].startswith("The Senate passed")  # its 'body', found by name


def test_a_text_column_the_user_names_that_is_not_there_is_one_line(formats_dir):
    documents, skipped = read_one(formats_dir / "export.csv", columns={"text": "story"})
    assert not documents
    assert skipped["export.csv"].startswith(
        "no text column (text, body, content or article); its columns are: id, story_html_stripped, when, tags; "
        "--columns gave text=story, which is not one of them")


def test_malformed_and_empty_rows_are_named_and_the_rest_read(formats_dir):
    documents, skipped = read_one(formats_dir / "bad_rows.csv")
    assert list(documents) == ["bad_rows.csv ▸ row 1", "bad_rows.csv ▸ row 4"]
    assert skipped == {
        "bad_rows.csv ▸ row 2": "malformed row: 4 fields where the header has 3 (a delimiter or quote out of place?)",
        "bad_rows.csv ▸ row 3": "no text in column 'text'",
    }


def test_a_line_of_json_lines_that_is_not_json_is_named(formats_dir):
    documents, skipped = read_one(formats_dir / "articles.jsonl")
    assert len(documents) == 3
    assert skipped == {"articles.jsonl ▸ line 4": "not JSON: Unterminated string starting at (column 32)"}


def test_a_semicolon_export_is_read(tmp_path):
    table = tmp_path / "excel.csv"
    table.write_text("Headline;Body;Date\nTalks in Oslo;Negotiators met in Oslo on Monday, officials said.;03.02.2026\n",
                     encoding="cp1252")
    documents, skipped = read_one(table)
    assert not skipped
    (row,) = documents.values()
    assert (row.title, row.text) == ("Talks in Oslo", "Negotiators met in Oslo on Monday, officials said.")


@pytest.mark.parametrize("given, expected", [
    ("text=body,date=pubdate", {"text": "body", "date": "pubdate"}),
    (" Text = Article Body ", {"text": "Article Body"}),
])
def test_a_column_mapping_is_parsed(given, expected):
    assert parse_columns(given) == expected


@pytest.mark.parametrize("given, problem", [
    ("text", "'text' is not ROLE=COLUMN (e.g. text=body)"),
    ("body=text", "'body' is not a column role; the roles are text, title, date, source, url"),
    (",", "no ROLE=COLUMN pair given (e.g. text=body,date=pubdate)"),
])
def test_a_bad_column_mapping_says_what_is_wrong(given, problem):
    with pytest.raises(ValueError, match="^" + problem.replace("(", r"\(").replace(")", r"\)") + "$"):
        parse_columns(given)


def test_the_bbc_csv_opens_as_it_is(bbc_corpus):
    started = time.perf_counter()
    documents, skipped = read_one(bbc_corpus / "train.csv")
    seconds = time.perf_counter() - started
    assert len(documents) == 1557 and not skipped
    first = documents["train.csv ▸ row 1"]
    assert first.text.startswith("Sella wants Michalak recall Former France centre")
    assert not any("Â£" in d.text for d in documents.values())  # the mojibake repaired as for any file
    assert seconds < 20, seconds


def test_offsets_of_mentions_in_rows_slice_their_stored_text(extracted):
    slices = mention_slices(extracted, ROTTERDAM_ROW)
    assert ("Ingrid Vos", "Ingrid Vos") in slices
    assert all(text == stored for text, stored in slices)
    parquet = mention_slices(extracted, "articles.parquet ▸ row 2")
    assert parquet and all(text == stored for text, stored in parquet)


def test_a_text_cell_holding_html_is_read_as_its_text(tmp_path):
    import json

    table = tmp_path / "export.jsonl"
    table.write_text(json.dumps({"title": "Talks in Oslo", "body": "<p>Negotiators met in <b>Oslo</b> on Monday.</p>"
                                 "<p>Talks resume on Friday.</p>"}) + "\n")
    documents, _ = read_one(table)
    (row,) = documents.values()
    assert row.text.split("\n") == ["Negotiators met in Oslo on Monday.", "Talks resume on Friday."]


def test_a_parquet_binary_text_column_is_decoded(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": pa.array(["Fire in Porto on Tuesday.".encode()], pa.binary())}), tmp_path / "b.parquet")
    documents, _ = read_one(tmp_path / "b.parquet")
    assert [d.text for d in documents.values()] == ["Fire in Porto on Tuesday."]


def test_a_table_of_only_a_header_is_named(tmp_path):
    (tmp_path / "empty.csv").write_text("title,text,date\n")
    documents, skipped = read_one(tmp_path / "empty.csv")
    assert not documents and skipped == {"empty.csv": "a table with no rows (only its header)"}
