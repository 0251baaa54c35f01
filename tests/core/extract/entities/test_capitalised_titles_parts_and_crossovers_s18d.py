"""A title known by a small word written with its capital, a work's numbered part, a car's body word (issue 16, the
thirty-third pass, s18d).

Each test reads invented sentences of a kind the small model gets wrong in BBC articles and checks the mentions a
reader of Explorer would see; the guards hold what the rules must leave alone. The tests set the model's cut.
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


def test_a_title_with_a_capitalised_small_word_is_one_work(nlp):
    text = "The group toured all spring. They released their album Songs About Ellen in May."
    found = _types_with_the_models_cut(nlp, text, {"Songs": "GPE", "Ellen": "PERSON"})
    assert found.get("Songs About Ellen") == "WORK_OF_ART" and "Ellen" not in found, found


def test_a_title_with_a_capitalised_verb_is_one_work(nlp):
    text = "The duo played in Harwick. Their hit Rain Is Falling stayed at number one for weeks."
    found = _types_with_the_models_cut(nlp, text, {"Harwick": "GPE", "Rain": "PERSON", "Falling": "ORG"})
    assert found.get("Rain Is Falling") == "WORK_OF_ART" and "Falling" not in found, found


def test_a_headlines_capitalised_small_words_are_left(nlp):
    text = "Ellen To Leave Harwick Club the striker said on Monday that she would go."
    found = _types_with_the_models_cut(nlp, text, {"Ellen": "PERSON", "Harwick Club": "ORG"})
    assert found.get("Ellen") == "PERSON" and found.get("Harwick Club") == "ORG", found


def test_a_works_own_article_after_a_possessive_is_no_cue(nlp):
    text = "The jury met on Friday. They praised Mallon's The Tideway and Brenmark as the best of the year."
    found = _types_with_the_models_cut(nlp, text, {"Mallon": "PERSON", "Brenmark": "ORG"})
    assert found.get("Mallon") == "PERSON" and found.get("Brenmark") == "ORG", found


def test_a_name_the_model_reads_whole_is_left(nlp):
    text = "The plan was agreed. Transport For Harwick said fares would rise."
    found = _types_with_the_models_cut(nlp, text, {"Transport For Harwick": "ORG"})
    assert found.get("Transport For Harwick") == "ORG", found


def test_a_works_numbered_part_is_a_work(nlp):
    text = "The singer won best single for Tidings Part II at the ceremony."
    found = _types_with_the_models_cut(nlp, text, {"Tidings Part II": "ORG"})
    assert found.get("Tidings Part II") == "WORK_OF_ART", found


def test_a_laws_numbered_part_is_left(nlp):
    text = "The council used its powers under the Housing Act Part 2 to close the flats."
    found = _types_with_the_models_cut(nlp, text, {"Housing Act Part 2": "LAW"})
    assert found.get("Housing Act Part 2") == "LAW", found


def test_a_maker_and_model_before_crossover_is_a_product(nlp):
    text = "The Brenmark Tideway crossover went on sale in Harwick last week."
    found = _types_with_the_models_cut(nlp, text, {"Brenmark Tideway": "ORG", "Harwick": "GPE"})
    assert found.get("Brenmark Tideway") == "PRODUCT", found


def test_a_persons_full_name_before_a_capitalised_title_is_left(nlp):
    text = "The shortlist was read out. Tom Hallam For Winter Rain and Ann Frost were named."
    found = _types_with_the_models_cut(nlp, text, {"Tom Hallam": "PERSON", "Winter Rain": "WORK_OF_ART",
                                                   "Ann Frost": "PERSON"})
    assert found.get("Tom Hallam") == "PERSON", found


def test_a_title_runs_over_a_contraction(nlp):
    text = "The chart came out. Their single Ellen You Can't Stay took the top spot."
    found = _types_with_the_models_cut(nlp, text, {"Ellen You": "PERSON"})
    assert found.get("Ellen You Can't Stay") == "WORK_OF_ART", found
