"""A year for the year-less dates of a document whose publication date is unknown.

"January 13" in an undated article cannot be resolved against a reference date,
but in a corpus whose dated articles are all from 2026 it is far likelier to be
2026-01-13 than nothing. Only day-level dates written without a year (and ranges
of them) take the corpus year, with basis ``corpus``; months without a year and
deictic expressions ("today", "on Wednesday", "earlier this month") need a real
reference date, or a window pinned by the document's own dates (``window``);
days are never invented.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from explorer.core.document import Document
from explorer.core.extract.timex.find import Timex

YEARLESS_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
YEARLESS_RANGE = re.compile(r"^XXXX-(\d\d)-(\d\d)/XXXX-(\d\d)-(\d\d)$")
EARLIEST_YEAR = 1800  # ingest's bounds on a publication date (ingest.published.implausible)


def corpus_year(documents: list[Document]) -> int | None:
    """The most common publication year among the corpus's dated documents.

    Years no publication can have are left out: one document dated 9999 (an old workspace,
    a hand-made table) must not become every undated document's year and overflow its dates.
    """
    latest = date.today().year + 1
    years = Counter(int(d.published[:4]) for d in documents
                    if (d.published or "")[:4].isdigit())
    years = Counter({year: n for year, n in years.items() if EARLIEST_YEAR <= year <= latest})
    return years.most_common(1)[0][0] if years else None


def give_corpus_year(documents: list[Document]) -> None:
    """Set every undated document's ``year_hint`` to the corpus year (in place)."""
    hint = corpus_year(documents)
    for document in documents:
        if not document.published:
            document.year_hint = hint


def with_year(timex: Timex, year: int) -> Timex:
    """The time expression with the year filled in, when it is a year-less day or range of days."""
    day = YEARLESS_DAY.match(timex.value)
    if day:
        iso = _iso(year, day.group(1), day.group(2))
        return replace(timex, value=iso, date_start=iso, date_end=iso, basis="corpus") if iso else timex
    days = YEARLESS_RANGE.match(timex.value)
    if days:
        start, end = _iso(year, days.group(1), days.group(2)), _iso(year, days.group(3), days.group(4))
        if start and end and start <= end:
            return replace(timex, value=f"{start}/{end}", date_start=start, date_end=end, basis="corpus")
    return timex


def _iso(year: int, month: str, day: str) -> str:
    try:
        return date(year, int(month), int(day)).isoformat()
    except ValueError:
        return ""
