"""The entity tests run the real model: one pipeline for all of them (``load_pipeline`` keeps it per process)."""

import pytest


@pytest.fixture(scope="session")
def nlp():
    from explorer.core.extract.nlp import load_pipeline

    return load_pipeline()
