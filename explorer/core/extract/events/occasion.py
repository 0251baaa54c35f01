"""A past act told "in" an occasion whose time is written on it: "In Sunday's debate against Vacco, Spitzer
attacked him", "who put the issue in the spotlight in his unsuccessful 1996 campaign".

The date belongs to its noun ("Sunday's debate"), and a noun's date does not date the verb as a rule (``the probe
into the August 7 bombings`` says nothing of when the probe was); the steps that put a verb beside a happening
read "in" as acting on it ("was hurt in the blast" comes on or after it), so such an act kept only a bound, or
a start. But an act done *in* an occasion — a debate, a campaign, a session of trading, a speech — is done during
it: the occasion's time, written in the same clause, is the act's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import Dating, own_date
from explorer.core.extract.events.named_twice import GATHERING_NOUNS
from explorer.core.extract.wordnet import action_keys
from explorer.core.model import TimexRow

# occasions WordNet files as communication or as a thing rather than an act, which an act is done "in"
OCCASION_NOUNS = GATHERING_NOUNS | {"debate", "speech", "interview", "address", "broadcast", "keynote", "game",
                                    "show", "tournament"}
# what an act is done "at": a meeting of people on a day ("decided at last year's Madrid summit")
MEETING_NOUNS = OCCASION_NOUNS | {"summit", "meeting", "conference", "convention", "hearing", "ceremony", "congress",
                                  "assembly", "funeral", "trial", "match", "race"}
WRITTEN_ON_DEPS = ("poss", "nummod", "compound", "npadvmod", "amod", "nmod")


def in_a_dated_occasion(trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """The date written on an occasion the past act is done in ("in Sunday's debate"): a day or a closed
    period over by publication, as the expression gives it; None where there is none."""
    for noun in _occasions(trigger):
        for modifier in (c for c in noun.children if c.dep_ in WRITTEN_ON_DEPS and c.i < noun.i):
            timex = _covering(noun.doc[modifier.i:modifier.i + 1], timexes)
            if timex is None or not timex["date_start"]:
                continue
            dated = own_date(timex, published)
            if dated is not None and dated[0] and dated[1] and (not published or dated[1] <= published):
                return dated
    return None


def _occasions(trigger: Token) -> list[Token]:
    """The nouns of the act's own "in" phrases that name an occasion, and of its "at" phrases that name a
    gathering or a speech ("decided at last year's Madrid summit"; "at Friday's close" is no occasion)."""
    return [noun for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for noun in p.children if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
            and (_an_occasion(noun) if p.lower_ == "in" else noun.lemma_.lower() in MEETING_NOUNS)]


def _an_occasion(noun: Token) -> bool:
    from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this
    lemma = noun.lemma_.lower()
    return lemma in OCCASION_NOUNS or event_noun(noun) or bool(action_keys(lemma, "n", 3))


def _covering(tokens: Span, timexes: list[TimexRow]) -> TimexRow | None:
    start, end = tokens.start_char, tokens.end_char
    return next((t for t in timexes if t["start"] <= start and end <= t["end"]), None)
