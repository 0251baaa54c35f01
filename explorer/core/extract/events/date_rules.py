"""Which date the discourse gives an event that no time expression of its own clause dates.

Pure Python (no spaCy), so the extraction (``dating.DocumentDating``) and the
replay of a corrected publication date (``edits.document_edits``) apply the very
same rules to the same columns: the event's tense and lemma, its sentence's
offsets and text, the document's text, time expressions and publication date.

The order (DESIGN.md, Dates):

1. ``narrative`` — a past-tense event in a sentence that continues a passage takes
   the passage's current date: the last calendar date (a day, month or year) that
   dated an event in the preceding sentences of its paragraph (one written in passing,
   "3.8% higher than in 2024", sets nothing) (a paragraph ends at a blank line or at
   a line that ends a sentence), else of the section heading above it
   ("April 2011" alone on its line), at that date's granularity (a time of a known day,
   "Sunday night", counts as its day, unless an event still to come gave it; a paragraph's day,
   not a statement's, goes on into the next when the same people act there). A date after the
   publication date cannot be where a past event took place, and a date line giving
   the publication day is the report's date, not the story's: neither sets it.
   Past that paragraph, the story's date carries on: where the lede's main event is
   dated by its own time expression to one day ("opened the summit on Tuesday"), the
   past-tense events that go on telling the story take that day, statements made there
   too ("Jobs admitted …" at the Friday press conference), until an event takes another
   date from the text (the story has moved on to other times, and what follows without
   a date of its own is only bounded). Where the lede's event is a saying ("Horsley said
   Friday", ``a_saying``), its day is when the story was told, so the past happenings that follow
   are bounded by it ("the jury ruled": on or before Friday), save a further statement, the
   speaking person's own acts and the statement's own doing (``dating``), and unless the text
   puts a happening on that day by its own words ("Earlier Friday, … celebrated").
   A lede whose main simple-past happening is dated by its position (the publication day)
   carries that day too when its sentence names that day, even on a noun ("attended a Sunday
   night memorial service"), but only to main clauses of its people naming no other place
   (``dating.DocumentDating``), and stops for good once the telling leaves them; a sentence
   whose subject the story's day names ("Sunday's service") brings a story back.
   A sentence whose agent is named and is none of the passage's actors tells of someone
   else and does not continue it; after a statement of a given day ("police said on
   Tuesday they had arrested 14"), what the passage goes on to tell is bounded by that
   day, not on it; so is a statement relayed by a dated one ("X said …, Castro said Sunday") — but a
   happening told right after the lede with its source named after it ("Ritter led his team on a tour,
   Dacey said"), relayed by a statement with no day of its own words, takes the scene's day (``dating``).
2. ``dct`` — the publication day, where tense and position make it the day of the
   report: a reporting verb in the past or present ("said", "told", "says": the
   statement was made when reported — not one of a subordinate clause, "after Bush announced";
   without a publication date it continues the passage), a past-tense event of the lede (the first
   sentences that report events), a present-tense statement.
3. ``bounded`` — otherwise what the text does support: a past event happened on or
   before the publication date (``date_start`` "", ``date_end`` the date), a future
   one on or after it (``date_start`` the date, ``date_end`` ""), and so is a present
   tense after "until", "before", "once" or "after" ("until the inspectors certify").
4. ``none`` — without a publication date; an event told as not having happened ("hadn't led",
   "never materialized": ``dating``); and a possibility, obligation or proposal ("could
   turn up the heat", "may be charged", "would pay" outside a reported clause) or a condition
   ("if they are held in contempt"): it did not happen on a day.

Past perfect ("had argued") and present perfect ("has fallen") events are
background or of unknown day: never the report's day nor the passage's date.

The story's date (``Story``) is not moved on by a statement's own day ("the FBI said
Monday"), comes back when a main clause returns to it, and moves on at a clause telling
another day. Results take their reporting period (``Periods``: the latest quarter or half
told, carried to changes in a result told without a time of their own). "The past two
months" dates an event within that stretch (``own_date``).
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from explorer.core.model import TimexRow

# verbs of saying and announcing: the statement is the event, made when reported
REPORTING_LEMMAS = frozenset({
    "say", "tell", "post", "tweet", "write", "add", "note", "state", "announce", "declare", "claim",
    "reiterate", "explain", "insist", "remark", "comment", "confirm", "reply", "observe", "recall",
    "report", "warn", "complain", "deny", "admit", "acknowledge", "urge", "predict", "estimate", "decline",
    "disclose", "reveal", "testify", "concede", "respond", "stress", "emphasize", "emphasise", "caution",
    "vow", "threaten", "quote",
})
# a statement made as an occasion of its own (a product "announced" at a keynote, "testified" at a hearing): what the
# article goes on to tell of it ("Apple also demonstrated …", "During the event, Jobs …") is the occasion's, its day
OCCASION_LEMMAS = frozenset({"announce", "testify"})
LEDE_SENTENCES = 2  # "the lede": the first one or two sentences of the body
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # a year, a month or a day
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)  # "planned to leave": the verb frames an infinitive
PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*|(?<=[.!?:\"”’')])[ \t]*\n\s*")
HEADING_MAX_CHARS = 40  # "April 2011", "Monday, 4 April 2011": a line that is a date and little else
HEADING_SHARE = 0.6
# "had argued", "had not yet been told"; "has fallen", "have been using"
# "has publicly declared", "had formally asked": a manner adverb in "-ly" between the auxiliary and the participle
# (AP#42) — not an adjective or noun in "-ly" before a noun ("had early warnings", "have July sales")
_LY_ADVERB = (r"(?!(?:early|only|likely|daily|weekly|monthly|quarterly|yearly|family|rally|supply|apply|reply|july|"
              r"italy|ally|fly|assembly|costly|friendly|elderly|holy|ugly|lonely|silly)\b)[a-z]{2,}ly")
QUOTE_MARKS = re.compile(r'["\u201c\u201d]|``|\'\'')
PAST_PERFECT = re.compile(
    r"\bhad(?:\s+(?:not|n't|never|already|just|long|since|also|been|yet|earlier|previously|" + _LY_ADVERB + r"))*\s*$",
    re.IGNORECASE)
PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|'s|'ve)(?:\s+(?:not|n't|never|already|just|long|since|also|been|yet|recently|" + _LY_ADVERB
    + r"))*\s*$", re.IGNORECASE)
# "could turn up the heat", "may be charged", "would pay", "must be agreed", "might have won", "would be to start":
# a possibility,
# an obligation or a proposal's terms, not a happening on a day
MODAL = re.compile(
    r"\b(?:would|could|might|may|should|must|can|cannot|ca)(?:\s+(?:not|n't|never|also|still|yet|even|only|well|"
    r"soon|then|possibly|probably|eventually|likely|be|have|been|get|got|able|to))*\s*$", re.IGNORECASE)

Dating = tuple[str, str, str, str]  # (date_start, date_end, date_basis, timex_id)
Actors = frozenset[str] | set[str] | None  # who takes part in an event (any ids that name the same actor alike)


def perfect_aspect(sentence_text: str, trigger_offset: int) -> str:
    """``"past"`` (had + participle), ``"present"`` (has/have + participle), ``"modal"`` (could, may,
    would… + verb: a possibility, not a happening) or "" before the trigger.

    Read from the words right before the trigger, so the replay of an edit, which
    has no parse, reads it the same way.
    """
    # a quotation mark inside the verb group ('OS X had "been compiled') is no word of it
    before = QUOTE_MARKS.sub(" ", sentence_text[:trigger_offset])
    if MODAL.search(before):
        return "modal"
    if PAST_PERFECT.search(before):
        return "past"
    if PRESENT_PERFECT.search(before):
        return "present"
    return ""


@dataclass(frozen=True)
class EventFacts:
    """What the rules read about one event."""

    tense: str  # "past", "present", "future" (events.tense)
    lemma: str
    perfect: str  # perfect_aspect()
    in_lede: bool  # the main event of a lede sentence
    dates_elsewhere: bool = False  # the sentence writes a date of its own that is not the event's ("last year's results")
    # "condition" ("if they are held"), "other time" ("after Bush announced"), "clause" (relative, "because"):
    # not the article's statement; "" for a main clause (and in the replay, which has no parse)
    subordinate: str = ""
    relayed_by: str = ""  # the day a reporting verb of the sentence dates the statement this event is relayed in
    relayed_id: str = ""  # the time expression that gave that day
    states: bool = True  # a verb of saying that says something (False: "BellSouth added a provision")
    # every date the sentence writes is in a "who" aside about one of its people ("Keating, who put the issue in the
    # spotlight in his 1996 campaign, welcomed the result"): the passage still goes on; the story's lede does not
    dates_only_in_asides: bool = False


def own_date(own: TimexRow, published: str, perfect: str = "", signal: str = "") -> Dating | None:
    """The date the event's own time expression gives, keeping its id (None: it gives none).

    A calendar range as it is, or the side of it that its signal word gives (``time_signal``:
    "until Dec. 31, 1994" and "by August" end the event there, "since June" starts it, "before"
    and "after" put it on one side); "recently" / "in the past" a bound before publication, "in the
    future" one after it, "now" the publication day (but "now … has ruled" only says the ruling
    came before it); any of them, without a publication date, no date yet (the expression is
    kept, to date the event once one is set).
    """
    if own["date_start"]:
        start, end = _signalled(own["date_start"], own["date_end"], signal)
        if signal == "from now" and published and published <= end:
            start = published  # "from now to Election Day": the stretch the text gives, not its last day alone
        if signal == "so far" and published and start <= published < end:
            end = published  # "so far this year": the year up to publication
        return start, end, "timex", own["timex_id"]
    if not published:
        return "", "", "none", own["timex_id"]
    reach = _reach_back(own, published)
    if reach:  # "for the past two months": within them, up to publication
        return reach, published, "timex", own["timex_id"]
    return {
        "PAST_REF": ("", published, "bounded", own["timex_id"]),
        "FUTURE_REF": (published, "", "bounded", own["timex_id"]),
        "PRESENT_REF": ("", published, "bounded", own["timex_id"]) if perfect
        else (published, published, "dct", own["timex_id"]),
    }.get(own["value"] or "")


LOOKING_BACK = re.compile(r"^(?:the\s+)?(?:past|last|previous)\b", re.IGNORECASE)  # "the past two months"
SPAN_VALUE = re.compile(r"^P(\d+)([DWMY])$")
MONTHS_OF_RESULTS = {3, 6, 9, 12}  # "the nine months", "the first six months": results up to a quarter's end


HOURS_VALUE = re.compile(r"^PT(\d+)H$")


def _reach_back(own: TimexRow, published: str) -> str:
    """The first day of a stretch that runs up to publication ("the past two months", "the last 10 days"; "In the last
    twenty four hours, the value of the Indonesian stock market has fallen", DH#30 vague at on or before publication:
    the day before and the day), or "" (any other expression, or a stretch of unknown length: "the past few weeks")."""
    if own["type"] != "DURATION" or not LOOKING_BACK.match(own["text"] or ""):
        return ""
    day = date.fromisoformat(published)
    hours = HOURS_VALUE.match(own["value"] or "")
    if hours is not None:  # the hours before publication, on the days they fall on
        return (day - timedelta(days=-(-int(hours.group(1)) // 24))).isoformat()
    value = SPAN_VALUE.match(own["value"] or "")
    if value is None:
        return ""
    count, unit = int(value.group(1)), value.group(2)
    if unit in "DW":
        return (day - timedelta(days=count * (7 if unit == "W" else 1))).isoformat()
    months = day.year * 12 + day.month - 1 - count * (12 if unit == "Y" else 1)
    return date(months // 12, months % 12 + 1, 1).isoformat()


# the word before a time expression that makes it one end of the event's time, not its time
ENDING_SIGNALS = {"until", "till", "til", "through", "by"}
SIGNALS = ENDING_SIGNALS | {"since", "before", "after"}
WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
# a stretch from publication to the expression: "from now to Election Day", "between now and Feb. 10"
FROM_NOW = re.compile(r"\b(?:from\s+now\s+(?:to|until|till|through)|between\s+now\s+and)\s+(?:the\s+)?$",
                      re.IGNORECASE)
NEGATED = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)
# the earliest time, not the time: "could be effective as early as next year's first quarter", "might come as soon as
# Tuesday", "no earlier than March"
# "has gained an estimated 2% share so far this year": the part of the period up to now, not all of it (BK#46)
SO_FAR = re.compile(r"\b(?:so|thus)\s+far\s+(?:in\s+|during\s+)?$", re.IGNORECASE)
PRIOR_TO = re.compile(r"\bprior\s+to[\s,]+(?:say[\s,]+)?$", re.IGNORECASE)  # "prior to, say, 1995": before it
AT_THE_EARLIEST = re.compile(r"\b(?:as\s+(?:early|soon)\s+as|no\s+(?:earlier|sooner)\s+than)\s+$", re.IGNORECASE)



def time_signal(text: str, timex_start: int) -> str:
    """The signal word right before a time expression ("until", "by", "since", "before", "after"; "from now" for
    "from now to …", "between now and …"), or "".

    Read from the text, so the replay of an edit, which has no parse, reads it the same way."""
    if FROM_NOW.search(text[max(0, timex_start - 30):timex_start]):
        return "from now"  # "a major theme of our campaign from now to Election Day" (AL#5): publication to its end
    if SO_FAR.search(text[max(0, timex_start - 20):timex_start]):
        return "so far"
    if AT_THE_EARLIEST.search(text[max(0, timex_start - 25):timex_start]):
        return "since"  # "as early as next year's first quarter" (BD#17): from its start, the end open
    if PRIOR_TO.search(text[max(0, timex_start - 20):timex_start]):
        return "before"
    found = WORD_BEFORE.search(text[max(0, timex_start - 12):timex_start])
    word = found.group(1).lower() if found else ""
    if word in ("until", "till", "til") and NEGATED.search(text[max(0, timex_start - 60):timex_start]):
        return "not until"  # "is not due until October": it happens then, not before
    return word if word in SIGNALS else ""


# "The day before last Tuesday's hearing", "two days after Monday's vote", "a week before Jan. 14": a count of days or
# weeks before or after a day, not a stretch ("for two days before Monday", "within a week after it")
COUNTED_SIDE = re.compile(r"(?<![\w-])(?<!for )(?<!within )(?<!over )(?<!in )(?P<count>the|a|one|two|three|four|five|six|"
                          r"\d{1,2})[^\S\n]+(?P<unit>days?|weeks?)[^\S\n]+(?P<side>before|after)[^\S\n]+$", re.IGNORECASE)
# how many days a word counts ("a day after the vote", "two days after police arrested him")
DAY_COUNTS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10}


def counted_from_a_day(text: str, own: TimexRow) -> Dating | None:
    """The day a count of days or weeks before or after the event's own day names ("The day before last Tuesday's
    federal court hearing, Manuel went to Lazaro's home": Monday; TimeML marks "day before last Tuesday" as that
    day), or None where the expression is no single day or no such count stands right before it."""
    if not own["date_start"] or own["date_start"] != own["date_end"] or not ISO_DAY.match(own["date_start"]):
        return None
    found = COUNTED_SIDE.search(text[max(0, own["start"] - 30):own["start"]])
    if found is None:
        return None
    count = found.group("count").lower()
    days = (int(count) if count.isdigit() else DAY_COUNTS[count]) * (7 if found.group("unit").lower().startswith("week") else 1)
    day = _shifted(own["date_start"], -days if found.group("side").lower() == "before" else days)
    return day, day, "timex", own["timex_id"]


def _signalled(start: str, end: str, signal: str) -> tuple[str, str]:
    """The event's side of the expression's range: up to its end ("until", "by"), from its start
    ("since", "not until"), before its start or after its end; the other side open."""
    if signal in ENDING_SIGNALS or signal == "from now":
        return "", end
    if signal in ("since", "not until"):
        return start, ""
    if signal == "before":
        return "", _shifted(start, -1)
    if signal == "after":
        return _shifted(end, 1), ""
    return start, end


def _shifted(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def months_to(last: date, months: int) -> str:
    """The first day of ``months`` months that end on ``last`` (whole calendar months when it ends one):
    "the year ended July 2, 1989" is 1988-07-03 to that day, "the nine months ended Sept. 30" January 1 on."""
    if (last + timedelta(days=1)).day == 1:
        year, month = divmod(last.year * 12 + last.month - months, 12)
        return date(year, month + 1, 1).isoformat()
    year, month = divmod(last.year * 12 + last.month - 1 - months, 12)
    return (date(year, month + 1, min(last.day, monthrange(year, month + 1)[1])) + timedelta(days=1)).isoformat()


def stretch_months(start: str, end: str) -> int | None:
    """How many months a stored range of ``months_to`` holds (12 for 1988-07-03..1989-07-02), or None where it
    is no such stretch: the replay of a corrected publication date moves the stretch with its last day, which
    the stored columns keep, since the words that told the months ("the year ended") are the parse's."""
    if not (ISO_DAY.match(start) and ISO_DAY.match(end)) or start >= end:
        return None
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    apart = (last.year - first.year) * 12 + last.month - first.month
    return next((months for months in (apart, apart + 1) if months > 0 and months_to(last, months) == start), None)


def discourse_date(facts: EventFacts, narrative: TimexRow | None, published: str,
                   story: Dating | None = None, stated: bool = False, story_said: bool = False) -> Dating:
    """The date of an event without a time expression of its own (rules 1-4 of the module);
    ``story`` is the story's date where it still carries (``Story.carried``); ``stated``: the passage's
    date is the day a statement was made ("police said on Tuesday they had arrested 14"), so what the
    passage goes on to tell happened on or before it. ``story_said``: the story's date is the day of the
    lede's statement (``Story.said``: "Sotheby's said Friday …"), so a past happening told after it with no
    day of its own ("The auction house sold …") was done on or before that day — the day is when it was
    told, not when it happened; a further statement ("it added") is still that day's."""
    if facts.tense == "future" or (facts.tense == "present" and facts.subordinate == "other time"):
        # "will lift …", and "until the inspectors certify …": still to come
        return (published, "", "bounded", "") if published else ("", "", "none", "")
    if facts.perfect == "modal" or facts.subordinate == "condition":
        return "", "", "none", ""  # a possibility or a condition did not happen on a day
    if facts.relayed_by and facts.tense == "past":  # "Gonzalez said …, Castro said Sunday": on or before Sunday
        return "", facts.relayed_by, "bounded", facts.relayed_id
    if facts.perfect:
        return _bounded_past(published)
    if facts.dates_elsewhere or facts.subordinate == "other time":  # its own times: not the passage's nor the story's
        narrative = story = None
    elif facts.dates_only_in_asides:
        story = None
    if facts.tense == "past" and narrative is not None and not (published and _is_report(facts)):
        if stated:
            return "", narrative["date_end"], "bounded", narrative["timex_id"]
        return narrative["date_start"], narrative["date_end"], "narrative", narrative["timex_id"]
    if facts.tense == "past" and story is not None and not facts.in_lede:  # a lede dated by position: its day
        if story_said and not _is_report(facts):
            return "", story[1], "bounded", story[3]
        return story[0], story[1], "narrative" if story[2] != "dct" else "dct", story[3]
    # the lede's own happening is the day's news; a clause it puts at another time ("was necessary after a
    # Miami judge turned legal logic on its head") is not, whatever the parse makes the sentence's first verb
    if published and (_is_report(facts) or facts.tense == "present"
                      or (facts.in_lede and facts.subordinate != "other time")):
        return published, published, "dct", ""
    return _bounded_past(published)


def a_saying(lemma: str) -> bool:
    """Whether a lede's statement verb tells only when something was said ("said Friday", "told ambassadors"), not an
    occasion (``OCCASION_LEMMAS``): a story dated by it bounds the past happenings told after it (``Story.said``).
    Extraction and the replay, which has no parse, both decide by it."""
    return lemma in REPORTING_LEMMAS and lemma not in OCCASION_LEMMAS


def _is_report(facts: EventFacts) -> bool:
    """A statement made when reported: a reporting verb of a main clause ("said", "told"), not one told
    as another time's happening ("after President Bush announced the dispatching of troops")."""
    return facts.lemma in REPORTING_LEMMAS and not facts.subordinate and facts.states


def for_a_later_time(tense: str, lemma: str, dated: Dating | None, published: str, words_before: str) -> Dating | None:
    """A past verb whose own time lies after publication was done before it: the time is what it set up
    ("planned a large demonstration … on Saturday" in a Friday paper, "declared a dividend payable Dec. 1",
    "created an office, effective Feb. 1"), so the verb is on or before publication (None: no such case).
    Not an infinitive ("planned to leave on Thursday": the leaving is Thursday's), nor "said" (a statement
    told for a later day is an advance text of that day's). ``words_before``: the sentence up to the verb,
    so the replay, which has no parse, decides alike."""
    if tense != "past" or dated is None or dated[2] != "timex" or not published or lemma == "say":
        return None
    if not dated[0] or dated[0] <= published or INFINITIVE_BEFORE.search(words_before):
        return None
    return "", published, "bounded", dated[3]


def on_or_after_a_happening(first: str, last: str, timex_id: str) -> Dating:
    """What a dated happening did ("Thursday's decision made it clear"): on or after the happening's first day
    up to ``last``, that day itself where the two are one. Extraction and the replay of a corrected
    publication date both decide through it."""
    return first, last, "narrative" if first == last else "bounded", timex_id


def _bounded_past(published: str) -> Dating:
    return ("", published, "bounded", "") if published else ("", "", "none", "")


class Passages:
    """The current date of the narrative at any offset of one document.

    ``timexes``: the document's time expressions (any order); a date counts when it
    is a calendar date (year, month or day) with a resolved range, not after the
    publication date, and not a date line giving the publication day.
    """

    def __init__(self, text: str, timexes: list[TimexRow], published: str) -> None:
        self.text = text
        self.breaks = paragraph_starts(text)
        dates = sorted((t for t in timexes if _calendar(t, published)), key=lambda t: t["start"])
        self.dates = [t for t in dates if not (self._is_heading(t) and t["date_start"] == t["date_end"] == published)]
        self.starts = [t["start"] for t in self.dates]
        # times whose year nothing gives ("last week", "on 5 February" in an undated article): the telling moved to a
        # time the passage cannot follow, so a passage's date does not carry past them
        self.unplaced = sorted(t["start"] for t in timexes
                               if t["type"] in ("DATE", "TIME") and OF_AN_UNKNOWN_YEAR.match(t["value"] or ""))
        self.dated_events: set[str] = set()  # the expressions that dated an event so far
        self.actors: dict[str, set[str]] = {}  # who took part in the events each expression dated
        self.statements: set[str] = set()  # the expressions that dated a statement ("said on Tuesday")
        self.reach: dict[str, int] = {}  # where the last event dated by each expression (or its passage) begins
        self.until: dict[str, int] = {}  # where a passage told only for the sentence after it ends (``told``)
        # the times of a thing made by someone ("a request last week from Elian's father"), which what its makers go on
        # to do in the next paragraph is told of, a stretch (a week) though it be (``told``'s ``made``)
        self.made: dict[str, TimexRow] = {}

    def told(self, dating: Dating, actors: Actors = None, statement: bool = False, sets: bool = True,
             offset: int = -1, until: int = -1, made: TimexRow | None = None) -> None:
        """Record an event's dating, in document order: an expression that dated an event sets the passage's
        date; one written in passing ("3.8% higher than a year earlier", "last decade") does not.

        ``actors`` (None: not known) are who took part; an event that took the passage's date adds its
        own to the passage's. ``statement``: the event is a statement, so its day bounds what follows. ``sets``:
        False for an aside (a relative clause, "Ritter, who arrived Thursday"), whose date does not become the
        passage's. ``offset``: where the event's sentence begins (-1: not known), so a passage told one sentence
        to a paragraph can go on in the next (``current``). ``until``: where the passage ends (-1: where the
        text moves on): a time chosen for something ("picked Saturday night as the optimal time to start the
        offensive") is told by the sentence after it ("The date was unaffected …"), not by the paragraph's later
        happenings (CH#29, BR#30, BP#12: a talk before the ultimatum given the offensive's day). ``made``: the
        expression of a thing its ``actors`` made ("a request last week from Elian's father"), which what they go on
        to do is told of in the next paragraph, whatever its length (a week is no calendar date of a passage).
        """
        if made is not None:
            self.made[made["timex_id"]] = made
        if until >= 0 and dating[3]:
            self.until[dating[3]] = until
        if dating[2] in ("timex", "narrative") and dating[3] and offset >= 0 and sets:
            self.reach[dating[3]] = offset
        if dating[2] == "timex" and dating[3] and sets:
            self.dated_events.add(dating[3])
            if statement:
                self.statements.add(dating[3])
        if dating[2] in ("timex", "narrative") and dating[3] and actors:
            self.actors.setdefault(dating[3], set()).update(actors)

    def current(self, offset: int, actors: Actors = None) -> TimexRow | None:
        """The passage's date for a sentence starting at ``offset``: the last date before it in its paragraph
        that dated an event, else the last section heading before it.

        A sentence whose ``actors`` are all others than the passage's tells of someone else ("McBride flew
        in October 1984. Farkas expressed the hope …"): it does not continue the passage, and has no date from it.
        """
        paragraph = self.paragraph_start(offset)
        before = self.dates[:bisect.bisect_left(self.starts, offset)]
        for timex in reversed(before):
            if timex["end"] > offset:
                continue
            if self._is_heading(timex):
                return timex
            if timex["start"] >= paragraph and timex["timex_id"] in self.dated_events:
                if offset >= self.until.get(timex["timex_id"], offset + 1):
                    return None  # a chosen time's passage was the sentence after it
                if self._moved_on_between(timex["end"], offset):
                    return None  # "destroyed by fire in 1996. He fell into a coma … last week. He conducted …"
                known = self.actors.get(timex["timex_id"])
                return None if actors and known and not (known & actors) else timex
        return self._continued(paragraph, actors)

    def _moved_on_between(self, start: int, end: int) -> bool:
        """Whether a time whose year nothing gives (``unplaced``) is written from ``start`` up to ``end``."""
        return bisect.bisect_left(self.unplaced, start) < bisect.bisect_left(self.unplaced, end)

    def _continued(self, paragraph: int, actors: Actors) -> TimexRow | None:
        """The date of the paragraph before, where its last dated event was told of the same people as this
        sentence's ("Before his Sunday night address, Castro played …" / "Castro assured them …": news gives a
        paragraph to a sentence); a sentence whose actors are not known does not reach back."""
        if not actors or paragraph <= 0:
            return None
        before = self.paragraph_start(paragraph - 1)
        told = [(offset, key) for key, offset in self.reach.items() if before <= offset < paragraph]
        if not told:
            return None
        key = max(told)[1]
        known = self.actors.get(key)
        if key not in self.dated_events or key in self.until or key in self.statements or not known or not (known & actors):
            return None  # a statement's day ("Jobs said yesterday") bounds what follows; it is no scene
        timex = next((t for t in self.dates if t["timex_id"] == key), None) or self.made.get(key)
        # a scene (one day) goes on; a chronicle of months and years ("In 1984 …") moves on at each paragraph
        return timex if timex is not None and (timex["date_start"] == timex["date_end"] or key in self.made) else None

    def stated(self, timex: TimexRow | None) -> bool:
        """Whether the passage's date is the day a statement was made ("police said on Tuesday")."""
        return timex is not None and timex["timex_id"] in self.statements

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` begins."""
        index = bisect.bisect_right(self.breaks, offset) - 1
        return self.breaks[index] if index >= 0 else 0

    def _is_heading(self, timex: TimexRow) -> bool:
        """A line that is this date and little else ("April 2011", "June 9, 2008")."""
        line_start = self.text.rfind("\n", 0, timex["start"]) + 1
        line_end = self.text.find("\n", timex["end"])
        line = self.text[line_start:len(self.text) if line_end < 0 else line_end].strip()
        return 0 < len(line) <= HEADING_MAX_CHARS and (timex["end"] - timex["start"]) >= HEADING_SHARE * len(line)


def paragraph_starts(text: str) -> list[int]:
    """Where paragraphs begin after the first: after a blank line, or after a line that ends a sentence
    (one paragraph a line, as pasted web articles are; a hard-wrapped line ends mid-sentence and goes on)."""
    return [m.end() for m in PARAGRAPH_END.finditer(text)]


# a day, week, month or season whose year no date gives ("last week", "on 5 February" in an undated article), not
# one that names none ("that same day": XXXX-XX-XX, the passage's own day)
OF_AN_UNKNOWN_YEAR = re.compile(r"^XXXX-(?!XX(?:-XX)?$)")


def writes_a_date(timexes: list[TimexRow], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` (a sentence) holds a calendar date or a dated time
    ("Saturday night") — or a day, week, month or season whose year no date gives (``OF_AN_UNKNOWN_YEAR``): a time
    of its own all the same, so the passage's year ("destroyed by fire in 1996") is not its."""
    return any(t["type"] in ("DATE", "TIME") and (t["date_start"] or OF_AN_UNKNOWN_YEAR.match(t["value"] or ""))
               and start <= t["start"] < end for t in timexes)


DAY_TIME_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T")  # "Sunday night", "Tuesday at 10 a.m.": a time of a known day


def _calendar(timex: TimexRow, published: str) -> bool:
    """A calendar date (a year, month or day), or a time of a known day (its day), not after publication."""
    value = timex["value"] or ""
    known = (timex["type"] == "DATE" and CALENDAR_VALUE.match(value) is not None) or (
        timex["type"] == "TIME" and DAY_TIME_VALUE.match(value) is not None)
    return (known and bool(timex["date_start"]) and bool(timex["date_end"])
            and (not published or timex["date_start"] <= published))


class Story:
    """The story's date: the day of the lede's main event, carried while the telling stays there.

    ``note`` is told each event's dating in document order; ``carried()`` is the story's date for the
    next event, or None once an event after the lede took another date from the text (its own time
    expression or its passage's) or a sentence tells of another time in a clause of its own
    (``writes``): the telling has moved to other times. An event dated again to the story's day by its
    own words ("Earlier Friday, … celebrated") brings the telling back. A statement's own day ("the FBI
    said Monday …") is when something was said about the story, not a move of the story; a date written
    in passing ("up 82% from 9 months ago", "the Aug. 7 bombings") tells of no other time.
    """

    def __init__(self) -> None:
        self.date: Dating | None = None
        self.moved_on = False
        self.said = False  # the story's date is the day of the lede's statement ("X said Friday"), not of a happening

    def note(self, in_lede: bool, dating: Dating, published: str = "", statement: bool = False,
             main: bool = True, positioned: bool = False, saying: bool = False) -> bool:
        """Record the lede's main event's date (one day that the text or the report gives, not after
        publication: a lede about tomorrow tells no story yet), or that a later event took another
        date from the text, or (``main``: the sentence's own event, not a reported or subordinate one)
        came back to the story's day. ``positioned``: the event is a simple past happening (not a
        statement), so a lede's publication day (``dct``) is the day of what it tells, and the story's.
        ``saying``: the event is a statement that tells only when it was said (``a_saying``), so the story's date
        it sets is the telling's (``said``). True when this event set the story's date."""
        by_position = self.date is not None and self.date[2] == "dct"
        if self.date is None or (by_position and in_lede and dating[2] == "timex"):
            # a lede sentence dated by its own words ("… yesterday") tells the story's day better than position
            own_day = dating[2] == "timex" or (dating[2] == "dct" and positioned and self.date is None)
            if in_lede and own_day and dating[0] and dating[0] == dating[1] \
                    and (not published or dating[1] <= published):
                self.date, self.moved_on, self.said = dating, False, saying
                return True
            if self.date is None:
                return False
        elif dating[2] == "timex" and dating[:2] == self.date[:2]:
            self.moved_on = self.moved_on and not main
            # a happening the text itself puts on the statement's day ("Earlier Friday, … celebrated"): the day is
            # one of happenings too, and what goes on telling it is of that day
            self.said = self.said and statement
        elif dating[2] in ("timex", "narrative") and dating[:2] != self.date[:2] \
                and not (statement and dating[2] == "timex"):
            self.moved_on = True
        return False

    def writes(self, timex: TimexRow) -> None:
        """A sentence tells of a time of its own in a clause ("Elian, who was found … on Nov. 25"): unless
        it is the story's day, the telling has moved to it."""
        if self.date is not None and (timex["date_start"], timex["date_end"]) != self.date[:2]:
            self.moved_on = True

    def leave(self) -> None:
        """The telling has left the story's people or place (``dating``): its day is not carried further."""
        self.moved_on = True

    def returns(self, timex: TimexRow) -> None:
        """A sentence's subject is named by the story's day ("Sunday's service … included"): the telling is
        back at it."""
        if self.date is not None and (timex["date_start"], timex["date_end"]) == self.date[:2]:
            self.moved_on = False

    def carried(self) -> Dating | None:
        return None if self.moved_on else self.date


# a change in an amount: what results tell of a reporting period ("third-quarter profit jumped 16%")
CHANGE_LEMMAS = frozenset({
    "rise", "fall", "drop", "decline", "increase", "decrease", "climb", "jump", "slip", "gain", "grow", "surge",
    "plunge", "plummet", "tumble", "soar", "ease", "edge", "slide", "advance", "dip", "rebound", "earn", "lose", "total",
    "shrink", "slump", "narrow", "widen", "improve", "double", "triple", "boost",
})
# a result's change, or its being posted ("For the nine months, America West posted earnings of $18.9 million") or had
# ("For the nine months, Norton had net of $81.2 million": *have* with a result for object, ``results.of_a_result``;
# "the steel operations experienced a steep drop in operating profit", "suffered a loss of $2 million": alike)
HAVING_LEMMAS = frozenset({"have", "experience", "suffer"})
# how a company's part fared ("The Continental Baking business benefited from higher margins") and what results held
# ("The quarterly results also reflected $21.4 million in non-recurring losses"), ``results.of_a_result``
FORTUNE_LEMMAS = frozenset({"benefit", "hurt", "suffer", "realize", "realise", "weigh", "help", "boost", "depress",
                            "reflect", "include"})
# what acts on a result told as the verb's object ("Catastrophe losses reduced Aetna's net income by $50 million")
ACTING_ON_RESULTS_LEMMAS = frozenset({"reduce", "lower", "cut", "trim", "raise", "lift", "offset", "erode", "hurt",
                                      "boost", "depress", "help"})
RESULT_LEMMAS = CHANGE_LEMMAS | {"post"} | HAVING_LEMMAS | FORTUNE_LEMMAS | ACTING_ON_RESULTS_LEMMAS
# what results are told of: their change is the reporting period's
RESULT_NOUNS = {"profit", "net", "income", "earnings", "earning", "revenue", "sales", "loss", "margin", "output",
                "turnover", "result", "production", "shipments", "orders", "deliveries"}
PERIOD_VALUE = re.compile(r"^\d{4}-(?:Q[1-4]|H[12])$")  # a quarter or a half: a reporting period


class Periods:
    """The reporting period of results: the latest quarter or half the text has told so far ("net income
    fell 22% in the third quarter"; a comparison's "a year ago" is an earlier one) dates the changes in a
    result ("At GMAC, net dropped 3.1%") told without a time of their own, as long as no other time comes
    between in their paragraph ("In the nine months, … net fell 6.6%. Revenue rose 3.5%": those are the
    nine months', which have no closer date)."""

    def __init__(self, text: str, timexes: list[TimexRow], published: str) -> None:
        self.breaks = paragraph_starts(text)
        self.timexes = sorted(timexes, key=lambda t: t["start"])
        self.starts = [t["start"] for t in self.timexes]
        self.published = published
        # the months the latest result was told of ("For the nine months, Norton had net of …"): (months, the
        # period's timex id, where their sentence starts, the names of its subject), which the results after it go
        # on telling
        self.months_told: tuple[int, str, int, frozenset[str]] | None = None

    def carried(self, facts: EventFacts, start: int, end: int, months: int = 0,
                compared: set[str] | frozenset[str] = frozenset(), subject: frozenset[str] = frozenset()) -> Dating | None:
        """The period for a past change in a result in the sentence from ``start`` to ``end``, or None;
        ``months``: the change is told of that many months ("In the nine months"), up to the period's end;
        ``compared``: time expressions of amounts compared with ("up from $10 million a year ago"), no other time;
        ``subject``: the names in the result's subject ("Norton had net of …": Norton), whose months go on.
        A result a dated statement relays is carried only where its own clause tells its months ("the company
        said Friday that it had losses of $673.3 million through the first nine months", AH#11): those months,
        ending with the last period told, and ended by the statement's day; other relayed results stay the
        statement's."""
        relayed_months = months and facts.subordinate == "clause" and bool(facts.relayed_by)
        if facts.lemma not in RESULT_LEMMAS or facts.tense != "past" or facts.perfect \
                or (facts.subordinate and not relayed_months):
            return None
        told = self.timexes[:bisect.bisect_left(self.starts, start)]
        periods = [t for t in told if PERIOD_VALUE.match(t["value"] or "") and t["date_start"] and t["date_end"]
                   and t["timex_id"] not in compared
                   and (not self.published or t["date_end"] <= self.published)]
        if not periods:
            return None
        period = max(periods, key=lambda t: (t["date_end"], t["start"]))
        if relayed_months:  # a statement's months: not the passage's, and ended by the statement's day
            return _months_ending(period, months) if period["date_end"] <= facts.relayed_by else None
        if months:  # "In the nine months, net rose": the months that end with the period
            self.months_told = (months, period["timex_id"], start, subject)
            return _months_ending(period, months)
        going_on = self._months_going_on(period, end, compared, subject)
        if going_on:  # "For the nine months, Norton had net of …¶ Norton had operating profit of …": still those months
            return _months_ending(period, going_on)
        index = bisect.bisect_right(self.breaks, start) - 1
        paragraph = self.breaks[index] if index >= 0 else 0
        between = self.timexes[bisect.bisect_left(self.starts, paragraph):bisect.bisect_left(self.starts, end)]
        if any((t["date_start"], t["date_end"]) != (period["date_start"], period["date_end"])
               and t["timex_id"] not in compared and not a_length(t) for t in between):
            return None
        return period["date_start"], period["date_end"], "narrative", period["timex_id"]

    def _months_going_on(self, period: TimexRow, end: int, compared: set[str] | frozenset[str],
                         subject: frozenset[str]) -> int:
        """The months of the last result told of months (``months_told``) where the text still tells them: the
        same period, and from their sentence on no time told but theirs, one compared with, or an earlier period
        ("In the year-earlier period, the company had net of …": a comparison's, not a new reporting period);
        and only for a subject they named, in their paragraph or a later one ("Norton had operating profit of …"
        after "For the nine months, Norton had net of …"): "At GMAC, net dropped 3.1%" after GM Hughes's nine
        months is GMAC's quarter, and "At its Linz unit, revenue slipped" may be either. 0 where no months were
        told, another time came since, or the subject names none of theirs."""
        if self.months_told is None or self.months_told[1] != period["timex_id"]:
            return 0
        months, _, since, named = self.months_told
        if not subject or not subject <= named:
            return 0
        for timex in self.timexes[bisect.bisect_left(self.starts, since):bisect.bisect_left(self.starts, end)]:
            value = SPAN_VALUE.match(timex["value"] or "")
            if timex["timex_id"] in compared or timex["timex_id"] == period["timex_id"] \
                    or (timex["type"] == "DURATION" and value is not None and value.group(2) == "M"
                        and int(value.group(1)) == months) \
                    or (timex["date_end"] and timex["date_end"] < period["date_start"]):
                continue
            return 0
        return months


def a_length(timex: TimexRow) -> bool:
    """How long something lasts, told with no article ("the price war in the property/casualty market for nearly
    three years"): no time of its own that a result could be told of, unlike a period named as one ("In the nine
    months, net fell"; "for the six months")."""
    return timex["type"] == "DURATION" and not timex["date_start"] and DEFINITE_PERIOD.match(timex["text"] or "") is None


DEFINITE_PERIOD = re.compile(r"^(?:the|this|that|these|those|its|their|his|her|our|each|every)\b", re.IGNORECASE)


def _months_ending(period: TimexRow, months: int) -> Dating:
    """The ``months`` calendar months that end with the period's last month, up to its end."""
    last = date.fromisoformat(period["date_end"])
    first = last.year * 12 + last.month - months
    return date(first // 12, first % 12 + 1, 1).isoformat(), period["date_end"], "narrative", period["timex_id"]


class Ledes:
    """Which events are the lede's main events: the first event asked about in each of the first
    ``LEDE_SENTENCES`` sentences that report events (a sentence's main event comes first), within the
    paragraph of the first one (a background paragraph after a one-sentence lede is no lede)."""

    def __init__(self) -> None:
        self.seen: list[int] = []
        self.paragraph: int | None = None

    def main_of_lede(self, sentence_start: int, paragraph_start: int) -> bool:
        """Call once per event, in order: whether this one is the main event of a lede sentence."""
        if sentence_start in self.seen:
            return False
        self.seen.append(sentence_start)
        if self.paragraph is None:
            self.paragraph = paragraph_start
        return len(self.seen) <= LEDE_SENTENCES and paragraph_start == self.paragraph


def reaches_back(timex: TimexRow) -> bool:
    """A stretch of known length up to publication ("the past two months", "the last 24 hours"): it dates an event
    within it."""
    value = timex["value"] or ""
    return timex["type"] == "DURATION" and (SPAN_VALUE.match(value) or HOURS_VALUE.match(value)) is not None \
        and LOOKING_BACK.match(timex["text"] or "") is not None


# "WARSAW, February 26 (Xinhua) --", "LONDON, Feb 26 (Reuters) -": a place in capitals, a comma, the day, maybe the
# agency, a dash, at the start of a line near the top: the day and place the story is reported from
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]*)*(?:,[ \t]*[A-Z][A-Za-z.' -]*)?,"
                             r"[ \t]*$")
DATELINE_AFTER = re.compile(r"^,?[ \t]*(?:\d{4}[ \t]*)?(?:\([^()\n]{1,40}\))?[ \t]*(?:--|—|–|-|:)")
DATELINE_CHARS = 600  # the head of the article: a headline and a standfirst may come before the dateline
DATELINE_DAYS = 7  # a dateline a week or less before publication: a later issue of the same report


def dateline(text: str, timexes: list[TimexRow], published: str) -> TimexRow | None:
    """The dateline's day ("WARSAW, February 26 (Xinhua) --" over a story published February 27): the day the
    story is reported from, when it is before publication (by a week at most); else None. Read from the text and
    the time expressions only, so the replay of a corrected publication date finds the same line."""
    if not ISO_DAY.match(published or ""):
        return None
    for timex in sorted(timexes, key=lambda t: t["start"]):
        if timex["start"] >= DATELINE_CHARS:
            break
        day = timex["date_start"] or ""
        if timex["type"] != "DATE" or not ISO_DAY.match(day) or timex["date_end"] != day:
            continue
        if not DATELINE_BEFORE.search(text[:timex["start"]]) or not DATELINE_AFTER.match(text[timex["end"]:]):
            continue
        early = (date.fromisoformat(published) - date.fromisoformat(day)).days
        return timex if 0 < early <= DATELINE_DAYS else None
    return None


def from_the_dateline(tense: str, dated: Dating, published: str, line: TimexRow | None) -> Dating:
    """A past event the discourse dated by publication alone, in a story reported from an earlier day (``dateline``):
    the day of the report is the dateline's, so a statement or the lede's news dated as the report's day takes that
    day, and what is only "on or before publication" is on or before it — a closer end than the paper's day. So is a
    present statement or state dated as the report's day ("JOHANNESBURG, August 7 (Xinhua) -- South Africa deplores
    …" published August 8, BD#12): it was told, and true, the day the story was written."""
    if line is None or tense not in ("past", "present") or not published:
        return dated
    day = line["date_start"]
    if dated == (published, published, "dct", ""):  # "JOHANNESBURG, August 7 … South Africa deplores": August 7
        return day, day, "narrative", line["timex_id"]
    if tense == "present":
        return dated  # a present known only "on or before publication" stays so
    if dated == ("", published, "bounded", ""):
        return "", day, "bounded", line["timex_id"]
    return dated


def by_publication(tense: str, dated: Dating, published: str) -> Dating:
    """A past event told of a period that runs past publication ("Polls have shown public support … rising to about 51
    percent this year" in a February paper, DE#24 vague at the whole year; "The Jordanian monarch met this week with
    Saddam" on the week's Thursday; "Nashua's stock has fluctuated sharply … this year", DC#33 vague at the year
    running two months past the Monday paper; "The MacBook Air had not been significantly updated since 2008", CM#1
    vague at an open end): what the text tells as done was done by the day it was told, so the period is taken up to
    publication, as "so far this year" is. The basis stays the expression's or the passage's:
    the start is the text's, the end the report's. Extraction and the replay of a corrected publication date both end
    a past event's date here."""
    if tense != "past" or not published or dated[2] not in ("timex", "narrative") or not dated[0]:
        return dated
    if dated[0] <= published and (not dated[1] or published < dated[1]):  # "had not been updated since 2008", too
        return dated[0], published, dated[2], dated[3]
    return dated


def off_the_dateline(dated: Dating, published: str, line: TimexRow | None) -> Dating:
    """``from_the_dateline`` undone (``line``: the dateline's expression as it now resolves): the replay of a
    corrected publication date reads extraction's stored choice back to the discourse's own date, so its rules
    run as extraction's did and the dateline is applied again at the new day."""
    if line is None or not published or dated[3] != line["timex_id"]:
        return dated
    day = line["date_start"]
    if dated == (day, day, "narrative", line["timex_id"]):
        return published, published, "dct", ""
    if dated == ("", day, "bounded", line["timex_id"]):
        return "", published, "bounded", ""
    return dated


LATER = re.compile(r"^\s*later\b", re.IGNORECASE)  # "One year later", "Two days later": counted from a date told before
YEAR_VALUE = re.compile(r"^\d{4}$")
MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")


def counted_on(text: str, timexes: list[TimexRow], later: TimexRow, published: str) -> Dating | None:
    """The date a stretch counted on from the date told just before gives ("in 1984 the first Macintosh was
    released … One year later he was fired": 1985; "on March 3 … Two days later": March 5), at that date's
    granularity; None where the expression is no such count, no calendar date comes before it, the count is finer
    than that date (a year, then "two months later"), or the result lies after publication."""
    count = SPAN_VALUE.match(later["value"] or "")
    some = SOME_SPAN_VALUE.match(later["value"] or "")
    if later["type"] != "DURATION" or (count is None and some is None) or not LATER.match(text[later["end"]:]):
        return None
    before = [t for t in timexes if t["end"] <= later["start"] and t["type"] == "DATE" and t["date_start"]
              and CALENDAR_VALUE.match(t["value"] or "")]
    if not before:
        return None
    if count is None:
        return _some_time_on(max(before, key=lambda t: t["start"]), some.group(1), later["timex_id"], published) \
            if some is not None else None
    base, steps, unit = max(before, key=lambda t: t["start"]), int(count.group(1)), count.group(2)
    value = base["value"]
    if unit == "Y":
        first = months_on(date.fromisoformat(base["date_start"]), 12 * steps)
        last = months_on(date.fromisoformat(base["date_end"]), 12 * steps)
    elif unit == "M" and not YEAR_VALUE.match(value):
        first = months_on(date.fromisoformat(base["date_start"]), steps)
        last = first.replace(day=monthrange(first.year, first.month)[1]) if MONTH_VALUE.match(value) else first
    elif unit == "D" and ISO_DAY.match(value):
        first = last = date.fromisoformat(value) + timedelta(days=steps)
    else:
        return None
    if published and last.isoformat() > published:
        return None
    return first.isoformat(), last.isoformat(), "timex", later["timex_id"]


# "A few days later", "Several weeks later": a count the text does not give (TimeML's PXD, PXW, PXM)
SOME_SPAN_VALUE = re.compile(r"^PX([DWM])$")
# the most "a few" (or "several", "some") days, weeks or months is taken to run to, in days
SOME_SPAN_DAYS = {"D": 10, "W": 60, "M": 330}


def _some_time_on(base: TimexRow, unit: str, timex_id: str, published: str) -> Dating | None:
    """"In January, American Medical brought in a new chief executive … A few days later, American Medical announced
    sharply lower earnings" (AY#39): some days after January — from the date told before, up to as many days on
    as "a few" of the unit can run (a bound on both sides, not a day), ended by publication."""
    if not base["date_end"] or (published and base["date_start"] > published):
        return None
    last = (date.fromisoformat(base["date_end"]) + timedelta(days=SOME_SPAN_DAYS[unit])).isoformat()
    return base["date_start"], min(last, published) if published else last, "bounded", timex_id


def months_on(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, monthrange(year, month + 1)[1]))


def last_day_of(first: date, count: int, unit: str) -> date:
    """The last day of ``count`` days, weeks, months or years beginning on ``first`` ("six days" from May 26:
    May 31; ``events.lasting``)."""
    if unit == "D":
        return first + timedelta(days=count - 1)
    if unit == "W":
        return first + timedelta(days=7 * count - 1)
    return months_on(first, count * {"M": 1, "Y": 12}[unit]) - timedelta(days=1)


def moved_stretch(first: str, last: str, new_first: str) -> str | None:
    """The last day of the stretch ``first``..``last`` begun on ``new_first`` instead: the replay of a corrected
    publication date moves a stretch extraction gave from its first day (the words that told its length are
    the parse's, the stored range keeps it). Whole months where the range is whole months of four weeks or
    more ("for three months"), else days. None where ``first``..``last`` is no stretch of days."""
    if not (ISO_DAY.match(first) and ISO_DAY.match(last) and ISO_DAY.match(new_first)) or last <= first:
        return None
    start, end, new_start = date.fromisoformat(first), date.fromisoformat(last), date.fromisoformat(new_first)
    days = (end - start).days + 1
    if days >= 28:
        months = next((n for n in range(1, 12 * 50) if last_day_of(start, n, "M") >= end), 0)
        if months and last_day_of(start, months, "M") == end:
            return last_day_of(new_start, months, "M").isoformat()
    return last_day_of(new_start, days, "D").isoformat()
