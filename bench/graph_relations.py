"""What directed, labelled relations cost in the graph at scale (issue 20): build, verbs, betweenness, sentences.

Opens a workspace as the window does (``store.WINDOW_TABLES``, Arrow text, the relations made later) and prints:
building the graph of the top entities over every event, as it stands and with a tenth of its relations made
verbs (a generated case has none; real text has about a tenth), betweenness on that graph (the Size option's
background job), the sentences of its heaviest link (what a click on it reads on the GUI thread), the edges'
label texts (made in the layout task) and the arrowheads (drawn after every zoom). Copy a big workspace first
if it must stay untouched: opening can rewrite its columnar cache.

    .venv/bin/python bench/graph_relations.py big.explorer [--top 1500] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.core.graph import build_graph  # noqa: E402
from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace  # noqa: E402
from explorer.gui.graph.arrows import arrow_triangles, head_codes  # noqa: E402
from explorer.gui.graph.evidence import evidence_rows  # noqa: E402
from explorer.gui.graph.hover import edge_labels  # noqa: E402
from explorer.gui.session import Session  # noqa: E402


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def with_verbs(tables: dict, share: float = 0.1) -> dict:
    """The tables with ``share`` of the relations' kinds made a verb ("meet" or "host", source to target)."""
    relations = tables["relations"].copy()
    kinds = relations["kind"].astype(str).to_numpy(dtype=object).copy()
    rng = np.random.default_rng(1)
    picked = rng.random(len(kinds)) < share
    kinds[picked] = np.where(rng.random(int(picked.sum())) < 0.5, "meet", "host")
    relations["kind"] = kinds
    return {**tables, "relations": relations}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace")
    parser.add_argument("--top", type=int, default=1500, help="entities drawn (the graph's Top spin box)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (the session is a QObject)
    session = Session()
    session.set_tables(load_workspace(args.workspace, WINDOW_TABLES, edited=False, arrow_text=True,
                                      later=LATER_TABLES), Path(args.workspace))
    tables = dict(session.tables)
    print(f"{len(session.events):,} events, {len(tables['relations']):,} relations; seconds")
    for name, case in (("as it stands", tables), ("a tenth made verbs", with_verbs(tables))):
        times = []
        for _ in range(args.rounds):
            graph, seconds = timed(lambda case=case: build_graph(case, None, 1, args.top, False, session.events))
            times.append(seconds)
        verbs = sum(1 for v in graph.es["verbs"] if v)
        print(f"build, all events, top {args.top:,} ({name}): {' '.join(f'{t:.2f}' for t in times)} "
              f"({graph.vcount():,} nodes, {graph.ecount():,} links, {verbs:,} with verbs)")
    _, seconds = timed(lambda: graph.betweenness(directed=False))
    print(f"betweenness: {seconds:.2f}")
    heaviest = graph.es[int(np.argmax(graph.es["weight"]))]
    (rows, total), seconds = timed(lambda: evidence_rows(session, heaviest["event_ids"]))
    print(f"sentences of the heaviest link ({total:,} events, {len(rows)} listed): {seconds:.3f}")
    _, seconds = timed(lambda: edge_labels(graph))
    print(f"label texts of {graph.ecount():,} links: {seconds:.3f}")
    pairs = np.array(graph.get_edgelist(), dtype=int).reshape(-1, 2)
    xy = np.random.default_rng(0).normal(size=(graph.vcount(), 2))

    def arrows():
        codes = head_codes(pairs, graph.vs["entity_id"], graph.es["heads"])
        return arrow_triangles(xy, np.full(graph.vcount(), 8.0), pairs, codes, np.ones(len(pairs)), (0.01, 0.01))

    triangles, seconds = timed(arrows)
    print(f"arrowheads ({len(triangles):,}): {seconds:.3f}")


if __name__ == "__main__":
    main()
