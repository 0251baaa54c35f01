"""A date inside a quotation is the quotation's, not its saying's, and what a past attempt aimed at is of its time
(session s15g/h): BA#23 ("``The incidents of Aug. 7 underscore …,'' said Burleigh", dated Aug 7: wrong) and BB#42
("They were trying to attend a prayer vigil", the infinitive read as a present of the report's day: wrong).

Made-up articles run through the real model.
"""

from __future__ import annotations

import pytest

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

LEDE = "The Vienna council condemned the Graz bombing on Wednesday.\n\n"



@pytest.mark.parametrize("opening, closing", [("``", "''"), ("\u201c", "\u201d"), ('"', '"')])
def test_a_date_inside_the_quotation_does_not_date_its_saying(opening, closing):
    text = LEDE + (f"{opening}The attacks of Jan. 7 underscore that terrorists know no borders and that their "
                   f"punishment is essential,{closing} said Karl Huber, the Austrian envoy.")
    assert when(event_at(text, opening + "The attacks", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_date_outside_the_quotation_still_dates_its_saying():  # guard
    text = LEDE + "``The attacks underscore that terrorists know no borders,'' Karl Huber said on Jan. 7."
    assert when(event_at(text, "``The attacks", "say")) == ("2026-01-07", "2026-01-07", "timex")


def test_what_a_past_attempt_aimed_at_is_past_not_the_reports_day():
    text = LEDE + ("Karl Huber and Peter Moser were trying to attend a prayer vigil for the victims but had been sent "
                   "to Linz by mistake, and a police officer took their names, the Vienna police said.")
    event = event_at(text, "Karl Huber", "attend")
    assert event["tense"] == "past" and when(event)[2] != "dct"  # was present, dated the publication day


@pytest.mark.parametrize("opening, closing", [("``", "''"), ("\u201c", "\u201d")])
def test_the_saying_of_a_quotation_has_its_own_tense_not_the_quotations(opening, closing):
    # round s15k: 'he said, "I want to thank the American people"' was a future saying, dated from publication on
    text = ("Karl Huber arrived in Vienna on Wednesday.\n\n"
            f"Switching to English, Huber said, {opening}I want to thank the Austrian people.{closing}")
    event = event_at(text, "Switching", "say")
    assert event["tense"] == "past" and when(event)[0] != "" and when(event)[1] != ""

