"""Session s25's dating rounds beside the timed verbs (``test_timed_verbs``).

A happening told "shortly after", "just after", "minutes after" a clause dated to one day is that day's ("Slepian
… was shot through the kitchen window of his home in Amherst shortly after he and his wife returned home from
synagogue on the night of Friday, Oct. 23", EK#50, B#11, BE#12: vague three times at Oct 23 to publication); a plain
"after" keeps the day as a start, the end open to publication.

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when


def test_shortly_after_a_dated_clause_is_that_day():
    text = ("Police in Graz are searching for the gunman.\n\n"
            "Anna Huber, 52, a judge, was shot through the kitchen window of her home in Graz shortly after she and her "
            "husband returned home from a concert on the night of Friday, Jan. 23.")
    assert when(event_at(text, "Anna Huber", "shoot"))[:2] == ("2026-01-23", "2026-01-23")


def test_after_a_dated_clause_without_closeness_is_a_bound():  # guard: plain "after" keeps the open end
    text = ("Police in Graz are searching for the gunman.\n\n"
            "Anna Huber, 52, a judge, was shot through the kitchen window of her home in Graz after she and her "
            "husband returned home from a concert on the night of Friday, Jan. 23.")
    assert when(event_at(text, "Anna Huber", "shoot"))[:2] == ("2026-01-23", PUBLISHED)
