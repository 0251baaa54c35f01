"""Document and event decisions: a corrected publication date, notes and tags.

Correcting a document's reference date resolves its time expressions again
against the new date (each with the tense of the event sentence it sits in), so
"on Wednesday" or "last month" move with it; its events are then dated again as
extraction would with that date (``Rebase``: extraction's own choice for each
event, with the values the new date moves; without one, extraction's rules,
``extract.events.date_rules``), and the clusters they belong to recompute their
date span. The extraction's own date stays in the file; the decision is replayed over it.
"""

from __future__ import annotations

import bisect
from datetime import date, timedelta
from typing import Any

import pandas as pd

from explorer.core.document import blank_spans
from explorer.core.model import Tables, make_table, normalize_table

ANALYST_BASIS = "analyst"


def set_published(tables: Tables, payload: dict) -> None:
    doc_id, published = payload["doc_id"], payload["published"]
    documents = tables.get("documents")
    if documents is None or not (documents["doc_id"] == doc_id).any():
        return
    row = documents.index[documents["doc_id"] == doc_id][0]
    before = str(documents.at[row, "published"] or "")
    timexes = tables.get("timexes")
    old_timexes = {} if timexes is None else {
        t["timex_id"]: t for t in timexes[timexes["doc_id"] == doc_id].to_dict("records")}
    documents.at[row, "published"] = published
    documents.at[row, "published_basis"] = ANALYST_BASIS if published else "unknown"
    reference = date.fromisoformat(published) if published else None
    if "timexes" in tables and "events" in tables:
        _resolve_again(tables, doc_id, str(documents.at[row, "text"]), reference)
    if "events" in tables:
        _redate_events(tables, doc_id, published, Rebase(before, published, old_timexes))
    if "clusters" in tables and "events" in tables:
        _redate_clusters(tables)


def note(tables: Tables, payload: dict) -> None:
    events = tables.get("events")
    if events is not None:
        events.loc[events["event_id"] == payload["event_id"], "note"] = payload["note"]


def tags(tables: Tables, payload: dict) -> None:
    events = tables.get("events")
    if events is None:
        return
    for row in events.index[events["event_id"] == payload["event_id"]]:
        events.at[row, "tags"] = list(payload["tags"])


def _resolve_again(tables: Tables, doc_id: str, text: str, reference: date | None) -> None:
    """Replace the document's time expressions with the ones found against the new reference date."""
    events = tables["events"]
    mine = events[events["doc_id"] == doc_id]
    # a sentence's tense is its main event's (extraction resolved with it); a further event has its own verb's
    main = mine[mine["event_id"] == doc_id + "-e" + mine["start"].astype(str)]
    mine = (main if len(main) else mine).sort_values("start")
    starts, tenses = list(mine["start"]), list(mine["tense"])

    def tense_at(offset: int) -> str:
        index = bisect.bisect_right(starts, offset) - 1
        return tenses[index] if index >= 0 and tenses[index] else "past"

    # here, not at the top: compiling the time-expression rules takes a tenth of a second that opening
    # a workspace without a date correction need not pay (the timex package is pure Python: no spaCy)
    from explorer.core.extract.timex.find import find_timexes, timex_row

    furniture = tables.get("furniture")
    spans = [] if furniture is None else list(zip(*(furniture.loc[furniture["doc_id"] == doc_id, c]
                                                     for c in ("start", "end"))))
    found = find_timexes(blank_spans(text, [(int(a), int(b)) for a, b in spans]), reference, tense_at)
    rows = [timex_row(doc_id, t) for t in found]
    timexes = tables["timexes"]
    others = timexes[timexes["doc_id"] != doc_id]
    tables["timexes"] = normalize_table("timexes", pd.concat([others, make_table("timexes", rows)], ignore_index=True))


class Rebase:
    """Extraction's own decision for an event, with the values the corrected publication date gives.

    Extraction chose each event's date from its parse (who acts, which clause, whether it is a statement,
    a result, a possibility …), which the replay does not have. Where extraction knew the publication date,
    its choice is kept and only its values move: a date from a time expression takes what that expression
    now resolves to, the publication day or a bound on it takes the new day. Where extraction had no
    publication date (every discourse date left out), the replay decides by the rules without the parse.
    """

    def __init__(self, before: str, after: str, old_timexes: dict[str, dict]) -> None:
        self.before, self.after, self.old = before, after, old_timexes

    def dating(self, event: pd.Series, new: dict[str, dict], own_date_of) -> tuple[str, str, str, str] | None:
        """The event's date with extraction's choice kept, or None where that choice no longer holds or
        was not made (extraction without a publication date made only the choices of a time expression,
        its own or its passage's, and not for a statement, which is then the report's)."""
        from explorer.core.extract.events.date_rules import REPORTING_LEMMAS  # pure Python, as in _redate_events

        basis, timex_id = str(event["date_basis"]), str(event["timex_id"] or "")
        if not self.after or (not self.before and (basis not in ("timex", "narrative") or not timex_id
                                                   or str(event["lemma"]) in REPORTING_LEMMAS)):
            return None
        start, end = str(event["date_start"] or ""), str(event["date_end"] or "")
        old, now = self.old.get(timex_id), new.get(timex_id)
        if timex_id and (old is None or now is None):
            return None  # the expression it was dated by is gone
        if basis == "none":
            return "", "", "none", timex_id
        if basis in ("timex", "narrative") and old is not None and end == self.before \
                and str(old["date_start"] or "") <= end < str(old["date_end"] or ""):
            end = str(old["date_end"])  # ended at publication (``by_publication``): the period's own end, ended again
        if self._for_a_later_time(event, start, end, old, now):
            return None  # the rules decide again, with the day the expression now gives
        if basis == "dct":
            return self.after, self.after, "dct", ""
        if basis == "timex" and now is not None:
            moved = (self._moved(start, old, now), self._moved(end, old, now))
            if None not in moved:
                return moved[0] or "", moved[1] or "", "timex", timex_id
            return (self._stretch(start, end, old, now, timex_id) or self._lasting(start, end, old, now, "timex", timex_id)
                    or own_date_of(now))
        if basis == "narrative" and now is not None and old is not None:
            closed = now["date_start"] and now["date_end"] and now["date_start"] <= self.after
            if _range(old) == _range(now) and old["date_start"]:  # the expression did not move: nor did what it gave,
                return (start, end, "narrative", timex_id) if closed else None  # unless now after publication
            lasting = self._lasting(start, end, old, now, "narrative", timex_id) if closed else None
            return lasting or ((now["date_start"], now["date_end"], "narrative", timex_id) if closed else None)
        if basis == "bounded" and start and end == self.before and now is not None:
            return self._after_a_happening(start, old, now, timex_id)
        if basis == "bounded":
            moved = (self._moved(start, old, now), self._moved(end, old, now))
            return None if None in moved else (moved[0] or "", moved[1] or "", "bounded", timex_id)
        return None

    def _for_a_later_time(self, event: pd.Series, start: str, end: str, old: dict | None, now: dict | None) -> bool:
        """A past verb whose own time lay after publication (``date_rules.for_a_later_time``: "planned a
        demonstration on Saturday", on or before publication), or now lies after the new day: extraction's
        choice is made again from the day the expression now gives."""
        from explorer.core.extract.events.date_rules import for_a_later_time  # pure Python

        basis, timex_id = str(event["date_basis"]), str(event["timex_id"] or "")
        if old is None or now is None or basis not in ("timex", "bounded") or not timex_id:
            return False
        words = _words_before_trigger(event)
        tense, lemma = str(event["tense"]), str(event["lemma"])
        if basis == "bounded":
            was = (str(old["date_start"] or ""), str(old["date_end"] or ""), "timex", timex_id)
            return not start and end == self.before \
                and for_a_later_time(tense, lemma, was, self.before, words) is not None
        to_be = (str(now["date_start"] or ""), str(now["date_end"] or ""), "timex", timex_id)
        return for_a_later_time(tense, lemma, to_be, self.after, words) is not None

    def _stretch(self, start: str, end: str, old: dict | None, now: dict,
                 timex_id: str) -> tuple[str, str, str, str] | None:
        """Months that end on the expression's day ("for the year ended July 2": the twelve months to it, as
        extraction chose from the words the parse read) keep their length and end on the day the expression
        now gives, where extraction would still take it (a day after publication ends no such stretch).
        None where the stored range is no such stretch."""
        from explorer.core.extract.events.date_rules import ISO_DAY, months_to, stretch_months  # pure Python

        months = stretch_months(start, end)
        if months is None or old is None or end != old["date_end"] or old["date_start"] != old["date_end"]:
            return None
        last = str(now["date_end"] or "")
        if last != now["date_start"] or not ISO_DAY.match(last) or last > self.after:
            return None
        return months_to(date.fromisoformat(last), months), last, "timex", timex_id

    def _lasting(self, start: str, end: str, old: dict | None, now: dict,
                 basis: str, timex_id: str) -> tuple[str, str, str, str] | None:
        """A stretch extraction gave from the expression's day ("was held for two days" after "arrested on
        Monday": Monday and Tuesday, ``events.lasting``) begins on the day the expression now gives and keeps its
        length. None where the stored range is no stretch from the expression's one day."""
        from explorer.core.extract.events.date_rules import moved_stretch  # pure Python

        if old is None or old["date_start"] != old["date_end"] or start != old["date_start"] or end <= start:
            return None
        first = str(now["date_start"] or "")
        last = moved_stretch(start, end, first) if first == now["date_end"] else None
        return None if last is None else (first, last, basis, timex_id)

    def _after_a_happening(self, start: str, old: dict | None, now: dict,
                           timex_id: str) -> tuple[str, str, str, str] | None:
        """What a dated happening did ("Thursday's decision made it clear"): extraction put it on or after the
        happening's day up to publication, and on that day where it is the publication day; both ends move (the
        end is the publication day, not the day after the expression). None where the day now falls after
        publication (extraction would not take it)."""
        first = self._moved(start, old, now)
        if not first or first > self.after:
            return None
        from explorer.core.extract.events.date_rules import on_or_after_a_happening  # pure Python

        return on_or_after_a_happening(first, self.after, timex_id)

    def _moved(self, day: str, old: dict | None, now: dict | None) -> str | None:
        """Where one side of a range goes: with the expression it came from, or with the publication day."""
        if not day:
            return ""
        if old is not None and now is not None:
            for side in ("date_start", "date_end"):
                if old[side] and day == old[side] and now[side]:
                    return str(now[side])
            for side, days in (("date_start", -1), ("date_end", 1)):
                if old[side] and now[side] and day == _shifted(old[side], days):
                    return _shifted(now[side], days)
        if day == self.before:
            return self.after
        return day if old is None else None


def _range(timex: dict) -> tuple[str, str]:
    return str(timex["date_start"] or ""), str(timex["date_end"] or "")


def _shifted(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _words_before_trigger(event: pd.Series) -> str:
    """The event's sentence up to its verb: what extraction read before it, kept in the stored row, so the
    replay, which has no parse, decides from the same words."""
    return str(event["sentence"])[:int(event["trigger_start"]) - int(event["start"])]


def _redate_events(tables: Tables, doc_id: str, published: str, rebase: Rebase | None = None) -> None:
    """Date the document's events again as extraction would with the new publication date.

    Where extraction knew a publication date, each event keeps extraction's choice
    (``Rebase``: its own time expression, the passage's or story's date, the report's
    day, a bound, none) with the values the new date gives, so an unedited sentence
    gets what extraction gives it. Otherwise extraction's rules
    (``extract.events.date_rules``) decide without the parse: an event with its own
    clause's time expression (any ``timex_id`` but a ``narrative`` one's) takes what
    that expression now gives; the others take the discourse's date — the passage's
    current date, the new publication day where tense and position make it the
    report's day, or a bound on it. The headline takes its lede's date, as in extraction.
    """
    from explorer.core.extract.events.date_rules import (
        REPORTING_LEMMAS, EventFacts, Ledes, Passages, Story, a_saying, by_publication, counted_on, dateline,
        discourse_date, for_a_later_time, from_the_dateline, off_the_dateline, own_date, perfect_aspect, time_signal,
        writes_a_date,
    )

    events = tables["events"]
    timexes = tables.get("timexes")
    mine = timexes[timexes["doc_id"] == doc_id] if timexes is not None else None
    rows = [] if mine is None else mine.to_dict("records")
    by_id = {t["timex_id"]: t for t in rows}
    text = _document_text(tables, doc_id)
    passages = Passages(text, rows, published)
    headline = _furniture_rows(tables, events, doc_id)
    ledes, lede_date, story = Ledes(), None, Story()
    # the day the story is reported from ("WARSAW, February 26 (Xinhua) --"), before and after the correction
    line = dateline(text, rows, published)
    old_rows: list[Any] = list(rebase.old.values()) if rebase is not None else []
    was = dateline(text, old_rows, rebase.before) if rebase is not None else None
    was = by_id.get(was["timex_id"]) if was is not None else None
    for row in _in_extraction_order(events, doc_id):
        if row in headline:
            continue
        event = events.loc[row]
        start = int(event["start"])
        in_lede = ledes.main_of_lede(start, passages.paragraph_start(start))  # every event counts, as in extraction
        own = by_id.get(event["timex_id"]) if event["date_basis"] != "narrative" else None  # its own expression
        perfect = perfect_aspect(str(event["sentence"]), int(event["trigger_start"]) - start)

        def own_date_of(timex: Any, perfect: str = perfect, event: Any = event) -> tuple[str, str, str, str] | None:
            dated = own_date(timex, published, perfect, time_signal(text, int(timex["start"]))) \
                or (counted_on(text, rows, timex, published) if str(event["tense"]) == "past" else None)
            words = _words_before_trigger(event)
            return for_a_later_time(str(event["tense"]), str(event["lemma"]), dated, published, words) or dated

        kept = rebase.dating(event, by_id, own_date_of) if rebase is not None else None
        kept = off_the_dateline(kept, published, was) if kept is not None else None
        dated = kept or (own_date_of(own) if own is not None else None)
        if dated is not None:
            dating = dated
        else:
            elsewhere = writes_a_date(rows, start, int(event["end"]))
            facts = EventFacts(str(event["tense"]), str(event["lemma"]), perfect, in_lede, elsewhere)
            dating = discourse_date(facts, passages.current(start), published, story.carried(), story_said=story.said)
        # a lede's statement ("X said Friday") dates the story by when it was told, as in extraction (which also keeps
        # the day for its speaker's own acts after it: the replay has no parse to know who acts)
        story.note(in_lede, dating, published, statement=str(event["lemma"]) in REPORTING_LEMMAS,
                   saying=a_saying(str(event["lemma"])))
        passages.told(dating)
        dating = by_publication(str(event["tense"]), from_the_dateline(str(event["tense"]), dating, published, line),
                                published)
        events.at[row, "date_start"], events.at[row, "date_end"] = dating[0], dating[1]
        events.at[row, "date_basis"], events.at[row, "timex_id"] = dating[2], dating[3]
        if lede_date is None and event["event_id"] == f"{doc_id}-e{event['start']}":
            lede_date = dating
    for row in headline:
        dating = lede_date or ("", "", "none", "")
        events.at[row, "date_start"], events.at[row, "date_end"] = dating[0], dating[1]
        events.at[row, "date_basis"], events.at[row, "timex_id"] = dating[2], dating[3]


def _in_extraction_order(events: pd.DataFrame, doc_id: str) -> list:
    """The document's event rows in the order extraction dated them: by sentence, its main event first."""
    mine = events[events["doc_id"] == doc_id]
    keys = {row: (int(mine.at[row, "start"]), mine.at[row, "event_id"] != f"{doc_id}-e{mine.at[row, 'start']}",
                  int(mine.at[row, "trigger_start"])) for row in mine.index}
    return sorted(keys, key=keys.__getitem__)


def _furniture_rows(tables: Tables, events: pd.DataFrame, doc_id: str) -> set:
    """Rows of the document's events whose sentence lies in its furniture (the headline)."""
    furniture = tables.get("furniture")
    if furniture is None:
        return set()
    spans = furniture[furniture["doc_id"] == doc_id]
    mine = events[events["doc_id"] == doc_id]
    return {row for row in mine.index
            if any(int(a) < int(mine.at[row, "end"]) and int(mine.at[row, "start"]) < int(b)
                   for a, b in zip(spans["start"], spans["end"]))}


def _document_text(tables: Tables, doc_id: str) -> str:
    documents = tables.get("documents")
    if documents is None:
        return ""
    texts = documents.loc[documents["doc_id"] == doc_id, "text"]
    return str(texts.iloc[0]) if len(texts) else ""


def _redate_clusters(tables: Tables) -> None:
    """Each cluster's span is the union of its events' dates."""
    events, clusters = tables["events"], tables["clusters"]
    dated = events[(events["date_start"] != "") & (events["date_end"] != "")]  # a range open on one side has no span
    span = dated.groupby("cluster_id").agg(first=("date_start", "min"), last=("date_end", "max"))
    for row in clusters.index:
        cluster_id = clusters.at[row, "cluster_id"]
        first, last = (span.at[cluster_id, "first"], span.at[cluster_id, "last"]) if cluster_id in span.index else ("", "")
        clusters.at[row, "date_start"], clusters.at[row, "date_end"] = first, last
