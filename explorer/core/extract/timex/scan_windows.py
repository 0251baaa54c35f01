"""A rule's matches in a text, scanned only around the words its every match contains.

``prefilter.required_word_sets`` gives, for most rules, sets of words such that every match holds one word
of each set; a text holding none of one set's words is not scanned at all. A text that holds one, once, was still scanned whole, and the
scans were still the largest part of the time-expression step: Python's ``re`` tries the pattern at every
position. A match that holds a word occurrence at ``p`` can start no earlier than ``p + len - reach`` and no
later than ``p``, where ``reach`` bounds how far past its start any attempt of the pattern can read (what
it consumes and what its lookaheads look at). So the rule is scanned, with ``finditer(text, pos, endpos)``,
only over the windows ``[p + len - reach, p + reach + 2)`` around the occurrences, merged where they meet,
of the set whose words occur least often in this text.

The matches are exactly those of ``finditer(text)``:

- ``reach`` comes from the pattern's own parse. A repeat without an upper bound over one character class
  (``[^\\S\\n]+``, ``\\d+``, ``\\s*``) reads at most the longest run of that class in this text, so the bound
  is taken per text (``TextToScan``); a pattern with another unbounded part, an end-of-string test (``$``,
  ``\\Z``, which would hold at a window's ``endpos``) or a conditional group gets no bound, and is scanned
  whole.
- With ``pos``, lookbehinds and ``\\b`` still read the characters before the window, as over the whole
  text; the ``endpos`` lies past every character an attempt from a start inside the window can read, so
  each attempt there goes as it would over the whole text, and an attempt from a start past every word's
  window could not match (its match would hold a word occurrence whose window reaches further).
- No match crosses from one merged window into the next: it would hold an occurrence whose own window
  was merged into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as sre, _parser as sre_parse  # the parser behind ``re`` (Python 3.11)

from explorer.core.extract.timex.prefilter import REPEATS, Unbounded, class_item, required_word_sets

_ONE_CHARACTER = {sre.LITERAL, sre.NOT_LITERAL, sre.IN}
_AT_AN_END = {sre.AT_END, sre.AT_END_LINE, sre.AT_END_STRING}


@dataclass(frozen=True)
class Reach:
    """How far past its start an attempt of a pattern can read: ``fixed`` characters, plus for each character
    class repeated without an upper bound, its count times the longest run of that class in the text."""

    fixed: int
    per_run: tuple[tuple[str, int], ...]  # (a class as a regex of one character, how many such repeats)

    def in_text(self, text: TextToScan) -> int:
        return self.fixed + sum(count * text.longest(cls) for cls, count in self.per_run)


@dataclass
class TextToScan:
    """What the rules' windows read of one text, shared by all the rules: the longest run of each character
    class (at least 1, a bound is all a reach needs) and where each required word occurs, each found when first
    asked for."""

    text: str
    key: str  # ``prefilter.words_key(text)``: the same offsets, lower case
    _longest: dict[str, int] = field(default_factory=dict)
    _at: dict[str, list[int]] = field(default_factory=dict)
    _at_any: dict[frozenset[str], list[int]] = field(default_factory=dict)

    def longest(self, cls: str) -> int:
        """A bound on the longest run of ``cls`` in the text: 1, or the longest run of two or more (runs of one
        are most; not making a string of each keeps this cheap)."""
        if cls not in self._longest:
            self._longest[cls] = max(map(len, _runs_of_two_or_more(cls).findall(self.text)), default=1)
        return self._longest[cls]

    def occurrences_of_any(self, words: frozenset[str]) -> list[int]:
        """Every offset where one of ``words`` starts in the key, sorted (a set is shared by several rules)."""
        if words not in self._at_any:
            self._at_any[words] = sorted(at for word in words for at in self.occurrences(word))
        return self._at_any[words]

    def occurrences(self, word: str) -> list[int]:
        """Every offset where ``word`` starts in the key, overlapping ones too."""
        if word not in self._at:
            found, at = [], self.key.find(word)
            while at >= 0:
                found.append(at)
                at = self.key.find(word, at + 1)
            self._at[word] = found
        return self._at[word]


@lru_cache(maxsize=None)
def _runs_of_two_or_more(cls: str) -> re.Pattern:
    return re.compile(f"(?:{cls}){{2,}}")


def matches(pattern: re.Pattern, text: TextToScan) -> list[re.Match]:
    """``list(pattern.finditer(text.text))``, scanning only the windows where a match can lie."""
    word_sets = required_word_sets(pattern)
    if not word_sets:
        return list(pattern.finditer(text.text))
    words, occurrences = min(((words, text.occurrences_of_any(words)) for words in word_sets),
                             key=lambda found: len(found[1]))
    if not occurrences:
        return []
    bound = reach(pattern)
    if bound is None:
        return list(pattern.finditer(text.text))
    windows = _windows(occurrences, min(map(len, words)), bound.in_text(text), len(text.text))
    return [match for start, end in windows for match in pattern.finditer(text.text, start, end)]


def _windows(occurrences: list[int], shortest: int, reach_: int, length: int) -> list[tuple[int, int]]:
    """The merged ``[start, end)`` windows around sorted word offsets (see the module's docstring)."""
    windows: list[tuple[int, int]] = []
    for at in occurrences:
        start, end = max(0, at + shortest - reach_), min(length, at + reach_ + 2)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


@lru_cache(maxsize=None)
def reach(pattern: re.Pattern) -> Reach | None:
    """How far past its start an attempt of ``pattern`` can read, or None when the parse gives no bound.
    Read once per pattern (cached)."""
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
        fixed, per_run = _Walk(pattern.flags).sequence(items, bool(pattern.flags & re.IGNORECASE))
    except (Unbounded, re.error):
        return None
    return Reach(fixed, tuple(sorted(per_run.items())))


_Bound = tuple[int, dict[str, int]]  # fixed characters, and counts of unbounded runs by class


class _Walk:
    """The reach of parsed items; a group's reach is kept for a back-reference to it."""

    def __init__(self, flags: int):
        self.ascii = bool(flags & re.ASCII)
        self.groups: dict[int, _Bound] = {}

    def sequence(self, items: list, ignorecase: bool) -> _Bound:
        return _sum([self.item(op, av, ignorecase) for op, av in items])

    def item(self, op, av, ignorecase: bool) -> _Bound:
        if op in _ONE_CHARACTER or op is sre.ANY:
            return 1, {}
        if op is sre.AT:
            if av in _AT_AN_END:
                raise Unbounded(av)
            return 0, {}
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            return self.sequence(list(sub), ignorecase) if direction > 0 else (0, {})  # a lookbehind reads back
        if op is sre.BRANCH:
            return _largest([self.sequence(list(branch), ignorecase) for branch in av[1]])
        if op is sre.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            inner = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            bound = self.sequence(list(sub), inner)
            if group is not None:
                self.groups[group] = bound
            return bound
        if op is sre.ATOMIC_GROUP:
            return self.sequence(list(av), ignorecase)
        if op in REPEATS:
            return self._repeat(av, ignorecase)
        if op is sre.GROUPREF and av in self.groups:
            return self.groups[av]
        raise Unbounded(op)

    def _repeat(self, av, ignorecase: bool) -> _Bound:
        low, high, sub = av
        items = list(sub)
        if high != sre.MAXREPEAT:
            fixed, per_run = self.sequence(items, ignorecase)
            return fixed * high, {cls: count * high for cls, count in per_run.items()}
        if len(items) == 1 and items[0][0] in _ONE_CHARACTER:
            op, one = items[0]
            return 0, {self._class_source(op, one, ignorecase): 1}
        raise Unbounded(sre.MAXREPEAT)

    def _class_source(self, op, av, ignorecase: bool) -> str:
        """One character class as a regex of one character, under the pattern's flags."""
        if op is sre.LITERAL:
            source = re.escape(chr(av))
        elif op is sre.NOT_LITERAL:
            source = f"[^{re.escape(chr(av))}]"
        else:
            negate = av and av[0][0] is sre.NEGATE
            members = "".join(class_item(item_op, item_av) for item_op, item_av in (av[1:] if negate else av))
            source = f"[{'^' if negate else ''}{members}]"
        flags = ("i" if ignorecase else "") + ("a" if self.ascii else "")
        return f"(?{flags}:{source})" if flags else source


def _sum(bounds: list[_Bound]) -> _Bound:
    per_run: dict[str, int] = {}
    for _fixed, runs in bounds:
        for cls, count in runs.items():
            per_run[cls] = per_run.get(cls, 0) + count
    return sum(fixed for fixed, _runs in bounds), per_run


def _largest(bounds: list[_Bound]) -> _Bound:
    """A bound on each of the branches: the largest fixed part and the largest count of each run (at least any
    one branch's own bound)."""
    per_run: dict[str, int] = {}
    for _fixed, runs in bounds:
        for cls, count in runs.items():
            per_run[cls] = max(per_run.get(cls, 0), count)
    return max((fixed for fixed, _runs in bounds), default=0), per_run
