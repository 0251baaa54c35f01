"""A past told as earlier than the telling's time, with no day (session s12g): "Previously, … disclosed" is on or
before the day the report is at, not that day.

Made-up articles run through the real model; the sample verdict they stand for: AJ#28 ('Previously, an affiliate of
Unicorp Canada disclosed a stake', dated the Monday paper's day, judged wrong).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

LEDE = "Nashua Corp. said it received a request from investor Paul Reiss to call a special meeting.\n\n"


def test_a_previous_disclosure_is_before_publication():
    text = LEDE + "Previously, an affiliate of Unicorp Canada disclosed a stake of less than 5% in Nashua."
    assert when(event_at(text, "Previously", "disclosed", by="trigger")) == ("", PUBLISHED, "bounded")


def test_a_statement_made_earlier_is_before_publication():
    text = LEDE + "The company earlier said it would sell its photocopier unit."
    assert when(event_at(text, "The company", "said", by="trigger")) == ("", PUBLISHED, "bounded")


def test_earlier_with_a_day_keeps_the_day():  # guard: "earlier Thursday" is a time expression of its own
    text = LEDE + "The company said earlier Thursday that it would sell its photocopier unit."
    assert when(event_at(text, "The company", "said", by="trigger"))[2] == "timex"


def test_a_statement_without_the_adverb_stays_the_days():  # guard
    text = LEDE + "The company said it would sell its photocopier unit."
    assert when(event_at(text, "The company", "said", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")
