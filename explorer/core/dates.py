"""How an event's date reads to an analyst, and how sure it is (DESIGN.md, Dates).

Extraction writes what the text supports: a day, a span, or a bound open on one
side (``bounded``: a past event "on or before" its report, a future one "on or
after"), and says where the date came from (``date_basis``). Every view words and
draws it the same way from here, so an uncertain date never reads as a certain one.
"""

from __future__ import annotations

import calendar
import datetime as dt

# How sure a date is, as the timeline draws it: a stated date, one inferred from the
# discourse, or a bound with the event before or after it.
CERTAIN, INFERRED, BEFORE, AFTER = 0, 1, 2, 3

# how an event's date was found, in an analyst's words (``date_basis``; the brief's column, the facets' values)
HOW_FOUND = {
    "timex": "stated",
    "narrative": "carried from the narrative",
    "dct": "publication day",
    "bounded": "bounded",
    "none": "undated",
}

BASIS_NOTES = {
    "dct": "the report's date",
    "narrative": "the date the passage is telling",
    "bounded": "no date in the text: bounded by the report's date",
}


def certainty(start: str, end: str, basis: str) -> int:
    """CERTAIN, INFERRED, BEFORE or AFTER for one event's date."""
    if basis == "bounded" or (bool(start) != bool(end)):
        if not start and end:
            return BEFORE
        if start and not end:
            return AFTER
        return INFERRED
    return INFERRED if basis == "narrative" else CERTAIN


def date_words(start: str, end: str) -> str:
    """``2026-02-04`` → ``4 February 2026``; whole months and years named as such; open ends as bounds."""
    if not start and not end:
        return "undated"
    if not start:
        return f"on or before {date_words(end, end)}"
    if not end:
        return f"on or after {date_words(start, start)}"
    try:
        a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return f"{start} – {end}" if end != start else start
    if a == b:
        return f"{a.day} {calendar.month_name[a.month]} {a.year}"
    last_day = calendar.monthrange(b.year, b.month)[1]
    if a.day == 1 and b.day == last_day and (a.year, a.month) == (b.year, b.month):
        return f"{calendar.month_name[a.month]} {a.year}"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day} to {b.day} {calendar.month_name[a.month]} {a.year}"
    return f"{date_words(start, start)} to {date_words(end, end)}"


def event_date_words(start: str, end: str, basis: str) -> str:
    """The date with where it came from when the text does not state it: ``on or before 8 September 2010
    (no date in the text: bounded by the report's date)``."""
    words = date_words(start, end)
    note = BASIS_NOTES.get(basis, "")
    return f"{words} ({note})" if note and words != "undated" else words


def iso_span(start: str, end: str) -> str:
    """The ISO form sentences use: ``2026-02-04``, ``2026-02-04 to 2026-02-05``, ``on or before 2010-09-08``
    (a bound), "" for no date (cluster labels and date notes, the review's marks and exports)."""
    if not start:
        return f"on or before {end}" if end else ""
    if not end:
        return f"on or after {start}"
    return start if end == start else f"{start} to {end}"


def date_label(start: str, end: str, undated: str = "undated", dash: str = " – ") -> str:
    """The short ISO form a table shows: ``2026-02-04``, ``2026-02-02 – 2026-02-04``, ``≤ 2010-09-08``."""
    if not start and not end:
        return undated
    if not start:
        return f"≤ {end}"
    if not end:
        return f"≥ {start}"
    return start if end == start else f"{start}{dash}{end}"
