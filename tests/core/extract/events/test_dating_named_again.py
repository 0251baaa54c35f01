"""A happening named again by an event noun takes the date the article gives it elsewhere (session s11c).

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

KILLED = "Anna Berg, a doctor in Graz, was killed on Jan. 26 in her home. "


def test_an_event_noun_takes_the_day_its_happening_is_told_with():
    """'a warrant for his arrest in the killing of Dr. Barnett Slepian', where the article says Slepian was shot
    to death 'on the night of Oct. 23': the killing is of that day, not only on or before the paper's (AB#11's
    kind: the noun's clause tells when the killing was spoken of)."""
    text = KILLED + "Officials said they had decided to issue a warrant for the arrest of Tom Reed in the killing of Anna Berg."
    assert when(event_at(text, "Officials", "killing")) == ("2026-01-26", "2026-01-26", "narrative")


def test_an_event_noun_of_someone_else_keeps_its_clauses_bound():  # guard: no shared name, another happening
    text = KILLED + ("Officials said they had decided to issue a warrant for the arrest of Tom Reed in the killing "
                     "of Maria Lopez.")
    assert when(event_at(text, "Officials", "killing")) == ("", PUBLISHED, "bounded")



def test_an_event_noun_naming_someone_is_not_a_dated_mention_naming_nobody():  # guard (pool: NYT20000601.0442)
    """"the INS's decision to deny Elian an asylum hearing was within … reasonable choices" after "Thursday's
    decision" (the court's): the INS decided months before; its decision keeps its clause's bound."""
    text = ("Thursday's decision made it clear the family has 14 days to appeal. But the Immigration Service's "
            "decision to deny the boy a hearing was within reasonable choices, the opinion read.")
    start, _, basis = when(event_at(text, "But the", "decision"))
    assert (start, basis) == ("", "bounded")  # on or before its clause's day (here the passage's Thursday)


def test_an_event_noun_takes_the_day_a_later_sentence_tells_its_happening_on():
    """The article names the killing first and tells its day further on ("was shot to death on the night of
    Oct. 23"): the verb dated in its own clause dates the noun before it too."""
    text = ("Officials said they had decided to issue a warrant for the arrest of Tom Reed in the killing of Anna "
            "Berg. Anna Berg, a doctor in Graz, was killed on Jan. 26 in her home.")
    assert when(event_at(text, "Officials", "killing")) == ("2026-01-26", "2026-01-26", "narrative")


def test_a_state_told_with_its_day_sets_the_paragraphs_day():
    """'protesters in Miami were much calmer Friday. However, the Cuban exile community called for more civil
    disobedience': the copula is no event, but its day is the paragraph's, as a dated happening's is (AB#4's kind,
    in one paragraph)."""
    text = ("Officials met Tom Reed in Graz on Friday. In contrast to Sunday, when the police arrested Tom Reed, "
            "protesters in Graz were much calmer Monday. However, Anna Berg called for more civil disobedience.")
    assert when(event_at(text, "However", "call")) == ("2026-02-02", "2026-02-02", "narrative")


def test_a_state_told_with_its_day_in_a_present_clause_sets_nothing():  # guard: only a past copula of a main clause
    text = ("Officials met Tom Reed in Graz on Friday. In contrast to Sunday, when the police arrested Tom Reed, "
            "Anna Berg says protesters in Graz are much calmer Monday. However, Anna Berg called for more civil "
            "disobedience.")
    assert when(event_at(text, "However", "call"))[:2] != ("2026-02-02", "2026-02-02")


def test_an_event_nouns_own_day_is_no_name_it_is_told_with():
    """"Last Friday's announcement was the first official word that the project was in trouble" (wsj_0610): the
    noun's own "Friday" is no one's name, so the announcement is that Friday's, not only on or before the paper's
    day."""
    text = ("Anna Berg Corp. said Friday it would close its plant in Graz. Last Friday's announcement was the first "
            "official word that the project was in trouble.")
    assert when(event_at(text, "Last Friday", "announcement")) == ("2026-01-30", "2026-01-30", "narrative")
