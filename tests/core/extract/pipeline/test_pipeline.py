"""Extraction v1 on the seed articles with the real spaCy model."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.extract.pipeline.runner import extract_documents
from explorer.core.ingest import read_documents


def by_name(tables, name: str) -> pd.Series:
    docs = tables["documents"]
    return docs[docs["name"] == name].iloc[0]


@pytest.mark.parametrize("table", ["mentions", "timexes"])
def test_offsets_slice_the_stored_text_to_the_recorded_text(seed_tables, table):
    texts = seed_tables["documents"].set_index("doc_id")["text"]
    rows = seed_tables[table]
    assert len(rows) > 20
    for row in rows.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_event_offsets_slice_the_stored_text_to_the_sentence(seed_tables):
    texts = seed_tables["documents"].set_index("doc_id")["text"]
    for row in seed_tables["events"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.sentence


def test_nothing_is_extracted_from_page_furniture(seed_tables):
    furniture = seed_tables["furniture"]
    for table in ("mentions", "timexes", "events"):
        for row in seed_tables[table].itertuples():
            spans = furniture[furniture["doc_id"] == row.doc_id]
            assert not ((spans["start"] < row.end) & (row.start < spans["end"])).any(), (table, row)
    names = set(seed_tables["mentions"]["text"])
    assert "Priya S" not in names and "Rohit P" not in names  # reader comments under seed 003


def test_one_person_under_several_names(seed_tables):
    entities = seed_tables["entities"]
    jaishankar = entities[entities["aliases"].map(lambda a: "Jaishankar" in a) | (entities["name"] == "Jaishankar")]
    assert len(jaishankar) == 1
    row = jaishankar.iloc[0]
    assert row["type"] == "PERSON"
    assert {"S. Jaishankar", "Jaishankar"} <= set(row["aliases"]) | {row["name"]}
    assert row["doc_count"] == 4


def test_mentions_point_at_entities_and_counts_agree(seed_tables):
    entities = seed_tables["entities"].set_index("entity_id")
    mentions = seed_tables["mentions"]
    assert set(mentions["entity_id"]) == set(entities.index)
    counts = mentions.groupby("entity_id").size()
    assert (counts.reindex(entities.index) == entities["mention_count"]).all()


def test_event_dated_by_its_time_expression(seed_tables):
    doc = by_name(seed_tables, "000_41e90b55b187cf30.txt")
    events = seed_tables["events"]
    first = events[events["doc_id"] == doc["doc_id"]].iloc[0]
    assert first["trigger"] == "posed"
    assert (first["date_start"], first["date_end"], first["date_basis"]) == ("2026-02-04", "2026-02-04", "timex")
    entity_names = seed_tables["entities"].set_index("entity_id")["name"]
    assert {"Marco Rubio", "S Jaishankar"} <= {entity_names[p] for p in first["participants"]}


def test_events_of_an_undated_document_are_never_given_a_publication_date(seed_tables):
    doc = by_name(seed_tables, "004_9ebb78d473d3e32a.txt")
    assert doc["published"] == ""
    events = seed_tables["events"]
    events = events[events["doc_id"] == doc["doc_id"]]
    assert len(events) > 5
    assert not (events["date_basis"] == "dct").any()
    assert (events.loc[events["date_basis"] == "none", "date_start"] == "").all()


def test_month_and_range_keep_their_granularity(seed_tables):
    timexes = seed_tables["timexes"].set_index("text")
    assert tuple(timexes.loc["September 2025", ["date_start", "date_end"]]) == ("2025-09-01", "2025-09-30")
    assert tuple(timexes.loc["2 to 4 February 2026", ["date_start", "date_end"]]) == ("2026-02-02", "2026-02-04")


def test_relations_and_clusters_refer_to_real_rows(seed_tables):
    entity_ids = set(seed_tables["entities"]["entity_id"])
    events = seed_tables["events"].set_index("event_id")
    mentions = seed_tables["mentions"]
    for row in seed_tables["relations"].itertuples():
        assert {row.source, row.target} <= entity_ids
        assert row.weight == len(row.event_ids)
        for e in row.event_ids:
            if row.kind == "co-mention":  # named in the event's sentence, not both taking part
                named = mentions[(mentions["doc_id"] == events.at[e, "doc_id"]) & (mentions["start"] >= events.at[e, "start"])
                                 & (mentions["end"] <= events.at[e, "end"])]
                assert {row.source, row.target} <= set(named["entity_id"])
            else:
                assert row.source in events.at[e, "participants"] or row.source == events.at[e, "place"]
    assert set(seed_tables["relations"]["kind"]) >= {"co-participant", "co-mention"}
    assert len(seed_tables["clusters"]) > 0
    for row in seed_tables["clusters"].itertuples():
        assert len(row.doc_ids) >= 2
        assert set(events.loc[row.event_ids, "cluster_id"]) == {row.cluster_id}


def test_two_worker_processes_give_the_same_tables(seeds_dir, seed_tables):
    documents = read_documents([seeds_dir]).documents
    tables = extract_documents(documents, workers=2)
    for name, frame in seed_tables.items():
        pd.testing.assert_frame_equal(tables[name], frame, check_dtype=False, obj=name)


def test_undated_document_takes_the_corpus_year_for_days_and_its_own_window_for_months(seed_tables):
    doc = by_name(seed_tables, "004_9ebb78d473d3e32a.txt")
    timexes = seed_tables["timexes"]
    timexes = timexes[timexes["doc_id"] == doc["doc_id"]].set_index("text")
    assert tuple(timexes.loc["January 13", ["date_start", "basis"]]) == ("2026-01-13", "corpus")
    assert tuple(timexes.loc["February 4-5", ["date_start", "date_end"]]) == ("2026-02-04", "2026-02-05")
    # its own dates (September 2025 past, February 4 ahead, January 13 past) pin it to late January 2026
    assert tuple(timexes.loc["October", ["value", "date_start"]]) == ("2025-10", "2025-10-01")
    assert tuple(timexes.loc["earlier this month", ["value", "date_start", "date_end"]]) == ("2026-01", "2026-01-01", "2026-01-31")


def test_a_document_whose_extraction_fails_is_named_and_the_others_are_extracted(seeds_dir, tmp_path, monkeypatch):
    from explorer.core.build.local import build_workspace
    from explorer.core.extract.pipeline import batch

    files = sorted(seeds_dir.glob("*.txt"))[:3]
    for path in files:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    real = batch.extract_document

    def break_one(document, parsed):
        if document.name == files[1].name:
            raise ValueError("cannot parse this one")
        return real(document, parsed)

    monkeypatch.setattr(batch, "extract_document", break_one)
    result = build_workspace([tmp_path], tmp_path / "case.explorer")

    assert result.warnings == [f"{files[1].name}: extraction failed, left out of the events "
                               "(ValueError: cannot parse this one)"]
    names_with_events = set(result.tables["events"]["doc_id"].map(
        result.tables["documents"].set_index("doc_id")["name"]))
    assert names_with_events == {files[0].name, files[2].name}
    assert len(result.tables["documents"]) == 3  # the document stays readable in the workspace
