"""A statement that retells a dated announcement takes its day (session s13a): the speaker of "Unisys Corp.'s
announcement Friday" met again as "Unisys said" (its actor key is only the firm's suffix), and a statement made "in
announcing" the news an article dates by its reporting noun ("Last Friday's announcement").

Made-up articles run through the real model; the sample verdicts they stand for: AL#43 ('Unisys also noted that it
paid $78.8 million in taxes', the Monday paper's day, judged wrong: Friday's announcement) and AL#28 ('In announcing
the plant delay, Kellogg Chairman William E. LaMothe said', the Monday, judged wrong: "Last Friday's announcement").
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

MONDAY = "2026-02-02"  # PUBLISHED is a Wednesday
ANNOUNCED = ("Danube Corp.'s announcement Monday of a $648.2 million loss for the third quarter showed that the "
             "company is moving even faster than expected to take its medicine.\n\n")


def test_the_firms_later_statement_takes_its_announcements_day():
    text = ANNOUNCED + "Danube also noted that it paid $78.8 million in taxes during the quarter."
    assert when(event_at(text, "Danube also", "noted", by="trigger")) == (MONDAY, MONDAY, "narrative")


def test_another_firm_of_the_same_suffix_keeps_the_days():  # guard: "Corp." names no one firm
    # (a lede before the announcement: since s20p the announcement's own day dates what it "showed", and a lede so
    # dated would carry its day to the statements after it, whoever makes them)
    text = "Steel makers' shares fell sharply in Vienna.\n\n" + ANNOUNCED + "Vistula Corp. said it would cut its prices."
    assert when(event_at(text, "Vistula", "said", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")


def test_an_officer_named_with_the_firm_keeps_the_days():  # guard: an apposition's firm is not the speaker
    text = ANNOUNCED + "Jim Unruh, Danube's president, said he is approaching next year with caution."
    assert when(event_at(text, "Jim Unruh", "said", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")


FRAMED = ("Danube Co. is indefinitely suspending work on what was to be a $1 billion cereal plant.\n\n"
          "Analysts say much of Danube's erosion has been in its core brands.\n\n"
          "In announcing the plant delay, Danube Chairman William E. Moser said, \"Cereal volume growth in the "
          "U.S. has not met our expectations for this year.\"\n\n"
          "Monday's announcement was the first official word that the project was in trouble.")


def test_a_statement_in_announcing_takes_the_announcements_day():
    assert when(event_at(FRAMED, "In announcing", "said", by="trigger")) == (MONDAY, MONDAY, "narrative")


def test_a_statement_not_framed_by_the_announcement_keeps_the_days():  # guard
    text = FRAMED.replace("In announcing the plant delay, Danube", "Later, Danube")
    assert when(event_at(text, "Later, Danube", "said", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")


def test_the_company_resolved_to_the_firm_takes_its_announcements_day():
    """"The company also reported slower growth" after "Unisys Corp.'s announcement Friday" (wsj_0568): the
    speaker is known by the whole key of the firm "the company" is resolved to."""
    text = ANNOUNCED + ("Danube said its European business was weak during the quarter. "
                        "The company also reported slower growth in another important business.")
    assert when(event_at(text, "The company", "reported", by="trigger")) == (MONDAY, MONDAY, "narrative")


def test_a_statement_that_caused_something_is_on_the_announcements_day():
    """"The statement caused a sharp decrease of Apple share price" after "announced Monday" and "Monday's email
    announcement" (AL#30): the statement is the dated announcement, so what it caused came on or after its day
    (in the trial article, published that Monday, its day)."""
    text = ("Steve Jobs, the chief executive officer of Apple Inc., announced Monday in an internal memo that he "
            "would be on medical leave.\n\nThe statement caused a sharp decrease of Apple share price in foreign "
            "markets.\n\nMonday's email announcement marked the third time in the past decade that Jobs has "
            "taken medical leave.")
    assert when(event_at(text, "The statement", "caused", by="trigger")) == (MONDAY, PUBLISHED, "bounded")


def test_a_statement_of_no_dated_announcement_stays_bounded():  # guard
    text = ("Steve Jobs, the chief executive officer of Apple Inc., sent an internal memo about his leave.\n\n"
            "The statement caused a sharp decrease of Apple share price in foreign markets.")
    assert when(event_at(text, "The statement", "caused", by="trigger")) == ("", PUBLISHED, "bounded")


def test_a_speaker_sharing_one_word_with_the_announcement_keeps_the_days():
    """Guard: "Bank of New York said" is not "The New York Fed's announcement Monday" — names meet where one
    holds all the other's, not by a shared word (an intersection would have given the Monday)."""
    text = ("The New York Fed's announcement Monday of a cut in the discount rate surprised traders.\n\n"
            "Bank of New York said it would lower its prime rate.")
    assert when(event_at(text, "Bank of New York", "said", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")


def test_the_full_name_of_the_announcer_takes_its_day():
    text = ("The New York Fed's announcement Monday of a cut in the discount rate surprised traders.\n\n"
            "The New York Fed said it would watch the markets closely.")
    assert when(event_at(text, "The New York Fed said", "said", by="trigger")) == (MONDAY, MONDAY, "narrative")
