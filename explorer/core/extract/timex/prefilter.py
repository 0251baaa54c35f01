"""A cheap first-character test in front of each time-expression rule.

Python's ``re`` tries a pattern at every position of the text; the rules open with
optional alternations ("the beginning of", "last", "this past"…), so each position
costs dozens of failed branches, and the 40-odd rules over a text were the
largest cost of our per-document rules. ``with_first_chars`` puts a lookahead in
front of a pattern that admits only the characters a match can begin with, read
from the pattern's own parse: at most positions the rule then fails on one
character-class test.

Matches are exactly the same: the class holds every character that can start a
match (under the same case-insensitivity as in the pattern), and a pattern that
can match the empty string, or whose first character cannot be bounded (``.``,
``[^…]``, back-references), is left as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre, _parser as sre_parse  # the parser behind ``re`` (Python 3.11)

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class _Unbounded(Exception):
    """Any character may start a match: no test can be put in front."""


def with_first_chars(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead on its possible first characters (or unchanged if unbounded)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        plain, folded = [], []
        if _first(list(parsed), bool(pattern.flags & re.IGNORECASE), plain, folded):
            return pattern  # can match the empty string
        classes = ([f"[{''.join(dict.fromkeys(plain))}]"] if plain else []) \
            + ([f"(?i:[{''.join(dict.fromkeys(folded))}])"] if folded else [])
        return re.compile(f"(?={'|'.join(classes)})(?:{pattern.pattern})", pattern.flags)
    except (_Unbounded, re.error):
        return pattern


def _first(items: list, ignorecase: bool, plain: list[str], folded: list[str]) -> bool:
    """Add the class items that can start ``items`` to plain/folded; True when ``items`` can match empty."""
    for op, av in items:
        if not _first_of_item(op, av, ignorecase, plain, folded):
            return False
    return True


def _first_of_item(op, av, ignorecase: bool, plain: list[str], folded: list[str]) -> bool:
    """Add what can start one parsed item; True when the item can match empty (so the next one counts too)."""
    into = folded if ignorecase else plain
    if op in _ZERO_WIDTH:
        return True
    if op is sre.LITERAL:
        into.append(re.escape(chr(av)))
        return False
    if op is sre.IN:
        into.extend(_class_item(item_op, item_av) for item_op, item_av in av)
        return False
    if op is sre.BRANCH:
        return any([_first(list(branch), ignorecase, plain, folded) for branch in av[1]])
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first(list(sub), inner, plain, folded)
    if op in _REPEATS:
        low, _high, sub = av
        return _first(list(sub), ignorecase, plain, folded) or low == 0
    if op is sre.ATOMIC_GROUP:
        return _first(list(av), ignorecase, plain, folded)
    raise _Unbounded(op)


def _class_item(op, av) -> str:
    """One member of a character class, written back as regex source."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unbounded(op)  # a negated class, or anything unexpected
