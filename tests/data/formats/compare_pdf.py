"""Compare three PDF text extractors, and Explorer's PDF format, on the two-column reports
``make_files.py`` writes.

Run from the repository root after ``make_files.py --long 40 --libreoffice``, with the two
extractors Explorer does not depend on installed (``.venv/bin/pip install pdfminer.six pypdf``):
``.venv/bin/python tests/data/formats/compare_pdf.py``. Two PDFs of the same three articles
(gold: the text they were set from): ``report.pdf`` (reportlab: one article a page, ragged right,
words hyphenated at line ends as a typesetter breaks them) and ``columns_lo.pdf`` (LibreOffice
from a Word file: justified, no hyphenation, each article over two pages). For each it prints:
- order: difflib's ratio between the extracted and the gold word sequences (1.0 = every word
  in reading order; reading across the two columns line by line scores far lower);
- broken words whole (report.pdf): occurrences of the words the layout broke at a line end with a
  hyphen that the text gives back whole, once the extractor's own soft-hyphen mark (U+FFFE) is
  dropped (pdfminer.six and pypdf give "persu-\\nade", which no rule can tell from a compound);
- compounds kept: the articles' hyphenated words ("ex-Tory", "pre-election") found with their hyphen;
- glued: extracted words that are no gold word and no part of a broken one (two words run together);
- sentences on one line: the articles' sentences that stand whole on one line of the text (a line
  break inside a sentence splits it for extraction);
- ms/page on /tmp/long_report.pdf (40 pages of report.pdf's kind), the best of three runs.
The raw extractors' marks are dropped before scoring; Explorer's row is its own text
(formats/pdf.py: pypdfium2, hyphen marks mended, lines joined back into paragraphs).
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
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
COMPOUND = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\b")


def with_pypdfium2(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return "\n".join(pages).replace("\ufffe", "")


def with_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return "\n".join("".join(box.get_text() for box in page if isinstance(box, LTTextContainer))
                     for page in extract_pages(str(path)))


def with_pypdf(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def with_explorer(path: Path) -> str:
    from explorer.core.ingest.formats import Source, pieces_of

    return next(pieces_of(Source(name=path.name, path=path))).text


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def broken_words(articles: list[dict]) -> list[str]:
    """The words report.pdf's layout split with a hyphen at a line end."""
    found = []
    for article in articles:
        lines = column_lines(article["paragraphs"])
        found += [re.sub(r"\W", "", line.split()[-1][:-1] + following.split()[0])
                  for line, following in zip(lines, lines[1:]) if line.endswith("-") and following]
    return found


def score(text: str, articles: list[dict], hyphenated_layout: bool) -> dict:
    gold_text = " ".join(a["headline"] + " " + " ".join(a["paragraphs"]) for a in articles)
    got = words(text)
    figures: dict = {"order": round(difflib.SequenceMatcher(None, got, words(gold_text), autojunk=False).ratio(), 3)}
    split = broken_words(articles) if hyphenated_layout else []
    if split:
        whole = sum(min(len(re.findall(rf"\b{w}\b", text, re.I)), len(re.findall(rf"\b{w}\b", gold_text, re.I)))
                    for w in set(split))
        total = sum(len(re.findall(rf"\b{w}\b", gold_text, re.I)) for w in set(split))
        figures["broken_words_whole"] = f"{whole}/{total}"
    compounds = COMPOUND.findall(gold_text)
    figures["compounds_kept"] = f"{sum(1 for c in set(compounds) if c in text)}/{len(set(compounds))}"
    vocab = set(words(gold_text))
    figures["glued"] = sum(1 for w in got if w not in vocab and not any(w in s.lower() for s in split))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    sentences = [s for a in articles for p in a["paragraphs"] for s in SENTENCE_END.split(p) if len(s.split()) > 3]
    kept = sum(1 for s in sentences if any(" ".join(s.split()) in line for line in lines))
    figures["sentences_on_one_line"] = f"{kept}/{len(sentences)}"
    return figures


def speed(extract, path: Path, pages: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract(path)
        best = min(best, time.perf_counter() - start)
    return round(1000 * best / pages, 1)


def main() -> None:
    extractors = (("pypdfium2", with_pypdfium2), ("pdfminer.six", with_pdfminer), ("pypdf", with_pypdf),
                  ("explorer (pypdfium2, mended, reflowed)", with_explorer))
    for name, hyphenated in (("report.pdf", True), ("columns_lo.pdf", False)):
        path = HERE / name
        if not path.exists():
            print(f"== {name}: not there (make_files.py --libreoffice writes it where soffice is installed)")
            continue
        print(f"== {name}")
        for label, extract in extractors:
            figures = score(extract(path), ARTICLES[:3], hyphenated)
            if hyphenated:
                figures["ms_per_page"] = speed(extract, Path("/tmp/long_report.pdf"), 40)
            print(f"{label:40}", json.dumps(figures))


if __name__ == "__main__":
    main()
