"""Compare three PDF text extractors on the two-column reports ``make_files.py`` writes.

Run from the repository root after ``make_files.py --long 40``, with the two extractors Explorer
does not depend on installed (``.venv/bin/pip install pdfminer.six pypdf``):
``.venv/bin/python tests/data/formats/compare_pdf.py``. For each extractor it prints, over
the pages of ``report.pdf`` (gold: the article text each page was set from):
- order: difflib's ratio between the extracted and the gold word sequences (1.0 = every word
  in reading order; reading across the two columns line by line scores far lower);
- hyphens kept whole: occurrences of the words the layout broke at a line end with a hyphen that
  the text gives back whole, once the extractor's own soft-hyphen mark (U+FFFE, U+00AD) is
  dropped (the rest come out as "govern-\\nment", which no rule can tell from "three-\\nmonth");
- glued: extracted words that are no gold word and no part of a hyphen-broken one (two words run together);
- sentences on one line: the article's sentences that stand whole on one line of the text (a line
  break inside a sentence splits it for extraction);
- ms/page on /tmp/long_report.pdf (40 pages), the best of three runs.
Explorer's own row is pypdfium2 with its lines joined back into paragraphs (formats/pdf.py).
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_files import ARTICLES, column_lines  # noqa: E402

WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def with_pypdfium2(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return pages


def with_pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["".join(box.get_text() for box in page if isinstance(box, LTTextContainer))
            for page in extract_pages(str(path))]


def with_pypdf(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def with_explorer(path: Path) -> list[str]:
    """Explorer's PDF format (pypdfium2, then lines joined back into paragraphs), split at its page offsets."""
    from explorer.core.ingest.formats import Source, pieces_of

    piece = next(pieces_of(Source(name=path.name, path=path)))
    starts = piece.pages + [len(piece.text)]
    return [piece.text[a:b] for a, b in zip(starts, starts[1:])]


SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=[A-Z])')


def whole_sentences(page: str, article: dict) -> tuple[int, int]:
    """How many of the article's sentences stand on one line of the text (not cut by a line break)."""
    lines = [" ".join(line.split()) for line in page.replace("\ufffe", "").split("\n")]
    sentences = [s for p in article["paragraphs"] for s in SENTENCE_END.split(p) if len(s.split()) > 3]
    return sum(1 for s in sentences if any(" ".join(s.split()) in line for line in lines)), len(sentences)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def broken_words(article: dict) -> list[str]:
    """The words the layout split with a hyphen at a line end."""
    lines = column_lines(article["paragraphs"])
    return [re.sub(r"\W", "", line.split()[-1][:-1] + following.split()[0])
            for line, following in zip(lines, lines[1:]) if line.endswith("-") and following]


def score(pages: list[str]) -> dict:
    ratios, whole, broken, glued, one_line, sentences = [], 0, 0, 0, 0, 0
    for page, article in zip(pages, ARTICLES):
        kept, total = whole_sentences(page, article)
        one_line, sentences = one_line + kept, sentences + total
        text = page.replace("\ufffe", "").replace("\u00ad", "")  # the soft-hyphen marks an extractor leaves
        gold_text = " ".join(article["paragraphs"])
        gold, got = words(article["headline"] + " " + gold_text), words(text)
        ratios.append(difflib.SequenceMatcher(None, got, gold, autojunk=False).ratio())
        split = broken_words(article)
        for w in set(split):
            in_gold = len(re.findall(rf"\b{w}\b", gold_text, re.I))
            whole += min(len(re.findall(rf"\b{w}\b", text, re.I)), in_gold)
            broken += in_gold
        vocab = set(gold) | {piece for word in split for piece in (word.lower(),)}
        glued += sum(1 for w in got if w not in vocab and not any(w in s.lower() for s in split))
    return {"order": round(sum(ratios) / len(ratios), 3), "hyphens_whole": f"{whole}/{broken}", "glued": glued,
            "sentences_on_one_line": f"{one_line}/{sentences}"}


def speed(extract, path: Path) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pages = extract(path)
        best = min(best, time.perf_counter() - start)
    return round(1000 * best / len(pages), 1)


def main() -> None:
    report, long_report = HERE / "report.pdf", Path("/tmp/long_report.pdf")
    for name, extract in (("pypdfium2", with_pypdfium2), ("pdfminer.six", with_pdfminer), ("pypdf", with_pypdf),
                           ("explorer (pypdfium2 + reflow)", with_explorer)):
        figures = score(extract(report))
        figures["ms_per_page"] = speed(extract, long_report)
        print(name, json.dumps(figures))
        if "--show" in sys.argv:
            print(extract(report)[0][:700], "\n---")


if __name__ == "__main__":
    main()
