"""``date:`` values: a day, a month or a year, or a range of them, inclusive on both ends.

``date:2026-01-15`` is that day, ``date:2026-01`` the whole month, ``date:2026`` the year;
``date:2026-01..2026-02`` runs from the first day of January to the last of February,
``date:..2026-03`` up to the end of March and ``date:2026-01..`` from January on. An event
matches when its dates overlap the range (as the timeline's time window), so a month
reported as a month matches a day inside it; undated events never match.
"""

from __future__ import annotations

import calendar
import re

_PART = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
OPEN_START = "0000-01-01"
OPEN_END = "9999-12-31"


class DateValueError(ValueError):
    """A ``date:`` value that is not a day, month, year or range of them: ``offset`` into the value, and what
    was expected there."""

    def __init__(self, offset: int, expected: str) -> None:
        super().__init__(expected)
        self.offset = offset
        self.expected = expected


def date_range(value: str) -> tuple[str, str]:
    """(first day, last day) as ISO dates for a ``date:`` value. Raises ``DateValueError``."""
    first, dots, last = value.partition("..")
    if not dots:
        return _bounds(first, 0)
    if not first and not last:
        raise DateValueError(0, "a date before or after '..' (2026-01..2026-02, ..2026-03, 2026-01..)")
    start = _bounds(first, 0)[0] if first else OPEN_START
    end = _bounds(last, len(first) + 2)[1] if last else OPEN_END
    if start > end:
        raise DateValueError(0, f"a range whose start ({first}) comes before its end ({last})")
    return start, end


def _bounds(text: str, offset: int) -> tuple[str, str]:
    """The first and last day of a year, month or day written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    found = _PART.match(text)
    if found is None:
        raise DateValueError(offset, f"a date written YYYY, YYYY-MM or YYYY-MM-DD, not '{text}'")
    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    if not 1 <= int(month) <= 12:
        raise DateValueError(offset + 5, f"a month from 01 to 12, not '{month}'")
    last_day = calendar.monthrange(year, int(month))[1]
    if day is None:
        return f"{year:04d}-{int(month):02d}-01", f"{year:04d}-{int(month):02d}-{last_day:02d}"
    if not 1 <= int(day) <= last_day:
        raise DateValueError(offset + 8, f"a day from 01 to {last_day} in {year:04d}-{int(month):02d}, not '{day}'")
    iso = f"{year:04d}-{int(month):02d}-{int(day):02d}"
    return iso, iso
