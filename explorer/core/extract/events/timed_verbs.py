"""A verb that a time expression dates in its own clause tells a happening of its own.

"Kopp, who is charged with gunning down Dr. Barnett Slepian last fall": the
sentence's main event is the reward offered, and the reported and coordinated
clauses ``find.further_triggers`` follows do not reach a gerund under a relative
clause on a prepositional object. Yet the killing is told with its own time, the
one thing an analyst's timeline of Slepian needs. So wherever the parse hangs a
calendar time on a verb in its own clause ("… last fall", "a statement issued
Tuesday", "which was founded in 1976"), that verb is an event, dated by that time,
whatever its depth in the sentence; it is also remembered as a dated mention of
its happening (``named_twice``) for the document's undated mentions of it.

Left out: a time on the other side of publication from the verb's tense ("the
earthquake last month will result in a charge": the month is the earthquake's),
a past time on what is asked for, offered or agreed (``another_words_time``), the time a
verb of scheduling sets ("a summit set for April"), the time chosen by a verb of
choosing ("picked Saturday night as the time"), a time that names a noun's
happening ("charged in the Dec. 21, 1988, bombing"), a clock time written alone
(it names no day), the verbs that only bound a period ("the quarter ended
Sept. 30"), and a verb that several times date.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import Dating
from explorer.core.extract.events.named_twice import clock_alone, dated_in_its_clause
from explorer.core.extract.events.own_time import a_chosen_time
from explorer.core.extract.events.roles import COPULAS
from explorer.core.extract.events.scheduled import SCHEDULING_LEMMAS
from explorer.core.extract.wordnet import senses_of
from explorer.core.model import TimexRow

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their"})
# verbs and nouns that ask for, offer or invite an act told in their "to" infinitive: a past time on that
# infinitive is the asking's ("invited the three countries to join the bloc in July 1997", "extended their offers to
# acquire the manufacturer Friday"), the act asked for being still to come then
ASKING_LEMMAS = frozenset({"invite", "ask", "urge", "call", "offer", "propose", "request", "order", "tell",
                           "encourage", "persuade", "press", "pressure", "require", "allow", "permit", "authorize",
                           "bid", "proposal", "plan", "invitation", "demand", "agreement", "pledge",
                           "promise", "vow", "threaten", "threat", "agree", "decide"})
# verbs that bound a period on the period's noun ("the quarter ended Sept. 30"): the period's edge, no happening
PERIOD_EDGE_LEMMAS = frozenset({"end", "begin", "start", "close", "run", "expire", "last"})


def timed_verbs(sentence: Span, taken: list[Token], timexes: list[TimexRow]) -> list[tuple[Token, TimexRow]]:
    """The verbs of the sentence, not already ``taken``, that one calendar time dates in their own clause, each with
    that time. A verb that several times date is left out ("the men who launched the Cuban Revolution more than four
    decades ago in a rally Saturday": the parse gives the rally's day to the launching too)."""
    spans = [(timex, span) for timex in timexes if timex["type"] in ("DATE", "TIME")
             and sentence.start_char <= timex["start"] < sentence.end_char
             and (span := sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")) is not None]
    taken_at = {t.i for t in taken}
    dated: dict[int, tuple[Token, TimexRow, Span]] = {}
    for timex, span in spans:
        verb = dated_in_its_clause(span)
        if verb is not None and verb.pos_ == "VERB" and verb.i not in taken_at:
            dated.setdefault(verb.i, (verb, timex, span))
    found = []
    for verb, timex, span in dated.values():
        others = [t for t, s in spans if t is not timex and _on_the_verb(s, verb)]
        if not others and timex["date_start"] and timex["date_end"] and not clock_alone(timex) \
                and _a_happening(verb, span):
            found.append((verb, timex))
    return found


def _on_the_verb(span: Span, verb: Token) -> bool:
    """The expression hangs on the verb, bare or in one of its prepositional phrases ("… ago", "since 1949")."""
    root = span.root
    return root.head.i == verb.i or (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i)


def _a_happening(verb: Token, span: Span) -> bool:
    """Not a copula, not the time a verb of choosing chooses, not a period's edge told on its noun, not a time
    written before a noun it names ("charged in the Dec. 21, 1988, bombing": the parse may hang the date on the
    "in" and leave the bombing apart; the date is the bombing's)."""
    lemma = verb.lemma_.lower()
    if lemma in COPULAS or lemma in SCHEDULING_LEMMAS or a_chosen_time(span, verb) or _names_the_noun_after(span) \
            or _after_an_act_noun(span):
        return False
    return not (lemma in PERIOD_EDGE_LEMMAS and verb.dep_ in ("acl", "relcl"))


def _names_the_noun_after(span: Span) -> bool:
    """The expression opens with a determiner, or follows one, and a noun comes right after it, past a comma at
    most ("the Dec. 21, 1988, bombing"): a date naming that noun's happening, as "the Aug. 2 invasion" does."""
    doc = span.doc
    after = span.end
    while after < len(doc) and doc[after].text == ",":
        after += 1
    determined = span[0].lower_ in DETERMINERS or (span.start > 0 and doc[span.start - 1].lower_ in DETERMINERS)
    return determined and after < len(doc) and doc[after].pos_ == "NOUN"


def another_words_time(verb: Token, tense: str, dated: Dating, published: str) -> bool:
    """Whether the verb's own time, as ``dated``, belongs to another word: a time across publication from the verb's
    tense ("the earthquake last month will result in …": the earthquake's), or a past time on what is asked for,
    offered or agreed ("invited the three … to join the bloc in July 1997": the inviting's)."""
    if not published:
        return False
    if (tense == "future" and dated[1] < published) or (tense == "past" and dated[0] > published):
        return True
    return dated[1] < published and _asked_for(verb)


def _asked_for(verb: Token) -> bool:
    """A "to" infinitive of an act asked for, offered or invited (``ASKING_LEMMAS``): by the word it hangs on, or
    the object of that verb ("extended their offers to acquire …")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    objects = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
    return any(word.lemma_.lower() in ASKING_LEMMAS for word in (head, *objects))


def _after_an_act_noun(span: Span) -> bool:
    """The expression's preposition follows a noun of an act ("died within weeks of his capture on March 26, 1996"):
    the parse may hang the "on" on the verb, but the day is the capture's. Not a noun of the verb's own
    phrase ("filed for bankruptcy-law protection in July 1988": the filing's month)."""
    doc = span.doc
    root = span.root
    preposition = root.head if root.dep_ == "pobj" else None
    if preposition is None or preposition.i == 0 or preposition.i != span.start - 1:
        return False
    before = doc[preposition.i - 1]
    if before.pos_ != "NOUN" or _an_argument_of(before, preposition.head):
        return False  # "filed for bankruptcy-law protection in July 1988", "to begin an auction process in June"
    senses = senses_of(before.lemma_.lower(), "n")
    return bool(senses) and bool(senses[0])


def _an_argument_of(noun: Token, verb: Token) -> bool:
    """The noun is the verb's object or the object of one of the verb's own prepositions."""
    return noun.head.i == verb.i or (noun.dep_ == "pobj" and noun.head.head.i == verb.i)
