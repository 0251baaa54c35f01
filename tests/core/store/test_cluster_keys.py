"""The clusters' ids read from the columnar cache are the strings of the events' cluster ids, found in the events'
dictionary (in C), not made to meet the load's string pool one by one (2.4 s of the read at ten million events):
the same values as the rows give, one string per id across the two tables (the events' ids held as codes: one
string per category)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[3]


def _generated(tmp_path: Path) -> Path:
    """A synthetic workspace whose events' cluster ids repeat (so the cache codes them), its cache written."""
    sys.path.insert(0, str(REPO / "bench"))
    import make_workspace

    from explorer.core.store import load_workspace, save_workspace
    from explorer.core.store.column_cache import refresh_column_cache

    tables = make_workspace.tables_from(make_workspace.build(3000, 120, 25, seed=3))
    path = tmp_path / "generated.explorer"
    save_workspace(tables, path)
    refresh_column_cache(path, load_workspace(path, edited=False))
    return path


def test_the_clusters_ids_are_the_events_cluster_id_strings_and_never_meet_the_pool(tmp_path, monkeypatch):
    from unittest import mock

    from explorer.core.later import resolved
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.core.store.table_reader import StringPool

    path = _generated(tmp_path)
    with mock.patch("explorer.core.store.workspace.read_cached_table", return_value=None):
        rows = load_workspace(path, WINDOW_TABLES, edited=False)
    pooled: list[set] = []
    real = StringPool.share

    def share(self, values, distinct=False):
        pooled.append(set(values.tolist()))
        return real(self, values, distinct)

    monkeypatch.setattr(StringPool, "share", share)
    for later in ((), LATER_TABLES):
        tables = load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=later)
        clusters, events = resolved(tables["clusters"]), tables["events"]
        pd.testing.assert_series_equal(clusters["cluster_id"], rows["clusters"]["cluster_id"], check_exact=True)
        assert isinstance(events["cluster_id"].dtype, pd.CategoricalDtype)  # (the window's read keeps the codes)
        pd.testing.assert_series_equal(events["cluster_id"].astype(object), rows["events"]["cluster_id"],
                                       check_exact=True)
        by_events = {id(c) for c in events["cluster_id"].cat.categories}
        assert len(clusters) > 100 and all(id(c) in by_events for c in clusters["cluster_id"])
    cluster_ids = set(rows["clusters"]["cluster_id"])
    assert not any(values & cluster_ids for values in pooled)


def test_keys_in_the_dictionarys_order_are_found_by_comparing_side_by_side_not_hashed(tmp_path, monkeypatch):
    """The clusters' ids come in the order of the events' cluster-id dictionary (with the unclustered events' ""
    left out): their positions are found by comparing the two arrays, not by ``index_in`` (0.6-1 s at ten million
    events), and are the same."""
    import pyarrow.compute as pc

    from explorer.core.later import resolved
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace

    path = _generated(tmp_path)
    with __import__("unittest").mock.patch("explorer.core.store.workspace.read_cached_table", return_value=None):
        rows = load_workspace(path, WINDOW_TABLES, edited=False)
    hashed = []
    real = pc.index_in
    monkeypatch.setattr(pc, "index_in", lambda *a, **k: hashed.append(1) or real(*a, **k))
    tables = load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    pd.testing.assert_series_equal(resolved(tables["clusters"])["cluster_id"], rows["clusters"]["cluster_id"],
                                   check_exact=True)
    assert not hashed


def test_keys_in_order_with_values_left_out_and_keys_out_of_order():
    """Positions found side by side are each key's; keys out of the dictionary's order, or more values left out than
    it tries, give None (the caller hashes them)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from explorer.core.store.column_cache import _in_order

    dictionary = pa.array([f"c{i}" for i in np.random.default_rng(5).permutation(2000)] + [""])
    left_out = [0, 7, 8, 1999, 2000]  # (the first, two together, the last ones)
    keys = dictionary.take(pa.array([i for i in range(len(dictionary)) if i not in left_out]))
    found = _in_order(keys, dictionary)
    assert found is not None
    assert found.tolist() == pc.index_in(keys, value_set=dictionary).to_numpy().tolist()
    assert _in_order(dictionary, dictionary).tolist() == list(range(len(dictionary)))
    swapped = dictionary.take(pa.array([1, 0, *range(2, len(dictionary))]))
    assert _in_order(swapped, dictionary) is None
    assert _in_order(keys, dictionary, gaps=4) is None
    assert _in_order(pa.array(["x"]), dictionary) is None
