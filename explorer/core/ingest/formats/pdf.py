"""PDF files: one document, its text page by page, each page's start offset kept.

pypdfium2 (Google's PDFium, the engine Chrome uses) is the extractor: on two-column
reports it gives the columns in reading order and marks a word hyphenated at a line end
(U+FFFE), so the word comes back whole, and it reads a page in about a millisecond
(pdfminer.six took 30 and mixed the columns up; pypdf 5-10 and left hyphens broken;
figures in docs/ingest_formats.md). The title and creation date come from the PDF's
own metadata when it has them; a PDF with no text at all is a scan, named, not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import PartSkipped, Piece, Source

PAGE_BREAK = "\n\n"
NO_TEXT_LAYER = "no text layer: scanned image?"
SOFT_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen that only breaks a word at a line end
# Control characters a PDF's text can carry (font quirks); never text, and they upset offsets' display.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
SPACES_BEFORE_NEWLINE = re.compile(r"[ \t]+\n")
# A ragged-right line falls short of the column by at most a long word: shorter than this share of
# the page's long lines, it ends a paragraph (or is a heading).
FULL_LINE = 0.65
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
        pages = [page_text(pdf, index) for index in range(len(pdf))]
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
    """The parsed PDF, or one line saying why it cannot be opened (password, damage)."""
    try:
        return pdfium.PdfDocument(source.read_bytes())
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise UnreadableDocument(source.name, "encrypted: the PDF needs a password to open") from None
        raise UnreadableDocument(source.name, f"damaged PDF: {pdfium_reason(message)}") from None


def pdfium_reason(message: str) -> str:
    """PDFium's own reason ("Data format error") out of pypdfium2's message, lower case."""
    found = re.search(r"PDFium: ([^)]*)", message)
    return (found.group(1) if found else message).strip().rstrip(".").lower() or "cannot be opened"


def page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    """One page's text: words broken at a line end made whole, controls dropped, lines trimmed."""
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
    return reflow(SPACES_BEFORE_NEWLINE.sub("\n", text).strip())


def reflow(text: str) -> str:
    """A page's lines joined back into paragraphs: a PDF breaks every line where the column ends,
    and a sentence cut at each line end would reach extraction as pieces.

    A line that fills the column (at least ``FULL_LINE`` of the median line) runs on into the
    next; a short one (a paragraph's last line, a heading) ends its paragraph, as does a line before
    a list item. A hyphen left at a line end (PDFium has already joined the words it broke) is a
    compound's ("three-" / "month"), joined without a space.
    """
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    if len(widths) < 2:
        return text
    column = widths[len(widths) // 2]  # the median line: a column's width (joined hyphenated lines run longer)
    pieces = []
    for line, following in zip(lines, lines[1:]):
        pieces.append(line)
        runs_on = bool(line.strip() and following.strip()) and len(line) >= FULL_LINE * column \
            and not LIST_ITEM.match(following)
        pieces.append(("" if line.endswith("-") else " ") if runs_on else "\n")
    pieces.append(lines[-1])
    return "".join(pieces)


def has_image(pdf: pdfium.PdfDocument, index: int) -> bool:
    """Whether a page holds a picture: a page with no text and no picture is blank, not scanned."""
    page = pdf[index]
    try:
        return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())
    finally:
        page.close()


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """The pages as one text, a blank line between them, and the offset where each starts."""
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_BREAK)
    return PAGE_BREAK.join(pages), starts


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
