"""Product, model and index names written with a number: "iPhone 3G", "Xbox 360", "Boeing 777", "FTSE 100".

The small model leaves such names out, or keeps the maker and drops the number
("Boeing" ORG + "777"), or calls the number a cardinal. A name followed by a model
number is one name: a proper noun that is no ordinary word (or the end of an
organisation or product name), then a number or a short code with digits ("3G",
"A380", "360"), glued letters included. Not a model number: a year ("Euro 2004"),
a score ("2-1"), a count of money or quantities ("Apple 3bn", "BT 12%"), a number
after a date or a person or place name ("May 5", "Barcelona 2").
"""

from __future__ import annotations

import re

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from explorer.core.extract.entities.lexicon import is_common_word
from explorer.core.extract.nlp import model_entities, token_columns

MODEL_NUMBER = re.compile(r"^[A-Z]{0,2}\d{1,4}[A-Za-z]{0,3}$")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
BASE_TYPES = ("", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "CARDINAL")
NUMBER_TYPES = ("", "CARDINAL", "PRODUCT", "ORG", "ORDINAL")
NOT_AFTER = frozenset(["%", "per", "percent", "million", "bn", "billion", "m", "k", "-", "–", "/", ":", "."])


def model_names(doc: Doc) -> list[Span]:
    """PRODUCT spans for the names written with a model number, left to right, none overlapping: those the model
    missed, and those it read whole but called an organisation ("Nokia 6600")."""
    found: list[Span] = [*_organisations_with_a_model_number(doc)]
    taken = {i for span in found for i in range(span.start, span.end)}
    may_start = _may_start_a_model_name(doc)
    i = 0
    while i < len(doc) - 1:
        end = 0 if i in taken or not may_start[i] else _model_end(doc, i)
        if end:
            start = _name_start(doc, i)
            if not any(start < f.end and f.start < end for f in found):
                found.append(Span(doc, start, end, label="PRODUCT"))
            i = end
        else:
            i += 1
    return sorted(found, key=lambda span: span.start)


def _may_start_a_model_name(doc: Doc) -> list[bool]:
    """Per token, whether ``_model_end`` can find a model number after it, read from the token columns: a proper
    noun of letters with a space after it (``_is_base``, ``whitespace_``), then a word not all letters (a model
    number holds a digit). Only there is ``_model_end`` asked: elsewhere it finds none."""
    columns = token_columns(doc)
    base = (columns.alpha == 1) & (columns.pos == PROPN) & (columns.spaced == 1)
    return (base[:-1] & (columns.alpha[1:] == 0)).tolist() + [False]


def _organisations_with_a_model_number(doc: Doc) -> list[Span]:
    """An organisation the model read with a model number at its end ("Nokia 6600") is the maker's product; not a
    station or channel whose number follows an ordinary word ("BBC Radio 4", "Channel 4"), though an ordinary word
    hyphened to a word before it is a coined title ("Half-Life 2": a game's sequel)."""
    found = []
    for ent in model_entities(doc):
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        number, before = ent[-1], ent[-2]
        if MODEL_NUMBER.match(number.text) and any(c.isdigit() for c in number.text) and not YEAR.match(number.text) \
                and (_is_base(before) and not is_common_word(before.text) or _hyphened(before)) \
                and not _minute(doc, ent.end - 2, ent.end):
            found.append(Span(doc, ent.start, ent.end, label="PRODUCT"))
    return found


def _hyphened(token: Token) -> bool:
    """Whether the word is the end of a hyphened name written without spaces ("Half-Life", "Counter-Strike")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].text[:1].isupper() and token.text[:1].isupper() and token.is_alpha


def _is_base(token: Token) -> bool:
    """A word a model name starts from: written with a capital, no ordinary word unless inside a name."""
    if not (token.is_alpha and any(c.isupper() for c in token.text) and token.ent_type_ in BASE_TYPES):
        return False
    inside_name = token.ent_type_ in ("ORG", "PRODUCT")
    return token.pos_ == "PROPN" and (inside_name or not is_common_word(token.text))


def _model_end(doc: Doc, i: int) -> int:
    """The end of the model number after ``doc[i]``, or 0 when none follows."""
    base, number = doc[i], doc[i + 1]
    if not (_is_base(base) and base.whitespace_ and "\n" not in base.whitespace_):
        return 0
    if not (MODEL_NUMBER.match(number.text) and any(c.isdigit() for c in number.text)) or YEAR.match(number.text):
        return 0
    if number.ent_type_ not in NUMBER_TYPES or (number.ent_iob_ == "I" and base.ent_type_):
        return 0  # a number type the model is sure of, or a name the model already read whole ("BBC Radio 4")
    end = i + 2
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha and len(doc[end]) <= 3:
        end += 1  # "3" + "G"
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in NOT_AFTER:
        return 0
    if end < len(doc) and doc[end].lower_ in NOT_AFTER:
        return 0
    if _minute(doc, i, end):
        return 0
    return end


def _minute(doc: Doc, i: int, end: int) -> bool:
    """A player and a minute in a line-up ("(Baros 74)", "Goals: Bowyer 35, Dyer 69"): no model name."""
    before = doc[i - 1].text if i > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    alone = before == "." and after == "."  # "McKoy. Makofo 66. 3,367": a scorer and his minute, a line of its own
    return doc[i + 1].text.isdigit() and len(doc[i + 1].text) <= 3 and (before in ("(", ",", ":", ";") or alone) \
        and after in (")", ",", ";", ".", "")


def _name_start(doc: Doc, i: int) -> int:
    """Where the name before the number starts: the start of the organisation or product the base ends."""
    token = doc[i]
    if token.ent_type_ in ("ORG", "PRODUCT"):
        ent = next((e for e in model_entities(doc) if e.start <= i < e.end), None)
        if ent is not None:
            return ent.start
    return i


# A member's or a lawyer's letters after a party or a body ("Labour MP", "Tory MEP"): a person's role, not a model.
# A player's position after a team ("Chiefs WR Terrance Copper") too.
ROLE_CODES = frozenset(["mp", "mps", "mep", "meps", "msp", "msps", "am", "ams", "mla", "mlas", "td", "qc", "ceo", "cfo",
                        "qb", "wr", "rb", "te", "cb", "lb", "fb", "ol", "dl", "dt", "de"])


def is_model_code(word: str) -> bool:
    """Whether a word is written as makers write a model's code: two to five capitals ("ROKR", "DS", "OS", "TV") or
    letters with a digit ("E1", "N95"); not a word written in mixed case ("BioSciences": a firm's way)."""
    letters = [c for c in word if c.isalpha()]
    has_digit = any(c.isdigit() for c in word)
    capitals = 2 <= len(letters) <= 5 and all(c.isupper() for c in letters)
    return len(word) >= 2 and (capitals or (has_digit and bool(letters))) and word.lower() not in ROLE_CODES
