"""Selection exports: every row reads back equal to the workspace and traces to its source."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from explorer.core.export.formats import make_inert
from explorer.core.export.selection import (
    export_selection,
    selected_entities_frame,
    selected_events_frame,
    selected_mentions_frame,
)
from explorer.core.model import TABLE_COLUMNS, empty_tables, make_table


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def some_events(seed_tables) -> list[str]:
    """Every third event, so the selection spans documents, dated and undated."""
    return list(seed_tables["events"]["event_id"].iloc[::3])


def test_selected_events_read_back_equal_to_the_workspace(seed_tables, tmp_path):
    events = seed_tables["events"].set_index("event_id")
    docs = seed_tables["documents"].set_index("doc_id")
    names = dict(zip(seed_tables["entities"]["entity_id"], seed_tables["entities"]["name"]))
    chosen = some_events(seed_tables)
    assert (events.loc[chosen, "date_start"] == "").any() and (events.loc[chosen, "date_start"] != "").any()

    path = tmp_path / "events.csv"
    assert export_selection("events", selected_events_frame(seed_tables, chosen), path) == len(chosen)
    header, rows = read_rows(path)

    assert header[:len(TABLE_COLUMNS["events"])] == TABLE_COLUMNS["events"]
    assert {"document", "title", "source", "published", "participant_names", "place_name"} <= set(header)
    assert sorted(r["event_id"] for r in rows) == sorted(chosen)
    for row in rows:
        event = events.loc[row["event_id"]]
        doc = docs.loc[event["doc_id"]]
        assert row["doc_id"] == event["doc_id"]
        assert (row["date_start"], row["date_end"], row["date_basis"]) == (
            event["date_start"], event["date_end"], event["date_basis"])
        assert (int(row["start"]), int(row["end"])) == (event["start"], event["end"])
        assert row["trigger"] == make_inert(event["trigger"])
        assert row["sentence"] == make_inert(event["sentence"])
        assert event["sentence"] == doc["text"][event["start"]:event["end"]]
        assert row["document"] == doc["name"]
        assert row["title"] == make_inert(doc["title"]) and row["published"] == doc["published"]
        assert row["participants"] == "; ".join(event["participants"])
        assert row["participant_names"] == make_inert("; ".join(names[e] for e in event["participants"]))
        assert row["place_name"] == (make_inert(names[event["place"]]) if event["place"] else "")


def test_selected_events_come_in_date_order_with_undated_last(seed_tables, tmp_path):
    path = tmp_path / "events.csv"
    export_selection("events", selected_events_frame(seed_tables, some_events(seed_tables)), path)
    dates = [(r["date_start"], r["date_end"]) for r in read_rows(path)[1]]
    dated = [d for d in dates if d[0] or d[1]]  # "on or before 2026-01-13" ("", "2026-01-13") sorts at its bound
    assert [d[0] or d[1] for d in dated] == sorted(d[0] or d[1] for d in dated)
    assert dates == dated + [d for d in dates if not (d[0] or d[1])]


def test_formula_cells_are_inert_and_quoting_is_rfc4180(tmp_path):
    tables = empty_tables()
    tables["documents"] = make_table("documents", [
        {"doc_id": "d1", "name": "-report.txt", "title": "=cmd|' /C calc'!A0", "text": "x" * 50}])
    tables["entities"] = make_table("entities", [{"entity_id": "e1", "name": "@SUM(A1)", "type": "ORG"}])
    tables["events"] = make_table("events", [
        {"event_id": "v1", "doc_id": "d1", "sentence": '+1 said "no",\nthen left.', "start": 0, "end": 20,
         "trigger": "=said", "participants": ["e1"], "place": "e1"}])
    path = tmp_path / "events.csv"
    export_selection("events", selected_events_frame(tables, ["v1"]), path)
    raw = path.read_bytes().decode("utf-8")
    assert raw.split("\r\n")[0].startswith("event_id,doc_id,sentence")
    assert '"\'+1 said ""no"",\nthen left."' in raw
    row = read_rows(path)[1][0]
    assert row["trigger"] == "'=said"
    assert row["document"] == "'-report.txt"
    assert row["title"] == "'=cmd|' /C calc'!A0"
    assert row["participant_names"] == "'@SUM(A1)" and row["place_name"] == "'@SUM(A1)"
    assert row["start"] == "0"


def test_mentions_export_carries_the_sentence_that_contains_each_mention(seed_tables, tmp_path):
    events, mentions = seed_tables["events"], seed_tables["mentions"]
    texts = dict(zip(seed_tables["documents"]["doc_id"], seed_tables["documents"]["text"]))
    names = dict(zip(seed_tables["entities"]["entity_id"], seed_tables["entities"]["name"]))
    chosen = set(seed_tables["entities"]["entity_id"].iloc[::2])
    path = tmp_path / "mentions.csv"
    export_selection("mentions", selected_mentions_frame(seed_tables, chosen), path)
    header, rows = read_rows(path)

    assert header[:len(TABLE_COLUMNS["mentions"])] == TABLE_COLUMNS["mentions"]
    expected = mentions[mentions["entity_id"].isin(chosen)]
    assert [r["mention_id"] for r in rows] == list(expected["mention_id"])
    from_lines = 0
    for row in rows:
        doc_id, start, end = row["doc_id"], int(row["start"]), int(row["end"])
        text = texts[doc_id]
        assert make_inert(text[start:end]) == row["text"]
        assert row["entity_name"] == make_inert(names[row["entity_id"]])
        covering = events[(events["doc_id"] == doc_id) & (events["start"] <= start) & (events["end"] >= end)]
        if len(covering):
            sentence = covering["sentence"].iloc[0]
        else:
            from_lines += 1
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            sentence = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        assert text[start:end] in sentence
        assert row["sentence"] == make_inert(sentence)
    assert 0 < from_lines < len(rows), "the seeds should have mentions inside and outside event sentences"


def test_entities_export_has_the_entity_columns(seed_tables, tmp_path):
    entities = seed_tables["entities"]
    chosen = list(entities["entity_id"].iloc[:5])
    path = tmp_path / "entities.csv"
    assert export_selection("entities", selected_entities_frame(seed_tables, chosen), path) == 5
    header, rows = read_rows(path)
    assert header == TABLE_COLUMNS["entities"]
    for row, (_, entity) in zip(rows, entities.iloc[:5].iterrows()):
        assert row["entity_id"] == entity["entity_id"]
        assert row["name"] == make_inert(entity["name"])
        assert row["aliases"] == make_inert("; ".join(entity["aliases"]))
        assert int(row["mention_count"]) == entity["mention_count"]


def test_an_empty_selection_writes_just_the_header(seed_tables, tmp_path):
    path = tmp_path / "none.csv"
    assert export_selection("events", selected_events_frame(seed_tables, []), path) == 0
    header, rows = read_rows(path)
    assert header[0] == "event_id" and "document" in header and rows == []


def test_unknown_kind_is_refused(seed_tables, tmp_path):
    with pytest.raises(ValueError, match="unknown selection kind"):
        export_selection("relations", seed_tables["relations"], tmp_path / "x.csv")


def _undo_csv(cell: str) -> str:
    """What a reader who knows the formula guard does with a CSV cell."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


@pytest.mark.parametrize("kind", ["events", "entities", "mentions"])
def test_a_selection_saved_as_json_and_parquet_has_the_rows_of_its_csv(seed_tables, tmp_path, kind):
    import json

    import pandas as pd

    frames = {"events": lambda: selected_events_frame(seed_tables, some_events(seed_tables)),
              "entities": lambda: selected_entities_frame(seed_tables, seed_tables["entities"]["entity_id"].iloc[::2]),
              "mentions": lambda: selected_mentions_frame(seed_tables, seed_tables["entities"]["entity_id"].iloc[::4])}
    frame = frames[kind]()
    counts = {fmt: export_selection(kind, frame, tmp_path / f"rows.{fmt}", fmt) for fmt in ("csv", "json", "parquet")}
    assert len(set(counts.values())) == 1 and counts["csv"] > 0
    header, csv_rows = read_rows(tmp_path / "rows.csv")
    as_text = [{c: _undo_csv(v) for c, v in row.items()} for row in csv_rows]

    def text(value: object) -> str:  # a cell as the CSV writes it, before the formula guard
        if hasattr(value, "tolist"):  # Parquet reads lists back as arrays
            value = value.tolist()
        return "; ".join(map(str, value)) if isinstance(value, list) else str(value)

    def same_cells(records: list[dict]) -> list[dict]:
        return [{column: text(value) for column, value in row.items()} for row in records]

    from_json = json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))
    from_parquet = pd.read_parquet(tmp_path / "rows.parquet")
    assert list(from_json[0]) == header and list(from_parquet.columns) == header
    assert same_cells(from_json) == as_text
    assert same_cells(from_parquet.to_dict("records")) == as_text
