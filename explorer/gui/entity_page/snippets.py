"""The sentence around a mention, with the mention marked: what a row of the entity page's list shows.

Qt-free. The workspace keeps sentences only for events, and most mentions are in no event's sentence,
so the sentence is cut from the document's text around the mention's offsets: back to the end of the
sentence before (".", "!" or "?" and a space, or a line break) and on to the end of this one, at most
``REACH`` characters each way (an ellipsis says where it was cut). Worked out for the rows painted, never
for a whole list (the most mentioned entity of a million events has 270,000 mentions).
"""

from __future__ import annotations

import html
import re

REACH = 240  # characters looked at on each side of the mention
_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n")
_SPACES = re.compile(r"\s+")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence holding ``text[start:end]``, within ``REACH`` of it on each side."""
    left = max(0, start - REACH)
    ends = [found.end() for found in _END.finditer(text, left, start)]
    first = ends[-1] if ends else left
    after = _END.search(text, end, min(len(text), end + REACH))
    last = after.start() + 1 if after is not None else min(len(text), end + REACH)
    return first, max(last, end)


def sentence_parts(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, the mention, after) in its sentence, one line, with "…" where the sentence was cut."""
    first, last = sentence_bounds(text, start, end)
    before = _one_line(text[first:start])
    after = _one_line(text[end:last])
    if first > 0 and first == max(0, start - REACH):
        before = "…" + before.lstrip()
    if last < len(text) and last == end + REACH:
        after = after.rstrip() + "…"
    return before.lstrip(), _one_line(text[start:end]), after.rstrip()


def marked_html(parts: tuple[str, str, str]) -> str:
    """The sentence as HTML with the mention in bold."""
    before, mention, after = (html.escape(p) for p in parts)
    return f"{before}<b>{mention}</b>{after}"


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text)
