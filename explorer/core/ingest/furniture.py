"""Find page furniture: share buttons, comment threads, embed links, read-time badges.

Furniture stays in the stored text (offsets must match the file the analyst sees)
but is marked, so extraction does not turn a reader's comment or a tweet's link
into an event. The patterns are data (``resources/furniture_patterns.jsonl``), so a
new site's clutter is one more line there rather than a code change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from explorer.core.document import FurnitureSpan
from explorer.paths import resource_path

PATTERN_FILE = "furniture_patterns.jsonl"


@dataclass(frozen=True)
class FurniturePattern:
    """One kind of furniture: a regex, and whether everything after a match is furniture too."""

    kind: str
    regex: re.Pattern[str]
    to_end: bool


def parse_pattern_line(line: str, where: str) -> FurniturePattern:
    """One JSONL record; a bad record is a packaging bug, so it fails loudly."""
    try:
        record = json.loads(line)
        regex = re.compile(record["pattern"], re.IGNORECASE | re.MULTILINE)
        return FurniturePattern(kind=record["kind"], regex=regex, to_end=bool(record.get("to_end", False)))
    except (ValueError, KeyError, re.error) as exc:
        raise ValueError(f"{where}: bad furniture pattern: {exc}") from exc


def load_patterns(path: Path | None = None) -> tuple[FurniturePattern, ...]:
    """All patterns from the JSONL file (blank lines and ``//`` comments skipped)."""
    path = path or resource_path(PATTERN_FILE)
    patterns = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("//"):
            patterns.append(parse_pattern_line(line, f"{path}:{number}"))
    return tuple(patterns)


@lru_cache(maxsize=1)
def default_patterns() -> tuple[FurniturePattern, ...]:
    """The bundled patterns, read once per process."""
    return load_patterns()


def raw_spans(text: str, patterns: tuple[FurniturePattern, ...]) -> list[FurnitureSpan]:
    """Every match of every pattern, extended to the end of the text where the pattern says so."""
    spans = []
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            if match.end() > match.start():
                end = len(text) if pattern.to_end else match.end()
                spans.append(FurnitureSpan(start=match.start(), end=end, kind=pattern.kind))
    return spans


def drop_nested(spans: list[FurnitureSpan]) -> list[FurnitureSpan]:
    """Sorted spans without those wholly inside another (a 'Leave a Comment' inside the
    comment thread adds nothing), so each stretch of furniture is listed once."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    kept: list[FurnitureSpan] = []
    reach = -1  # the furthest end kept so far: one pass, however many spans a page has
    for span in ordered:
        if span.end <= reach:
            continue
        kept.append(span)
        reach = span.end
    return kept


def find_furniture(text: str, patterns: tuple[FurniturePattern, ...] | None = None) -> list[FurnitureSpan]:
    """Furniture spans of ``text``, in text order, offsets into ``text``."""
    return drop_nested(raw_spans(text, patterns or default_patterns()))
