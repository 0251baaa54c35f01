"""One capitalised word of a Title-Case title is no entity (issue 16, s12c).

The s11 draws found the model's one-word names cut out of a work's title ("Tribute" and "Heroes" of "America: A
Tribute to Heroes", "Goat" of "The Goat or, Who is Sylvia?"). A fragment of a title should be the whole title or no
entity: these tests read text of that kind, never the draws' own sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from explorer.core.extract.entities.fragments import title_fragment
from explorer.core.extract.entities.mentions import mentions_in


def _names(nlp, text: str) -> set[str]:
    return {m["text"] for m in mentions_in("d0", nlp(text))}


def _fragment(nlp, words: list[str], name: str) -> bool:
    """``title_fragment`` of ``name``'s first occurrence in a hand-built doc whose sentences start after each "." (no
    model: the guards' cases)."""
    size = len(name.split())
    start = min(i for i in range(len(words)) if words[i:i + size] == name.split())
    end = start + size
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return title_fragment(Doc(nlp.vocab, words=words, sent_starts=starts), start, end)


def test_words_of_a_title_with_a_capitalised_small_word_are_no_entities(nlp):
    names = _names(nlp, "The concert was broadcast on every network. America: A Tribute to Heroes raised more than "
                        "$150m for the victims' families.")
    assert "Tribute" not in names and "Heroes" not in names  # the model: two organisations
    assert "America" in names  # a place is a name of its own
    names = _names(nlp, "The play opened in March. Critics named him best newcomer for The Goat or, Who is Sylvia? "
                        "at the awards.")
    assert not any("Goat" in name for name in names)  # the model: "The Goat or", a work
    names = _names(nlp, "The album sold well. Its singles include Time Is Running Out and Butterflies And Hurricanes, "
                        "both top ten hits.")
    assert "Hurricanes" not in names  # the model: a place


def test_a_list_of_names_and_a_names_own_article_are_no_title(nlp):
    words = "The show was repeated . Viewers chose The Simpsons and This Is Spinal Tap again .".split()
    assert not _fragment(nlp, words, "Simpsons")  # "and" parts two names; "Is" is the other title's
    words = "Nominees were named . They include Sideways , Of Mice and Men and The Aviator .".split()
    assert not _fragment(nlp, words, "Sideways")  # a comma parts a list's names
    assert not _fragment(nlp, words, "The Aviator")  # "The" is the name's own article
    words = "It was a hit . Brady told The Sun the bid was a waste .".split()
    assert not _fragment(nlp, words, "The Sun")


def test_the_first_sentence_a_place_and_a_word_capitalised_elsewhere_stay(nlp):
    words = "Tribute To Heroes raises millions .".split()
    assert not _fragment(nlp, words, "Tribute")  # the first sentence: a flattened headline capitalises its small words
    words = "It sold well . Readers liked Paris : A Diary best .".split()
    assert not _fragment(nlp, words, "Paris")  # a place
    assert _fragment(nlp, words, "Diary")  # "Diary": a word of the title
    words = "It sold well . Readers liked Dream : A Diary best . Analysts watch Dream shares .".split()
    assert not _fragment(nlp, words, "Dream")  # the document writes "Dream" capitalised outside the title
    words = "It sold well . Readers liked Goat : A Diary best .".split()
    assert _fragment(nlp, words, "Goat")
