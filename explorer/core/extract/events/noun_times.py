"""A time that hangs on a noun is the noun's, not the verb's — unless the noun is the verb's time.

"last year's efforts", "the probe into the August 7 bombings", "the demonstrations of early December": the time says
which thing, not when the clause's verb was (``modifies_a_noun``); nor is a time that describes the verb's subject
its time ("Jan Kavan, who lived in London … until 1989, said", ``describes_its_subject``), nor one inside what a
present verb acts on ("is still considering a request last week", ``of_what_it_holds``). But "during a January 13
telephone call" dates the call, "third-quarter profit jumped" the change, and "the end of the year" is a time itself.
A happening noun's own date ("the Oct. 23 shooting", ``own_noun_date``) is the happening's, and WordNet tells a
happening noun from a person or a thing (``a_happening``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import NOUN_MODIFIER_DEPS, branch_to
from explorer.core.extract.events.date_rules import Dating
from explorer.core.extract.events.named_twice import named_noun
from explorer.core.extract.events.results import period_of_the_change, what_the_results_held
from explorer.core.extract.wordnet import action_keys
from explorer.core.model import TimexRow


NOT_A_DAY = re.compile(r"^\d{4}(?:-(?:Q\d|H\d|W\d\d|\d\d))?$")  # a year, quarter, half, week or month
# "during a January 13 telephone call", "on the Oct. 13 deadline": a day naming its noun dates the event only there
TIME_PREPOSITIONS = {"during", "on", "at", "in", "since", "after", "before", "until", "till", "by", "following"}


def describes_its_subject(span: Span, trigger: Token) -> bool:
    """"The Czech foreign minister, Jan Kavan, who lived in London … until 1989, said": a time hanging from the
    verb's subject after a description of it (an apposition, a relative clause) goes on describing who the
    subject is, not when the verb happened — unless the subject is itself a happening ("the meeting, the
    first in years, on Monday ended in deadlock": its time is the ending's)."""
    node, through = span.root, False
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
        through = through or node.dep_ == "prep"  # "until 1989", not a noun's own "third-quarter profit"
    if not through or node.head.i != trigger.i or node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ in ("appos", "relcl", "acl") and c.i < span.root.i for c in node.children):
        return False  # "The U.N. Security Council on Aug. 6 ordered": the parse hangs the verb's time on its subject
    return node.pos_ in ("NOUN", "PROPN") and not a_happening(node)


# nouns that name a part of the time after them ("the end of the year", "the rest of 1990"): their time is a time
# (assigned again below, before ``_of_a_happening_noun``: that later set is the one both functions read)
TIME_PART_NOUNS = {"end", "beginning", "start", "middle", "rest", "remainder", "close", "part", "half", "course",
                   "balance", "spring", "summer", "fall", "autumn", "winter", "turn", "eve", "dawn"}


def of_the_subjects_noun(span: Span, trigger: Token) -> bool:
    """"The approach of the year two thousand has many of these groups in a kind of millennial frenzy" (AL#26): a
    time that a present verb's subject holds after "of" is its noun's (what approaches), not the time of the
    state the verb tells of now. Only a present tense (a past verb's subject may be the happening it reports) and
    not a noun that is part of the time ("the end of the year")."""
    if trigger.tag_ not in ("VBZ", "VBP"):
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN" \
            or root.head.head.lemma_.lower() in TIME_PART_NOUNS:
        return False
    node = root.head.head
    while node.head.i != node.i and node.head.i != trigger.i and node.dep_ in ("pobj", "prep", "compound", "amod"):
        node = node.head
    return node.head.i == trigger.i and node.dep_ in ("nsubj", "nsubjpass")


def a_happening(noun: Token) -> bool:
    """One of WordNet's three most frequent senses of the noun is an act or happening ("meeting", "merger"),
    not a person, a thing or a group ("minister", "company")."""
    return bool(action_keys(noun.lemma_.lower(), "n", 3))


def own_noun_date(sentence: Span, nouns: list[Token], timexes: list[TimexRow], last: str) -> Dating | None:
    """The date a happening noun carries in its own words ("the January 1998 bombing", "the bombing of Aug. 7"),
    starting by ``last``: the happening named there, whatever other happenings of its kind the document dates."""
    for timex in (t for t in timexes if t["type"] == "DATE" and t["date_start"] and t["date_end"]
                  and t["date_start"] <= last):  # the cheap tests before the span is made
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        noun = named_noun(span) if span is not None else None
        if noun is not None and any(noun.i == n.i for n in nouns):
            return timex["date_start"], timex["date_end"], "narrative", timex["timex_id"]
    return None


# participles describing what a thing is, not something done to it at a time ("a computer based on the 486 chip")
STATIC_PARTICIPLES = {"base", "locate", "headquarter", "know", "call", "name", "design", "equip", "price", "aim"}


def of_what_it_holds(sentence: Span, trigger: Token, own: TimexRow) -> bool:
    """The time hangs from a noun between it and the verb ("considering a request last week", "follows two
    decisions by the U.S. Supreme Court last June"), not from the verb or a phrase of time of its own."""
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return False
    if _going_on_now(trigger) and any(c.dep_ == "dobj" and c.i < span.start for c in trigger.children):
        return True  # "is still considering a request last week": what goes on now was not last week
    inside = {t.i for t in span}
    node = span.root.head
    while node.i != trigger.i and node.head.i != node.i:
        if node.i not in inside and node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj", "attr"):
            return not (node.dep_ == "pobj" and node.head.lower_ in TIME_PREPOSITIONS and node.head.head.i == trigger.i)
        node = node.head
    return False


def whose_held_thing(sentence: Span, trigger: Token, own: TimexRow) -> list[Token]:
    """The words naming who made the dated thing a present verb acts on ("is still considering a request last week
    from Elian's father": the father; "his request last week"): its "from" or "by" phrase (the parse may hang it
    on the verb, after the thing), or its possessor. ``of_what_it_holds`` has found that the time is the thing's."""
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return []
    held = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start]
    if span.root.head.pos_ == "NOUN" and span.root.head.i not in {t.i for t in span}:
        held = [span.root.head]
    if not held:
        return []
    noun = held[-1]
    phrases = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")]
    phrases += [p for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i > noun.i]
    makers = [o for p in phrases for o in p.children if o.dep_ == "pobj"] \
        + [c for c in noun.children if c.dep_ == "poss"]
    return [t for maker in makers for t in maker.subtree]


def _going_on_now(verb: Token) -> bool:
    """A present progressive ("is considering") or a present with "still": going on at the telling."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.tag_ == "VBG" and bool(auxiliaries & {"is", "are", "am", "'s", "'re"})) \
        or any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def under_a_static_participle(span: Span, trigger: Token) -> bool:
    """"it planned to ship a computer based on the 486 chip early next year": the parse hangs the time from
    "based", a participle telling what the computer is, which has no time of its own; the time is the clause's
    whose object the participle describes."""
    node = span.root
    while node.head.i != node.i and not (node.dep_ == "acl" and node.tag_ == "VBN"):
        if node.head.i == trigger.i:
            return False
        node = node.head
    return node.dep_ == "acl" and node.lemma_.lower() in STATIC_PARTICIPLES and node.head.head.i == trigger.i \
        and node.head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")


# nouns of a part of a time ("at the end of December"): the time after their "of" is the event's, not a noun's
TIME_PART_NOUNS = {"end", "beginning", "start", "middle", "close", "part", "half", "rest", "course", "spring", "summer",
                   "autumn", "fall", "winter", "week", "month", "year", "day", "night", "morning", "evening",
                   "afternoon", "weekend", "period", "quarter", "time", "season", "session", "date", "first", "last",
                   "hour", "minute", "moment", "eve", "dawn", "dusk"}


def _of_a_happening_noun(span: Span) -> bool:
    """A time after the "of" of a noun that is no part of a time ("the demonstrations of early December", "the
    crash of 1987"): it says which happening, not when the clause's verb was."""
    root = span.root
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and not (span.start <= of.i < span.end) \
        and of.head.pos_ in ("NOUN", "PROPN") and of.head.lemma_.lower() not in TIME_PART_NOUNS


def for_a_happening_then(sentence: Span, trigger: Token, own: TimexRow, tense: str) -> bool:
    """"Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December" (AS#23:
    wrong at December): a time inside what a thing still to come is done "for" — a happening with its own time —
    is that happening's; the naming comes before the mission. Only a future, whose "for" names a purpose; a
    past "paid for the trip in 1990" may tell when it was paid."""
    if tense != "future":
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return False
    preposition = span.root.head
    noun = preposition.head
    return span.root.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ in ("in", "on", "during") \
        and noun.dep_ == "pobj" and noun.pos_ == "NOUN" and a_happening(noun) \
        and noun.head.lower_ == "for" and (noun.head.head.i == trigger.i or (  # "named captain … for a race"
            noun.head.head.dep_ in ("dobj", "oprd", "attr") and noun.head.head.head.i == trigger.i))


def in_an_infinitive_to_come(sentence: Span, trigger: Token, own: TimexRow, tense: str, published: str) -> bool:
    """"Protesters … crowded into Garvaghy Road to hear speakers …, and pledge to participate in each others'
    road-blocking protests this summer", "Only McCaw's proposal requires the company to begin an auction process in
    June 1994": a later time inside the infinitive a present verb governs is the infinitive's act, still to come;
    the pledge or the requirement is of the telling. Only a time after publication, inside the infinitive ("to
    participate", "to begin"), not one of the verb's own ("this 'switch' would happen beginning next year"); and
    only a verb in a finite present of its own: "the acquisition … is scheduled to close Monday" is of Monday."""
    if tense != "present" or trigger.tag_ not in ("VBZ", "VBP") or not published or not own["date_start"] \
            or own["date_start"] <= published:
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return False
    node = branch_to(span.root, trigger)
    return node is not None and node.dep_ in ("xcomp", "ccomp") and node.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and span.root.i != node.i


def modifies_a_noun(span: Span, timex: TimexRow, trigger: Token | None = None) -> bool:
    """``last year's efforts``, ``India's 2026 Budget``, ``the 1955 Oscars``: the date belongs to its noun.

    A possessive date, or a bare year naming which one of a recurring thing, does
    not date the event. A day between a determiner and its noun dates the event only
    where the noun is the event's time (``during a January 13 telephone call`` dates
    the call; ``the probe into the August 7 bombings`` says nothing of when the probe
    was); one without ("took effect Aug. 9 pending ratification", a parse hanging it
    from the next noun) stays the event's.
    """
    root = span.root
    if _of_a_happening_noun(span):
        return True  # "The protest marked a return to the larger demonstrations of early December" (BM#34, wrong)
    if root.head.lower_ == "due" and root.head.dep_ == "amod" and root.head.head.pos_ in ("NOUN", "PROPN"):
        return True  # "$100 million of senior notes due Nov. 1, 2009": the notes' maturity, no act's time
    noun = root.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == root.i:
        return False
    if trigger is not None and period_of_the_change(noun, trigger):
        return False  # "third-quarter profit jumped 16%": the change happened in the quarter
    if root.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    if trigger is not None and what_the_results_held(noun, trigger):
        return False  # "The latest quarter's results … included", "Third-quarter results included": the period's
    if root.dep_ == "poss":
        return True
    if NOT_A_DAY.match(timex["value"] or "") is not None:
        return True
    determined = span.start > 0 and span.doc[span.start - 1].tag_ in ("DT", "PRP$", "POS")  # "the August 7 bombings"
    return determined and not (noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPOSITIONS)
