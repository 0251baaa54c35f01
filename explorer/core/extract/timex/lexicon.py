"""The word tables behind the time-expression rules, loaded once from resources/.

Month and weekday names, number words, units and deictic phrases live in
``resources/timex_lexicon.json`` so that a missing word is a data fix. This module
turns them into lookup dicts and regex alternations that the rules compose.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterable

from explorer.paths import resource_path

SP = r"[^\S\n]+"  # whitespace that does not cross a line: a date never spans two lines


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed JSON lexicon; cached because every rule reads it at import time."""
    with resource_path("timex_lexicon.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def alternation(words: Iterable[str], case_insensitive: bool = True) -> str:
    """A non-capturing group of the words, longest first so that "this morning" beats "this".

    Spaces inside a phrase match any run of same-line whitespace.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(SP.join(re.escape(part) for part in w.split()) for w in ordered)
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


def _cased(words: Iterable[str]) -> list[str]:
    """Title-case and upper-case forms: a capital letter is what tells "May" from "may"."""
    return [form for w in words for form in (w, w.upper())]


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation in any case, trailing dot allowed."""
    return MONTHS[word.rstrip(".").lower()]


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday name, singular or plural."""
    key = word.lower()
    return WEEKDAYS[key[:-1] if key.endswith("s") and key[:-1] in WEEKDAYS else key]


def number_value(phrase: str) -> int | None:
    """The integer a numeral or number phrase names ("twenty-five", "10"); None when vague."""
    text = " ".join(phrase.lower().replace("-", " ").split())
    if text.replace(".", "", 1).isdigit():
        return int(float(text)) if float(text).is_integer() else None
    if text in NUMBERS:
        return NUMBERS[text]
    parts = text.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


_LEX = lexicon()
MONTHS: dict[str, int] = {}
for _index, _month in enumerate(_LEX["months"], start=1):
    for _word in [_month["name"], *_month["abbr"]]:
        MONTHS[_word.lower()] = _index
WEEKDAYS = {name.lower(): index for index, name in enumerate(_LEX["weekdays"])}
NUMBERS: dict[str, int] = _LEX["numbers"]
UNITS: dict[str, dict] = _LEX["units"]

_FULL_MONTHS = [m["name"] for m in _LEX["months"]]
_ABBR_MONTHS = [a for m in _LEX["months"] for a in m["abbr"]]
MONTH_FULL_RE = alternation(_cased(_FULL_MONTHS), case_insensitive=False) + r"\b"
MONTH_RE = rf"(?:{MONTH_FULL_RE}|{alternation(_cased(_ABBR_MONTHS), case_insensitive=False)}(?:\.|\b))"
WEEKDAY_RE = alternation(_cased(_LEX["weekdays"]), case_insensitive=False) + r"\b"
WEEKDAYS_PLURAL_RE = alternation(_cased(w + "s" for w in _LEX["weekdays"]), case_insensitive=False) + r"\b"

_UNIT_WORDS = [w for w in NUMBERS if " " not in w and w not in ("a", "an") and NUMBERS[w] < 10]
_TENS_WORDS = [w for w in NUMBERS if 20 <= NUMBERS[w] <= 90 and " " not in w]
NUMBER_WORD_RE = (
    rf"(?:{alternation(_TENS_WORDS)}(?:[-\s]{alternation(_UNIT_WORDS)})?|{alternation(NUMBERS)})"
)
NUMBER_RE = rf"(?:(?<![\d,.])\d{{1,4}}(?:\.\d+)?(?![\d,])|{NUMBER_WORD_RE})"
VAGUE_RE = alternation(_LEX["vague_quantities"])
UNIT_RE = alternation(UNITS) + r"\b"
PART_RE = alternation(_LEX["part_modifiers"])
POD_RE = alternation(_LEX["parts_of_day"])
APPROX_RE = alternation(_LEX["approximators"])
TZ_RE = alternation(_LEX["time_zones"], case_insensitive=False) + r"\b"
