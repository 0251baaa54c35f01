"""A past act that tells of a happening with its time comes after that time.

"Ever since he first learned that Elian was in Florida last November, he has been persistent …" (EQ#30, vague at "on
or before publication"): one cannot learn, report, deny or confirm what had not yet happened, so an act whose
complement clause tells a past happening with its own calendar time is on or after that time — its start, the
publication (or the bound it had) its end. Only a clause told in the past (no "would" or "will": "predicted that the
market would fall in October" tells a time still to come from the prediction's), a time of the clause's own verb (not
of a noun in it, "a breach of the 1991 settlement", nor of a clause within it, "likely to buy … as soon as trading
opened Monday"), not the end it ran to ("was incompetent until April 2003"), and a time before the bound.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.clauses import modifies
from explorer.core.extract.events.beside_a_happening import BEFORE_WORDS
from explorer.core.extract.events.date_rules import Dating
from explorer.core.extract.events.date_values import a_calendar_date
from explorer.core.extract.events.tense import verb_tense
from explorer.core.model import TimexRow


def after_the_time_it_tells(trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating | None:
    """On or after the one calendar time that dates the verb's past complement clause, up to ``dated``'s end;
    None where the verb has no such clause, the clause holds no such time or several, or the time is not before the
    end."""
    told = [c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
            and verb_tense(c) == "past" and not any(a.lower_ in ("would", "could", "might", "should")
                                                    for a in c.children if a.dep_ == "aux")]
    if len(told) != 1:
        return None
    clause = told[0]
    doc = trigger.doc
    inside = {(t["date_start"], t["date_end"]): t for t in timexes
              if a_calendar_date(t)
              and (span := doc.char_span(t["start"], t["end"], alignment_mode="expand")) is not None
              and modifies(span.root, clause) and not _an_end(span)}
    if len(inside) != 1:
        return None
    time = next(iter(inside.values()))
    if time["date_start"] >= dated[1]:
        return None
    return time["date_start"], dated[1], "bounded", time["timex_id"]


END_WORDS = BEFORE_WORDS | {"by", "through"}  # a time the clause's state or act ran up to


def _an_end(span: Span) -> bool:
    """The time is where what the clause tells ended ("maintained the fiction that he was incompetent until April
    2003": the fiction ran up to April; the maintaining did not come after it)."""
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ in END_WORDS

