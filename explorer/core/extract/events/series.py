"""Changes listed in a series share the time the series opens with: "Fidelity's junk fund has fallen 2.08% this
year through Oct. 19, Lipper says; the Vanguard fund rose 1.84%; and the T. Rowe Price fund edged up 0.66%".

A market or results round-up lists one change per clause, each with its own subject and amount, and writes the
period once, in the first clause; the later clauses name no time and kept only "on or before publication"
(BR#19, vague). A clause of the series without a time takes the time of the nearest clause before it in the same
sentence that has one — only where both report a change of their own subject by an amount (a level's move is told
of one period) and a semicolon, comma or "and" parts them, so "Sales rose 5% in May, and the company expects to
grow 8%" (no change by an amount listed after) is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import CHANGE_LEMMAS
from explorer.core.model import TimexRow

AMOUNT_WORDS = frozenset({"%", "percent", "$", "cents", "cent", "points", "point"})
LISTING_WORDS = frozenset({";", ",", "and"})
OWN_PARTS = ("nsubj", "nsubjpass", "ccomp", "conj", "punct", "cc", "advcl", "relcl", "parataxis")


def series_time(sentence: Span, trigger: Token, timexes: list[TimexRow],
                governing: Callable[[Span, Token, list[TimexRow]], TimexRow | None]) -> TimexRow | None:
    """The time of the nearest earlier change of the trigger's series that has one (``governing``: the
    expression of a verb's own clause); None where the trigger is no listed change or none has a time."""
    if not _a_listed_change(trigger):
        return None
    earlier = [v for v in sentence if v.i < trigger.i and _a_listed_change(v)]
    if not earlier or not _parted(earlier[-1], trigger):
        return None
    for verb in reversed(earlier):
        own = governing(sentence, verb, timexes)
        if own is not None:
            return own
    return None


def _a_listed_change(verb: Token) -> bool:
    """A finite change of its own subject by an amount: "the Vanguard fund rose 1.84%"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in CHANGE_LEMMAS \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(t.lower_ in AMOUNT_WORDS or t.tag_ == "$" for c in verb.children if c.dep_ not in OWN_PARTS
                for t in c.subtree)


def _parted(before: Token, verb: Token) -> bool:
    """A semicolon, comma or "and" between the two clauses (the series' listing), not a clause inside the other."""
    own = {t.i for t in verb.subtree}
    told = [t.i for t in before.subtree if t.i < verb.i and t.i not in own and t.dep_ not in ("punct", "cc")]
    start = max(told, default=before.i) + 1
    return any(verb.doc[i].lower_ in LISTING_WORDS for i in range(start, min(own)))
