"""Types from what is done with a name: a work someone stars in, a programme a drama slot includes, an award won.

Evidence steps (``evidence.EVIDENCE_STEPS`` calls them like its own) for names the small model reads as firms
because a one-word title or an award's two capitalised words look like one:

- "to star in Fingersmith", "who starred in Ray": what a person stars in is a film, a play or a show;
- "New drama includes Archangel": the names a drama's or a schedule's slot includes are its programmes (the
  seventeenth pass took "include" after a plural only: "whose hits include A and B");
- "won a Golden Globe", "earned him a Screen Actors Guild Award …, as well as a prestigious Golden Globe": a thing
  one wins, earns or is given with "a" before its name is an award: an event, as the fifteenth pass types awards.

Kept apart from ``evidence`` so that its own steps stay readable; it imports nothing of ``evidence``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from explorer.core.extract.entities.keys import KIND_CUE
from explorer.core.extract.entities.places import is_demonym, is_place
from explorer.core.extract.nlp import span_text

if TYPE_CHECKING:  # the steps' signature only: ``evidence`` imports this module
    from explorer.core.extract.entities.evidence import DocFacts

Evidence = tuple[str, str]

STAR_FORMS = frozenset(["star", "stars", "starred", "starring", "co-star", "co-stars", "co-starred", "co-starring"])


def _proper_words(span: Span) -> list[Token]:
    return [t for t in span if t.lower_ not in ("the", "a", "an")]


def _title_then_no_noun(span: Span) -> bool:
    """Whether the name is not a modifier of a common word after it ("star in Broadway play", "a Labour seat": the
    tagger reads a headline's noun as a verb at times) nor a possessive ("starred in Hughes' 1943 film": the
    maker)."""
    doc, i = span.doc, span.end
    if i < len(doc) and (doc[i].tag_ == "POS" or doc[i].text in ("'s", "'", "’s", "’")):
        return False
    return not (i < len(doc) and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "PROPN", "VERB"))


STAR_VERB_FORMS = frozenset(["starred", "starring", "co-starred", "co-starring"])
BEFORE_A_VERB = frozenset(["to", "will", "would", "'ll", "could", "can", "may", "might", "should", "also", "who",
                           "which", "she", "he", "they", "i", "we", "you"])


def _star_the_verb(doc: Doc, i: int) -> bool:
    """Whether "star" at ``i`` is the verb: a form only the verb has, or a word only a verb follows ("to star":
    the tagger reads that one as the noun at times)."""
    return doc[i].lower_ in STAR_VERB_FORMS or doc[i].pos_ == "VERB" or (i > 0 and doc[i - 1].lower_ in BEFORE_A_VERB)


def work_a_person_stars_in(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name right after "star in" ("lined up to star in Fingersmith", "who starred in Ray") is the film, play or
    show, whatever firm or place the model read in a one-word title. Not a place ("starred in Paris": where the
    show ran), not a person the document names ("starring in Smith's film" is no title), and only "star" the verb:
    "the Chelsea star in Lisbon" is a player somewhere."""
    doc, k = span.doc, span.start
    if span[0].lower_ == "the":
        k += 1
    if k < 2 or doc[k - 1].lower_ != "in" or doc[k - 2].lower_ not in STAR_FORMS or not _star_the_verb(doc, k - 2):
        return None
    words = _proper_words(span)
    if label in ("WORK_OF_ART", "EVENT") or not words or not all(t.text[:1].isupper() for t in words if t.is_alpha) \
            or is_place(" ".join(t.text for t in words)) or not _title_then_no_noun(span):
        return None
    if label == "PERSON" and (len(words) > 1 or span_text(span) in facts.person_words or span_text(span) in facts.titled):
        return None
    return "WORK_OF_ART", "star in"


# Singular nouns of a broadcaster's or a theatre's slot whose "includes" names programmes: "New drama includes
# Archangel", "Next week's schedule includes …". Plurals are ``evidence._kind_of_list``'s.
SLOT_NOUNS = frozenset(["drama", "comedy", "programming", "schedule", "documentary", "sitcom"])


def programme_a_slot_includes(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that is the object of "include" whose subject is a drama slot or a schedule written in the singular
    ("New drama includes Archangel, an adaptation of …") is a programme. Not a person the document names in full
    (the drama's cast), nor a name of two words or more the model reads as a person."""
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    link = top.head
    if top.dep_ != "dobj" or link.lemma_ != "include" or label in ("WORK_OF_ART", "EVENT"):
        return None
    subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
    if subject is None or not subject.is_lower or subject.lower_ not in SLOT_NOUNS:
        return None
    if label == "PERSON" and (len(span) > 1 or span_text(span) in facts.person_words or span_text(span) in facts.titled):
        return None
    if is_place(span_text(span)):
        return None
    return "WORK_OF_ART", subject.lower_


WIN_VERBS = frozenset(["win", "earn", "scoop", "collect", "receive", "pick", "bag", "land", "award", "give", "present"])


def award_won(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of one to three capitalised words after "a" (an adjective or two between: "a prestigious Golden
    Globe") that is the object of winning, earning or being given ("won a Bafta", "earned him … as well as a
    Golden Globe", a list's later item counts) is an award: one of many given, an event as the fifteenth pass
    types awards. Not a name before a noun it describes ("won a Labour seat", "landed a Nike deal"), not a person
    the document names, and not a place."""
    doc = span.doc
    words = _proper_words(span)
    if label in ("EVENT", "NORP", "PERSON") or not 1 <= len(words) <= 3:
        return None
    j = words[0].i - 1
    while j >= 0 and j >= words[0].i - 3 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j -= 1
    if j < 0 or doc[j].lower_ not in ("a", "an"):  # first, as it rules out most names at once
        return None
    if not all(t.is_alpha and t.text[:1].isupper() for t in words) \
            or any(t.text in facts.person_words or t.text in facts.titled for t in words) \
            or is_place(" ".join(t.text for t in words)) or not _title_then_no_noun(span):
        return None
    root = span.root
    verb: Token | None
    if root.dep_ == "dobj":
        verb = root.head
    elif root.dep_ == "conj":  # a list's later item; the parser may hang it anywhere ("earned him a … Award for
        # best actor, as well as a prestigious Golden Globe" on the sentence's first noun): the verb before it
        verb = next((t for t in reversed(span.sent[:j - span.sent.start]) if t.pos_ in ("VERB", "AUX")), None)
    else:
        return None
    if verb is None or verb.lemma_ not in WIN_VERBS or verb.pos_ != "VERB":
        return None
    return "EVENT", KIND_CUE + "won"


AUDIENCE_NOUNS = frozenset(["viewer", "viewers"])
AUDIENCE_VERBS = frozenset(["draw", "attract", "pull", "win", "bring", "average", "reach", "get"])
CHANNEL_WORDS = frozenset(["BBC", "ITV", "Channel", "TV", "Sky", "Five", "Radio", "MTV", "CNN", "Fox", "NBC", "CBS",
                           "ABC", "HBO", "One", "Two", "Three", "Four", "1", "2", "3", "4"])


def programme_by_its_viewers(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name that drew, attracted or averaged viewers ("last year's Pompei, which drew 10 million viewers",
    "Strictly Come Dancing attracted 9m viewers") is a programme, whatever firm the model read. Not a channel,
    which draws viewers too ("BBC One drew …", "ITV attracted …": a name with a channel's word), nor a person."""
    root = span.root
    verb = None
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB":
        verb = root.head
    else:
        verb = next((c for c in root.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                     and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)), None)
    if verb is None or verb.lemma_ not in AUDIENCE_VERBS or label in ("WORK_OF_ART", "EVENT", "PERSON"):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in AUDIENCE_NOUNS for c in verb.children):
        return None
    if any(t.text in CHANNEL_WORDS for t in span) or is_place(span_text(span)):
        return None
    return "WORK_OF_ART", "viewers"


def games_maker(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """"X Games" whose X the document names alone as a thing that acts or is acted on ("Argonaut Games, one of
    Britain's largest game makers … Argonaut warned …", "selling Argonaut") is the firm that makes games, not a
    sports meet: a meet is named by its place, people, year or kind ("the Athens Games", "the Commonwealth Games",
    "the 2012 Games"), and those words stand alone as places or describe a noun ("Olympic champion"). Before
    ``evidence._name_head``, which reads "Games" as an event's word."""
    words = [t for t in span if t.lower_ != "the"]
    if not 2 <= len(words) <= 3 or words[-1].text != "Games" or label == "WORK_OF_ART":
        return None
    first = words[:-1]
    if not all(t.is_alpha and t.text[:1].isupper() for t in first):
        return None
    name = " ".join(t.text for t in first)
    if is_place(name) or is_demonym(name):
        return None
    doc, n = span.doc, len(first)
    for k in range(len(doc) - n + 1):
        if k == first[0].i or [t.text for t in doc[k:k + n]] != [t.text for t in first]:
            continue
        after = doc[k + n] if k + n < len(doc) else None
        head = doc[k + n - 1]
        if (after is None or after.text != "Games") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
            return "ORG", "games maker"
    return None


def grand_slam(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """A name of two words or more ending in "Slam" ("the Grand Slam", "Grand Slams") is a sporting feat or the
    contests that make it up: an event, not the place or building the model reads ("Grand Slam chasing South
    Africa" a place). Before ``evidence._name_head``, whose heads lack the word."""
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if len(words) < 2 or words[-1].text not in ("Slam", "Slams") or label in ("EVENT", "WORK_OF_ART", "PERSON"):
        return None
    return "EVENT", "slam"


def name_by_its_last_word(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """``games_maker`` then ``grand_slam``, as one step: both read the name's last word first, and one call per
    mention keeps the evidence pass cheap (extraction's throughput is at its floor)."""
    last = span[-1].text
    if last == "Games":
        return games_maker(span, label, facts)
    if last in ("Slam", "Slams"):
        return grand_slam(span, label, facts)
    return None


def done_with_the_name(span: Span, label: str, facts: DocFacts) -> Evidence | None:
    """``award_won``, ``work_a_person_stars_in``, ``programme_a_slot_includes`` and ``programme_by_its_viewers``, in
    that order, as one step (one call per mention: see ``name_by_its_last_word``)."""
    if label == "EVENT":
        return None  # none of the four retypes an event; a "work" may be an award ("an honorary Golden Bear")
    return award_won(span, label, facts) or work_a_person_stars_in(span, label, facts) \
        or programme_a_slot_includes(span, label, facts) or programme_by_its_viewers(span, label, facts)
