"""A speaker's "now" ahead of what they are about to do: "But now we're going to go back to New York" (a broadcast's
hand-off), "Now I'm going to ask you about the budget".

A future is on or after publication, open-ended ("Cuban exiles will now proceed with all their resources": from now
on). A first person's present progressive "going to" with "now" is different: the
speaker tells what they do next, at the moment of speaking, so its day is the day it is said (the publication's, or a
broadcast's), not an open stretch after it.
"""

from __future__ import annotations

from spacy.tokens import Token

_FIRST_PERSON = {"i", "we"}


def about_to_do_now(trigger: Token) -> bool:
    """The trigger is the infinitive of a first person's "am/are going to" that "now" opens ("now we're going to
    go back"): an act of the moment it is said."""
    going = trigger.head
    if trigger.dep_ != "xcomp" or going.i == trigger.i or going.lower_ != "going" or going.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "to" for c in trigger.children):
        return False
    children = list(going.children)
    return any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ") for c in children) \
        and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in children) \
        and any(c.dep_ == "advmod" and c.lower_ == "now" for c in [*children, *trigger.children])
