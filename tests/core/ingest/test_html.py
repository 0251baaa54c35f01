"""Web pages reduce to the article's text, one block per line, without site clutter."""

from __future__ import annotations

from explorer.core.ingest import read_documents
from explorer.core.ingest.html import html_to_text, looks_like_html

PAGE = """<!DOCTYPE html>
<html><head><title>  Minister visits
   Washington </title>
<style>p { color: red }</style><script>var tracking = "SECRET_SCRIPT";</script></head>
<body>
<header>Site masthead</header>
<nav><a href="/">Home</a> | <a href="/world">World news menu</a></nav>
<h1>Minister   visits Washington</h1>
<p>The minister arrived
   on <b>Wednesday</b> for talks.</p>
<p>Second paragraph.<br>After a break.</p>
<ul><li>First point</li><li>Second point</li></ul>
<aside>Related: other stories</aside>
<form>Subscribe to our newsletter</form>
<noscript>Enable JavaScript</noscript>
<!-- an HTML comment -->
<footer>Copyright footer</footer>
</body></html>"""


def test_clutter_is_dropped_and_blocks_become_lines():
    title, text = html_to_text(PAGE)
    assert title == "Minister visits Washington"
    assert text.split("\n") == [
        "Minister visits Washington",
        "The minister arrived on Wednesday for talks.",
        "Second paragraph.",
        "After a break.",
        "First point",
        "Second point",
    ]
    for clutter in ("SECRET_SCRIPT", "color: red", "menu", "masthead", "Related", "Subscribe",
                    "JavaScript", "comment", "Copyright"):
        assert clutter not in text


def test_title_falls_back_to_first_h1():
    title, _ = html_to_text("<html><body><h1>Only a heading</h1><p>Text.</p></body></html>")
    assert title == "Only a heading"


def test_html_file_is_read_as_page(tmp_path):
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "saved_page").write_text(PAGE, encoding="utf-8")  # no suffix: sniffed
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["page.htm", "saved_page"]
    for document in result.documents:
        assert document.title == "Minister visits Washington"
        assert "<p>" not in document.text and "SECRET_SCRIPT" not in document.text
        assert "The minister arrived on Wednesday for talks." in document.text


def test_plain_text_mentioning_tags_is_not_html():
    assert not looks_like_html("Use the <b> tag for bold.\n<html> is the root.")
    assert looks_like_html("<!doctype html><html><body>x</body></html>")
