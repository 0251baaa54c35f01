"""Events in view per place, and the world outline that ships with the app."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from explorer.core.places import events_at_place, load_outline, place_counts
from explorer.core.places.outline import OUTLINE_FILE
from explorer.paths import resource_path


def _events() -> pd.DataFrame:
    frame = pd.DataFrame({"event_id": ["a", "b", "c", "d", "e"], "place": ["p1", "p2", "p1", "", "p1"]})
    return frame.set_index("event_id", drop=False).rename_axis("event_id")


def test_places_are_counted_over_the_events_in_view_busiest_first():
    events = _events()
    assert place_counts(events).to_dict() == {"p1": 3, "p2": 1}  # the event without a place is not counted
    assert list(place_counts(events).index) == ["p1", "p2"]
    in_view = np.array([False, True, True, True, False])
    assert place_counts(events, in_view).to_dict() == {"p2": 1, "p1": 1}
    assert place_counts(events, np.zeros(5, dtype=bool)).empty


def test_a_places_events_are_those_in_view_there():
    events = _events()
    assert events_at_place(events, ["p1"]).tolist() == ["a", "c", "e"]
    assert events_at_place(events, ["p1"], np.array([True, True, False, True, True])).tolist() == ["a", "e"]
    assert events_at_place(events, ["nowhere"]).tolist() == []


def test_the_outline_ships_small_and_draws_the_world():
    path = resource_path(*OUTLINE_FILE)
    assert path.stat().st_size < 500_000
    outline = load_outline()
    assert "Natural Earth" in outline.about
    lines = outline.lines
    drawn = lines[~np.isnan(lines[:, 0])]
    assert len(drawn) > 5000 and np.isnan(lines[:, 0]).sum() > 500  # many lines, one path
    assert drawn[:, 0].min() >= -180 and drawn[:, 0].max() <= 180
    assert drawn[:, 1].min() >= -90 and drawn[:, 1].max() <= 90
    # no segment crosses the whole map (lines cut at the antimeridian)
    steps = np.abs(np.diff(lines[:, 0]))
    assert np.nanmax(steps) < 180
    lon, lat = outline.countries[840]  # the United States: in Kansas, its largest polygon's centroid
    assert -105 < lon < -90 and 35 < lat < 42
    assert math.dist(outline.countries[643], (99.9, 61.7)) < 5  # Russia, across the antimeridian
    assert -100 < outline.us_states[48][0] < -98  # Texas
