"""A query evaluated over a generated events table: each field, repeated fields, negation, text, facets, names.

The expected rows are worked out here the slow, obvious way (a Python step per event) and compared with the
vectorised answer of ``QueryContext`` through the event lookup, as the views ask for it.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from explorer.core.query import EventLookup
from explorer.core.query_language import QueryContext
from explorer.core.query_language.facets import facet_counts
from explorer.core.query_language.names import NameIndex
from explorer.core.selection import SelectionState

OUTLETS = ["ANI", "Reuters", "IANS", ""]
BASES = ["timex", "narrative", "dct", "bounded", "none"]
ENTITIES = [("e1", "Marco Rubio", "PERSON", ["Rubio", "Secretary Rubio"]),
            ("e2", "S Jaishankar", "PERSON", ["Jaishankar"]),
            ("e3", "India", "GPE", []),
            ("e4", "US Department of State", "ORG", ["State Department"]),
            ("e5", "Marcos", "PERSON", [])]


def generated(seed: int = 7, documents: int = 12, events: int = 400) -> dict[str, pd.DataFrame]:
    rng = random.Random(seed)
    docs, texts = [], {}
    for d in range(documents):
        sentences = [rng.choice(["Rubio met Jaishankar on critical minerals.", "India signed a deal.",
                                 "The State Department said nothing.", "Minerals were discussed at length."])
                     for _ in range(40)]
        texts[f"d{d}"] = " ".join(sentences)
        docs.append({"doc_id": f"d{d}", "name": f"article_{d}.txt", "title": f"Report {d}",
                     "source": OUTLETS[d % len(OUTLETS)], "published": "", "published_basis": "unknown",
                     "text": texts[f"d{d}"]})
    rows = []
    for i in range(events):
        doc = f"d{rng.randrange(documents)}"
        text = texts[doc]
        starts = [0] + [j + 2 for j, c in enumerate(text) if c == "." and j + 2 < len(text)]
        start = rng.choice(starts)
        end = text.find(".", start) + 1
        day = rng.choice(["", "2026-01-15", "2026-02-04", "2026-02-20", "2026-03-02", "2025-12-31"])
        month_range = rng.random() < 0.1 and day
        rows.append({"event_id": f"v{i}", "doc_id": doc, "sentence": text[start:end], "start": start, "end": end,
                     "date_start": day[:8] + "01" if month_range else day,
                     "date_end": day[:8] + "28" if month_range else day,
                     "date_basis": rng.choice(BASES) if day else "none",
                     "place": rng.choice(["", "", "e3"]),
                     "participants": rng.sample(["e1", "e2", "e4", "e5"], k=rng.randrange(0, 3)),
                     "cluster_id": rng.choice(["", "", "c1", "c2"]),
                     "tags": rng.choice([[], [], [], ["lead"], ["lead", "doubt"]])})
    entities = pd.DataFrame([{"entity_id": e, "name": n, "type": t, "aliases": a, "mention_count": 10 - k,
                              "doc_count": 1, "hidden": 0} for k, (e, n, t, a) in enumerate(ENTITIES)])
    clusters = pd.DataFrame([{"cluster_id": "c1", "label": "Critical Minerals Ministerial — 2026-02-04"},
                             {"cluster_id": "c2", "label": "call: S Jaishankar — 2026-02-04"}])
    return {"documents": pd.DataFrame(docs), "events": pd.DataFrame(rows), "entities": entities, "clusters": clusters}


@pytest.fixture(scope="module")
def case():
    tables = generated()
    events = tables["events"].set_index("event_id", drop=False)
    lookup = EventLookup(events)
    context = QueryContext(tables, lookup, None)
    lookup.set_query(context)
    return tables, lookup, context


def kept(lookup: EventLookup, line: str) -> set[str]:
    return set(lookup.events["event_id"][lookup.mask(SelectionState(filter_query=line))])


def expected(tables, test) -> set[str]:
    docs = tables["documents"].set_index("doc_id")
    return {row["event_id"] for row in tables["events"].to_dict("records") if test(row, docs.loc[row["doc_id"]])}


def involves(row, entity_id):
    return entity_id in row["participants"] or row["place"] == entity_id


def overlaps(row, start, end):
    return row["date_start"] != "" and row["date_start"] <= end and row["date_end"] >= start


TYPES = {e: t for e, _, t, _ in ENTITIES}
CASES = {
    'participant:"Marco Rubio"': lambda r, d: involves(r, "e1"),
    "participant:rubio": lambda r, d: involves(r, "e1"),  # an alias, case aside
    "entity:India": lambda r, d: involves(r, "e3"),
    "participant:Marco*": lambda r, d: involves(r, "e1") or involves(r, "e5"),
    "participant:Rubio participant:Jaishankar": lambda r, d: involves(r, "e1") and involves(r, "e2"),
    "type:ORG": lambda r, d: any(TYPES[p] == "ORG" for p in r["participants"]),
    "type:gpe": lambda r, d: r["place"] == "e3",
    "outlet:ANI": lambda r, d: d["source"] == "ANI",
    "outlet:ANI outlet:IANS": lambda r, d: d["source"] in ("ANI", "IANS"),
    "-outlet:ANI": lambda r, d: d["source"] != "ANI",
    "doc:article_3.txt": lambda r, d: r["doc_id"] == "d3",
    'doc:"Report 5"': lambda r, d: r["doc_id"] == "d5",
    "date:2026-02": lambda r, d: overlaps(r, "2026-02-01", "2026-02-28"),
    "date:2026-01-15": lambda r, d: overlaps(r, "2026-01-15", "2026-01-15"),
    "date:2026": lambda r, d: overlaps(r, "2026-01-01", "2026-12-31"),
    "date:2026-01..2026-02": lambda r, d: overlaps(r, "2026-01-01", "2026-02-28"),
    "date:..2026-01": lambda r, d: overlaps(r, "0000-01-01", "2026-01-31"),
    "date:2026-03..": lambda r, d: overlaps(r, "2026-03-01", "9999-12-31"),
    "basis:timex": lambda r, d: r["date_basis"] == "timex",
    "cluster:c1": lambda r, d: r["cluster_id"] == "c1",
    'cluster:"Critical Minerals Ministerial"': lambda r, d: r["cluster_id"] == "c1",
    "tag:lead": lambda r, d: "lead" in r["tags"],
    "tag:lead tag:doubt": lambda r, d: "doubt" in r["tags"],
    "-tag:lead": lambda r, d: "lead" not in r["tags"],
    '"critical minerals"': lambda r, d: "critical minerals" in r["sentence"].lower(),
    "minerals": lambda r, d: "minerals" in r["sentence"].lower(),
    "minerals -critical": lambda r, d: "minerals" in r["sentence"].lower() and "critical" not in r["sentence"].lower(),
    'participant:"Marco Rubio" type:ORG outlet:ANI date:2026-01..2026-02 "critical minerals"':
        lambda r, d: involves(r, "e1") and any(TYPES[p] == "ORG" for p in r["participants"])
        and d["source"] == "ANI" and overlaps(r, "2026-01-01", "2026-02-28")
        and "critical minerals" in r["sentence"].lower(),
}


@pytest.mark.parametrize("line", list(CASES))
def test_each_field_keeps_the_events_a_slow_reading_keeps(case, line):
    tables, lookup, _context = case
    want = expected(tables, CASES[line])
    assert kept(lookup, line) == want
    assert want or line.startswith("participant:Rubio participant:Jaishankar")  # (the cases find something)


def test_the_query_combines_with_the_other_filters(case):
    tables, lookup, _context = case
    state = SelectionState(filter_query="outlet:ANI", filter_entity_ids=frozenset({"e2"}),
                           time_range=("2026-02-01", "2026-02-10"))
    got = set(lookup.events["event_id"][lookup.mask(state)])
    assert got == expected(tables, lambda r, d: d["source"] == "ANI" and involves(r, "e2")
                           and overlaps(r, "2026-02-01", "2026-02-10"))
    assert len(lookup.rows(state)) == len(got)


def test_an_empty_line_keeps_every_event_and_a_name_nobody_has_keeps_none(case):
    _tables, lookup, context = case
    assert len(kept(lookup, "")) == len(lookup.events)
    assert kept(lookup, "participant:Nobody") == set()
    assert context.notes("participant:Nobody outlet:ANI") == ["no entity is named 'Nobody'"]


def test_free_text_worked_out_ahead_is_taken_as_kept(case, monkeypatch):
    tables = generated(seed=3)
    lookup = EventLookup(tables["events"].set_index("event_id", drop=False))
    context = QueryContext(tables, lookup, None)
    lookup.set_query(context)
    assert context.needs_text('rubio "critical minerals" outlet:ANI')
    context.prepare('rubio "critical minerals" outlet:ANI')
    assert not context.needs_text('rubio "critical minerals" outlet:ANI')
    from explorer.core.query_language import evaluate

    monkeypatch.setattr(evaluate, "text_mask", lambda *args, **kwargs: pytest.fail("searched again"))
    assert kept(lookup, 'rubio "critical minerals"') == expected(
        tables, lambda r, d: "rubio" in r["sentence"].lower() and "critical minerals" in r["sentence"].lower())


def test_facets_count_the_events_in_view(case):
    tables, lookup, context = case
    everything = facet_counts(context, np.ones(len(lookup.events), dtype=bool))
    outlets = dict(everything["outlet"])
    assert outlets == {s: len(expected(tables, lambda r, d, s=s: d["source"] == s)) for s in ("ANI", "Reuters", "IANS")}
    assert dict(everything["tag"])["lead"] == len(expected(tables, lambda r, d: "lead" in r["tags"]))
    assert dict(everything["type"])["GPE"] == len(expected(tables, lambda r, d: r["place"] == "e3"))
    assert dict(everything["cluster"])["Critical Minerals Ministerial"] == len(
        expected(tables, lambda r, d: r["cluster_id"] == "c1"))
    narrowed = facet_counts(context, lookup.mask(SelectionState(filter_query="outlet:ANI")))
    assert [value for value, _ in narrowed["outlet"]] == ["ANI"]
    assert sum(count for _, count in narrowed["doc"]) == outlets["ANI"]
    assert dict(narrowed["basis"]) == {b: len(expected(tables, lambda r, d, b=b: d["source"] == "ANI" and
                                                       r["date_basis"] == b)) for b in dict(narrowed["basis"])}


def test_facet_counts_stop_between_facets_when_asked(case):
    """A count in the background whose filters changed stops at the next facet (the panel counts again then)."""
    from explorer.core.errors import Cancelled

    _tables, lookup, context = case
    asked = []
    everything = np.ones(len(lookup.events), dtype=bool)
    with pytest.raises(Cancelled):
        facet_counts(context, everything, should_cancel=lambda: asked.append(1) or len(asked) > 2)
    assert len(asked) == 3  # two facets counted, stopped before the third
    assert facet_counts(context, everything, should_cancel=lambda: False) == facet_counts(context, everything)


def test_a_new_context_after_an_edit_answers_over_the_new_tables(case):
    tables, lookup, context = case
    renamed = dict(tables, entities=tables["entities"].assign(name=lambda f: f["name"].where(f["entity_id"] != "e1",
                                                                                             "Secretary Marco")))
    later = QueryContext(renamed, lookup, None, previous=context)
    lookup.set_query(later)
    try:
        assert kept(lookup, 'participant:"Secretary Marco"') == expected(tables, lambda r, d: involves(r, "e1"))
    finally:
        lookup.set_query(context)


def test_names_complete_by_prefix_heaviest_first():
    index = NameIndex(["Marco Rubio", "Marcos", "mario", "Rubio", "Marco Rubio"], [5, 9, 1, 3, 5])
    assert index.complete("mar") == ["Marcos", "Marco Rubio", "mario"]
    assert index.complete("MARCO R") == ["Marco Rubio"]
    assert index.complete("zz") == []
    assert index.complete("m", limit=1) == ["Marcos"]


def test_completion_at_a_hundred_thousand_names_is_a_prefix_search():
    import time

    rng = np.random.default_rng(1)
    names = ["".join(chr(97 + c) for c in rng.integers(0, 26, 8)) for _ in range(100_000)]
    index = NameIndex(names, rng.random(len(names)))
    started = time.perf_counter()
    for prefix in ("a", "ma", "mar", "q", "zz"):
        found = index.complete(prefix)
        assert all(name.startswith(prefix) for name in found) and found
    assert time.perf_counter() - started < 0.25  # (five completions; a scan of every name a key took ~50 ms each)
