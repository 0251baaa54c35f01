"""The places' gazetteer: a name or an alias to coordinates, never a guess (``explorer.core.places``)."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.places import build_gazetteer, place_key, resolve_places


@pytest.fixture(scope="module")
def gazetteer():
    return build_gazetteer()


def _entities(*rows: tuple[str, str, str, list[str]]) -> pd.DataFrame:
    return pd.DataFrame([{"entity_id": e, "name": n, "type": t, "aliases": a} for e, n, t, a in rows])


def test_a_country_is_placed_inside_itself(gazetteer):
    india = gazetteer.get("India")
    assert (india.kind, india.country) == ("country", "IN")
    assert 68 < india.lon < 97 and 8 < india.lat < 36  # the centroid of its outline, not a guess
    assert gazetteer.get("the Netherlands").name == "The Netherlands"


def test_a_city_has_its_gazetteer_coordinates(gazetteer):
    krakow = gazetteer.get("Kraków")
    assert (krakow.kind, krakow.country) == ("city", "PL")
    assert krakow.lat == pytest.approx(50.06, abs=0.05) and krakow.lon == pytest.approx(19.94, abs=0.05)
    assert gazetteer.get("KRAKOW") == krakow  # case and accents do not matter


def test_an_ambiguous_name_takes_the_most_populous_city_and_a_country_before_any(gazetteer):
    assert gazetteer.get("Paris").country == "FR"  # not Paris, Texas
    assert gazetteer.get("Moscow").country == "RU"  # not Moscow, Idaho
    assert gazetteer.get("Washington").kind == "city"  # the capital, before the state
    assert gazetteer.get("Georgia").kind == "country"  # the country, before the state
    assert gazetteer.get("Asia").kind == "continent"  # not the town in the Philippines
    assert gazetteer.get("Florida").kind == gazetteer.get("Virginia").kind == "US state"  # not towns in Cuba, SA


def test_aliases_and_the_packages_alternate_names_find_a_place(gazetteer):
    united_states = gazetteer.get("United States")
    assert gazetteer.get("U.S.") == gazetteer.get("US") == gazetteer.get("America") == united_states
    assert gazetteer.get("Britain").name == "United Kingdom"
    assert gazetteer.get("Holland").name == "The Netherlands"  # not Holland, Michigan
    assert gazetteer.get("Bombay").name == "Mumbai"  # a GeoNames alternate name
    assert gazetteer.get("Kiev").name == "Kyiv"
    assert gazetteer.get("Seville").name == "Sevilla"
    assert gazetteer.get("Twickenham") is None  # an old name of Huntsville, Alabama: a small city's alternates are not read
    assert gazetteer.get("Texas").kind == "US state"
    place, form = gazetteer.find(["Washington DC", "DC", "Washington", "Washington, DC"])
    assert (place.name, place.country, form) == ("Washington", "US", "Washington")
    place, form = gazetteer.find(["Franklin Park, Ill."])  # the town before the comma
    assert (place.name, form) == ("Franklin Park", "Franklin Park")


def test_resolving_entities_places_the_known_and_lists_the_rest(gazetteer):
    entities = _entities(("e1", "Washington DC", "GPE", ["DC", "Washington", "Washington, DC"]),
                         ("e2", "The United States", "GPE", ["US", "America"]),
                         ("e3", "Narnia", "GPE", []),
                         ("e4", "White House", "FAC", ["the White House"]),
                         ("e5", "Himalayas", "LOC", []))
    resolved = resolve_places(entities, ["e1", "e2", "e3", "e4", "e5", "e9", ""], gazetteer)
    assert set(resolved.placed.index) == {"e1", "e2"}
    assert resolved.placed.loc["e2", "gazetteer_name"] == "United States"
    assert resolved.placed.loc["e1", ["lon", "lat"]].tolist() == pytest.approx([-77.04, 38.90], abs=0.05)
    # a made-up name, a facility (GeoNames lists "White House" among Casablanca's names: never asked), a range the
    # gazetteer lacks and an id no entity has: listed, not placed
    assert resolved.not_found.to_dict() == {"e3": "Narnia", "e4": "White House", "e5": "Himalayas", "e9": "e9"}


def test_place_key_folds_what_news_varies():
    assert place_key("U.S.") == place_key("US") == "us"
    assert place_key("Côte d'Ivoire") == "cote divoire"
    assert place_key("  The  Bosnia-Herzegovina ") == "bosnia herzegovina"
