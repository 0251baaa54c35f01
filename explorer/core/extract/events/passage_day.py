"""Whether a sentence goes on at its passage's day, sets it, or tells of another time.

A past event without a time of its own takes the day its passage is at (``date_rules.Passages``). A main clause's
past copula with a day of its own sets that day as a happening would ("protesters were much calmer Friday",
``a_states_day``), a subject that the story's day names brings the story back ("Sunday's service … included",
``names_the_subject``), and a verb that tells only that its subject happened ("the ceremony took place",
``takes_place``) may be the story's occasion. But a past told as earlier than the telling ("Previously, …"), one
lasting centuries or told in a named era ("during the Truman presidency"), and a past relative clause under a
present sentence are not of the passage's day.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import ISO_DAY
from explorer.core.extract.events.named_twice import dated_in_its_clause
from explorer.core.model import TimexRow


EARLIER_ADVERBS = {"previously", "earlier", "formerly"}  # a past told before the telling's time, no day


def a_states_day(span: Span, timex: TimexRow) -> bool:
    """A main clause's copula dated by its own day ("protesters in Miami were much calmer Friday"): the state of
    that day sets the paragraph's day for the past sentences that go on from it, as a dated happening does
    (the copula is no event, so ``Passages.told`` would not hear of it otherwise)."""
    if timex["date_start"] != timex["date_end"] or not ISO_DAY.match(timex["date_start"]):
        return False
    head = dated_in_its_clause(span)
    return head is not None and head.dep_ == "ROOT" and head.lemma_ == "be" and head.tag_ == "VBD" \
        and not any(c.dep_ == "aux" for c in head.children)


def takes_place(verb: Token) -> bool:
    """"took place", "was held", "occurred": the verb tells only that its subject happened."""
    lemma = verb.lemma_.lower()
    return (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)) \
        or (lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children)) or lemma in ("occur", "happen")


def names_the_subject(span: Span) -> bool:
    """The expression names the subject of its sentence's main verb ("Sunday's yahrtzeit service … included")."""
    noun = span.root.head
    return noun.i != span.root.i and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"


def told_as_earlier(trigger: Token) -> bool:
    """"Previously, … disclosed", "had earlier said" read as a simple past: an adverb of its own that puts the
    happening before the time the telling is at, with no day ("earlier Thursday" is a time expression, dated
    before this is asked)."""
    return any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in trigger.children)


def describes_under_a_present(trigger: Token) -> bool:
    """A past relative clause in a sentence told in the present ("even terrorist groups that opposed Iraq in its war
    with Iran show signs of swinging behind Saddam Hussein now", BI#5: wrong, given the passage's Sunday): it tells
    who someone is, from any time before, not a happening of the passage's day."""
    root = trigger.sent.root
    return trigger.dep_ == "relcl" and trigger.tag_ == "VBD" and root.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ == "aux" for c in root.children)


# the heads of a named stretch of history that the time expressions do not resolve ("the Truman presidency", "the
# Soviet era", "the Clinton administration", "the Cold War")
_ERA_HEADS = frozenset({"presidency", "administration", "era", "reign", "regime", "war", "tenure", "rule", "dynasty",
                        "premiership", "empire"})


LONG_STRETCHES = {"century", "decade", "generation", "year", "month"}


def over_long_stretches(trigger: Token) -> bool:
    """"Ukraine was ruled from Moscow for centuries" (BL#41): a past told as lasting uncounted centuries, decades,
    years or months ("for years", "for many decades", not "for two years") is a stretch no day of the passage
    holds; on or before publication, not the passage's day."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.lemma_.lower() in LONG_STRETCHES \
                    and not any(c.dep_ == "nummod" for c in noun.children):
                return True
    return False


def in_a_named_era(trigger: Token) -> bool:
    """The happening is told "during"/"under"/"in" a named era ("It was during the Truman presidency that NATO was
    founded", AQ#37): the era is its own time, which no expression dates, so the passage's day (the ceremony told just
    before) is not its day. Only an era named by a proper name or a people's adjective counts ("during the ceremony" is
    the passage's own happening)."""
    holders = [trigger, *trigger.ancestors][:3]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "under", "in"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _ERA_HEADS and any(
                        c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "PERSON"))
                        for c in noun.children):
                    return True
    return False
