"""Dates from a neighbouring sentence, and what the text gives no day (session s10: kinds recurring in samples W–Z).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


SOURCE = ("Senator Anna Berg has told the party chairman that he has lost the support of the caucus.\n\n"
          "The source said Berg \"laid out for the chairman\" the problems the party is facing. "
          "\"He was told the time had come,\" the source said Monday. "
          "Another official said the chairman met with Berg last week.")


def test_a_statement_takes_the_day_its_speaker_is_quoted_with_in_the_next_sentence():
    """'The source said …' / '"…," the source said Monday': one source's statement told twice, the second time
    with its day (Z#24)."""
    assert when(event_at(SOURCE, "The source said", "say")) == ("2026-02-02", "2026-02-02", "narrative")


def test_a_new_speaker_does_not_take_the_day_of_the_one_before():  # guard
    """'Another official said …' brings in someone else: still the report's day."""
    assert when(event_at(SOURCE, "Another official", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_a_statement_of_another_speaker_beside_a_dated_one_keeps_the_report_day():  # guard
    text = ("The mayor said the bridge will reopen in March. The governor said Monday that funds were approved.")
    assert when(event_at(text, "The mayor", "say")) == (PUBLISHED, PUBLISHED, "dct")


def test_an_infinitive_that_completes_a_noun_has_no_day():
    """'Iraq's proposal to open its presidential sites' names what was proposed, not a happening of the report's
    day (Z#1)."""
    text = "One major sticking point has been Iraq's proposal to open its presidential sites for sixty days."
    assert when(event_at(text, "One major", "open")) == ("", "", "none")


def test_an_infinitive_after_a_copula_has_no_day():
    """'One problem was how to deal with the Russians', 'was first to recommend holding the phone': background
    with no tense of its own, not the publication day (Y#24, Y#30)."""
    text = ("Poland joined the alliance after years of talks. One problem was how to deal with the Russians. "
            "Danube Inc.'s answer was first to recommend that users hold the phone differently.")
    assert when(event_at(text, "One problem", "deal")) == ("", "", "none")
    assert when(event_at(text, "Danube Inc.'s answer", "recommend")) == ("", "", "none")


def test_an_infinitive_framed_by_a_verb_keeps_its_frames_day():  # guard
    """'continues to face margin pressures': the continuing is of the report's day, and so is what it frames."""
    text = "Danube Foods Inc. said its industrial unit continues to face margin pressures and lower demand."
    assert when(event_at(text, "Danube Foods", "face")) == (PUBLISHED, PUBLISHED, "dct")


def test_what_one_need_do_has_no_day():
    """'one need look no farther than Loudon County': the reporter's idiom, an obligation, not a happening (Z#46)."""
    text = "For an indication of the problems, one need look no farther than Loudon County."
    assert when(event_at(text, "For an indication", "look")) == ("", "", "none")


OCTOBER = "2026-10-28"


def test_a_future_told_by_comparison_takes_the_period_its_comparison_names():
    """'is expected to do little better than break even in the fourth quarter': the quarter is the future's
    (Z#20), not only on or after publication."""
    text = "Danube Foods Inc. posted a loss. And Danube is expected to do little better than break even in the fourth quarter."
    assert when(event_at(text, "And Danube", "do", OCTOBER)) == ("2026-10-01", "2026-12-31", "timex")


def test_a_comparison_with_a_clause_of_its_own_does_not_date_the_future():  # guard
    """'will do much better than analysts forecast in the fourth quarter': the quarter is the compared clause's
    own (a subject of its own), not the future's."""
    text = "Danube Foods Inc. posted a loss. And Danube will do much better than analysts forecast in the fourth quarter."
    assert when(event_at(text, "And Danube", "do", OCTOBER)) == (OCTOBER, "", "bounded")


def test_a_joint_statement_on_a_day_does_not_date_one_speakers_statement():  # guard
    """'Orkem and Coates said last Wednesday that the two were considering a merger' / 'Orkem, France's
    third-largest chemical group, said it would fund the acquisition': the joint statement is not Orkem's
    statement told again (the pool diff's wsj_0332)."""
    text = ("Danube Foods Inc. is making a friendly bid for Coates Brothers PLC, the two sides said.\n\n"
            "Danube and Coates said last Monday that the two were considering a merger.\n\n"
            "Danube, Austria's third-largest food group, said it would fund the acquisition through internal resources.")
    assert when(event_at(text, "Danube, Austria", "say")) == (PUBLISHED, PUBLISHED, "dct")


KEYNOTE = ("Yesterday, at this year's Danube Developers Conference, company CEO Anna Berg unveiled the Danube 4 phone.\n\n"
           "In January, a technology blog obtained a prototype of the new phone and published details of it online.\n\n"
           "While introducing the phone, at the annual conference, Berg started by hinting at the incident.")


def test_what_is_told_at_a_gathering_dated_to_one_day_is_of_that_day():
    """'Yesterday, at … the Worldwide Developers Conference, Jobs unveiled …' and, after an aside of April, 'While
    introducing iPhone 4, at the annual conference, Jobs started by hinting …': the conference is the scene, so
    its day (Y#25's passage), not only on or before it."""
    assert when(event_at(KEYNOTE, "While introducing", "start")) == ("2026-02-03", "2026-02-03", "narrative")


def test_a_place_named_at_a_dated_verb_is_no_scene_of_its_own():  # guard
    """'at the plant' is a place, not a happening: 'protested at the plant' after 'Berg spoke at the plant on
    Monday' keeps its bound."""
    text = ("Anna Berg spoke at the plant on Monday.\n\nIn January, Danube Foods Inc. announced the closure of the "
            "plant.\n\nMembers of the Danube Workers Union protested at the plant against the closure.")
    assert when(event_at(text, "Members", "protest")) == ("", PUBLISHED, "bounded")
