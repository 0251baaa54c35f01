"""A cleft sentence puts an event's time in front: "It was not until Tuesday that Castro revealed …", "It was in
1998 that the company moved its headquarters", "It was only last week that the minister admitted the error".

The parse hangs the time on "was" and the event on "was" as its "that" clause, so the event has no time of its own
in its clause and would be dated by the discourse, though the sentence was written to say when it happened: the
time the cleft focuses is the event's ("not until" a day: on that day; "after" a day: on or after it, as
``date_rules.time_signal`` reads the word before the time).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.model import TimexRow

# what "was" takes besides the focus in "it was … that" sentences that are no cleft: "It was clear that …", "It was
# a mistake that …", "It was reported that …"
_NOT_A_FOCUS = {"acomp", "attr", "oprd", "auxpass", "xcomp"}
_FOCUS_DEPS = {"prep", "npadvmod", "advmod"}  # "in 1998", "last week", "yesterday"


def clefted_time(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """The time expression a cleft "it was <time> that <clause>" focuses, where ``trigger`` heads that clause; else
    None."""
    be = trigger.head
    if trigger.dep_ != "ccomp" or be.i == trigger.i or be.lemma_ != "be" or be.i > trigger.i \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children) \
            or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children) \
            or any(c.dep_ in _NOT_A_FOCUS for c in be.children):
        return None
    focus = [c for c in be.children if c.dep_ in _FOCUS_DEPS and be.i < c.i < trigger.i]
    for phrase in focus:
        start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
        found = [t for t in timexes if start <= t["start"] and t["end"] <= end and t["type"] in ("DATE", "TIME")]
        if len(found) == 1:
            return found[0]
    return None
