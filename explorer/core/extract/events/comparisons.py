"""A time of an amount compared with, not of the event: "up from 886 million shares Thursday".

A change told by an amount names the level it is measured from with "from", "than", "versus" or "compared with",
and that level's time ("a year ago", "the previous Friday") is no time of the change, wherever the parse hangs it
(``compared``, ``in_comparison``, ``a_compared_level``). The other way round, a future compared with a clause of no
subject of its own ("will fare no worse than in the first half") measures the same happening, so the period that
clause names is the future's (``period_of_its_comparison``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from explorer.core.extract.events.clauses import has_subject
from explorer.core.extract.events.date_rules import CHANGE_LEMMAS, RESULT_NOUNS
from explorer.core.model import TimexRow


CONTRASTING = {"unlike"}  # "unlike in 2000", "unlike last year": the time of what the event is set against
COMPARING = {"from", "than", "versus", "vs.", "below", "above"}  # "below the year-earlier $4.5 million" (EX#30); "versus net income of $5.3 million a year earlier" (AH#30); "up from 886 million shares Thursday": the date of the amount compared
AMOUNT_POS = {"NUM", "SYM", "PUNCT", "CCONJ", "DET", "NOUN"}  # "from $504.2 million, or $4.41 a share, last year"
CHANGE_ADVERBS = {"up", "down", "off"}  # "down 4.5% from the previous Friday": a change by an amount
QUANTITY_BOUNDS = {"more", "less", "fewer", "over", "under"}  # "more than four hours": a bound on the amount


def a_compared_level(sentence: Span, timex: TimexRow, trigger: Token) -> bool:
    """The expression dates a level the event is measured from ("down 4.5% from the previous Friday"), not
    the event (``compared``)."""
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    return span is not None and compared(span, trigger)


def period_of_its_comparison(sentence: Span, trigger: Token, timexes: list[TimexRow],
                              published: str) -> TimexRow | None:
    """A future told by comparison with a clause of no subject of its own ("is expected to do little better than
    break even in the fourth quarter", "will fare no worse than in the first half"): the clause measures the same
    happening, so the period it names is the future's, not only "on or after publication". Only a time that
    is not over at publication, reached from the trigger through an adverb ("better", "worse") and a clause
    that "than" or "as" opens, with no noun on the way."""
    for timex in timexes:
        if timex["type"] != "DATE" or not timex["date_start"] or not timex["date_end"] \
                or (published and timex["date_end"] < published):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None:
            continue
        node, compared = span.root, False
        while node.head.i != node.i and node.head.i != trigger.i:
            node = node.head
            if node.pos_ in ("NOUN", "PROPN") or node.dep_ in ("ccomp", "relcl", "acl") or has_subject(node):
                break
            compared = compared or (node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("than", "as") for c in node.children))
        else:
            if node.head.i == trigger.i and compared and node.dep_ == "advmod":
                return timex
    return None


def compared(span: Span, trigger: Token) -> bool:
    """The expression dates an amount the event is compared with ("up from 886 million shares Thursday",
    "from $36 million a year ago"), not the event."""
    if _after_an_amount(span):
        return True
    node, amount = span.root, False
    while node.i != trigger.i and node.head.i != node.i:
        head = node.head
        inside = span.start <= head.i < span.end  # "from 2 to 4 February 2026" is one range, not a comparison
        if head.lower_ in COMPARING and head.pos_ == "ADP" and not inside:
            others = any(c.dep_ == "pobj" and not span.start <= c.i < span.end for c in head.children)
            return amount or others or (head.head.i == trigger.i and trigger.lemma_.lower() in CHANGE_LEMMAS) \
                or _a_change_by_an_amount(head.head)
        if head.lower_ in ("with", "to") and head.head.lemma_.lower() == "compare":
            return True  # "attributed the decline to higher costs compared with a year earlier"
        if head.lower_ in CONTRASTING and head.pos_ in ("ADP", "SCONJ") and not inside:
            return True  # "welcomed … a quick conclusion to the election, unlike in 2000": the other election's year
        amount = amount or (head.pos_ in ("NUM", "SYM", "NOUN") and not inside)
        node = head
    return False


def _a_change_by_an_amount(word: Token) -> bool:
    """"down 4.5% from the previous Friday", "6.8% from Oct. 13": the word a "from" hangs on is a change by an
    amount (an amount, or "up"/"down"/"off" with one), so what follows "from" is the level measured from."""
    if word.lower_ in CHANGE_ADVERBS:
        return any(c.dep_ in ("npadvmod", "nummod", "quantmod") for c in word.children)
    return word.lower_ == "%" or word.lemma_.lower() in ("percent", "point") and any(
        c.dep_ == "nummod" for c in word.children)


# a period told as the one a year back ("in the year-ago period", "in the prior-year quarter")
YEAR_BACK = re.compile(r"(?i)\byear[- ](?:ago|earlier|before)\b|\bprior[- ]year\b|\bprevious[- ]year\b"
                       r"|\blast[- ]year\b")


def _after_an_amount(span: Span) -> bool:
    """"net rose 4.3% …, from $504.2 million, or $4.41 a share, last year": a time right after an amount
    that "from" or "than" opens is the amount's, however the parse hangs it. So is a year-back period that a
    preposition opens there ("fell 37% … from $52.2 million, or 48 cents a share, in the year-ago period", AL#39:
    the amount compared is the year-ago quarter's, the fall is the latest quarter's) — only a year-back one:
    "fell to $3 million from $5 million in the third quarter" may tell the fall's own quarter."""
    index = span.start - 1
    if index > span.sent.start and span.doc[index].lower_ in ("in", "during", "for") \
            and YEAR_BACK.search(span.text):
        index -= 1
    first = index
    while index >= span.sent.start and (span.doc[index].pos_ in AMOUNT_POS or _more_than(span.doc, index)):
        index -= 1
    if index < span.sent.start or index == first:
        return False
    numbers = any(t.pos_ in ("NUM", "SYM") for t in span.doc[index + 1:span.start])
    if span.doc[index].lower_ == "of" and index > span.sent.start:
        # "versus net income of $5.3 million, or $1.61 a share, a year earlier" (AH#30): the
        # amount is a result's, named before "of"; the comparing word stands before the result's noun phrase
        named = index - 1
        while named >= span.sent.start and span.doc[named].pos_ in ("NOUN", "ADJ", "DET"):
            named -= 1
        if named < index - 1 and any(t.lemma_.lower() in RESULT_NOUNS for t in span.doc[named + 1:index]):
            index = named
        if index < span.sent.start:
            return False
    word = span.doc[index]
    return word.lower_ in COMPARING and word.pos_ == "ADP" and numbers


def _more_than(doc: Doc, index: int) -> bool:
    """"took the stand for more than four hours Friday": "more than" / "less than" before a number is part of the
    amount (a bound on it), not a comparison with the time after it."""
    word = doc[index]
    if word.lower_ == "than":
        return index > 0 and doc[index - 1].lower_ in QUANTITY_BOUNDS and index + 1 < len(doc) \
            and doc[index + 1].pos_ in ("NUM", "SYM")
    return word.lower_ in QUANTITY_BOUNDS and index + 2 < len(doc) and doc[index + 1].lower_ == "than" \
        and doc[index + 2].pos_ in ("NUM", "SYM")


def in_comparison(span: Span) -> bool:
    """The expression dates an amount compared with ("from … a year ago", "than in 2024", "compared with a
    year earlier"), whatever verb it hangs from."""
    if _after_an_amount(span):
        return True
    node = span.root
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
        if _comparing(node) and not span.start <= node.i < span.end:
            return True
    head = node.head
    return _comparing(head) or (
        node.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head.lemma_.lower() == "compare") or (
        head.lemma_.lower() == "compare")


def _comparing(token: Token) -> bool:
    """"than" (whatever the parse tags it), or "from" after a change ("fell 8.4% from a year ago", "up 13%
    from …"; not "a poster from 1989", "lived in London from 1968")."""
    if token.lower_ == "than":
        return True
    if token.lower_ != "from" or token.pos_ != "ADP":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    head = token.head
    return head.lemma_.lower() in CHANGE_LEMMAS or head.lower_ in ("up", "down") or (
        before is not None and (before.like_num or before.text == "%"))
