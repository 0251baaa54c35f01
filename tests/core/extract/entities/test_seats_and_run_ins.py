"""Junk of names cut at "and" or "'s" and of headlines run into a body that repeats a name (issue 16, s12d).

The s12 draws found constituencies named for two places cut into two entities ("X and Y", each half typed on its
own, some as people). These tests read text of that kind, never the draws' own sentences.
"""

from __future__ import annotations


def _names(nlp, text: str) -> dict[str, str]:
    from explorer.core.extract.entities.mentions import mentions_in
    return {m["text"]: m["type"] for m in mentions_in("d0", nlp(text))}


def test_a_seat_named_for_two_places_is_one_place(nlp):
    names = _names(nlp, "The by-election was called last week. The MP for Kingston and Surbiton said voters were "
                        "angry about the new road.")
    assert names.get("Kingston and Surbiton") == "GPE" and "Surbiton" not in names
    names = _names(nlp, "The Tories hope to win seats such as Bristol West, Kingston and Surbiton, Rochdale, Richmond "
                        "Park, Romsey and Southampton North, Leeds North West and Bath in May.")
    assert names.get("Kingston and Surbiton") == "GPE" and "Surbiton" not in names  # the model: a place, a person
    assert names.get("Romsey and Southampton North") == "GPE" and "Romsey" not in names  # the model: two people
    names = _names(nlp, "The party's targets are marginal seats: Dorset South, Hastings and Rye, Enfield Southgate, "
                        "Brighton and Hove, Watford and Dover.")
    assert names.get("Brighton and Hove") == "GPE" and "Hove" not in names


def test_two_names_joined_by_and_without_a_seat_stay_two(nlp):
    names = _names(nlp, "The minister visited Hull, Leeds and Bradford, Sheffield and York last week to meet local "
                        "firms.")
    assert "Leeds and Bradford" not in names and "Bradford" in names  # a list's "and" with no seat word
    names = _names(nlp, "The party's targets are marginal seats: Dorset South, Enfield Southgate, Watford and Dover.")
    assert "Watford and Dover" not in names  # "and" before a list's last item parts two seats
    names = _names(nlp, "The report praised Manchester and Liverpool for their new schools.")
    assert "Manchester and Liverpool" not in names


def test_a_name_whose_first_word_is_a_possessive_is_whole(nlp):
    names = _names(nlp, "The film Ocean's Twelve took the top spot at the box office this weekend.")
    assert "Twelve" not in names and "Ocean's Twelve" in names  # the model: "Ocean's" and "Twelve", two names
    names = _names(nlp, "Destiny's Army also slipped one place to four with a new single, followed by Keane at five.")
    assert "Army" not in names and "Destiny's Army" in names
    names = _names(nlp, "Britain's Channel 4 and Microsoft's Windows were named in the report.")
    assert "Channel 4" in names and "Windows" in names  # an owner read as a name of its own owns a name


def test_a_headline_run_into_a_body_that_repeats_the_name_is_the_name(nlp):
    names = _names(nlp, "No half measures with Far Cry 2 Could Far Cry 2 possibly live up to the hype? After two "
                        "years of previews, Ubisoft released it.")
    assert not any(name.count("Far Cry") > 1 for name in names)


def test_a_combining_form_alone_is_no_name(nlp):
    names = _names(nlp, "Chelsea's manager cools Euro hopes Chelsea defender John Terry has played down talk of a "
                        "treble this season.")
    assert "Euro" not in names
    names = _names(nlp, "Shirt sales lifted by Euro 2008 The sportswear firm has posted a rise in profits.")
    assert "Euro" not in names


def test_an_adverb_opening_a_quote_and_the_words_after_it_are_no_title(nlp):
    names = _names(nlp, "The singer said: \"Finally the Oasis Dream is coming true after all these years.\"")
    assert not any(name.startswith("Finally") for name in names)  # the model: a work
    names = _names(nlp, "The film Suddenly Last Summer was shown on BBC Two.")
    assert "Suddenly Last Summer" in names  # a title capitalises its words


def test_a_title_that_repeats_one_word_is_kept_whole(nlp):
    names = _names(nlp, "Her new single Rags To Riches To Rags went straight in at number three this week.")
    assert "Rags" not in names  # a title repeating one word is no headline run-in
