"""Word lists for names: ordinary English words (from the model's lemmatizer tables) and office titles.

The small spaCy model tags every word of a title-cased headline as a proper noun
and has no word probabilities, so "Heads", "Challenges" or "Details" look like
names. Its rule lemmatizer ships WordNet's index of English nouns, verbs,
adjectives and adverbs with the suffix rules and exceptions that reduce an
inflected form to its lemma: a word whose lemma is in that index is an ordinary
word. WordNet also lists some proper nouns in lower case ("washington", "india"),
so callers only use this test together with the word's context (a heading, a
sentence start, an article before a PERSON).

Office titles ("Secretary of State", "Minister") are data in
``resources/person_titles.txt``; mentions and span cleaning both read them here.
"""

from __future__ import annotations

from functools import lru_cache

from explorer.paths import resource_path

POS_TABLES = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict, dict] | None:
    try:
        from explorer.core.extract.nlp import load_pipeline

        lookups = load_pipeline().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]  # spaCy types get_pipe as a callable
        index, rules, exceptions = (lookups.get_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc"))
    except Exception:  # no model, or a model without lookup tables: no word counts as common
        return None
    return (
        {pos: frozenset(index.get(pos, [])) for pos in POS_TABLES},
        {pos: list(rules.get(pos, [])) for pos in POS_TABLES},
        {pos: dict(exceptions.get(pos, {})) for pos in POS_TABLES},
    )


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """True when ``word`` (any case) or its lemma is an English noun, verb, adjective or adverb."""
    tables = _tables()
    lower = word.lower()
    if tables is None or not lower.isalpha():
        return False
    index, rules, exceptions = tables
    for pos in POS_TABLES:
        if lower in index[pos] or any(lemma in index[pos] for lemma in exceptions[pos].get(lower, ())):
            return True
        for old, new in rules[pos]:
            if old and lower.endswith(old) and lower[: len(lower) - len(old)] + new in index[pos]:
                return True
    return False


def is_adjective(word: str) -> bool:
    """True when ``word`` (any case) is in WordNet's index of adjectives ("official", "chief"; not "receiver")."""
    tables = _tables()
    return tables is not None and word.lower() in tables[0]["adj"]


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles from ``resources/person_titles.txt`` (data, not code)."""
    lines = resource_path("person_titles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def longest_title_words() -> int:
    """The most words a title of ``person_titles`` has, counted once (every person's name asked it of all the titles)."""
    return max((len(t.split()) for t in person_titles()), default=1)
