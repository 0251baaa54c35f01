"""The document as ingest hands it to extraction.

A document is the stored text of one file plus what ingest learned about it: its
title, outlet, reference (publication) date with the basis for it, and the spans of
page furniture (share buttons, comment threads, embed links) that stay in the text
but that extraction skips (``blank_spans`` turns them to spaces, keeping every offset).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field

PUBLISHED_BASES = ("metadata", "dateline", "content", "corpus", "unknown")


@dataclass(frozen=True)
class FurnitureSpan:
    """A span of the stored text that is page furniture, not reporting."""

    start: int
    end: int
    kind: str  # e.g. "share", "comments", "read-time", "embed-link", "end-marker"


@dataclass
class Document:
    """One ingested document; offsets everywhere refer to ``text``."""

    doc_id: str
    name: str
    text: str
    title: str = ""
    source: str = ""
    published: str = ""  # ISO date, "" when unknown
    published_basis: str = "unknown"
    path: str = ""
    furniture: list[FurnitureSpan] = field(default_factory=list)
    origin: str = ""  # where in its file: "page 3", "message 2", "row 14", "member a.pdf"; "" for a whole file
    pages: list[int] = field(default_factory=list)  # each page's start offset in ``text`` (paged files)
    copy_of: str = ""  # the doc_id of the document this one nearly duplicates, kept for extraction
    year_hint: int | None = None  # the corpus's likely year, for undated documents' year-less dates

    def is_furniture(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a furniture span."""
        return any(span.start < end and start < span.end for span in self.furniture)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page that holds ``offset``, for paged documents; None otherwise."""
        if not self.pages:
            return None
        return bisect.bisect_right(self.pages, offset) or 1


def make_doc_id(name: str, text: str) -> str:
    """A content-derived id, so the same file gets the same id in any process or run."""
    digest = hashlib.sha1(f"{name}\0{text}".encode("utf-8")).hexdigest()
    return f"d{digest[:12]}"


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (but not line breaks) turned to spaces."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
