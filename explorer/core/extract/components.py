"""Explorer's spaCy components, registered in one module.

``explorer_line_breaks`` starts a sentence after every line break: news files put
headlines, datelines, bullet points and embed signatures on lines of their own,
without final punctuation, and the parser would otherwise run them into the next
sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

LINE_BREAKS = "explorer_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a newline as a sentence start (before the parser runs)."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_to(nlp: Language) -> None:
    """Insert Explorer's components into a loaded pipeline."""
    if LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
