"""A brief out of a selection: the chronology with how each date was found, the entities with the rows they are in,
the conflicts between sources, all escaped and inert."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from html.parser import HTMLParser

from explorer.core.export.brief import MAX_EVENTS, brief_html, write_brief
from explorer.core.model import empty_tables, make_table

TEXT_A = "Header.\n<b>Tom & Jerry</b> met in Vienna on February 4 with 3 envoys.\nEnd."
TEXT_B = "Tom <script>alert(1)</script> met envoys on February 5.\nTail."
MADE = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def two_sources():
    """Two reports of one meeting that disagree on its day, one event bounded, one undated; hostile text."""
    tables = empty_tables()
    tables["documents"] = make_table("documents", [
        dict(doc_id="dA", name="a.txt", title="A <title>", source="Wire \"A\"", published="2026-02-04",
             published_basis="metadata", text=TEXT_A),
        dict(doc_id="dB", name="b.txt", title="B", source="@Paper", published="2026-02-06",
             published_basis="dateline", text=TEXT_B)])
    a_start = TEXT_A.index("<b>")
    a_end = TEXT_A.index("\n", a_start)
    b_end = TEXT_B.index("\n")
    met_a, met_b = TEXT_A.index("met"), TEXT_B.index("met")
    tables["events"] = make_table("events", [
        dict(event_id="eA", doc_id="dA", start=a_start, end=a_end, sentence=TEXT_A[a_start:a_end], trigger="met",
             trigger_start=met_a, trigger_end=met_a + 3, date_start="2026-02-04", date_end="2026-02-04",
             date_basis="timex", participants=["tom"], place="vienna", cluster_id="c1"),
        dict(event_id="eB", doc_id="dB", start=0, end=b_end, sentence=TEXT_B[:b_end], trigger="met",
             trigger_start=met_b, trigger_end=met_b + 3, date_start="2026-02-05", date_end="2026-02-05",
             date_basis="dct", participants=["tom"], cluster_id="c1"),
        dict(event_id="eC", doc_id="dB", start=0, end=b_end, sentence=TEXT_B[:b_end], trigger="envoys",
             trigger_start=TEXT_B.index("envoys"), trigger_end=TEXT_B.index("envoys") + 6, date_start="",
             date_end="2026-02-06", date_basis="bounded", participants=[]),
        dict(event_id="eD", doc_id="dA", start=0, end=6, sentence="Header.", trigger="Header", trigger_start=0,
             trigger_end=6, date_start="", date_end="", date_basis="none", participants=[])])
    tables["entities"] = make_table("entities", [dict(entity_id="tom", name="Tom <&> Jerry", type="PERSON"),
                                                 dict(entity_id="vienna", name="Vienna", type="GPE")])
    tables["clusters"] = make_table("clusters", [dict(cluster_id="c1", label="meet <x>", doc_ids=["dA", "dB"],
                                                      event_ids=["eA", "eB"], conflict="date: 4 vs 5 February")])
    return tables


class Parsed(HTMLParser):
    """Tags, ids, links and text of a page; every opened element closed in order (void elements aside)."""

    VOID = {"meta", "img", "br", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.tags, self.ids, self.links, self.text, self.open = [], set(), [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs.get("href", ""))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, (tag, self.open[-3:])
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def parsed(page: str) -> Parsed:
    parser = Parsed()
    parser.feed(page)
    return parser


def test_the_chronology_runs_in_date_order_and_says_how_each_date_was_found():
    page, summary = brief_html(two_sources(), ["eB", "eA", "eC", "eD"], "Vienna talks", made=MADE)
    text = " ".join(parsed(page).text)
    assert summary.events == 4 and summary.documents == 2
    assert text.index("4 February 2026") < text.index("5 February 2026") < text.index("on or before 6 February 2026") \
        < text.index("undated")  # undated last
    for words in ("stated", "publication day", "bounded", "undated"):
        assert words in text
    assert "4 events from 2 documents" in text


def test_each_row_carries_its_sentence_with_the_trigger_marked_and_its_source():
    page, _ = brief_html(two_sources(), ["eA"], made=MADE)
    assert "<mark>met</mark>" in page
    row = re.search(r'<tr id="e1">.*?</tr>', page, re.S).group(0)
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in row  # the sentence, escaped
    assert "A &lt;title&gt;" in row and "Wire &quot;A&quot;" in row and "published 2026-02-04" in row
    assert "at Vienna" in row  # the place


def test_every_entity_leads_to_the_rows_it_takes_part_in():
    page, summary = brief_html(two_sources(), ["eA", "eB", "eC"], made=MADE)
    tree = parsed(page)
    assert summary.entities == 2
    entity_row = re.search(r"<tr><td>Tom &lt;&amp;&gt; Jerry</td>.*?</tr>", page, re.S).group(0)
    assert re.findall(r'href="#(e\d+)"', entity_row) == ["e1", "e2"]
    assert {"e1", "e2", "e3"} <= tree.ids  # every link lands on a row


def test_the_conflict_between_sources_is_stated_with_its_rows():
    page, summary = brief_html(two_sources(), ["eA", "eB"], made=MADE)
    assert summary.conflicts == 1
    block = re.search(r'<div class="conflict">.*?</div>', page, re.S).group(0)
    assert "meet &lt;x&gt;" in block and "date: 4 vs 5 February" in block
    assert re.findall(r'href="#(e\d+)"', block) == ["e1", "e2"]


def test_no_conflict_is_invented_for_a_selection_outside_the_cluster():
    _, summary = brief_html(two_sources(), ["eC"], made=MADE)
    assert summary.conflicts == 0


def test_the_brief_is_inert_whatever_the_documents_hold(tmp_path):
    path = tmp_path / "brief.html"
    write_brief(two_sources(), ["eA", "eB", "eC", "eD"], path, "<script>x</script>")
    page = path.read_text(encoding="utf-8")
    tree = parsed(page)
    assert "script" not in tree.tags and "<script" not in page
    assert "default-src 'none'" in page
    assert not [p for p in tmp_path.iterdir() if p.name != "brief.html"]  # no partial file left


def test_the_picture_is_embedded_not_linked():
    page, _ = brief_html(two_sources(), ["eA"], picture=b"\x89PNG fake", made=MADE)
    assert 'src="data:image/png;base64,' in page


def test_a_huge_selection_lists_the_first_rows_and_says_so():
    tables = two_sources()
    rows = [dict(event_id=f"x{i}", doc_id="dA", start=0, end=6, sentence="Header.", trigger="Header",
                 trigger_start=0, trigger_end=6, date_start="2026-01-01", date_end="2026-01-01", date_basis="timex",
                 participants=[]) for i in range(MAX_EVENTS + 5)]
    tables["events"] = make_table("events", rows)
    page, summary = brief_html(tables, [r["event_id"] for r in rows], made=MADE)
    assert summary.events == MAX_EVENTS
    assert f"the first {MAX_EVENTS:,} of the {MAX_EVENTS + 5:,} events" in page
