"""Session s23's dating rounds, each a construction found in the judged samples and read as a kind, not a case.

One verb written once for several of its acts, each object with its own time ("The alliance has expanded three times
before, adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982", DL#24: too precise at 1952 alone)
spans the times, as a coordinated list of them does ("in 1994, 1995 and 1997"); one time of another preposition
("in 1952 … until 1955") is no such list.

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import event_at, when


def test_a_verb_written_once_for_several_dated_acts_spans_them():
    text = ("The league welcomed two new clubs on Monday.\n\n"
            "The league has grown three times before, adding Graz and Linz in 1952, West Styria in 1955 and Tyrol in 1982.")
    assert when(event_at(text, "The league has grown", "grow"))[:2] == ("1952-01-01", "1982-12-31")  # was 1952


def test_one_time_of_another_preposition_is_no_list():  # guard
    text = ("The league welcomed two new clubs on Monday.\n\n"
            "The league grew in 1952, adding Graz to its clubs until 1955.")
    assert when(event_at(text, "The league grew", "grow"))[:2] == ("1952-01-01", "1952-12-31")
