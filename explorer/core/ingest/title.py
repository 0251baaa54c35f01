"""Pick the title a user sees for a document in lists and on the timeline.

The analyst's sidecar knows best, then the page's own ``<title>``; a plain text
file has no title field, so its first line stands in, with a leading dateline
(``Washington, DC [US], February 4 (ANI):``) cut off because it would make every
agency story look alike in a list.
"""

from __future__ import annotations

import re

from explorer.core.ingest.published import DATELINE, first_lines

MAX_TITLE_CHARS = 200
TITLE_SOURCE_CHARS = 20 * MAX_TITLE_CHARS
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+")
WORD = re.compile(r"\S+")
WORDLIKE = re.compile(r"\w")  # a title has a letter or a digit: "--" left of a dateline is none


def shorten(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis.

    Words are taken only until the limit is passed: a first line of many megabytes
    is not split into millions of words to make a title of 200 characters.
    """
    words: list[str] = []
    length = -1
    for word in WORD.finditer(text):
        words.append(word.group(0))
        length += len(words[-1]) + 1
        if length > limit:
            break
    text = " ".join(words)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


# an agency's placeline with no date ("WASHINGTON (AP) --", "MOSCOW (AP)_", "LONDON --"): a place in capitals, an
# agency in brackets, a dash
PLACELINE = re.compile(r"^[ \t]*[A-Z][A-Z.,' -]{1,60}?[ \t]*(?:\([A-Za-z.' ]{1,30}\))?[ \t]*(?:--|—|–|_)")


def strip_dateline(line: str) -> str:
    """The line without a leading dateline or agency placeline, unless nothing would be left."""
    return _after_dateline(line) or line


def _after_dateline(line: str) -> str:
    """What follows a leading dateline or agency placeline ("" for one alone on its line); the line where none."""
    match = DATELINE.match(line) or PLACELINE.match(line)
    return line[match.end():].strip() if match else line


def first_line_title(text: str) -> str:
    """The first non-empty line, as a title; the line after it where the first is a dateline alone ("NICOSIA, August
    8 (Xinhua) --", "WASHINGTON (AP) --" above the lede, as agency wires lay it out), which would leave the title a
    dash or the place; the first line as it is where no line has words."""
    lines = [MARKDOWN_HEADING.sub("", line.strip())
             for line in first_lines(text, 2, TITLE_SOURCE_CHARS)]  # enough for any title; a huge line is not copied
    titles = (shorten(_after_dateline(line)) for line in lines)
    return next((title for title in titles if WORDLIKE.search(title)), shorten(strip_dateline(lines[-1])) if lines else "")


def choose_title(text: str, metadata_title: str = "", html_title: str = "") -> str:
    """Sidecar title, else HTML title, else the first line of the text."""
    return shorten(metadata_title or html_title) or first_line_title(text)
