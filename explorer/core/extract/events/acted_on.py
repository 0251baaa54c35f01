"""A happening the verb acts on, answers, judges or tells of: which came first.

"commented on the Oct. 23 shooting", "echoed the official Japanese view of the accord, which was announced Friday",
"agents were dispatched to investigate the bombings": what acts on a happening comes on or after it
(``after_its_dated_object``), and so does a reaction ("praised the ruling", ``answered``). The other way round, a
happening noun that its clause reviews, blames or upholds came before the clause, and one approved comes after it
(``judged_before``: "upheld the decision", "responsible for the death", "approved the acquisition"); and what a
happening did is told on that happening's day, which the story's need not be (``told_of_a_happening``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.beside_a_happening import AFTER_WORDS, BEFORE_WORDS
from explorer.core.extract.events.clauses import has_subject
from explorer.core.extract.events.date_rules import Dating, on_or_after_a_happening
from explorer.core.extract.events.date_values import only_an_upper_bound, reference
from explorer.core.extract.events.no_happening import asked_for, only_possible, prevented
from explorer.core.extract.events.noun_times import a_happening, own_noun_date
from explorer.core.extract.events.own_time import governing
from explorer.core.model import TimexRow


# a verb that tells of a happening told before it ("listed the creation of the money fund", "upheld the decision")
REVIEW_LEMMAS = {"list", "review", "uphold", "overturn", "reverse", "appeal", "rank", "cite", "recognize",
                 "recognise", "examine", "investigate", "probe", "criticize", "criticise", "praise", "condemn",
                 "challenge", "question", "approve", "disapprove", "reject", "endorse", "commemorate", "celebrate",
                 "mark", "remember", "honor", "honour", "study", "discuss", "describe", "recount"}
# words of holding someone to account for a happening, which came before ("responsible for the death", "charged with")
BLAME_WORDS = {"responsible", "responsibility", "blame", "charge", "convict", "accuse", "indict", "arrest", "guilty",
               "credit", "sentence", "jail", "implicate", "suspect", "punish", "prosecute", "try", "acquit"}
# a verb that lets a happening go ahead, which then comes after it ("approved the acquisition", "cleared the merger")
APPROVAL_LEMMAS = {"approve", "authorize", "authorise", "clear", "sanction"}
# verbs of reacting to what happened: the reaction comes on or after it ("hailed the transaction", "praised the ruling")
REACTION_LEMMAS = {"hail", "welcome", "praise", "applaud", "condemn", "denounce", "criticize", "criticise", "deplore",
                   "protest", "decry", "lament", "mourn", "celebrate", "cheer", "greet", "blast", "slam"}
# verbs of a happening stirring those who learn of it: it had happened, or been made known, by then
STIRRING_LEMMAS = {"surprise", "shock", "stun", "startle", "disappoint", "dismay", "anger", "upset", "alarm", "please",
                   "delight", "encourage", "impress", "worry", "unsettle", "rattle"}


def reviews_a_happening(verb: Token) -> bool:
    """"About two years ago, the Journal listed the creation of the money fund", "the court upheld the decision":
    a verb of reviewing whose object is a happening tells of what came before it, so its day bounds what the
    passage goes on to tell ("We innovated telephone redemptions"), as a statement's does."""
    return verb.lemma_.lower() in REVIEW_LEMMAS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and a_happening(c) for c in verb.children)


def judged_before(noun: Token, clause: Token, dated: Dating) -> Dating:
    """An event noun reviewed by its clause ("listed the creation of the money fund", "appealed that decision",
    "the INS's decision … was 'within the outside border of reasonable choices'"): what is listed, upheld or
    judged came before the listing or the judgement, so on or before its clause's day, not on it (a time of
    the copula's own, "the meeting was on Monday", is the noun's); so is what the clause came "after" or
    "following", and what it came "before" or "ahead of" is on or after it. A noun naming what is asked for
    (``asked_for``), told as only possible (``only_possible``) or as prevented (``prevented``: "a ruling that
    prevents the removal of Elian", AM#50) has no day."""
    if asked_for(noun) or only_possible(noun) or prevented(noun):
        return "", "", "none", ""
    objected = noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == clause.i
    if clause.lemma_.lower() in APPROVAL_LEMMAS and _in_what_is_approved(noun, clause):
        # "the FDIC approved Dime's acquisition of Starpointe" (BC#9, BB#48): a deal is approved before it is done,
        # so it comes on or after the approval, up to no day the text gives
        return (dated[0], "", "bounded", dated[3]) if dated[0] and dated[0] == dated[1] else ("", "", "none", dated[3])
    if not dated[1] or dated[2] not in ("timex", "narrative", "dct") or not dated[0]:
        return dated
    if _blamed_for(noun):
        # "is responsible for the death of Dr. Slepian" (BF#50), "was charged with the killing": one is blamed,
        # charged or thanked for what has happened, so on or before the clause's day, not on it
        return "", dated[1], "bounded", dated[3]
    if noun.dep_ == "pobj" and noun.head.lower_ in AFTER_WORDS and noun.head.head.i == clause.i:
        # "In 1996, following Apple Computer's purchase of NeXT, Jobs returned" (AX#31): what the clause came
        # after came on or before the clause's time
        return "", dated[1], "bounded", dated[3]
    if noun.dep_ == "pobj" and (noun.head.lower_ in BEFORE_WORDS and noun.head.head.i == clause.i
                                or noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"
                                and noun.head.head.head.i == clause.i):
        # "Just ahead of Albright's one-day trip, the State Department on Sunday issued …" (CD#20, wrong: the trip
        # dated Sunday): what the clause came before comes on or after the clause's time
        return dated[0], "", "bounded", dated[3]
    # "uniformly denounced the killing of Slepian" (EJ#44, wrong at the reactions' Sunday): what one reacts to had
    # happened by then, as what one reviews had
    reviewed = clause.lemma_.lower() in REVIEW_LEMMAS | REACTION_LEMMAS and objected
    judged = clause.lemma_.lower() == "be" and noun.dep_ == "nsubj" and noun.head.i == clause.i \
        and dated[2] != "timex"
    return ("", dated[1], "bounded", dated[3]) if reviewed or judged else dated


def _blamed_for(noun: Token) -> bool:
    """The happening noun is what someone is held to account for ("responsible for the death", "charged with the
    killing", "convicted of the bombing", "blamed for the crash", "claimed responsibility for the attack")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "with", "of", "in"):
        return False
    word = noun.head.head
    return word.lemma_.lower() in BLAME_WORDS and (noun.head.lower_ != "in" or word.lemma_.lower() in ("charge",
                                                                                                        "implicate"))


def _in_what_is_approved(noun: Token, clause: Token) -> bool:
    """The noun is the approval's object, or hangs from it by "of" ("approved the terms of the merger"; the parse's
    "approved Dime Savings Bank of New York's acquisition of Starpointe", BC#9): part of what is let go ahead."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i:
        node = node.head.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.i == clause.i and node.pos_ in ("NOUN", "PROPN")


RESPONSE_NOUNS = {"response", "reaction", "reply", "answer", "retaliation"}
RESPONDING_LEMMAS = {"respond", "react", "reply"}


# verbs whose object may be still to come when they happen ("planned the rally, which was held Friday")
FORESEEING_LEMMAS = {"plan", "predict", "forecast", "expect", "anticipate", "prepare", "schedule", "propose", "warn",
                     "foresee", "fear", "organize", "organise", "call", "set", "seek", "urge", "demand", "threaten",
                     "promise", "vow", "pledge", "hope", "want", "need", "intend", "consider", "discuss", "negotiate",
                     "arrange", "await", "delay", "postpone", "oppose", "prevent", "block", "avoid"}


# prepositions whose noun a verb acts on or at ("commented on", "spoke at", "was hurt in", "protested against"); not
# "to", "for", "toward" ("traveled to the summit, which opened Friday": one goes before it opens) nor "before"
OBJECT_PREPOSITIONS = {"on", "about", "over", "at", "in", "during", "after", "following", "since", "into", "with",
                       "from", "against", "regarding", "concerning"}


def after_its_dated_object(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
    """A past event bounded by publication whose object, or the noun of one of its prepositions, is a happening the
    sentence dates in its own words ("echoed the official Japanese view of the accord, which was announced Friday",
    AM#48; "commented on the Oct. 23 shooting"): what acts on a happening, or on a view of it, comes on or after its
    start — a bound from it, its day only where that is the bound's last. The happening's date is a relative clause
    of its own in the past with a time of its own, or a time it carries ("the Oct. 23 shooting", ``own_noun_date``).
    Not a verb that may come before what it acts on ("planned the rally, which was held Friday"), nor one that "before"
    or "until" opens (``DocumentDating._beside_a_happening`` tells those)."""
    if not only_an_upper_bound(dated) or trigger.lemma_.lower() in FORESEEING_LEMMAS:
        return dated
    for noun in acted_on(trigger):
        when = (own_noun_date(sentence, [noun], timexes, dated[1]) if a_happening(noun) else None) \
            or _dated_by_its_clause(sentence, noun, timexes, made_only=not a_happening(noun))
        if when is not None and when[0] and when[0] <= dated[1]:
            return on_or_after_a_happening(when[0], dated[1], when[3])
    return dated


OF_CHAIN = 3  # nouns "of" nouns followed from an object (CH#49: "condemnation of the handling of Wednesday's meeting")


def acted_on(trigger: Token) -> list[Token]:
    """The nouns a verb acts on: its object, the noun of one of its prepositions of acting (OBJECT_PREPOSITIONS),
    and what those are "of" ("the view of the accord"), or whom they are "for" that are "of" a happening ("aid for
    victims of the bombings": victims of what has happened; not "for" itself, "prepared for the vote")."""
    nouns = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    nouns += [n for p in trigger.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPOSITIONS
              for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    of = nouns
    for _ in range(OF_CHAIN):  # "the view of the accord"; "its condemnation of the handling of Wednesday's meeting"
        of = [n for noun in of for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
        nouns += of
    nouns += [n for noun in [trigger] + list(nouns) for f in noun.children if f.dep_ == "prep" and f.lower_ == "for"
              for who in f.children if who.dep_ == "pobj" and who.pos_ == "NOUN" and not a_happening(who)
              for p in who.children if p.dep_ == "prep" and p.lower_ == "of"
              for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]  # "aid for victims of the bombings"
    return nouns


def acted_on_by_its_purpose(trigger: Token) -> list[Token]:
    """The nouns an infinitive of purpose hanging from the verb acts on ("agents were dispatched to investigate the
    bombings", "Spitzer has moved quickly to make the killing a central issue"): the verb was done for what has
    happened, so it too came after it — not an infinitive that looks ahead ("moved to prevent the attack",
    FORESEEING_LEMMAS)."""
    purposes = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                and c.lemma_.lower() not in FORESEEING_LEMMAS
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    return [n for verb in purposes for n in acted_on(verb)]


# what makes a thing known or brings it about: "the accord, which was announced Friday" is there from that day on
MAKING_LEMMAS = {"announce", "sign", "reach", "release", "publish", "issue", "unveil", "disclose", "report", "adopt",
                 "approve", "conclude", "strike", "pass", "enact", "file", "introduce", "launch", "hand", "deliver"}


def _dated_by_its_clause(sentence: Span, noun: Token, timexes: list[TimexRow], made_only: bool) -> Dating | None:
    """"the shooting, which took place Oct. 23", "the accord, which was announced Friday": a past relative clause of
    the noun with a day or period of its own (``governing``) dates the happening the noun names — or, for a noun
    of no happening (``made_only``: "accord", "report"), the day it was made or made known (``MAKING_LEMMAS``), from
    which on it is there to be acted on (a clause of anything else, "the plant, which was closed Friday", may come
    after the act)."""
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.tag_ in ("VBD", "VBN")
                   and not (made_only and c.lemma_.lower() not in MAKING_LEMMAS)):
        if clause.tag_ == "VBN" and clause.dep_ == "relcl" and not any(
                c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children):
            continue  # "which has been announced": a perfect tells no day of it
        own = governing(sentence, clause, timexes)
        if own is not None and own["date_start"] and own["date_end"] and not reference(own):
            return own["date_start"], own["date_end"], "narrative", own["timex_id"]
    return None


def answered(trigger: Token) -> list[Token]:
    """The happening nouns a reaction answers: a reacting verb's object ("praised the ruling"), what one
    responds or reacts to ("reacted to the ruling"), or what any verb is "in response to" ("In response to the amended pact, … extended its offer")."""
    found = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
        if trigger.lemma_.lower() in REACTION_LEMMAS else []
    if trigger.lemma_.lower() in STIRRING_LEMMAS:  # "The transaction surprised many analysts"
        found += [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if trigger.lemma_.lower() in RESPONDING_LEMMAS:  # "responded to the ruling", "reacted to the vote"
        found += [c for to in trigger.children if to.dep_ == "prep" and to.lower_ == "to"
                  for c in to.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"):
        for response in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in RESPONSE_NOUNS):
            for to in (c for c in response.children if c.dep_ == "prep" and c.lower_ == "to"):
                found += [c for c in to.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return found


def told_of_a_happening(trigger: Token) -> bool:
    """The subject is a happening ("The car bomb attack … killed 253 people", "The attack was lightning
    quick"): what it did is on that happening's day, which the story's day need not be."""
    from explorer.core.extract.events.find import event_noun  # find imports dating, which imports this

    verb = trigger
    while verb.dep_ == "conj" and not has_subject(verb) and verb.head.i != verb.i:
        verb = verb.head  # "… killed 253 people and injured 5,000 others"
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and event_noun(c) for c in verb.children)
