"""The query line's syntax: ``field:value`` terms, quoted values, free words and "phrases".

``participant:"Marco Rubio" type:ORG outlet:ANI date:2026-01..2026-02 "critical minerals"``
is read into ``Term``s, each with where it stands in the line (so a facet can take its
own term out again, and an error can name its column). A term is a field and its value
(quoted when it holds spaces), or free text (a word or a quoted phrase, searched in the
documents' full text); a ``-`` before any term negates it. A line that does not parse
raises ``QuerySyntaxError``: one message naming the column and what was expected — the
bar shows it and keeps the analyst's text, never an exception further up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.core.query_language.dates import DateValueError, date_range

# Each field, by its canonical name, with the other names the analyst may type for it.
FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("entity", "who"),
    "type": (),
    "outlet": ("source",),
    "doc": ("document",),
    "date": (),
    "basis": (),
    "cluster": (),
    "tag": (),
}
FIELD_NAMES: dict[str, str] = {alias: name for name, aliases in FIELDS.items() for alias in (name, *aliases)}
# An event holds several of these (participants, their types, tags): repeated, every one must hold. The others hold
# one value an event (its outlet, document, date, basis, cluster): repeated, any one may.
ALL_OF = frozenset({"participant", "type", "tag"})
TEXT = ""  # the field of free text

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_FIELD = re.compile(r"([A-Za-z_]+):")
_BARE = re.compile(r'[^\s"]+')


class QuerySyntaxError(ValueError):
    """A query that does not parse: ``column`` (1-based) and what was expected there."""

    def __init__(self, column: int, expected: str) -> None:
        super().__init__(f"column {column}: {expected}")
        self.column = column
        self.expected = expected


@dataclass(frozen=True)
class Term:
    """One term of the line: ``field`` (canonical; ``TEXT`` for free text), its ``value`` (unquoted), whether it is
    ``negated`` and ``quoted``, and its ``start``/``end`` offsets in the line (0-based, end-exclusive)."""

    field: str
    value: str
    negated: bool = False
    quoted: bool = False
    start: int = 0
    end: int = 0

    def text(self) -> str:
        """The term as it is written in a line (``format_term``)."""
        return format_term(self.field, self.value, self.negated)


def parse(line: str) -> list[Term]:
    """The terms of ``line`` in order. Raises ``QuerySyntaxError`` when it does not parse."""
    line = line.translate(_QUOTES)
    terms: list[Term] = []
    at = 0
    while True:
        while at < len(line) and line[at].isspace():
            at += 1
        if at >= len(line):
            return terms
        term, at = _term(line, at)
        terms.append(term)


def _term(line: str, start: int) -> tuple[Term, int]:
    """The term starting at ``start`` and where it ends."""
    at = start
    negated = line[at] == "-"
    if negated:
        at += 1
        if at >= len(line) or line[at].isspace():
            raise QuerySyntaxError(at + 1, "a term after '-' (a field:value, a word or a \"phrase\")")
    field = _FIELD.match(line, at)
    if field is not None:
        name = field.group(1)
        canonical = FIELD_NAMES.get(name.lower())
        if canonical is None:
            raise QuerySyntaxError(at + 1, f"a field name before ':', not '{name}' (one of {', '.join(FIELDS)})")
        value, quoted, end = _value(line, field.end(), name)
        if canonical == "date":
            _check_date(value, field.end() + quoted)
        return Term(canonical, value, negated, quoted, start, end), end
    value, quoted, end = _value(line, at, None)
    return Term(TEXT, value, negated, quoted, start, end), end


def _value(line: str, at: int, field: str | None) -> tuple[str, bool, int]:
    """A value at ``at``: quoted (to the closing quote) or bare (to the next space): (value, quoted, end)."""
    if at < len(line) and line[at] == '"':
        close = line.find('"', at + 1)
        if close < 0:
            raise QuerySyntaxError(at + 1, "a closing '\"' for the quote opened here")
        value = line[at + 1:close]
        if not value.strip():
            raise QuerySyntaxError(at + 1, f"a value inside the quotes{_after(field)}")
        return value, True, close + 1
    bare = _BARE.match(line, at)
    if bare is None:
        raise QuerySyntaxError(at + 1, f"a value{_after(field)}" if field else "a word or a \"phrase\"")
    end = bare.end()
    if end < len(line) and line[end] == '"':
        raise QuerySyntaxError(end + 1, "a space before the '\"' that starts a phrase")
    return bare.group(0), False, end


def _check_date(value: str, at: int) -> None:
    """A ``date:`` value that is no day, month, year or range of them is a syntax error at its column."""
    try:
        date_range(value)
    except DateValueError as exc:
        raise QuerySyntaxError(at + exc.offset + 1, exc.expected) from None


def _after(field: str | None) -> str:
    return f" after '{field}:'" if field else ""


def format_term(field: str, value: str, negated: bool = False) -> str:
    """A term as typed: ``outlet:ANI``, ``participant:"Marco Rubio"``, ``-tag:done``, ``"a phrase"``. A value is
    quoted when it holds a space, a quote-breaking character or would read as a field (``a:b``)."""
    needs_quotes = not value or any(c.isspace() for c in value) or ":" in value or value.startswith("-")
    shown = f'"{value.replace(chr(34), "")}"' if needs_quotes else value.replace('"', "")
    return ("-" if negated else "") + (f"{field}:{shown}" if field else shown)


def with_term(line: str, field: str, value: str, negated: bool = False) -> str:
    """``line`` with the term added at its end (unchanged when it holds it already). ``line`` must parse."""
    if has_term(line, field, value, negated):
        return line
    added = format_term(field, value, negated)
    return f"{line.rstrip()} {added}" if line.strip() else added


def without_term(line: str, field: str, value: str, negated: bool = False) -> str:
    """``line`` with every occurrence of the term taken out (the rest as typed). ``line`` must parse."""
    kept, at = [], 0
    for term in parse(line):
        if _same(term, field, value, negated):
            kept.append(line.translate(_QUOTES)[at:term.start])
            at = term.end
    kept.append(line.translate(_QUOTES)[at:])
    return " ".join("".join(kept).split())


def has_term(line: str, field: str, value: str, negated: bool = False) -> bool:
    """Whether ``line`` (which must parse) holds the term (values compared without case)."""
    return any(_same(term, field, value, negated) for term in parse(line))


def _same(term: Term, field: str, value: str, negated: bool) -> bool:
    return term.field == field and term.negated == negated and term.value.casefold() == value.casefold()


def token_at(line: str, cursor: int) -> tuple[int, str | None, str]:
    """What is being typed at ``cursor``, for completion: (where the token starts, its field or None while the
    field's name itself is typed, the value typed so far without its opening quote)."""
    start = cursor = min(max(cursor, 0), len(line))
    quoted = line[:cursor].count('"') % 2 == 1  # (inside an open quote: spaces belong to the value)
    while start > 0 and (quoted and line[start - 1] != '"' or not quoted and not line[start - 1].isspace()):
        start -= 1
    if quoted:  # back over the quote and a field before it
        start = max(start - 1, 0)
        while start > 0 and not line[start - 1].isspace():
            start -= 1
    token = line[start:cursor]
    if token.startswith("-"):
        start, token = start + 1, token[1:]
    field = _FIELD.match(token)
    if field is None:
        return start, None, token
    return start, FIELD_NAMES.get(field.group(1).lower(), field.group(1).lower()), token[field.end():].lstrip('"')
