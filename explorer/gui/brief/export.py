"""Export a brief of what the analyst is looking at: the selected events in view, else every event in view.

The timeline is drawn into the brief as it is on screen (its picture taken on the GUI thread, where widgets
live); the page is built and written in the window's job runner, off the GUI thread, with its failure told in
one message naming the file. A PDF is printed from the same page by Qt's text layout (``QTextDocument`` into a
``QPdfWriter``), the picture handed to the document as a resource, since Qt's text layout shows no
``data:`` images: that printing runs on the GUI thread when the page is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.core.export.brief import BriefSummary, brief_html, write_brief
from explorer.gui.files import default_export_path

FILTERS = "HTML brief (*.html);;PDF brief (*.pdf)"
PICTURE_NAME = "timeline.png"  # the PDF document's resource name for the picture
PAGE_WIDTH = 820  # the PDF page's width in the text layout's pixels (the picture is drawn 760 wide)


def ask_brief_path(parent: QWidget) -> Path | None:
    """Where to write the brief; ``.html`` unless the user typed or chose ``.pdf``."""
    path, chosen = QFileDialog.getSaveFileName(parent, "Export Brief", str(default_export_path("brief.html")), FILTERS)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".html", ".htm", ".pdf"):
        target = target.with_name(target.name + (".pdf" if chosen.startswith("PDF") else ".html"))
    return target


def picture_of(widget: QWidget) -> bytes:
    """The widget as drawn now, as PNG bytes (empty when it has no size yet)."""
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() < 2:
        return b""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def brief_job(tables, event_ids: list[str], path: Path, title: str,
              picture: bytes) -> Callable[[Callable, Callable], tuple[BriefSummary, str | None]]:
    """The job that writes an HTML brief, or builds a PDF's page (returned for printing on the GUI thread)."""
    def run(_report, _should_cancel) -> tuple[BriefSummary, str | None]:
        if path.suffix.lower() == ".pdf":
            page, summary = brief_html(tables, event_ids, title, picture_src=PICTURE_NAME if picture else None)
            return summary, page
        return write_brief(tables, event_ids, path, title, picture), None
    return run


def print_pdf(page: str, picture: bytes, path: Path) -> None:
    """Print the brief's page to ``path`` as A4 PDF (beside it first, then renamed: never half a file)."""
    document = QTextDocument()
    if picture:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PICTURE_NAME), QImage.fromData(picture))
    document.setHtml(page)
    document.setPageSize(QSizeF(PAGE_WIDTH, PAGE_WIDTH * 297 / 210))  # laid out at this width, scaled onto A4
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    document.print_(writer)
    del writer  # closes the file
    if not partial.exists() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"Qt wrote no PDF to {partial}")
    partial.replace(path)
