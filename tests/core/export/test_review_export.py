"""Exports of a side-by-side review: the passages as CSV, the comparison as one HTML file."""

from __future__ import annotations

import csv
from html.parser import HTMLParser

from explorer.core.export.formats import make_inert
from explorer.core.export.review import write_review_csv, write_review_html
from explorer.core.model import empty_tables, make_table
from explorer.core.review.compare import build_review, largest_cluster_id

TEXT_A = "Header.\n<b>Tom & Jerry</b> met on February 4 with 3 envoys.\nEnd."
TEXT_B = "=HYPERLINK(\"x\") met on February 5 with 4 envoys.\nTail <script>alert(1)</script>."


def two_sources():
    """Two documents whose one passage each disagree on the date and the number of envoys, with hostile text."""
    tables = empty_tables()
    tables["documents"] = make_table("documents", [
        dict(doc_id="dA", name="a & b.txt", title="A <title>", source="Wire \"A\"", published="2026-02-04",
             published_basis="metadata", text=TEXT_A),
        dict(doc_id="dB", name="b.txt", title="B", source="@Paper", published="2026-02-06",
             published_basis="dateline", text=TEXT_B)])
    a_start, b_end = TEXT_A.index("<b>"), TEXT_B.index("\n")
    a_end = TEXT_A.index("\n", a_start)
    tables["events"] = make_table("events", [
        dict(event_id="eA", doc_id="dA", start=a_start, end=a_end, sentence=TEXT_A[a_start:a_end],
             date_start="2026-02-04", date_end="2026-02-04"),
        dict(event_id="eB", doc_id="dB", start=0, end=b_end, sentence=TEXT_B[:b_end],
             date_start="2026-02-05", date_end="2026-02-05")])
    tom = TEXT_A.index("Tom")
    tables["entities"] = make_table("entities", [dict(entity_id="tom", name="Tom <&> Jerry", type="PERSON")])
    tables["mentions"] = make_table("mentions", [
        dict(mention_id="m1", entity_id="tom", doc_id="dA", start=tom, end=tom + 11, text="Tom & Jerry", type="PERSON")])
    tables["clusters"] = make_table("clusters", [dict(cluster_id="c1", label="meet <x>", doc_ids=["dA", "dB"],
                                                      event_ids=["eA", "eB"])])
    return tables


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


class Elements(HTMLParser):
    """Collects start tags and text, and checks every opened element is closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.misnested = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.misnested += 1

    def handle_data(self, data):
        self.text.append(data)


def parse(path) -> Elements:
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_csv_has_one_row_per_passage_with_document_outlet_date_and_sentence(tmp_path):
    path = tmp_path / "review.csv"
    assert write_review_csv(build_review(two_sources(), "c1"), path) == 2
    header, rows = read_csv(path)
    assert {"cluster_id", "document", "outlet", "published", "date", "sentence"} <= set(header)
    assert [(r["document"], r["outlet"], r["published"], r["date"]) for r in rows] == [
        ("a & b.txt", 'Wire "A"', "2026-02-04", "2026-02-04"), ("b.txt", make_inert("@Paper"), "2026-02-06", "2026-02-05")]
    assert rows[0]["sentence"] == "<b>Tom & Jerry</b> met on February 4 with 3 envoys."
    assert rows[1]["sentence"] == make_inert(TEXT_B[:TEXT_B.index("\n")])  # a formula made inert
    assert path.read_bytes().count(b"\r\n") == 3


def test_html_shows_each_column_with_its_header_and_passage(tmp_path):
    path = tmp_path / "review.html"
    write_review_html(build_review(two_sources(), "c1"), path)
    page = parse(path)
    assert page.open == [] and page.misnested == 0
    text = "".join(page.text)
    for shown in ("a & b.txt", "b.txt", 'Wire "A"', "@Paper", "published 2026-02-04", "(metadata)", "(dateline)"):
        assert shown in text
    heads = [attrs for tag, attrs in page.tags if attrs.get("class") == "head"]
    assert len(heads) == 2
    passages = [attrs for tag, attrs in page.tags if "passage" in attrs.get("class", "").split()]
    assert passages, "the passages are emphasised"


def test_html_states_the_conflict_before_the_columns(tmp_path):
    path = tmp_path / "review.html"
    write_review_html(build_review(two_sources(), "c1"), path)
    html_text = path.read_text(encoding="utf-8")
    statement = "Dates differ: Wire &quot;A&quot; says 2026-02-04; @Paper says 2026-02-05."
    assert statement in html_text
    assert html_text.index(statement) < html_text.index("class='head'")
    assert "Numbers differ for “envoy”" in html_text


def test_html_escapes_every_text_and_needs_no_other_file(tmp_path):
    path = tmp_path / "review.html"
    write_review_html(build_review(two_sources(), "c1"), path)
    html_text = path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "<b>" not in html_text and "&lt;b&gt;" in html_text and "Tom &amp; Jerry" in html_text
    assert "<title>meet &lt;x&gt; — sources side by side</title>" in html_text
    page = parse(path)
    assert not [tag for tag, attrs in page.tags if tag in ("link", "img", "iframe") or "src" in attrs or "href" in attrs]
    assert {tag for tag, _ in page.tags} >= {"style", "main", "section"}


def test_html_colours_mentions_with_the_colours_given(tmp_path):
    path = tmp_path / "review.html"
    write_review_html(build_review(two_sources(), "c1"), path, {"PERSON": ("#cbdcff", "#1a1a1a")})
    mentions = [attrs for tag, attrs in parse(path).tags if "#cbdcff" in attrs.get("style", "")]
    assert any("Tom <&> Jerry (People)" in attrs.get("title", "") for attrs in mentions)


def test_html_names_entity_types_as_the_window_does(tmp_path):
    path = tmp_path / "review.html"
    write_review_html(build_review(two_sources(), "c1"), path)
    page = parse(path)
    assert "People" in page.text
    assert "PERSON" not in page.text  # the model's code is only a hint, in the legend's tooltip
    assert any(attrs.get("title") == "People: people, real or fictional (PERSON)" for tag, attrs in page.tags)


def test_seed_cluster_report(seed_tables, tmp_path):
    review = build_review(seed_tables, largest_cluster_id(seed_tables))
    path = tmp_path / "review.html"
    write_review_html(review, path)
    page = parse(path)
    assert page.open == [] and page.misnested == 0
    text = "".join(page.text)
    assert all(column.name in text for column in review.columns)
    assert all(p.sentence in text for column in review.columns for p in column.passages)
