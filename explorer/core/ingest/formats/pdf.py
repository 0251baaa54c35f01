"""PDF files: one document, its text page by page, each page's start offset kept.

pypdfium2 (Google's PDFium, the engine Chrome uses) is the extractor: on two-column
reports it gives the columns in reading order and marks a hyphen at a line end (U+FFFE),
and it reads a page in 1-2 ms (pdfminer.six took about 40 and put a page's second column
first; pypdf about 7 and left every hyphenated word broken; docs/ingest_formats.md). Its
lines are the PDF's lines, so they are joined back into paragraphs here, and its hyphen
marks made whole words or kept as compounds. The title and creation date come from the
PDF's own metadata when it has them; a PDF with no text at all is a scan, named, not read."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import MAX_DOCUMENT_BYTES, MIB, check_regular, os_problem, repair_mojibake
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source

PAGE_BREAK = "\n\n"
MAX_PDF_BYTES = 1024 * MIB  # the file, pictures and all; its text is held to MAX_DOCUMENT_BYTES characters
NO_TEXT_LAYER = "no text layer: scanned image?"
SOFT_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen at a line end (a word broken there, or a compound)
# Control characters a PDF's text can carry (font quirks); never text, and they upset offsets' display.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\uffff]")
LINE_END_BREAK = re.compile(r"(\w+)\ufffe\s*(\w+)")
WORD = re.compile(r"\w+")
COMPOUND = re.compile(r"\w+-\w+")
# A text set with hyphenation breaks a word at many line ends (12% of the lines of report.pdf, 11% of
# its 40-page version); one set without breaks only a compound now and then (0.7% of columns_lo.pdf,
# written by LibreOffice, whose two marks are "ex-Tory" and "pre-election").
HYPHENATED_LINES = 0.02
SPACES_BEFORE_NEWLINE = re.compile(r"[ \t]+\n")
# Running heads and folios: a line among the first or last few of a page that, numbers aside,
# opens or closes at least this share of the pages of a document of at least three pages.
EDGE_LINES = 3
RUNNING_SHARE = 0.6
MIN_RUNNING_PAGES = 3
DIGITS = re.compile(r"\d+")
# A ragged-right line falls short of the column by at most a long word: shorter than this share of
# the page's long lines, it ends a paragraph (or is a heading).
FULL_LINE = 0.65
WORD_HYPHEN = re.compile(r"\w-$")
LIST_ITEM = re.compile(r"^\s*(?:[•·▪‣◦*]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")
# Titles that writers put when the author gave none: no title at all for a reader.
PLACEHOLDER_TITLE = re.compile(r"^(?:untitled|unknown|none|title|document\d*)$|\.(?:docx?|pdf|rtf|odt|txt|indd|qxd)$",
                               re.I)
MIN_YEAR = 1970  # a creation date before this is a writer's zero, not when the report was made
WRITER_PREFIX = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel) - )")


@reads(".pdf")
def read_pdf(source: Source) -> Iterator[Piece | PartSkipped]:
    """The PDF's text (pages joined by a blank line), its page offsets, title and date; then a
    line for each page that is only a picture (a scanned page among typed ones is not read)."""
    pdf = open_pdf(source)
    try:
        # mojibake mended page by page, so the page offsets hold ("Â£9m" in a PDF made from a mis-decoded page)
        pages = [repair_mojibake(page) for page in mend_hyphens(drop_running_lines(read_pages(source, pdf)))]
        scanned = [index for index, text in enumerate(pages) if not text and has_image(pdf, index)]
        metadata = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    text, starts = join_pages(pages)
    if not text.strip():
        raise UnreadableDocument(source.name, f"{NO_TEXT_LAYER} (Explorer does not read text in pictures)")
    yield Piece(text=text, pages=starts, title=metadata_title(metadata.get("Title", "")),
                published=pdf_date(metadata.get("CreationDate", "") or metadata.get("ModDate", "")))
    for index in scanned:
        yield PartSkipped(f"page {index + 1}", f"{NO_TEXT_LAYER} (the other pages are read)")


def open_pdf(source: Source) -> pdfium.PdfDocument:
    """The parsed PDF, or one line saying why it cannot be opened (password, damage).

    A file on disk is opened by PDFium from its path: a report's pictures make PDFs far larger
    than their text (a 40-page report with photographs is 50 MB), so the file may be up to
    ``MAX_PDF_BYTES``; its text is held to one document's size (``read_pdf``)."""
    try:
        if source.data is not None:
            return pdfium.PdfDocument(source.data)
        check_regular(source.path, os.stat(source.path), MAX_PDF_BYTES)
        return pdfium.PdfDocument(str(source.path))
    except OSError as exc:
        raise UnreadableDocument(source.name, os_problem(exc)) from None
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise UnreadableDocument(source.name, "encrypted: the PDF needs a password to open") from None
        raise UnreadableDocument(source.name, f"damaged PDF: {pdfium_reason(message)}") from None


def pdfium_reason(message: str) -> str:
    """PDFium's own reason ("Data format error") out of pypdfium2's message, lower case."""
    found = re.search(r"PDFium: ([^)]*)", message)
    return (found.group(1) if found else message).strip().rstrip(".").lower() or "cannot be opened"


def read_pages(source: Source, pdf: pdfium.PdfDocument) -> list[str]:
    """Every page's text, stopping with one line once it is more than one document can be."""
    pages, total = [], 0
    for index in range(len(pdf)):
        pages.append(page_text(pdf, index))
        total += len(pages[-1])
        if total > MAX_DOCUMENT_BYTES:
            raise UnreadableDocument(source.name, f"more text than Explorer reads as one document "
                                                  f"(over {MAX_DOCUMENT_BYTES // MIB} million characters by page {index + 1})")
    return pages


def page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    """One page's text, controls dropped, lines trimmed; PDFium's line-end hyphen marks kept for ``mend_hyphens``."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    text = CONTROLS.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return SPACES_BEFORE_NEWLINE.sub("\n", text).strip()


def drop_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running heads and folios ("Briefing pack - February 2005",
    "Page 2 of 4"): lines that, numbers aside, open or close most pages of a document of three
    or more. They are the printer's, not the report's, and left in they would sit in the middle
    of a sentence that runs over a page break and be read as news on every page."""
    if len(pages) < MIN_RUNNING_PAGES:
        return pages
    edges = [page_edges(page) for page in pages]
    counts: dict[str, int] = {}
    for found in edges:
        for key in set(found.values()):
            counts[key] = counts.get(key, 0) + 1
    running = {key for key, count in counts.items() if count >= RUNNING_SHARE * len(pages)}
    if not running:
        return pages
    kept = []
    for page, found in zip(pages, edges):
        lines = page.split("\n")
        kept.append("\n".join(line for index, line in enumerate(lines) if found.get(index) not in running).strip())
    return kept


def page_edges(page: str) -> dict[int, str]:
    """The first and last ``EDGE_LINES`` lines of a page by index, each as a key with its digits
    made one mark (so "Page 2 of 4" and "Page 3 of 4" are the same line)."""
    lines = page.split("\n")
    indexes = set(range(min(EDGE_LINES, len(lines)))) | set(range(max(0, len(lines) - EDGE_LINES), len(lines)))
    return {i: DIGITS.sub("#", " ".join(lines[i].split())).lower() for i in indexes if lines[i].strip()}


def mend_hyphens(pages: list[str]) -> list[str]:
    """Each page with the words PDFium marks as hyphenated at a line end (U+FFFE) made whole or kept
    hyphenated, then its lines joined back into paragraphs (``reflow``).

    PDFium marks every hyphen at a line end, a typesetter's ("persu-" / "ade") and a compound's
    ("ex-" / "Tory", "pre-" / "election") alike. A compound is kept when a digit or a capital
    meets the hyphen, or when the document writes it hyphenated elsewhere and never joined; a
    word is made whole when the document writes it whole elsewhere. Otherwise the document's own
    habit decides: one that hyphenates words (more than ``HYPHENATED_LINES`` of its lines end with
    a mark: justified columns) has its marks joined, one that does not keeps them as hyphens.
    """
    text = "\n".join(pages)
    marks = text.count(SOFT_HYPHEN)
    if not marks:
        return [reflow(page) for page in pages]
    plain = LINE_END_BREAK.sub(" ", text).lower()
    words = set(WORD.findall(plain))
    compounds = {m.group(0) for m in COMPOUND.finditer(plain)}
    joins = marks > HYPHENATED_LINES * (text.count("\n") + 1)

    def mend(found: re.Match) -> str:
        left, right = found.group(1), found.group(2)
        joined, hyphenated = f"{left}{right}".lower(), f"{left}-{right}".lower()
        if right[0].isupper() or right[0].isdigit() or left[-1].isdigit():
            return f"{left}-{right}"
        if hyphenated in compounds and joined not in words:
            return f"{left}-{right}"
        return f"{left}{right}" if joined in words or joins else f"{left}-{right}"

    return [reflow(LINE_END_BREAK.sub(mend, page).replace(SOFT_HYPHEN, "-")) for page in pages]


def reflow(text: str) -> str:
    """A page's lines joined back into paragraphs: a PDF breaks every line where the column ends,
    and a sentence cut at each line end would reach extraction as pieces.

    A line runs on into the next unless it is short (under ``FULL_LINE`` of the median line: a
    paragraph's last line, a heading) and the next line's first word would have fitted after it
    (a justified line of long words is short in letters, yet full). A line before a list item
    ends its paragraph. A hyphen left at a word's end is a compound's ("three-" / "month"), joined
    without a space; a dash after a space ("order -" / "tagging") keeps one.
    """
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    if len(widths) < 2:
        return text
    column = widths[len(widths) // 2]  # the median line: a column's width (joined hyphenated lines run longer)
    pieces = []
    for line, following in zip(lines, lines[1:]):
        pieces.append(line)
        pieces.append(line_joint(line, following, column))
    pieces.append(lines[-1])
    return "".join(pieces)


def line_joint(line: str, following: str, column: int) -> str:
    """What goes between a line and the next: a space or nothing (the same paragraph) or a line break."""
    if not (line.strip() and following.strip()) or LIST_ITEM.match(following):
        return "\n"
    next_word = following.split()[0]
    if len(line) < FULL_LINE * column and len(line) + 1 + len(next_word) <= column:
        return "\n"
    return "" if WORD_HYPHEN.search(line) else " "


def has_image(pdf: pdfium.PdfDocument, index: int) -> bool:
    """Whether a page holds a picture: a page with no text and no picture is blank, not scanned."""
    page = pdf[index]
    try:
        return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())
    finally:
        page.close()


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """The pages as one text and the offset where each starts: a blank line between two pages,
    a space where a sentence runs on from one page to the next (no full stop at the foot of the
    page, a small letter at the head of the next)."""
    starts, pieces, offset = [], [], 0
    for index, page in enumerate(pages):
        if index:
            joint = " " if runs_over(pages[index - 1], page) else PAGE_BREAK
            pieces.append(joint)
            offset += len(joint)
        starts.append(offset)
        pieces.append(page)
        offset += len(page)
    return "".join(pieces), starts


def runs_over(page: str, following: str) -> bool:
    """Whether a sentence goes on from the foot of ``page`` to the head of ``following``."""
    return bool(page) and bool(following) and page[-1].isalnum() and following[0].islower()


def metadata_title(title: str) -> str:
    """The metadata title, unless it is a writer's placeholder or a file name."""
    title = WRITER_PREFIX.sub("", " ".join(title.split()))
    return "" if PLACEHOLDER_TITLE.search(title) else title


def pdf_date(value: str) -> str:
    """A PDF date (``D:20050112103000+00'00'``) as an ISO date; "" when it names no full day."""
    found = PDF_DATE.match(value.strip())
    if not found:
        return ""
    try:
        day = date(*(int(part) for part in found.groups()))
    except ValueError:
        return ""
    return day.isoformat() if MIN_YEAR <= day.year else ""
