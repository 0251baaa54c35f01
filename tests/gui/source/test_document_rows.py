"""A document's rows for the source pane: the same rows, in the same order, whether they are found by
scanning the ids (while the order is still being built in the background) or through the built order."""

from __future__ import annotations

import pandas as pd

from explorer.gui.source.text import DocumentRows


def test_rows_found_before_and_after_the_order_is_built_are_the_same(seed_tables):
    mentions = seed_tables["mentions"]
    rows = DocumentRows(mentions)
    scanned = {doc: rows._scanned(doc) for doc in seed_tables["documents"]["doc_id"]}
    rows._built.get()  # the order is there now
    for doc, found in scanned.items():
        built = rows.of(doc)
        assert found is not None and built is not None
        pd.testing.assert_frame_equal(found, built)
        assert found["start"].is_monotonic_increasing
    assert rows.of("no such document") is None and rows._scanned("no such document") is None


def test_rows_with_equal_starts_keep_the_table_order(qapp):
    table = pd.DataFrame({"doc_id": ["b", "a", "b", "b"], "start": [5, 1, 5, 2], "mention_id": ["m0", "m1", "m2", "m3"]})
    rows = DocumentRows(table)
    early = rows._scanned("b")["mention_id"].tolist()
    rows._built.get()
    assert early == rows.of("b")["mention_id"].tolist() == ["m3", "m0", "m2"]
