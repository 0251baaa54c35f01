"""The words a time rule's every match contains (``prefilter.required_words``): a text without any of
them is not scanned with that rule, so they must never miss a match (s11, extraction's own cost)."""

from __future__ import annotations

import re
from pathlib import Path

from explorer.core.extract.timex import find
from explorer.core.extract.timex.prefilter import may_match, required_words, words_key
from explorer.core.extract.timex.rules import RULES

REPO = Path(__file__).resolve().parents[4]
# upper case, the four non-ASCII letters ``re`` folds to ASCII ones (ſ, K, İ, ı), words split by a line
TRICKY = ("NEXT WEEK, the 1st Quarter. ſpring and ſeptember, \u212aELVIN; İstanbul, Frıday, THE END OF 2024-25 "
          "from 2 to 4 February, 10 a.m. on Tuesday, mid-2026, the '90s, 3 years ago, last\nyear, TWİCE a day.\n")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))] + [TRICKY]


def test_a_rule_that_matches_a_text_is_never_skipped_by_its_words():
    seen = 0
    for text in _texts():
        key = words_key(text)
        for rule in RULES:
            if next(rule.pattern.finditer(text), None) is not None:
                seen += 1
                assert may_match(required_words(rule.pattern), key), (rule.name, required_words(rule.pattern))
    assert seen > 50  # the texts exercise the rules


def test_the_scan_finds_what_every_rule_finds_on_its_own():
    for text in _texts():
        gated = find._rule_matches(text)
        assert [[m.span() for m in found] for _handler, found in gated] \
            == [[m.span() for m in rule.pattern.finditer(text)] for rule in RULES]


def test_most_rules_need_a_word_and_a_text_without_it_skips_them():
    needing = [rule for rule in RULES if required_words(rule.pattern)]
    assert len(needing) >= len(RULES) * 3 // 4
    assert not may_match(required_words(next(r.pattern for r in RULES if r.name == "century")),
                         words_key("The talks ended on a Tuesday."))


def test_words_read_from_the_pattern():
    # of two required sets, the one whose shortest word is longest (the rarer)
    assert required_words(re.compile(r"(?i:last|next)\s+(?:weekend|month)")) == frozenset({"weekend", "month"})
    assert required_words(re.compile(r"\b(?:\d+|a few)\s+(?i:centur(?:y|ies))")) == frozenset({"centur"})
    assert required_words(re.compile(r"(?:Jan|Feb)\.?\s+\d+")) == frozenset({"jan", "feb"})
    assert required_words(re.compile(r"(?:the\s+)?spring")) == frozenset({"spring"})
    assert required_words(re.compile(r"(?:morning|\d+)")) is None  # one branch needs no word
    assert required_words(re.compile(r"(?:year)?\d{4}")) is None  # optional: not needed
    assert required_words(re.compile(r"(?:ago)+")) == frozenset({"ago"})  # repeated at least once


def test_the_letters_re_folds_to_ascii_are_read_as_those_letters():
    for word, text in (("spring", "ſpring"), ("kelvin", "\u212aelvin"), ("twice", "TWİCE"), ("friday", "Frıday")):
        assert re.search(f"(?i:{word})", text)
        assert may_match(frozenset({word}), words_key(text))
