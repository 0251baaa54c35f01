"""A verb that a time expression dates in its own clause is an event of its own, wherever it sits in the sentence.

"A reward is offered for the arrest of Kopp, who is charged with gunning down Dr. Barnett Slepian last fall": the
killing, told with its own time deep under the reward, was no event at all, so an analyst's timeline of the victim
lacked it. Such a verb now gives an event dated by its time, read without moving the story on (the sentence's main
event and the next sentences keep their dates). Left out: a time the parse hangs on the verb that names a noun's
happening ("charged in the March 3, 2024, robbery"), a past time on what is asked for or offered ("invited Austria
to join the bloc in July 2024": the inviting's), a time on the other side of publication from the verb's tense ("the
flood last month will result in …"), a scheduled happening's time ("a summit set for Vienna in April"), and a verb
that several times date.

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

REWARD = ("A reward of 50,000 euros is being offered for information leading to the arrest of Karl Brandt, who is "
          "charged with robbing the Linz Savings Bank last spring. "
          "Brandt worked as a guard at the bank for six years.")


def test_a_verb_dated_deep_in_the_sentence_is_an_event_with_its_time():
    robbing = event_at(REWARD, "A reward", "rob")
    assert when(robbing) == ("2025-03-01", "2025-05-31", "timex")
    assert robbing["participants"]  # the bank, named in its own clause


def test_the_sentences_main_event_keeps_its_date():  # guard: read without moving the story on
    assert when(event_at(REWARD, "A reward", "offer"))[:2] == (PUBLISHED, PUBLISHED)


def test_a_date_naming_a_nouns_happening_makes_no_event_of_the_verb():
    text = ("On the wanted list, Brandt and Huber replace two former guards charged in the March 3, 2024, robbery of "
            "the Linz Savings Bank that injured four people.")
    assert all(e["date_start"] != "2024-03-03" for e in _events(text) if e["lemma"] == "charge")
    assert when(event_at(text, "On the wanted list", "robbery"))[:2] == ("2024-03-03", "2024-03-03")


def test_a_past_time_on_what_is_asked_for_is_the_askings():
    text = "The Alpine Union invited Austria and Slovenia to join the bloc in July 2024 at its summit in Graz."
    joins = [e for e in _events(text) if e["lemma"] == "join"]
    assert all(e["date_start"] != "2024-07-01" for e in joins)
    assert when(event_at(text, "The Alpine Union", "invite"))[:2] == ("2024-07-01", "2024-07-31")


def test_a_past_time_on_a_verb_still_to_come_is_not_its_own():
    text = "Insurers estimated that the Styrian flood last month will result in claims of 40 million euros."
    assert all(e["date_end"] != "2026-01-31" for e in _events(text) if e["lemma"] == "result")


def test_a_scheduled_happenings_time_is_not_the_schedulings():
    text = "The ministers discussed the crisis in Graz ahead of an Alpine Union summit set for Vienna in April."
    assert all(not (e["lemma"] == "set" and e["date_start"] == "2026-04-01") for e in _events(text))


def _events(text: str) -> list[dict]:
    from explorer.core.document import Document
    from explorer.core.extract.nlp import load_pipeline
    from explorer.core.extract.pipeline.batch import extract_batch

    document = Document(doc_id="d", name="d.txt", text=text, published=PUBLISHED, published_basis="content")
    return list(extract_batch([document], load_pipeline()).events)


def test_a_verb_without_tense_takes_its_times_side_of_publication():  # "charged with robbing … last spring": past
    assert event_at(REWARD, "A reward", "rob")["tense"] == "past"


def test_the_speaker_is_no_actor_of_a_timed_verb_in_what_is_reported():
    from explorer.core.document import Document
    from explorer.core.extract.nlp import load_pipeline
    from explorer.core.extract.pipeline.batch import extract_batch

    text = "Prosecutor Anna Huber said Karl Brandt was charged with robbing the Linz Savings Bank on Jan. 12."
    document = Document(doc_id="d", name="d.txt", text=text, published=PUBLISHED, published_basis="content")
    batch = extract_batch([document], load_pipeline())
    robbing = next(e for e in batch.events if e["lemma"] == "rob")
    speaker = {m["mention_id"] for m in batch.mentions if "Huber" in m["text"]}
    assert speaker and not speaker & set(robbing["participants"])
    assert when(robbing)[:2] == ("2026-01-12", "2026-01-12")
