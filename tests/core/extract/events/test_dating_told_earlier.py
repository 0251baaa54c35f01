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


def test_a_profit_gain_posted_is_the_quarters():
    """"posted a 34% profit gain": the result noun is the object's compound, not a statement of the day (AJ#3)."""
    text = ("Danube Mutual Co.'s third-quarter net income fell 22% to $182.6 million.\n\n"
            "In the latest quarter, Danube had a $23 million loss on its auto line. However, Danube's benefits "
            "division posted a 34% profit gain to $106 million.")
    assert when(event_at(text, "However", "posted", by="trigger"))[:2] != (PUBLISHED, PUBLISHED)


def test_a_message_posted_stays_the_days():  # guard: no result noun in the object
    text = LEDE + "The company posted a notice on its website."
    assert when(event_at(text, "The company", "posted", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_ledes_act_in_an_article_naming_no_day_is_on_or_before_publication():
    """Coleco "filed a Chapter 11 reorganization plan" in a paper that names no day anywhere (AJ#17, AD#12)."""
    text = ("Danube Toys Inc., a once high-flying toy maker, filed a Chapter 11 reorganization plan that provides "
            "just 1.125 cents a share for common stockholders.\n\n"
            "Under the plan, unsecured creditors would receive about 33 cents on the dollar.")
    assert when(event_at(text, "Danube Toys", "filed", by="trigger")) == ("", PUBLISHED, "bounded")


def test_a_ledes_act_in_an_article_naming_a_day_stays_the_days():  # guard
    text = ("Danube Toys Inc., a once high-flying toy maker, filed a Chapter 11 reorganization plan that provides "
            "just 1.125 cents a share for common stockholders.\n\n"
            "In composite trading Wednesday, Danube Toys closed at 50 cents.")
    assert when(event_at(text, "Danube Toys", "filed", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")
