"""What a date says by its values alone: one day, only a bound, still to come, told from the report's time.

The steps of ``dating`` hand dates on as ``Dating`` tuples and read time expressions as rows; these tests read those
values (with the tense), never the parse, so every step asks them alike: a date that is only "on or before" a day is
the one a later step may narrow (``only_an_upper_bound``), a future from publication on sets no passage
(``still_to_come``), a future with only an end runs from publication to it (``by_a_deadline``), and "now" or
"recently" is told from the report's own time (``reference``).
"""

from __future__ import annotations

from explorer.core.extract.events.date_rules import CALENDAR_VALUE, ISO_DAY, Dating
from explorer.core.model import TimexRow


def a_single_day(timex: TimexRow) -> bool:
    """The expression names one calendar day (or a time on it)."""
    return timex["type"] in ("DATE", "TIME") and bool(timex["date_start"]) and timex["date_start"] == timex["date_end"]


def a_calendar_date(timex: TimexRow) -> bool:
    """A date expression naming a year, a month or a day of the calendar, with its range (not "the second half" of a
    game, read as the year's, nor a season or a quarter)."""
    return timex["type"] == "DATE" and CALENDAR_VALUE.match(timex["value"] or "") is not None \
        and bool(timex["date_start"]) and bool(timex["date_end"])


def reference(timex: TimexRow) -> bool:
    """"now", "recently", "in the future": a time told from the report's own, which a date line gives."""
    return (timex["value"] or "").endswith("_REF")


def only_an_upper_bound(dated: Dating) -> bool:
    """A date that is only "on or before" a day (a past event bounded by publication or by what followed it):
    the one the steps that put an event beside another happening may narrow."""
    return dated[2] == "bounded" and not dated[0] and bool(dated[1])


def still_to_come(tense: str, dated: Dating, published: str) -> bool:
    """A future event dated from publication on ("will be disclosed this morning"): not where a past passage is."""
    return tense == "future" and bool(published) and bool(dated[0]) and dated[0] >= published


def done_by_publication(tense: str, perfect: str, dated: Dating | None, published: str) -> bool:
    """A past happening dated from its own time with an open end that starts on or before publication ("had
    fallen" eight trading days after Oct. 12; "Since 1985 … nearly 200 soldiers have been killed", BQ#12: the
    present perfect tells what went on up to the telling — what comes after it the text does not know)."""
    return tense == "past" and perfect in ("", "past", "present") and dated is not None and dated[2] == "timex" \
        and bool(dated[0]) and not dated[1] and bool(published) and dated[0] <= published


def by_a_deadline(tense: str, dated: Dating | None, published: str) -> Dating | None:
    """A future its own time gives only an end ("will almost double its flights … by August", "wants to boost
    non-GM revenue … by the end of 1990", "will continue to operate … until early 1990"): still to come, so
    from publication to that end (``bounded``, the expression's id: the replay moves the start with the
    publication day and the end with the expression), where the end is not before publication."""
    if dated is None or tense != "future" or dated[2] != "timex" or dated[0] or not dated[1] or not published \
            or dated[1] < published:
        return dated
    return published, dated[1], "bounded", dated[3]


def one_past_day(own: TimexRow | None, published: str) -> TimexRow | None:
    """``own`` where it names one day, not after publication: a later sentence's day a lede can take."""
    if own is None or own["type"] not in ("DATE", "TIME") or not own["date_start"] \
            or own["date_start"] != own["date_end"] or not ISO_DAY.match(own["date_start"]) \
            or own["date_end"] > published:
        return None
    return own
