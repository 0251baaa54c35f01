"""Titles the model cuts at "of the", and a headline's ordinary word run into a name (issue 16, s10b).

On the fifth fresh draw the model cut "Shaun of the Dead" to "Dead" and "Eternal Sunshine of the Spotless Mind" to
"Eternal Sunshine" + "Spotless Mind", and a headline's "Profits" ran into the firm of the body's first line. Each
test reads text of that kind, never the draws' own sentences, and checks the entity list a reader of Explorer sees.
"""

from __future__ import annotations

from tests.core.extract.entities.conftest import entities


def test_a_title_cut_at_of_the_is_one_work(nlp):
    found = entities(nlp, "She won a Bafta for her role in Eternal Sunshine of the Spotless Mind, the film by "
                          "Michel Gondry.")
    assert found["Eternal Sunshine of the Spotless Mind"]["type"] == "WORK_OF_ART"  # the model: ORG + FAC
    assert "Spotless Mind" not in found and "Eternal Sunshine" not in found


def test_a_title_the_model_half_reads_is_joined(nlp):
    found = entities(nlp, "The comedy film Night of the Living Dead was shown again, and critics praised Shaun of "
                          "the Dead for its wit.")
    assert found["Shaun of the Dead"]["type"] == "WORK_OF_ART"  # the model: "Shaun" a person
    assert "Shaun" not in found


def test_someone_of_a_place_or_a_body_stays_apart(nlp):
    found = entities(nlp, "The boxer Jan Kavan of the Czech Republic won the bout, said Hannah Ward of the Refugee "
                          "Council.")
    assert found["Jan Kavan"]["type"] == "PERSON" and found["Hannah Ward"]["type"] == "PERSON"  # guard
    assert "Czech Republic" in found and "Refugee Council" in found


def test_an_office_of_the_something_is_no_name(nlp):
    found = entities(nlp, "Mr Hain, Leader of the Commons, told the BBC that the Chancellor of the Exchequer Gordon "
                          "Brown would speak.")
    assert "Gordon Brown" in found  # guard: the office is no title of a work, the person stays whole
    assert not any("Leader" in name or "Chancellor" in name for name in found)


def test_a_paper_of_a_body_the_model_reads_whole_stays_the_body(nlp):
    found = entities(nlp, "The report was published in the Proceedings of the National Academy of Sciences on "
                          "Monday.")
    assert found["National Academy of Sciences"]["type"] == "ORG"  # guard


def test_a_quantity_of_the_people_is_no_title(nlp):
    found = entities(nlp, "One of the Irish players was named on Monday.")
    assert found["Irish"]["type"] == "NORP"  # guard


def test_a_headline_name_run_into_the_bodys_first_word_loses_the_word(nlp):
    found = entities(nlp, "Weak pound hits Tesco Profits at supermarket group Tesco fell by 5% in the year, and "
                          "profits were hit by costs. Tesco said it would cut prices.")
    assert "Tesco Profits" not in found  # the model: one name (a building); "profits" is written in lower case
    assert found["Tesco"]["type"] == "ORG"


def test_a_name_whose_last_word_the_body_capitalises_stays_whole(nlp):
    found = entities(nlp, "Crowds flock to the Las Vegas Motor Show The show opened on Monday. Visitors to the Las "
                          "Vegas Motor Show saw new cars at the show, and Las Vegas was full.")
    assert "Las Vegas Motor Show" in found  # guard: "Show" is capitalised inside a later sentence


def test_a_place_run_into_a_titled_person_is_two_names(nlp):
    found = entities(nlp, "Debt relief deal agreed. On top of the relief deal with Tanzania Mr Brown said the UK "
                          "would make similar offers. Gordon Brown spoke in Dar es Salaam.")
    assert "Tanzania Mr Brown" not in found  # the model: one person
    assert found["Tanzania"]["type"] == "GPE"


def test_a_headline_place_run_into_the_bodys_person_is_two_names(nlp):
    found = entities(nlp, "Flights to Nigeria Olusegun Obasanjo said on Monday that flights would resume. President "
                          "Olusegun Obasanjo spoke later.")
    assert "Nigeria Olusegun Obasanjo" not in found  # the model: one organisation
    assert found["Nigeria"]["type"] == "GPE" and found["Olusegun Obasanjo"]["mention_count"] == 2


def test_a_given_name_that_is_also_a_place_stays_in_the_name(nlp):
    found = entities(nlp, "George W Bush spoke on Monday. Mr Bush said the war would go on, and Laura Bush agreed.")
    assert found["George W Bush"]["type"] == "PERSON"  # guard: "George" is a town too
    assert "George" not in found


def test_a_portfolio_before_its_office_is_no_organisation(nlp):
    found = entities(nlp, "The plan was backed by Monetary Affairs Commissioner Pedro Solbes and Culture Secretary "
                          "Chris Smith on Monday.")
    assert "Monetary Affairs" not in found and "Culture" not in found  # the model: ORG, NORP
    assert found["Pedro Solbes"]["type"] == "PERSON"


def test_a_place_or_a_church_before_an_office_stays(nlp):
    found = entities(nlp, "Chancellor Gordon Brown and Transport Secretary Alistair Darling spoke in Edinburgh, "
                          "Wales Secretary Peter Hain and Welsh First Minister Rhodri Morgan in Cardiff. He was the "
                          "son of a Church of Scotland Minister in Kirkcaldy.")
    assert found["Wales"]["type"] == "GPE" and found["Church of Scotland"]["type"] == "ORG"  # guard


def _as_the_model_read(nlp, text: str, name: str, label: str):
    """The parse of ``text`` with ``name`` labelled ``label``, as the model reads it in some articles."""
    from spacy.tokens import Span

    doc = nlp(text)
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end,
                                                                                          label=label)]
    return doc


def test_a_radio_station_the_model_reads_as_a_work_is_an_organisation(nlp):
    from explorer.core.extract.entities.mentions import mentions_in

    doc = _as_the_model_read(nlp, "After the match, the coach told BBC Radio Five Live that the team had played well.",
                             "BBC Radio Five Live", "WORK_OF_ART")
    types = {m["text"]: m["type"] for m in mentions_in("d1", doc)}
    assert types["BBC Radio Five Live"] == "ORG"


def test_a_programme_after_a_stations_possessive_is_left_alone(nlp):
    from explorer.core.extract.entities.mentions import mentions_in

    doc = _as_the_model_read(nlp, "He told BBC Radio Five Live's Sportsweek programme that he was happy.",
                             "BBC Radio Five Live's Sportsweek", "WORK_OF_ART")
    types = {m["text"]: m["type"] for m in mentions_in("d1", doc)}
    assert "ORG" not in types.values()  # guard: the programme is no station
