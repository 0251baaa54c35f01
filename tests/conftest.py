"""Shared fixtures: the seed articles, and one extraction of them with the real model.

The spaCy model is loaded once per test session (``load_pipeline`` caches it) and
the seeds are extracted once; tests that change files work on copies in tmp_path.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """The seeds extracted once into a workspace (a BuildResult)."""
    from explorer.core.build import build_workspace

    output = tmp_path_factory.mktemp("seeds") / "seeds.explorer"
    return build_workspace([SEEDS], output)


@pytest.fixture(scope="session")
def seed_tables(seed_build):
    return seed_build.tables


@pytest.fixture
def seed_workspace(seed_build, tmp_path: Path) -> Path:
    """A private copy of the seed workspace that a test may change or damage."""
    copy = tmp_path / "seeds.explorer"
    shutil.copy(seed_build.path, copy)
    return copy
