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
from functools import lru_cache
from re import _constants as sre, _parser as sre_parse  # the parser behind ``re`` (Python 3.11)

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class Unbounded(Exception):
    """The pattern's parse gives no bound the caller needs (any first character; no limit on how far it reads)."""


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
    except (Unbounded, re.error):
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
        into.extend(class_item(item_op, item_av) for item_op, item_av in av)
        return False
    if op is sre.BRANCH:
        return any([_first(list(branch), ignorecase, plain, folded) for branch in av[1]])
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first(list(sub), inner, plain, folded)
    if op in REPEATS:
        low, _high, sub = av
        return _first(list(sub), ignorecase, plain, folded) or low == 0
    if op is sre.ATOMIC_GROUP:
        return _first(list(av), ignorecase, plain, folded)
    raise Unbounded(op)


def class_item(op, av) -> str:
    """One member of a character class, written back as regex source."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise Unbounded(op)  # a negated class, or anything unexpected


# ---------------------------------------------------------------- words a match must contain
#
# The first-character test still lets a rule try most positions of a text ("t", "s", "m" start
# half its words). Most rules cannot match at all without one of a few words ("century", a
# weekday, "quarter"), and most texts have none of them: ``required_words`` reads that set from
# the pattern's parse, and ``find`` scans a text with the rule only when the text holds one of
# them (``may_match``). A necessary condition, never a sufficient one, so matches are the same.

# The non-ASCII letters Python's ``re`` matches to an ASCII letter under IGNORECASE (the ``re``
# docs name these four); written as that letter before lower-casing, a text cannot hide a match.
_ASCII_FOLDS = str.maketrans({0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"})


def words_key(text: str) -> str:
    """The text as ``may_match`` reads it: lower-cased, the four letters above written in ASCII.
    Computed once per text, for all the rules."""
    return text.translate(_ASCII_FOLDS).lower()


def may_match(words: frozenset[str] | None, key: str) -> bool:
    """Whether a rule whose matches each contain one of ``words`` can match the text of ``key``
    (``words_key``); ``words`` None: no word is required, always True."""
    return words is None or any(word in key for word in words)


@lru_cache(maxsize=None)
def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains (case aside), or None.

    Read from the parse: a run of literal characters is required; an alternation requires the
    union of its branches' sets (None if one branch requires nothing); a repeat at least once
    requires what its body does; an optional part, a character class, a look-around or anything
    else requires nothing. Of a sequence's required sets, the one whose shortest string is longest
    is kept (each of them would do: the longest is the rarest). Non-ASCII literals end a run.
    Read once per pattern (cached): ``find`` asks for every rule's words for every text.
    """
    try:
        return _of_sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except re.error:
        return None


@lru_cache(maxsize=None)
def required_word_sets(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Every set of words that ``required_words`` reads as required, not only the one it keeps: each set
    has a word in every match. The words a pattern needs in turn ("that" … "day"/"morning"…) are sets of
    their own, and in a given text one of them may be far rarer than the one chosen for all texts
    (``scan_windows`` scans around the rarest). Read once per pattern (cached)."""
    try:
        return tuple(_all_of_sequence(list(sre_parse.parse(pattern.pattern, pattern.flags))))
    except re.error:
        return ()


def _all_of_sequence(items: list) -> list[frozenset[str]]:
    """The required sets of each part of a sequence, and of the mandatory groups and repeats inside it."""
    return _sets_of_sequence(items, nested=True)


def _of_sequence(items: list) -> frozenset[str] | None:
    found = _sets_of_sequence(items, nested=False)
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sets_of_sequence(items: list, nested: bool) -> list[frozenset[str]]:
    """The required sets of a sequence's parts in order: each run of ASCII literals, and each item's own set
    (``_of_item``); where ``nested``, a mandatory group's or repeat's sets one by one rather than the one kept."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        inner = _mandatory_body(op, av) if nested else None
        if inner is not None:
            found.extend(_sets_of_sequence(inner, nested=True))
        elif (own := _of_item(op, av)) is not None:
            found.append(own)
    if run:
        found.append(frozenset([run]))
    return found


def _mandatory_body(op, av) -> list | None:
    """The items of a group, an atomic group or a repeat at least once: every match holds them; None otherwise."""
    if op is sre.SUBPATTERN:
        return list(av[3])
    if op in REPEATS and av[0] >= 1:
        return list(av[2])
    if op is sre.ATOMIC_GROUP:
        return list(av)
    return None


def _of_item(op, av) -> frozenset[str] | None:
    if op is sre.BRANCH:
        branches = [_of_sequence(list(branch)) for branch in av[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        return _of_sequence(list(av[3]))
    if op in REPEATS:
        low, _high, sub = av
        return _of_sequence(list(sub)) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _of_sequence(list(av))
    return None
