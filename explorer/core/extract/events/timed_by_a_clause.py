"""A past event whose sentence gives its time by another happening, in a "when" clause with no time of its own:
"The boy's mother and 10 other people died when their boat sank" after "Elian was found clinging to an inner tube
Nov. 25" (CG#27, CG#47, CK#12: too precise three times at Nov 25).

The passage's date is carried to a past sentence that goes on telling the passage, but this sentence names its own
moment — the sinking — and says nothing of that moment's day: the passage's day is when the telling had got to,
not when the boat sank. So the carried day bounds the event (on or before it) and is not its day: "a date the
text does not support is worse than none" (issue 16), and the bound stays true whether the clause's happening is
the passage's own or came before it. A carried month or year is left as it is ("His mother … drowned when their
boat sank" in November 1999): a period holds what came shortly before the passage's happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from explorer.core.extract.events.date_rules import Dating

_WHEN = "when"


def timed_by_an_undated_happening(trigger: Token, dated: Dating, sentence_has_times: bool) -> Dating:
    """``dated`` as a bound up to its day where it is the passage's day (``narrative``) carried to a past event
    whose own "when" clause tells another happening, or to that clause's own verb ("their boat sank"), and the
    sentence writes no time; else ``dated``."""
    if dated[2] != "narrative" or not dated[1] or dated[0] != dated[1] or sentence_has_times \
            or not (_when_clause(trigger) or _timing(trigger)):
        return dated
    return "", dated[1], "bounded", dated[3]


def _when_clause(trigger: Token) -> bool:
    """The trigger has a clause "when …" of its own, with a subject: a happening it is timed by ("died when their
    boat sank"), not a condition or a time expression ("when necessary")."""
    return any(_timing(c) for c in trigger.children)


def _timing(verb: Token) -> bool:
    """The verb heads a "when" clause with a subject, hung from the verb it times ("when their boat sank")."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i \
        and any(m.dep_ in ("advmod", "mark") and m.lower_ == _WHEN and m.i < verb.i for m in verb.children) \
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in verb.children)
