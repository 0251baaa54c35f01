"""Whether two sources' sentences make the same statement, so their numbers can be compared.

A cluster's passages are every sentence like the happening, background included: one
source's "delegations from more than 50 countries" (at the ministerial) and another's
"finance ministers from ten countries" (at a meeting weeks before) both count countries
and say nothing about each other. Two numbers disagree only when their sentences are
aligned: they share most of their content words (lower case, stop words and reporting
verbs out, inflections trimmed) or the entities they name, counted against the shorter
of the two so that a terse account aligns with a wordy one, and three at least or all
of the terse one's (two shared words, "hit" and "quake", are a topic, not a statement);
or the words right around the two counts say the same ("had married two weeks before
the shooting", "married the deputy three weeks before he was murdered": sentences
otherwise apart). The words of the count itself (the numbers and what they count) are
left out: every pair shares them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ALIGNED_SHARE = 0.5  # shared content (words and entities) over the shorter sentence's, for one statement
ALIGNED_MIN = 3  # and this many shared (or all of a terse one's): two words ("hit", "quake") are a topic
NEAR_WORDS = 3  # words each side of a count that say what it counts ("married … before")
NEAR_SHARED = 2  # words around two counts in common (one of them a content word) for one statement
ARTICLES = frozenset({"a", "an", "the"})
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how
i if in into is it its itself just least less like many may me might more most much must my no nor not now of off
on once only or other our ours out over own same she should so some such than that the their theirs them then there
these they this those through to too under until up upon very was we were what when where which while who whom why
will with within without would yet you your yours per via among amid around across along including
say says said saying tell tells told telling add adds added according report reports reported statement
""".split())
SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s")


@dataclass(frozen=True)
class Statement:
    """A sentence reduced to what it is about: its content words, the entities it names, and the words
    right around the count it is compared for."""

    words: frozenset[str]
    entities: frozenset[str]
    near: frozenset[str] = frozenset()

    def tokens(self) -> frozenset[str]:
        return self.words | {f"\0{e}" for e in self.entities}


def statement(sentence: str, entity_ids: Iterable[str] = (), leave_out: Iterable[str] = (),
              count: tuple[int, int] | None = None) -> Statement:
    """The ``Statement`` of ``sentence``; ``leave_out``: words of the count (its number and unit) not to compare
    on; ``count``: the count's (start, end) in ``sentence``, whose neighbouring words are kept apart."""
    skipped = {stem(w) for text in leave_out for w in WORD.findall(text.lower())}
    words = {stem(w) for w in WORD.findall(sentence.lower()) if w not in STOP_WORDS and len(w) > 2}
    near = _near(sentence.lower(), count) - skipped if count else set()
    return Statement(frozenset(words - skipped), frozenset(entity_ids), frozenset(near))


def aligned(a: Statement, b: Statement) -> bool:
    """Whether two sentences state the same thing: most of the shorter one's content is in the other,
    or the words around their counts agree."""
    ta, tb = a.tokens(), b.tokens()
    if not ta or not tb:
        return False
    shared_near = a.near & b.near
    if len(shared_near) >= NEAR_SHARED and any(w not in STOP_WORDS for w in shared_near):
        return True
    shared, shorter = len(ta & tb), min(len(ta), len(tb))
    return shared / shorter >= ALIGNED_SHARE and (shared >= ALIGNED_MIN or shared == shorter)


def _near(sentence: str, count: tuple[int, int]) -> set[str]:
    """The ``NEAR_WORDS`` words before and after the count (articles skipped), trimmed like the others."""
    before = [w for w in WORD.findall(sentence[:count[0]]) if w not in ARTICLES][-NEAR_WORDS:]
    after = [w for w in WORD.findall(sentence[count[1]:]) if w not in ARTICLES][:NEAR_WORDS]
    return {w if w in STOP_WORDS else stem(w) for w in before + after}


def stem(word: str) -> str:
    """A word with its possessive and common inflection trimmed, and a final "e" or "y", so that the forms
    of one word meet: "kills", "killed", "killing" → "kill"; "sentence", "sentenced", "sentences" → "sentenc";
    "country", "countries" → "countr"."""
    word = word.strip("'’-").removesuffix("'s").removesuffix("’s")
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith(("e", "y")) and len(word) > 2 else word
