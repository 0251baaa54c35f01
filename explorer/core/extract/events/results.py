"""A company's results: which period they are of, and when a period in their clause is not the verb's.

"Net rose 5%", "posted earnings of $18.9 million", "Norton had net of $81.2 million": a result is of its reporting
period, not of the day it was reported (``date_rules.Periods`` carries the period on). These tests tell a result
(``of_a_result``: a change in a result noun, a result posted or had, how a unit fared), the stretch it is told of
("For the nine months ended Sept. 30", ``stretch_ended_on``, ``months_of``; a fiscal quarter whose months are not
known, ``fiscal_period``; the year before, ``of_the_year_before``), and a period that is what is expected, kept or
reported, not when the verb is ("expects … earnings growth next year", "will report a write-off … for its fourth
quarter ended yesterday").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import NOUN_MODIFIER_DEPS, in_clause_of
from explorer.core.extract.events.comparisons import in_comparison
from explorer.core.extract.events.date_rules import (
    ACTING_ON_RESULTS_LEMMAS, CHANGE_LEMMAS, FORTUNE_LEMMAS, HAVING_LEMMAS, ISO_DAY, MONTHS_OF_RESULTS, RESULT_NOUNS,
    SPAN_VALUE, Dating, months_on, months_to, reaches_back,
)
from explorer.core.extract.events.tense import FUTURE_AUXILIARIES
from explorer.core.extract.nlp import doc_text
from explorer.core.model import TimexRow


# what a period's results held ("included a pretax gain", "were hurt by charges")
HELD_LEMMAS = {"include", "reflect", "contain", "exclude", "hurt", "benefit", "be", "show", "suffer", "carry"}


def posts_a_result(trigger: Token) -> bool:
    """"posted earnings of $18.9 million", "posted a 54% drop in third-quarter profit": a result, whose
    time is its period's, not a statement made when reported."""
    return trigger.lemma_.lower() == "post" and result_object(trigger) is not None


def subject_names(trigger: Token) -> frozenset[str]:
    """The proper names in the verb's subject ("Norton had net", "GM Hughes net fell"): whose result it is."""
    return frozenset(t.text for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                     for t in c.subtree if t.pos_ == "PROPN")


def _has_a_result(trigger: Token) -> bool:
    """"Norton had net of $81.2 million", "had operating profit of $76.8 million": a result the company had, of
    its reporting period as a posted one is (not "had a tax credit", no result); "experienced a steep drop in
    operating profit", "suffered a loss of $2 million" alike (``HAVING_LEMMAS``)."""
    return trigger.lemma_.lower() in HAVING_LEMMAS and result_object(trigger) is not None


def result_object(trigger: Token) -> Token | None:
    """The verb's object naming a company's result ("sales of $538.5 million", "a 54% drop in profit", "a 34% profit
    gain", "boosted net 16%": the parse makes the amount the object and "net" its adjective), or None."""
    return next((c for c in trigger.children if c.dep_ == "dobj" and (
        c.lemma_.lower() in RESULT_NOUNS or c.lower_ in RESULT_NOUNS or any(
            g.dep_ == "prep" and any(o.lemma_.lower() in RESULT_NOUNS for o in g.children) for g in c.children)
        or any(g.dep_ == "compound" and g.lower_ in RESULT_NOUNS for g in c.children)
        or (c.ent_type_ in AMOUNT_TYPES and any(g.dep_ == "amod" and g.lower_ in RESULT_NOUNS for g in c.children)))),
                None)


AMOUNT_TYPES = {"PERCENT", "MONEY"}  # "boosted net 16%", "raised sales $5 million"


FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
PERIOD_OF_YEAR = re.compile(r"^\d{4}-(?:Q[1-4]|H[12])$")
# "the fiscal second quarter ended Sept. 30": the time expression then holds the months to that day (the
# time-expression step, which the steps' layers keep apart, reads the same words)
PERIOD_ENDED = re.compile(r"\s*,?\s*(?:(?:that|which)\s+)?(?:ended|ending|ends|closed)(?:\s+on)?\s+[A-Z0-9]")


def fiscal_period(text: str, timex: TimexRow) -> bool:
    """A quarter or half of a fiscal year ("the fiscal second-quarter", "fiscal first half"): it need not be the
    calendar's, so it gives no calendar range — unless the text ends it on a day ("fiscal second quarter ended
    Sept. 30"), whose months the time expression then holds."""
    said = text[max(0, timex["start"] - 8):timex["end"]]
    ended = PERIOD_ENDED.match(text, timex["end"]) is not None  # "ended Sept. 30": the months are known
    return PERIOD_OF_YEAR.match(timex["value"] or "") is not None and FISCAL.search(said) is not None and not ended


def stretch_ended_on(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """A year or some months ended on a day in the event's own clause ("had revenue of $76 million for the year
    ended March 31", "For the nine months ended Sept. 30, net rose"): the event is of those months, up to
    that day (a company's year need not be the calendar's, but its end tells where it lies), not only on or
    before publication. None where the clause tells no such stretch."""
    ordered = sorted(timexes, key=lambda t: t["start"])
    for stretch, day in zip(ordered, ordered[1:]):
        length = SPAN_VALUE.match(stretch["value"] or "")
        if stretch["type"] != "DURATION" or length is None or length.group(2) not in "MY" or reaches_back(stretch):
            continue
        if day["type"] != "DATE" or not ISO_DAY.match(day["date_start"] or "") or day["date_start"] != day["date_end"] \
                or (published and day["date_end"] > published):
            continue
        if PERIOD_ENDED.match(doc_text(sentence.doc)[stretch["end"]:day["start"] + 1]) is None:
            continue
        span = sentence.doc.char_span(stretch["start"], stretch["end"], alignment_mode="expand")
        if span is None or not in_clause_of(span.root, trigger) or in_comparison(span):
            continue
        months = int(length.group(1)) * (12 if length.group(2) == "Y" else 1)
        return months_to(date.fromisoformat(day["date_end"]), months), day["date_end"], "timex", day["timex_id"]
    return None


def told_by_its_end(stretch: Dating | None, own: TimexRow) -> Dating | None:
    """The stretch ``stretch_ended_on`` found where the event's own time is the day it ended on ("For the six
    months ended Aug. 12, Provigo posted net income": the six months, not Aug. 12 alone); else None."""
    return stretch if stretch is not None and stretch[3] == own["timex_id"] else None


def in_a_fiscal_period(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> bool:
    """The event's own clause tells it of a fiscal quarter or half, whose calendar months are not known."""
    for timex in timexes:
        if fiscal_period(doc_text(sentence.doc), timex):
            span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
            if span is not None and in_clause_of(span.root, trigger):
                return True
    return False


EXPECTING_LEMMAS = {"expect", "forecast", "predict", "project", "anticipate",
                    # "the company foresees the need for a major boost … throughout the 1990s" (CG#37, wrong at the 1990s)
                    "foresee", "envisage", "envision", "estimate"}


def expects_a_result(trigger: Token, tense: str) -> bool:
    """"Westinghouse expects … earnings growth next year": a present expectation with a noun for object is
    held on the report's day; the time is the expected thing's. "expects to report", "will post" are the
    foreseen happenings themselves (their frame hands over to them) and keep their time."""
    if tense != "present" or trigger.lemma_.lower() not in EXPECTING_LEMMAS or trigger.tag_ not in ("VBZ", "VBP"):
        return False
    kids = [c.dep_ for c in trigger.children]
    return "dobj" in kids and not {"xcomp", "ccomp", "aux"} & set(kids)


LEVEL_LEMMAS = {"remain", "stay", "stand", "hold", "keep"}


def keeps_a_level_for(sentence: Span, trigger: Token, own: TimexRow, tense: str) -> bool:
    """"will remain at $1 a share for next year" (AY#11): an estimate or a rating kept at a level told "at" an
    amount, for a period — the period is what the level is of, the keeping starts now (a future then on or after
    publication), not in the period."""
    if tense != "future" or trigger.lemma_.lower() not in LEVEL_LEMMAS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "at" and any(t.pos_ in ("NUM", "SYM") for t in c.subtree)
               for c in trigger.children):
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    return span is not None and span.start > 0 and sentence.doc[span.start - 1].lower_ == "for"


FORECAST_LEMMAS = {"forecast", "estimate", "project", "predict", "budget"}
# what a forecast is called: "cutting his earnings estimate for next year", "raised its forecast for 1990"
FORECAST_NOUNS = {"estimate", "forecast", "projection", "prediction", "target", "outlook", "guidance", "budget"}


def a_forecasts_period(sentence: Span, trigger: Token, own: TimexRow, tense: str) -> bool:
    """"Steve Milunovich … said he is cutting his earnings estimate for next year to $2 a share" (DK#30: wrong at
    1990), "Some had predicted earnings of more than $4 a share for this year": the period "for" which a forecast is
    made is what it foretells, not when it is made or changed — the verb forecasts, or acts on a forecast it names.
    Not a forecasting verb the tagger reads as a present ("LaMothe … forecast an earnings increase for the full
    year": with no time, a present of no day), whose period is the nearest time the text gives it."""
    forecasts = trigger.lemma_.lower() in FORECAST_LEMMAS and tense != "present"
    if not forecasts and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FORECAST_NOUNS for c in trigger.children):
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    return span is not None and span.start > 0 and sentence.doc[span.start - 1].lower_ == "for"


def a_closed_period_told_later(trigger: Token, tense: str, own: TimexRow, published: str) -> bool:
    """A period longer than a day that had closed before publication, told with a verb of publication's day or
    after it — a future with "will" ("will report a write-off … for its fourth quarter ended yesterday", AN#2) or
    a present expectation ("expects revenue in the latest quarter to total $28 million", AP#14): the period is
    what is reported or expected (the write-off's, the revenue's), and it excludes the reporting to come and the
    expecting held now, so it does not date the verb. A single day is left as it was ("will pay on Jan. 5" in a
    later story may be a statement's own plan), and so is "would" (a future seen from a past statement)."""
    if not published or not own["date_start"] or not own["date_end"] or own["date_start"] == own["date_end"] \
            or own["date_end"] >= published:
        return False
    if tense == "present":
        return trigger.lemma_.lower() in EXPECTING_LEMMAS and trigger.tag_ in ("VBZ", "VBP")
    return tense == "future" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES
                                     for c in trigger.children)


def of_a_result(trigger: Token) -> bool:
    """The change is in a company's result ("net dropped 3.1%", "profit at the unit fell"), not a price of
    the day's trading ("the stock fell 75 cents")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RESULT_NOUNS for c in trigger.children) \
        or _a_share_in_a_result(trigger) or _money_made(trigger) or _acts_on_a_result(trigger) \
        or (trigger.lemma_.lower() == "earn" and any(c.dep_ == "nsubj" for c in trigger.children)) \
        or posts_a_result(trigger) or _has_a_result(trigger) or _a_segments_fortune(trigger)


def _acts_on_a_result(trigger: Token) -> bool:
    """"Catastrophe losses reduced Aetna's net income by $50 million, including $36 million from Hugo" (DJ#7, vague at
    on or before publication): what lowered or raised a result, its object, is of that result's period."""
    return trigger.lemma_.lower() in ACTING_ON_RESULTS_LEMMAS and result_object(trigger) is not None


# what trades and is priced, whose "gained $1" is the day's move, not a result
PRICED_NOUNS = {"share", "stock", "price", "index", "average", "dollar", "yen", "bond", "future", "contract", "issue",
                "security", "note", "currency", "market", "gold", "oil"}


def _money_made(trigger: Token) -> bool:
    """"The company gained the record-breaking $1 billion" after "its profits during the last quarter, which ended
    December 30, 2006" (DF#12, vague at on or before publication): an amount of money a company made, gained or netted
    is its result, of the reporting period, as "earned" is. Not what is priced and traded ("shares gained $1")."""
    if trigger.lemma_.lower() not in {"gain", "make", "net"}:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    money = any(c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" or t.text == "$" for t in c.subtree)
                for c in trigger.children)
    return subject is not None and money and subject.lemma_.lower() not in PRICED_NOUNS \
        and not any(t.lemma_.lower() in PRICED_NOUNS for t in subject.subtree)


def _a_share_in_a_result(trigger: Token) -> bool:
    """"its equity in the net income of National Steel declined to $6.3 million" (CU#8 vague, BW#6 wrong: left to
    publication): a change in a company's part of a result, its share of the profit, its equity in the income, is a
    change in that result, of its reporting period as "net fell" is."""
    return trigger.lemma_.lower() in CHANGE_LEMMAS and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(
            p.dep_ == "prep" and p.lower_ in ("in", "of") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in RESULT_NOUNS for o in p.children) for p in c.children)
        for c in trigger.children)


SEGMENT_NOUNS = {"business", "unit", "division", "segment", "operation", "subsidiary", "arm"}


# a subject told as the year before's ("the year-earlier nine months", "the year-ago quarter"); narrower than
# ``comparisons.YEAR_BACK``, whose "last year" on a subject names a calendar year of its own, not a period carried back
YEAR_EARLIER = re.compile(r"(?i)\byear[- ](?:earlier|ago)\b|\bprior[- ]year\b")


def of_the_year_before(sentence: Span, trigger: Token, timexes: list[TimexRow], compared: set[str]) -> bool:
    """"Net for the year-earlier nine months also included a gain of $9.7 million" (BS#9 = BK#42 = BW#38, vague three
    times): the result's own subject says it is the year before's, so the period carried is a year back. Only a
    "year-earlier"/"year-ago" on the subject (a compared amount's "from $3 million a year ago" is the amount's)."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = [(min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in subjects]
    return any(YEAR_EARLIER.search(t["text"] or "") and t["timex_id"] not in compared
               and any(a <= t["start"] < b for a, b in spans) for t in timexes)


def a_year_back(dated: Dating) -> Dating:
    """The same months a year earlier."""
    def back(day: str) -> str:
        return months_on(date.fromisoformat(day), -12).isoformat() if day else ""
    return back(dated[0]), back(dated[1]), dated[2], dated[3]


def _a_segments_fortune(trigger: Token) -> bool:
    """"The Continental Baking business benefited from higher margins on bread", "its Eveready battery unit was hurt
    by continuing economic problems" (BT#8 = AO#40, vague twice): how a company's part fared is told of the period its
    results are reported for, as a change in its profit is."""
    return trigger.lemma_.lower() in FORTUNE_LEMMAS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SEGMENT_NOUNS for c in trigger.children)


def months_of(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> int:
    """The months a result is told of in its own clause ("In the nine months, net rose", "for the first six
    months"), or 0."""
    for timex in timexes:
        value = SPAN_VALUE.match(timex["value"] or "")
        if timex["type"] != "DURATION" or value is None or value.group(2) != "M" or reaches_back(timex):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if int(value.group(1)) in MONTHS_OF_RESULTS and span is not None and in_clause_of(span.root, trigger) \
                and not in_comparison(span):
            return int(value.group(1))
    return 0


def period_of_the_change(noun: Token, trigger: Token) -> bool:
    """The noun is the amount whose change the trigger tells ("third-quarter profit jumped", "1989 sales
    rose"): its period is the change's time."""
    return trigger.lemma_.lower() in CHANGE_LEMMAS and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.i == trigger.i


def of_the_results_held(sentence: Span, timex: TimexRow, trigger: Token) -> bool:
    """The time is the period of the results the trigger tells were held ("Third-quarter results included …")."""
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ in NOUN_MODIFIER_DEPS and what_the_results_held(span.root.head, trigger)


def what_the_results_held(noun: Token, trigger: Token) -> bool:
    """"The latest quarter's results … included a pretax gain", "Last year's results were hurt by charges": what
    a period's results held is of that period (not what was done to them later: "have been restated")."""
    return noun.lemma_.lower() in RESULT_NOUNS | {"result"} and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.i == trigger.i and trigger.lemma_.lower() in HELD_LEMMAS \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
