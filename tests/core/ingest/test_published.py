"""Reference dates: the right day with an honest basis, and no invented days."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.document import Document
from explorer.core.ingest import read_documents
from explorer.core.ingest.published import Published, assign_corpus_years, find_published

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    result = read_documents([SEEDS])
    return {d.name[:3]: d for d in result.documents}


def test_seed_000_dateline_gets_its_year_from_the_corpus(seeds):
    # "2026 Budget" in its own text is not a date; the year comes from the other articles.
    assert seeds["000"].published == "2026-02-04"
    assert seeds["000"].published_basis == "corpus"


def test_seed_001_dated_by_embedded_post(seeds):
    assert (seeds["001"].published, seeds["001"].published_basis) == ("2026-02-04", "content")


def test_seed_002_future_plan_is_not_a_publication_date(seeds):
    assert (seeds["002"].published, seeds["002"].published_basis) == ("", "unknown")


def test_seed_003_dateline_below_the_summary(seeds):
    assert seeds["003"].published == "2026-01-13"
    assert seeds["003"].published_basis in ("dateline", "corpus")


def test_seed_004_dateline_without_a_date_stays_unknown(seeds):
    assert (seeds["004"].published, seeds["004"].published_basis) == ("", "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington, DC [US], February 4 (ANI): The minister spoke.", Published("--02-04", "dateline", False)),
        ("New Delhi, Jan 13\n\nIndia said.", Published("--01-13", "dateline", False)),
        ("LONDON, Feb 4 (Reuters) - Oil rose.", Published("--02-04", "dateline", False)),
        ("LONDON, Feb. 4, 2025 (Reuters) - Oil rose.", Published("2025-02-04", "dateline", True)),
        ("March 3, 2026 — The Senate voted.", Published("2026-03-03", "dateline", True)),
        ("Title\nPublished: 4 February 2026, 10:30 IST\nBody.", Published("2026-02-04", "content", True)),
        ("Text https://t.co/x\n— A (@a) January 2, 2026\nMore\n— B (@b) January 5, 2026\n",
         Published("2026-01-05", "content", True)),
        ("LONDON (Reuters) - Oil rose.", Published("", "unknown", False)),
        ("Title\nThe minister will visit from 2 to 4 February 2026.", Published("", "unknown", False)),
    ],
)
def test_find_published(text, expected):
    assert find_published(text) == expected


def test_metadata_wins_over_dateline():
    text = "LONDON, Feb 4, 2025 (Reuters) - Oil rose."
    assert find_published(text, "2025-02-05") == Published("2025-02-05", "metadata", True)


def doc(name: str, text: str) -> Document:
    published = find_published(text)
    return Document(doc_id=name, name=name, text=text, published=published.date,
                    published_basis=published.basis)


def test_own_full_dates_decide_the_year_and_keep_basis_dateline():
    # A January story about late December: the dateline year is the one after.
    own = doc("a", "Paris, Jan 2 (AFP) - Talks begun on December 30, 2025 went on.")
    other = doc("b", "Lots of 2019: on May 1, 2019 and June 2, 2019 and July 3, 2019.")
    assign_corpus_years([own, other])
    assert (own.published, own.published_basis) == ("2026-01-02", "dateline")


def test_corpus_year_is_the_most_common_one():
    pending = doc("a", "Paris, Mar 3 (AFP) - Talks went on.")
    others = [doc("b", "On May 1, 2024 and 2 June 2024."), doc("c", "On July 3, 2023.")]
    assign_corpus_years([pending, *others])
    assert (pending.published, pending.published_basis) == ("2024-03-03", "corpus")


def test_history_in_own_text_does_not_set_the_year():
    pending = doc("a", "Delhi, Jun 26 (PTI) - Recalling June 25, 1975, the party said.")
    other = doc("b", "Held on 4 February 2026.")
    assign_corpus_years([pending, other])
    assert (pending.published, pending.published_basis) == ("2026-06-26", "corpus")


def test_no_year_anywhere_leaves_it_unknown():
    lonely = doc("a", "Paris, Mar 3 (AFP) - Talks went on.")
    assign_corpus_years([lonely])
    assert (lonely.published, lonely.published_basis) == ("", "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lohan checks into rehab\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\nThe actress checked in.", "2013-05-02"),
        ("http://example.com/a\nHeadline of the story\n05/02/2013\nThe story begins with a sentence here.", "2013-05-02"),
        ("Headline\nOriginally published 05/03/2013 at 10:20 AM EDT\nUpdated 05/04/2013\nBody.", "2013-05-03"),
        ("3 dead after protesters torch bank\nUpdated Thu 6 May 2010, 9:03am AEST\nThree people died.", "2010-05-06"),
        ("Ex-boss dies\nupdated 12 / 19 / 2005 2: 48: 40 PM ET\nMob boss Vincent Gigante died.", "2005-12-19"),
        ("Woman killed\nBy Jane Doe | Posted in Accidents on Wednesday, September 18, 2013\nA woman was killed.",
         "2013-09-18"),
        ("Charged\n10 June 2013 Last updated at 14:00 GMT\nA man has been charged.", "2013-06-10"),
    ],
)
def test_head_date_lines_give_the_publication_date(text, expected):
    # The date line of a page's head, however it is printed, is the day the article appeared.
    assert find_published(text) == Published(expected, "content", True)


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Sheriff\nEnd of Watch: Friday, June 24, 2005\nDeputy Ortiz was shot and killed.",
        "Headline\nThe deputy, who joined the force long ago, was shot and killed at the door.\n05/02/2013\n",
    ],
)
def test_dates_that_are_not_the_page_s_date_line_are_not_taken(text):
    # A date named for something else, or below the first line of the body, is the story's.
    assert find_published(text) == Published("", "unknown", False)
