"""A name that starts with an ordinal in figures, left by the twenty-third pass (issue 16, s13e): the small model reads
"20th" as an ordinal of its own and keeps the rest ("Century Fox"), a fragment.

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the entity list
a reader of Explorer would see.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import types_of


def test_an_ordinal_in_figures_starts_the_name_it_is_written_with(nlp):
    found = types_of(nlp, "Bruce Snyder, president of domestic distribution at 20th Century Fox, said the film "
                          "did well.")
    assert found.get("20th Century Fox") == "ORG", found  # the model: "20th" an ordinal, "Fox" the firm
    assert "Century Fox" not in found, found


def test_an_ordinal_that_counts_a_name_stays_out(nlp):
    found = types_of(nlp, "It was the 5th Grand National win for the trainer, who first won in 1999.")
    assert "5th Grand National" not in found, found  # the model read "Grand National": "5th" counts the race's wins


def test_a_century_after_an_ordinal_is_no_entity(nlp):
    found = types_of(nlp, "The gallery will show prints, caricatures and sculpture by the 18th Century artist, who "
                          "painted some of the most famous scenes of London.")
    assert "Century" not in found, found  # the model: "Century", a firm
