"""Reduce a saved web page to the article's plain text and title.

Extraction wants prose, one paragraph per line, without the menus, scripts,
cookie banners and comment forms a saved page carries. A real parser (lxml via
BeautifulSoup) copes with the broken markup that saved pages often have.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

DROPPED_TAGS = (
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
    "template", "iframe", "svg", "button", "select", "head",
)
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


def parse(markup: str) -> BeautifulSoup:
    """Parse with lxml, the fast and forgiving parser the project depends on."""
    return BeautifulSoup(markup, "lxml")


def squash(text: str) -> str:
    """One line of text with runs of whitespace made single spaces."""
    return ANY_WHITESPACE.sub(" ", text).strip()


def find_title(soup: BeautifulSoup) -> str:
    """The page's ``<title>``, or its first ``<h1>`` when the title is missing or empty."""
    for tag in (soup.find("title"), soup.find("h1")):
        if tag is not None:
            title = squash(tag.get_text(" "))
            if title:
                return title
    return ""


def drop_clutter(soup: BeautifulSoup) -> None:
    """Remove elements that never hold the article's text, and HTML comments."""
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype))):
        node.extract()


def flatten_source_whitespace(soup: BeautifulSoup) -> None:
    """Line breaks in the HTML source are not line breaks on the page (except in <pre>)."""
    for node in soup.find_all(string=True):
        if isinstance(node, NavigableString) and node.find_parent("pre") is None:
            flat = ANY_WHITESPACE.sub(" ", str(node))
            if flat != node:
                node.replace_with(flat)


def mark_blocks(soup: BeautifulSoup) -> None:
    """Put a newline around each block element and at each <br>, so paragraphs,
    headings and list items each end up on their own line."""
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(BLOCK_TAGS):
        if isinstance(tag, Tag):
            tag.insert_before("\n")
            tag.insert_after("\n")


def tidy_lines(text: str) -> str:
    """Trim each line, collapse spaces, drop empty lines."""
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(markup: str) -> tuple[str, str]:
    """``(title, text)`` of a web page: the body's text, one block per line."""
    soup = parse(markup)
    title = find_title(soup)
    drop_clutter(soup)
    flatten_source_whitespace(soup)
    mark_blocks(soup)
    root = soup.body or soup
    return title, tidy_lines(root.get_text())
