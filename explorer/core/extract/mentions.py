"""Entity mentions from spaCy's named entities, with offsets into the stored text.

Only the entity types an analyst follows are kept (people, organisations, places,
groups, events, laws, products); numbers, dates and quantities are not entities.
A mention's key (lower case, no leading article, no periods, no possessive) is what
corpus-level resolution groups on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from explorer.paths import resource_path

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART")
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"[’']s?$")


def mentions_in(doc_id: str, parsed: Doc) -> list[dict]:
    """One row per entity mention; ``entity_id`` is filled by corpus resolution."""
    rows = []
    text_of_doc = parsed.text  # Doc.text joins every token: build it once
    for ent in parsed.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        span = _trim(ent)
        if span is None:
            continue
        start, end = span
        text = text_of_doc[start:end]
        rows.append({
            "mention_id": f"{doc_id}-m{start}", "entity_id": "", "doc_id": doc_id,
            "start": start, "end": end, "text": text, "type": ent.label_, "key": mention_key(text, ent.label_),
        })
    return rows


def mention_key(text: str, label: str = "") -> str:
    """The form mentions of one entity share: ``The U.S.'s`` → ``us``, ``Dr. S. Jaishankar`` → ``s jaishankar``."""
    key = LEADING_ARTICLE.sub("", text.strip())
    key = POSSESSIVE.sub("", key).replace(".", "")
    words = key.lower().split()
    if label == "PERSON":
        words = _without_titles(words)
    return " ".join(words)


def _without_titles(words: list[str]) -> list[str]:
    """Drop leading titles (``EAM``, ``Prime Minister``) but never the whole name."""
    titles = person_titles()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in (2, 1):
            if len(words) > size and " ".join(words[:size]) in titles:
                words, changed = words[size:], True
                break
    return words


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles from ``resources/person_titles.txt`` (data, not code)."""
    lines = resource_path("person_titles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _trim(ent: Span) -> tuple[int, int] | None:
    """Offsets without surrounding punctuation or a trailing possessive; None when nothing is left."""
    tokens = [t for t in ent if not (t.is_punct or t.is_space or t.lower_ in ("'s", "’s"))]
    if not tokens or not any(t.is_alpha for t in tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
