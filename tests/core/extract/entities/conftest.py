"""The entity tests run the real model: one pipeline for all of them (``load_pipeline`` keeps it per process)."""

import pytest

from explorer.core.extract.entities.mentions import mentions_in
from explorer.core.extract.entities.resolve import resolve_entities


@pytest.fixture(scope="session")
def nlp():
    from explorer.core.extract.nlp import load_pipeline

    return load_pipeline()


def entities(nlp, *texts: str) -> dict[str, dict]:
    """Entity name → entity over a corpus of ``texts``, one document each."""
    mentions = [m for i, text in enumerate(texts) for m in mentions_in(f"d{i}", nlp(text))]
    found, _ = resolve_entities(mentions)
    return {e["name"]: e for e in found}


def types_of(nlp, *texts: str) -> dict[str, str]:
    """Entity name → type over a corpus of ``texts``, one document each: the entity list a reader of Explorer sees."""
    return {name: entity["type"] for name, entity in entities(nlp, *texts).items()}
