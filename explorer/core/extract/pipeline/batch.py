"""Extraction of one batch of documents: the unit of work for every engine.

``extract_batch`` is a pure function from documents to plain rows (mentions,
time expressions, events) with the spaCy model as its only state, so the same
code runs in this process, in a pool of worker processes, or on a cluster. It
never returns ``Doc`` objects, and it wraps each batch in ``nlp.memory_zone()``
so a long run does not grow spaCy's string store without bound. Corpus-level
steps (entity resolution, relations, clusters) come after, in ``corpus``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from explorer.core.document import Document, blank_spans
from explorer.core.extract.entities import mentions as mention_rules
from explorer.core.extract.events.dating import DocumentDating
from explorer.core.extract.events.coreference import DocumentCoreference
from explorer.core.extract.events.find import events_in_sentence
from explorer.core.extract.events.lines import is_furniture, is_headline
from explorer.core.extract.events.speech import quoted_stretches
from explorer.core.extract.events.tense import sentence_tense
from explorer.core.extract.nlp import doc_text, parse, span_text
from explorer.core.extract.rows import BatchEvent, BatchMention, Failure
from explorer.core.extract.timex.find import Timex, find_timexes, timex_row
from explorer.core.extract.timex.year_hint import with_year
from explorer.core.model import TimexRow

NLP_BATCH_SIZE = 16
Row = TypeVar("Row", BatchMention, TimexRow)


@dataclass
class BatchRows:
    """Rows from one batch; events refer to mentions, not yet to entities."""

    mentions: list[BatchMention] = field(default_factory=list)
    timexes: list[TimexRow] = field(default_factory=list)
    events: list[BatchEvent] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # rows held for these (``explorer add``), even when none

    def extend(self, other: "BatchRows") -> None:
        self.mentions.extend(other.mentions)
        self.timexes.extend(other.timexes)
        self.events.extend(other.events)
        self.documents.extend(other.documents)


def extract_batch(documents: list[Document], nlp: Language) -> BatchRows:
    """Run the model over ``documents`` and return their rows."""
    rows = BatchRows()
    by_id = {d.doc_id: d for d in documents}
    with nlp.memory_zone():
        pairs = ((text_for_nlp(d), d.doc_id) for d in documents)
        for parsed, doc_id in parse(nlp, pairs, NLP_BATCH_SIZE):
            rows.extend(extract_document(by_id[doc_id], parsed))
    return rows


def extract_batch_or_name_failures(documents: list[Document], nlp: Language) -> tuple[BatchRows, list[Failure]]:
    """``extract_batch``, but a batch that raises is retried a document at a time, and a document
    that still raises is left out and named (``name``, ``doc_id``, ``reason``): one bad document
    must not lose the others, in one process or on a cluster."""
    try:
        return extract_batch(documents, nlp), []
    except Exception:  # noqa: BLE001 - which document it was is found below
        pass
    rows, failures = BatchRows(), list[Failure]()
    for document in documents:
        try:
            rows.extend(extract_batch([document], nlp))
        except Exception as exc:  # noqa: BLE001
            failures.append({"name": document.name, "doc_id": document.doc_id,
                             "reason": f"{type(exc).__name__}: {exc}"})
    return rows, failures


def failure_warning(failure: Failure) -> str:
    return f"{failure['name']}: extraction failed, left out of the events ({failure['reason']})"


WIRE_DASH = re.compile(r"(?<=[^\S\n])_(?=[^\S\n])")


def text_for_nlp(document: Document) -> str:
    """The stored text with furniture blanked to spaces, so offsets stay the same, and the wire services' spaced
    underscore ("Since 1985 _ when the Israelis created a buffer zone _ nearly 200 soldiers have been killed") read
    as the dash it stands for: the parser ended a sentence at each, cutting the clause from its time."""
    text = blank_spans(document.text, [(span.start, span.end) for span in document.furniture])
    return WIRE_DASH.sub("\u2014", text)


def extract_document(document: Document, parsed: Doc) -> BatchRows:
    """Mentions, time expressions and events of one parsed document."""
    sentences = [s for s in parsed.sents if span_text(s).strip()]
    tenses = [sentence_tense(s) for s in sentences]
    mentions = mention_rules.mentions_in(document.doc_id, parsed)
    timexes = _timexes(document, parsed, sentences, tenses)
    rows = BatchRows(mentions=mentions, timexes=[timex_row(document.doc_id, t) for t in timexes])
    mentions_by_start = sorted(mentions, key=lambda r: r["start"])
    timexes_by_start = sorted(rows.timexes, key=lambda r: r["start"])
    dating, coreference = DocumentDating(document, rows.timexes), DocumentCoreference()
    headlines: list[BatchEvent] = []
    for sentence, tense in zip(sentences, tenses):
        named = _within(mentions_by_start, sentence)
        resolved = coreference.resolve(sentence, named, quoted_stretches(sentence))
        found = events_in_sentence(
            document, sentence, tense, named, _within(timexes_by_start, sentence),
            document_mentions=mentions_by_start, dating=dating, resolved=resolved)
        coreference.remember(named)
        if found and is_headline(sentence) and is_furniture(sentence):
            headlines.extend(found)
        else:
            rows.events.extend(found)
    _date_headlines(headlines, rows.events, dating.published)
    rows.events[:0] = headlines
    return rows


def _date_headlines(headlines: list[BatchEvent], body: list[BatchEvent], published: str) -> None:
    """A headline's event takes the date of the lede's main event: the happening it announces.

    Headline events come undated from ``events_in_sentence`` (a headline's
    present tense, "Apple unveils iPhone 4", says nothing of when). A headline's
    future ("Apple to lower UK iTunes prices") announces what is still to come, where
    the lede tells what brought it about ("The European Commission has forced Apple
    … to lower its prices", on or before publication): on or after publication.
    """
    lede = next((e for e in body if e["event_id"] == f"{e['doc_id']}-e{e['start']}"), None)
    if lede is None:
        return
    for event in headlines:
        if event["tense"] == "future" and lede["tense"] != "future" and published:
            event.update({"date_start": published, "date_end": "", "date_basis": "bounded", "timex_id": ""})
            continue
        event.update({"date_start": lede["date_start"], "date_end": lede["date_end"],
                      "date_basis": lede["date_basis"], "timex_id": lede["timex_id"]})


def reference_date(document: Document) -> date | None:
    """The document's publication date as a ``date``, or None when unknown."""
    try:
        return date.fromisoformat(document.published) if document.published else None
    except ValueError:
        return None


def _timexes(document: Document, parsed: Doc, sentences: list[Span], tenses: list[str]) -> list[Timex]:
    """Time expressions found by the rules, each resolved with its sentence's tense.

    spaCy's DATE entities are not added: on the seeds they only brought back what
    the rules reject on purpose.
    """
    starts = [s.start_char for s in sentences]

    def tense_at(offset: int) -> str:
        index = bisect.bisect_right(starts, offset) - 1
        return tenses[index] if index >= 0 else "past"

    reference = reference_date(document)
    found = find_timexes(doc_text(parsed), reference, tense_at)
    if reference is None and document.year_hint:
        found = [with_year(t, document.year_hint) for t in found]
    return found


def _within(rows_by_start: list[Row], sentence: Span) -> list[Row]:
    """Rows (sorted by start) lying inside the sentence: a bisect, not a scan of the whole document."""
    first = bisect.bisect_left(rows_by_start, sentence.start_char, key=lambda r: r["start"])
    last = bisect.bisect_left(rows_by_start, sentence.end_char, key=lambda r: r["start"])
    return [r for r in rows_by_start[first:last] if r["end"] <= sentence.end_char]
