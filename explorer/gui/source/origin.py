"""Where in its file the text being read sits: the line under the source pane's header.

An analyst quoting a PDF cites the page, and one reading a case archive or a mailbox
needs the member or message a text came from: "member a/report.pdf ▸ page 3 of 7". The
page is the one holding the mention shown (or the text selected), else the top of the view.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


def page_starts(pages: object) -> list[int]:
    """A document's page start offsets as stored (a list of strings, or nothing) as sorted ints."""
    if pages is None or isinstance(pages, (str, float)):
        return []
    try:
        return sorted(int(p) for p in pages if str(p).strip()) if isinstance(pages, Iterable) else []
    except ValueError:
        return []


def origin_line(origin: str, starts: list[int], offset: int | None) -> str:
    """``member a/report.pdf ▸ page 3 of 7``; just the page, or just the origin, when there is one of them."""
    parts = [origin] if origin else []
    if starts:
        page = bisect.bisect_right(starts, offset or 0) or 1
        parts.append(f"page {page} of {len(starts)}")
    return " ▸ ".join(parts)
