"""A nationality run into a person whose surname is a town's name too, and a noun for what a person does read as a
person (issue 16, s11b).

The s11 draws (seeds 72, 73) found a nationality adjective left on a person whose surname the gazetteer also lists as a
city, and "Screenwriter" (the body's first word after a flattened headline) a person. Each test reads text of that
kind, never the draws' own sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from explorer.core.extract.entities.mentions import mentions_in
from explorer.core.extract.entities.spans import clean_cut, doc_context
from tests.core.extract.entities.conftest import entities


def _cut_of(nlp, words: list[str], start: int, end: int, label: str = "NORP") -> tuple[str, str]:
    """The name and type the span clean-up keeps of ``words[start:end]`` read as one ``label`` (a hand-built doc: the
    model splits such a run itself in most sentences, and runs it together in a few)."""
    doc = Doc(nlp.vocab, words=words)
    cut = clean_cut(Span(doc, start, end, label=label), doc_context(doc))
    return (doc[cut.start:cut.end].text, cut.label) if cut else ("", "")


def test_a_nationality_is_cut_from_a_person_whose_surname_is_a_city_too(nlp):
    words = ["The", "race", "was", "won", "by", "Australian", "Tom", "Preston", "on", "Sunday", "."]
    assert _cut_of(nlp, words, 5, 8) == ("Tom Preston", "PERSON")  # Preston is a city: the old test kept the whole


def test_a_nationality_before_a_towns_whole_name_stays(nlp):
    words = ["The", "tour", "reached", "Australian", "Alice", "Springs", "on", "Monday", "."]
    assert _cut_of(nlp, words, 3, 6, "GPE") == ("Australian Alice Springs", "GPE")  # guard: a town, no person


def test_a_nationality_before_a_person_ending_in_a_country_stays(nlp):
    words = ["He", "met", "Chinese", "Grace", "Jordan", "there", "."]
    assert _cut_of(nlp, words, 2, 5, "GPE")[0] == "Chinese Grace Jordan"  # guard: a country last may be the place


def test_a_noun_for_what_a_person_does_is_no_person(nlp):
    found = entities(nlp, "Folk singer Mary Hart dies Songwriter and producer Mary Hart, best known for her work on "
                          "the 60s hit, has died aged 70.")
    assert "Songwriter" not in found  # the model: a person, the headline's run into the body's first word
    assert found["Mary Hart"]["type"] == "PERSON"


def test_a_role_noun_that_is_a_surname_or_written_as_a_name_stays(nlp):
    assert _cut_of(nlp, ["Screenwriter", "dies", "aged", "70", "."], 0, 1, "PERSON") == ("", "")
    assert _cut_of(nlp, ["The", "race", "went", "to", "Baker", "."], 4, 5, "PERSON") == ("Baker", "PERSON")  # a surname
    words = ["Prince", "plays", "London", ".", "The", "star", "said", "Prince", "would", "play", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * 3 + [True] + [False] * 6)
    cut = clean_cut(Span(doc, 0, 1, label="PERSON"), doc_context(doc))
    assert cut is not None and doc[cut.start:cut.end].text == "Prince"  # capitalised inside a later sentence


def test_a_name_in_a_list_of_people_is_a_person_though_the_model_reads_a_place(nlp):
    found = entities(nlp, "The festival booked stars such as Kylie Minogue and Tazzima for the weekend.")
    assert found["Tazzima"]["type"] == "PERSON"  # the model: a place the gazetteer has no town of


def test_a_town_in_a_list_after_a_persons_noun_stays_a_place(nlp):
    found = entities(nlp, "The festival booked stars such as Kylie Minogue and Leeds for the weekend.")
    assert found["Leeds"]["type"] == "GPE"  # guard: the gazetteer's town, read as a place, stays one


def test_a_town_after_a_person_and_from_is_the_persons_hometown(nlp):
    found = entities(nlp, "The winner, Jane Hollis, from Stockport said she was delighted.")
    assert found["Stockport"]["type"] == "GPE"  # the model: an organisation
    found = entities(nlp, "Inventor Mark Ellis, from Swindon built the machine in his garage.")
    assert found["Swindon"]["type"] == "GPE"


def test_a_player_whose_initial_the_model_left_out_is_a_person_in_a_line_up(nlp):
    found = entities(nlp, "Scotland: C Paterson; S Danielli, H Southwell, A Craig, S Lamont, A Henderson, C Cusiter; "
                          "T Smith, G Kerr, N Hines, S Murray, J White, J Petrie, A Hogg.")
    assert found["Craig"]["type"] == "PERSON"  # the model: "A" left out (the article), "Craig" an organisation
    assert found["Henderson"]["type"] == "PERSON"  # and "Henderson" a place


def test_a_city_a_side_defeats_is_its_club(nlp):
    found = entities(nlp, "Chelsea defeated Barcelona on Tuesday.")
    assert found["Barcelona"]["type"] == "ORG"  # the model: a place


def test_a_city_hyphened_to_an_adjective_after_defeated_stays_a_place(nlp):
    found = entities(nlp, "The president defeated Moscow-backed candidate Viktor Ivanov in the run-off.")
    assert found["Moscow"]["type"] == "GPE"  # guard: the object is the candidate


def test_a_name_one_is_nominated_for_is_an_award(nlp):
    found = entities(nlp, "The actress was nominated for a Crystal Globe for her role in the drama.")
    assert found["Crystal Globe"]["type"] == "EVENT"  # the model: an organisation
    found = entities(nlp, "She was nominated for a Tony for her role.")
    assert found["Tony"]["type"] == "EVENT"  # the model: a person



def test_a_name_after_a_years_possessive_is_a_work(nlp):
    found = entities(nlp, "The author of 1859's Origin of Species lived in Kent.")
    assert found["Origin of Species"]["type"] == "WORK_OF_ART"  # the model: an organisation


def test_a_name_after_a_decade_with_an_apostrophe_is_no_work(nlp):
    doc = nlp("In the late 1980's Zenith Computer added sound to its machines.")
    mention = next(m for m in mentions_in("d", doc) if m["text"] == "Zenith Computer")
    assert mention["type"] != "WORK_OF_ART"  # guard: "the late 1980's" is a decade, no year's possessive


def test_a_hall_of_fame_is_an_organisation(nlp):
    found = entities(nlp, "In March she was inducted into the Gospel Hall of Fame.")
    assert found["Gospel Hall of Fame"]["type"] == "ORG"  # the model: a building
