"""The timeline as a picture: File ▸ Export Timeline Image… writes the plot as drawn to PNG or SVG.

What is written is what the analyst sees in the plot — the time range shown, the lanes and their labels, the
marks, connectors and time window — not a redraw of every event: a PNG is the plot's pixels (``QWidget.grab``),
an SVG the plot's items written by pyqtgraph's SVG exporter, so lines, marks and labels stay vectors (a big
timeline's density, itself a picture, is embedded as one; its events, zoomed in, are drawn as shapes). The format is the file's suffix (the dialog's filter adds one
when none is typed); the save dialog asks before replacing a file, as every save dialog does. The file is
written beside its name and renamed into place, so a failed write leaves no part of a picture; the window's
status bar says where it went or why it could not be written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pyqtgraph.exporters import SVGExporter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.gui.files import default_export_path

IMAGE_FILTERS = {"PNG image (*.png)": ".png", "SVG image (*.svg)": ".svg"}


def timeline_image(plot, suffix: str) -> bytes:
    """The plot widget ``plot`` as drawn, encoded as ``suffix`` (".png" or ".svg")."""
    if suffix == ".svg":
        return _svg(plot)
    if suffix == ".png":
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not plot.grab().save(buffer, "PNG"):
            raise OSError("the picture could not be encoded")
        buffer.close()
        return bytes(data.data())
    raise ValueError(f"a timeline image is a .png or an .svg file, not {suffix or 'a file without a suffix'}")


def _svg(plot) -> bytes:
    """The plot as an SVG document: pyqtgraph's exporter, which writes each item's drawing and cuts the lanes'
    contents to the plot's area itself (Qt's SVG writer alone cannot clip, and misplaces marks drawn in screen
    pixels)."""
    return SVGExporter(plot.getPlotItem()).export(toBytes=True)


def write_timeline_image(plot, path: Path) -> Path:
    """Write the plot as drawn to ``path`` (PNG or SVG by its suffix), whole or not at all."""
    path = Path(path)
    data = timeline_image(plot, path.suffix.lower())
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    return path


def export_timeline_image_dialog(parent: QWidget, plot, report: Callable[[str], None]) -> Path | None:
    """Ask where to save the timeline's picture (the dialog confirms replacing a file) and write it; ``report``
    gets the status line: where it went, or why it could not be written. Returns the file written, or None."""
    path, chosen = QFileDialog.getSaveFileName(parent, "Export Timeline Image", str(default_export_path("timeline.png")),
                                               ";;".join(IMAGE_FILTERS))
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        target = target.with_name(target.name + IMAGE_FILTERS.get(chosen, ".png"))
        if target.exists():  # (the dialog asked about the name typed, not this one: never replaced unasked)
            report(f"Not written: {target} exists (choose it in the dialog to replace it)")
            return None
    try:
        written = write_timeline_image(plot, target)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        report(f"Could not write the timeline image {target}: {reason}")
        return None
    report(f"Saved the timeline image to {written}")
    return written
