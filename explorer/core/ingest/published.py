"""Decide each document's reference (publication) date and say what it rests on.

Relative dates ("on Wednesday", "last month") are resolved against this date, so a
wrong guess shifts every event in the document. The sources are tried in the order
DESIGN.md fixes: a metadata sidecar, a dateline at the top, dated content (a
"Published:" line, the signature of an embedded post), the rest of the corpus, else
unknown. Dates inside the reporting itself ("set to visit from 2 to 4 February
2026") are never taken as the publication date: a plan or a bound is not a day.

A dateline often omits the year (``New Delhi, Jan 13``). ``find_published`` then
returns the ISO 8601 year-less form ``--01-13``, and ``assign_corpus_years`` fills
in the year once all documents are read.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Iterable, NamedTuple, Sequence

from dateutil import parser as date_parser

from explorer.core.document import Document

HEAD_LINES = 25
HEAD_LINE_CHARS = 1000  # a dateline or a date line is far shorter; a huge line is not copied whole
MAX_OWN_DISTANCE_DAYS = 366
HISTORY_YEARS = 2  # own dates older than the corpus's usual year by more than this are history
EARLIEST_PUBLISHED = date(1800, 1, 1)  # before newspapers as we know them; older is a typo or a history date
LATEST_AHEAD = timedelta(days=366)  # clocks and time zones differ, embargoes run days ahead; a year is generous
PLACEHOLDER_YEAR = 2000  # a leap year, so a year-less "February 29" still parses

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)"
MONTH_DAY = rf"(?:{MONTH}[ \t]+{DAY}|{DAY}[ \t]+(?:of[ \t]+)?{MONTH})\b"
FULL_DATE = rf"(?:{MONTH}[ \t]+{DAY},?[ \t]+{YEAR}|{DAY}[ \t]+{MONTH},?[ \t]+{YEAR}|{YEAR}-[01]\d-[0-3]\d)\b"
PLACE_WORD = r"(?:[A-Z][\w.'’&-]*|\[[^\]\n]{1,30}\])"
PLACE = rf"{PLACE_WORD}(?:[ \t,]+{PLACE_WORD}){{0,5}}"
SEPARATOR = r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[:|\-–—]|$)"

DATELINE = re.compile(
    rf"^[ \t]*(?:(?P<place>{PLACE})[ \t]*,[ \t]*)?{WEEKDAY}?(?P<date>{MONTH_DAY})"
    rf"(?:,?[ \t]+(?P<year>{YEAR}))?{SEPARATOR}",
    re.MULTILINE,
)
PUBLISHED_LINE = re.compile(
    rf"^[ \t]*(?i:(?:first[ \t]+)?(?:published|posted|publication[ \t]+date|dated?)(?:[ \t]+on)?)"
    rf"[ \t]*:?[ \t]*{WEEKDAY}?(?P<date>{FULL_DATE})",
    re.MULTILINE,
)
EMBED_SIGNATURE = re.compile(
    rf"^[ \t]*[—–-][ \t]*[^\n]{{1,80}}?\(@\w{{1,30}}\)[ \t]+(?P<date>{FULL_DATE})[ \t]*$",
    re.MULTILINE,
)
EXPLICIT_DATE = re.compile(FULL_DATE)

# A date line of the article's head, as pages print it: "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM",
# "05/02/2013", "Originally published 05/03/2013 at 10:20 AM EDT", "Updated Thu 6 May 2010, 9:03am AEST".
# Scraped and tokenised text spaces its punctuation ("12 / 19 / 2005 2: 48: 40 PM ET").
NUMERIC_DATE = r"(?<![\d/])(?:[01]?\d[ \t]?/[ \t]?[0-3]?\d|[0-3]?\d[ \t]?/[ \t]?[01]?\d)[ \t]?/[ \t]?(?:19|20)\d\d\b"
HEAD_DATE = re.compile(rf"(?i:{FULL_DATE})|{NUMERIC_DATE}")
CLOCK = re.compile(r"\b\d{1,2}(?:[ \t]?[:.][ \t]?\d\d){1,2}[ \t]?(?:[ap]\.?[ \t]?m\b\.?)?|\b\d{1,2}[ \t]?[ap]\.?m\b\.?", re.I)
HEAD_WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.I)
TIME_ZONE = re.compile(r"^(?:[A-Z]{1,4}T|UTC|Z)$")
# Words a date line carries beside its date. Its kind decides among several lines: the first
# publication outranks a bare date, which outranks a later update.
PUBLISHING_WORDS = {"published", "posted", "release", "released", "publication", "originally", "first", "immediate"}
UPDATE_WORDS = {"updated", "modified", "revised", "edited"}
FILLER_WORDS = {"on", "at", "for", "date", "last", "the", "and", "time", "am", "pm"}
HEAD_LINE_MAX = 120  # "By Jane Doe | Posted on Wednesday, September 18, 2013": a date line, not a paragraph
BYLINE_LINES = 8  # the URL, the headline, a standfirst or two, the byline: where a date line stands
BODY_LINE = re.compile(r"[.!?\"”’]\s*$")
BODY_LINE_CHARS = 60  # a longer line that ends a sentence is the body: a date below it is the story's
YEARLESS = re.compile(r"^--(\d\d)-(\d\d)$")


class Published(NamedTuple):
    """A reference date: ISO date ('' when unknown, '--MM-DD' pending a year), its basis,
    and whether the year is known."""

    date: str
    basis: str
    year_known: bool


UNKNOWN = Published("", "unknown", False)


def implausible(day: date, today: date | None = None) -> str:
    """Why ``day`` cannot be a publication date ('' when it can): before 1800, or more
    than a year after today. One such date (9999-12-31) would otherwise become the
    corpus year and push every year-less date of the other documents out of range."""
    latest = (today or date.today()) + LATEST_AHEAD
    if day < EARLIEST_PUBLISHED:
        return f"not a plausible publication date (before {EARLIEST_PUBLISHED.isoformat()})"
    if day > latest:
        return f"not a plausible publication date (after {latest.isoformat()}, a year from today)"
    return ""


def plausible(day: date | None) -> date | None:
    """``day`` when it can be a publication date, else None."""
    return day if day is not None and not implausible(day) else None


def parse_date(text: str, year: int | None = None) -> date | None:
    """A date from a matched date string; ``year`` fills in when the string has none."""
    default = datetime(year or PLACEHOLDER_YEAR, 1, 1)
    try:
        return date_parser.parse(text.replace(" of ", " "), default=default).date()
    except (ValueError, OverflowError):
        return None


def first_lines(text: str, count: int, max_chars: int | None = None) -> list[str]:
    """The first ``count`` non-empty lines (each cut to ``max_chars``), found without
    splitting the whole text: a one-line file of many megabytes is not copied to read its top."""
    lines: list[str] = []
    start = 0
    while len(lines) < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end if max_chars is None else min(end, start + max_chars)]
        if line and not line.isspace():
            lines.append(line)
        start = end + 1
    return lines


def head(text: str, count: int = HEAD_LINES) -> str:
    """The first ``count`` non-empty lines, where datelines and date lines live."""
    return "\n".join(first_lines(text, count, HEAD_LINE_CHARS))


def find_dateline(text: str) -> Published | None:
    """A dateline's date in the first lines: full, or year-less as ``--MM-DD``."""
    for match in DATELINE.finditer(head(text)):
        year = int(match.group("year")) if match.group("year") else None
        found = parse_date(match.group("date"), year)
        if found is None or (year and not plausible(found)):
            continue
        if year:
            return Published(found.isoformat(), "dateline", True)
        return Published(f"--{found.month:02d}-{found.day:02d}", "dateline", False)
    return None


def line_words(rest: str) -> list[str]:
    """The words of a date line beside its date, weekday and clock time."""
    rest = HEAD_WEEKDAY.sub(" ", CLOCK.sub(" ", rest))
    return re.findall(r"[A-Za-z]+", rest)


def date_line_kind(line: str, match: re.Match) -> int | None:
    """How a head line that holds a full date reads: 0 a publication line ("Posted on …", "FOR IMMEDIATE
    RELEASE …", "By A. Writer | Posted …"), 1 a bare date (with weekday, clock, time zone), 2 an update
    line; None where other words make it something else ("End of Watch: Friday, June 24, 2005", a
    sentence)."""
    before, after = line_words(line[:match.start()]), line_words(line[match.end():])
    lowered = {w.lower() for w in before + after if not TIME_ZONE.match(w)}
    if {w.lower() for w in before} & {"published", "posted"} and not after:
        return 0  # "By Jane Doe | Posted in Crime on …": a byline may name anything before its date
    if not lowered <= FILLER_WORDS | UPDATE_WORDS | PUBLISHING_WORDS:
        return None
    if lowered & PUBLISHING_WORDS:
        return 0
    return 2 if lowered & UPDATE_WORDS else 1


def head_date_line(text: str) -> date | None:
    """The publication date from the date line of the article's head: among the first lines, above the
    body (a long line that ends a sentence), the first publication line, else a bare date line, else an
    update line. A date in the body is the story's, never the page's."""
    found: list[tuple[int, int, date]] = []
    for index, line in enumerate(first_lines(text, BYLINE_LINES, HEAD_LINE_CHARS)):
        match = HEAD_DATE.search(line) if len(line.strip()) <= HEAD_LINE_MAX else None
        kind = date_line_kind(line, match) if match else None
        day = plausible(parse_date(re.sub(r"[ \t]*/[ \t]*", "/", match.group(0)))) if match and kind is not None else None
        if day:
            found.append((kind, index, day))  # type: ignore[arg-type]
        if len(line.strip()) > BODY_LINE_CHARS and BODY_LINE.search(line):
            break
    return min(found)[2] if found else None


def find_content_date(text: str) -> Published | None:
    """A date the page states about itself: a 'Published:' line, a date line of the article's head,
    else the latest embedded-post signature (the article cannot predate what it embeds)."""
    for match in PUBLISHED_LINE.finditer(text):
        found = plausible(parse_date(match.group("date")))
        if found:
            return Published(found.isoformat(), "content", True)
    line_day = head_date_line(text)
    if line_day:
        return Published(line_day.isoformat(), "content", True)
    signed = [d for m in EMBED_SIGNATURE.finditer(text) if (d := plausible(parse_date(m.group("date"))))]
    if signed:
        return Published(max(signed).isoformat(), "content", True)
    return None


def find_published(text: str, metadata_published: str = "") -> Published:
    """The document's reference date by DESIGN.md's order (the corpus step comes later)."""
    if metadata_published:  # checked where it was read (metadata.parse_published), with a warning
        return Published(metadata_published, "metadata", True)
    return find_dateline(text) or find_content_date(text) or UNKNOWN


def explicit_dates(text: str) -> list[date]:
    """Every full date with a year the text states ('February 4, 2026', '4 Feb 2026', ISO) that
    could be a publication date: a plan for 2050 is no evidence of the year a story appeared."""
    found = (plausible(parse_date(m.group(0))) for m in EXPLICIT_DATE.finditer(text))
    return [d for d in found if d is not None]


def reporting_text(document: Document) -> str:
    """The text without readers' comments, whose dates say nothing about the article."""
    text = document.text
    for span in document.furniture:
        if span.kind == "comments":
            text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    return text


def dated(year: int, month: int, day: int) -> date | None:
    """A date, or None where the day does not exist in that year (29 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_from_own_dates(month: int, day: int, own: list[date]) -> int | None:
    """The year that puts month/day nearest the document's own full dates.

    Years either side are candidates too (a 'Jan 2' story about 'December 30, 2025'
    is from 2026). Own dates more than a year away (history) decide nothing.
    """
    best: tuple[int, int] | None = None
    for year in sorted({d.year + shift for d in own for shift in (-1, 0, 1)}, reverse=True):
        candidate = dated(year, month, day)
        if candidate is None:
            continue
        distance = min(abs((candidate - d).days) for d in own)
        if distance <= MAX_OWN_DISTANCE_DAYS and (best is None or distance < best[0]):
            best = (distance, year)
    return best[1] if best else None


def most_common_years(evidence: Iterable[date]) -> list[int]:
    """Years of the corpus's full dates, most common first (the later one on a tie)."""
    counts = Counter(d.year for d in evidence)
    return [year for year, _ in sorted(counts.items(), key=lambda item: (item[1], item[0]), reverse=True)]


def corpus_year(month: int, day: int, evidence: Iterable[date]) -> int | None:
    """The most common year among the corpus's full dates in which month/day exists."""
    return next((year for year in most_common_years(evidence) if dated(year, month, day)), None)


def recent_only(own: list[date], evidence: list[date]) -> list[date]:
    """Own dates minus history: those years older than the corpus's usual year.

    A dateline is current; 'June 25, 1975' in an anniversary piece is not evidence
    that the piece is from 1975.
    """
    years = most_common_years(evidence)
    if not years:
        return own
    return [d for d in own if d.year >= years[0] - HISTORY_YEARS]


def corpus_evidence(documents: list[Document]) -> list[date]:
    """Full dates stated anywhere in the corpus, plus reference dates already known."""
    evidence: list[date] = []
    for document in documents:
        evidence.extend(explicit_dates(reporting_text(document)))
        if document.published and not YEARLESS.match(document.published):
            try:
                known = plausible(date.fromisoformat(document.published))
            except ValueError:
                known = None
            evidence.extend([known] if known else [])
    return evidence


def assign_corpus_years(documents: list[Document], held: Sequence[Document] = ()) -> None:
    """Give year-less datelines (``--MM-DD``) a year, in place.

    From the document's own full dates the basis stays 'dateline'; from the rest of
    the corpus it becomes 'corpus'; with no evidence at all the date stays unknown
    rather than guessed. ``held``: documents a workspace already holds (``explorer add``),
    part of the corpus's evidence but not changed.
    """
    pending = [(d, YEARLESS.match(d.published or "")) for d in documents]
    pending = [(d, m) for d, m in pending if m]
    if not pending:
        return
    evidence = corpus_evidence([*held, *documents])
    for document, match in pending:
        month, day = int(match.group(1)), int(match.group(2))
        own = recent_only(explicit_dates(reporting_text(document)), evidence)
        year, basis = year_from_own_dates(month, day, own), "dateline"
        if year is None:
            year, basis = corpus_year(month, day, evidence), "corpus"
        if year is None:
            document.published, document.published_basis = "", "unknown"
        else:
            document.published, document.published_basis = date(year, month, day).isoformat(), basis
