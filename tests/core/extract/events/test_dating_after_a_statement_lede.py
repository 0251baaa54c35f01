"""Session s13e: a lede that is a statement ("X said Friday …") dates the story by when it was told, so a past
happening told after it with no day of its own was done on or before that day, not on it.

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from functools import partial

from tests.core.extract.events import conftest
from tests.core.extract.events.conftest import PUBLISHED, when

event_at = partial(conftest.event_at, by="trigger")  # this file names its events by their trigger's text
FRIDAY = "2026-01-30"  # the Friday before the Wednesday paper
STATEMENT_LEDE = ("Danube Shipping Corp. said Friday that it would cut 400 jobs at its yards in Linz.\n\n"
                  "The company closed two of its yards in the Austrian city.\n\n")


def test_a_past_happening_after_a_statement_lede_is_on_or_before_the_statements_day():
    """'The company closed two of its yards' after 'Danube … said Friday that it would cut 400 jobs': the closing
    is told on Friday, not said to be done then (AI#24's kind; before: Friday exactly, narrative)."""
    assert when(event_at(STATEMENT_LEDE, "The company", "closed")) == ("", FRIDAY, "bounded")


def test_a_further_statement_after_a_statement_lede_keeps_its_day():  # guard
    """'The company also said …' after the Friday statement: the same announcement's, Friday."""
    text = STATEMENT_LEDE + "The company also said its chief executive would step down."
    assert when(event_at(text, "The company also", "said")) == (FRIDAY, FRIDAY, "narrative")


def test_a_past_happening_after_a_lede_happening_keeps_the_ledes_day():  # guard
    """'Danube closed two yards Friday' / 'The company dismissed 400 workers': the lede tells a happening of
    Friday, and what follows goes on telling it (rule 2), as before."""
    text = ("Danube Shipping Corp. closed two of its yards in Linz on Friday.\n\n"
            "The company dismissed 400 workers at the yards.")
    assert when(event_at(text, "The company", "dismissed")) == (FRIDAY, FRIDAY, "narrative")
    assert PUBLISHED > FRIDAY


def test_the_speakers_own_act_after_a_statement_lede_keeps_its_day():  # guard
    """'Anna Berg said Friday …' / 'Berg flew to Vienna immediately after the press conference': the person who
    spoke goes on acting at the statement's occasion, so the day holds (XIE19980821's kind), as before."""
    text = ("Foreign Minister Anna Berg said Friday that the talks with Hungary had failed.\n\n"
            "Berg flew to Vienna immediately after the press conference.")
    assert when(event_at(text, "Berg flew", "flew")) == (FRIDAY, FRIDAY, "narrative")


def test_what_follows_an_announcement_lede_keeps_its_day():  # guard
    """'Danube announced Friday a new ferry' / 'The company also demonstrated its new booking system': an
    announcement is an occasion of its own, whose details follow (the keynote's demonstrations), as before."""
    text = ("Danube Shipping Corp. announced Friday a new ferry for the route between Vienna and Budapest.\n\n"
            "The company also demonstrated its new booking system.")
    assert when(event_at(text, "The company also", "demonstrated")) == (FRIDAY, FRIDAY, "narrative")


def test_a_happening_put_on_the_statements_day_makes_it_a_day_of_happenings():  # guard
    """'Berg said Friday …' / 'Earlier Friday, thousands marched in Vienna …' / 'Police arrested 20
    protesters': the text puts happenings on the statement's day, so what goes on telling it keeps that day
    (APW20000128.0316's kind), as before."""
    text = ("Foreign Minister Anna Berg said Friday that the talks with Hungary had failed.\n\n"
            "Earlier Friday, thousands of protesters marched through Vienna.\n\n"
            "Police arrested 20 protesters outside the parliament in Vienna.")
    assert when(event_at(text, "Police", "arrested")) == (FRIDAY, FRIDAY, "narrative")


def test_what_the_statement_itself_did_keeps_its_day():  # guard
    """'Berg said Friday …' / 'Berg's remarks to a conference of diplomats were aimed at those who say …': the
    statement's own detail, that day (APW20000128.0316's "Castro's remarks … were aimed at"), as before."""
    text = ("Foreign Minister Anna Berg said Friday that the talks with Hungary had failed.\n\n"
            "Berg's remarks to a conference of diplomats were aimed at those who say that Austria should leave "
            "the talks.")
    assert when(event_at(text, "Berg's remarks", "aimed")) == (FRIDAY, FRIDAY, "narrative")
