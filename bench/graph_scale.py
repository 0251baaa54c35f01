"""How the relationship graph scales: build, layout and draw times for a few thousand entities.

Synthetic workspaces whose entity graph has power-law degrees (igraph's static
power-law generator; each link backed by one to a few shared events), plus the
graph of a generated workspace (``bench/make_workspace.py``). For each it prints:
building the graph from the tables (all events, then half of them as a filter
would), the layout from scratch and from the previous positions, drawing it in
the view offscreen (nodes, edges, labels, one paint), a zoom step's redraw, and
the view's whole relayout as the analyst waits for it (background build + layout
+ draw). The machine's load shows in the figures: run it on an idle one.

    .venv/bin/python bench/graph_scale.py [--sizes 500 2000 5000] [--no-workspace]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import igraph as ig
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from explorer.core.extract.events.relations import co_participant_relations  # noqa: E402
from explorer.core.graph import build_graph, layout_graph  # noqa: E402
from explorer.core.model import empty_tables, make_table  # noqa: E402

TYPES = ["PERSON", "ORG", "GPE", "NORP", "LOC"]


def power_law_tables(entities: int, seed: int = 7) -> dict:
    """Tables whose co-participant graph has ``entities`` vertices with power-law degrees (exponent 2.2)."""
    rng = np.random.default_rng(seed)
    graph = ig.Graph.Static_Power_Law(entities, 3 * entities, 2.2)
    events, mentions = [], np.zeros(entities, dtype=int)
    for a, b in graph.get_edgelist():
        for _ in range(int(rng.geometric(0.55))):  # 1 shared event mostly, sometimes several
            day = f"2025-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}"
            events.append({"event_id": f"ev{len(events):07d}", "doc_id": "d0", "trigger": "met", "lemma": "meet",
                           "sentence": f"E{a} met E{b} on {day}.", "date_start": day, "date_end": day,
                           "participants": [f"e{a:05d}", f"e{b:05d}"], "place": ""})
            mentions[[a, b]] += 1
    tables = empty_tables()
    tables["entities"] = make_table("entities", [
        {"entity_id": f"e{v:05d}", "name": f"Entity {v}", "type": TYPES[v % len(TYPES)],
         "mention_count": int(mentions[v]), "doc_count": 1} for v in range(entities)])
    tables["events"] = make_table("events", events)
    tables["relations"] = make_table("relations", co_participant_relations(events))
    tables["documents"] = make_table("documents", [{"doc_id": "d0", "name": "synthetic.txt", "title": "Synthetic"}])
    return tables


def workspace_tables(events: int, entities: int, documents: int) -> dict:
    """The tables of a generated workspace (as ``bench/make_workspace.py`` writes them)."""
    sys.path.insert(0, str(REPO / "bench"))
    from make_workspace import build, tables_from

    return tables_from(build(events, entities, documents, seed=7))


def timed(work):
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def measure(name: str, tables: dict, app, max_nodes: int | None) -> None:
    from PySide6.QtCore import QPointF

    from explorer.gui.graph.view import GraphView
    from explorer.gui.session import Session

    all_events = tables["events"]["event_id"].tolist()
    half_events = all_events[: len(all_events) // 2]
    graph, build_s = timed(lambda: build_graph(tables, max_nodes=max_nodes))
    half, filtered_s = timed(lambda: build_graph(tables, event_ids=half_events, max_nodes=max_nodes))
    positions, layout_s = timed(lambda: layout_graph(graph))
    half_positions, narrow_s = timed(lambda: layout_graph(half, previous=positions))
    _, widen_s = timed(lambda: layout_graph(graph, previous=half_positions))

    session = Session()
    session.set_tables(tables, None)
    view = GraphView(session)
    view.resize(1200, 800)
    view.show()
    _wait(app, view)
    view.max_nodes_spin.blockSignals(True)
    view.max_nodes_spin.setValue(max_nodes or 1_000_000)
    view.max_nodes_spin.blockSignals(False)
    _, whole_s = timed(lambda: (view.relayout(), _wait(app, view)))
    _, draw_s = timed(lambda: (view.draw(graph, positions), view.grab()))
    middle = QPointF(*np.median(np.array(list(positions.values())), axis=0))
    _, zoom_s = timed(lambda: (view.view_box.scaleBy((0.5, 0.5), center=middle), view._place_labels(), view.grab()))
    shown_labels = len(view.shown_labels())
    view.close()
    print(f"{name:<32} {graph.vcount():>6,} {graph.ecount():>7,} {build_s:6.2f} {filtered_s:6.2f} {layout_s:6.2f}"
          f" {narrow_s:6.2f} {widen_s:6.2f} {draw_s:6.2f} {zoom_s:6.2f} {whole_s:6.2f} {shown_labels:>6}", flush=True)


def _wait(app, view) -> None:
    while view.is_laying_out():
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--no-workspace", action="store_true", help="skip the generated workspace")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print("seconds; build: graph from tables (all events, half of them); layout: from scratch, after narrowing"
          " to half the events, after widening back; draw: nodes, edges, labels and one paint; zoom: a 2x zoom's"
          " redraw; view: a relayout in the view as the analyst waits for it (background build + layout + draw)")
    print(f"{'graph':<32} {'nodes':>6} {'edges':>7} {'build':>6} {'half':>6} {'layout':>6} {'narrow':>6}"
          f" {'widen':>6} {'draw':>6} {'zoom':>6} {'view':>6} {'labels':>6}")
    for size in args.sizes:
        tables = power_law_tables(size)
        measure(f"power law, {size:,} entities", tables, app, None)
    if not args.no_workspace:
        tables = workspace_tables(events=100_000, entities=10_000, documents=2_000)
        for cap in (1500, 5000):
            measure(f"workspace 100k events, top {cap:,}", tables, app, cap)


if __name__ == "__main__":
    main()
