"""Bundled data is found in the source tree and in a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path

from explorer import paths

ROOT = Path(__file__).resolve().parents[3]


def test_source_tree_paths():
    assert paths.resource_path("furniture_patterns.jsonl") == ROOT / "resources" / "furniture_patterns.jsonl"
    assert paths.resource_path("outlets.json").is_file()
    assert paths.seeds_path() == ROOT / "seeds"


def test_frozen_paths_use_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("a", "b.json") == tmp_path / "resources" / "a" / "b.json"
    assert paths.seeds_path() == tmp_path / "seeds"
