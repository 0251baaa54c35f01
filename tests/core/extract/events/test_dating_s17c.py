"""A date written between "the" and a happening noun, "so far this year", the wire's spaced underscore as a dash with
"Since 1985 — when …", and a past lasting uncounted centuries (session s17c): "wrong" and "vague" verdicts of samples
BK and BL (BK#44: "the October 1998 shooting death", dated 1999 from the clause's "last year"; BK#46: "has gained … so
far this year", the whole year; BK#32 = BL#37: "Since 1985 _ when the Israelis created a security buffer zone", left on
or before publication; BL#41: "Ukraine was ruled from Moscow for centuries", dated the Friday of the signing).

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.pipeline.batch import text_for_nlp
from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def test_a_date_between_the_and_a_happening_noun_is_the_happenings():
    text = ("Karl Huber, who is from Graz, was indicted last year in the October 1998 shooting death of Dr. Anna "
            "Berger, an obstetrician in Vienna.")
    shooting = event_at(text, "Karl Huber", "shooting", published="2000-01-24")
    assert when(shooting) == ("1998-10-01", "1998-10-31", "timex")  # was 1999, the indictment's "last year"


def test_so_far_this_year_ends_at_publication():
    text = "Led by its oat cereal, Vienna Mills has gained an estimated 2% share so far this year."
    assert when(event_at(text, "Led by", "gain")) == ("2026-01-01", PUBLISHED, "timex")  # was the whole year


def test_this_year_without_so_far_is_the_year():  # guard
    text = "Vienna Mills expects to gain an estimated 2% share this year."
    assert when(event_at(text, "Vienna Mills", "gain"))[:2] != ("2026-01-01", PUBLISHED)


def test_a_spaced_underscore_is_read_as_a_dash_with_its_offsets_kept():
    text = "Since 1985 _ when the Israelis created a buffer zone _ nearly 200 soldiers have been killed."
    read = text_for_nlp(Document(doc_id="d", name="d.txt", text=text))
    assert read == text.replace(" _ ", " \u2014 ") and len(read) == len(text)
    assert text_for_nlp(Document(doc_id="d", name="d.txt", text="file_name and snake_case")) == "file_name and snake_case"


def test_a_when_clause_after_since_and_a_wire_dash_is_at_that_time():
    text = ("Since 1985 _ when the Israelis created a security buffer zone southern Lebanon _ nearly 200 Israeli "
            "soldiers have been killed fighting Hezbollah and other guerrillas.")
    assert when(event_at(text, "Since 1985", "create")) == ("1985-01-01", "1985-12-31", "timex")  # was open start


def test_a_past_over_uncounted_centuries_is_no_day_of_the_passage():
    text = ("Vienna and Graz signed a treaty on Monday. The two cities share a dialect, and Graz was ruled from Vienna "
            "for centuries.")
    assert when(event_at(text, "The two", "rule")) == ("", PUBLISHED, "bounded")  # was Monday


def test_a_past_over_counted_years_keeps_the_passages_bound():  # guard: "for two years" is counted
    text = "Vienna and Graz signed a treaty on Monday. Graz was ruled from Vienna for two years."
    assert when(event_at(text, "Graz was", "rule")) != ("", PUBLISHED, "bounded")  # on or before Monday


def test_a_headlines_infinitive_parsed_as_its_root_is_still_to_come():  # session s17c (BK#40, too precise)
    text = ("Danube Bank to buy Vienna Water for 8 million euros\n\n"
            "Danube Bank announced on Monday that it has agreed to buy Vienna Water.")
    assert when(event_at(text, "Danube Bank to", "buy")) == (PUBLISHED, "", "bounded")  # was Monday, the lede's day


def test_a_participle_the_parse_made_the_root_before_the_sentences_own_verb_is_past():  # s17c (BK#41, wrong)
    text = "And nails found in the Vienna clinic bombing are identical to those discovered at Huber's storage shed."
    assert when(event_at(text, "And nails", "find"))[1:] == (PUBLISHED, "bounded")  # was the publication day (dct)


def test_a_time_right_after_what_is_called_for_is_its_not_the_callings():  # session s17d (BN#35, wrong)
    text = "Vienna Water said it is calling for the redemption on Dec. 7 of all its remaining preferred shares."
    assert when(event_at(text, "Vienna Water", "call")) == (PUBLISHED, PUBLISHED, "dct")  # was Dec. 7


def test_a_time_after_what_a_verb_not_of_asking_is_for_dates_the_verb():  # guard
    text = "Karl Huber was arrested for the murder on Monday."
    assert when(event_at(text, "Karl Huber", "arrest")) == ("2026-02-02", "2026-02-02", "timex")


OUTLET = ("Vienna Water's chief engineer Karl Huber left the company. Citing people familiar with the situation, The "
          "Vienna Times reported that Huber had been pushed out. The sources claimed that Huber was not used to the "
          "company's ways. They also said that Anna Berger made the decision.")


def test_another_outlets_report_and_the_sources_it_cites_are_on_or_before_publication():  # s17e (BO#10, #40)
    assert when(event_at(OUTLET, "Citing", "report")) == ("", PUBLISHED, "bounded")  # was the publication day
    assert when(event_at(OUTLET, "The sources", "claim")) == ("", PUBLISHED, "bounded")
    assert when(event_at(OUTLET, "They also", "say")) == ("", PUBLISHED, "bounded")


def test_a_claim_according_to_another_outlet_is_on_or_before_publication():  # s17e (BH#35, too precise)
    text = "According to The Vienna Times, which first broke the news, an insider claimed that Huber had been ousted."
    assert when(event_at(text, "According", "claim")) == ("", PUBLISHED, "bounded")


def test_a_companys_own_statement_stays_on_the_report_day():  # guard: no outlet relays it
    text = "Vienna Water said on Monday that Huber had left. The company said Anna Berger made the decision."
    assert when(event_at(text, "The company", "say")) == (PUBLISHED, PUBLISHED, "dct")
