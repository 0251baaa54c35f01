"""A clause told at its head's moment takes its head's time where it has none of its own.

"Slepian … was shot to death … as he stood chatting with his wife": the standing is the shooting's moment; "while
cautioning about the uncertainty of early battle reports, … Fitzwater said late yesterday": the cautioning is the
statement's. A clause that "as", "while" or "when" opens, or a participle clause with no mark ("Speaking to
reporters, he said Friday"), tells what went on when its head's happening did, so where the clause has only the
bound of publication it takes its head's date (a day, a range, or a bound that starts later).

"we'll be back tomorrow to continue our negotiations": an infinitive of purpose hanging from a verb dated by its own
time expression is done at that time — the being back is for the continuing — so it takes that date where its own is
only the publication day or a bound of it.

Left alone: a head whose time is written inside the clause ("When asked if … he has been in Bethesda for the
last week, she frowned": the week is the clause's, not the frowning's), a clause in the perfect ("when he had finished": before its head), "as expected" / "as reported" (a
participle that "as" opens with no subject: what was said before), an infinitive that completes a verb of intent
("agreed Friday to sell": the selling comes later; an ``xcomp``, not a purpose clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from explorer.core.extract.events.date_rules import Dating

SAME_MOMENT_MARKS = {"as", "while", "when", "whilst"}
PARTICIPLE_TAGS = {"VBG", "VBN"}


# what an instrument does by being made: "signed the Washington Treaty, which created NATO"
CREATING_LEMMAS = {"create", "establish", "found", "form", "set", "launch", "abolish", "dissolve", "end"}


def made_with_its_head(trigger: Token) -> Token | None:
    """"On April 4, 1949, … Dean Acheson signed the Washington Treaty, which created NATO" (CZ#1, BN#5, DM#3: vague
    three times at "on or before publication"): what a thing made by an act created or ended, it did in being
    made — at the act's moment. A simple past relative clause of creating whose subject is the relative pronoun,
    on the object of the act; None otherwise ("bought a company that made cars" tells no creation)."""
    noun = trigger.head
    if trigger.dep_ != "relcl" or trigger.tag_ != "VBD" or trigger.lemma_.lower() not in CREATING_LEMMAS \
            or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in trigger.children):
        return None
    return noun.head


def moment_clause_head(trigger: Token) -> Token | None:
    """The verb whose moment the trigger's clause tells ("as he stood", "while cautioning", "Speaking to
    reporters, he said"; "signed the treaty, which created NATO", ``made_with_its_head``), or None. A verb joined to
    such a clause ("as he stood and chatted") is of it too."""
    made = made_with_its_head(trigger)
    if made is not None:
        return made
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
        return None  # "when he had finished": before its head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    if marks:
        if marks - SAME_MOMENT_MARKS or len(marks) > 1:
            return None
        if "as" in marks and not subject and clause.tag_ == "VBN":
            return None  # "as expected", "as reported": said before
        return clause.head
    if subject or clause.tag_ not in PARTICIPLE_TAGS or any(c.dep_ in ("aux", "advmod") and c.lower_ in (
            "to", "after", "before", "since", "until", "once") for c in clause.children):
        return None
    return clause.head  # "Speaking to reporters, he said": a participle clause with no mark


def purpose_head(trigger: Token) -> Token | None:
    """The verb an infinitive of purpose hangs from ("be back tomorrow to continue"), or None."""
    if trigger.dep_ != "advcl" or trigger.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children) \
            or any(c.dep_ == "mark" for c in trigger.children):
        return None
    return trigger.head


def for_heads_time(dated: Dating, head: Dating | None) -> Dating | None:
    """A purpose clause's date from its head's own time expression (``timex``, a closed range), where the
    clause has only the publication day or a bound of it; None otherwise. It stays ``timex``: the expression is
    of the clause's sentence and may lie after publication ("tomorrow"), where a correction of the publication
    date moves it with the expression (a ``narrative`` date after publication would be decided again)."""
    if head is None or head[2] != "timex" or not head[0] or not head[1] or dated[3] \
            or dated[2] not in ("dct", "bounded"):
        return None
    return head


def at_heads_time(dated: Dating, head: Dating | None) -> Dating | None:
    """The clause's date from its head's: the head's day or range as the text gives it (``timex`` or
    ``narrative``; the head's expression), within the clause's bound; None otherwise. A head dated only by
    publication (a statement's ``dct``, "said …, while Castro's man expressed impatience": a contrast, and the
    statement's day is no day the text gives) or by a bound ("have frightened away travelers just as Kenya was
    hoping": the hoping began before the bombings that start the bound) gives nothing."""
    if head is None or head[2] not in ("timex", "narrative") or not head[0] or not head[1]:
        return None
    if dated[1] and head[1] > dated[1]:
        return None
    return head[0], head[1], "narrative", head[3]
