"""A clause that "when" opens right after a time expression: "since early December, when Cuban President Fidel
Castro promised mass mobilization", "in 1968, when the Soviets invaded Czechoslovakia".

The clause says what happened at that time; the parse often hangs it from the sentence's verb, not from the time,
so the time is no expression of its own clause and the event had only a bound. Where the clause's verb has no
time of its own and its "when" follows the expression and a comma (or a dash), it takes that expression's time, read
as its own (the "since" before "early December" is the main clause's, not the promise's).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import Dating, own_date
from explorer.core.extract.nlp import doc_text
from explorer.core.model import TimexRow

_COMMA = re.compile(r"[^\S\n]*[,\u2014\u2013][^\S\n]*|[^\S\n]+--?[^\S\n]+")  # ", when", " — when", " -- when"


def at_the_time_named(sentence: Span, trigger: Token, own: TimexRow | None, timexes: list[TimexRow],
                      published: str, perfect: str) -> Dating | None:
    """The date of the time expression that the trigger's "when" follows (", when"), or None. Where the parse
    made that expression the clause's own ("Since 1985 — when the Israelis created a buffer zone"), its "since"
    is still the main clause's: the clause takes the time itself. A verb joined to the "when" clause's verb is of
    that clause ("In contrast to Thursday, when … 133 other people were arrested and police were forced to use
    tear gas", CA#28)."""
    if perfect == "modal":
        return None
    clause = trigger.head if trigger.dep_ == "conj" and trigger.head.i < trigger.i else trigger
    when = next((c for c in clause.children if c.lower_ == "when" and c.i < clause.i
                 and c.dep_ in ("advmod", "mark")), None)
    if when is None or when.i != clause.left_edge.i:
        return None
    text = doc_text(sentence.doc)
    for timex in timexes:
        if timex["type"] in ("DATE", "TIME") and timex["date_start"] and sentence.start_char <= timex["start"] \
                and timex["end"] < when.idx and _COMMA.fullmatch(text, timex["end"], when.idx) \
                and (own is None or own["timex_id"] == timex["timex_id"]):
            return own_date(timex, published, perfect)
    return None
