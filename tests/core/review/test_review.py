"""The side-by-side review of a cluster: its columns, passages and the disagreements it states."""

from __future__ import annotations

import pytest

from explorer.core.model import empty_tables, make_table
from explorer.core.review.compare import (DATE_KIND, NUMBER_KIND, PARTICIPANT_KIND, build_review, find_numbers,
                                  largest_cluster_id, review_rows)

WIRE = ("Ministers met in Washington.\n"
        "The ministerial on February 4 gathered 50 countries, said Marco Rubio.\n"
        "Other news followed.")
PAPER = ("Intro line.\n"
         "The ministerial on February 5-6 gathered 54 countries in Washington.\n"
         "More text.")
BLOG = "A blog post.\nThe ministerial in Washington drew crowds.\n"


def sentence_span(text: str, sentence_start: str) -> tuple[int, int]:
    start = text.index(sentence_start)
    return start, text.index("\n", start) if "\n" in text[start:] else len(text)


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def event(event_id: str, doc_id: str, text: str, sentence_start: str, date: tuple[str, str], participants):
    start, end = sentence_span(text, sentence_start)
    return dict(event_id=event_id, doc_id=doc_id, sentence=text[start:end], start=start, end=end, trigger="gather",
                date_start=date[0], date_end=date[1], participants=list(participants), cluster_id="c1")


def mention(mention_id: str, entity_id: str, doc_id: str, text: str, words: str, type_: str):
    start, end = span_of(text, words)
    return dict(mention_id=mention_id, entity_id=entity_id, doc_id=doc_id, start=start, end=end, text=words,
                type=type_)


def timex(timex_id: str, doc_id: str, text: str, words: str, date: tuple[str, str]):
    start, end = span_of(text, words)
    return dict(timex_id=timex_id, doc_id=doc_id, start=start, end=end, text=words, type="DATE",
                value=date[0], date_start=date[0], date_end=date[1], basis="explicit")


def disagreeing_tables(conflict: str = "", with_blog: bool = False, paper: str = PAPER,
                       paper_date: tuple[str, str] = ("2026-02-05", "2026-02-06")):
    """Two (or three) reports of one ministerial that disagree on its date, the count of countries and who spoke."""
    paper_timex = "February 5-6" if "February 5-6" in paper else "February 4"
    tables = empty_tables()
    docs = [dict(doc_id="dB", name="b.txt", title="Paper story", source="Paper B", published="2026-02-05",
                 published_basis="dateline", text=paper),
            dict(doc_id="dA", name="a.txt", title="Wire story", source="Wire A", published="2026-02-03",
                 published_basis="metadata", text=WIRE)]
    events = [event("eA", "dA", WIRE, "The ministerial", ("2026-02-04", "2026-02-04"), ["rubio", "wash"]),
              event("eB", "dB", paper, "The ministerial", paper_date, ["wash"])]
    if with_blog:
        docs.insert(0, dict(doc_id="dC", name="c.txt", title="Blog", source="", published="", text=BLOG))
        events.append(event("eC", "dC", BLOG, "The ministerial", ("", ""), ["wash"]))
    tables["documents"] = make_table("documents", docs)
    tables["entities"] = make_table("entities", [dict(entity_id="wash", name="Washington DC", type="GPE"),
                                                 dict(entity_id="rubio", name="Marco Rubio", type="PERSON")])
    mentions = [mention("mA1", "wash", "dA", WIRE, "Washington", "GPE"),
                mention("mA2", "rubio", "dA", WIRE, "Marco Rubio", "PERSON"),
                mention("mB1", "wash", "dB", paper, "Washington", "GPE")]
    if with_blog:
        mentions.append(mention("mC1", "wash", "dC", BLOG, "Washington", "GPE"))
    tables["mentions"] = make_table("mentions", mentions)
    tables["timexes"] = make_table("timexes", [timex("tA", "dA", WIRE, "February 4", ("2026-02-04", "2026-02-04")),
                                               timex("tB", "dB", paper, paper_timex, paper_date)])
    tables["events"] = make_table("events", events)
    tables["clusters"] = make_table("clusters", [dict(
        cluster_id="c1", label="gather: Washington DC", date_start="2026-02-04", date_end="2026-02-06",
        doc_ids=[e["doc_id"] for e in events], event_ids=[e["event_id"] for e in events], conflict=conflict)])
    return tables


def marks(review, name: str, kind: str) -> list[str]:
    column = next(c for c in review.columns if c.name == name)
    return [column.text[m.start:m.end] for m in column.marks if m.kind == kind]


def test_one_column_per_document_by_publication_date_undated_last():
    review = build_review(disagreeing_tables(with_blog=True), "c1")
    assert [c.name for c in review.columns] == ["a.txt", "b.txt", "c.txt"]
    wire = review.columns[0]
    assert (wire.source, wire.published, wire.published_basis, wire.title) == ("Wire A", "2026-02-03", "metadata",
                                                                              "Wire story")
    assert wire.text == WIRE


def test_each_column_holds_its_passage_and_mentions():
    review = build_review(disagreeing_tables(), "c1")
    wire = review.columns[0]
    [passage] = wire.passages
    assert WIRE[passage.start:passage.end] == passage.sentence
    assert passage.sentence.startswith("The ministerial on February 4 gathered")
    assert passage.date == "2026-02-04"
    assert passage.participants == ("Marco Rubio", "Washington DC")
    assert [(m.entity_id, m.type) for m in wire.mentions] == [("wash", "GPE"), ("rubio", "PERSON")]


def test_the_date_disagreement_is_stated_and_its_time_expressions_marked():
    review = build_review(disagreeing_tables(), "c1")
    assert "Dates differ: Wire A says 2026-02-04; Paper B says 2026-02-05 to 2026-02-06." in review.conflicts
    assert review.date_spans == [("2026-02-04", "2026-02-04"), ("2026-02-05", "2026-02-06")]
    assert marks(review, "a.txt", DATE_KIND) == ["February 4"]
    assert marks(review, "b.txt", DATE_KIND) == ["February 5-6"]


def test_numbers_for_the_same_unit_that_differ_are_stated_and_marked():
    review = build_review(disagreeing_tables(), "c1")
    assert "Numbers differ for “country”: Wire A says 50 countries; Paper B says 54 countries." in review.conflicts
    assert marks(review, "a.txt", NUMBER_KIND) == ["50 countries"]
    assert marks(review, "b.txt", NUMBER_KIND) == ["54 countries"]


def test_a_participant_named_by_one_source_only_is_stated_and_marked():
    review = build_review(disagreeing_tables(), "c1")
    assert "Participants differ: Marco Rubio is named only in Wire A." in review.conflicts
    assert marks(review, "a.txt", PARTICIPANT_KIND) == ["Marco Rubio"]
    assert marks(review, "b.txt", PARTICIPANT_KIND) == []


def test_the_clusters_own_conflict_note_states_the_dates_instead_of_the_passages():
    review = build_review(disagreeing_tables(conflict="February 4 vs February 4–5"), "c1")
    assert review.conflicts[0] == "February 4 vs February 4–5"
    assert review.conflict == "February 4 vs February 4–5"
    assert not any(line.startswith("Dates differ") for line in review.conflicts)


def test_an_undated_source_does_not_contradict_the_dated_ones():
    review = build_review(disagreeing_tables(with_blog=True), "c1")
    dates = [c for c in review.conflicts if c.startswith("Dates differ")]
    assert dates == ["Dates differ: Wire A says 2026-02-04; Paper B says 2026-02-05 to 2026-02-06 (Blog gives no date)."]


def test_sources_that_agree_state_no_conflict():
    paper = PAPER.replace("February 5-6", "February 4").replace("54", "50")
    tables = disagreeing_tables(paper=paper, paper_date=("2026-02-04", "2026-02-04"))
    tables["mentions"] = tables["mentions"][tables["mentions"]["entity_id"] == "wash"]
    tables["events"]["participants"] = [["wash"], ["wash"]]
    review = build_review(tables, "c1")
    assert review.conflicts == []
    assert all(not c.marks for c in review.columns)


def test_rows_hold_one_record_per_passage_with_document_outlet_date_and_sentence():
    review = build_review(disagreeing_tables(with_blog=True), "c1")
    rows = review_rows(review)
    assert [(r["document"], r["outlet"], r["published"], r["date"]) for r in rows] == [
        ("a.txt", "Wire A", "2026-02-03", "2026-02-04"),
        ("b.txt", "Paper B", "2026-02-05", "2026-02-05 to 2026-02-06"),
        ("c.txt", "", "", "")]
    assert rows[1]["sentence"] == "The ministerial on February 5-6 gathered 54 countries in Washington."
    assert {r["cluster_id"] for r in rows} == {"c1"}


def test_an_unknown_cluster_is_a_key_error():
    with pytest.raises(KeyError):
        build_review(disagreeing_tables(), "nope")


@pytest.mark.parametrize("text, expected", [
    ("ten countries joined", [("ten countries", 10, "country")]),
    ("$2 billion over 30 per cent", [("$2 billion", 2e9, "dollar"), ("30 per cent", 30, "percent")]),
    ("a two-day visit by twenty-five ministers", [("two-day", 2, "day"), ("twenty-five ministers", 25, "minister")]),
    ("one of them came; 1,200 tonnes", [("1,200 tonnes", 1200, "tonne")]),
    ("G7 and COVID-19 are names, not counts", []),
    ("she died at 02:41 GMT", []),
])
def test_numbers_are_found_in_digits_and_words_with_their_unit(text, expected):
    assert [(n.text, n.value, n.unit) for n in find_numbers(text)] == expected


def test_every_seed_cluster_builds_with_its_passages_in_place(seed_tables):
    largest = largest_cluster_id(seed_tables)
    clusters = seed_tables["clusters"].set_index("cluster_id")
    assert len(clusters.at[largest, "doc_ids"]) == max(map(len, clusters["doc_ids"]))
    for cluster_id in clusters.index:
        review = build_review(seed_tables, cluster_id)
        assert sorted(c.doc_id for c in review.columns) == sorted(clusters.at[cluster_id, "doc_ids"])
        passages = [p for c in review.columns for p in c.passages]
        assert sorted(e for p in passages for e in p.event_ids) == sorted(clusters.at[cluster_id, "event_ids"])
        assert len({(c.doc_id, p.start) for c in review.columns for p in c.passages}) == len(passages)  # once each
        for column in review.columns:
            # a source listed by the people it shares shows its sentences of the happening's other actions
            shown = column.related if column.listed_only else column.passages
            assert shown, f"{column.name} has none of the cluster's sentences"
            assert not (column.listed_only and column.passages)
            for passage in shown:
                assert column.text[passage.start:passage.end] == passage.sentence


def test_with_the_clusters_note_the_disagreeing_dates_are_still_marked():
    review = build_review(disagreeing_tables(conflict="February 4 vs February 4–5"), "c1")
    assert any(m.kind == DATE_KIND for column in review.columns for m in column.marks)


def test_disagreements_name_sources_by_outlet_and_by_title_where_an_outlet_repeats():
    tables = disagreeing_tables(with_blog=True)
    documents = tables["documents"].copy()
    documents.loc[documents["doc_id"] == "dB", "source"] = "Wire A"  # two stories of one outlet
    tables["documents"] = documents
    review = build_review(tables, "c1")
    assert [c.label for c in review.columns] == ["Wire A (Wire story)", "Wire A (Paper story)", "Blog"]
    assert "Participants differ: Marco Rubio is named only in Wire A (Wire story)." in review.conflicts
    assert not any(".txt" in line for line in review.conflicts)


def test_the_clusters_stored_note_names_the_sources_as_the_columns_do():
    review = build_review(disagreeing_tables(conflict="Dates differ: a.txt says 2026-02-04; b.txt says 2026-02-05"), "c1")
    assert review.conflicts[0] == "Dates differ: Wire A says 2026-02-04; Paper B says 2026-02-05"
    assert review.conflict == "Dates differ: a.txt says 2026-02-04; b.txt says 2026-02-05"  # the stored note is kept


def test_seed_reviews_name_no_file(seed_tables):
    for cluster_id in seed_tables["clusters"]["cluster_id"]:
        review = build_review(seed_tables, cluster_id)
        assert not [line for line in review.conflicts if ".txt" in line], cluster_id


# -- what is no disagreement ------------------------------------------------------------------
def two_reports(first: str, second: str, mentions=(), sources=("Wire A", "Paper B")):
    """Two documents of one text each, every line a passage of cluster c1; ``mentions``: (doc, words, entity, type)."""
    tables = empty_tables()
    texts = {"dA": first, "dB": second}
    tables["documents"] = make_table("documents", [
        dict(doc_id=d, name=f"{d}.txt", title=f"Story {d}", source=source, published="2026-02-05",
             published_basis="metadata", text=texts[d]) for d, source in zip(texts, sources)])
    events, offset = [], 0
    for doc_id, text in texts.items():
        offset = 0
        for number, line in enumerate(text.split("\n")):
            if line.strip():
                events.append(dict(event_id=f"{doc_id}-e{number}", doc_id=doc_id, sentence=line, start=offset,
                                   end=offset + len(line), trigger="x", date_start="", date_end="", participants=[],
                                   cluster_id="c1"))
            offset += len(line) + 1
    tables["events"] = make_table("events", events)
    tables["entities"] = make_table("entities", [dict(entity_id=e, name=e, type=t) for _, _, e, t in mentions])
    tables["mentions"] = make_table("mentions", [
        mention(f"m{i}", entity, doc, texts[doc], words, type_) for i, (doc, words, entity, type_) in enumerate(mentions)])
    tables["clusters"] = make_table("clusters", [dict(cluster_id="c1", label="meeting", doc_ids=list(texts),
                                                      event_ids=[e["event_id"] for e in events])])
    return tables


def test_counts_of_different_meetings_in_one_cluster_are_no_disagreement():
    first = ("The inaugural ministerial brought together delegations from more than 50 countries.\n"
             "The ministerial was convened by the Secretary of State.")
    second = ("The ministerial was convened by the Secretary of State.\n"
              "Just weeks earlier, finance ministers from ten countries joined a multinational meeting in Washington.")
    review = build_review(two_reports(first, second), "c1")
    assert not [line for line in review.conflicts if "50" in line or "ten" in line], review.conflicts
    assert all(m.kind != NUMBER_KIND for c in review.columns for m in c.marks)


def test_different_counts_in_the_same_statement_are_still_a_disagreement():
    first = "Two people were killed when a bomb exploded at the market in Kabul on Monday, police said."
    second = "Three people were killed in the bomb explosion at a Kabul market, officials said."
    review = build_review(two_reports(first, second), "c1")
    assert "Numbers differ for “people”: Wire A says Two people; Paper B says Three people." in review.conflicts
    assert marks(review, "dA.txt", NUMBER_KIND) == ["Two people"]


@pytest.mark.parametrize("credit", [
    "KABUL, March 3 ({agency}) - Two people were killed at a market.",
    "Two people were killed at a market, the interior minister told {agency}.",
    "Two people were killed at a market, the state news agency {agency} said.",
    "Two people were killed at a market.\n({agency})",
])
def test_a_news_agency_one_source_credits_is_no_participant_difference(credit):
    """The agency is recognised by its place in the text (a dateline's credit, the one a minister spoke to, a
    sign-off), whatever its name: here a made-up one no list holds."""
    first = credit.format(agency="Zentara Press")
    second = "Two people were killed at a market, the minister said."
    review = build_review(two_reports(first, second, [("dA", "Zentara Press", "zp", "ORG")]), "c1")
    assert not [line for line in review.conflicts if "Zentara" in line], review.conflicts
    assert all(m.kind != PARTICIPANT_KIND for c in review.columns for m in c.marks)


def test_an_organisation_taking_part_is_still_a_participant_difference():
    first = "Two people were killed at a market, and the Red Crescent Society (RCS) sent teams."
    second = "Two people were killed at a market, the minister said."
    review = build_review(two_reports(first, second, [("dA", "RCS", "rcs", "ORG")]), "c1")
    assert "Participants differ: rcs is named only in Wire A." in review.conflicts


def test_the_outlet_named_in_its_own_story_is_no_participant():
    first = "Two people were killed at a market, ANI has learnt."
    second = "Two people were killed at a market, the minister said."
    review = build_review(two_reports(first, second, [("dA", "ANI", "ani", "ORG")], sources=("ANI", "Paper B")), "c1")
    assert not [line for line in review.conflicts if line.startswith("Participants differ")], review.conflicts


def test_the_place_a_story_was_filed_from_is_no_participant_difference():
    first = "New Delhi – Two people were killed at a market, the minister said."
    second = "Two people were killed at a market, the minister said."
    review = build_review(two_reports(first, second, [("dA", "New Delhi", "delhi", "GPE")]), "c1")
    assert not [line for line in review.conflicts if line.startswith("Participants differ")], review.conflicts
    third = "Two people were killed at a market in New Delhi, the minister said."
    review = build_review(two_reports(third, second, [("dA", "New Delhi", "delhi", "GPE")]), "c1")
    assert "Participants differ: delhi is named only in Wire A." in review.conflicts, "a place in the story counts"


def test_a_participant_the_other_source_names_outside_its_passages_is_named_by_both():
    first = "Two people were killed at a market, Governor Hale said."
    second = "Two people were killed at a market, the minister said.\n\n"
    tables = two_reports(first, second + "Hale visited the market a day later.",
                         [("dA", "Hale", "hale", "PERSON"), ("dB", "Hale", "hale", "PERSON")])
    events = tables["events"]
    tables["events"] = events[events["sentence"] != "Hale visited the market a day later."].reset_index(drop=True)
    tables["clusters"].at[0, "event_ids"] = list(tables["events"]["event_id"])
    review = build_review(tables, "c1")
    assert not [line for line in review.conflicts if line.startswith("Participants differ")], review.conflicts
