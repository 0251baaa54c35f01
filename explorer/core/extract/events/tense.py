"""The tense of a sentence, read from its main verb and auxiliaries.

Relative dates resolve differently by tense ("in October" in a past sentence of a
January article is the October before; in a future one, the next), and an event
reported in the future tense is not dated to the day of publication.
"""

from __future__ import annotations

import calendar

import numpy as np
from spacy.symbols import VERB
from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import REPORTING_LEMMAS
from explorer.core.extract.nlp import TokenColumns, tokens_where

FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo"}
# "said Macs would be shipped with Intel processors": the future of a report, not a day of its own
REPORTED_FUTURE_AUXILIARIES = {"would"}
FUTURE_FRAMES = {
    "set", "expected", "scheduled", "due", "poised", "slated", "likely", "going", "plan", "plans", "planned",
}
# "expects to cut", "hopes to sign", "vows to appeal": what a present intention frames has not happened yet
INTENTION_LEMMAS = {"expect", "hope", "want", "seek", "promise", "vow", "pledge", "threaten", "prepare", "propose"}
WEEKDAYS = {day.lower() for day in calendar.day_name}
PLURAL_PRONOUNS = {"we", "they", "you", "i"}
TIME_CLAUSE_MARKS = {"when", "once", "after", "before", "until", "till", "whenever"}
# "is leaving for the United States", "is moving to Paris": a progressive of going or leaving tells a plan
DEPARTURE_LEMMAS = {"leave", "go", "come", "move", "return", "head", "depart", "retire", "resign", "quit", "step",
                    "travel", "fly", "relocate", "emigrate", "transfer"}
# a present of these is a state of the report's day, never a plan ("remains", "owns", "has")
STATIVE_LEMMAS = {"be", "have", "remain", "stay", "own", "hold", "include", "contain", "know", "believe", "think",
                  "want", "need", "seem", "appear", "cost", "mean", "matter", "lie", "stand", "expect", "hope"}


def sentence_tense(sentence: Span) -> str:
    """``"past"``, ``"present"`` or ``"future"`` for a parsed sentence."""
    verb = main_verb(sentence)
    if verb is None:
        return "present"
    root = sentence.root
    if root.pos_ == "AUX" and root.tag_ == "VBD" and verb.head.i != root.i and verb.dep_ != "xcomp":
        # "He was the 456th person to be placed on the list": the copula's time, not the infinitive's (but
        # "was likely to be opposed", "was ready to withdraw" frame what had not happened)
        return "past"
    tense = verb_tense(verb)
    framed = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if tense == "present" and any(verb_tense(c) == "future" for c in framed):
        return "future"  # "is set to visit", "expects to cut": the sentence's event is to come
    return tense


def verb_tense(verb: Token) -> str:
    """The tense of one verb token, with its auxiliaries and a "set to"-style frame."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return "future"
    if any(a.lower_ in REPORTED_FUTURE_AUXILIARIES for a in auxiliaries) and _reported(verb):
        return "future"
    if _in_future_frame(verb) or _a_headlines_infinitive(verb, auxiliaries):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "past"
    if _done_to_a_noun(verb, auxiliaries) or _a_past_tagged_as_participle(verb, auxiliaries):
        return "past"
    if _borrows_its_time(verb, auxiliaries):
        return verb_tense(verb.head)
    if _futurate(verb, auxiliaries):
        return "future"
    if _infinitive_after_a_past(verb, auxiliaries):
        return "past"
    if _time_clause_of_a_future(verb):
        return "future"
    return "present"


# verbs of trying, beginning or going on: what their "to" infinitive tells is tried, begun or kept up at their time
ATTEMPT_LEMMAS = {"try", "attempt", "manage", "begin", "start", "continue", "fail", "struggle", "refuse", "decline",
                  "cease"}


def _infinitive_after_a_past(verb: Token, auxiliaries: list[Token]) -> bool:
    """A "to" infinitive of an adverbial or relative clause on a past verb or copula ("were among the first in
    the country to become profitable", "went to Paris to meet"): it happened then, not on the report's day.
    Not a frame's complement ("was expected to report", "planned to visit": what was still to come) — but
    the complement of a past attempt is of its time ("They were trying to attend a prayer vigil", BB#42: the day
    after the death, not the report's day)."""
    if verb.tag_ != "VB" or [a.lower_ for a in auxiliaries] != ["to"] or verb.head.i == verb.i:
        return False
    if verb.dep_ in ("advcl", "acl"):
        return verb.head.tag_ == "VBD"
    head = verb.head  # a simple or progressive past ("tried", "were trying"); "has begun to sell" goes on now
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ATTEMPT_LEMMAS and (
        head.tag_ == "VBD" or any(a.dep_ == "aux" and a.tag_ == "VBD" and a.lemma_ == "be" for a in head.children))


def _time_clause_of_a_future(verb: Token) -> bool:
    """A present in a clause of time on a future verb ("will become Society Bank when its merger is
    completed", "once the deal closes"): English tells the future there in the present."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}
    return bool(marks & TIME_CLAUSE_MARKS) and verb_tense(verb.head) == "future"


def _futurate(verb: Token, auxiliaries: list[Token]) -> bool:
    """A present that tells a plan, as English does: a simple or progressive present of a happening with a
    weekday of its own ("He and Arafat meet separately Monday", said on a Friday: the coming Monday; "are
    meeting on Tuesday"), or a progressive of leaving or going ("is leaving for the United States to start
    a new career"). Not a state ("remains", "owns") nor a statement ("says Monday")."""
    lemma = verb.lemma_.lower()
    if lemma in STATIVE_LEMMAS or lemma in REPORTING_LEMMAS:
        return False
    simple = verb.tag_ in ("VBP", "VBZ") and not auxiliaries and _agrees_as_present(verb)
    progressive = verb.tag_ == "VBG" and len(auxiliaries) == 1 and auxiliaries[0].tag_ in ("VBP", "VBZ") \
        and auxiliaries[0].lemma_ == "be"
    if not simple and not progressive:
        return False
    return _has_a_weekday(verb) or (progressive and lemma in DEPARTURE_LEMMAS)


def _agrees_as_present(verb: Token) -> bool:
    """A simple present form that cannot be a past one: "-s", or a bare form whose subject is plural ("He and
    Arafat meet"). "Weakness in big technology stocks hurt the composite … on Friday" is past: "hurt",
    "cut", "put" are both, and a singular subject makes the bare form the past."""
    if verb.tag_ == "VBZ":
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS
                                    or any(c.dep_ == "conj" for c in subject.children))


def _has_a_weekday(verb: Token) -> bool:
    """A bare weekday ("meet Monday") or one after "on" hangs from the verb."""
    for child in verb.children:
        day = child
        if child.dep_ == "prep" and child.lower_ == "on":
            day = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("npadvmod", "obl", "tmod"):
            continue
        if day.lower_ in WEEKDAYS:
            return True
    return False


def _reported(verb: Token) -> bool:
    """The verb's clause is what someone said or announced (a clausal complement, framed or not)."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp"


def _done_to_a_noun(verb: Token, auxiliaries: list[Token]) -> bool:
    """A past participle without auxiliaries on a noun ("The iPhone developed by Cisco is a device", "the
    outlook darkened … when Saddam sent his forces" as the parse reads it): done before it is told of, not a
    present happening of the report's day."""
    if not auxiliaries and verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "csubj") and _reduced_relative_root(verb):
        return True  # "And nails found in the Atlanta abortion clinic bombing are identical to those …" (BK#41)
    return (not auxiliaries and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i != verb.i
            and verb.head.pos_ in ("NOUN", "PROPN"))


def _a_past_tagged_as_participle(verb: Token, auxiliaries: list[Token]) -> bool:
    """A main verb with a subject of its own and no auxiliary that the tagger read as a past participle ("The Monday
    explosions at the Austrian embassy in Lagos killed at least 11 people": *killed* VBN): an English clause has no
    bare participle for its finite verb, so it is the simple past the spelling shares ("killed", "injured",
    "published"), unless the participle only describes its noun (``_reduced_relative_root``: "nails found in the
    bombing are identical")."""
    return not auxiliaries and verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj") \
        and any(c.dep_ == "nsubj" for c in verb.children) and not _reduced_relative_root(verb)


def _reduced_relative_root(verb: Token) -> bool:
    """The parse made a noun's participle the sentence's root ("nails" its subject) where the sentence's own verb
    comes after it ("… are identical"): a finite verb or copula later in the sentence, whose subject the parse
    lost, shows the participle only describes the noun; so does a participle with a subject of its own made the
    subject of a clause (``csubj``) of the verb after it."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
               for c in verb.children):
        return False
    if verb.dep_ == "csubj":  # "nails found in …" the subject of "are identical": the noun's participle
        return verb.head.i > verb.i
    return any(t.i > verb.i and t.tag_ in ("VBZ", "VBP", "VBD") and t.pos_ in ("VERB", "AUX")
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in verb.sent)


def _borrows_its_time(verb: Token, auxiliaries: list[Token]) -> bool:
    """A participle or bare verb without auxiliaries hanging from another verb ("While introducing
    iPhone 4, Jobs started …", "will visit Paris and meet …") happens in that verb's time."""
    return (not auxiliaries and verb.tag_ in ("VBG", "VBN", "VB") and verb.dep_ in ("advcl", "conj", "acl")
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"))


def _in_future_frame(verb: Token) -> bool:
    """``is set to visit``, ``is expected to welcome``, ``plans to attend``."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.lemma_ in INTENTION_LEMMAS and verb_tense(head) == "present":
        return True
    return head.lower_ in FUTURE_FRAMES or head.lemma_ in {"plan", "intend", "aim"} or verb_tense(head) == "future"


_VERBS_KEY = "explorer_verbs"


def _verbs(columns: TokenColumns) -> np.ndarray:
    return columns.pos == VERB


def main_verb(sentence: Span) -> Token | None:
    """The sentence's root when it is a verb, else the first verb that hangs from the root."""
    root = sentence.root
    if root.pos_ == "VERB":
        return root
    verbs = [sentence.doc[i] for i in tokens_where(sentence, _VERBS_KEY, _verbs)]
    for token in verbs:
        if token.pos_ == "VERB" and token.head == root:
            return token
    for token in verbs:
        if token.pos_ == "VERB":
            return token
    return None


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _a_headlines_infinitive(verb: Token, auxiliaries: list[Token]) -> bool:
    """"Apple to lower UK iTunes prices", "Microsoft to buy Skype": a line with no finite verb whose "to"
    infinitive has the noun it opens with for subject (the parse's usual reading) or hangs from it is headline
    language for what is to come ("X is to lower …"), not a present."""
    if verb.tag_ != "VB" or not any(a.tag_ == "TO" for a in auxiliaries):
        return False
    sentence = verb.sent
    if any(t.tag_ in FINITE_TAGS for t in sentence):
        return False
    if verb.dep_ == "ROOT":  # "Apple to give free cases", "Microsoft to buy Skype": the parse's usual reading
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    head = verb.head
    return verb.dep_ in ("relcl", "acl") and head.i == sentence.root.i and head.pos_ in ("NOUN", "PROPN") \
        and head.i < verb.i
