"""A rule scanned only in the windows around its required words (``scan_windows``) finds exactly what a scan of
the whole text finds: the same spans and the same groups (s27, extraction's own cost)."""

from __future__ import annotations

import re
from pathlib import Path

from explorer.core.extract.timex import find
from explorer.core.extract.timex.prefilter import required_word_sets, required_words, words_key
from explorer.core.extract.timex.rules import RULES
from explorer.core.extract.timex.scan_windows import TextToScan, matches, reach

REPO = Path(__file__).resolve().parents[4]
# long runs of spaces and tabs (a rule's reach grows with them), a line break inside an expression, a "%" a line
# after a day (a lookahead that reads across the break), words at the very start and end of the text
SPACED = ("year 2000   -   2001 and   12\t\t days,  from  2   to\t4  February, 10\n%  a.m. on   Tuesday 5\n%, "
          "mid-2026 the '90s,   3   years   ago  last\nyear, the     first      quarter of 1999, next week")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))] + [SPACED]


def _found(found: list[re.Match]) -> list[tuple]:
    return [(m.span(), m.groups()) for m in found]


def test_the_windows_find_what_the_whole_text_scan_finds():
    for text in _texts():
        read = TextToScan(text, words_key(text))
        for rule in RULES:
            assert _found(matches(rule.pattern, read)) == _found(list(rule.pattern.finditer(text))), \
                rule.name
        assert [_found(f) for _h, f in find._rule_matches(text)] == [_found(list(r.pattern.finditer(text)))
                                                                      for r in RULES]


def test_most_rules_have_a_reach():
    assert sum(reach(rule.pattern) is not None for rule in RULES) >= len(RULES) * 3 // 4


def test_reach_grows_with_the_runs_of_a_repeated_class():
    bound = reach(re.compile(r"\b(?i:last)[^\S\n]+(?:week|month)(?!\s*%)"))
    assert bound is not None
    assert bound.in_text(TextToScan("a  b", "a  b")) == bound.in_text(TextToScan("a b", "a b")) + 2  # [^\S\n]+ and \s* both
    assert bound.in_text(TextToScan("last week", "last week")) == 4 + 1 + 5 + 1 + 1  # words, a space, the lookahead's space and "%"


def test_no_bound_where_a_window_could_change_a_match():
    assert reach(re.compile(r"year$")) is None  # "$" would hold at a window's end
    assert reach(re.compile(r"(?:ab)+year")) is None  # an unbounded repeat of more than one character
    assert reach(re.compile(r"year(?:\s+\w+)*")) is None


def test_every_word_set_a_pattern_requires():
    pattern = re.compile(r"(?i:last|next)[^\S\n]+(?:weekend|month)(?:[^\S\n]+(?:ago)+)")
    assert set(required_word_sets(pattern)) == {frozenset({"last", "next"}), frozenset({"weekend", "month"}),
                                                frozenset({"ago"})}
    assert required_words(pattern) in required_word_sets(pattern)
    assert required_word_sets(re.compile(r"(?:year)?\d{4}")) == ()
    for rule in RULES:  # the set ``required_words`` keeps is one of them
        sets = required_word_sets(rule.pattern)
        assert (required_words(rule.pattern) is None) == (not sets)
        assert required_words(rule.pattern) is None or required_words(rule.pattern) in sets
