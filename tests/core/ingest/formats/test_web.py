"""Saved web pages: the article without the site around it, dated from the page's markup,
the ``_files`` folder a browser saves beside a page kept out, single-file ``.mhtml`` read."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from explorer.core.ingest import read_documents

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"
ARTICLE = json.loads((FORMATS / "articles.json").read_text(encoding="utf-8"))["articles"][4]
BOILERPLATE = ["The Daily Record", "Business", "Share this article", "Related stories", "Markets slide",
               "Comments (2)", "Great article", "Sign in to post", "All rights reserved", "Privacy policy"]


def read(folder: Path):
    result = read_documents([folder])
    return {d.name: d for d in result.documents}, {s.name: s.reason for s in result.skipped}


def saved_page(tmp_path: Path) -> Path:
    shutil.copy(FORMATS / "page.html", tmp_path / "page.html")
    shutil.copytree(FORMATS / "page_files", tmp_path / "page_files")
    return tmp_path


def test_a_saved_page_keeps_the_article_and_drops_the_site_around_it(tmp_path):
    documents, skipped = read(saved_page(tmp_path))
    page = documents["page.html"]
    lines = page.text.split("\n")
    assert lines[0] == "Screensaver tackles spam websites" and page.title == lines[0]
    assert lines[1:] == ARTICLE["paragraphs"]
    for clutter in BOILERPLATE:
        assert clutter not in page.text
    mention = "Malte Pollmann"
    start = page.text.index(mention)
    assert page.text[start:start + len(mention)] == mention


def test_the_date_comes_from_the_pages_markup(tmp_path):
    documents, _ = read(saved_page(tmp_path))
    page = documents["page.html"]
    assert (page.published, page.published_basis) == ("2004-11-03", "metadata")


def test_the_files_folder_saved_beside_a_page_gives_no_documents(tmp_path):
    folder = saved_page(tmp_path)
    (folder / "other_files").mkdir()  # no other.html beside it: an ordinary folder, read
    (folder / "other_files" / "note.txt").write_text("Talks resumed in Doha on Thursday.", encoding="utf-8")
    documents, skipped = read(folder)
    assert sorted(documents) == ["other_files/note.txt", "page.html"]
    assert skipped == {}


def test_a_single_file_mhtml_page_reads_as_the_saved_page(tmp_path):
    shutil.copy(FORMATS / "page.mhtml", tmp_path / "page.mhtml")
    documents, skipped = read(saved_page(tmp_path))
    assert skipped == {}
    assert documents["page.mhtml"].text == documents["page.html"].text
    assert documents["page.mhtml"].published == "2004-11-03"


def test_a_date_only_in_the_address_a_browser_noted_is_found(tmp_path):
    markup = ("<!-- saved from url=(0052)https://news.example.org/2005/02/08/budget-vote.html -->\n"
              "<html><body><article><h1>Budget vote delayed</h1>"
              + "".join(f"<p>{p}</p>" for p in ARTICLE["paragraphs"]) + "</article></body></html>")
    (tmp_path / "saved.html").write_text(markup, encoding="utf-8")
    documents, _ = read(tmp_path)
    assert documents["saved.html"].published == "2005-02-08"


def test_a_page_trafilatura_will_not_parse_falls_back_to_the_html_path(tmp_path):
    depth = 5_000
    page = "<html><body>" + "<div>" * depth + "<p>The summit opened in Geneva on Wednesday.</p>" + "</div>" * depth
    (tmp_path / "deep.html").write_text(page + "</body></html>", encoding="utf-8")
    started = time.perf_counter()
    documents, skipped = read(tmp_path)
    assert time.perf_counter() - started < 20
    assert documents["deep.html"].text == "The summit opened in Geneva on Wednesday."


def test_a_page_with_no_text_is_one_line(tmp_path):
    (tmp_path / "blank.html").write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    documents, skipped = read(tmp_path)
    assert documents == {} and skipped == {"blank.html": "web page with no text"}


LEAD_PAGE = """<html><head><title>{headline} | Regional News</title>
<meta property="article:published_time" content="2004-11-30T08:00:00+00:00"></head><body>
<header><nav><a href="/">Regional News</a> <a href="/local">Local news and weather</a></nav></header>
<main><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{headline}</h1>
<div><section class="Timestamp"><span>Published</span> <time datetime="2004-11-30T08:00:00+00:00">today 08:00</time></section></div>
<div class="Lead__root" itemprop="description"><p>{lead}</p></div>
<div class="TextArticle__main"><div class="TextArticle__body" itemprop="articleBody">{body}</div></div>
</article><aside><h1>Most read</h1><ul><li><a href="/x">Council tax bills to rise again next spring</a></li></ul></aside></main>
<footer><p>Publisher: Regional News Ltd. All rights reserved.</p></footer></body></html>"""


def test_the_lead_paragraph_a_news_site_sets_apart_is_kept(tmp_path):
    article = json.loads((FORMATS / "articles.json").read_text(encoding="utf-8"))["articles"][5]
    lead, *body = article["paragraphs"]
    page = LEAD_PAGE.format(headline=article["headline"], lead=lead, body="".join(f"<p>{p}</p>" for p in body))
    (tmp_path / "lead.html").write_text(page, encoding="utf-8")
    documents, _ = read(tmp_path)
    lines = documents["lead.html"].text.split("\n")
    assert lines[:3] == [article["headline"], lead, body[0]]  # headline, standfirst, body: no dateline
    assert "Most read" not in documents["lead.html"].text and "today 08:00" not in documents["lead.html"].text


PAGE_POUNDS = ("<html><head><title>Levi cuts jobs</title></head><body><article><h1>Levi cuts jobs</h1>"
               "<p>The jeans maker will pay $26,500 (£13,700) to each of the workers it lays off in Scotland.</p>"
               "<p>Unions said the offer fell short of what the workers had asked for.</p></article></body></html>")


def mhtml(page: bytes, content_type: str) -> bytes:
    return (b"MIME-Version: 1.0\r\nSubject: Levi cuts jobs\r\n"
            b'Content-Type: multipart/related; boundary="XX"\r\n\r\n--XX\r\n'
            + f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: 8bit\r\n".encode()
            + b"Content-Location: https://news.example.org/levi.html\r\n\r\n" + page + b"\r\n--XX--\r\n")


def test_a_web_archive_page_naming_no_charset_is_decoded_as_a_saved_page_is(tmp_path):
    """Found by a new user (s24): "£" in an .mhtml page part with no charset came out as replacement characters,
    where the same bytes as an .html file read as "£"."""
    (tmp_path / "levi.mhtml").write_bytes(mhtml(PAGE_POUNDS.encode("utf-8"), "text/html"))
    documents, skipped = read(tmp_path)
    assert skipped == {}
    assert "(£13,700)" in documents["levi.mhtml"].text and "\ufffd" not in documents["levi.mhtml"].text


def test_mojibake_is_mended_in_every_format_as_in_text_files(tmp_path):
    """"Â£" (UTF-8 read as Windows-1252) was mended in .txt and .html but kept in a page part that declared utf-8,
    in mailbox messages and in PDFs (s24)."""
    garbled = PAGE_POUNDS.replace("£", "Â£").encode("utf-8")
    (tmp_path / "levi.mhtml").write_bytes(mhtml(garbled, 'text/html; charset="utf-8"'))
    documents, _ = read(tmp_path)
    assert "(£13,700)" in documents["levi.mhtml"].text
