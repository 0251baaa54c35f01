"""What is no happening gets no day (session s12f): a noun of what befalls someone ("fate"), a participle that only
qualifies a noun, what is to stop ("would no longer become").

Made-up articles run through the real model; the samples' verdicts they stand for: AD#29/AF#1/AI#34 ('fate'), AI#50
('unconsolidated') and AI#30 ('would no longer become').
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when
from tests.core.extract.events.test_nominal_events import events_of

LEDE = "Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday.\n\n"


def test_a_fate_is_no_event():
    """'the court case surrounding Elian's fate': what befalls someone names no happening (AI#34)."""
    text = "The family will stay in Miami until the court case surrounding Elian's fate is resolved."
    assert "fate" not in [e["trigger"] for e in events_of(text)]


def test_a_possessed_invasion_is_still_an_event():  # guard: the list names what befalls, not acts
    assert "invasion" in [e["trigger"] for e in events_of("Officials condemned Iraq's invasion of Kuwait.")]


def test_a_participle_with_a_possessive_is_no_happening_of_its_year():
    """"Navigation Mixte's 1989 unconsolidated … profit": the parse hangs the possessive on the participle (AI#50)."""
    text = LEDE + ("Mr. Fournier said Navigation Mixte's 1989 unconsolidated, or parent-company, profit is likely to "
                   "be 4.7 billion francs.")
    assert when(event_at(text, "Mr. Fournier", "unconsolidated", by="trigger")) == ("", "", "none")


def test_a_participle_after_a_name_is_still_the_names_verb():  # guard
    """'The Argus quoted immigration official …' parses 'quoted' as the official's adjective: a statement still."""
    text = ("The Argus quoted immigration official Jurie de Wet as saying the arrests stemmed from information "
            "about requests for asylum.")
    assert when(event_at(text, "The Argus", "quoted", by="trigger")) == (PUBLISHED, PUBLISHED, "dct")


def test_what_will_no_longer_happen_has_no_day():
    """'would no longer become … a victim': an assurance of what will not happen (AI#30)."""
    text = LEDE + "Kavan said the Czech Republic would no longer become \"the powerless victim of a foreign invasion.\""
    assert when(event_at(text, "Kavan", "become")) == ("", "", "none")


def test_a_present_no_longer_stays_a_state_of_the_day():  # guard
    text = LEDE + ("Mr. Schwarz's great-grandfather founded the New York toy store F.A.O. Schwarz, but his family no "
                   "longer has ties to the company.")
    assert when(event_at(text, "Mr. Schwarz", "have")) == (PUBLISHED, PUBLISHED, "dct")
