"""The terms clustering compares: content words, smoothed IDF, sparse dot products.

Documents (``documents``) and events (``happening``) are compared
the same way: bags of lower-case content words (stop words out), weighted by an
inverse frequency whose rate is shrunk toward a prior so that a handful of items
say little, and scored by dot products summed in a fixed order.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

PRIOR_ITEMS = 20
PRIOR_RATE = 0.01
WORD = re.compile(r"[a-z][a-z'-]{2,}")


def content_words(text: str) -> Counter:
    """Lower-case words of three letters or more, stop words left out."""
    return Counter(w for w in WORD.findall(text.lower()) if w not in STOP_WORDS)


def smoothed_idf(bags: Iterable[Iterable[str]]) -> dict[str, float]:
    """Inverse frequency of each term over the bags (the share of bags holding it), its rate shrunk toward a prior."""
    df: Counter = Counter()
    count = 0
    for bag in bags:
        df.update(iter(bag))  # each term once per bag, whatever its count in it
        count += 1
    total = count + PRIOR_ITEMS
    return {term: -math.log((n + PRIOR_ITEMS * PRIOR_RATE) / total) for term, n in df.items()}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[t] * b[t] for t in sorted(a.keys() & b.keys()))  # sorted: the same sum in every process
