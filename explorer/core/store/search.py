"""Full-text search over a workspace's documents, and where the matches are.

What the analyst types — words (all must appear), "quoted phrases", ``prefix*``
and ``OR`` between terms — is parsed into terms and turned into an FTS5 MATCH
expression in which every term is a quoted string, so punctuation (``U.S.``,
``-``, ``:``) or an unbalanced quote can never be an FTS5 syntax error. The same
terms are matched again in Python to find each match's character offsets in the
stored text (FTS5 reports no offsets to Python). That matcher splits and folds
text the way the index's ``unicode61`` tokenizer does — letters, digits and
private-use characters make words; case and single Latin accents are ignored — so
the spans a view highlights are the matches FTS5 found.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.errors import Cancelled, WorkspaceError
from explorer.core.store.opening import check_version, open_readonly

MARK_START = "\x02"  # opens a match in a snippet (control characters never occur in stored text)
MARK_END = "\x03"  # closes it
SNIPPET_TOKENS = 12
PAGE_HITS = 25  # hits read and handed on at a time
PREFIX_WORDS = 16  # indexed words a prefix term stands for in the quick hits
CANCEL_CHECK_STEPS = 20_000  # SQLite steps between two looks at whether the search was cancelled

# The accents unicode61 folds away; they continue a word, but never start one.
_DIACRITICS = "\u0300-\u0304\u0306-\u030c\u030f\u0311\u031b\u0323-\u0328\u032d\u032e\u0330\u0331"
_PRIVATE_USE = "\ue000-\uf8ff\U000f0000-\U0010fffd"
_WORD = re.compile(rf"(?:[^\W_]|[{_PRIVATE_USE}])(?:[^\W_]|[{_PRIVATE_USE}{_DIACRITICS}])*")
_PLAIN_WORD = re.compile(r"[^\W_]+")  # the same, twice as fast, for text without those characters
_UNPLAIN = re.compile(f"[{_PRIVATE_USE}{_DIACRITICS}]")
_FOLDED_ACCENT = re.compile(f"[{_DIACRITICS}]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class Term:
    """One thing to find: a word or phrase as its folded words; ``prefix`` lets the last word be a word start."""

    words: tuple[str, ...]
    prefix: bool = False


Query = list[list[Term]]  # every group must match (AND); a group matches when any of its terms does (OR)


@dataclass(frozen=True)
class Hit:
    """A document that matches: ``snippet`` marks its matches with MARK_START/MARK_END; ``rank`` is
    FTS5's (lower is better)."""

    doc_id: str
    name: str
    title: str
    snippet: str
    rank: float
    text: str = field(default="", repr=False, compare=False)
    query: Query = field(default_factory=list, repr=False, compare=False)

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) offsets of every match in the document's stored text.

        Found on first use, so listing hundreds of hits costs only the index look-up.
        """
        return match_spans(self.text, self.query)


def parse_query(text: str) -> Query:
    """Split what the user typed into AND-groups of OR-ed terms; terms without any word are dropped."""
    groups: Query = []
    join_next = False
    for raw, quoted in _raw_terms(text.translate(_QUOTES)):
        if raw == "OR" and not quoted:
            join_next = bool(groups)
            continue
        prefix = raw.endswith("*")
        words = tuple(fold(w) for w in _WORD.findall(raw))
        if not words:
            continue
        if join_next:
            groups[-1].append(Term(words, prefix))
        else:
            groups.append([Term(words, prefix)])
        join_next = False
    return groups


def _raw_terms(text: str) -> list[tuple[str, bool]]:
    """(term, was quoted) pairs: a quote runs to the next quote or to the end; a ``*`` after it stays."""
    found = re.findall(r'"([^"]*)(?:"|$)(\*?)|([^\s"]+)', text)
    return [(phrase + star, True) if not bare else (bare, False) for phrase, star, bare in found]


def fts_expression(query: Query) -> str:
    """The FTS5 MATCH expression for a parsed query ("" for none); every term is quoted."""
    def term(t: Term) -> str:
        return f'"{" ".join(t.words)}"' + (" *" if t.prefix else "")

    return " AND ".join("(" + " OR ".join(term(t) for t in group) + ")" for group in query)


def fold(word: str) -> str:
    """A word as the index stores it: lower case, single accents on Latin letters removed."""
    return word.lower() if word.isascii() else _fold_unicode(word)


@lru_cache(maxsize=65536)
def _fold_unicode(word: str) -> str:
    return "".join(_fold_char(c) for c in _FOLDED_ACCENT.sub("", word))


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) == 2 and decomposed[0].isascii() and unicodedata.category(decomposed[1]) == "Mn":
        char = decomposed[0]
    folded = char.casefold()
    return folded if len(folded) == 1 else char.lower()  # "ß" stays "ß", as in the index


def match_spans(text: str, query: str | Query) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of every match of any of the query's terms, in order.

    Phrases match as a whole (their words in a row, whatever lies between them);
    a prefix term's last word matches any word starting with it and the span covers
    that whole word. Overlapping matches are merged into one span.
    """
    terms = [t for group in (parse_query(query) if isinstance(query, str) else query) for t in group]
    if not terms or not text:
        return []
    pattern = _WORD if _UNPLAIN.search(text) else _PLAIN_WORD
    found = [m.span() for m in pattern.finditer(text)]
    words = [fold(text[start:end]) for start, end in found]
    where: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        where.setdefault(word, []).append(i)
    spans = sorted((found[i][0], found[i + len(term.words) - 1][1])
                   for term in terms for i in _term_starts(words, where, term))
    return _merge(spans)


def _term_starts(words: list[str], where: dict[str, list[int]], term: Term) -> list[int]:
    """Indices of the words where ``term`` starts, found through the word index rather than a scan."""
    *exact, last = term.words
    if exact:
        candidates = where.get(exact[0], [])
    elif term.prefix:
        candidates = sorted(i for word, ids in where.items() if word.startswith(last) for i in ids)
    else:
        return where.get(last, [])
    n = len(term.words)
    return [i for i in candidates if i + n <= len(words) and words[i:i + n - 1] == exact
            and (words[i + n - 1].startswith(last) if term.prefix else words[i + n - 1] == last)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def search_workspace(path: str | Path, query: str, limit: int = 200) -> list[Hit]:
    """The documents of the workspace at ``path`` that match ``query``, best first (at most ``limit``).

    An empty query (or one with no words) finds nothing. Raises ``WorkspaceError``
    naming the file when it is missing, foreign or damaged.
    """
    return [hit for page in search_pages(path, query, limit) for hit in page]


_SNIPPET = "snippet(documents_fts, 1, ?, ?, '…', ?)"
_DOCUMENT = "SELECT doc_id, name, title, text FROM documents WHERE rowid = ?"


def search_pages(path: str | Path, query: str, limit: int = 200, page: int = PAGE_HITS,
                 should_cancel: Callable[[], bool] = lambda: False) -> Iterator[list[Hit]]:
    """The hits of ``search_workspace`` a page at a time, best first, so a window lists the best ones while
    the rest are read; ``should_cancel`` is asked while SQLite works (a query over 200,000 documents can
    take seconds) and interrupts it: ``Cancelled`` then, and the file is never changed.

    The ranking sorts ``bm25()`` itself, not FTS5's ``rank`` (the same value, ties in row order): the
    ``ORDER BY rank`` path runs a second statement inside FTS5 and took 1.5-1.8× as long at 200,000
    matches. Snippets are then made for one page at a time, by row id — unless a term is a prefix: FTS5
    merges every word a prefix starts before it can look up one row, so there the snippets come with
    the ranking, in one pass."""
    yield from _searching(path, query, lambda conn, parsed: _ranked_pages(conn, parsed, limit, page), should_cancel)


def quick_hits(path: str | Path, query: str, count: int = PAGE_HITS,
               should_cancel: Callable[[], bool] = lambda: False) -> list[Hit]:
    """The first ``count`` matches the index meets, unranked (then sorted among themselves), to list at
    once while ``search_pages`` ranks every match (seconds at 200,000 matching documents); the best hits
    may not be among them.

    A prefix term is looked for as the first ``PREFIX_WORDS`` words of the index that it starts (a
    document holding one holds the prefix): FTS5 merges the lists of every such word before it returns
    the first match of a prefix (0.6 s for ``Zan*`` at 200,000 documents). So the quick hits may miss a
    prefix's matches (none at all when a phrase goes on with a later word), never show a non-match."""
    def pages(conn: sqlite3.Connection, parsed: Query) -> Iterator[list[tuple]]:
        expr = fts_expression(_prefixes_as_words(conn, parsed))
        if not expr:
            return
        sql = (f"SELECT rowid, {_SNIPPET}, bm25(documents_fts) FROM documents_fts"
               " WHERE documents_fts MATCH ? LIMIT ?")
        found = conn.execute(sql, (MARK_START, MARK_END, SNIPPET_TOKENS, expr, count)).fetchall()
        yield _with_documents(conn, sorted(found, key=lambda row: (row[2], row[0])))

    return [hit for hits in _searching(path, query, pages, should_cancel) for hit in hits]


def _prefixes_as_words(conn: sqlite3.Connection, query: Query) -> Query:
    """``query`` with each prefix term replaced by terms for the first ``PREFIX_WORDS`` indexed words it
    starts ([] when a group is left with none: nothing matches it). The words are read from an
    ``fts5vocab`` table in the connection's temporary schema: the file is not written."""
    if not _has_prefix(query):
        return query
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_fts_words USING fts5vocab(main, documents_fts, row)")
    words_sql = "SELECT term FROM temp.documents_fts_words WHERE term >= ? AND term < ? LIMIT ?"
    expanded: Query = []
    for group in query:
        terms: list[Term] = []
        for term in group:
            if not term.prefix:
                terms.append(term)
                continue
            last = term.words[-1]
            for (word,) in conn.execute(words_sql, (last, last + "\U0010ffff", PREFIX_WORDS)):
                terms.append(Term((*term.words[:-1], word)))
        if not terms:
            return []
        expanded.append(terms)
    return expanded


def _has_prefix(query: Query) -> bool:
    """Whether a term of ``query`` is a prefix (FTS5 merges every indexed word it starts)."""
    return any(term.prefix for group in query for term in group)


def _searching(path: str | Path, query: str,
               pages: Callable[[sqlite3.Connection, Query], Iterator[list[tuple]]],
               should_cancel: Callable[[], bool]) -> Iterator[list[Hit]]:
    """Hits made from the rows ``pages`` reads on a read-only connection that ``should_cancel`` can
    interrupt; SQLite's errors become ``Cancelled`` or a ``WorkspaceError`` naming the file."""
    parsed = parse_query(query)
    if not parsed:
        return
    with open_readonly(path) as conn:
        check_version(conn, path)
        conn.set_progress_handler(lambda: int(should_cancel()), CANCEL_CHECK_STEPS)
        try:
            for rows in pages(conn, parsed):
                yield [Hit(doc_id, name, title, snippet, rank, text, parsed)
                       for doc_id, name, title, text, snippet, rank in rows]
        except sqlite3.DatabaseError as exc:
            if should_cancel():
                raise Cancelled() from exc
            raise WorkspaceError(path, f"damaged workspace or search index ({exc}); it was not changed") from exc


def _ranked_pages(conn: sqlite3.Connection, query: Query, limit: int, page: int) -> Iterator[list[tuple]]:
    """(doc_id, name, title, text, snippet, rank) rows, best first, ``page`` at a time."""
    marks = (MARK_START, MARK_END, SNIPPET_TOKENS)
    expr, with_prefix = fts_expression(query), _has_prefix(query)
    snippet = _SNIPPET if with_prefix else "NULL"
    sql = (f"SELECT rowid, {snippet}, bm25(documents_fts) AS score FROM documents_fts"
           " WHERE documents_fts MATCH ? ORDER BY score, rowid LIMIT ?")
    ranked = conn.execute(sql, (*marks, expr, limit) if with_prefix else (expr, limit)).fetchall()
    lookup = f"SELECT {_SNIPPET} FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?"
    for first in range(0, len(ranked), page):
        rows = ranked[first:first + page]
        if not with_prefix:
            rows = [(rowid, conn.execute(lookup, (*marks, expr, rowid)).fetchone()[0], score)
                    for rowid, _, score in rows]
        yield _with_documents(conn, rows)


def _with_documents(conn: sqlite3.Connection, rows: list[tuple]) -> list[tuple]:
    """(rowid, snippet, rank) rows as (doc_id, name, title, text, snippet, rank), the document's row read."""
    return [(*conn.execute(_DOCUMENT, (rowid,)).fetchone(), snippet, rank) for rowid, snippet, rank in rows]


def events_in_hits(events: pd.DataFrame, hits: list[Hit]) -> list[str]:
    """The ids of the events whose sentence (start..end) holds a whole match, in the events' order.

    Only the events of the documents hit are looked at (one ``isin`` over the document column): at a
    million events the others are never read one by one."""
    spans_by_doc = {hit.doc_id: hit.spans for hit in hits if hit.spans}
    if not spans_by_doc or events.empty:
        return []
    rows = np.flatnonzero(events["doc_id"].isin(list(spans_by_doc)).to_numpy(dtype=bool))
    # (the rows' values only: the window's event ids are Arrow strings, and ``to_numpy`` would make all ten million)
    columns = [events[c].iloc[rows].tolist() for c in ("event_id", "doc_id", "start", "end")]
    return [event_id for event_id, doc_id, start, end in zip(*columns)
            if _holds_a_span(spans_by_doc[doc_id], int(start), int(end))]


def _holds_a_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Spans are sorted and disjoint, so the first one starting inside is the one that ends soonest."""
    i = bisect_left(spans, (start, -1))
    return i < len(spans) and spans[i][1] <= end
