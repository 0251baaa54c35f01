"""A change told from an amount at one time to an amount at a later one spans both times.

"The number of visitors to Tanzania jumped from fewer than 100,000 in 1980 to more than 300,000 last year",
"unemployment rose from 5% in 2010 to 9% in 2015": the change went on between the two times, so it runs from the
first's start to the second's end. Taking either alone puts a change of seventeen years in its first year (the
nearer expression won: 1980), or says nothing of where it began. Only a change in an amount (``CHANGE_LEMMAS``)
whose "from" and "to" phrases each hold a calendar time of their own, the later after the earlier.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import CHANGE_LEMMAS, Dating
from explorer.core.model import TimexRow


def from_one_time_to_another(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
    """The span from the time written between the change's "from" and its "to" to the time written after the "to"
    (before the next comma or clause), or None. Read in the order of the words: the parse hangs these times on the
    verb as often as on the amounts."""
    if trigger.lemma_.lower() not in CHANGE_LEMMAS:
        return None
    words = {p.lower_: p for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("from", "to")}
    if len(words) != 2 or words["from"].i > words["to"].i:
        return None
    doc = sentence.doc
    stop = next((t.i for t in doc[words["to"].i + 1:sentence.end]
                 if t.is_punct and t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX")), sentence.end)
    first = _one_time(timexes, words["from"].idx, words["to"].idx)
    last = _one_time(timexes, words["to"].idx, doc[stop - 1].idx + len(doc[stop - 1]))
    if first is None or last is None or first["date_start"] >= last["date_start"]:
        return None
    return first["date_start"], last["date_end"], "timex", last["timex_id"]


def _one_time(timexes: list[TimexRow], start: int, end: int) -> TimexRow | None:
    """The one calendar time written from ``start`` to ``end``, or None (none, or more than one)."""
    inside = [t for t in timexes if t["type"] == "DATE" and t["date_start"] and t["date_end"]
              and start <= t["start"] and t["end"] <= end]
    return inside[0] if len(inside) == 1 else None
