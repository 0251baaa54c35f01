"""The e-mail, feed and table test files (made by tests/data/formats/make_mail_feed_table.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

FORMATS = Path(__file__).resolve().parents[3] / "data" / "formats"


@pytest.fixture(scope="session")
def formats_dir() -> Path:
    return FORMATS


def read_one(path: Path, **options):
    """Documents and skips of one file, by name."""
    from explorer.core.ingest import read_documents

    result = read_documents([path], **options)
    return {d.name: d for d in result.documents}, {s.name: s.reason for s in result.skipped}


@pytest.fixture(scope="session")
def extracted(tmp_path_factory):
    """Mail, feed and table files extracted together into one workspace (the real model): the
    stored texts and the mentions, to check that offsets slice each document's text."""
    from explorer.core.build.local import build_workspace
    from explorer.core.store import load_workspace

    names = ["note.eml", "case.mbox", "memo.msg", "news.rss", "wire.atom", "articles.csv", "articles.parquet"]
    output = tmp_path_factory.mktemp("formats") / "formats.explorer"
    build_workspace([FORMATS / n for n in names], output)
    return load_workspace(output)


def mention_slices(tables, document_name: str) -> list[tuple[str, str]]:
    """(mention text, the document text at its offsets) for every mention of a document."""
    documents = tables["documents"].set_index("name")
    doc = documents.loc[document_name]
    mentions = tables["mentions"][tables["mentions"]["doc_id"] == doc["doc_id"]]
    return [(m.text, doc["text"][m.start:m.end]) for m in mentions.itertuples()]
