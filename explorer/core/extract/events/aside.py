"""A time written in an aside about someone is the aside's, not the sentence's.

"Former prime minister Paul Keating, who put the republic issue in the spotlight in his unsuccessful 1996 campaign,
welcomed the result": the year is when Keating campaigned, told in a relative clause about him; the welcoming goes
on telling the passage (the day's vote). A sentence that writes a date of its own is cut off from the passage's
date — it tells of another time — but a date inside a clause that tells about one of its people ("…, who …,")
does not say when the sentence's own happening was. Such a time no longer counts as the sentence's; a time anywhere
else still does, and a trigger inside the aside is not helped (its own clause holds the date). Only "who" asides:
"the construction industry, which added 92,000 jobs in January" tells the gains the sentence reports, and "the
first official to refer to it in a speech six weeks ago" is what the sentence says of him.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import writes_a_date
from explorer.core.model import TimexRow

PERSON_RELATIVES = {"who", "whom", "whose"}


def dates_outside_asides(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> bool:
    """Whether the sentence writes a calendar date (or a dated time) outside the "who" clauses about its people
    that do not hold the trigger."""
    asides = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in sentence
              if t.dep_ == "relcl" and t.left_edge.lower_ in PERSON_RELATIVES
              and not (t.left_edge.i <= trigger.i <= t.right_edge.i)]
    outside = [t for t in timexes if not any(a <= t["start"] and t["end"] <= b for a, b in asides)]
    return writes_a_date(outside, sentence.start_char, sentence.end_char)
