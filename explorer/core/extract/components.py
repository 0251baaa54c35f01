"""Explorer's spaCy components, registered in one module.

``explorer_line_breaks`` starts a sentence after every line break: news files put
headlines, datelines, bullet points and embed signatures on lines of their own,
without final punctuation, and the parser would otherwise run them into the next
sentence.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

LINE_BREAKS = "explorer_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a newline as a sentence start (before the parser runs).

    Finds newlines in the text and the tokens after them by their offsets, so only
    those tokens are touched (walking every token in Python cost more than the rest
    of our extraction).
    """
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array([IDX]).astype(np.int64).ravel()
    newline = text.find("\n")
    while newline != -1:
        index = int(np.searchsorted(starts, newline, side="right"))
        if 0 < index < len(doc):
            doc[index].is_sent_start = True
        newline = text.find("\n", newline + 1)
    return doc


def add_to(nlp: Language) -> None:
    """Insert Explorer's components into a loaded pipeline."""
    if LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
