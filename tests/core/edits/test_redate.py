"""A corrected publication date dates the events again by extraction's own rules.

The same article extracted with the corrected date and extracted with another one
then corrected must show the analyst the same dates.
"""

from __future__ import annotations

import pytest

from explorer.core.document import Document
from explorer.core.edits import apply_edits, decisions
from explorer.core.extract.pipeline.runner import extract_documents

ARTICLE = (
    "Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday.\n\n"
    "Anna Berg was born in Graz. As a young lawyer she founded Rivers First, a campaign against dams.\n\n"
    "In March 2019 the Danube flooded Vienna. Thousands of residents fled to Linz with their families.\n\n"
    "Anna Berg said Austria will sign the Danube treaty next month. Austria will build a new dam near Linz.\n\n"
    "The Austrian government recently approved new rules for dams on the Danube."
)


def extracted(article: str, published: str):
    return extract_documents([Document("d", "d.txt", article, published=published, published_basis="content")])


def dates(published: str):
    return extracted(ARTICLE, published)


def by_event(tables) -> dict[str, tuple[str, str, str]]:
    events = tables["events"]
    return {e: (s, t, b) for e, s, t, b in zip(events["event_id"], events["date_start"], events["date_end"],
                                               events["date_basis"])}


@pytest.mark.parametrize("first", ["2026-02-04", ""])
def test_a_corrected_publication_date_gives_the_dates_extraction_would(first):
    corrected = apply_edits(dates(first), [decisions.set_published("d", "2026-03-09", "d.txt")])
    expected = by_event(dates("2026-03-09"))
    assert by_event(corrected) == expected
    assert {b for _, _, b in expected.values()} >= {"timex", "narrative", "dct", "bounded"}


@pytest.mark.parametrize("first", ["2026-09-08", "2026-02-04"])  # "July 2" resolves to the same year, the year before
def test_a_corrected_date_keeps_a_year_ended_on_a_day_as_the_year_to_that_day(first):
    """Extraction dates results "for the year ended July 2" to those twelve months; the replay of a corrected
    date keeps that choice and moves the months with the day, rather than dating them to the day alone."""
    article = ("Rivers First opened a new office in Linz on Monday.\n\n"
               "For the year ended July 2, Rivers First had net income of $2.4 million on revenue of $52.9 million.")

    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-09-09", "d.txt")]))
    expected = by_event(extracted(article, "2026-09-09"))
    assert expected["d-e53"] == ("2025-07-03", "2026-07-02", "timex")
    assert corrected == expected


def test_a_corrected_date_keeps_what_a_dated_happening_did_on_or_after_its_day():
    """Extracted a day late, 'The rally ... prompted a debate' is on or after Wednesday's rally up to
    publication; corrected to that Wednesday it is the rally's day, as extraction at Wednesday dates it
    (not on or after Wednesday up to the wrong Thursday)."""
    article = ("Karl Novak opened the Danube Water Summit in Vienna on Monday.\n\n"
               "Thousands of farmers rallied in Linz on Wednesday against the dams.\n\n"
               "The rally in Linz prompted a debate in the Austrian parliament.")

    late = extracted(article, "2026-02-05")
    assert by_event(late)["d-e133"] == ("2026-02-04", "2026-02-05", "bounded")
    corrected = by_event(apply_edits(late, [decisions.set_published("d", "2026-02-04", "d.txt")]))
    expected = by_event(extracted(article, "2026-02-04"))
    assert expected["d-e133"] == ("2026-02-04", "2026-02-04", "narrative")
    assert corrected == expected


@pytest.mark.parametrize("first, corrected_to", [("2026-02-07", "2026-02-06"), ("2026-02-06", "2026-02-07")])
def test_a_corrected_date_dates_a_plan_for_a_later_day_as_extraction_would(first, corrected_to):
    """'Farmers planned a demonstration … on Saturday': in a Friday paper the planning came on or before
    Friday (the Saturday is the demonstration's); in a Saturday paper it is Saturday's. A date corrected
    either way gives what extraction at the corrected day gives."""
    article = ("Karl Novak opened the Danube Water Summit in Vienna on Monday.\n\n"
               "Farmers planned a large demonstration in Linz on Saturday.")

    expected = by_event(extracted(article, corrected_to))
    assert expected["d-e64"] == (("", "2026-02-06", "bounded") if corrected_to == "2026-02-06"
                                 else ("2026-02-07", "2026-02-07", "timex"))
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", corrected_to, "d.txt")]))
    assert corrected == expected


def test_a_corrected_date_keeps_a_statement_in_a_filing_on_or_before_publication():
    """'In a filing, Novak said …': written on or before the paper's day, not on it; a date corrected from
    another day gives that bound at the corrected day, as extraction there gives."""
    article = ("Karl Novak opened the Danube Water Summit in Vienna.\n\n"
               "In a Securities and Exchange Commission filing, Karl Novak said the company's sales had slowed.")

    tables = extracted(article, "2026-02-06")
    said = tables["events"].loc[tables["events"]["lemma"] == "say", "event_id"].iloc[0]
    expected = by_event(tables)
    assert expected[said] == ("", "2026-02-06", "bounded")
    corrected = by_event(apply_edits(extracted(article, "2026-02-04"),
                                     [decisions.set_published("d", "2026-02-06", "d.txt")]))
    assert corrected == expected


@pytest.mark.parametrize("first, corrected_to", [("2026-02-03", "2026-02-02"), ("2026-02-02", "2026-02-03"),
                                                 ("2026-02-03", "2026-02-05")])
def test_a_corrected_date_dates_a_story_from_its_dateline_as_extraction_would(first, corrected_to):
    """'VIENNA, February 2 (Xinhua) --': under a later publication day the story's past is on or before the
    dateline's day and its statements are of that day; under the dateline's own day they are the paper's. A date
    corrected either way gives what extraction at the corrected day gives."""
    article = ("VIENNA, February 2 (Xinhua) --\n\n"
               "Austria and Hungary have signed a treaty on the Danube dams in Vienna.\n\n"
               "Karl Novak said the dams would be built by 2030.")

    expected = by_event(extracted(article, corrected_to))
    assert ("", "2026-02-02" if corrected_to > "2026-02-02" else corrected_to, "bounded") in expected.values()
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", corrected_to, "d.txt")]))
    assert corrected == expected


def test_a_corrected_date_keeps_a_year_counted_on_from_the_year_before():
    """'in 1984 … One year later he founded Danube Watch': 1985 whatever the publication day; the replay of a
    corrected date keeps it, as extraction at the corrected day gives."""
    article = ("Rivers First mourned its founder Karl Novak on Monday.\n\n"
               "Novak started Rivers First in 1976, and in 1984 its first dam survey was published.\n\n"
               "One year later Novak was fired from the company and he founded Danube Watch.")

    expected = by_event(extracted(article, "2026-02-09"))
    assert ("1985-01-01", "1985-12-31", "timex") in expected.values()
    corrected = by_event(apply_edits(extracted(article, "2026-02-04"),
                                     [decisions.set_published("d", "2026-02-09", "d.txt")]))
    assert corrected == expected


@pytest.mark.parametrize("first", ["2026-08-25", "2026-08-19"])
def test_a_corrected_date_keeps_an_event_noun_dated_by_its_own_later_time(first):
    """'had been talking about the planned visit of Secretary William Daley in September': the visit is
    September's, still to come, whatever the past clause; the replay of a corrected date keeps it so, as
    extraction at the corrected day gives (not the bound of a past verb's plan)."""
    article = ("Rivers First opened a new office in Linz on Monday.\n\n"
               "Karl Novak said he and Anna Berg had been talking about the planned visit of Secretary William "
               "Daley in September.")

    expected = by_event(extracted(article, "2026-08-26"))
    assert ("2026-09-01", "2026-09-30", "timex") in expected.values()
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-08-26", "d.txt")]))
    assert corrected == expected


@pytest.mark.parametrize("first", ["2026-02-03", "2026-01-28"])
def test_a_corrected_date_dates_a_statement_told_again_on_its_day_as_extraction_would(first):
    """'The source said …' takes the day of '"…," the source said Monday' (s10). Extracted a day late, Monday is
    before publication; corrected to Monday, it is the publication day: extraction gives the statement that
    day by the expression too, so the replay, which moves the expression's day, agrees."""
    article = ("Senator Anna Berg has told the party chairman that he has lost the support of the caucus.\n\n"
               "The source said Berg \"laid out for the chairman\" the problems the party is facing. "
               "\"He was told the time had come,\" the source said Monday.")
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-02-02", "d.txt")]))
    expected = by_event(extracted(article, "2026-02-02"))
    assert ("2026-02-02", "2026-02-02", "narrative") in expected.values()
    assert corrected == expected


@pytest.mark.parametrize("first", ["2026-02-05", "2026-01-28"])
def test_a_corrected_date_dates_what_was_told_at_a_dated_gathering_as_extraction_would(first):
    """'While introducing the phone, at the annual conference, Berg started …' takes the day of the conference
    told "Yesterday" (s10): the replay moves that day with the expression, as extraction with the right date gives."""
    article = ("Yesterday, at this year's Danube Developers Conference, company CEO Anna Berg unveiled the Danube 4 "
               "phone.\n\nIn January, a technology blog obtained a prototype of the new phone and published details "
               "of it online.\n\nWhile introducing the phone, at the annual conference, Berg started by hinting at "
               "the incident.")
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-02-04", "d.txt")]))
    expected = by_event(extracted(article, "2026-02-04"))
    assert list(expected.values()).count(("2026-02-03", "2026-02-03", "narrative")) == 2
    assert corrected == expected


@pytest.mark.parametrize("first", ["2026-02-04", "2026-02-11"])
def test_a_corrected_date_keeps_a_stretch_from_its_first_day(first):
    """Extraction dates "was held … for two days" after "arrested … on Monday" to Monday and Tuesday, and
    "fought … for two days on Monday" to the two days from Monday (``events.lasting``; a past stretch told to run past
    publication ends there, s22d); the replay of a corrected date moves the stretch with its first day, rather than
    keeping the first day alone."""
    article = ("Tom Reed was arrested in Graz on Monday.\n\nHe was held in a Vienna jail for two days.\n\n"
               "Anna Berg fought the Graz police for two days on Monday.")

    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-03-04", "d.txt")]))
    expected = by_event(extracted(article, "2026-03-04"))
    assert ("2026-03-02", "2026-03-03", "narrative") in expected.values()
    assert ("2026-03-02", "2026-03-03", "timex") in expected.values()
    assert corrected == expected


@pytest.mark.parametrize("first", ["2026-02-04", ""])  # undated first: the replay dates it by the Story
def test_a_corrected_date_bounds_what_follows_a_statement_lede_as_extraction_would(first):
    """'The company closed two of its yards' after 'Danube … said Friday that …' is on or before Friday (s13e):
    the replay knows the lede for a statement by its verb, as extraction does, and bounds it alike (extracted with
    no date, "Friday" has no day; the correction gives it one, and the replay dates the closing afresh)."""
    article = ("Danube Shipping Corp. said Friday that it would cut 400 jobs at its yards in Linz.\n\n"
               "The company closed two of its yards in the Austrian city.")
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-02-02", "d.txt")]))
    expected = by_event(extracted(article, "2026-02-02"))
    assert ("", "2026-01-30", "bounded") in expected.values()
    assert corrected == expected


@pytest.mark.parametrize("first", ["2026-02-04", "2026-12-30", ""])
@pytest.mark.parametrize(("article", "start"), [
    ("Mayor Anna Keller has opened three bridges in Graz this year.", "2026-01-01"),
    ("The Graz bridge over the Mur had not been repaired by Anna Keller's office since 2019.", "2019-01-01"),
])
def test_a_corrected_date_ends_a_past_period_at_the_new_day_as_extraction_would(first, article, start):
    """Extraction ends "has opened … this year" and "had not been repaired … since 2019" at publication (s22d: what
    is told as done was done by then); the replay of a corrected date ends them at the new day, as extraction with
    that date does, wherever the first date left the end."""
    corrected = by_event(apply_edits(extracted(article, first), [decisions.set_published("d", "2026-05-06", "d.txt")]))
    expected = by_event(extracted(article, "2026-05-06"))
    assert (start, "2026-05-06", "timex") in expected.values()
    assert corrected == expected
