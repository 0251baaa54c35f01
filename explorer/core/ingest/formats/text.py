"""Plain text and Markdown: one document per file (a text file that is a web page inside is read as one;
files named as web pages are ``web``'s)."""

from __future__ import annotations

from collections.abc import Iterator

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import decode_text
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import Piece, Source
from explorer.core.ingest.html import html_to_text, looks_like_html

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")


@reads(*TEXT_SUFFIXES)
def read_text_file(source: Source) -> Iterator[Piece]:
    """The file's text; one that is a web page by its content reduced to its text."""
    raw = decode_text(source.read_bytes(), source.path if source.data is None else source.name)
    if looks_like_html(raw):
        title, text = html_to_text(raw)
        if not text.strip():
            raise UnreadableDocument(source.path, "web page with no text")
        yield Piece(text=text, html_title=title)
    else:
        yield Piece(text=raw)
