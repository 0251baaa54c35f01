"""Full-text search: what a query finds, where the matches are, and which events hold them."""

from __future__ import annotations

import os
import re
import sqlite3

import pytest

from explorer.core.errors import Cancelled, WorkspaceError
from explorer.core.store import search
from explorer.core.store import load_workspace
from explorer.core.store.search import (MARK_END, MARK_START, events_in_hits, fts_expression, match_spans,
                                        parse_query, search_pages, search_workspace)


@pytest.fixture
def texts(seed_tables) -> dict[str, str]:
    documents = seed_tables["documents"]
    return dict(zip(documents["doc_id"], documents["text"]))


def names(hits) -> list[str]:
    return sorted(hit.name[:3] for hit in hits)


def fts5_highlights(path, query_expression: str) -> dict[str, list[tuple[int, int]]]:
    """Where FTS5 itself highlights matches in each document's text (its own tokenizer's answer)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT d.doc_id, highlight(documents_fts, 1, ?, ?) FROM documents_fts "
            "JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?",
            (MARK_START, MARK_END, query_expression)).fetchall()
    spans = {}
    for doc_id, marked in rows:
        found, removed = [], 0
        for match in re.finditer(f"{MARK_START}([^{MARK_END}]*){MARK_END}", marked):
            start = match.start() - removed
            found.append((start, start + len(match.group(1))))
            removed += 2
        spans[doc_id] = found
    return spans


def test_phrase_finds_only_documents_with_the_phrase_and_spans_point_at_it(seed_workspace, texts):
    words = search_workspace(seed_workspace, "strategic challenges")
    phrase = search_workspace(seed_workspace, '"strategic challenges"')
    assert len(words) == 5
    assert len(phrase) == 1
    hit = phrase[0]
    assert hit.spans
    for start, end in hit.spans:
        assert texts[hit.doc_id][start:end].lower() == "strategic challenges"
    assert texts[hit.doc_id].lower().count("strategic challenges") == len(hit.spans)
    assert MARK_START + "strategic challenges" in hit.snippet.lower()


def test_spans_agree_with_what_fts5_highlights(seed_workspace):
    for query, expression in [('"critical minerals"', '"critical minerals"'),
                              ("minist*", '"minist" *'),
                              ("supply chains", '"supply" AND "chains"'),
                              ("India", '"india"')]:
        expected = fts5_highlights(seed_workspace, expression)
        hits = search_workspace(seed_workspace, query)
        assert {hit.doc_id: hit.spans for hit in hits} == expected, query


def test_prefix_matches_word_starts(seed_workspace, texts):
    hits = search_workspace(seed_workspace, "minist*")
    assert len(hits) == 5
    matched = {texts[h.doc_id][s:e].lower() for h in hits for s, e in h.spans}
    assert {"minister", "ministerial"} <= matched
    assert all(word.startswith("minist") for word in matched)
    assert search_workspace(seed_workspace, "minist") == []


def test_all_words_must_appear(seed_workspace):
    assert names(search_workspace(seed_workspace, "Rubio")) != ["000"]
    assert names(search_workspace(seed_workspace, "Rubio Vance")) == ["000"]
    assert names(search_workspace(seed_workspace, "Silica OR Vance")) == ["000", "004"]


def test_hits_come_best_first_with_title_and_name(seed_workspace):
    hits = search_workspace(seed_workspace, "Pax Silica")
    assert [(h.name, bool(h.title)) for h in hits] == [("004_9ebb78d473d3e32a.txt", True)]
    ranks = [h.rank for h in search_workspace(seed_workspace, "critical minerals")]
    assert ranks == sorted(ranks)


@pytest.mark.parametrize("query", ['U.S.', '-', ':', '"unbalanced', 'a"b', 'NOT', 'OR', 'AND', '(', ')', '*',
                                   '^x', 'title:India', 'NEAR(a b)', '"', "it's", '+India -China'])
def test_punctuation_and_operators_never_raise(seed_workspace, query):
    search_workspace(seed_workspace, query)


def test_punctuation_inside_a_word_joins_its_parts_as_a_phrase(seed_workspace, texts):
    hits = search_workspace(seed_workspace, "over-dependence")
    assert names(hits) == ["001"]
    start, end = hits[0].spans[0]
    assert texts[hits[0].doc_id][start:end].lower() == "over-dependence"
    assert names(search_workspace(seed_workspace, '"Pax Silica')) == ["004"]  # the quote closes at the end


@pytest.mark.parametrize("query", ["", "   ", "- : *", '""'])
def test_a_query_without_words_finds_nothing(seed_workspace, query):
    assert search_workspace(seed_workspace, query) == []


def test_damaged_or_foreign_file_raises_naming_it(seed_workspace, tmp_path):
    data = bytearray(seed_workspace.read_bytes())
    data[100:4096] = os.urandom(3996)
    seed_workspace.write_bytes(bytes(data))
    notes = tmp_path / "notes.explorer"
    notes.write_text("just some notes")
    for path in (seed_workspace, notes, tmp_path / "missing.explorer"):
        with pytest.raises(WorkspaceError) as error:
            search_workspace(path, "India")
        assert str(path) in str(error.value)


def test_a_workspace_without_the_search_index_raises(seed_workspace):
    with sqlite3.connect(seed_workspace) as conn:
        conn.execute("DROP TABLE documents_fts")
    with pytest.raises(WorkspaceError, match=re.escape(str(seed_workspace))):
        search_workspace(seed_workspace, "India")


def test_events_in_hits_are_those_whose_sentence_holds_a_match(seed_workspace, texts):
    events = load_workspace(seed_workspace)["events"]
    hits = search_workspace(seed_workspace, '"critical minerals"')
    chosen = events_in_hits(events, hits)
    sentences = {e: texts[d][s:t].lower() for e, d, s, t in zip(events["event_id"], events["doc_id"],
                                                                  events["start"], events["end"])}
    expected = [e for e in events["event_id"] if re.search(r"\bcritical\W+minerals\b", sentences[e])]
    assert chosen == expected
    assert 0 < len(chosen) < len(events)
    assert events_in_hits(events, search_workspace(seed_workspace, "Pax Silica OR Vance")) != chosen
    assert events_in_hits(events, []) == []


def test_match_spans_folds_case_and_accents_and_keeps_phrases_whole():
    text = "The U.S. café and the CAFE\u0301; Critical\nMinerals, criticality."
    assert match_spans(text, "cafe") == [(9, 13), (22, 27)]
    assert match_spans(text, "u.s.") == [(4, 7)]
    assert match_spans(text, '"critical minerals"') == [(29, 46)]
    assert match_spans(text, "critic*") == [(29, 37), (48, 59)]
    assert match_spans(text, "") == []


def test_or_binds_within_a_group_of_words():
    assert [[t.words for t in group] for group in parse_query('a OR "b c" d')] == [[("a",), ("b", "c")], [("d",)]]


TRICKY = ("Ünïcödé CAFÉ café cafe\u0301 İstanbul Straße naïve ǖber U.S. snake_case x²y 3.5% "
          "“quoted” — India’s 😀 emoji Σίσυφος ΣΊΣΥΦΟΣ")


@pytest.mark.parametrize("query", ["cafe", "unicode", "istanbul", "straße", "naive", "ǖber", "u.s.", "snake",
                                   "x²y", "3.5", "quoted", "s", "emoji", "σίσυφος", "caf*", '"india s"'])
def test_match_spans_agree_with_the_index_tokenizer_on_unusual_text(query):
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
        conn.execute("INSERT INTO t VALUES (?)", (TRICKY,))
        rows = conn.execute("SELECT highlight(t, 0, ?, ?) FROM t WHERE t MATCH ?",
                            (MARK_START, MARK_END, fts_expression(parse_query(query)))).fetchall()
    expected, removed = [], 0
    for match in re.finditer(f"{MARK_START}([^{MARK_END}]*){MARK_END}", rows[0][0] if rows else ""):
        start = match.start() - removed
        expected.append((start, start + len(match.group(1))))
        removed += 2
    assert expected, query
    assert match_spans(TRICKY, query) == expected


def test_pages_come_best_first_and_add_up_to_the_search(seed_workspace):
    whole = search_workspace(seed_workspace, "India OR minister")
    pages = list(search_pages(seed_workspace, "India OR minister", page=2))
    assert len(whole) > 2 and all(0 < len(page) <= 2 for page in pages)
    assert [hit for page in pages for hit in page] == whole
    assert list(search_pages(seed_workspace, "!!")) == []


def test_a_cancelled_search_stops_inside_sqlite_and_leaves_the_file_as_it_was(seed_workspace, monkeypatch):
    before = seed_workspace.read_bytes()
    monkeypatch.setattr(search, "CANCEL_CHECK_STEPS", 1)  # look at the cancel flag at every SQLite step
    asked = []

    def should_cancel() -> bool:
        asked.append(True)
        return True

    with pytest.raises(Cancelled):
        list(search_pages(seed_workspace, "India", should_cancel=should_cancel))
    assert asked  # asked while SQLite worked, before any page was read
    assert seed_workspace.read_bytes() == before
    assert search_workspace(seed_workspace, "India")  # and the next search runs


OLD_RANKED = (  # the search before s7: snippets and FTS5's rank, ranked inside FTS5
    "SELECT d.doc_id, d.name, d.title, d.text, f.snip, f.rank FROM ("
    " SELECT rowid, snippet(documents_fts, 1, ?, ?, '…', ?) AS snip, rank FROM documents_fts"
    " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) AS f"
    " JOIN documents AS d ON d.rowid = f.rowid ORDER BY f.rank")


@pytest.fixture
def many_alike(seed_workspace):
    """The seed workspace with 60 more documents, many of them word for word alike (ties in the ranking)."""
    with sqlite3.connect(seed_workspace) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(documents)")]
        base = conn.execute("SELECT * FROM documents ORDER BY rowid").fetchall()
        for i in range(60):
            row = dict(zip(columns, base[i % len(base)]))
            row.update(doc_id=f"copy{i}", name=f"copy{i}.txt",
                       text=row["text"] if i % 3 else f"Minister Vance met India's minister. {row['text']}")
            conn.execute(f"INSERT INTO documents ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         [row[c] for c in columns])
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    return seed_workspace


@pytest.mark.parametrize("query", ["India", "minister", '"Pax Silica"', "Min*", "India OR minister", "the"])
def test_ranked_hits_are_the_same_documents_order_and_snippets_as_ranking_inside_fts5(many_alike, query):
    with sqlite3.connect(many_alike) as conn:
        old = conn.execute(OLD_RANKED, (MARK_START, MARK_END, search.SNIPPET_TOKENS,
                                        fts_expression(parse_query(query)), 40)).fetchall()
    new = search_workspace(many_alike, query, limit=40)
    assert len(old) > 1
    assert [(h.doc_id, h.name, h.title, h.text, h.snippet, h.rank) for h in new] == [tuple(row) for row in old]


def test_snippets_are_made_for_the_page_handed_on_not_for_every_hit_ranked(many_alike, monkeypatch):
    """Ranking 200,000 matches with a snippet each cost the first page 1.5-1.8x at ten million events."""
    snippets_made = []
    opened = search.open_readonly

    def traced(path):
        conn = opened(path)
        conn.conn.set_trace_callback(lambda sql: snippets_made.append(sql) if "snippet(" in sql else None)
        return conn

    monkeypatch.setattr(search, "open_readonly", traced)
    pages = search_pages(many_alike, "minister", limit=40, page=3)
    assert len(next(pages)) == 3
    assert len(snippets_made) == 3 and all("rowid =" in sql for sql in snippets_made)


def test_quick_hits_are_matches_listed_before_ranking_with_the_ranked_snippets(many_alike):
    ranked = {hit.doc_id: hit for hit in search_workspace(many_alike, "minister", limit=500)}
    quick = search.quick_hits(many_alike, "minister", count=5)
    assert len(quick) == 5 and len(ranked) > 5
    assert all(ranked[hit.doc_id].snippet == hit.snippet and ranked[hit.doc_id].rank == hit.rank for hit in quick)
    assert [hit.rank for hit in quick] == sorted(hit.rank for hit in quick)
    assert search.quick_hits(many_alike, "!!") == []


@pytest.mark.parametrize("query", ["Min*", "Zzq* OR India", "India Min*"])
def test_quick_hits_of_a_prefix_are_its_matches_and_the_file_is_not_written(many_alike, monkeypatch, query):
    """A prefix is looked for as a few of the words it starts (not every one: FTS5 would merge them all first)."""
    monkeypatch.setattr(search, "PREFIX_WORDS", 2)
    before = many_alike.read_bytes()
    ranked = {hit.doc_id: hit for hit in search_workspace(many_alike, query, limit=500)}
    quick = search.quick_hits(many_alike, query, count=5)
    assert quick and all(hit.doc_id in ranked for hit in quick)
    assert all(MARK_START in hit.snippet or MARK_START in hit.title for hit in quick)
    assert search.quick_hits(many_alike, "Zzq*") == [] and many_alike.read_bytes() == before
