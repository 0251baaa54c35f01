"""The time expression of the event's own clause (``governing``): the first thing ``dating`` asks of an event.

"Hudson's Bay said it will redeem the shares on Oct. 31" dates the redemption, not the statement: an event takes the
time reached from its trigger without crossing into another clause (``clauses``). Many times of a sentence belong to
something else — a noun (``noun_times``), an amount compared with (``comparisons``), a statement (``statements``), a
period's results, what is asked for, chosen or shifted ("extended to Nov. 20 its offer") — and the parse hangs some
where they do not belong: a year left outside its preposition ("In nineteen ninety-one Keating was convicted"), a day
read as the next clause's subject, a time phrase that opens the sentence over the clauses joined after it. Of the
times left the nearest wins, and one listed with others of its kind stands for all of them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import branch_to, has_subject, in_clause_of, modifies, turns_present
from explorer.core.extract.events.comparisons import compared, in_comparison
from explorer.core.extract.events.date_rules import REPORTING_LEMMAS, reaches_back
from explorer.core.extract.events.fronted import over_a_later_participle
from explorer.core.extract.events.markets import the_close_it_reached
from explorer.core.extract.events.named_twice import clock_alone
from explorer.core.extract.events.no_happening import negated, of_what_is_asked_for
from explorer.core.extract.events.noun_times import (
    TIME_PREPOSITIONS, describes_its_subject, modifies_a_noun, of_the_subjects_noun, under_a_static_participle,
)
from explorer.core.extract.events.perfects import in_the_infinitive_of_a_perfect
from explorer.core.extract.events.results import fiscal_period, of_a_result, of_the_results_held
from explorer.core.extract.events.speech import quoted_stretches
from explorer.core.extract.events.statements import (
    dates_the_medium, in_its_source, reporter_before, told_in_a_dated_statement,
)
from explorer.core.extract.nlp import doc_text
from explorer.core.model import TimexRow


# "extended to Nov. 20 its offer", "postponed until Tuesday": the date is the new time of what is shifted
SHIFT_LEMMAS = {"extend", "postpone", "delay", "defer", "push", "move", "adjourn", "reschedule", "prolong", "put"}
SHIFT_WORDS = {"to", "until", "till", "through", "into", "back"}
# "picked Saturday night as the optimal time", "set March 1 as the deadline": the time chosen, not the choosing's
CHOOSING_LEMMAS = {"pick", "choose", "select", "set", "name", "designate", "fix", "nominate"}


def governing(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """The date or time expression of the trigger's own clause (the nearest if several), or None."""
    owned = []
    quoted = [q for q in quoted_stretches(sentence) if not q[0] <= trigger.idx < q[1]]
    for timex in timexes:
        if any(q[0] <= timex["start"] < q[1] for q in quoted):
            continue  # "``The incidents of Aug. 7 underscore …,'' said Burleigh": the quotation's time, not the saying's
        # "in the past two months"; "In the year-earlier period" after "For the nine months" (placed by the timex layer)
        stretch = timex["type"] == "DURATION" and (reaches_back(timex) or bool(timex["date_start"] and timex["date_end"]))
        if timex["type"] not in ("DATE", "TIME") and not stretch:
            continue
        if stretch and trigger.lemma_.lower() in REPORTING_LEMMAS:
            continue  # "In the past 20 months alone, Lego said …": what was said is of the months, not the saying
        if fiscal_period(doc_text(sentence.doc), timex):
            continue  # "the fiscal second-quarter": a company's year, whose calendar months the text does not give
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and (_the_lost_object_of_its_preposition(span, trigger)
                                 or _a_results_period_on_its_reporter(span, trigger)):
            owned.append(timex)
            continue
        if span is None or modifies_a_noun(span, timex, trigger) or compared(span, trigger) \
                or in_comparison(span) or _shifted_to(span, trigger) or a_chosen_time(span, trigger) \
                or describes_its_subject(span, trigger) or of_the_subjects_noun(span, trigger) \
                or told_in_a_dated_statement(span, trigger, timexes) \
                or of_what_is_asked_for(span, trigger) or in_its_source(span) or in_what_it_commemorates(span, trigger):
            continue
        reporter = reporter_before(span)
        if reporter is not None and reporter.i != trigger.i:
            continue  # "police said on Tuesday they had arrested 14": Tuesday is the statement's day
        if in_the_infinitive_of_a_perfect(span, trigger):
            continue
        if reporter is None and not in_clause_of(span.root, trigger) and not dates_the_medium(span.root, trigger) \
                and not _fronted_over(sentence, span, trigger) and not _a_result_it_sent(span, trigger) \
                and not over_a_later_participle(sentence, span, trigger) \
                and not the_close_it_reached(span, trigger) \
                and not under_a_static_participle(span, trigger) \
                and not _a_day_parsed_as_the_next_subject(span, trigger):
            continue
        if (timex["date_start"] or not ((timex["value"] or "").endswith("_REF") or stretch)
                or modifies(span.root, trigger) or _spliced_after(span, trigger)):
            owned.append(timex)
    # "The year-ago results included a $415 million charge in the 1988 second quarter": the clause's own time is
    # closer to what was held than the period its subject's results are of
    if len(owned) > 1:
        owned = [t for t in owned if not of_the_results_held(sentence, t, trigger)] or owned
    # a time of day written alone ("at about 10:35 a.m. (0735 GMT) Friday") names no day: the clause's day wins
    chosen = min(owned, key=lambda t: (_borrowed(sentence, t, trigger), clock_alone(t), abs(t["start"] - trigger.idx)),
                 default=None)
    return _over_its_list(sentence, chosen, timexes) if chosen is not None else None


# verbs of honouring what happened before: a time in their clause is what they honour's ("to honor the announcement
# by President Truman of the creation of NATO 50 years ago")
COMMEMORATING_LEMMAS = frozenset({"honor", "honour", "commemorate", "celebrate", "mark", "remember", "memorialize",
                                  "memorialise", "salute"})


def in_what_it_commemorates(span: Span, trigger: Token) -> bool:
    """"The venue was chosen to honor the announcement by President Truman of the creation of NATO 50 years ago" (ET#44,
    wrong at 1949): the time is in the clause of an infinitive of honouring that hangs from the trigger through verbs'
    complements only, so it dates what is honoured, not the choosing; the trigger's own time, if any, is told outside
    it."""
    node, honouring = span.root, False
    while node.i != trigger.i:
        if node.head.i == node.i or (honouring and node.dep_ not in ("xcomp", "advcl", "conj")):
            return False
        honouring = honouring or (node.pos_ == "VERB" and node.dep_ in ("xcomp", "advcl")
                                  and node.lemma_.lower() in COMMEMORATING_LEMMAS
                                  and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))
        node = node.head
    return honouring


def _over_its_list(sentence: Span, chosen: TimexRow, timexes: list[TimexRow]) -> TimexRow:
    """"were shot at … in 1994, 1995 and 1997" (BP#28, wrong: 1997 alone): a time listed with others of its kind
    ("A, B and C", the parse's conjuncts; "for the last half of 1989 and for 1990", CB#46: the prepositions'
    conjuncts) dates the event over all of them — from the first's start to the last's end."""
    doc = sentence.doc
    span = doc.char_span(chosen["start"], chosen["end"], alignment_mode="expand")
    if span is None or not chosen["date_start"] or chosen["type"] != "DATE":
        return chosen
    listed = {t.i for t in span.root.conjuncts}
    root = span.root
    if root.dep_ == "pobj" and root.head.pos_ == "ADP":  # "for the last half of 1989 and for 1990" (CB#46)
        listed |= {o.i for p in root.head.conjuncts if p.pos_ == "ADP" for o in p.children if o.dep_ == "pobj"}
        listed |= _gapped_siblings(root.head)
    if not listed:
        return chosen
    others = []
    for timex in timexes:
        if timex is chosen or timex["type"] != "DATE" or not timex["date_start"] or not timex["date_end"]:
            continue
        other = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if other is not None and other.root.i in listed:
            others.append(timex)
    if not others:
        return chosen
    every = [chosen, *others]
    return {**chosen, "date_start": min(t["date_start"] for t in every), "date_end": max(t["date_end"] for t in every)}


def _gapped_siblings(preposition: Token) -> set[int]:
    """"adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982" (DL#24, too precise: 1952 alone):
    one verb written once for several of its acts, each object with its own time, hangs the same preposition from
    the verb again for each; their times are a list, as if coordinated: the verb's act spans them all."""
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {o.i for p in verb.children if p.i != preposition.i and p.dep_ == "prep"
            and p.lower_ == preposition.lower_ for o in p.children if o.dep_ == "pobj"}


def _borrowed(sentence: Span, timex: TimexRow, trigger: Token) -> bool:
    """The expression dates the trigger only through the verb it is coordinated with ("fought cancer in 2004
    and took six months off in early 2009": 2004 is *fought*'s): a coordinated verb's own expression, one
    that hangs from it, is nearer to what it tells than the first verb's, whatever the distance in words."""
    if trigger.dep_ != "conj":
        return False
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    return span is not None and not in_clause_of(span.root, trigger, shared=False)


def a_chosen_time(span: Span, trigger: Token) -> bool:
    """"picked Saturday night as the optimal time": a time that a verb of choosing takes as what it chooses
    (its object, named "as" something) is the time chosen, not the day of choosing."""
    root = span.root
    return (trigger.lemma_.lower() in CHOOSING_LEMMAS and root.head.i == trigger.i
            and root.dep_ in ("dobj", "npadvmod") and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children))


def chosen_times(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> list[TimexRow]:
    """The calendar times a verb of choosing takes as what it chooses (``_chosen``)."""
    if trigger.lemma_.lower() not in CHOOSING_LEMMAS:
        return []
    found = []
    for timex in timexes:
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and timex["date_start"] and timex["date_end"] and a_chosen_time(span, trigger):
            found.append(timex)
    return found


def _shifted_to(span: Span, trigger: Token) -> bool:
    """"extended to Nov. 20 its offer", "postponed until Tuesday": the new time of what is shifted, not the
    day of shifting it."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (trigger.lemma_.lower() in SHIFT_LEMMAS and before is not None and before.lower_ in SHIFT_WORDS
            and before.head.i == trigger.i)


SENDING_LEMMAS = {"send", "set"}  # "sent Anheuser shares plunging", "set prices soaring"


def _a_result_it_sent(span: Span, trigger: Token) -> bool:
    """"The projection sent Anheuser shares plunging $4.375 in … composite trading yesterday" (AV#41): the result
    clause of "send"/"set" ("plunging") happens with the sending, so a time of that clause is the sending's too."""
    if trigger.lemma_.lower() not in SENDING_LEMMAS:
        return False
    node = branch_to(span.root, trigger)
    return node is not None and node.tag_ == "VBG" and node.dep_ in ("ccomp", "xcomp", "oprd") \
        and node.i > trigger.i


def _a_day_parsed_as_the_next_subject(span: Span, trigger: Token) -> bool:
    """"The rifle was discovered April 8 buried one foot below the ground" (BJ#50): a date written right after a
    past verb, with no preposition, that the parse made the subject of the clause after it ("April 8 buried") is
    the verb's own time — a day names no one who buries; so is one it hung on the participle after it ("Elian was
    found Thanksgiving Day clinging to an inner tube": a compound of "clinging", and the finding stamped with the
    publication day)."""
    root = span.root
    return span.start == trigger.i + 1 and trigger.tag_ in ("VBD", "VBN") \
        and root.dep_ in ("nsubj", "nsubjpass", "compound", "npadvmod") \
        and root.head.i >= span.end and root.head.pos_ in ("VERB", "AUX") and root.head.tag_ != "VBZ"


def _the_lost_object_of_its_preposition(span: Span, trigger: Token) -> bool:
    """"In nineteen ninety-one Keating was convicted": the parse made the spoken year a number of the name after
    it and left the verb's "In" with no object; a time right after a preposition of the trigger that has no object
    of its own is that preposition's object, so the trigger's time."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.dep_ == "prep" and before.head.i == trigger.i and before.lower_ in TIME_PREPOSITIONS \
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)


def _a_results_period_on_its_reporter(span: Span, trigger: Token) -> bool:
    """"The company said it had a loss of $92.2 million, or $6.98 a share, for the quarter ended Sept. 30" (DO#47,
    AQ#49: vague at "on or before publication"): the parse hangs the period's "for" on "said", after the reported
    result and its amounts; a statement is not "for" a quarter, the result it reports is."""
    preposition = span.root.head
    return span.root.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.lower_ == "for" \
        and preposition.head.i == trigger.head.i and trigger.dep_ == "ccomp" and preposition.i > trigger.i \
        and trigger.head.lemma_.lower() in REPORTING_LEMMAS and of_a_result(trigger)


def _fronted_over(sentence: Span, span: Span, trigger: Token) -> bool:
    """"In June last year, the remaining leadership had a falling out, and Pol Pot was arrested": a time phrase that
    opens the sentence, set off by a comma, frames every clause joined to the one it hangs from, a coordinated
    clause with a subject of its own too — in the past, as the first ("…, and Pol Pot is in jail now" turns to the
    present: ``turns_present``)."""
    spliced = _spliced_after(span, trigger)
    if (trigger.dep_ != "conj" and not spliced) or turns_present(trigger) or not has_subject(trigger) \
            or negated(trigger, "past"):
        return False  # "…, but those talks didn't result in any changes": no happening to date
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    if not spliced and (prep.dep_ not in ("prep", "npadvmod") or prep.head.i != trigger.head.i
                        or trigger.head.i < span.end):
        return False
    opening = next((t for t in sentence if not t.is_punct and t.lower_ not in ("but", "and", "yet", "so")), None)
    first = span.start - 1 if span.start > sentence.start and sentence.doc[span.start - 1].dep_ == "prep" \
        else span.start  # "in June last year": the preposition before the expression opens the phrase
    if opening is None or not first <= opening.i < span.end:
        return False  # not at the sentence's start ("But in June last year," counts)
    after = sentence.doc[span.end] if span.end < sentence.end else None
    return after is not None and after.text == ","


def _spliced_after(span: Span, trigger: Token) -> bool:
    """"But in the past three months, stocks have plunged, interest rates have soared and …": clauses listed with
    commas, which the parse hangs as a complement of the last ("plunged" a ccomp of "soared"); the opening time
    phrase of the first frames the main verb as it would a conjunct — unless the main verb reports ("In May, prices
    rose, he said": the time is of what was said)."""
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    clause = prep.head
    return trigger.dep_ == "ROOT" and prep.dep_ in ("prep", "npadvmod") and clause.dep_ == "ccomp" \
        and clause.head.i == trigger.i and span.end <= clause.i < trigger.i \
        and trigger.lemma_.lower() not in REPORTING_LEMMAS and has_subject(clause)
