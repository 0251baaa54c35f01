"""A body named for two fields joined by "and" that the model cuts at the "and" (issue 16, the thirty-fourth pass,
s18e).

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the mentions a
reader of Explorer would see; the guards hold what the rule must leave alone. The tests set the model's cut.
"""

from __future__ import annotations

from explorer.core.extract.entities.mentions import mentions_in


def _types_with_the_models_cut(nlp, text: str, cuts: dict[str, str]) -> dict[str, str]:
    """Mention text → type where the model's only names are ``cuts`` (name → the model's label; a name is found at
    its last place in ``text``)."""
    doc = nlp(text)
    doc.ents = [doc.char_span(text.rindex(name), text.rindex(name) + len(name), label=label)
                for name, label in cuts.items()]
    return {m["text"]: m["type"] for m in mentions_in("d0", doc)}


def test_a_ministry_named_for_two_fields_is_one_body(nlp):
    text = "Fishing quotas will fall. A Ministry for Forests and Fisheries spokesman said the cut was needed."
    found = _types_with_the_models_cut(nlp, text, {"Ministry for Forests": "ORG", "Fisheries": "ORG"})
    assert found.get("Ministry for Forests and Fisheries") == "ORG" and "Fisheries" not in found, found


def test_a_school_named_for_two_arts_is_one_body(nlp):
    text = "She won a place at the Brenmark School of Music and Drama when she was fifteen."
    found = _types_with_the_models_cut(nlp, text, {"Brenmark School of Music": "ORG", "Drama": "ORG"})
    assert found.get("Brenmark School of Music and Drama") == "ORG" and "Drama" not in found, found


def test_a_second_body_with_an_ordinary_word_for_a_name_is_left(nlp):
    text = "The Office of Water and Unison met on Monday. Unison said its members would strike."
    found = _types_with_the_models_cut(nlp, text, {"Office of Water": "ORG", "Unison": "ORG"})
    assert found.get("Office of Water") == "ORG" and found.get("Unison") == "ORG", found


def test_a_second_body_with_a_coined_name_is_left(nlp):
    text = "The deal was cleared by the Office of Fair Prices and Brenmark on Friday."
    found = _types_with_the_models_cut(nlp, text, {"Office of Fair Prices": "ORG", "Brenmark": "ORG"})
    assert found.get("Office of Fair Prices") == "ORG" and found.get("Brenmark") == "ORG", found


def test_a_second_body_with_its_own_head_word_is_left(nlp):
    text = "The study was run by the Ministry of Health and Harwick College last year."
    found = _types_with_the_models_cut(nlp, text, {"Ministry of Health": "ORG", "Harwick College": "ORG"})
    assert found.get("Ministry of Health") == "ORG" and found.get("Harwick College") == "ORG", found


def test_a_name_with_no_bodys_head_word_is_left(nlp):
    text = "The film stars Tom Hallam of Harwick and Rowan Tideway in the leading roles."
    found = _types_with_the_models_cut(nlp, text, {"Tom Hallam of Harwick": "PERSON", "Rowan Tideway": "PERSON"})
    assert "Rowan Tideway" in found, found


def test_a_department_named_for_a_list_of_fields_is_one_body(nlp):
    text = "Funding was cut. A spokesman for the Department for Arts, Heritage and Sport said no museum would close."
    found = _types_with_the_models_cut(nlp, text, {"Department for Arts": "ORG", "Heritage": "ORG", "Sport": "ORG"})
    assert found.get("Department for Arts, Heritage and Sport") == "ORG" and "Sport" not in found, found


def test_a_list_of_bodies_after_a_comma_is_still_cut(nlp):
    text = "The report was backed by the Ministry of Health, Harwick College and Brenmark last year."
    found = _types_with_the_models_cut(nlp, text, {"Ministry of Health, Harwick College and Brenmark": "ORG"})
    assert "Ministry of Health" in found and "Ministry of Health, Harwick College and Brenmark" not in found, found


def test_a_body_named_for_an_office_before_another_bodys_fields_is_left(nlp):
    text = "The MPs on the Office of the Chief Warden and Rural Affairs select committees pressed the minister."
    found = _types_with_the_models_cut(nlp, text, {"Office of the Chief Warden": "ORG", "Rural Affairs": "ORG"})
    assert found.get("Rural Affairs") == "ORG", found
