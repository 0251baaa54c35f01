"""Word files (``.docx``): one document, its paragraphs, headings and tables in reading order.

python-docx reads the body as Word lays it out: each paragraph and heading a line, each
table row a line of its cells joined by `` | `` (a merged cell once), so a figure in a
table stays next to its row's label. The file's core properties give the title and the
date it was written. The author is not taken as the outlet: it names whoever saved the
file (an analyst, a template's "Admin"), not who published the report; the outlet is
found in the text as for any file.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from datetime import datetime

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from lxml.etree import XMLSyntaxError

from explorer.core.errors import UnreadableDocument
from explorer.core.ingest.decode import MAX_DOCUMENT_BYTES, MIB, check_regular, os_problem
from explorer.core.ingest.formats.registry import reads
from explorer.core.ingest.formats.source import Piece, Source

CELL_SEPARATOR = " | "
MAX_DOCX_BYTES = 512 * MIB  # the file, pictures and all; its text is held to MAX_DOCUMENT_BYTES characters
ZIP_MAGIC = b"PK\x03\x04"  # how every zip package, and so every .docx, begins
NOT_A_PACKAGE = "not a Word document (not a zip package, as every .docx file is)"
NOT_WORDS_PACKAGE = "not a Word document (a zip package, but not a Word one)"
DAMAGE = (PackageNotFoundError, XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, AttributeError)


@reads(".docx")
def read_docx(source: Source) -> Iterator[Piece]:
    """The memo or report's text, one block per line, with its title and date from the core properties."""
    document = open_docx(source)
    text = "\n".join(line for line in body_lines(document) if line)
    if len(text) > MAX_DOCUMENT_BYTES:
        raise UnreadableDocument(source.name, f"more text than Explorer reads as one document "
                                              f"({len(text) / 1e6:.0f} million characters)")
    if not text.strip():
        raise UnreadableDocument(source.name, "Word file with no text")
    properties = document.core_properties
    yield Piece(text=text, title=" ".join((properties.title or "").split()),
                published=iso_day(properties.created or properties.modified))


def open_docx(source: Source) -> docx.document.Document:
    """The parsed Word file, or one line saying it is damaged or not a Word file at all.

    A file on disk is opened from its path and may be up to ``MAX_DOCX_BYTES``: pictures make a
    report's .docx far larger than its text, which is held to one document's size (``read_docx``)."""
    try:
        if source.data is not None:
            _check_package(source.name, source.data[:len(ZIP_MAGIC)])
            return docx.Document(io.BytesIO(source.data))
        check_regular(source.path, os.stat(source.path), MAX_DOCX_BYTES)
        with open(source.path, "rb") as handle:
            _check_package(source.name, handle.read(len(ZIP_MAGIC)))
        return docx.Document(str(source.path))
    except OSError as exc:
        raise UnreadableDocument(source.name, os_problem(exc)) from None
    except PackageNotFoundError:  # (python-docx's words for a zip it cannot open: "Package not found at '<path>'")
        raise UnreadableDocument(source.name, "damaged Word file (its zip package is broken or cut short)") from None
    except DAMAGE as exc:
        raise UnreadableDocument(source.name, _damage(exc)) from None


def _damage(exc: Exception) -> str:
    """What python-docx's exception means to the reader: a zip package of another kind (a plain zip, a
    spreadsheet renamed ``.docx``) is not a Word document; the rest is a Word file damaged inside."""
    reason = str(exc).split(" (<string>")[0].strip().strip('"').rstrip(".") or type(exc).__name__
    if "[Content_Types].xml" in reason or "is not a Word file" in reason:
        return NOT_WORDS_PACKAGE
    return f"damaged Word file ({reason})"


def _check_package(name: str, head: bytes) -> None:
    """Refuse a file that is no zip package at all (a text file or a PDF renamed ``.docx``) in words that say
    so: python-docx would say "Package not found at '<path>'" of a file that is plainly there."""
    if not head:
        raise UnreadableDocument(name, "empty file")
    if not head.startswith(ZIP_MAGIC):
        raise UnreadableDocument(name, NOT_A_PACKAGE)


def body_lines(document: docx.document.Document) -> Iterator[str]:
    """Each paragraph's text, and each table's rows, in the order the body holds them."""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from table_lines(block)
        else:
            yield " ".join(block.text.split())


def table_lines(table: Table) -> Iterator[str]:
    """Each row as its cells' text joined by `` | ``; a cell merged across columns counted once."""
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            yield CELL_SEPARATOR.join(cells)


def iso_day(moment: datetime | None) -> str:
    """The day of a core-properties timestamp, "" when the file has none."""
    return moment.date().isoformat() if isinstance(moment, datetime) else ""
