"""Plain text, Markdown and saved web pages: one document per file."""

from __future__ import annotations

from collections.abc import Iterator

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import decode_text
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import Piece, Source
from explorer.core.ingest.html import html_to_text, looks_like_html

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")
HTML_SUFFIXES = (".html", ".htm")


@reads(*TEXT_SUFFIXES, *HTML_SUFFIXES)
def read_text_file(source: Source) -> Iterator[Piece]:
    """The file's text; a web page (by suffix or by content) reduced to its text."""
    raw = decode_text(source.read_bytes(), source.path if source.data is None else source.name)
    if source.suffix in HTML_SUFFIXES or looks_like_html(raw):
        title, text = html_to_text(raw)
        if not text.strip():
            raise UnreadableDocument(source.path, "web page with no text")
        yield Piece(text=text, html_title=title)
    else:
        yield Piece(text=raw)
