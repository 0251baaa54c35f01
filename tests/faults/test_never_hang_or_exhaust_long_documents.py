"""Promise: a very long document is extracted whole, in pieces, with every offset its own (issue 17,
case 7: a 1.1-million-character document was written with 0 entities and 0 events)."""

from __future__ import annotations

import pytest

from explorer.core.document import Document
from explorer.core.extract import nlp as nlp_module
from explorer.core.extract.nlp import load_pipeline, pieces
from explorer.core.extract.pipeline.batch import extract_batch_or_name_failures


def test_pieces_join_back_into_the_text_and_end_at_paragraphs():
    text = "".join(f"Paragraph {n} says something.\n\n" for n in range(500))
    cut = pieces(text, 1000)
    assert "".join(cut) == text and all(len(p) <= 1000 for p in cut)
    assert all(p.endswith("\n\n") for p in cut[:-1])


@pytest.fixture
def small_limits(monkeypatch):
    """spaCy's limit and the piece size made small, so a 40,000-character text is 'too long'."""
    nlp = load_pipeline()
    monkeypatch.setattr(nlp, "max_length", 20_000)
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 6_000)
    return nlp


def test_a_document_longer_than_spacy_takes_is_extracted_whole(small_limits, seeds_dir):
    body = (seeds_dir / "000_41e90b55b187cf30.txt").read_text()
    text = "\n\n".join([body] * (40_000 // len(body) + 1)) + "\n\nAngela Merkel met Emmanuel Macron in Paris on Monday.\n"
    assert len(text) > small_limits.max_length
    document = Document(doc_id="long", name="long.txt", text=text, published="2026-02-04")
    rows, failures = extract_batch_or_name_failures([document], small_limits)
    assert failures == []
    assert all(text[m["start"]:m["end"]] == m["text"] for m in rows.mentions)
    last = [m["text"] for m in rows.mentions if m["start"] > len(text) - 60]
    assert "Angela Merkel" in last and "Emmanuel Macron" in last
    assert any(e["start"] > len(text) - 60 for e in rows.events)
    assert len(rows.events) > 20
