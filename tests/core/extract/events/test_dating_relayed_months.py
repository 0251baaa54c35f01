"""A result a dated statement relays, with its months in its own clause, is of those months (session s13d): AH#11
("the company said Friday that it had losses of $673.3 million through the first nine months" was on or before the
Friday; the judge: "the losses are those of the first nine months, Jan–Sep 1989, in the same clause"). The months
end with the last period the text told; a relayed result that names no months stays the statement's.

Made-up articles run through the real model.
"""

from __future__ import annotations

from tests.core.extract.events.conftest import when
from tests.core.extract.events.test_periods_carried import events_at

QUARTER = "Norvik said net income for the third quarter fell 6% to $20.6 million.\n\n"


def test_a_relayed_result_of_the_nine_months_is_of_those_months():
    text = QUARTER + ("But the company said Friday that it had losses of $673.3 million through the first nine "
                      "months, compared with earnings a year earlier of $382.2 million.")
    had = next(e for k, e in events_at(text).items() if k[0] == "had" and e["sentence"].startswith("But"))
    assert when(had) == ("2026-01-01", "2026-09-30", "narrative")


def test_a_relayed_result_naming_no_months_stays_the_statements():  # guard
    text = QUARTER + "But the company said Friday that it had losses of $673.3 million."
    had = next(e for k, e in events_at(text).items() if k[0] == "had" and e["sentence"].startswith("But"))
    assert when(had) == ("", "2026-10-23", "bounded")
