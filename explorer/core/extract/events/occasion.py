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
from explorer.core.extract.events.named_twice import GATHERING_NOUNS, names_a_statement
from explorer.core.extract.wordnet import action_keys
from explorer.core.model import TimexRow

# occasions WordNet files as communication or as a thing rather than an act, which an act is done "in"
OCCASION_NOUNS = GATHERING_NOUNS | {"debate", "speech", "interview", "address", "broadcast", "keynote", "game",
                                    "show", "tournament"}
# what an act is done "at": a meeting of people on a day ("decided at last year's Madrid summit")
MEETING_NOUNS = OCCASION_NOUNS | {"summit", "meeting", "conference", "convention", "hearing", "ceremony", "congress",
                                  "assembly", "funeral", "trial", "match", "race"}
WRITTEN_ON_DEPS = ("poss", "nummod", "compound", "npadvmod", "amod", "nmod")


# the participle that tells when an occasion was held or a statement made ("a press conference held by Apple on
# Friday morning", "in remarks made last week", "in a letter dated Monday")
HELD_PARTICIPLES = frozenset({"make", "give", "hold", "deliver", "issue", "publish", "release", "broadcast", "air",
                              "date", "read", "send", "write", "stage", "conduct", "call"})


def in_a_dated_occasion(trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """The date written on an occasion the past act is done in ("in Sunday's debate"), or on the participle that
    tells when it was held ("The announcement came in a rare press conference held by Apple on Friday morning",
    seen beside CY#45's article, left on or before publication): a day or a closed period over by publication, as
    the expression gives it; None where there is none."""
    for noun in _occasions(trigger):
        for timex in _written_on(noun, timexes):
            dated = own_date(timex, published)
            if dated is not None and dated[0] and dated[1] and (not published or dated[1] <= published):
                return dated
    return None


def _written_on(noun: Token, timexes: list[TimexRow]) -> list[TimexRow]:
    """The time expressions written before the occasion's noun ("Sunday's debate"), then those of the participle
    that tells when it was held ("held … on Friday morning", "made last week")."""
    words = [c for c in noun.children if c.dep_ in WRITTEN_ON_DEPS and c.i < noun.i]
    for held in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in HELD_PARTICIPLES):
        words += [c for c in held.children if c.dep_ == "npadvmod"]
        words += [o for p in held.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "at")
                  for o in p.children if o.dep_ == "pobj"]
    found = (_covering(noun.doc[word.i:word.i + 1], timexes) for word in words)
    return [timex for timex in found if timex is not None and timex["date_start"]]


def _occasions(trigger: Token) -> list[Token]:
    """The nouns of the act's own "in" phrases that name an occasion or a statement ("in remarks made last week"),
    and of its "at" phrases that name a gathering or a speech ("decided at last year's Madrid summit"; "at Friday's
    close" is no occasion)."""
    own = [noun for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
           for noun in p.children if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
           and ((_an_occasion(noun) or names_a_statement(noun)) if p.lower_ == "in" else noun.lemma_.lower() in MEETING_NOUNS)]
    # "criticised the plan in remarks made last week", "had indicated its interest in resuming talks in remarks made
    # last week" (AS#24, AT#18, CM#32, DN#11: vague four times): the parse hangs the statement on the object or deeper
    # in its phrase, but a plan is not "in remarks"; taken only where a participle tells when the statement was made
    hung = [noun for o in trigger.children if o.dep_ == "dobj" for p in o.subtree if p.dep_ == "prep"
            and p.lower_ == "in" for noun in p.children if noun.dep_ == "pobj" and names_a_statement(noun)
            and any(c.dep_ == "acl" and c.lemma_.lower() in HELD_PARTICIPLES for c in noun.children)]
    return own + hung


def _an_occasion(noun: Token) -> bool:
    from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this
    lemma = noun.lemma_.lower()
    return lemma in OCCASION_NOUNS or event_noun(noun) or bool(action_keys(lemma, "n", 3))


def _covering(tokens: Span, timexes: list[TimexRow]) -> TimexRow | None:
    start, end = tokens.start_char, tokens.end_char
    return next((t for t in timexes if t["start"] <= start and end <= t["end"]), None)
