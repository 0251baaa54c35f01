"""Write the real files the format tests read, with the libraries that write each kind.

Run from the repository root: ``.venv/bin/python tests/data/formats/make_files.py`` (reportlab writes the
PDFs: ``.venv/bin/pip install reportlab``; it is not one of Explorer's dependencies). Zip, Word and
.mhtml files carry the time they were written, so a run rewrites them even when nothing changed.
The article text is real (BBC News 2004-2005, ``articles.json``, taken from
../shared/corpora/bbc/val.csv); the files are laid out the way their kinds are in use:
a two-column PDF report with hyphenated line ends and a date in its metadata (reportlab),
a scanned page with no text layer, an encrypted PDF, a Word memo with a heading and a
table (python-docx), zip archives (zipfile), a saved web page with its ``_files`` folder
and the same page as a single-file ``.mhtml`` (email). Bad inputs are made by damaging
good files. ``--long N`` also writes /tmp/long_report.pdf (N pages) for the speed figures, and
``--libreoffice`` columns_lo.pdf (the same articles in two columns, a PDF written by LibreOffice).
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from datetime import datetime, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = json.loads((HERE / "articles.json").read_text(encoding="utf-8"))["articles"]
PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN, GUTTER, FONT, SIZE, LEADING = 50.0, 24.0, "Times-Roman", 10.5, 13.0
COLUMN_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2


def wrap(words: list[str], width: float) -> list[str]:
    """Lines of at most ``width`` points, breaking a long word with a hyphen as typesetters do."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    queue = list(words)
    while queue:
        word = queue.pop(0)
        trial = f"{line} {word}".strip()
        if stringWidth(trial, FONT, SIZE) <= width:
            line = trial
            continue
        head = hyphen_head(line, word, width)
        if head:
            lines.append(f"{line} {head}-".strip())
            queue.insert(0, word[len(head):])
        else:
            lines.append(line)
            queue.insert(0, word)
        line = ""
    if line:
        lines.append(line)
    return lines


def hyphen_head(line: str, word: str, width: float) -> str:
    """The longest start (3+ letters, 3+ left) of a long plain word that fits on ``line`` with a hyphen."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if len(word) < 8 or not word.isalpha():
        return ""
    for cut in range(len(word) - 3, 2, -1):
        if stringWidth(f"{line} {word[:cut]}-".strip(), FONT, SIZE) <= width:
            return word[:cut]
    return ""


def column_lines(paragraphs: list[str]) -> list[str]:
    """The lines of the text set in one column; an empty line between paragraphs."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += wrap(paragraph.split(), COLUMN_W) + [""]
    return lines


def two_column_pdf(path: Path, articles: list[dict], title: str, created: datetime) -> None:
    """A report of several pages: each page a headline over two columns of text."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setTitle(title)
    pdf.setAuthor("Explorer test data")
    pdf.setCreator("reportlab")
    pdf.setDateFormatter(lambda *_: created.strftime("D:%Y%m%d%H%M%S+00'00'"))
    for article in articles:
        lines = column_lines(article["paragraphs"])
        rows = int((PAGE_H - 2 * MARGIN - 40) // LEADING)
        pdf.setFont("Times-Bold", 18)
        pdf.drawString(MARGIN, PAGE_H - MARGIN - 18, article["headline"])
        pdf.setFont(FONT, SIZE)
        for index, line in enumerate(lines[: 2 * rows]):
            column, row = divmod(index, rows)
            x = MARGIN + column * (COLUMN_W + GUTTER)
            pdf.drawString(x, PAGE_H - MARGIN - 40 - row * LEADING, line)
        pdf.showPage()
    pdf.save()


def scanned_page(pdf, line: str) -> None:
    """A page that is only a picture of text, as a scanner makes it: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (800, 300), 255)
    ImageDraw.Draw(image).text((20, 20), line, fill=0)
    pdf.drawImage(ImageReader(image), MARGIN, PAGE_H - 300, width=500, height=190)
    pdf.showPage()


def scanned_pdf(path: Path) -> None:
    """A scan: one page, a picture of text."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    scanned_page(pdf, ARTICLES[0]["paragraphs"][0][:90])
    pdf.save()


def mixed_pdf(path: Path) -> None:
    """Typed text, then a scanned page (an annex), then a blank page."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setDateFormatter(lambda *_: "D:20041104090000+00'00'")  # else reportlab's invariant 2000-01-01
    pdf.setFont(FONT, SIZE)
    for row, line in enumerate(wrap(ARTICLES[3]["paragraphs"][0].split(), PAGE_W - 2 * MARGIN)):
        pdf.drawString(MARGIN, PAGE_H - MARGIN - row * LEADING, line)
    pdf.showPage()
    scanned_page(pdf, ARTICLES[3]["paragraphs"][1][:90])
    pdf.showPage()  # blank: nothing on it
    pdf.save()


def encrypted_pdf(path: Path) -> None:
    """A PDF that opens only with a password."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1, encrypt="secret")
    pdf.drawString(MARGIN, PAGE_H - MARGIN, ARTICLES[1]["paragraphs"][0][:80])
    pdf.showPage()
    pdf.save()


def running_heads_pdf(path: Path) -> None:
    """A report in one column flowing over pages, each with a running head and a folio ("Page 2
    of 3"), as a word processor prints them; a sentence runs from one page to the next."""
    from reportlab.pdfgen import canvas

    text = [p for a in ARTICLES[3:6] for p in [a["headline"]] + a["paragraphs"]]
    lines = []
    for paragraph in text:
        lines += wrap(paragraph.split(), PAGE_W - 2 * MARGIN) + [""]
    rows = 34
    pages = [lines[i:i + rows] for i in range(0, len(lines), rows)]
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setDateFormatter(lambda *_: "D:20050210120000+00'00'")
    pdf.setTitle("Briefing pack")
    for number, page in enumerate(pages, start=1):
        pdf.setFont("Times-Italic", 9)
        pdf.drawString(MARGIN, PAGE_H - 30, "Briefing pack - Politics and economy, February 2005")
        pdf.drawString(PAGE_W / 2 - 20, 30, f"Page {number} of {len(pages)}")
        pdf.setFont(FONT, SIZE)
        for row, line in enumerate(page):
            pdf.drawString(MARGIN, PAGE_H - MARGIN - 20 - row * LEADING, line)
        pdf.showPage()
    pdf.save()


def restricted_pdf(path: Path) -> None:
    """A PDF locked only by an owner password (no printing, no copying): it opens without one."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    lock = StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0)
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1, encrypt=lock)
    pdf.drawString(MARGIN, PAGE_H - MARGIN, ARTICLES[1]["paragraphs"][0][:80])
    pdf.showPage()
    pdf.save()


def word_memo(path: Path) -> None:
    """A Word memo: title and author in its core properties, a heading, paragraphs, a table."""
    import docx

    article = ARTICLES[5]
    document = docx.Document()
    document.core_properties.title = article["headline"]
    document.core_properties.author = "J. Analyst"
    document.core_properties.created = datetime(2004, 11, 30, 9, 0, tzinfo=timezone.utc)
    document.core_properties.modified = datetime(2004, 12, 1, 17, 30, tzinfo=timezone.utc)
    document.add_heading(article["headline"], level=1)
    for paragraph in article["paragraphs"][:3]:
        document.add_paragraph(paragraph)
    document.add_heading("Prices at the close", level=2)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Market", "Price", "Change"), ("US light crude", "$45.66", "-$2.80"),
                                       ("Brent", "$42.91", "-$2.55")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    for paragraph in article["paragraphs"][3:]:
        document.add_paragraph(paragraph)
    document.save(str(path))


def libreoffice_pdf(path: Path, articles: list[dict]) -> None:
    """The same kind of report written by another program: a Word file in two justified columns,
    one article a page, turned into PDF by LibreOffice (``soffice``, when it is installed)."""
    import shutil
    import subprocess
    import tempfile

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: columns_lo.pdf not written")
        return
    document = docx.Document()
    document.core_properties.title = "Three reports, set by LibreOffice"
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "567")
    document.sections[0]._sectPr.append(columns)
    for number, article in enumerate(articles):
        heading = document.add_heading(article["headline"], level=1)
        heading.paragraph_format.page_break_before = bool(number)
        for text in article["paragraphs"]:
            document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / (path.stem + ".docx")
        document.save(str(source))
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, str(source)],
                       check=True, capture_output=True, timeout=300)
        shutil.copy(Path(folder) / (path.stem + ".pdf"), path)


def web_page(article: dict) -> str:
    """A news page as a CMS serves it: menus, share links, related stories, comments, footer."""
    body = "\n".join(f"<p>{p}</p>" for p in article["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{article['headline']} | The Daily Record</title>
<meta property="article:published_time" content="2004-11-03T08:12:00+00:00">
<link rel="stylesheet" href="page_files/site.css"></head>
<body><div class="site-header"><a href="/">The Daily Record</a>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="content"><h1>{article['headline']}</h1>
<div class="byline">By Staff Reporter, <time datetime="2004-11-03">3 November 2004</time></div>
<div class="share">Share this article: Facebook Twitter Email</div>
<div class="article-body">{body}</div>
<div class="related"><h3>Related stories</h3><ul><li><a href="/a">Markets slide on rate fears</a></li>
<li><a href="/b">Union vote set for Thursday</a></li></ul></div>
<div class="comments"><h3>Comments (2)</h3><div class="comment">Great article, thanks!</div>
<div class="comment">Sign in to post a comment.</div></div></div>
<div class="site-footer">Copyright 2004 The Daily Record. All rights reserved. Privacy policy. Contact us.</div>
<img src="page_files/logo.png"></body></html>
"""


def saved_pages(folder: Path) -> None:
    """A page saved 'complete' (``page.html`` and ``page_files/``) and the same page as ``.mhtml``."""
    article = ARTICLES[4]
    html = web_page(article)
    (folder / "page.html").write_text(html, encoding="utf-8")
    files = folder / "page_files"
    files.mkdir(exist_ok=True)
    (files / "site.css").write_text("body { font-family: serif }\n", encoding="utf-8")
    (files / "frame.html").write_text("<html><body><p>Advertisement: buy now</p></body></html>\n", encoding="utf-8")
    (files / "notes.txt").write_text("A text file the browser saved beside the page.\n", encoding="utf-8")
    message = MIMEMultipart("related")
    message["Subject"] = article["headline"]
    message["Snapshot-Content-Location"] = "https://news.example.org/screensaver"
    part = MIMEText(html, "html", "utf-8")
    part["Content-Location"] = "https://news.example.org/screensaver"
    message.attach(part)
    css = MIMEText("body { font-family: serif }\n", "css", "utf-8")
    css["Content-Location"] = "https://news.example.org/site.css"
    message.attach(css)
    (folder / "page.mhtml").write_bytes(message.as_bytes())


def archives(folder: Path) -> None:
    """A case archive holding a PDF, a memo, a text and the clutter archives carry; a zip bomb; a broken zip."""
    with zipfile.ZipFile(folder / "case.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(folder / "report.pdf", "a/report.pdf")
        archive.write(folder / "memo.docx", "notes/memo.docx")
        archive.writestr("b/article.txt", ARTICLES[2]["headline"] + "\n\n" + "\n\n".join(ARTICLES[2]["paragraphs"]))
        archive.writestr("b/article.txt.meta.json", json.dumps({"source": "BBC News", "published": "2004-12-20"}))
        archive.writestr("b/.DS_Store", b"\x00\x00\x00\x01Bud1")
        archive.writestr("__MACOSX/a/._report.pdf", b"\x00\x05\x16\x07")
        archive.writestr("b/photo.jpg", b"\xff\xd8\xff\xe0 not text")
    with zipfile.ZipFile(folder / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.txt", b"0" * (64 * 1024 * 1024))
    data = (folder / "case.zip").read_bytes()
    (folder / "corrupt.zip").write_bytes(data[: len(data) // 2])


def broken(folder: Path) -> None:
    """Damaged copies: a PDF cut short, a Word file whose body is garbage."""
    pdf = (folder / "report.pdf").read_bytes()
    (folder / "corrupt.pdf").write_bytes(pdf[:400] + b"\x00garbage" * 20)
    buffer = io.BytesIO()
    with zipfile.ZipFile(folder / "memo.docx") as good, zipfile.ZipFile(buffer, "w") as bad:
        for item in good.infolist():
            data = b"<w:document not xml" if item.filename == "word/document.xml" else good.read(item)
            bad.writestr(item, data)
    (folder / "corrupt.docx").write_bytes(buffer.getvalue())


def main() -> None:
    """Write every file into this folder (and the long PDF, when asked, into /tmp)."""
    created = datetime(2005, 1, 12, 10, 30, tzinfo=timezone.utc)
    two_column_pdf(HERE / "report.pdf", ARTICLES[:3], "Westminster week: three reports", created)
    scanned_pdf(HERE / "scanned.pdf")
    mixed_pdf(HERE / "mixed.pdf")
    encrypted_pdf(HERE / "encrypted.pdf")
    restricted_pdf(HERE / "restricted.pdf")
    running_heads_pdf(HERE / "running_heads.pdf")
    word_memo(HERE / "memo.docx")
    saved_pages(HERE)
    archives(HERE)
    broken(HERE)
    if "--libreoffice" in sys.argv:
        libreoffice_pdf(HERE / "columns_lo.pdf", ARTICLES[:3])
    if "--long" in sys.argv:
        pages = int(sys.argv[sys.argv.index("--long") + 1])
        two_column_pdf(Path("/tmp/long_report.pdf"), (ARTICLES * pages)[:pages], "Long report", created)


if __name__ == "__main__":
    main()
