"""Name the news agency or outlet an article credits, when the text itself says so.

Wire copy names its agency in a few conventional places: the dateline
(``LONDON, Feb 4 (Reuters) -``), a closing credit (``(ANI)``, ``- IANS``),
a line such as ``Based On ANI Report``, or a byline. Both the outlets and the
places are data in ``resources/outlets.json`` so the list can grow without code.
An outlet named only inside an embedded post (``— ANI (@ANI) ...``) is not the
article's source, which is why furniture lines are ignored here.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from explorer.core.document import FurnitureSpan
from explorer.paths import resource_path

OUTLETS_FILE = "outlets.json"
HEAD_LINES = 8
TAIL_LINES = 4


@dataclass(frozen=True)
class OutletRules:
    """Compiled outlet patterns by where they apply, and alias → canonical name."""

    head: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    anywhere: tuple[re.Pattern[str], ...]
    canonical: dict[str, str]


def alias_alternation(canonical: dict[str, str]) -> str:
    """A regex alternative of all aliases, longest first so 'Associated Press' beats 'AP'."""
    aliases = sorted(canonical, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(a) for a in aliases) + ")"


def compile_rules(data: dict) -> OutletRules:
    """Rules from the JSON structure of ``resources/outlets.json``."""
    canonical = {alias: o["name"] for o in data["outlets"] for alias in [o["name"], *o.get("aliases", [])]}
    outlet = alias_alternation(canonical)
    by_where: dict[str, list[re.Pattern[str]]] = {"head": [], "tail": [], "any": []}
    for rule in data["patterns"]:
        source = rule["pattern"].replace("{outlet}", outlet)
        by_where[rule["where"]].append(re.compile(source, re.MULTILINE))
    return OutletRules(tuple(by_where["head"]), tuple(by_where["tail"]), tuple(by_where["any"]), canonical)


def load_rules(path: Path | None = None) -> OutletRules:
    """Read and compile an outlets file."""
    path = path or resource_path(OUTLETS_FILE)
    return compile_rules(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_rules() -> OutletRules:
    """The bundled rules, read once per process."""
    return load_rules()


def body_lines(text: str, furniture: list[FurnitureSpan]) -> list[str]:
    """Non-empty lines of the text that are not page furniture (at least half covered), in order.

    Each span adds its overlap to the lines it touches (found by bisection), so a page
    with a million lines and as many furniture spans is read in linear time.
    """
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    covered = [0] * len(lines)
    for span in furniture:
        index = bisect_right(starts, span.start) - 1
        while index < len(lines) and starts[index] < span.end:
            start, end = starts[index], starts[index] + len(lines[index])
            covered[index] += max(0, min(end, span.end) - max(start, span.start))
            index += 1
    return [line for line, cover in zip(lines, covered, strict=True) if line.strip() and cover * 2 < len(line)]


def first_match(patterns: tuple[re.Pattern[str], ...], block: str, rules: OutletRules) -> str:
    """Canonical outlet of the first pattern that matches ``block``, or ''."""
    for pattern in patterns:
        match = pattern.search(block)
        if match:
            return rules.canonical.get(match.group("outlet"), match.group("outlet"))
    return ""


def find_outlet(text: str, furniture: list[FurnitureSpan] | None = None, rules: OutletRules | None = None) -> str:
    """The outlet the article credits ('ANI', 'Reuters', ...), or '' when it names none.

    The dateline and byline win over a closing credit, which wins over a credit line
    anywhere in the body.
    """
    rules = rules or default_rules()
    lines = body_lines(text, furniture or [])
    head = "\n".join(lines[:HEAD_LINES])
    tail = "\n".join(lines[-TAIL_LINES:])
    return (first_match(rules.head, head, rules)
            or first_match(rules.tail, tail, rules)
            or first_match(rules.anywhere, "\n".join(lines), rules))
