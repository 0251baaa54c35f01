"""Results told of a period the text names before them: "For the nine months, Norton had net of …", the paragraph
after it, and a stretch told by the day it ended (round s12c)."""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch

from tests.core.extract.events.conftest import when
from tests.core.extract.events.test_dating import DATED_BY_POSITION, events_of

QUARTER = "Norvik said net income for the third quarter fell 6% to $20.6 million.\n\n"


def events_at(text: str, published: str = "2026-10-27") -> dict[str, dict]:
    """The document's events by their trigger's word and place (two "had" share a lemma)."""
    document = Document(doc_id="d", name="d.txt", text=text, published=published, published_basis="content")
    return {(e["trigger"], e["trigger_start"]): e for e in extract_batch([document], load_pipeline()).events}


def test_a_result_the_company_had_for_the_nine_months_is_of_those_months():
    events = events_of(QUARTER + "For the nine months, Norvik had net of $81.2 million, or $3.87 a share.",
                       published="2026-10-27")
    assert when(events["have"]) == ("2026-01-01", "2026-09-30", "narrative")  # was on or before publication


def test_the_paragraph_after_the_nine_months_goes_on_with_them_for_the_same_company():
    text = QUARTER + ("For the nine months, Norvik had net of $81.2 million, or $3.87 a share. In the year-earlier "
                      "period, the company had net of $77.2 million.\n\n"
                      "Norvik had operating profit of $76.8 million, up 11% from $69.5 million.")
    events = events_at(text)
    last = max((e for e in events.values() if e["trigger"] == "had"), key=lambda e: e["trigger_start"])
    assert when(last) == ("2026-01-01", "2026-09-30", "narrative")  # the nine months', not the quarter's


def test_another_company_in_the_paragraph_after_the_nine_months_keeps_the_quarter():
    text = ("Danube Bank said net income fell 22% in the third quarter. Meanwhile, net at Linz Credit fell 3.1%.\n\n"
            "In the nine months, Danube Bank net fell 6.6% to $486.6 million.\n\n"
            "At Linz Credit, net dropped 3.1% to $234.5 million from $241.9 million.")
    events = events_of(text, published="2026-10-26")
    assert when(events["drop"]) == ("2026-07-01", "2026-09-30", "narrative")


def test_a_tax_credit_the_company_had_is_no_result():
    events = events_of(QUARTER + "The company had a tax credit of $1.4 million.", published="2026-10-27")
    assert when(events["have"]) == ("", "2026-10-27", "bounded")


def test_a_result_posted_for_months_ended_on_a_day_is_of_those_months_not_that_day():
    events = events_of(DATED_BY_POSITION + "For the six months ended Aug. 12, Provigo posted net income of "
                                           "C$6.5 million, or eight Canadian cents a share.")
    assert when(events["post"]) == ("2025-02-13", "2025-08-12", "timex")  # was Aug. 12 alone


def test_a_drop_in_a_result_the_operations_experienced_is_of_the_quarter():
    # wsj_1003's kind (round s12e): "experienced a steep drop in operating profit", not a change verb
    text = ("Norvik Steel posted a 54% drop in third-quarter profit.\n\n"
            "Still, Norvik's core steel operations experienced a steep drop in operating profit to $58.6 million "
            "from $186.4 million a year ago.")
    events = events_of(text, published="2026-10-26")
    assert when(events["experience"]) == ("2026-07-01", "2026-09-30", "narrative")  # was on or before publication


def test_an_experience_with_no_result_for_object_keeps_its_dating():
    text = ("Norvik Steel posted a 54% drop in third-quarter profit.\n\n"
            "Still, Norvik's workers experienced a steep drop in morale.")
    events = events_of(text, published="2026-10-26")
    assert when(events["experience"])[:2] != ("2026-07-01", "2026-09-30")


def test_the_year_earlier_period_after_the_nine_months_is_those_months_a_year_back():
    # AZ#17's kind (round s15a): was the year-ago quarter, July to September, two thirds of the period left out
    text = QUARTER + ("For the nine months, Norvik had net of $81.2 million, or $3.87 a share. In the year-earlier "
                      "period, the company had net of $77.2 million.")
    events = events_at(text)
    last = max((e for e in events.values() if e["trigger"] == "had"), key=lambda e: e["trigger_start"])
    assert when(last) == ("2025-01-01", "2025-09-30", "timex")
