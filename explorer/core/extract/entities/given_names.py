"""Given names from Faker's person providers (MIT; the name lists ship inside the package, nothing fetched).

The small model cannot tell "Giacomo Puccini" (a person it calls an organisation)
from "Biogen Idec", nor "Producer Aamir Khan" (a role noun run into a name) from
"Bill Gates". A list of given names says which first words are people's: Faker
ships, for some eighty locales, the first names and surnames it draws fake people
from. Only the Latin-script ones are read (news in English writes names so).

A given name is used as evidence only when it is no ordinary English word and no
place the gazetteer knows ("Grace", "Will", "Chelsea", "Paris" are given names
too), and, where the rule asks, no surname either ("Morgan Stanley").
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from explorer.core.extract.entities.lexicon import is_common_word
from explorer.core.extract.entities.places import is_place

FIRST_NAME_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) of every Faker locale, Latin script only, as written ("Giacomo", "Puccini")."""
    try:
        import faker.providers.person as people
    except ImportError:  # Faker missing: no word is a given name, and the rules that need one do nothing
        return frozenset(), frozenset()
    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{module.name}").Provider
        for name in FIRST_NAME_FIELDS:
            given.update(_names(getattr(provider, name, None)))
        surnames.update(_names(getattr(provider, "last_names", None)))
    return frozenset(given), frozenset(surnames)


def _names(values: object) -> set[str]:
    """The Latin-script names of a provider's list or weighted dict (a property or nothing gives none)."""
    if not isinstance(values, (list, tuple, dict)):
        return set()
    return {v for v in values if isinstance(v, str) and v.isascii() and v[:1].isupper()}


def in_given_list(word: str) -> bool:
    """Whether ``word`` is in the given names at all, ordinary words included ("Bill", "Mark", "Grace")."""
    return word in _name_lists()[0]


def is_surname(word: str) -> bool:
    """Whether ``word`` is in the surnames ("Davies", "Puccini", "Stanley")."""
    return word in _name_lists()[1]


def is_given_name(word: str, *, not_surname: bool = False) -> bool:
    """Whether ``word`` is a given name that is no ordinary word and no place ("Giacomo", "Sandra"; not "Grace",
    "Paris"); with ``not_surname``, also no surname ("Charles" is a surname too, "Giacomo" is not)."""
    given, surnames = _name_lists()
    if word not in given or is_common_word(word) or is_place(word):
        return False
    return not (not_surname and word in surnames)
