"""Types across mentions and documents (issue 16, s12b): a country English news names otherwise than GeoNames, a
name joined to a title's fragment from another document, and short capitals that are no names.

The s11 draws (seeds 74, 75) found "Swaziland" a person in a list of countries, "US District Court" a work because
joined to the fragment "District Court" of a film's title elsewhere, and the like. Each test reads text of that kind,
never the draws' own sentences.
"""

from __future__ import annotations

from explorer.core.extract.entities.places import is_country
from tests.core.extract.entities.conftest import entities


def test_countries_by_their_english_names_are_countries():
    assert is_country("Swaziland") and is_country("Burma") and is_country("Czech Republic")  # GeoNames: Eswatini...
    assert not is_country("Holland")  # guard: a surname as often (Jools Holland)


def test_a_country_the_model_reads_as_a_person_in_a_list_of_countries_is_a_place(nlp):
    found = entities(nlp, "In June, Kenya will host Lesotho, Malawi and Swaziland in the second group in Nairobi.")
    assert found["Swaziland"]["type"] == "GPE"  # before: a person, the list's "people" read by the model
    found = entities(nlp, "Uganda will face Burma, Malawi and Lesotho in Kampala.")
    assert found["Burma"]["type"] == "GPE"
