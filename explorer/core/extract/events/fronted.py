"""A time that opens a sentence before a participle clause: whose time it is.

A perfect told after a participle clause that opens its sentence with a day of its own: "Rescued on Nov. 25 by
fishermen off the Florida coast, Elian has become the subject of an international custody battle".

A participle without a subject shares its verb's time ("was found clinging … Nov. 25", "said …, adding on Friday",
"Asked Tuesday about the deal, he said": ``clauses.heads_another_clause``). A present perfect is different: it
tells a state that holds at publication and came about after the happening the fronted past participle tells, so
the participle's day is where it begins, not the day it holds on: on or after Nov. 25, up to publication.

The other way round, a time that opens the sentence ahead of its subject frames the main clause, though the parse
may hang it on a participle clause told after the subject ("But on April 8, investigators, wondering how the
assailant could have emerged from the woods …, searched the site once more": the parse made "wondering" the head of
"on April 8" and of "investigators", so the search had no time of its own, ``over_a_later_participle``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import branch_to
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
    node = branch_to(span.root, trigger)
    if node is None or node.i > trigger.i or node.dep_ != "advcl" or node.tag_ != "VBN" \
            or any(c.dep_ in _SUBJECT_OR_MARK for c in node.children):
        return dated
    return on_or_after_a_happening(own["date_start"], published, own["timex_id"])


_OPENING_SKIPS = {"but", "and", "yet", "so", "then"}


def over_a_later_participle(sentence: Span, span: Span, trigger: Token) -> bool:
    """Whether the time ``span`` opens the sentence (after a conjunction at most, with its preposition), set off by a
    comma, and the parse hung it on a participle clause of ``trigger`` that comes after it ("But on April 8,
    investigators, wondering how …, searched"): the time is the main clause's."""
    root = span.root
    holder = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    first = root.head.i if root.dep_ == "pobj" and root.head.dep_ == "prep" else span.start
    if holder.i == root.i or holder.dep_ != "advcl" or holder.tag_ not in ("VBG", "VBN") \
            or holder.head.i != trigger.i or holder.i < span.end or trigger.i < holder.i:
        return False
    opening = next((t for t in sentence if not t.is_punct and t.lower_ not in _OPENING_SKIPS), None)
    after = sentence.doc[span.end] if span.end < sentence.end else None
    return opening is not None and opening.i == first and after is not None and after.text == ","
