"""RSS and Atom feeds (feedparser): each item a document.

An item's title, date (published, else updated) and text (its content, else its
summary; HTML through the HTML path) come from the feed; the channel's title is the
outlet. The item's link is kept in its origin ("item 3 · https://…"), which the
document's name, the source pane's header and every export carry, so each document
traces to the page it summarises. ``.xml`` is read only when its root element is a
feed's (``rss``, ``feed``, RDF): any other XML file is named and left out, never
turned into a document of tags.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source
from explorer.core.ingest.html import html_to_text
from explorer.core.ingest.published import plausible

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@reads(".rss", ".atom", ".xml")
def read_feed(source: Source) -> Iterator[Piece | PartSkipped]:
    """Every item of the feed, in the feed's order, as "item N · link"."""
    import feedparser  # imported here: only feeds need it

    data = source.read_bytes()
    check_feed_root(source, data)
    parsed = feedparser.parse(data)  # bytes, never a string: a string may be taken for a URL to fetch
    outlet = plain(parsed.feed.get("title_detail") or parsed.feed.get("title", ""))
    if not parsed.entries:
        raise UnreadableDocument(source.path, "a feed with no items")
    for number, entry in enumerate(parsed.entries, start=1):
        part = item_part(number, entry.get("link", ""))
        text = item_text(entry)
        if not text.strip():
            yield PartSkipped(part, "an item with no text (no content or summary)")
            continue
        yield Piece(text=text, part=part, title=plain(entry.get("title_detail") or entry.get("title", "")),
                    published=item_date(entry), source=outlet)


def check_feed_root(source: Source, data: bytes) -> None:
    """Raise ``UnreadableDocument`` unless ``data`` is XML whose root element is a feed's."""
    from lxml import etree

    events = etree.iterparse(io.BytesIO(data), events=("start",), resolve_entities=False, no_network=True)
    try:
        _event, root = next(events)
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(source.path, f"not an RSS or Atom feed: not XML ({exc.msg})") from exc
    except StopIteration:
        raise UnreadableDocument(source.path, "not an RSS or Atom feed: no XML element") from None
    name = etree.QName(root).localname
    if name.lower() not in FEED_ROOTS:
        raise UnreadableDocument(source.path, f"XML, but not an RSS or Atom feed (its root element is <{name}>)")


def item_part(number: int, link: str) -> str:
    return f"item {number} · {link}" if link else f"item {number}"


def item_text(entry) -> str:
    """The fullest text the item carries: its longest content, else its summary."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    if contents:
        return plain(max(contents, key=lambda c: len(c["value"])))
    return plain(entry.get("summary_detail") or entry.get("summary", ""))


def plain(detail) -> str:
    """A feed text as plain text: HTML (by its declared type, or by its tags) reduced to its text."""
    if isinstance(detail, str):
        value, kind = detail, ""
    else:
        value, kind = detail.get("value", ""), detail.get("type", "")
    if kind in HTML_TYPES or ("<" in value and ">" in value):
        value = html_to_text(value)[1]
    return value.strip()


def item_date(entry) -> str:
    """The item's day as the feed wrote it (its own time zone; feedparser's parsed form is UTC)."""
    for field in ("published", "updated", "created"):
        raw = entry.get(field, "")
        day = written_day(raw) if raw else None
        if day is None and entry.get(f"{field}_parsed"):
            day = date(*entry[f"{field}_parsed"][:3])
        day = plausible(day)
        if day is not None:
            return day.isoformat()
    return ""


def written_day(raw: str) -> date | None:
    """The calendar day of an RFC 822 (RSS) or ISO 8601 (Atom) date string, else None."""
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip()).date()
    except ValueError:
        return None
