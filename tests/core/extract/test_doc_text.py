"""A span's text cut from the Doc's joined text (``nlp.span_text``, s11: extraction's own cost) is ``Span.text``."""

from __future__ import annotations

from pathlib import Path

from explorer.core.extract.nlp import load_pipeline, span_text

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
ODD = "Headline Without Stop\n\n  Indented line,  two  spaces.\tA tab\r\nand CRLF. Trailing space \n\n\n“Quoted.”  "


def test_span_text_is_the_spans_own_text_for_sentences_names_and_every_token_range():
    nlp = load_pipeline()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))][:2] + [ODD]
    for doc in nlp.pipe(texts):
        spans = [*doc.sents, *doc.ents, *(doc[i:j] for i in range(0, len(doc), 7) for j in (i, i + 1, i + 5))]
        assert spans
        for span in spans:
            assert span_text(span) == span.text, (span.start, span.end)
