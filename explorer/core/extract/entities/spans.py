"""Clean-up of spaCy's entity spans before they become mentions.

The small model swallows neighbouring words into names and labels headline words
as people. Each rule below is general (word lists and titles are data under
``resources/``); ``clean_span`` applies them to one entity and returns the token
range to keep, or None to drop it:

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

from spacy.tokens import Doc, Span

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


def clean_span(ent: Span, context: DocContext) -> tuple[int, int] | None:
    """The token range [start, end) of ``ent`` worth keeping, or None."""
    doc, label = ent.doc, ent.label_
    start, end = ent.start, ent.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    if end <= start:
        return None
    span = doc[start:end]
    bullets = entity_words()["bullets"]
    if "\n" in span.text or any(t.text in bullets for t in span):
        return None
    for i, j in context.titles:
        if i <= start and end <= j:
            return None  # the span is (part of) an office title
        if start < i < end:
            end = i  # a title starts inside the span: the name ends before it
    if label in COMMA_CUT_TYPES:
        comma = next((t.i for t in doc[start:end] if t.text == ","), None)
        if comma is not None and comma > start:
            end = comma
    if label in EXTEND_TYPES:
        start = _extend_left(doc, start, context)
    if label in FRAGMENT_TYPES and end - start > 1 and doc[start].tag_ in LEADING_VERB_TAGS:
        start += 1
        while start < end - 1 and doc[start].pos_ == "ADP":
            start += 1
    if label not in FRAGMENT_TYPES:
        return (start, end) if end > start else None
    heading = _line_start(context.text or doc.text, doc[start].idx) in context.heading_lines

    def ordinary(token) -> bool:  # an ordinary word that the document never writes as a name mid-sentence
        return _ordinary(token) and token.text not in context.capitalised

    if heading:
        while label == "PERSON" and end - start > 1 and ordinary(doc[end - 1]):
            end -= 1  # "Okonkwo Heads To …": a name, then the headline's verb
        if all(ordinary(t) or t.lower_ in FUNCTION_WORDS or not t.is_alpha for t in doc[start:end]):
            return None
    if end - start == 1 and label in ("PERSON", "ORG") and _ordinary(doc[start]):
        token = doc[start]
        previous = doc[start - 1] if start > 0 else None
        if (heading or token.is_sent_start or previous is None or "\n" in previous.text_with_ws) \
                and token.text not in context.capitalised:
            return None
        after_article = previous is not None and previous.lower_ in entity_words()["determiners"]
        if label == "PERSON" and after_article and token.dep_ != "compound":
            return None  # "The Ministerial will …" (but "the Trump administration" is a name)
    return (start, end) if end > start else None


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
