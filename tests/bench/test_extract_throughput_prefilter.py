"""The first-character test put in front of each time-expression rule (for speed) must not change a single match."""

from __future__ import annotations

import re
from pathlib import Path

from explorer.core.extract.timex.prefilter import with_first_chars
from explorer.core.extract.timex.rules import RULES

REPO = Path(__file__).resolve().parents[2]
TRICKY = ("Next week, the 1st quarter. ſpring and KELVIN \u212a; İstanbul, ıt; THE END OF 2024-25 "
          "from 2 to 4 February, 10 a.m. on Tuesday, mid-2026, the '90s and 3 years ago.\n")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))] + [TRICKY]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _without_test(fast: re.Pattern) -> re.Pattern:
    """The rule's own pattern: the source after the lookahead ``(?=…)(?:…)``."""
    source = fast.pattern
    return re.compile(source[source.index(")(?:") + 4:-1], fast.flags) if source.startswith("(?=") else fast


def test_every_time_rule_finds_the_same_matches_with_and_without_the_first_character_test():
    texts = _texts()
    for name, fast, _handler, _priority in RULES:
        plain = _without_test(fast)
        for text in texts:
            assert _spans(fast, text) == _spans(plain, text), name


def test_case_folding_and_optional_prefixes_keep_their_matches():
    for source in (r"(?:(?i:the|last)\s+)?(?i:spring|kelvin)\b", r"(?<![\w])(?:\d{4}|(?i:i)stanbul)",
                   r"\b(?P<n>\d+)?\s*(?i:years?)", r"(?i:s)(?:pring)"):
        pattern = re.compile(source)
        fast = with_first_chars(pattern)
        assert fast.pattern.startswith("(?=")
        assert _spans(fast, TRICKY) == _spans(pattern, TRICKY), source


def test_patterns_whose_first_character_is_unbounded_are_left_alone():
    for source in (r"a?", r".x", r"[^a]b", r"(?:x|.)y", r"\s*"):
        pattern = re.compile(source)
        assert with_first_chars(pattern) is pattern
