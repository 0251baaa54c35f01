"""Compare three PDF text extractors on the two-column reports ``make_files.py`` writes.

Run from the repository root after ``make_files.py --long 40``:
``.venv/bin/python tests/data/formats/compare_pdf.py``. For each extractor it prints, over
the pages of ``report.pdf`` (gold: the article text each page was set from):
- order: difflib's ratio between the extracted and the gold word sequences (1.0 = every word
  in reading order; reading across the two columns line by line scores far lower);
- hyphens kept whole: occurrences of the words the layout broke at a line end with a hyphen that
  the text gives back whole, once the extractor's own soft-hyphen mark (U+FFFE, U+00AD) is
  dropped (the rest come out as "govern-\\nment", which no rule can tell from "three-\\nmonth");
- glued: extracted words that are no gold word and no part of a hyphen-broken one (two words run together);
- ms/page on /tmp/long_report.pdf (40 pages), the best of three runs.
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


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def broken_words(article: dict) -> list[str]:
    """The words the layout split with a hyphen at a line end."""
    lines = column_lines(article["paragraphs"])
    return [re.sub(r"\W", "", line.split()[-1][:-1] + following.split()[0])
            for line, following in zip(lines, lines[1:]) if line.endswith("-") and following]


def score(pages: list[str]) -> dict:
    ratios, whole, broken, glued = [], 0, 0, 0
    for page, article in zip(pages, ARTICLES):
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
    return {"order": round(sum(ratios) / len(ratios), 3), "hyphens_whole": f"{whole}/{broken}", "glued": glued}


def speed(extract, path: Path) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pages = extract(path)
        best = min(best, time.perf_counter() - start)
    return round(1000 * best / len(pages), 1)


def main() -> None:
    report, long_report = HERE / "report.pdf", Path("/tmp/long_report.pdf")
    for name, extract in (("pypdfium2", with_pypdfium2), ("pdfminer.six", with_pdfminer), ("pypdf", with_pypdf)):
        figures = score(extract(report))
        figures["ms_per_page"] = speed(extract, long_report)
        print(name, json.dumps(figures))
        if "--show" in sys.argv:
            print(extract(report)[0][:700], "\n---")


if __name__ == "__main__":
    main()
