"""Who "he", "it" and "the company" are: participants behind pronouns and descriptions.

News names an actor once and then goes on with "he", "the company", "the firm":
without resolving them, every later event of that actor loses its participant
and drops out of the actor's timeline. The resolver is deliberately simple and
general (no library for English coreference works offline with the pinned small
model; see the module's tests for what it does):

- what is resolved: a third-person pronoun (he, she, it, they) as a subject or
  "by" agent, and a definite singular description ("the company", "the computer
  maker", "the CEO", "the store" after "iTunes Store") as a subject, object or
  agent, both outside quotation marks; and a
  capitalised word that repeats the last word of a person named earlier ("Jobs"
  after "Steve Jobs") where the model found no entity, and a person named by
  one word that is the first or last word of a full name given earlier
  ("Steve" after "Steve Jobs");
- to what: the most recent compatible entity mention, by type (PERSON for
  he/she and person titles; ORG, PRODUCT or GPE for it; ORG for they and
  company words), looking first earlier in the same sentence, then back through
  the previous sentences of the document (``WINDOW``); within a sentence the
  main clause's subject beats other subjects, which beat other positions, and a
  mention that only modifies another ("Apple" in "Apple CEO Steve Jobs") is no
  antecedent, though a possessor of a subject is ("India's involvement");
  "it" and "they", which often stand for something no entity names, take only
  a subject of the same or the previous sentence; a description takes the name
  whose head it repeats, else the entity of its type named most often so far in
  the document (the article's company, not a newspaper quoted once);
- an "it" that only fills a slot ("it is likely that …", "it was Jobs who …")
  refers to nothing.

``DocumentCoreference`` is made once per document and asked sentence after
sentence, like ``dating.DocumentDating``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span, Token

from explorer.core.extract.nlp import TokenColumns, among, tokens_where
from explorer.core.extract.rows import BatchMention

WINDOW = 3  # previous sentences searched for an antecedent
PERSON = frozenset({"PERSON"})
THING = frozenset({"ORG", "PRODUCT", "GPE"})
ORGANISATION = frozenset({"ORG"})
PRONOUN_TYPES = {
    "he": PERSON, "she": PERSON, "it": THING, "they": ORGANISATION,
}
# "it" and "they" often stand for what no entity names (the summit, the device, critics):
# they are resolved only to a subject of the same or the previous sentence
NEAR_ONLY = {"it", "they"}
ORGANISATION_NOUNS = {
    "company", "firm", "group", "corporation", "business", "maker", "manufacturer", "giant", "conglomerate",
    "retailer", "carmaker", "automaker", "bank", "airline", "label", "chain", "operator", "organisation",
    "organization", "agency", "developer", "producer", "publisher", "broadcaster", "insurer", "lender",
}
PERSON_NOUNS = {
    "ceo", "executive", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder",
    "president", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "director", "chief",
}
PRODUCT_NOUNS = {"device", "phone", "handset", "player", "gadget", "smartphone", "tablet", "laptop"}
DESCRIPTION_TYPES = (
    [(ORGANISATION_NOUNS, ORGANISATION), (PERSON_NOUNS, PERSON), (PRODUCT_NOUNS, frozenset({"PRODUCT"}))]
)
POSITIONS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}  # descriptions; pronouns only as subjects
SUBJECTS = {"nsubj", "nsubjpass"}
_RESOLVABLE_KEY = "explorer_in_a_resolvable_position"


def _in_a_position(columns: TokenColumns) -> np.ndarray:
    """The tokens whose link can make them resolvable: one of ``POSITIONS``, or an agent."""
    return among(columns.dep, frozenset(POSITIONS | {"agent"}))

MODIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
SLOT_VERBS = {"be", "seem", "appear"}


@dataclass
class Candidate:
    """An entity mention that a later pronoun may refer to."""

    mention_id: str
    type: str
    salience: int  # 0: the sentence's main subject, 1: another subject, 2: any other position
    position: int  # index of its head token
    key: str  # what entity resolution groups on: mentions of one name share it
    last_word: str  # of the name, case-folded: "store" for "iTunes Store"
    words: frozenset[str] = frozenset()  # every word of the name, case-folded: "iphone", "4"


class DocumentCoreference:
    """Resolves pronouns and descriptions to entity mentions, one sentence after another.

    ``resolve`` then ``remember`` for every sentence, in order (furniture too: a
    headline's names are antecedents for the lede); each sentence's mentions are
    located on the parse once.
    """

    def __init__(self) -> None:
        self.previous: deque[list[Candidate]] = deque(maxlen=WINDOW)
        self.name_parts: dict[str, str] = {}  # first or last word of a person's full name -> its latest mention id
        self.here: list[Candidate] = []  # the sentence being resolved, remembered next
        self.counts: dict[tuple[str, str], int] = {}  # mentions of each (name, type) so far: how prominent
        self.latest: dict[tuple[str, str], Candidate] = {}  # and its latest mention

    def resolve(self, sentence: Span, mentions: list[BatchMention],
                stretches: list[tuple[int, int]]) -> dict[int, str]:
        """Token index -> mention id of its antecedent, for the sentence's resolvable words."""
        spans = _spans(sentence, mentions)
        self.here = _candidates(spans)
        named = {i for _, span in spans for i in range(span.start, span.end)}
        found = self._name_parts(spans)
        for candidate in self.here:  # "Steve" after "Steve Jobs" is remembered as Steve Jobs
            candidate.mention_id = found.get(candidate.position, candidate.mention_id)
        for token in (sentence.doc[i] for i in tokens_where(sentence, _RESOLVABLE_KEY, _in_a_position)):
            if token.i in named or token.dep_ not in POSITIONS and token.dep_ != "agent":
                continue
            if any(start <= token.idx < end for start, end in stretches):
                continue
            antecedent = self._antecedent(token, self.here)
            if antecedent:
                found[token.i] = antecedent
                self._stand_in(token, antecedent)
        return found

    def _stand_in(self, token: Token, antecedent: str) -> None:
        """A resolved "he" is an antecedent in turn: "Cook … He stood in … He received …"."""
        known = next((c for c in self.here if c.mention_id == antecedent), None) or next(
            (c for sentence in self.previous for c in sentence if c.mention_id == antecedent), None)
        if known is not None:
            self.here.append(Candidate(antecedent, known.type, _salience(token), token.i, known.key,
                                       known.last_word, known.words))
            self.here.sort(key=lambda c: c.position)

    def _name_parts(self, spans: list[tuple[BatchMention, Span]]) -> dict[int, str]:
        """A person named by one word ("Steve", "Jobs") after the full name: head token -> the full name's mention."""
        found: dict[int, str] = {}
        for mention, span in spans:
            words = mention["text"].split()
            if mention["type"] == "PERSON" and len(words) == 1 and _strip(words[0]) in self.name_parts:
                found[span.root.i] = self.name_parts[_strip(words[0])]
        return found

    def remember(self, mentions: list[BatchMention]) -> None:
        """Keep the sentence just resolved as antecedents for the sentences that follow."""
        self.previous.appendleft(self.here)
        for candidate in self.here:
            self.counts[(candidate.key, candidate.type)] = self.counts.get((candidate.key, candidate.type), 0) + 1
            self.latest[(candidate.key, candidate.type)] = candidate
        for mention in mentions:
            words = mention["text"].split()
            if mention["type"] == "PERSON" and len(words) > 1:
                self.name_parts[_strip(words[-1])] = self.name_parts[_strip(words[0])] = mention["mention_id"]

    def _antecedent(self, token: Token, here: list[Candidate]) -> str:
        """The mention the token stands for, or ""."""
        earlier = [c for c in here if c.position < token.i]
        if token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper():
            surname = self.name_parts.get(_strip(token.text), "")
            if surname or token.pos_ == "PROPN":
                return surname or self._named_thing(token, [earlier, *self.previous])
        if token.pos_ == "PROPN":  # "iPhone", "eBay": a name written in lower case first
            return self._named_thing(token, [earlier, *self.previous])
        if token.pos_ == "PRON" and not _subject_position(token):
            return ""
        if token.pos_ == "NOUN":
            return self._described(token, [earlier, *self.previous])
        types = _types_of(token)
        near = token.lower_ in NEAR_ONLY
        for candidates in (earlier, *(list(self.previous)[:1] if near else self.previous)) if types else ():
            chosen = _most_salient([c for c in candidates if c.type in types and (c.salience < 2 or not near)])
            if chosen is not None:
                return chosen.mention_id
        return ""

    def _named_thing(self, token: Token, sentences: list[list[Candidate]]) -> str:
        """"the new iPhone" after "iPhone 4", "the 3G iPhone" after "iPhone 3G": a definite proper noun that
        no entity covers stands for the latest thing (not a person) whose name holds that word."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or token.tag_ != "NNP":
            return ""
        word = _strip(token.text)
        for candidates in sentences:
            named = [c for c in candidates if c.type != "PERSON" and word in c.words and len(c.words) > 1]
            if named:
                return named[-1].mention_id
        return ""

    def _described(self, token: Token, sentences: list[list[Candidate]]) -> str:
        """What a definite description stands for: a recent name it repeats the head of ("the store"
        after "iTunes Store"), else the entity of its type named most often so far in the document."""
        if not _definite_singular(token):
            return ""
        lemma = token.lemma_.lower()
        for candidates in sentences:
            named = [c for c in candidates if c.type != "PERSON" and c.last_word == lemma]
            if named:
                return named[-1].mention_id
        types = _types_of(token)
        named_so_far = [c for candidates in sentences[:1] for c in candidates if c.type in types]
        named_so_far += [c for c in self.latest.values() if c.type in types]
        if not named_so_far:
            return ""
        return max(named_so_far, key=lambda c: self.counts.get((c.key, c.type), 0)).mention_id

def _types_of(token: Token) -> frozenset[str]:
    """The entity types a pronoun or description word can stand for; empty when it is neither."""
    lower = token.lower_
    if token.pos_ == "PRON":
        if lower == "it" and _slot_it(token):
            return frozenset()
        return PRONOUN_TYPES.get(lower, frozenset())
    for nouns, types in DESCRIPTION_TYPES:
        if token.lemma_.lower() in nouns:
            return types
    return frozenset()


def _subject_position(token: Token) -> bool:
    """A subject, or the object of a passive's "by": where a pronoun names the actor."""
    return token.dep_ in SUBJECTS or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def _definite_singular(token: Token) -> bool:
    """"the company", "the computer maker": one thing, already known, and nothing more said of it.

    Not "the companies", "the Apple company", "the group of investors", "the firm that …".
    """
    if token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    return not any(c.pos_ == "PROPN" or c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.children)


def _slot_it(token: Token) -> bool:
    """``it is likely that``, ``it was Jobs who``, ``it emerged that``: "it" refers to nothing."""
    verb = token.head
    clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)
    cleft = any(c.dep_ == "attr" and any(g.dep_ == "relcl" for g in c.children) for c in verb.children)
    return (verb.lemma_ in SLOT_VERBS and (clausal or cleft)) or (verb.lemma_ in {"emerge", "matter"} and clausal)


def _most_salient(candidates: list[Candidate]) -> Candidate | None:
    """The main clause's subject, else the first other subject, else the nearest (last) mention."""
    for salience in (0, 1):
        subjects = [c for c in candidates if c.salience == salience]
        if subjects:
            return subjects[0]
    return candidates[-1] if candidates else None


def _spans(sentence: Span, mentions: list[BatchMention]) -> list[tuple[BatchMention, Span]]:
    """Each mention with its tokens (found once per sentence: the costly step)."""
    found = []
    for mention in mentions:
        span = sentence.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
        if span is not None and len(span):
            found.append((mention, span))
    return found


def _candidates(spans: list[tuple[BatchMention, Span]]) -> list[Candidate]:
    """The sentence's mentions that can be antecedents (not mere modifiers of another noun)."""
    found: list[Candidate] = []
    for mention, span in spans:
        root = span.root
        salience = _salience(root)
        if root.dep_ == "poss" and root.head.pos_ == "NOUN":
            salience = max(_salience(root.head), 1)  # "India's involvement … holds": India, as a lesser subject
        elif root.dep_ in MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN"):
            continue  # "Apple" in "Apple CEO Steve Jobs" (a span's root never heads inside its own span)
        found.append(Candidate(mention["mention_id"], _type(mention, span), salience, root.i,
                               mention.get("key", "") or mention["text"].casefold(), _strip(span[-1].text),
                               frozenset(_strip(t.text) for t in span)))
    return found


def _type(mention: BatchMention, span: Span) -> str:
    """The mention's type, but a person's for a name after a title ("Apple CEO Steve Jobs").

    The small model often labels a titled name by the organisation in front of it.
    """
    words = list(span)
    for i, token in enumerate(words[:-1]):
        if token.lower_ in PERSON_NOUNS and all(w.pos_ == "PROPN" for w in words[i + 1:]):
            return "PERSON"
    return mention["type"]


def _salience(token: Token) -> int:
    """0 for the subject of the sentence's main verb, 1 for another subject, 2 otherwise."""
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ not in SUBJECTS:
        return 2
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return 0 if verb.dep_ == "ROOT" else 1


def _strip(word: str) -> str:
    """A name word without a possessive ending, case-folded."""
    return word.removesuffix("'s").removesuffix("’s").rstrip("'’").casefold()
