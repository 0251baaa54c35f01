"""The world outline that ships with Explorer, and the points it places countries and US states at.

``resources/map/world_110m.json`` (written once by ``packaging/build_world_map.py`` from Natural
Earth's 1:110m countries and the US Census Bureau's states, both public domain) holds the
borders and coasts as lines and, per country (ISO 3166-1 numeric code) and per US state (FIPS
code), the centroid of its largest polygon: the gazetteer gives cities coordinates but not
countries or states. Read once per process (110 KB, a few milliseconds); nothing is fetched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from explorer.paths import resource_path

OUTLINE_FILE = ("map", "world_110m.json")


@dataclass(frozen=True)
class Outline:
    """``lines``: (n, 2) longitudes and latitudes, one row of NaN between two lines (drawn as one path);
    ``countries`` and ``us_states``: code → (lon, lat) where the map places it."""

    lines: np.ndarray
    countries: dict[int, tuple[float, float]]
    us_states: dict[int, tuple[float, float]]
    about: str


@lru_cache(maxsize=1)
def load_outline(path: Path | None = None) -> Outline:
    """The outline in ``path`` (default: the one in ``resources/``)."""
    data = json.loads((path or resource_path(*OUTLINE_FILE)).read_text("utf-8"))
    pieces = []
    for line in data["lines"]:
        pieces.append(np.asarray(line, dtype=float).reshape(-1, 2))
        pieces.append(np.full((1, 2), np.nan))
    lines = np.concatenate(pieces) if pieces else np.empty((0, 2))
    return Outline(lines, _points(data["countries"]), _points(data["us_states"]), data.get("about", ""))


def _points(points: dict[str, list[float]]) -> dict[int, tuple[float, float]]:
    return {int(code): (float(lon), float(lat)) for code, (lon, lat) in points.items()}
