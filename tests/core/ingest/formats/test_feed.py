"""Feeds: each RSS or Atom item a document with its title, day, link and text; XML that is no feed is named."""

from __future__ import annotations

from tests.core.ingest.formats.conftest import mention_slices, read_one

ROTTERDAM = "news.rss ▸ item 1 · https://example.org/news/rotterdam-port"


def test_each_rss_item_is_a_document_with_title_day_outlet_and_link(formats_dir):
    documents, skipped = read_one(formats_dir / "news.rss")
    item = documents[ROTTERDAM]
    assert item.origin == "item 1 · https://example.org/news/rotterdam-port"  # the link traces the item to its page
    assert (item.title, item.source) == ("Port of Rotterdam reopens", "Harbour Times")
    assert (item.published, item.published_basis) == ("2026-02-03", "metadata")  # 23:30 at UTC-5, as the feed wrote it
    assert item.text == "The Port of Rotterdam reopened on Tuesday after a storm."  # HTML stripped
    assert skipped == {"news.rss ▸ item 3 · https://example.org/news/empty": "an item with no text (no content or summary)"}


def test_an_atom_entry_takes_its_html_content_and_updated_day(formats_dir):
    documents, _ = read_one(formats_dir / "wire.atom")
    (entry,) = documents.values()
    assert entry.origin == "item 1 · https://example.org/news/water-bill"
    assert (entry.title, entry.source, entry.published) == ("Senate passes water bill", "Capitol Wire", "2026-02-05")
    assert "Senator Amelia Cortez wrote it." in entry.text and "<p>" not in entry.text


def test_an_xml_file_is_read_only_when_it_is_a_feed(formats_dir):
    documents, _ = read_one(formats_dir / "feed.xml")
    assert len(documents) == 2
    documents, skipped = read_one(formats_dir / "annotation.xml")
    assert not documents
    assert skipped == {"annotation.xml": "XML, but not an RSS or Atom feed (its root element is <TimeML>)"}


def test_a_feed_that_is_not_xml_is_one_line(formats_dir):
    documents, skipped = read_one(formats_dir / "not_xml.rss")
    assert not documents
    assert skipped["not_xml.rss"].startswith("not an RSS or Atom feed: not XML")


def test_a_feed_is_never_fetched_from_the_network(tmp_path):
    link = tmp_path / "link.rss"
    link.write_text("https://example.org/feed.rss")
    documents, skipped = read_one(link)
    assert not documents and skipped["link.rss"].startswith("not an RSS or Atom feed")


def test_offsets_of_mentions_in_feed_items_slice_their_stored_text(extracted):
    slices = mention_slices(extracted, ROTTERDAM)
    assert ("Port of Rotterdam", "Port of Rotterdam") in slices or ("Rotterdam", "Rotterdam") in slices
    assert all(text == stored for text, stored in slices)
