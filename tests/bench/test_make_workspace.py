"""The synthetic workspace generator writes a real workspace whose offsets hold."""

import importlib.util
from pathlib import Path

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
