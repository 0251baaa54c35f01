"""One telling told twice, the second time with its day: "One of President Bush's sons has informed White House
Chief of Staff John Sununu that he has lost much of his support …" / "Sununu was told Wednesday by Bush's son, George,
that he had alienated members of the Cabinet …" (BS#36, vague: left on or before publication).

A lede tells the news in the perfect and the next sentence tells the same telling again with its day. Where a verb
of telling left with only a bound has, in the sentence right before or after it, a verb of telling with a single
day of its own, up to publication, and the two share a proper name (the one told, or the teller), the first takes
that day (``narrative``, the expression's id).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import Dating
from explorer.core.model import TimexRow

TELLING_LEMMAS = frozenset({"tell", "inform", "notify", "advise", "warn", "brief", "assure"})


def told_again_on_a_day(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str,
                        governing: Callable[[Span, Token, list[TimexRow]], TimexRow | None]) -> Dating | None:
    """The day of the same telling told in the next or previous sentence; None where there is none."""
    if trigger.lemma_.lower() not in TELLING_LEMMAS:
        return None
    names = _names(trigger)
    doc = sentence.doc
    neighbours = ([doc[sentence.end].sent] if sentence.end < len(doc) else []) \
        + ([doc[sentence.start - 1].sent] if sentence.start > 0 else [])
    for other in neighbours:
        times = [t for t in timexes if other.start_char <= t["start"] < other.end_char]
        for verb in (v for v in other if v.lemma_.lower() in TELLING_LEMMAS and v.pos_ == "VERB"):
            own = governing(other, verb, times)
            if own is None or not own["date_start"] or own["date_start"] != own["date_end"] \
                    or (published and own["date_start"] > published) or not names & _names(verb):
                continue
            return own["date_start"], own["date_end"], "narrative", own["timex_id"]
    return None


def _names(verb: Token) -> set[str]:
    """The proper names of the verb's subject, object and agent (not of the clause it reports)."""
    parts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj")]
    return {t.lower_ for part in parts for t in part.subtree if t.pos_ == "PROPN"}
