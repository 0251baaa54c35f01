"""Clean-up of spaCy's entity spans before they become mentions.

The small model swallows neighbouring words into names and labels headline words
as people. Each rule below is general (word lists and titles are data under
``resources/``) and is one small step of ``CLEAN_STEPS``, in that order;
``clean_span`` runs them on one entity and returns the token range to keep, or
None to drop it:

- a span with a line break or a bullet inside is a run-on of two lines: dropped;
- a span inside an office title ("State" in "Secretary of State", "Union" in
  "Union Minister") is part of the title: dropped; a title that starts inside a
  span ends it ("JP Morgan Managing" + "Director" → "JP Morgan");
- capitalised proper nouns just before a name (not titles) that spaCy left
  out are taken in ("join Pax Silica" gave "Silica");
- a leading participle ("Addressing the …", "Participated in the …") is cut;
- an organisation, work or event name ends at its first comma (lists of names);
- in a heading or bullet line (short, no final punctuation, mostly title case),
  trailing ordinary English words are cut from a person ("Jaishankar Heads" →
  "Jaishankar", the headline's verb), and
  a span of ordinary words only ("Invitation Details") is dropped;
- a one-word PERSON or ORG that is an ordinary word is dropped where capitals do
  not show a name: at a sentence start ("Challenges persist"), or a PERSON after an
  article ("The Ministerial will …");
- but an ordinary word that the same document also writes with a capital inside a
  sentence ("… said Collins", "… the Labour party") is taken as a name there too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from explorer.core.extract.entities.lexicon import is_common_word, person_titles
from explorer.core.extract.nlp import doc_text
from explorer.paths import resource_path

FRAGMENT_TYPES = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT"}
EXTEND_TYPES = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
COMMA_CUT_TYPES = {"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
LEADING_VERB_TAGS = {"VBG", "VBD", "VBN"}
FINAL_PUNCTUATION = tuple(".?!:;,\"”’)")
FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "with", "by", "from", "&", "amid", "as"}
TITLE_WORD = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=1)
def entity_words() -> dict:
    return json.loads(resource_path("entity_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def title_phrases() -> dict[str, list[tuple[str, ...]]]:
    """Titles from ``person_titles.txt`` as word tuples, indexed by first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in person_titles():
        words = tuple(TITLE_WORD.findall(title))
        if words:
            by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)
    return by_first


@dataclass
class DocContext:
    """What the rules need to know about a document, computed once."""

    titles: list[tuple[int, int]] = field(default_factory=list)  # token ranges of office titles
    heading_lines: set[int] = field(default_factory=set)  # start offsets of heading lines
    capitalised: set[str] = field(default_factory=set)  # words written with a capital inside a sentence
    text: str = ""  # the document's text (Doc.text rebuilds it from every token on each access)


def doc_context(doc: Doc) -> DocContext:
    text = doc_text(doc)
    headings = _heading_lines(text)
    capitalised = {
        t.text for t in doc
        if t.is_alpha and t.text[0].isupper() and not t.is_sent_start and t.i > 0
        and "\n" not in doc[t.i - 1].text_with_ws and _line_start(text, t.idx) not in headings
    }
    return DocContext(titles=_title_ranges(doc), heading_lines=headings, capitalised=capitalised, text=text)


def _title_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [i, j) of multi-word office titles (one-word ones are too often names)."""
    phrases = title_phrases()
    words = [t.lower_ for t in doc]
    found = []
    i = 0
    while i < len(words):
        match = next((p for p in phrases.get(words[i], ()) if len(p) > 1 and tuple(words[i:i + len(p)]) == p), None)
        if match:
            found.append((i, i + len(match)))
            i += len(match)
        else:
            i += 1
    return found


def is_heading(line: str) -> bool:
    """A headline, section heading or bullet: short, no final punctuation, mostly title case."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[0] in entity_words()["bullets"]:
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", stripped)]
    if not words or len(words) > 16 or stripped.endswith(FINAL_PUNCTUATION):
        return False
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    return len(content) >= 2 and capitalised / len(content) >= 0.75


def _heading_lines(text: str) -> set[int]:
    starts, offset = set(), 0
    for line in text.split("\n"):
        if is_heading(line):
            starts.add(offset)
        offset += len(line) + 1
    return starts


def _line_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


@dataclass
class SpanCut:
    """One entity span as the clean-up steps narrow it: the token range [start, end) still kept."""

    doc: Doc
    label: str
    start: int
    end: int
    context: DocContext

    def on_heading_line(self) -> bool:
        """Whether the span's first token is on a heading or bullet line."""
        return _line_start(self.context.text or self.doc.text, self.doc[self.start].idx) in self.context.heading_lines

    def ordinary(self, token: Token) -> bool:
        """An ordinary word that the document never writes as a name mid-sentence."""
        return _ordinary(token) and token.text not in self.context.capitalised

    def one_ordinary_word(self, labels: tuple[str, ...]) -> bool:
        """A one-word span with one of ``labels`` that is an ordinary English word."""
        return self.end - self.start == 1 and self.label in labels and _ordinary(self.doc[self.start])


Step = Callable[[SpanCut], bool]  # narrows the cut in place; False drops the span


def _trim_punctuation(cut: SpanCut) -> bool:
    """Punctuation and spaces at either edge, and a final possessive, are not part of a name."""
    doc = cut.doc
    while cut.start < cut.end and (doc[cut.start].is_punct or doc[cut.start].is_space):
        cut.start += 1
    while cut.end > cut.start and (doc[cut.end - 1].is_punct or doc[cut.end - 1].is_space
                                   or doc[cut.end - 1].lower_ in ("'s", "’s")):
        cut.end -= 1
    return cut.end > cut.start


def _drop_run_on(cut: SpanCut) -> bool:
    """A line break or a bullet inside the span means the model ran two lines together."""
    bullets = entity_words()["bullets"]
    span = cut.doc[cut.start:cut.end]
    return "\n" not in span.text and not any(t.text in bullets for t in span)


def _cut_at_titles(cut: SpanCut) -> bool:
    """A span inside an office title is part of the title ("State" in "Secretary of State"): dropped;
    a title that starts inside the span ends the name ("JP Morgan Managing" + "Director")."""
    for i, j in cut.context.titles:
        if i <= cut.start and cut.end <= j:
            return False
        if cut.start < i < cut.end:
            cut.end = i
    return True


def _cut_at_comma(cut: SpanCut) -> bool:
    """An organisation, work or event name ends at its first comma: the model joins lists of names."""
    if cut.label in COMMA_CUT_TYPES:
        comma = next((t.i for t in cut.doc[cut.start:cut.end] if t.text == ","), None)
        if comma is not None and comma > cut.start:
            cut.end = comma
    return True


def _take_in_left_names(cut: SpanCut) -> bool:
    """Capitalised proper nouns compounded with the name that the model left out are taken in ("Pax Silica")."""
    if cut.label in EXTEND_TYPES:
        cut.start = _extend_left(cut.doc, cut.start, cut.context)
    return True


def _cut_leading_participle(cut: SpanCut) -> bool:
    """A leading participle ("Addressing the …", "Participated in the …") is the sentence's verb, not the name."""
    doc = cut.doc
    if cut.label in FRAGMENT_TYPES and cut.end - cut.start > 1 and doc[cut.start].tag_ in LEADING_VERB_TAGS:
        cut.start += 1
        while cut.start < cut.end - 1 and doc[cut.start].pos_ == "ADP":
            cut.start += 1
    return True


def _cut_headline_verb(cut: SpanCut) -> bool:
    """In a heading, ordinary words after a person's name are the headline's verb ("Okonkwo Heads To …")."""
    if cut.label == "PERSON" and cut.on_heading_line():
        while cut.end - cut.start > 1 and cut.ordinary(cut.doc[cut.end - 1]):
            cut.end -= 1
    return True


def _drop_heading_words(cut: SpanCut) -> bool:
    """In a heading, a span of ordinary words only ("Invitation Details") is title case, not a name."""
    if cut.label not in FRAGMENT_TYPES or not cut.on_heading_line():
        return True
    return not all(cut.ordinary(t) or t.lower_ in FUNCTION_WORDS or not t.is_alpha
                   for t in cut.doc[cut.start:cut.end])


def _drop_capitalised_by_position(cut: SpanCut) -> bool:
    """A one-word PERSON or ORG that is an ordinary word is no name where only its position capitalises it
    (a heading, a sentence or line start: "Challenges persist"), unless the document also capitalises it
    inside a sentence ("… said Collins")."""
    if not cut.one_ordinary_word(("PERSON", "ORG")):
        return True
    token = cut.doc[cut.start]
    previous = cut.doc[cut.start - 1] if cut.start > 0 else None
    at_start = cut.on_heading_line() or token.is_sent_start or previous is None or "\n" in previous.text_with_ws
    return not at_start or token.text in cut.context.capitalised


def _drop_person_after_article(cut: SpanCut) -> bool:
    """An ordinary word after an article is no person ("The Ministerial will …"),
    unless it qualifies a noun ("the Trump administration")."""
    if not cut.one_ordinary_word(("PERSON",)) or cut.start == 0:
        return True
    token, previous = cut.doc[cut.start], cut.doc[cut.start - 1]
    return previous.lower_ not in entity_words()["determiners"] or token.dep_ == "compound"


# The clean-up, in order: each step sees the span as the steps before it left it.
CLEAN_STEPS: tuple[Step, ...] = (
    _trim_punctuation,
    _drop_run_on,
    _cut_at_titles,
    _cut_at_comma,
    _take_in_left_names,
    _cut_leading_participle,
    _cut_headline_verb,
    _drop_heading_words,
    _drop_capitalised_by_position,
    _drop_person_after_article,
)


def clean_span(ent: Span, context: DocContext) -> tuple[int, int] | None:
    """The token range [start, end) of ``ent`` worth keeping, or None: ``CLEAN_STEPS`` in turn."""
    cut = SpanCut(ent.doc, ent.label_, ent.start, ent.end, context)
    for step in CLEAN_STEPS:
        if not step(cut):
            return None
    return (cut.start, cut.end) if cut.end > cut.start else None


def _extend_left(doc: Doc, start: int, context: DocContext) -> int:
    """Take in capitalised proper nouns compounded with a name that spaCy left out ("Pax Silica")."""
    while start > 0:
        before = doc[start - 1]
        if not (before.pos_ == "PROPN" and before.is_title and before.is_alpha and not before.is_sent_start
                and before.ent_type_ == "" and "\n" not in before.text_with_ws and before.dep_ == "compound"
                and before.head.i >= start and before.lower_ not in title_phrases()
                and not any(i <= before.i < j for i, j in context.titles)):
            break
        start -= 1
    return start


def _ordinary(token) -> bool:
    """An ordinary English word written as in a title (not an acronym, not a name)."""
    return token.is_alpha and not token.is_upper and is_common_word(token.text)
