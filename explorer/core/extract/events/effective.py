"""A change of office told in the present after the day it takes effect: "The appointment takes effect Nov. 13. He
succeeds James A. Taylor" (BQ#20 = BP#32 = AH#50, wrong three times: dated the publication day).

An appointment notice tells the succession in the present ("He succeeds …", "She replaces …") and its day in a
clause of taking effect ("takes effect Nov. 13", "is effective Jan. 1", "effective immediately"), in the same
sentence or the one before. The present is the notice's, not a state at publication: the succession happens when the
appointment takes effect, so it takes that clause's time (``narrative``, the expression's id).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from explorer.core.extract.events.date_rules import Dating
from explorer.core.extract.events.scheduled import times_in
from explorer.core.model import TimexRow

OFFICE_CHANGE_LEMMAS = frozenset({"succeed", "replace", "assume", "join", "retire", "resign"})
APPOINTMENT_NOUNS = frozenset({"appointment", "promotion", "nomination", "election", "change", "move", "succession",
                               "resignation", "retirement", "it", "this"})


def on_taking_effect(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
    """The time of the clause of taking effect that goes with a present change of office; None where none."""
    if trigger.lemma_.lower() not in OFFICE_CHANGE_LEMMAS or not _a_persons(trigger):
        return None
    doc = sentence.doc
    near = [sentence]
    if sentence.start > 0 and "\n" not in doc.text[doc[sentence.start - 1].sent.end_char:sentence.start_char]:
        near.append(doc[sentence.start - 1].sent)  # the sentence before, in the same paragraph
    for told in near:
        for cue in (t for t in told if _takes_effect(t) and (told is sentence or _of_an_appointment(t))):
            clause = cue.head if cue.lower_ == "effective" and cue.dep_ == "acomp" else cue  # "is effective Dec. 1"
            found = [t for t in times_in(clause, timexes) if t["date_start"] and t["type"] in ("DATE", "TIME")]
            if len(found) == 1:
                timex = found[0]
                return timex["date_start"], timex["date_end"], "narrative", timex["timex_id"]
    return None


def _a_persons(trigger: Token) -> bool:
    """The subject is a person: "he", "she", or a name the model reads as a person ("The iPod nano replaces the
    iPod Mini" is a product's)."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON")


def _of_an_appointment(cue: Token) -> bool:
    """What takes effect in the sentence before is the appointment ("The appointment takes effect Nov. 13", "The
    change is effective Jan. 1"), not some other rule ("The rules take effect Jan. 1")."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in APPOINTMENT_NOUNS for c in verb.children)


def _takes_effect(token: Token) -> bool:
    """"takes effect" (the verb), "is/becomes effective", "effective Nov. 13"."""
    if token.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in token.children):
        return True
    return token.lower_ == "effective"
