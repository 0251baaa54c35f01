"""Synthetic big timelines for the timeline tests: the seed tables' events copied many times over."""

from __future__ import annotations

import numpy as np
import pandas as pd


def many_events(session, count: int, seed: int, top_joins: bool = False) -> dict[str, pd.DataFrame]:
    """The seed tables with ``count`` events made from the seeds' (new ids, dates over two years, a few bars,
    documents and clusters beyond those the tables list); with ``top_joins`` the most involved entity takes
    part in half of them."""
    rng = np.random.default_rng(seed)
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    seed_events = tables["events"]
    rows = seed_events.iloc[rng.integers(0, len(seed_events), count)].copy()
    days = pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, count), unit="D")
    rows["date_start"] = np.where(rng.random(count) < 0.05, "", days.strftime("%Y-%m-%d"))
    ends = (days + pd.to_timedelta(rng.choice([0, 0, 0, 2, 30], count), unit="D")).strftime("%Y-%m-%d")
    rows["date_end"] = np.where(rows["date_start"] == "", "", ends)
    rows["event_id"] = [f"synthetic-{i}" for i in range(count)]
    rows["doc_id"] = np.where(rng.random(count) < 0.5, rows["doc_id"], [f"doc-{n}" for n in rng.integers(0, 300, count)])
    rows["cluster_id"] = np.where(rng.random(count) < 0.4, [f"c{n}" for n in rng.integers(0, 900, count)], "")
    if top_joins:
        top = pd.Series([e for ps in seed_events["participants"] for e in ps]).value_counts().index[0]
        joins = rng.random(count) < 0.5
        rows["participants"] = [list(ps) + [top] if join and top not in ps else list(ps)
                                for ps, join in zip(rows["participants"], joins)]
    tables["events"] = rows.reset_index(drop=True)
    return tables
