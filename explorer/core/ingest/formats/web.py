"""Saved web pages (``.html``, ``.htm``, single-file ``.mhtml``/``.mht``): the article, its date.

trafilatura finds the main text of a page (the article without menus, share lines, related
links, comments and footer) and htmldate its publication date in the page's metadata and
markup (``article:published_time``, JSON-LD, ``<time>``, the permalink). Measured against
Explorer's own HTML path (``explorer.core.ingest.html``, which drops only what semantic
tags mark as clutter) on 18 pages it kept every article paragraph and none of 162
boilerplate strings (the HTML path kept 120) and dated 18 of 18 (the text path 7); figures
and the real pages it was also run on in docs/ingest_formats.md. The HTML path stays where
it does better: a page trafilatura finds no main text in (markup lxml will not build a tree
of, such as 5,000 nested ``<div>``s), and a page of more tags than trafilatura reads in a second or two.
The stored text is what trafilatura returns, the headline first, so offsets mean that text.
"""

from __future__ import annotations

import email
import functools
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import decode_text
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import Piece, Source
from explorer.core.ingest.html import html_to_text, squash, tidy_lines

WEB_SUFFIXES = (".html", ".htm", ".xhtml")
MHTML_SUFFIXES = (".mhtml", ".mht")
# trafilatura took 0.5 s for a page of 22,000 tags, 14.8 s for one of 364,000 and 32 s for 200,000 inline
# tags (the HTML path: 2.9 s); past this many a page is read by the HTML path, in seconds, not minutes.
MAX_TRAFILATURA_TAGS = 50_000
# A standfirst (lead paragraph) is prose: long, and ending a sentence; a line of trafilatura's text
# is found in the HTML path's by its first characters.
STANDFIRST_MIN = 80
STANDFIRST_PROBE = 60
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u00bb", "'")
# "Save as" in Chrome and Edge writes where the page came from at its top; the URL's date helps htmldate.
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
# The folder a browser saves a page's pictures, styles and frames in, by the browser's language.
SAVED_FOLDER_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos")


@reads(*WEB_SUFFIXES)
def read_web_page(source: Source) -> Iterator[Piece]:
    """A saved page's article text, headline, publication date and site name."""
    markup = decode_text(source.read_bytes(), source.path if source.data is None else source.name)
    yield page_piece(source, markup, saved_from(markup))


@reads(*MHTML_SUFFIXES)
def read_mhtml(source: Source) -> Iterator[Piece]:
    """A single-file page (MIME, as browsers save it): its HTML part read as a saved page."""
    message = email.message_from_bytes(source.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("html",))
    if part is None:
        raise UnreadableDocument(source.name, "web archive with no HTML page in it")
    try:
        # a page part that names no charset is decoded as a saved page is, by detection (not as ASCII, which
        # turned "£" into replacement characters)
        markup = part.get_content() if part.get_content_charset() else decode_text(_payload(part), source.name)
    except (LookupError, ValueError) as exc:
        raise UnreadableDocument(source.name, f"web archive whose page cannot be decoded ({exc})") from None
    url = str(part.get("Content-Location") or message.get("Snapshot-Content-Location") or "")
    piece = page_piece(source, markup, url)
    piece.html_title = piece.html_title or " ".join(str(message.get("Subject") or "").split())
    yield piece


def _payload(part) -> bytes:
    """A MIME part's bytes, its transfer encoding undone."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def page_piece(source: Source, markup: str, url: str) -> Piece:
    """The piece a page gives: main text (headline first), title, date, site name."""
    title, text, site = page_text(markup)
    if not text.strip():
        raise UnreadableDocument(source.name, "web page with no text")
    return Piece(text=text, html_title=title, published=page_date(markup, url), source=site)


def page_text(markup: str) -> tuple[str, str, str]:
    """``(title, text, site name)``: trafilatura's main text, or the HTML path's where it finds none."""
    found = main_text(markup) if markup.count("<") <= MAX_TRAFILATURA_TAGS else None
    if found is None:
        title, text = html_to_text(markup)
        return title, text, ""
    title, text, site = found
    return title, with_standfirst(text, html_to_text(markup)[1]), site


def with_standfirst(text: str, page: str) -> str:
    """trafilatura's text with the standfirst it left out put back after the headline.

    trafilatura keeps the article's body and can drop the lead paragraph a news site sets
    apart between the headline and the body (SVT's ``Lead``, marked as the description). The
    HTML path keeps it: its lines between the headline and trafilatura's first paragraph that
    read as prose (``STANDFIRST_MIN`` characters or more, ending a sentence) are put back;
    datelines, bylines and share lines there are short or end no sentence, and stay out.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    page_lines = page.split("\n")
    keys = [squash(line) for line in page_lines]
    headline, first = squash(lines[0]), squash(lines[1])[:STANDFIRST_PROBE]
    start = next((i for i, key in enumerate(keys) if key == headline), None)
    end = next((i for i, key in enumerate(keys) if start is not None and i > start and key.startswith(first)), None)
    if start is None or end is None:
        return text
    held = set(keys) & {squash(line) for line in lines}
    lead = [line for line, key in zip(page_lines[start + 1:end], keys[start + 1:end])
            if len(line) >= STANDFIRST_MIN and line.rstrip().endswith(SENTENCE_ENDS) and key not in held]
    return "\n".join([lines[0], *lead, *lines[1:]]) if lead else text


def main_text(markup: str) -> tuple[str, str, str] | None:
    """trafilatura's article text with the headline as its first line; None when it finds no article."""
    import trafilatura  # imported when a page is read (0.15 s), not when the window starts

    try:
        found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                            include_tables=True, config=trafilatura_config())
    except (ValueError, TypeError, RecursionError):  # markup lxml or trafilatura cannot take
        return None
    fields = (found if isinstance(found, dict) else found.as_dict()) if found is not None else {}
    text = tidy_lines(str(fields.get("text") or ""))
    if not text:
        return None
    title = squash(str(fields.get("title") or ""))
    if title and not squash(text.split("\n", 1)[0]).startswith(title):
        text = f"{title}\n{text}"
    return title, text, squash(str(fields.get("sitename") or ""))


@functools.cache
def trafilatura_config():
    """trafilatura's settings, dates taken only from the markup: Explorer reads the text's own dateline."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")  # a short article is an article: no fallback to the whole body
    return config


def page_date(markup: str, url: str = "") -> str:
    """The publication date htmldate finds in the page's metadata and markup (not its free text), or ""."""
    import htmldate

    try:
        day = htmldate.find_date(markup, url=url or None, original_date=True, extensive_search=False,
                                 outputformat="%Y-%m-%d")
    except (ValueError, TypeError, RecursionError):
        return ""
    return day or ""


def saved_from(markup: str) -> str:
    """The URL a browser noted at the top of a page it saved, or ""."""
    found = SAVED_FROM.search(markup[:4096])
    return found.group(1) if found else ""


def is_saved_page_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a saved page's images, styles and frames (``page_files`` beside
    ``page.html``): its files are parts of that page, never documents of their own."""
    for suffix in SAVED_FOLDER_SUFFIXES:
        if folder.name.endswith(suffix) and len(folder.name) > len(suffix):
            stem = folder.name[: -len(suffix)]
            return any((folder.parent / f"{stem}{ext}").is_file() for ext in WEB_SUFFIXES)
    return False
