"""Reduce a saved web page to the article's plain text and title.

Extraction wants prose, one paragraph per line, without the menus, scripts,
cookie banners and comment forms a saved page carries. A real parser (lxml, the
one BeautifulSoup uses) copes with the broken markup that saved pages often have;
its events are read as they come, without building a tree.
"""

from __future__ import annotations

import re

from lxml import etree

DROPPED_TAGS = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
    "template", "iframe", "svg", "button", "select", "head",
})
NOT_TEXT_TAGS = frozenset({"script", "style", "template", "rt", "rp"})  # code and ruby glosses, not prose
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "pre", "figure", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "address", "details", "summary",
})
SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
ANY_WHITESPACE = re.compile(r"\s+")
HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether text saved without an .html suffix is in fact a web page."""
    return bool(HTML_SNIFF.match(text[:2048]))


class Pieces:
    """Text gathered in many small pieces, joined a few thousand at a time: a page of a
    million tags keeps one string per few thousand pieces, not a million small objects."""

    BATCH = 4096

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.pending: list[str] = []

    def add(self, text: str) -> None:
        """One more piece."""
        self.pending.append(text)
        if len(self.pending) >= self.BATCH:
            self.blocks.append("".join(self.pending))
            self.pending = []

    def joined(self) -> str:
        """All the pieces, in order, as one string."""
        return "".join(self.blocks) + "".join(self.pending)


class PageText:
    """An lxml parser target that keeps only what extraction needs, as the parser reads.

    No tree is built: a page of a million tags costs its text, not a gigabyte of
    elements, and 50,000 nested ``<div>``s cost 50,000 steps (no walk up or down a deep
    tree, no recursion). What it keeps is what the page shows: strings (split where
    tags and comments split them), with a newline around each block element and at
    each ``<br>``, source line breaks flattened outside ``<pre>``, clutter left out;
    the text inside ``<body>`` when there is one; and the first ``<title>`` and ``<h1>``.
    """

    def __init__(self) -> None:
        self.open: list[str] = []  # names of the elements the parser is inside
        self.chunks: list[str] = []  # the string being read, in the pieces the parser gives
        self.dropped = self.hidden = self.in_pre = 0
        self.in_body = 0  # depth of the open <body>, 0 outside it
        self.saw_body = False
        self.body = Pieces()
        self.page = Pieces()  # only until a <body> starts: after that the body is what counts
        self.heads: dict[str, list[str] | None] = {"title": None, "h1": None}  # None: not met yet
        self.reading: dict[str, int] = {}  # first title / h1 being read -> its depth

    def emit(self, text: str) -> None:
        """Text of the page (and of its body, inside ``<body>``)."""
        if self.in_body:
            self.body.add(text)
        elif not self.saw_body:
            self.page.add(text)

    def flush(self) -> None:
        """End the current string, as a tag or comment does, and hand it where it belongs."""
        if not self.chunks:
            return
        string = "".join(self.chunks)
        self.chunks = []
        if self.hidden:
            return
        for name in self.reading:
            self.heads[name].append(string)  # type: ignore[union-attr]
        if not self.dropped:
            self.emit(string if self.in_pre else ANY_WHITESPACE.sub(" ", string))

    def start(self, tag: str, attrib: object = None, nsmap: object = None) -> None:
        """An element opens: it may start clutter, a heading to keep, the body, a block or a break."""
        self.flush()
        self.open.append(tag)
        if tag in self.heads and self.heads[tag] is None:
            self.heads[tag], self.reading[tag] = [], len(self.open)
        self.hidden += tag in NOT_TEXT_TAGS
        self.in_pre += tag == "pre"
        if tag == "body" and not self.dropped and not self.saw_body:  # the first one outside clutter
            self.in_body = len(self.open)
            self.saw_body = True
        if self.dropped or tag in DROPPED_TAGS:
            self.dropped += 1
        elif tag == "br" or tag in BLOCK_TAGS:
            self.emit("\n")

    def end(self, tag: str) -> None:
        """An element closes (the parser closes every one it opened, even where the page did not)."""
        self.flush()
        if not self.open:
            return
        if self.in_body == len(self.open):
            self.in_body = 0
        tag = self.open.pop()
        self.reading = {name: depth for name, depth in self.reading.items() if depth <= len(self.open)}
        self.hidden -= tag in NOT_TEXT_TAGS
        self.in_pre -= tag == "pre"
        if self.dropped:
            self.dropped -= 1
        elif tag in BLOCK_TAGS:
            self.emit("\n")

    def data(self, text: str) -> None:
        """Part of a string: the parser may give one string in several parts."""
        self.chunks.append(text)

    def comment(self, text: str) -> None:
        """A comment is never text, but it ends the string before it."""
        self.flush()

    def pi(self, target: str, data: str | None = None) -> None:
        """A processing instruction (``<?php ?>``): not text, ends the string before it."""
        self.flush()

    def doctype(self, *args: object) -> None:
        """The doctype: not text, ends the string before it."""
        self.flush()

    def close(self) -> PageText:
        """The end of the page: what ``parser.close()`` returns."""
        self.flush()
        return self

    def title(self) -> str:
        """The first ``<title>``'s text, or the first ``<h1>``'s when the title is missing or empty."""
        for name in ("title", "h1"):
            strings = self.heads[name]
            if strings is not None:
                title = squash(" ".join(strings))
                if title:
                    return title
        return ""

    def text(self) -> str:
        """The body's text (the page's, when it has no body), one block per line."""
        return tidy_lines((self.body if self.saw_body else self.page).joined())


def read_page(markup: str) -> PageText:
    """Parse with lxml, the fast and forgiving parser the project depends on, into a PageText."""
    target = PageText()
    parser = etree.HTMLParser(target=target, recover=True)
    parser.feed(markup)
    return parser.close()


def squash(text: str) -> str:
    """One line of text with runs of whitespace made single spaces."""
    return ANY_WHITESPACE.sub(" ", text).strip()


def tidy_lines(text: str) -> str:
    """Trim each line, collapse spaces, drop empty lines."""
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(markup: str) -> tuple[str, str]:
    """``(title, text)`` of a web page: the body's text, one block per line."""
    page = read_page(markup)
    return page.title(), page.text()
