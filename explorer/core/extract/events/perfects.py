"""What a perfect tells of time, and which verbs share one.

A present perfect tells what is done by now: "has operated the plant for 12 years" began that long before
publication (``lasted_up_to_now``; a past perfect that a past statement reports is the speaker's present perfect,
``reported_as_of_the_telling``), and a time inside its "to" infinitive is the infinitive's, not the perfect's ("has
offered to travel alone today", ``in_the_infinitive_of_a_perfect``). A coordinated verb without auxiliaries of its
own takes its first verb's ("had moved … and said", ``shares_auxiliaries``), and an infinitive of what was tried
takes its frame's ("has tried to hasten it", ``tried``).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import branch_to
from explorer.core.extract.events.date_rules import LOOKING_BACK, REPORTING_LEMMAS, SPAN_VALUE, Dating, reaches_back
from explorer.core.extract.nlp import doc_text
from explorer.core.model import TimexRow


def in_the_infinitive_of_a_perfect(span: Span, trigger: Token) -> bool:
    """"the boy's father has offered to travel alone today" (CI#39, wrong: the offer dated today): a present
    perfect tells what is done by now, and the time the parse hangs inside its "to" infinitive is the
    infinitive's (the travel), not the offer's."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                        for c in trigger.children):
        return False
    node = branch_to(span.root, trigger)
    return node is not None and node.dep_ == "xcomp" and node.i != span.root.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def reported_as_of_the_telling(trigger: Token) -> bool:
    """"He said the company had operated the plant for 12 years": a past perfect in what a past reporting verb
    reports is the speaker's present perfect ("has operated … for 12 years") moved back a tense — it tells how long
    the thing had gone on when it was said, as a present perfect tells of publication."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "has had … and had been compiled …"
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS and verb.head.tag_ == "VBD"


def lasted_up_to_now(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow],
                      published: str) -> Dating:
    """A present perfect bounded by publication (or a reported past perfect bounded by its telling, ``published``
    then being that day) that tells how long it has gone on, after its own "for" ("whose
    company has been sending American travelers on East African safaris for 13 years", AK#17; "has held the post
    for six months"): it began that long before publication, so that is its start, the end left at publication.
    Years and months only, and the start taken early (the first of the year, or of the month before) so that a
    length rounded, or a statement a few days before publication, still holds; not where the length is only a
    floor ("for more than 13 years", "for at least", "for over"): it began before that, at no day the words give."""
    if not published or dated[:3] != ("", published, "bounded"):
        return dated
    text = doc_text(sentence.doc)
    for timex in timexes:
        length = SPAN_VALUE.match(timex["value"] or "")
        if timex["type"] != "DURATION" or length is None or length.group(2) not in "MY" or reaches_back(timex) \
                or not sentence.start_char <= timex["start"] < sentence.end_char \
                or AT_LEAST.search(text[max(0, timex["start"] - 14):timex["start"]] + " " + (timex["text"] or "")):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "for" \
                or span.root.head.head.i != trigger.i:
            continue
        count, day = int(length.group(1)), date.fromisoformat(published)
        if count < 1:
            continue
        if length.group(2) == "Y":
            return date(day.year - count, 1, 1).isoformat(), published, "bounded", ""
        months = day.year * 12 + day.month - 2 - count  # the first of the month before: a month's slack
        return date(months // 12, months % 12 + 1, 1).isoformat(), published, "bounded", ""
    return dated


# "for more than 13 years", "for at least six months", "for over a year": the length is a floor, no start
AT_LEAST = re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of|longer\s+than|well\s+over)\b", re.IGNORECASE)


def tried(trigger: Token, tense: str) -> bool:
    """A present infinitive told through a perfect ("the US has tried to hasten it on several occasions"):
    what was tried or done up to now, as its frame is, not a state of the report's day (but "has begun to sell",
    "has continued to increase" tell what goes on now)."""
    return tense == "present" and trigger.dep_ == "xcomp" and trigger.tag_ == "VB" and trigger.head.i < trigger.i \
        and trigger.head.tag_ == "VBN" and trigger.head.lemma_.lower() not in ONGOING_LEMMAS


ONGOING_LEMMAS = {"begin", "start", "continue", "keep", "resume"}  # what their infinitive tells goes on


def shares_auxiliaries(verb: Token) -> bool:
    """A coordinated verb without auxiliaries of its own takes its first verb's ("had moved … and said"); not a
    present form, which no auxiliary goes with ("… has become a factor in two campaigns, say political
    consultants", the parse's conjunct: BP#46, a present statement left on or before publication)."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i \
        and verb.tag_ not in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def over_the_past_few(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow], perfect: str) -> Dating:
    """"White House on Thursday ``For the past few weeks we've been subjected to false leaks …''" (DZ#33 = J#30 = BY#30
    = CB#24: too precise four times at Thursday): a present perfect that has gone on "for the past" stretch of
    no stated length up to a day its clause names has that day for its end, its start left open — not the day
    alone. A stretch of known length ("for the past two months") has its own rule (``reaches_back``)."""
    if perfect != "present" or dated[2] != "timex" or not dated[0] or dated[0] != dated[1]:
        return dated
    for timex in timexes:
        if timex["type"] != "DURATION" or timex["date_start"] or SPAN_VALUE.match(timex["value"] or "") \
                or LOOKING_BACK.match(timex["text"] or "") is None \
                or not sentence.start_char <= timex["start"] < sentence.end_char:
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("for", "over", "in") \
                and span.root.head.head.i == trigger.i:
            return "", dated[1], "bounded", dated[3]
    return dated
