"""What the text says happened at the same time as a happening it dates: "Apple Corps' latest suit, filed in
September 2003, …" / "A similar suit was filed simultaneously in California" (BR#23, vague); "the August 7
bombings" / "A nearly simultaneous car bombing outside the U.S. embassy in Tanzania killed 10 people" (BK#25 =
AH#45, vague).

"Simultaneously", "concurrently", "at the same time", or a subject called "simultaneous", tie the act to another
happening of its kind told before: the act takes the date of the nearest earlier word of its own (or its
subject's) with a time hanging from it ("filed in September 2003", the same verb), else the one date the document
gives a happening of that word.
"""

from __future__ import annotations

from spacy.tokens import Token

from explorer.core.extract.events.date_rules import Dating
from explorer.core.extract.events.named_twice import NamedHappenings
from explorer.core.model import TimexRow

SIMULTANEOUS_ADVERBS = frozenset({"simultaneously", "concurrently"})
SIMULTANEOUS_ADJECTIVES = frozenset({"simultaneous", "concurrent"})


def at_the_same_time(trigger: Token, happenings: NamedHappenings, timexes: list[TimexRow],
                     published: str) -> Dating | None:
    """The one date the document gives the happening the act is said to be simultaneous with; None otherwise."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    told_with = subject is not None and any(c.dep_ == "amod" and c.lower_ in SIMULTANEOUS_ADJECTIVES
                                            for c in subject.children)
    if not (told_with or _said_simultaneous(trigger)):
        return None
    lemmas = {trigger.lemma_.lower()} | ({subject.lemma_.lower()} if subject is not None else set())
    before = _told_before(trigger, lemmas, timexes)
    if before:
        dating = before[-1]  # the nearest told before: what "a similar suit" is set beside
    else:
        found = {m.dating[:2]: m.dating for m in happenings.mentions + happenings.dated_verbs if m.lemma in lemmas}
        if len(found) != 1:
            return None
        dating = next(iter(found.values()))
    return dating if dating[0] and dating[1] and (not published or dating[1] <= published) else None


def _told_before(trigger: Token, lemmas: set[str], timexes: list[TimexRow]) -> list[Dating]:
    """Earlier words of the same lemma with a time hanging from them ("latest suit, filed in September 2003"), in
    the order of the text."""
    doc = trigger.doc
    found = []
    for timex in sorted(timexes, key=lambda t: t["start"]):
        if timex["end"] > trigger.sent.start_char or not timex["date_start"] or timex["type"] != "DATE":
            continue
        span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep":
            head = head.head
        if head.i != span.root.i and head.lemma_.lower() in lemmas:
            found.append((timex["date_start"], timex["date_end"], "narrative", timex["timex_id"]))
    return found


def _said_simultaneous(trigger: Token) -> bool:
    """"was filed simultaneously", "happened at the same time"."""
    for child in trigger.children:
        if child.dep_ == "advmod" and child.lower_ in SIMULTANEOUS_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ == "at" and any(
                n.lower_ == "time" and any(a.lower_ == "same" for a in n.children) for n in child.children):
            return True
    return False
