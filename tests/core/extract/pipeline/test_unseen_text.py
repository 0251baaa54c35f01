"""Extraction on real articles nobody here wrote (BBC News, ../shared/corpora/bbc).

Skipped, with the reason, when the shared corpora are not beside the repository (the
``bbc_corpus`` fixture, which honours ``EXPLORER_CORPORA``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from explorer.core.build.local import build_workspace

REPO = Path(__file__).resolve().parents[4]


@pytest.fixture(scope="module")
def bbc_tables(tmp_path_factory, bbc_corpus):
    spec = importlib.util.spec_from_file_location("bbc_folder", REPO / "bench" / "bbc_folder.py")
    bbc_folder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bbc_folder)
    folder = tmp_path_factory.mktemp("bbc")
    bbc_folder.write_folder(bbc_corpus, "val", 25, folder)
    return build_workspace([folder], folder / "bbc.explorer").tables


def test_every_article_is_read_with_its_mojibake_repaired(bbc_tables):
    documents = bbc_tables["documents"]
    assert len(documents) == 25
    assert (documents["source"] == "BBC").all()
    assert not documents["text"].str.contains("Â£").any()


def test_offsets_hold_on_unseen_text(bbc_tables):
    texts = bbc_tables["documents"].set_index("doc_id")["text"]
    for row in bbc_tables["mentions"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    assert len(bbc_tables["entities"]) > 100
    assert len(bbc_tables["events"]) > 200


def test_undated_articles_get_no_invented_dates(bbc_tables):
    documents = bbc_tables["documents"]
    undated = set(documents.loc[documents["published"] == "", "doc_id"])
    events = bbc_tables["events"]
    assert not events[events["doc_id"].isin(undated) & (events["date_basis"] == "dct")].shape[0]
