"""Shared fixtures: the seed articles, one extraction of them with the real model, and the shared corpora.

The spaCy model is loaded once per test session (``load_pipeline`` caches it) and
the seeds are extracted once; tests that change files work on copies in tmp_path.
Tests on real corpora ask for ``corpora`` (or ``bbc_corpus``, ``timebank_corpus``):
``../shared/corpora`` beside the repository, or the folder ``EXPLORER_CORPORA`` names;
they are skipped, with the reason, when it is absent.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
CORPORA_VARIABLE = "EXPLORER_CORPORA"  # another place for the shared corpora (a path that does not exist hides them)


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The shared corpora folder; skips the test when it is absent."""
    named = os.environ.get(CORPORA_VARIABLE)
    path = Path(named) if named else REPO.parent / "shared" / "corpora"
    if not path.is_dir():
        pytest.skip(f"the shared corpora are not at {path} ({CORPORA_VARIABLE})" if named
                    else f"../shared/corpora is not beside the repository ({path} is absent)")
    return path


@pytest.fixture(scope="session")
def bbc_corpus(corpora: Path) -> Path:
    """The BBC News corpus (``train.csv`` and ``val.csv``); skips the test when it is absent."""
    bbc = corpora / "bbc"
    missing = [name for name in ("train.csv", "val.csv") if not (bbc / name).is_file()]
    if missing:
        pytest.skip(f"the shared corpora have no BBC News corpus ({bbc} lacks {', '.join(missing)})")
    return bbc


@pytest.fixture(scope="session")
def timebank_corpus(corpora: Path) -> Path:
    """The TimeBank+AQUAINT corpus (``.tml`` files); skips the test when it is absent."""
    timebank = corpora / "timebank"
    if not any(timebank.rglob("*.tml")):
        pytest.skip(f"the shared corpora have no TimeBank+AQUAINT corpus (no .tml files under {timebank})")
    return timebank


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


def distinct_articles(folder: Path, count: int, sentences_each: int = 12) -> Path:
    """``count`` articles made of sentences drawn from the seeds, each a different draw: long work for
    tests that stop or cancel it. Copies of the seeds would not do: Explorer folds near-duplicates and
    extracts one of each."""
    pool = [s for path in sorted(SEEDS.glob("*.txt"))
            for s in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")) if len(s.split()) >= 6]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        drawn = random.Random(n).sample(pool, min(sentences_each, len(pool)))
        (folder / f"article_{n:03d}.txt").write_text(f"Report number {n}\n\n" + " ".join(drawn) + "\n",
                                                     encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def make_articles():
    """``make_articles(folder, count)``: distinct articles drawn from the seeds (``distinct_articles``)."""
    return distinct_articles


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """The seeds extracted once into a workspace (a BuildResult)."""
    from explorer.core.build.local import build_workspace

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
