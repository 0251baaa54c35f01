"""Entities that a source names as its own credit (a news agency, the outlet), not as a participant;
and the dateline's place, where the story was filed from.

"Washington, Feb 4 (ANI): …", "PARIS (AFP) —", "… ecosystem. (PTI)", "By Reuters staff",
"the minister told Reuters", "the state news agency Xinhua": an agency is named by
the role it plays in the text — the dateline's credit, the byline, the one a person
spoke to — not by being one of a list of names, so agencies nobody listed are found
too. One source naming its wire and another not is no disagreement about who took
part. ``CREDIT_ROLES`` are the roles, in order, each a small test of one mention in
its text; an entity holding any of them in any of the cluster's documents is a credit.
The dateline's place ("New Delhi – …") is left out mention by mention (``in_dateline``):
the same city may well be where the happening took place in another sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

DATELINE_REACH = 160  # characters from a line's start within which a credit belongs to the dateline
OTHER_CREDITS = r"(?:[^()\n]{0,40}[/,;&]\s*)?"  # "(AFP/Getty Images)", "(Reuters, AP)"
CREDIT_OPEN = re.compile(rf"\(\s*{OTHER_CREDITS}$")
CREDIT_CLOSE = re.compile(r"\s*(?:[/,;&][^()\n]{0,40})?\)")
DATELINE_DASH = re.compile(r"\s*[:\-–—]")  # "(ANI): …", "(Reuters) - …": the dateline ends, the story begins
LINE_END = re.compile(r"[ \t]*(?:\n|$)")
SENTENCE_CLOSE = ".!?\"”’)]"
DATELINE_TAIL = re.compile(r"[^.!?\n]{0,60}?(?:\s[–—-]\s|:\s)")  # "New Delhi – …", "Washington, DC [US], Feb 4 (ANI): …"
BYLINE = re.compile(r"\s*by\s+(?:[\w.’'-]+\s+){0,4}$", re.IGNORECASE)
BYLINE_CHARS = 60  # a byline is a short line of its own, not a sentence that starts "By 2030, …"
TOLD = re.compile(r"\b(?:told|telling|tells|tell)\s+(?:the\s+)?$", re.IGNORECASE)
INTERVIEW_END = re.compile(r"\s*(?:[,.;]|$|in an interview|by (?:tele)?phone|on condition)", re.IGNORECASE)
AGENCY = r"(?:news|press|wire)\s+(?:agency|service)"
AGENCY_BEFORE = re.compile(rf"\b{AGENCY}\s*,?\s*$", re.IGNORECASE)  # "the state news agency Xinhua"
AGENCY_AFTER = re.compile(  # "Yonhap news agency", "Xinhua, the official news agency"
    rf"(?:['’]s)?\s+{AGENCY}\b|\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{AGENCY}\b", re.IGNORECASE)


@dataclass(frozen=True)
class Named:
    """One mention of an entity in a document: where it is, and the document's outlet."""

    text: str
    start: int
    end: int
    source: str  # the document's outlet ("" when unknown)


def _credit_in_parentheses(named: Named) -> bool:
    """"(ANI):" or "(Reuters) -" in a dateline, "(PTI)" signing off after the last sentence: a credit
    in brackets. Not "the Minerals Security Partnership (MSP) met": an acronym defined mid-sentence."""
    text = named.text
    opening = CREDIT_OPEN.search(text, max(0, named.start - 60), named.start)
    closing = CREDIT_CLOSE.match(text, named.end)
    if opening is None or closing is None:
        return False
    line_start = text.rfind("\n", 0, opening.start()) + 1
    in_dateline = opening.start() - line_start <= DATELINE_REACH and DATELINE_DASH.match(text, closing.end()) is not None
    before = text[line_start:opening.start()].rstrip()
    signing_off = (not before or before[-1] in SENTENCE_CLOSE) and LINE_END.match(text, closing.end()) is not None
    return in_dateline or signing_off


def _byline(named: Named) -> bool:
    """"By Reuters staff": the short line that credits the story, the name near its start."""
    text = named.text
    line_start = text.rfind("\n", 0, named.start) + 1
    line_end = text.find("\n", named.end)
    short = (len(text) if line_end < 0 else line_end) - line_start <= BYLINE_CHARS
    return short and BYLINE.fullmatch(text, line_start, named.start) is not None


def _spoken_to(named: Named) -> bool:
    """"told Reuters.", "told AFP in an interview": the agency a speaker talked to reports the story, it takes
    no part. Only where the clause ends there: "told Congress on Monday that …" addresses a body that acts."""
    return (TOLD.search(named.text, max(0, named.start - 20), named.start) is not None
            and INTERVIEW_END.match(named.text, named.end) is not None)


def _called_a_news_agency(named: Named) -> bool:
    """"the state news agency Xinhua", "Yonhap news agency", "Xinhua, the official news agency": the text says so."""
    text = named.text
    return (AGENCY_BEFORE.search(text, max(0, named.start - 40), named.start) is not None
            or AGENCY_AFTER.match(text, named.end) is not None)


def _the_documents_outlet(named: Named) -> bool:
    """The outlet that published the document, named in it (its metadata says so)."""
    return bool(named.source) and named.text[named.start:named.end].casefold() == named.source.strip().casefold()


CREDIT_ROLES: tuple[Callable[[Named], bool], ...] = (
    _credit_in_parentheses, _byline, _spoken_to, _called_a_news_agency, _the_documents_outlet)


def credited(mentions: Iterable[tuple[str, Named]]) -> set[str]:
    """The entity ids among ``(entity_id, Named)`` pairs that some mention names in a credit role."""
    return {entity_id for entity_id, named in mentions if any(role(named) for role in CREDIT_ROLES)}


def in_dateline(text: str, start: int, end: int) -> bool:
    """The mention opens its line and a dash or colon soon follows: the place the story was filed from
    ("New Delhi – India's minister …"), not a place where the happening took part (as extraction reads it)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and DATELINE_TAIL.match(text, end) is not None
