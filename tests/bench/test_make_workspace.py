"""The synthetic workspace generator writes a real workspace whose offsets hold."""

import importlib.util
from pathlib import Path

import pandas as pd

from explorer.core.store import load_workspace

REPO = Path(__file__).resolve().parents[2]


def load_generator():
    spec = importlib.util.spec_from_file_location("make_workspace", REPO / "bench" / "make_workspace.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_workspace_opens_and_its_offsets_slice_the_text(tmp_path):
    generator = load_generator()
    path = tmp_path / "synthetic.explorer"
    generator.save_workspace(generator.tables_from(generator.build(3000, 400, 60, seed=1)), path)
    tables = load_workspace(path)
    assert len(tables["events"]) == 3000 and len(tables["documents"]) == 60
    texts = tables["documents"].set_index("doc_id")["text"]
    for row in tables["mentions"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    for row in tables["events"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.sentence
    counts = tables["entities"]["mention_count"].sort_values(ascending=False).to_numpy()
    assert counts[0] > 10 * counts[len(counts) // 2], "entity frequencies should be heavy-tailed"
    clusters = tables["clusters"]
    assert len(clusters) > 0 and all(len(d) >= 2 for d in clusters["doc_ids"])


def test_streamed_workspace_holds_the_tables_built_in_memory(tmp_path):
    """Ten million events are written a chunk at a time; for one seed the file must hold exactly what
    the in-memory path (which the other benchmarks and tests use) saves, whatever the chunk size."""
    generator = load_generator()
    built_path, streamed_path = tmp_path / "built.explorer", tmp_path / "streamed.explorer"
    generator.save_workspace(generator.tables_from(generator.build(2500, 300, 70, seed=5)), built_path)
    counts = generator.write_streaming(2500, 300, 70, 5, streamed_path, chunk=333, say=lambda line: None)
    built, streamed = load_workspace(built_path), load_workspace(streamed_path)
    for table, frame in built.items():
        assert len(streamed[table]) == len(frame), table
        pd.testing.assert_frame_equal(streamed[table], frame, obj=table)
    assert counts["events"] == 2500 and counts["relations"] == len(built["relations"]) > 0
    assert counts["clusters"] == len(built["clusters"]) > 0
    assert not (tmp_path / ".streamed.explorer.partial").exists()


def test_generated_workspace_holds_the_rows_add_needs_so_adding_extracts_only_the_new(tmp_path):
    """``explorer add`` on a generated workspace must not extract its documents again: each has its
    ``held_rows``, written alike by both paths, and with the tables they give back every mention and event
    as batch rows (the participants as mention ids of the event's mentions, the subject as its agent)."""
    from explorer.core.build.add import held_batch_rows
    from explorer.core.store.held_rows import read_held_rows

    generator = load_generator()
    built_path, streamed_path = tmp_path / "built.explorer", tmp_path / "streamed.explorer"
    built = generator.build(1200, 150, 40, seed=3)
    generator.save_workspace(generator.tables_from(built), built_path, held=built["held"])
    generator.write_streaming(1200, 150, 40, 3, streamed_path, chunk=97, say=lambda line: None)
    held = read_held_rows(streamed_path)
    assert held == read_held_rows(built_path)
    tables = load_workspace(streamed_path, edited=False)
    assert set(held) == set(tables["documents"]["doc_id"])
    rows = held_batch_rows(tables, held)
    assert len(rows.mentions) == len(tables["mentions"]) and len(rows.events) == len(tables["events"])
    entity_of = dict(zip(tables["mentions"]["mention_id"], tables["mentions"]["entity_id"]))
    participants = dict(zip(tables["events"]["event_id"], tables["events"]["participants"]))
    for event in rows.events:
        assert {entity_of[m] for m in event["participants"]} == set(participants[event["event_id"]])
        assert event["agents"] == event["participants"][:1]
    assert all(m["key"] == m["text"].lower() for m in rows.mentions)
