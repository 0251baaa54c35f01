"""A speaker's "now" ahead of what they are about to do: "But now we're going to go back to New York" (a broadcast's
hand-off), "Now I'm going to ask you about the budget"; and a broadcast's promise of what comes later in it: "We'll
come back to Havana later in the broadcast", "And in just a moment Diane Sawyer will have some other news".

A future is on or after publication, open-ended ("Cuban exiles will now proceed with all their resources": from now
on). A first person's present progressive "going to" with "now" is different: the
speaker tells what they do next, at the moment of speaking, so its day is the day it is said (the publication's, or a
broadcast's), not an open stretch after it. So is what a broadcast says it will bring "later in the broadcast" or
"in just a moment" (CX#9, CW#47, CD#24, AE#33: vague at "on or after" the day): it comes within the same broadcast,
the day of the transcript.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_FIRST_PERSON = {"i", "we"}
# "later in the broadcast", "later in the program", "in just a moment", "in a minute", "after the break": the broadcast's
# own later part
WITHIN_THE_BROADCAST = re.compile(
    r"(?i)\b(?:later\s+(?:in|on)\s+(?:the|this|our|tonight's)\s+(?:broadcast|program|programme|show|newscast|hour|bulletin)"
    r"|in\s+(?:just\s+)?a\s+(?:moment|minute|few\s+minutes)|after\s+(?:the|this)\s+(?:break|commercial\s+break))\b")


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


def later_in_the_broadcast(trigger: Token) -> bool:
    """The trigger is a future its own clause says comes later in the same broadcast ("We'll come back to Havana later
    in the broadcast", "in just a moment Diane Sawyer will have some other news")."""
    return WITHIN_THE_BROADCAST.search(trigger.doc[trigger.left_edge.i:trigger.right_edge.i + 1].text) is not None
