"""The connectors of a narrowed timeline are found by the placements' rows, not by looking their ids up."""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.gui.timeline.layout import cluster_paths


def test_cluster_paths_read_the_cluster_column_at_the_placed_rows(qtbot, window, session, monkeypatch):
    session.selection.update(filter_query="outlet:ANI", origin="test")
    placed = window.timeline._placed.laid_out_whole()
    column = session.events["cluster_id"]
    looked_up = cluster_paths(placed, pd.Series(column.to_numpy(dtype=object), index=list(session.events.index)))

    def no_reindex(*args, **kwargs):
        raise AssertionError("looked the ids up (a hash table over every event id at a million events)")

    monkeypatch.setattr(pd.Series, "reindex", no_reindex)
    by_rows = cluster_paths(placed, column)
    assert by_rows.keys() == looked_up.keys() and len(by_rows) >= 1
    assert all(np.array_equal(by_rows[key], looked_up[key]) for key in by_rows)
