"""read_documents: a folder with bad files still yields the good ones and names the bad."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.core.document import make_doc_id
from explorer.core.ingest import IngestResult, Skipped, discover_files, read_documents

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_mixed_folder_reads_good_files_and_names_bad_ones(tmp_path):
    (tmp_path / "good.txt").write_text("A good article.\nIt has two lines.", encoding="utf-8")
    (tmp_path / "zurich.txt").write_bytes("Café in Zürich\nThe café opened.".encode("latin-1"))
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp_path / "empty.md").write_bytes(b"")
    seen = []
    result = read_documents([tmp_path], on_progress=lambda done, total: seen.append((done, total)))
    assert isinstance(result, IngestResult)
    by_name = {d.name: d for d in result.documents}
    assert sorted(by_name) == ["good.txt", "zurich.txt"]
    assert by_name["zurich.txt"].text == "Café in Zürich\nThe café opened."
    assert by_name["zurich.txt"].title == "Café in Zürich"
    assert sorted(result.skipped, key=lambda s: s.name) == [
        Skipped("empty.md", "empty file"),
        Skipped("image.txt", "binary file, not text"),
    ]
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_missing_path_is_skipped_and_the_rest_read(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha.", encoding="utf-8")
    missing = tmp_path / "nope"
    result = read_documents([missing, tmp_path / "a.txt"])
    assert [d.name for d in result.documents] == ["a.txt"]
    assert result.skipped == [Skipped(str(missing), "no such file or folder")]


def test_unreadable_file_is_skipped_with_permission_denied(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: the file stays readable")
        result = read_documents([tmp_path])
        assert result.documents == []
        assert result.skipped == [Skipped("locked.txt", "permission denied")]
    finally:
        locked.chmod(0o644)


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_other_suffixes(tmp_path):
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d", "notes.markdown", "x.text",
                ".hidden.txt", ".git/config.txt", "photo.jpg", "data.csv", "a.meta.json",
                "manifest.csv", "sub/c.html.meta.json"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Text.", encoding="utf-8")
    files, skipped = discover_files([tmp_path])
    # data.csv is an article table now; manifest.csv stays a sidecar, never a document
    assert [f.name for f in files] == ["a.md", "b.txt", "data.csv", "notes.markdown", "sub/c.html", "sub/deeper/d",
                                       "x.text"]
    assert skipped == []


def test_explicit_files_keep_basename_and_other_suffixes_are_tried(tmp_path):
    (tmp_path / "sub").mkdir()
    log = tmp_path / "sub" / "report.log"
    log.write_text("Plain words in a log file.", encoding="utf-8")
    sidecar = tmp_path / "sub" / "report.meta.json"
    sidecar.write_text("{}", encoding="utf-8")
    result = read_documents([log, sidecar])
    assert [d.name for d in result.documents] == ["report.log"]
    assert result.documents[0].text == "Plain words in a log file."
    assert result.skipped == []


def test_same_file_given_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha.", encoding="utf-8")
    result = read_documents([tmp_path, tmp_path / "a.txt"])
    assert [d.name for d in result.documents] == ["a.txt"]


def test_seeds_read_with_expected_metadata():
    result = read_documents([SEEDS])
    assert result.skipped == [] and result.warnings == []
    got = {d.name[:3]: (d.source, d.published, d.published_basis) for d in result.documents}
    assert got["000"][:2] == ("ANI", "2026-02-04") and got["000"][2] in ("corpus", "dateline")
    assert got["001"] == ("", "2026-02-04", "content")
    assert got["002"] == ("ANI", "", "unknown")
    assert got["003"][:2] == ("IANS", "2026-01-13") and got["003"][2] in ("corpus", "dateline")
    assert got["004"] == ("", "", "unknown")
    first = result.documents[0]
    assert first.doc_id == make_doc_id(first.name, first.text)
    assert first.title.startswith("External Affairs Minister S. Jaishankar")  # dateline cut off
    assert result.documents[2].title == "Jaishankar Heads To US For Critical Minerals Summit Amid Surging India Ties"


def test_document_text_matches_the_file_so_offsets_hold():
    result = read_documents([SEEDS])
    for document in result.documents:
        raw = (SEEDS / document.name).read_text(encoding="utf-8")
        assert document.text == raw
        for span in document.furniture:
            assert 0 <= span.start < span.end <= len(document.text)


def test_comments_are_furniture_in_the_document():
    document = next(d for d in read_documents([SEEDS]).documents if d.name.startswith("003"))
    comment = document.text.index("Prudent derisking over decoupling\" - that's the key phrase")
    reporting = document.text.index("India's Union Minister for Railways")
    assert document.is_furniture(comment, comment + 10)
    assert not document.is_furniture(reporting, reporting + 10)


def test_unopenable_subfolder_is_named_not_hidden(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Alpha.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = read_documents([tmp_path])
    assert [d.name for d in result.documents] == ["a.txt"]
    assert result.skipped == [Skipped("locked", "folder cannot be opened (permission denied)")]


def test_a_dateline_alone_on_its_first_line_leaves_the_title_to_the_lede(tmp_path):
    """An agency wire lays its dateline out on a line of its own ("NICOSIA, August 8 (Xinhua) --"): cut off, it left
    the title a dash, and every such story in a list and on the timeline read "-"."""
    (tmp_path / "wire.txt").write_text("\n\nNICOSIA, August 8 (Xinhua) --\n\nThe Cypriot government Saturday "
                                       "condemned two bomb attacks in Kenya and Tanzania.\n", encoding="utf-8")
    (tmp_path / "dash.txt").write_text("--\n", encoding="utf-8")  # nothing else: the line stands as written
    titles = {d.name: d.title for d in read_documents([tmp_path]).documents}
    assert titles["wire.txt"] == "The Cypriot government Saturday condemned two bomb attacks in Kenya and Tanzania."
    assert titles["dash.txt"] == "--"


def test_an_agency_placeline_alone_leaves_the_title_to_the_lede(tmp_path):
    """AP lays "WASHINGTON (AP) --" on a line of its own, with no date: as a title it made every AP story from one
    city read alike in the document list and on the timeline's rows."""
    (tmp_path / "ap.txt").write_text("\n\nWASHINGTON (AP) --\n\nThe FBI put two fugitives on the bureau's list of the "
                                     "Ten Most Wanted fugitives Monday.\n", encoding="utf-8")
    (tmp_path / "inline.txt").write_text("MOSCOW (AP)_ The mayor of Moscow has allocated funds to help build a "
                                         "museum.\n", encoding="utf-8")
    (tmp_path / "headline.txt").write_text("US-China talks resume -- again\n\nTalks resumed.\n", encoding="utf-8")
    titles = {d.name: d.title for d in read_documents([tmp_path]).documents}
    assert titles["ap.txt"] == "The FBI put two fugitives on the bureau's list of the Ten Most Wanted fugitives Monday."
    assert titles["inline.txt"] == "The mayor of Moscow has allocated funds to help build a museum."
    assert titles["headline.txt"] == "US-China talks resume -- again"
