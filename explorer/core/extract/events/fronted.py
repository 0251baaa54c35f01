"""A perfect told after a participle clause that opens its sentence with a day of its own: "Rescued on Nov. 25 by
fishermen off the Florida coast, Elian has become the subject of an international custody battle".

A participle without a subject shares its verb's time ("was found clinging … Nov. 25", "said …, adding on Friday",
"Asked Tuesday about the deal, he said": ``dating._heads_another_clause``). A present perfect is different: it
tells a state that holds at publication and came about after the happening the fronted past participle tells, so
the participle's day is where it begins, not the day it holds on: on or after Nov. 25, up to publication.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import Dating, on_or_after_a_happening
from explorer.core.model import TimexRow

_SUBJECT_OR_MARK = {"nsubj", "nsubjpass", "mark"}


def after_a_fronted_participle(sentence: Span, trigger: Token, own: TimexRow | None, perfect: str,
                               dated: Dating | None, published: str) -> Dating | None:
    """``dated`` made "on or after the participle's day, up to publication" where ``own`` hangs from a past
    participle clause before a present perfect ``trigger``; else ``dated`` as it is."""
    if own is None or perfect != "present" or not published or not own["date_start"] \
            or not own["date_end"] or own["date_end"] > published:
        return dated
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return dated
    node = span.root
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
    if node.head.i != trigger.i or node.i > trigger.i or node.dep_ != "advcl" or node.tag_ != "VBN" \
            or any(c.dep_ in _SUBJECT_OR_MARK for c in node.children):
        return dated
    return on_or_after_a_happening(own["date_start"], published, own["timex_id"])
