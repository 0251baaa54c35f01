"""Exports of a cluster's side-by-side review: a CSV of its passages and an HTML report.

The CSV has one row per passage (document, outlet, publication date, the
passage's date and sentence) and follows DESIGN.md's CSV rules through the
registry's CSV writer. The HTML is one self-contained file (inline CSS, a few lines of
inline script, no external files) that shows the sources in columns, as the
review window does: the disagreements stated at the top, each column's header
(outlet, publication date and its basis, file name), its passages, then its whole
text with mentions coloured by type, passages emphasised and disagreeing spans
underlined. Every piece of text is escaped.
"""

from __future__ import annotations

import colorsys
import hashlib
import html
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from explorer.core.entity_types import type_description, type_name
from explorer.core.export.formats import export_frame
from explorer.core.dates import iso_span
from explorer.core.review.compare import ROW_COLUMNS, Review, ReviewColumn, review_rows

TypeColors = dict[str, tuple[str, str]]  # entity type -> (background, text) as CSS colours

BASIS_TEXT = {"metadata": "metadata", "dateline": "dateline", "content": "dated content",
              "corpus": "dateline, year from the corpus", "unknown": "unknown"}

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fafafa; }
body > header { padding: 12px 16px; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 18px; margin: 0 0 4px; }
.conflicts { margin: 8px 0; padding: 8px 12px 8px 28px; background: #fff4e5; border-left: 4px solid #e65100; }
.conflicts li { color: #8a3a00; }
.agree { color: #2e7d32; }
.legend span { padding: 0 4px; margin-right: 4px; border-radius: 3px; }
.columns { display: grid; grid-auto-flow: column; grid-template-rows: auto auto auto; gap: 0 12px;
  grid-auto-columns: minmax(max(320px, calc((100% - 36px) / 4)), 1fr); overflow-x: auto; padding: 12px 16px; }
.columns > * { background: #fff; border: 1px solid #ddd; padding: 8px 10px; min-width: 0; }
.head { border-bottom: none; border-radius: 6px 6px 0 0; }
.head .outlet { font-weight: 600; }
.head .file, .head .basis { color: #666; font-size: 12px; }
.head h2 { font-size: 14px; margin: 4px 0 0; }
.passages { border-top: 1px dashed #ddd; border-bottom: none; }
.passages p { margin: 0 0 6px; }
.passages .date { color: #00838f; font-size: 12px; }
.text { white-space: pre-wrap; max-height: 70vh; overflow-y: auto; position: relative; border-radius: 0 0 6px 6px; }
.passage { background: #fff3b8; font-weight: 600; }
.mark-date, .mark-number { text-decoration: underline wavy #d32f2f; text-decoration-skip-ink: none;
  background: #ffcdd2 !important; color: #7f0000 !important; }
.mark-participant { text-decoration: underline wavy #ef8f00; text-decoration-skip-ink: none; }
"""

SCRIPT = """
document.querySelectorAll('.text').forEach(function (box) {
  var first = box.querySelector('.passage');
  if (first) { box.scrollTop = Math.max(0, first.offsetTop - 8); }
});
"""


def write_review_csv(review: Review, path: str | Path | BinaryIO) -> int:
    """Write the review's passages as CSV (one row each); returns the number of rows."""
    frame = pd.DataFrame(review_rows(review), columns=ROW_COLUMNS)
    export_frame(frame, "csv", path)
    return len(frame)


def write_review_html(review: Review, path: str | Path, type_colors: TypeColors | None = None) -> None:
    """Write the review as one self-contained HTML file.

    ``type_colors`` maps entity types to (background, text) CSS colours, so the
    report matches the app's colours; types it lacks get a pale colour of their own.
    """
    Path(path).write_text(review_html(review, type_colors), encoding="utf-8")


def review_html(review: Review, type_colors: TypeColors | None = None) -> str:
    """The HTML text of the report."""
    colors = dict(type_colors or {})
    for type_ in sorted({m.type for c in review.columns for m in c.mentions}):
        colors.setdefault(type_, fallback_color(type_))
    cells = "".join(_column_cells(review, column, colors) for column in review.columns)
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_e(review.label)} — sources side by side</title><style>{STYLE}</style></head>"
            f"<body><header>{_top(review, colors)}</header><main class='columns'>{cells}</main>"
            f"<script>{SCRIPT}</script></body></html>\n")


def fallback_color(type_: str) -> tuple[str, str]:
    """A pale background that stays the same for a type across reports (dark text on it)."""
    hue = int(hashlib.sha1(type_.encode("utf-8")).hexdigest()[:4], 16) / 0xFFFF
    red, green, blue = colorsys.hls_to_rgb(hue, 0.86, 0.6)
    return f"#{int(red * 255):02x}{int(green * 255):02x}{int(blue * 255):02x}", "#1a1a1a"


def _top(review: Review, colors: TypeColors) -> str:
    sources = f"{len(review.columns)} source{'s' if len(review.columns) != 1 else ''}"
    dates = ", ".join(iso_span(*s) for s in review.date_spans) or "no date"
    parts = [f"<h1>{_e(review.label)}</h1>", f"<div>{sources} · passages dated {_e(dates)}</div>"]
    if review.conflicts:
        items = "".join(f"<li>⚠ {_e(sentence)}</li>" for sentence in review.conflicts)
        parts.append(f"<ul class='conflicts'>{items}</ul>")
    else:
        parts.append("<p class='agree'>The sources agree on dates, participants and numbers.</p>")
    shown = {m.type for c in review.columns for m in c.mentions}
    chips = "".join(f"<span style='background:{colors[t][0]};color:{colors[t][1]}' title='{_e(type_description(t))}'>"
                    f"{_e(type_name(t))}</span>" for t in sorted(shown, key=type_name))
    parts.append(f"<div class='legend'>{chips}<span class='passage'>reported event</span>"
                 "<span class='mark-date'>sources disagree</span>"
                 "<span class='mark-participant'>named by some sources only</span></div>")
    return "".join(parts)


def _column_cells(review: Review, column: ReviewColumn, colors: TypeColors) -> str:
    """The three grid cells of one column: header, passages, whole text (rows line up across columns)."""
    basis = BASIS_TEXT.get(column.published_basis, column.published_basis) or "no basis"
    published = (f"published {_e(column.published)} <span class='basis'>({_e(basis)})</span>" if column.published
                 else "publication date unknown")
    head = (f"<section class='head'><div class='outlet'>{_e(column.source or 'unknown outlet')}</div>"
            f"<div>{published}</div>"
            f"<div class='file'>{_e(column.name)}</div><h2>{_e(column.title or column.name)}</h2></section>")
    passages = "".join(
        f"<p><span class='date'>{_e(p.date or 'no date')}</span><br>"
        f"{_marked_text(review, column, colors, p.start, p.end)}</p>" for p in column.passages)
    return (f"{head}<section class='passages'>{passages or '<i>no passage</i>'}</section>"
            f"<section class='text'>{_marked_text(review, column, colors, 0, len(column.text))}</section>")


def _marked_text(review: Review, column: ReviewColumn, colors: TypeColors, start: int, end: int) -> str:
    """``column.text[start:end]`` escaped, cut where any highlight begins or ends, each piece styled."""
    spans = [(p.start, p.end, "passage", f"Reported event, {p.date or 'no date'}") for p in column.reporting]
    spans += [(m.start, m.end, f"mention:{m.type}",
               f"{review.entity_names.get(m.entity_id, m.entity_id)} ({type_name(m.type)})") for m in column.mentions]
    spans += [(m.start, m.end, f"mark-{m.kind}", m.note or f"{m.kind} differs") for m in column.marks]
    spans = [s for s in spans if s[0] < end and s[1] > start]
    cuts = sorted({start, end, *(max(start, min(end, p)) for s in spans for p in s[:2])})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        active = [s for s in spans if s[0] <= left and right <= s[1]]
        pieces.append(_piece(column.text[left:right], active, colors))
    return "".join(pieces)


def _piece(text: str, active: list[tuple[int, int, str, str]], colors: TypeColors) -> str:
    if not active:
        return _e(text)
    classes, style = [], ""
    for _, _, kind, _ in active:
        if kind.startswith("mention:"):
            background, foreground = colors[kind.split(":", 1)[1]]
            style = f" style='background:{background};color:{foreground}'"
        else:
            classes.append(kind)
    title = " · ".join(note for *_, note in active)
    class_attr = f" class='{' '.join(classes)}'" if classes else ""
    return f"<span{class_attr}{style} title='{_e(title)}'>{_e(text)}</span>"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
