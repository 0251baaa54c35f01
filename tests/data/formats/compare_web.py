"""Compare main-text extraction and date finding on saved web pages: Explorer's own HTML path
(explorer.core.ingest.html before trafilatura), trafilatura, and the two combined as
explorer.core.ingest.formats.web does. Run from the repository root:
``.venv/bin/python tests/data/formats/compare_web.py``.

Two sets of pages:
- made: the six real BBC articles of ``articles.json``, each set in three page layouts as
  CMSs serve them (a div-based news site, an HTML5 site with <header>/<nav>/<aside> and comments
  marked up as <article>, a blog with a widget sidebar and a comment form), the date in a
  different place in each (article:published_time, JSON-LD datePublished, only "Posted on ..."
  and the permalink); the gold text is the article's paragraphs, the boilerplate the layout's;
- short: the same pages holding only the article's first sentence (a brief, under 250 characters);
- real: documentation pages installed on this machine (Node.js API, npm, the Rust book), each
  with its site's navigation; the gold is found by each site's own markup (its main column's
  paragraphs, its navigation's links), so nothing here is judged by hand.
Figures per set: paragraphs kept (a gold paragraph counts when its text, spaces aside, is in
the output), boilerplate kept (navigation, menus, share lines, related links, comments, footer
strings of 15+ characters that are not in the article), and, for the made pages, the
publication date found (the HTML path finds it in the text, as ingest does; htmldate in the markup).
"""

from __future__ import annotations

import glob
import re
import sys
import time
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_files import ARTICLES, web_page  # noqa: E402

DATES = ["2004-11-03", "2004-12-14", "2005-01-20", "2004-11-04", "2004-11-30", "2005-02-08"]
REAL = {
    "/usr/share/doc/nodejs/api/*.html": ("//div[@id='apicontent']//p", "//div[@id='column2']//a | //div[@id='gtoc']//a"),
    "/usr/lib/node_modules/npm/docs/output/commands/*.html": ("//div[@id='_content']//p",
                                                              "//div[@id='banner']//* | //div[@id='_table_of_contents']//a"),
    "/root/.rustup/toolchains/*/share/doc/rust/html/book/ch*.html": ("//main//p",
                                                                    "//nav[@id='mdbook-sidebar']//a | //div[@id='mdbook-menu-bar']//*"),
}
PAGES_PER_SITE = 12


def html5_page(article: dict, day: str) -> str:
    """A semantic HTML5 site: header and nav, the article, an aside, comments marked up as <article>, footer."""
    body = "\n".join(f"<p>{p}</p>" for p in article["paragraphs"])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{article['headline']} - World Desk</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{article['headline']}", "datePublished": "{day}T07:00:00Z"}}</script>
</head><body><header><a href="/">World Desk</a><nav><ul><li><a href="/world">World news today</a></li>
<li><a href="/politics">Politics and elections</a></li><li><a href="/subscribe">Subscribe for full access</a></li></ul></nav></header>
<main><article><h1>{article['headline']}</h1>{body}</article>
<aside><h2>Most read this week</h2><ol><li><a href="/x">Council tax bills to rise again</a></li>
<li><a href="/y">Floods close three main roads</a></li></ol></aside></main>
<section class="comments"><h2>Reader comments</h2>
<article class="comment"><p>Another waste of public money, if you ask me.</p></article>
<article class="comment"><p>Finally someone is doing something about this!</p></article></section>
<footer><p>World Desk Media Group, all rights reserved. Terms of use and cookie policy.</p></footer></body></html>"""


def blog_page(article: dict, day: str) -> str:
    """A blog: widget sidebar before the post, date only as text and in the permalink, a reply form."""
    year, month, dd = day.split("-")
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    body = "\n".join(f"<p>{p}</p>" for p in article["paragraphs"])
    slug = re.sub(r"\W+", "-", article["headline"].lower())
    return f"""<html><head><title>{article['headline']} &#8211; Notes from the Lobby</title>
<link rel="canonical" href="https://lobbynotes.example/{year}/{month}/{dd}/{slug}/"></head><body>
<div id="page"><div id="masthead"><span class="site-title">Notes from the Lobby</span>
<span class="tagline">An independent blog on politics and the economy</span></div>
<div id="sidebar" class="widget-area"><div class="widget"><h3>Recent posts</h3><ul>
<li><a href="/p1">What the budget means for pensioners</a></li><li><a href="/p2">Five charts on regional growth</a></li></ul></div>
<div class="widget"><h3>Archives</h3><ul><li><a href="/a1">October 2004 (12 posts)</a></li><li><a href="/a2">September 2004 (9 posts)</a></li></ul></div>
<div class="widget"><h3>Tags</h3><a href="/t1">economy</a> <a href="/t2">parliament</a> <a href="/t3">technology</a></div></div>
<div id="primary"><div class="post"><h2 class="entry-title">{article['headline']}</h2>
<div class="entry-meta">Posted on {int(dd)} {months[int(month) - 1]} {year} by lobbywatcher</div>
<div class="entry-content">{body}</div>
<div class="entry-footer">This entry was posted in Politics and tagged parliament. Bookmark the permalink.</div></div>
<div id="comments"><h3>One thought on this post</h3><ol class="commentlist"><li class="comment">
<div class="comment-author">reader42 says:</div><p>Spot on as usual, keep up the good work.</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p>
<textarea></textarea><input type="submit" value="Post Comment"></form></div></div></div>
<div id="colophon">Proudly powered by WordPress | Theme: Twenty Ten by the WordPress team</div></div></body></html>"""


LAYOUTS = {"div news site": lambda a, d: web_page(a).replace("2004-11-03", d), "html5 site": html5_page, "blog": blog_page}


def made_pages() -> list[tuple[str, str, list[str], list[str], str]]:
    """(name, markup, gold paragraphs, boilerplate strings, gold date) for each made page."""
    pages = []
    for layout, make in LAYOUTS.items():
        for article, day in zip(ARTICLES, DATES):
            markup = make(article, day)
            boiler = boilerplate(markup, article)
            pages.append((f"{layout}: {article['headline']}", markup, article["paragraphs"], boiler, day))
    return pages


def short_pages() -> list[tuple[str, str, list[str], list[str], str]]:
    """The made pages with only the article's first sentence (under 250 characters, where trafilatura
    falls back to reading the whole body unless told otherwise): a brief, a correction, a live-blog entry."""
    pages = []
    for layout, make in LAYOUTS.items():
        for article, day in zip(ARTICLES, DATES):
            first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", article["paragraphs"][0])[0][:240]
            brief = {"headline": article["headline"], "paragraphs": [first]}
            markup = make(brief, day)
            pages.append((f"{layout}: {article['headline']} (brief)", markup, [first], boilerplate(markup, brief), day))
    return pages


def boilerplate(markup: str, article: dict) -> list[str]:
    """Every string of the page (15+ characters) that is not the article's headline or text."""
    tree = lxml_html.fromstring(markup)
    for bad in tree.xpath("//script|//style|//head"):
        bad.drop_tree()
    text = squash(" ".join([article["headline"]] + article["paragraphs"]))
    strings = (squash(s) for s in tree.xpath("//body//text()"))
    return [s for s in strings if len(s) >= 15 and squash(s) not in text]


def real_pages() -> list[tuple[str, str, list[str], list[str], str]]:
    """(name, markup, gold paragraphs, boilerplate strings, "") for documentation pages on this machine."""
    pages = []
    for pattern, (main, nav) in REAL.items():
        for path in sorted(glob.glob(pattern))[:PAGES_PER_SITE]:
            markup = Path(path).read_text(encoding="utf-8", errors="replace")
            tree = lxml_html.fromstring(markup)
            paragraphs = [p.text_content() for p in tree.xpath(main)]
            paragraphs = [p for p in paragraphs if len(squash(p)) >= 40]
            main_text = squash(" ".join(paragraphs))
            nav_strings = {squash(e.text_content()) for e in tree.xpath(nav) if len(e) == 0}
            boiler = [s for s in nav_strings if len(s) >= 15 and s not in main_text]
            if paragraphs and boiler:
                pages.append((path, markup, paragraphs, boiler, ""))
    return pages


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def score(extract, pages) -> dict:
    kept = total = boiler_kept = boiler_total = dated = dated_total = 0
    seconds = 0.0
    for _name, markup, gold, boiler, day in pages:
        start = time.perf_counter()
        text, found_day = extract(markup)
        seconds += time.perf_counter() - start
        flat = squash(text)
        kept += sum(1 for p in gold if squash(p) in flat)
        total += len(gold)
        boiler_kept += sum(1 for s in boiler if s in flat)
        boiler_total += len(boiler)
        if day:
            dated_total += 1
            dated += found_day == day
    figures = {"paragraphs_kept": f"{kept}/{total}", "boilerplate_kept": f"{boiler_kept}/{boiler_total}",
               "ms_per_page": round(1000 * seconds / len(pages), 1)}
    if dated_total:
        figures["date_right"] = f"{dated}/{dated_total}"
    return figures


def explorer_html(markup: str) -> tuple[str, str]:
    from explorer.core.ingest.html import html_to_text
    from explorer.core.ingest.published import find_published

    _title, text = html_to_text(markup)
    return text, find_published(text).date


def with_trafilatura(markup: str) -> tuple[str, str]:
    import htmldate
    import trafilatura

    text = trafilatura.extract(markup, include_comments=False, include_tables=True) or ""
    return text, htmldate.find_date(markup, original_date=True, outputformat="%Y-%m-%d") or ""


def trafilatura_short_kept(markup: str) -> tuple[str, str]:
    """trafilatura as web.py configures it (dates from markup only, a short article kept), no HTML path."""
    import htmldate
    import trafilatura

    from explorer.core.ingest.formats.web import trafilatura_config

    text = trafilatura.extract(markup, include_comments=False, include_tables=True, config=trafilatura_config()) or ""
    return text, htmldate.find_date(markup, original_date=True, extensive_search=False, outputformat="%Y-%m-%d") or ""


def combined(markup: str) -> tuple[str, str]:
    from explorer.core.ingest.formats.web import page_date, page_text

    _title, text, _site = page_text(markup)
    return text, page_date(markup)


def main() -> None:
    for label, pages in (("made", made_pages()), ("short", short_pages()), ("real", real_pages())):
        print(f"== {label}: {len(pages)} pages")
        for name, extract in (("explorer html", explorer_html), ("trafilatura+htmldate", with_trafilatura),
                              ("trafilatura, short kept", trafilatura_short_kept), ("web.py (chosen)", combined)):
            try:
                print(f"{name:22}", score(extract, pages))
            except ImportError as exc:
                print(f"{name:22} not available ({exc})")


if __name__ == "__main__":
    main()
