"""A future act at a happening the sentence schedules: "The issue is expected to dominate a NATO summit set for
Washington in April" (BQ#15, vague), "the Lion release, which is scheduled for release next summer, will include
more support for multitouch" (BP#7's kind).

What is still to come at a happening comes when the happening does. The time is written on the noun's own
clause of scheduling ("set for", "scheduled for", "due in"), not the act's, so the act kept only "on or after
publication". Where the act's subject, object or the noun of its "at"/"in"/"during" phrase is a noun whose
participle or relative clause of scheduling names a time still to come, the act takes that time.
"""

from __future__ import annotations

from spacy.tokens import Token

from explorer.core.extract.events.date_rules import Dating, own_date
from explorer.core.model import TimexRow

# verbs of putting a happening on the calendar ("a NATO summit set for Washington in April", "the offer, poised to
# expire Friday"): the time is the happening's, not the scheduling's
SCHEDULING_LEMMAS = frozenset({"set", "schedule", "plan", "slate", "due", "timetable", "expect", "poise"})
ITS_NOUNS = ("nsubj", "nsubjpass", "dobj")
SCENE_WORDS = frozenset({"at", "in", "during"})


def at_a_scheduled_happening(trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """The time still to come that a clause of scheduling gives the future act's happening noun; None where none."""
    for noun in _its_nouns(trigger):
        # the noun's own clause, or that of the noun its phrase goes on with ("the release to OS X, which is …")
        heads = [noun] + [n for p in noun.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
        for clause in (c for head in heads for c in head.children if c.dep_ in ("acl", "relcl", "amod")
                       and c.lemma_.lower() in SCHEDULING_LEMMAS):
            for timex in (t for t in times_in(clause, timexes) if t["type"] in ("DATE", "TIME")):
                dated = own_date(timex, published)
                if dated is not None and dated[2] == "timex" and dated[0] and (not published or dated[0] >= published):
                    return dated
    return None


def _its_nouns(trigger: Token) -> list[Token]:
    nouns = [c for c in trigger.children if c.dep_ in ITS_NOUNS and c.pos_ in ("NOUN", "PROPN")]
    nouns += [n for p in trigger.children if p.dep_ == "prep" and p.lower_ in SCENE_WORDS
              for n in p.children if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN")]
    return nouns


def times_in(head: Token, timexes: list[TimexRow]) -> list[TimexRow]:
    """The time expressions written inside the phrase or clause ``head`` heads."""
    start = min(t.idx for t in head.subtree)
    end = max(t.idx + len(t) for t in head.subtree)
    return [t for t in timexes if start <= t["start"] and t["end"] <= end]
