"""Sidecars and manifests override what ingest guesses; broken ones warn and are ignored."""

from __future__ import annotations

import json

from explorer.core.ingest import read_documents

ARTICLE = "LONDON, Feb 4, 2025 (Reuters) - Oil prices rose on Tuesday.\nMore text."


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_sidecar_overrides_title_source_and_date(tmp_path):
    write(tmp_path, "article.txt", ARTICLE)
    write(tmp_path, "article.meta.json", json.dumps(
        {"published": "2025-02-05", "title": "Oil rises", "source": "Reuters Wire"}))
    result = read_documents([tmp_path])
    [document] = result.documents
    assert (document.title, document.source) == ("Oil rises", "Reuters Wire")
    assert (document.published, document.published_basis) == ("2025-02-05", "metadata")
    assert result.warnings == []


def test_txt_meta_json_form_is_accepted(tmp_path):
    write(tmp_path, "article.txt", ARTICLE)
    write(tmp_path, "article.txt.meta.json", json.dumps({"published": "5 February 2025"}))
    [document] = read_documents([tmp_path]).documents
    assert (document.published, document.published_basis) == ("2025-02-05", "metadata")
    assert document.source == "Reuters"  # not in the sidecar: still found in the text


def test_manifest_rows_apply_by_name(tmp_path):
    write(tmp_path, "a.txt", "First article text.")
    write(tmp_path, "b.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "name,published,title,source\n"
                                    "a.txt,2024-12-31,Year end,Local Paper\n")
    result = read_documents([tmp_path])
    docs = {d.name: d for d in result.documents}
    assert sorted(docs) == ["a.txt", "b.txt"]  # the manifest is not a document
    assert (docs["a.txt"].published, docs["a.txt"].published_basis) == ("2024-12-31", "metadata")
    assert (docs["a.txt"].title, docs["a.txt"].source) == ("Year end", "Local Paper")
    assert (docs["b.txt"].published, docs["b.txt"].published_basis) == ("2025-02-04", "dateline")


def test_json_sidecar_beats_manifest(tmp_path):
    write(tmp_path, "a.txt", "Article text.")
    write(tmp_path, "manifest.csv", "name,published,title\na.txt,2024-01-01,From manifest\n")
    write(tmp_path, "a.meta.json", json.dumps({"title": "From sidecar"}))
    [document] = read_documents([tmp_path]).documents
    assert document.title == "From sidecar"
    assert document.published == "2024-01-01"


def test_broken_sidecars_warn_and_are_ignored(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.json", "{not json")
    write(tmp_path, "b.txt", ARTICLE)
    write(tmp_path, "b.meta.json", json.dumps({"published": "sometime soon"}))
    result = read_documents([tmp_path])
    docs = {d.name: d for d in result.documents}
    assert docs["a.txt"].published == "2025-02-04" and docs["a.txt"].published_basis == "dateline"
    assert docs["b.txt"].published_basis == "dateline"
    assert len(result.warnings) == 2
    assert any("a.meta.json" in w and "not valid JSON" in w for w in result.warnings)
    assert any("b.meta.json" in w and "not a date" in w for w in result.warnings)


def test_manifest_without_name_column_warns(tmp_path):
    write(tmp_path, "a.txt", "Article text.")
    write(tmp_path, "manifest.csv", "file,published\na.txt,2024-01-01\n")
    result = read_documents([tmp_path])
    assert result.documents[0].published_basis == "unknown"
    assert result.warnings == [f"{tmp_path / 'manifest.csv'}: has no 'name' column"]
