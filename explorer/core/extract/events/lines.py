"""Lines that are page furniture, not reports: headlines, bullets, fragments, repeats.

News files keep their headline, standfirst, section headings, "Key points" boxes
and pull quotes among the body's paragraphs. Their verbs name the same happenings
the body reports ("India Attends US-Led Critical Minerals Ministerial Meeting"),
so as events they would only repeat the body, undated or wrongly dated. The rules
are about the shape of the line, never its words:

- a line without sentence-final punctuation is a heading when it is title-cased,
  a bullet item, short, the document's first line (its headline or standfirst),
  or repeated elsewhere in the document (a headline echoed as a caption);
- a sentence with neither a finite verb nor a final stop is a fragment;
- a sentence that appears again later in the document (a pull quote printed
  above the paragraph it comes from) is reported once, where it last appears.

Long lines that merely lack a final stop (paragraphs cut off by the page) stay.
A dateline ("New Delhi – …") names where the story was filed, so the place it
names is no participant (``in_dateline``).

The rules read the whole text for every sentence and mention; ``nlp.doc_text`` joins
it once per parsed document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from explorer.core.extract.nlp import doc_text, once_per_doc, span_text

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# a first line that introduces what follows ("The New York Times says in an editorial on Thursday, Jan. 6: &QL;", a
# wire's markup entity after it) is no headline announcing the lede's happening (BV#19, wrong: given the lede's
# Wednesday); it stays a heading line, the text's furniture, with no event
INTRODUCES = re.compile(r":[^\S\n]*(?:&\w+;[^\S\n]*)*$")
BULLET = re.compile(r"^\s*(?:[•·▪▸►‣◦●○■□◆◇➢➤✓✔*\-–—]|\d{1,2}[.)])\s+")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
SMALL_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by", "with", "from",
    "as", "vs", "via", "into", "onto", "amid", "over", "per", "up", "off", "out", "is", "are", "be",
}
TITLE_CASE_SHARE = 0.8  # of a line's words beyond SMALL_WORDS that start with a capital
SHORT_LINE_WORDS = 5  # "Why this matters", "Notably,", "New Delhi, Jan 13"
REPEAT_MIN_WORDS = 6  # shorter sentences ("He said.") repeat by chance
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
QUOTES_AND_SPACE = " \t\r\n\"'“”‘’«»"
NON_SPACE = re.compile(r"\S")
HEADLINE_MAX_WORDS = 30  # a first line longer than this is the article itself, flattened without a final stop
DATELINE_TAIL = re.compile(r"[^.!?\n]{0,60}?(?:\s[–—-]\s|:\s)")


def in_dateline(text: str, start: int, end: int) -> bool:
    """The span opens its line and a dash or colon soon follows ("New Delhi – …",
    "Washington, DC [US], February 4 (ANI): …").

    The place a story was filed from is not a participant of what it reports.
    """
    return not text[line_bounds(text, start)[0]:start].strip() and bool(DATELINE_TAIL.match(text, end))


def is_furniture(sentence: Span) -> bool:
    """True when the sentence is a heading, bullet or fragment, or repeated later on."""
    return heading_line(sentence) or fragment(sentence) or repeated_later(sentence)


def is_headline(sentence: Span) -> bool:
    """The sentence is on the document's first line, shaped like a headline (not a bullet).

    A headline reports the article's main happening, so it is an event of its own
    (dated like the lede's main event); other headings and bullets are not.
    """
    text = doc_text(sentence.doc)
    start, end = line_bounds(text, sentence.start_char)
    return _of_the_line(sentence, _HEADLINE_KEY, start, lambda: _headline(text, start, end))


def _headline(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return (bool(line) and NON_SPACE.search(text, 0, start) is None and not BULLET.match(line)
            and not SENTENCE_END.search(line) and not INTRODUCES.search(line)
            and len(WORD.findall(line)) <= HEADLINE_MAX_WORDS)


def heading_line(sentence: Span) -> bool:
    """The sentence lies on a line shaped like a heading, bullet, dateline or standfirst."""
    text = doc_text(sentence.doc)
    start, end = line_bounds(text, sentence.start_char)
    return _of_the_line(sentence, _HEADING_KEY, start, lambda: _heading(text, start, end))


_HEADLINE_KEY, _HEADING_KEY = "explorer_headline_lines", "explorer_heading_lines"


def _of_the_line(sentence: Span, key: str, start: int, read: Callable[[], bool]) -> bool:
    """What ``read`` says of the line starting at ``start``, read once per line of a Doc (``once_per_doc``): every
    sentence on a line asks, and a text written as one line (a BBC article) was read whole for each of them."""
    known: dict[int, bool] = once_per_doc(sentence.doc, key, lambda _doc: {})
    if start not in known:
        known[start] = read()
    return known[start]


def _heading(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    if not line or SENTENCE_END.search(line):
        return False
    return (
        bool(BULLET.match(line))
        or title_cased(line)
        or len(WORD.findall(line)) <= SHORT_LINE_WORDS
        or (NON_SPACE.search(text, 0, start) is None and len(WORD.findall(line)) <= HEADLINE_MAX_WORDS)
        or _occurs_elsewhere(text, line, start)
    )


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end offsets of the line holding ``offset`` (end excludes the newline)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def title_cased(line: str) -> bool:
    """Headline Style: nearly every word beyond articles and prepositions is capitalised."""
    words = [w for w in WORD.findall(BULLET.sub("", line)) if w.lower() not in SMALL_WORDS]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= TITLE_CASE_SHARE * len(words)


def fragment(sentence: Span) -> bool:
    """No tensed verb or modal, and no final stop: a label ("Key points:"), not a report.

    A sentence that ends like one stays even without a tensed verb: the tagger
    misreads some ("discussions centered on…", "participation aligns with…").
    """
    if SENTENCE_END.search(span_text(sentence).strip()):
        return False
    return not any(token.tag_ in FINITE_TAGS for token in sentence)


def repeated_later(sentence: Span) -> bool:
    """The same words appear again further on in the document."""
    core = span_text(sentence).strip(QUOTES_AND_SPACE)
    if len(WORD.findall(core)) < REPEAT_MIN_WORDS:
        return False
    return doc_text(sentence.doc).find(core, sentence.end_char) != -1


def _occurs_elsewhere(text: str, line: str, line_start: int) -> bool:
    first = text.find(line)
    return first != -1 and (first < line_start or text.find(line, first + 1) != -1)


def trimmed(sentence: Span) -> tuple[int, int]:
    """The sentence's offsets without surrounding white space: the events table's ``start`` and ``end``."""
    text = span_text(sentence)
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return start, sentence.start_char + len(text.rstrip())
