"""The dating tests' shared helpers: one made-up article run through the real model, and the date an analyst
would see for one of its events (``load_pipeline`` keeps the model per process)."""

from __future__ import annotations

from explorer.core.document import Document
from explorer.core.extract.nlp import load_pipeline
from explorer.core.extract.pipeline.batch import extract_batch

PUBLISHED = "2026-02-04"  # a Wednesday


def event_at(text: str, sentence_start: str, word: str, published: str = PUBLISHED, by: str = "lemma") -> dict:
    """The event whose ``by`` field ("lemma", or "trigger": its text) is ``word``, in the sentence that begins
    with ``sentence_start``."""
    document = Document(doc_id="d", name="d.txt", text=text, published=published, published_basis="content")
    return next(e for e in extract_batch([document], load_pipeline()).events
                if e[by] == word and e["sentence"].startswith(sentence_start))


def when(event: dict) -> tuple[str, str, str]:
    return event["date_start"], event["date_end"], event["date_basis"]
