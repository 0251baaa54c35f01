"""Clean-up of spaCy's entity spans before they become mentions.

The small model swallows neighbouring words into names and labels headline words
as people. Each rule below is general (word lists and titles are data under
``resources/``) and is one small step of ``CLEAN_STEPS``, in that order;
``clean_span`` runs them on one entity and returns the token range to keep, or
None to drop it:

- a span with a line break or a bullet inside is a run-on of two lines: dropped;
- a span inside an office title ("State" in "Secretary of State", "Union" in
  "Union Minister") is part of the title: dropped; a title that starts inside a
  span ends it ("JP Morgan Managing" + "Director" → "JP Morgan");
- a name ends at an opening bracket and starts after a closing one ("Workers Union
  (TGWU"), and ends at a spaced dash ("HMS Chatham - have", "Buzzcocks - Ever Fallen");
- capitalised proper nouns just before a name (not titles) that spaCy left
  out are taken in ("join Pax Silica" gave "Silica");
- a given name or an initial the model left out before a person ("Olly [Barkley]")
  is taken in;
- a leading participle ("Addressing the …", "Participated in the …") or sentence
  adverb ("Nevertheless Franz Ferdinand") is cut, and so is an ordinary word that
  is no given name before a person ("Keeper Petr Cech", "Croatian Ivan Ljubicic"), and so are a party and an
  office before one ("Lib Dem MP Lembit Opik"), and a nationality made from a country's name before a given name and
  a surname, whatever the model typed ("New Zealander Jason Spice", "Russian Irina Shevchenko": a person), and a
  place before "a"/"an" that a verb's two objects ran in ("costing [England a Grand Slam]"); a one-word person right before another person's title or given
  name is a member noun ("Former Beatle Sir Paul McCartney"): dropped;
- a capitalised word inside a sentence, in no name, right before a name is its first word
  ("search engine Ask [Jeeves]", "Liberal [Democrat] MP"; a verb first makes a title: "Hey
  [Jude]"), and a capitalised head right after a group or place that modifies it is its last
  ("the [Scottish] Executive", "[BBC] One") — the model cut the name inside (``joins`` joins two
  of the model's names side by side before these steps run);
- a name the model ended too early is taken to the end of its proper-noun chunk
  ("Association of British" + "Insurers", "Whitbread Novel of" + "the Year"); a
  lone ordinary word after a nationality it is compounded with ("British" +
  "Library") is the end of an organisation's name; what is still left dangling
  (a final "of", "and") is cut;
- a person's name runs on over a particle to a capitalised word ("Sandra [den Hamer]");
- an office or honour after a person's name ("Paul Boateng MP", "William Haughey OBE")
  is cut, and so is a match score after any name ("Arsenal 2-1"); an organisation's or
  event's name ending in "Ministry", "Conference" … takes in capitalised words the
  model left out across "and" or "of" ("the Finance and [Economy Ministry]");
- a short name before the lower-case word that says what it names takes it in ("the
  Kyoto protocol" a law, "the Brit awards" an event);
- a person's, organisation's, building's or product's name ends before lower-case
  words ("keeper Hislop back");
- an organisation, work or event name ends at its first comma (lists of names);
- in a heading or bullet line (short, no final punctuation, mostly title case),
  trailing ordinary English words are cut from a person ("Jaishankar Heads" →
  "Jaishankar", the headline's verb), and
  a span of ordinary words only ("Invitation Details") is dropped;
- a one-word PERSON or ORG that is an ordinary word is dropped where capitals do
  not show a name: at a sentence start ("Challenges persist"), or a PERSON after an
  article ("The Ministerial will …"); so is a one-word product, work or event at a sentence start, or in the
  first sentence where flattened news runs its headline into the body ("Karaoke goes online Karaoke fans …"), when
  the document writes the word elsewhere but never with a capital inside a later sentence;
- but an ordinary word that the same document also writes with a capital inside a
  sentence ("… said Collins", "… the Labour party") is taken as a name there too;
- a one-word PERSON that is a noun for what a person does ("Screenwriter and producer …") is no name, unless a
  surname, a given name, or written with a capital inside a later sentence;
- a one-word name that is an ordinary word the document writes in lower case at
  least as often ("the Tsunami" beside "the tsunami") is that word: dropped;
- an ordinary word at the end or start of a longer capitalised title the model cut
  ("the Forum for the [Future]", "[Stairway] to Heaven") is a fragment: dropped;
- a name after a prefix and a hyphen ("post-World Cup Tests", "Non-EU"), or a nationality's
  first half ("[Anglo]-American"),
  is an adjective: dropped;
- an acronym a document defines after the lower-case words it abbreviates ("initial
  public offer (IPO)") is a common noun: dropped;
- an ordinary word after "the" that follows a person ("William Pitt the [Younger]")
  ends that person's name: dropped;
- an acronym after "a" or "an" ("an MEP for the East Midlands") is a common noun: dropped;
- a one-word office or role noun capitalised after "the" ("the Governor said"), whatever the model typed, is a
  description, no name: dropped (not a monarch's title, nor a person's noun that names papers or works, "the Star");
- a "people" the model runs on from a name of no people or place ("[Brewco Belgian] brewer") ends before the
  nationality: the name left is an organisation.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import numpy as np
from spacy.tokens import Doc, Span, Token

from explorer.core.extract.entities.evidence import KIND_NOUNS, NAME_HEADS
from explorer.core.extract.entities.given_names import in_given_list, is_given_name, is_surname
from explorer.core.extract.entities.joins import body_named_for_fields, capitalised_word_before, written_elsewhere
from explorer.core.extract.entities.lexicon import is_common_word, person_titles
from explorer.core.extract.entities.places import is_country, is_demonym, is_place, is_town
from explorer.core.extract.nlp import doc_text, model_entities, once_per_doc, token_columns, tokens_among, tokens_text
from explorer.paths import resource_path

FRAGMENT_TYPES = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT"}
EXTEND_TYPES = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
RIGHT_EXTEND_TYPES = {"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"}
LOWER_END_CUT_TYPES = {"PERSON", "ORG", "FAC", "PRODUCT"}
COMMA_CUT_TYPES = {"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
LEADING_VERB_TAGS = {"VBG", "VBD", "VBN"}
LEADING_WORD_POS = {"ADV", "SCONJ", "CCONJ", "INTJ", "PRON", "AUX", "PART"}
LINK_WORDS = {"of", "and", "for", "&", "de", "the"}
FINAL_PUNCTUATION = tuple(".?!:;,\"”’)")
FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "with", "by", "from", "&", "amid", "as"}
TITLE_WORD = re.compile(r"\w+|[^\w\s]")
UNSPACED_HYPHEN = re.compile(r"[A-Za-z]-[A-Za-z]")


@lru_cache(maxsize=1)
def entity_words() -> dict:
    return json.loads(resource_path("entity_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def title_phrases() -> dict[str, list[tuple[str, ...]]]:
    """Titles from ``person_titles.txt`` as word tuples, indexed by first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in person_titles():
        words = tuple(TITLE_WORD.findall(title))
        if words:
            by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)
    return by_first


@dataclass
class DocContext:
    """What the rules need to know about a document, computed once."""

    titles: list[tuple[int, int]] = field(default_factory=list)  # token ranges of office titles
    heading_lines: set[int] = field(default_factory=set)  # start offsets of heading lines
    capitalised: set[str] = field(default_factory=set)  # words written with a capital inside a sentence
    capital_counts: Counter = field(default_factory=Counter)  # lower-cased word -> times written so inside a sentence
    capitalised_in_body: set[str] = field(default_factory=set)  # such words after the first sentence (a headline's
    # words run into the first one in flattened news)
    lower_counts: Counter = field(default_factory=Counter)  # word -> times written in lower case
    text: str = ""  # the document's text (Doc.text rebuilds it from every token on each access)
    common_acronyms: set[str] = field(default_factory=set)  # "IPO" after "initial public offer"
    body: str = ""  # the text without its heading lines
    spaced_hyphens: bool = False  # the text writes no hyphen between letters without spaces ("Mat - Su")


def doc_context(doc: Doc) -> DocContext:
    """The document's ``DocContext``, computed once per Doc (the mention rules ask for it twice: each
    time a walk over every token); shared, so read it, never change it."""
    return once_per_doc(doc, _CONTEXT_KEY, _doc_context)


_CONTEXT_KEY = "explorer_doc_context"


def _doc_context(doc: Doc) -> DocContext:
    text = doc_text(doc)
    headings = _heading_lines(text)
    columns = token_columns(doc)
    # of the words of letters not all in lower case and not opening a sentence (the columns' test), those
    # capitalised inside a sentence and a line
    capitals = [t for t in (doc[i] for i in np.flatnonzero((columns.alpha == 1) & (columns.lower_case == 0)
                                                          & (columns.sent_start != 1)).tolist() if i >= 1)
                if t.is_alpha and t.text[0].isupper() and not t.is_sent_start and "\n" not in doc[t.i - 1].text_with_ws]
    inside = [t.text for t in capitals if _line_start(text, t.idx) not in headings]
    starts = np.flatnonzero(columns.sent_start[1:] == 1)
    first_end = int(starts[0]) + 1 if len(starts) else len(doc)  # a Doc built by hand may have no sentences
    strings = doc.vocab.strings
    in_body = {t.text for t in capitals if t.i >= first_end}
    return DocContext(titles=_title_ranges(doc), heading_lines=headings, capitalised=set(inside), text=text,
                      capitalised_in_body=in_body,
                      capital_counts=Counter(w.lower() for w in inside),
                      lower_counts=Counter(strings[orth] for orth in  # the texts of the lower-case words
                                           columns.orth[(columns.lower_case == 1) & (columns.alpha == 1)].tolist()),
                      common_acronyms=_common_acronyms(doc),
                      body="\n".join(line for line in text.split("\n") if not is_heading(line)),
                      spaced_hyphens=UNSPACED_HYPHEN.search(text) is None)


def _title_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [i, j) of multi-word office titles (one-word ones are too often names)."""
    phrases = title_phrases()
    found: list[tuple[int, int]] = []
    after = 0  # the end of the last title found: the next starts at or after it
    for i in tokens_among(doc, _title_first_words()):
        if i < after:
            continue
        first = doc[i].lower_
        words = tuple(t.lower_ for t in doc[i:i + max(map(len, phrases[first]))])
        match = next((p for p in phrases[first] if len(p) > 1 and words[:len(p)] == p), None)
        if match:
            found.append((i, i + len(match)))
            after = i + len(match)
    return found


@lru_cache(maxsize=1)
def _title_first_words() -> frozenset[str]:
    """The first words of the titles of more than one word: a title starts at no other word (``_title_ranges``)."""
    return frozenset(first for first, phrases in title_phrases().items() if any(len(p) > 1 for p in phrases))


def is_heading(line: str) -> bool:
    """A headline, section heading or bullet: short, no final punctuation, mostly title case."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[0] in entity_words()["bullets"]:
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", stripped)]
    if not words or len(words) > 16 or stripped.endswith(FINAL_PUNCTUATION):
        return False
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper())
    return len(content) >= 2 and capitalised / len(content) >= 0.75


def _heading_lines(text: str) -> set[int]:
    starts, offset = set(), 0
    for line in text.split("\n"):
        if is_heading(line):
            starts.add(offset)
        offset += len(line) + 1
    return starts


def _line_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


@dataclass
class SpanCut:
    """One entity span as the clean-up steps narrow it: the token range [start, end) still kept."""

    doc: Doc
    label: str
    start: int
    end: int
    context: DocContext

    def on_heading_line(self) -> bool:
        """Whether the span's first token is on a heading or bullet line."""
        return _line_start(self.context.text or self.doc.text, self.doc[self.start].idx) in self.context.heading_lines

    def ordinary(self, token: Token) -> bool:
        """An ordinary word that the document never writes as a name mid-sentence."""
        return _ordinary(token) and token.text not in self.context.capitalised

    def one_ordinary_word(self, labels: tuple[str, ...]) -> bool:
        """A one-word span with one of ``labels`` that is an ordinary English word."""
        return self.end - self.start == 1 and self.label in labels and _ordinary(self.doc[self.start])


Step = Callable[[SpanCut], bool]  # narrows the cut in place; False drops the span


def _trim_punctuation(cut: SpanCut) -> bool:
    """Punctuation and spaces at either edge, and a final possessive, are not part of a name."""
    doc = cut.doc
    while cut.start < cut.end and (doc[cut.start].is_punct or doc[cut.start].is_space):
        cut.start += 1
    while cut.end > cut.start and (doc[cut.end - 1].is_punct or doc[cut.end - 1].is_space
                                   or doc[cut.end - 1].lower_ in ("'s", "’s")):
        cut.end -= 1
    return cut.end > cut.start


def _drop_run_on(cut: SpanCut) -> bool:
    """A line break or a bullet inside the span means the model ran two lines together."""
    bullets = entity_words()["bullets"]
    span = cut.doc[cut.start:cut.end]
    return "\n" not in span.text and not any(t.text in bullets for t in span)


def _cut_at_titles(cut: SpanCut) -> bool:
    """A span inside an office title is part of the title ("State" in "Secretary of State"): dropped;
    a title that starts inside the span ends the name ("JP Morgan Managing" + "Director")."""
    for i, j in cut.context.titles:
        if i <= cut.start and cut.end <= j:
            return False
        if cut.start < i < cut.end:
            cut.end = i
    return True


def _cut_at_brackets(cut: SpanCut) -> bool:
    """A name ends at an opening bracket and starts after a closing one: the model ran a name into its bracketed
    acronym or long form ("Transport and General Workers Union (TGWU", "Nasa) Ames Research Center")."""
    doc = cut.doc
    for token in doc[cut.start:cut.end]:
        if token.text == ")" and token.i > cut.start:
            cut.start = token.i + 1
        elif token.text == "(" and token.i > cut.start:
            cut.end = token.i
            break
    return cut.end > cut.start


DATED_NUMBER = re.compile(r"^(?:\d+(?:st|nd|rd|th)|\d{4}s|'?\d0s)$", re.IGNORECASE)


def _cut_at_of_a_date(cut: SpanCut) -> bool:
    """"of the" and a numbered time after a name ("the Walkman [of the 21st Century]", "the Beatles [of the 1990s]")
    is a time the sentence sets the name in, written with capitals as a slogan is, not the name's: the name ends
    before "of". Only a number that dates: an ordinal ("21st") or a decade ("1990s"); titles cut at "of the" with
    words there are joined whole (``joins.join_across_of_the``)."""
    doc = cut.doc
    for i in range(cut.start + 1, cut.end - 2):
        if doc[i].lower_ == "of" and doc[i + 1].lower_ == "the" and DATED_NUMBER.match(doc[i + 2].text):
            cut.end = i
            break
    return cut.end > cut.start


def _cut_at_spaced_dash(cut: SpanCut) -> bool:
    """A spaced dash ends a name ("Mike Skinner - aka", "HMS Chatham - have", "Buzzcocks - Ever Fallen"): a dash
    between spaces joins a name to an aside or a second name, never two halves of one; where only the part after it
    is written with capitals ("arm - Diageo Chateau"), that part is the name."""
    doc = cut.doc
    for token in doc[cut.start + 1:cut.end - 1]:
        if token.text in ("-", "–", "—") and token.whitespace_ and doc[token.i - 1].whitespace_ \
                and not (cut.context.spaced_hyphens and _spaced_hyphen(token)):
            before = doc[cut.start:token.i]
            if any(t.text[:1].isupper() for t in before):
                cut.end = token.i
            else:
                cut.start = token.i + 1
            break
    return cut.end > cut.start


def _spaced_hyphen(dash: Token) -> bool:
    """A hyphen some texts write between spaces ("the Mat - Su Regional Hospital", "the Union - Tribune", "Dominique
    Strauss - Kahn": ECB+ writes every hyphen so, and then no hyphen without spaces): one capitalised word on each
    side, the first compounded with the second, so both halves make one word; a dash between two names or before
    an aside has no such link, and a dash after a line's first word is a dateline's ("Computerworld - Microsoft
    today said")."""
    doc = dash.doc
    if dash.text != "-" or dash.i < 2 or dash.i + 1 >= len(doc) or "\n" in doc[dash.i - 2].text_with_ws:
        return False
    left, right = doc[dash.i - 1], doc[dash.i + 1]
    return left.is_alpha and right.is_alpha and left.text[:1].isupper() and right.text[:1].isupper() \
        and left.dep_ == "compound" and left.head.i == right.i


def _cut_at_comma(cut: SpanCut) -> bool:
    """An organisation, work or event name ends at its first comma: the model joins lists of names. Not a body named
    for a list of fields ("the Department for Arts, Media and Sport")."""
    if cut.label in COMMA_CUT_TYPES and not body_named_for_fields(cut.doc[cut.start:cut.end]):
        comma = next((t.i for t in cut.doc[cut.start:cut.end] if t.text == ","), None)
        if comma is not None and comma > cut.start:
            cut.end = comma
    return True


def _take_in_left_names(cut: SpanCut) -> bool:
    """Capitalised proper nouns compounded with the name that the model left out are taken in ("Pax Silica")."""
    if cut.label in EXTEND_TYPES:
        cut.start = _extend_left(cut.doc, cut.start, cut.context)
    return True


def _take_in_rest_of_a_longer_name(cut: SpanCut) -> bool:
    """One or two capitalised words just before the name that, with it, make a longer name the model finds elsewhere
    in the document ("human rights watchdog Reporters [Without Borders]" beside "a spokesman for Reporters Without
    Borders") are the start of it: the model cut that mention short. The longer name's type is taken with it. A number
    word the model read as a count is such a word too ("Robinson out of [Six] Nations" beside "the Six Nations"), and
    taken in without the longer name elsewhere when it is spelled with a capital inside a sentence
    (``_number_word_in_a_name``): the document may name the thing only once so, and "Nations" alone is a fragment."""
    doc = cut.doc
    for size in (1, 2):
        start = cut.start - size
        if start < 0 or any(not t.text[:1].isupper() or not t.is_alpha or t.ent_type_ not in NUMBER_TYPES
                            or "\n" in t.text_with_ws or t.lower_ in person_titles() for t in doc[start:cut.start]):
            return True
        longer = tokens_text(doc, start, cut.end)
        found = next((e for e in model_entities(doc) if e.start != start and LEADING_ARTICLE.sub("", e.text) == longer), None)
        if found is None and size == 1 and cut.label != "NORP" and _number_word_in_a_name(doc[start]):
            cut.start = start  # "the entire 2004 [Six] Nations campaign": no other mention needed
            return True
        if found is not None:
            cut.start = start  # the model's type of the longer name, but a person's only where it said so here
            cut.label = found.label_ if found.label_ != "PERSON" or cut.label == "PERSON" else cut.label
            return True
    return True


def _number_word_in_a_name(word: Token) -> bool:
    """Whether ``word`` is a number spelled with a capital inside a sentence past the first: only a name writes a count
    so ("Six Nations", "Three Lions"). Not in the first sentence, where a headline runs into the body's first words
    ("… dog tracks Six UK greyhound tracks", "Three Labour councillors"), and a count of people the caller leaves
    ("Two Britons")."""
    return word.like_num and word.is_alpha and word.is_title and not word.is_sent_start and word.sent.start != 0 \
        and word.ent_type_ in NUMBER_TYPES


LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
NUMBER_TYPES = frozenset(["", "CARDINAL", "ORDINAL"])  # no name of the model's, or a number word ("Six", "First")


INITIAL = re.compile(r"^[A-Z]\.?$")


def _take_in_first_name(cut: SpanCut) -> bool:
    """A given name or an initial just before a person's name that the model left out ("Olly [Barkley]", "B.
    [Satyanarayana]", "A [Foley]") is the start of the name: taken in."""
    doc = cut.doc
    if cut.label != "PERSON" or cut.start == 0:
        return True
    before = doc[cut.start - 1]
    if before.ent_type_ or "\n" in before.text_with_ws or not before.whitespace_:
        return True
    if is_given_name(before.text) or (INITIAL.match(before.text) and before.text not in ("A", "I")) \
            or (before.text == "A" and cut.start > 1 and doc[cut.start - 2].text in (",", ";")) \
            or _unlisted_given_name(before, cut):
        cut.start -= 1  # "A Foley" in a line-up; "a"/"A" elsewhere is the article
    return True


def _unlisted_given_name(before: Token, cut: SpanCut) -> bool:
    """Whether the word before a one-word person is a given name the lists lack ("Pranab [Mukherjee] said"): a proper
    noun in no name of the model, no ordinary word, title, place or word in capitals. Cut from it, the surname
    alone is a person nothing in the document backs, and the corpus vote may make it a firm."""
    return cut.end - cut.start == 1 and before.pos_ == "PROPN" and before.is_title and before.is_alpha \
        and not _ordinary(before) and before.lower_ not in person_titles() and not is_place(before.text)


INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _take_in_surname_after_initials(cut: SpanCut) -> bool:
    """A person of initials only ("H.R." of "chief of staff H.R. Haldeman") is a first name: the capitalised proper
    noun right after it that no other name holds is the surname the model cut off, taken in. The parser often
    ends a sentence at the initials' full stop, so a sentence start there does not stop it."""
    doc = cut.doc
    if cut.label != "PERSON" or cut.end >= len(doc) \
            or not all(INITIALS.match(t.text) for t in doc[cut.start:cut.end]):
        return True
    after = doc[cut.end]
    if after.pos_ == "PROPN" and after.is_alpha and after.is_title and not after.ent_type_ \
            and after.lower_ not in person_titles() and "\n" not in doc[cut.end - 1].text_with_ws \
            and doc[cut.end - 1].whitespace_:
        cut.end += 1
    return True


def _cut_leading_participle(cut: SpanCut) -> bool:
    """A leading participle ("Addressing the …", "Participated in the …") is the sentence's verb, not the name."""
    doc = cut.doc
    if cut.label in FRAGMENT_TYPES and cut.end - cut.start > 1 and doc[cut.start].tag_ in LEADING_VERB_TAGS:
        cut.start += 1
        while cut.start < cut.end - 1 and doc[cut.start].pos_ == "ADP":
            cut.start += 1
    return True


# Lower-case words a name may start with: articles (cut later, kept in the surface) and name particles ("de Gaulle",
# "van Persie", "bin Laden", "la Scala").
LOWER_NAME_STARTS = frozenset(["the", "a", "an", "de", "van", "von", "der", "den", "da", "di", "del", "della", "du",
                               "le", "la", "les", "al", "el", "bin", "ibn", "dos", "das", "e", "y", "des", "ter",
                               "zu", "d'", "l'"])


ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def _cut_leading_lower_words(cut: SpanCut) -> bool:
    """Words written without a capital before a name's first capitalised word ("[30%-owned] Innopac Inc.", "[another]
    Six Nations", "[unbeaten] Russian Alexander Povetkin") are the sentence's modifiers, not the name; numbers left
    alone ("2006 World Cup", "117th Street"), and particles ("de Gaulle")."""
    doc = cut.doc
    first = next((i for i in range(cut.start, cut.end) if any(c.isupper() for c in doc[i].text)), None)
    if first is None:
        return True
    lower = [i for i in range(cut.start, first) if any(c.islower() for c in doc[i].text)
             and doc[i].lower_ not in LOWER_NAME_STARTS and not ORDINAL.match(doc[i].text)]
    if lower and (not doc[lower[-1]].whitespace_ or doc[lower[-1] + 1].text in ("-", "–")):
        return True  # a prefix: "anti-Semitism", "non-Swedish", "ex-Beatle" are one word
    if lower:
        cut.start = lower[-1] + 1
    return True


def _cut_leading_adverb(cut: SpanCut) -> bool:
    """A sentence adverb or conjunction before a name ("Nevertheless Franz Ferdinand", "So Blair") is the sentence's."""
    doc = cut.doc
    while cut.end - cut.start > 1 and doc[cut.start].pos_ in LEADING_WORD_POS and not doc[cut.start].is_upper \
            and (doc[cut.start].is_sent_start or cut.start == 0):
        cut.start += 1
    return True


PERSON_NOUNS = frozenset([*(noun for noun, kind in KIND_NOUNS.items() if kind == "PERSON"), "newcomer", "comic",
                          "correspondent", "beatle", "skipper", "international", "forward", "full-back", "wing"])


def _cut_leading_role_word(cut: SpanCut) -> bool:
    """An ordinary word before a person's name that is no given name ("Keeper Petr Cech", "Croatian Ivan
    Ljubicic", "Political Correspondent James Hardy") is the sentence's role noun or nationality, written with a
    capital at a sentence start or as a title: cut when it is a person's noun or a given name follows it. Given
    names that are words too stay ("Bill Gates", "Mark Hughes"), and so do names the word begins ("Band Aid", "Lose
    My Breath", "Leeds North West"); one word is left only when it is no ordinary word ("Newcomer Ciara")."""
    doc = cut.doc
    if cut.label != "PERSON":
        return True
    while cut.end - cut.start > 1:
        first, rest = doc[cut.start], doc[cut.start + 1]
        if not (first.is_alpha and first.is_title and _ordinary(first)) or in_given_list(first.text) \
                or first.lower_ in person_titles() or is_place(first.text):
            break
        given_follows = is_given_name(rest.text) or (in_given_list(rest.text) and cut.end - cut.start > 2 and not rest.is_stop)
        if not (first.lower_ in PERSON_NOUNS or rest.lower_ in PERSON_NOUNS or given_follows):
            break
        if cut.end - cut.start == 2 and (_ordinary(rest) or first.lower_ not in PERSON_NOUNS) \
                and not _role_before_a_named_surname(first, rest):
            break
        cut.start += 1
    return True


def _role_before_a_named_surname(first: Token, rest: Token) -> bool:
    """Whether a person's noun opening a sentence or a headline is run into a surname the document gives someone in
    full ("Comic Morris returns …" beside "Chris Morris"): the noun is the headline's, though the surname is an
    ordinary word too. Not in running text ("the film Coach Carter")."""
    if first.lower_ not in PERSON_NOUNS or not (first.i == 0 or first.is_sent_start):
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == rest.text and e.start != first.i
               for e in model_entities(first.doc))


def _cut_leading_demonym(cut: SpanCut) -> bool:
    """A nationality run into a person's name ("New Zealander Jason Spice", "South African Ernie Els"), which the model
    then reads as an organisation or a group as often as a person, is the sentence's description, not the name: cut,
    where a given name and one or two capitalised words follow it; the rest is a person. The nationality is made from
    a country's name (``is_demonym``), so a firm's first word stays ("American Express", "Indian Oil")."""
    doc = cut.doc
    if cut.label not in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    for size in (2, 1):
        rest = cut.start + size
        if not 2 <= cut.end - rest <= 3 or not is_demonym(tokens_text(doc, cut.start, rest)):
            continue
        words = doc[rest:cut.end]
        if in_given_list(words[0].text) and all(t.is_alpha and t.is_title for t in words) \
                and words[-1].lower_ not in NAME_HEADS and not _place_ends_it(words):  # "Chinese Grand Prix"
            cut.start, cut.label = rest, "PERSON"
        return True
    return True


def _cut_leading_indirect_object(cut: SpanCut) -> bool:
    """A place written before "a" or "an" and a capitalised name ("was blamed for costing [England a Grand Slam]",
    "handed Wales a Triple Crown") is a verb's two objects the model ran into one name: the name starts after the
    article. A title does not run a place into a lower-case article so."""
    doc = cut.doc
    if cut.end - cut.start < 3 or not doc[cut.start].is_title or doc[cut.start + 1].lower_ not in ("a", "an") \
            or not doc[cut.start + 1].is_lower or not doc[cut.start + 2].is_title or not is_place(doc[cut.start].text):
        return True
    cut.start += 2
    return True


def _place_ends_it(words: Span) -> bool:
    """Whether the words after a nationality name a place rather than a person: they end in a country, or they are a
    town's whole name ("Australian Alice Springs"). A city's name alone after a given name is a surname as often
    ("Russian Irina Shevchenko": Shevchenko is a Ukrainian town too)."""
    return is_country(words[-1].text) or is_town(words.text)


def _cut_leading_modifier(cut: SpanCut) -> bool:
    """A word the document writes elsewhere before a common noun, as a party's word is written ("Tory leader", "Tory
    MPs"), run into a person's full name ("Tory Edward Turnour") describes the person: cut, where a given name and
    one or two capitalised words follow it; the rest is a person. The lists cannot tell "Tory" from a given name,
    but a given name is written before a common noun nowhere ("Mary Jo White" stays). The rest starts with a listed
    given name that is no place and ends in a surname or no ordinary word, nor a name's head ("London Stock
    Exchange", "Christian Medical Fellowship" stay), nor a town's name unless a surname too ("Tory Neil Hamilton"). A place before a person is left to
    ``mentions._place_run_into_person``, which keeps it as a name of its own ("Valencia Claudio Ranieri"), and an
    article to the steps that read it ("The Leonard Cohen Story")."""
    doc = cut.doc
    if cut.label not in ("PERSON", "ORG", "NORP") or not 3 <= cut.end - cut.start <= 4:
        return _cut_leading_two_word_modifier(cut)
    first, words = doc[cut.start], doc[cut.start + 1:cut.end]
    if not (first.is_alpha and first.is_title) or first.is_stop or first.lower_ in person_titles() or is_place(first.text) \
            or not in_given_list(words[0].text) or is_place(words[0].text) \
            or not all(t.is_alpha and t.is_title for t in words) or words[-1].lower_ in NAME_HEADS \
            or (_ordinary(words[-1]) and not is_surname(words[-1].text)) \
            or (is_place(words[-1].text) and not is_surname(words[-1].text)):
        return _cut_leading_two_word_modifier(cut)  # a town that is a surname too ends a person ("Neil Hamilton")
    if any(t.text == first.text and not cut.start <= t.i < cut.end and t.i + 1 < len(doc)
           and doc[t.i + 1].is_lower and doc[t.i + 1].pos_ == "NOUN" for t in doc):
        cut.start, cut.label = cut.start + 1, "PERSON"
        return True
    return _cut_leading_two_word_modifier(cut)


def _cut_leading_two_word_modifier(cut: SpanCut) -> bool:
    """Two words the document writes elsewhere together before a common noun or an adjective, as a party's short
    name is written ("Lib Dem leader", "the Lib Dem foreign affairs spokesman"), run into a person's full name ("Lib
    Dem Norman Baker") describe the person: cut, where a listed given name (a town's too before a surname) and one or two
    capitalised words, the last a surname or no ordinary word, follow them (twenty-seventh pass). Only a person's
    span: the two words are the kin of ``_cut_leading_modifier``'s one."""
    doc = cut.doc
    if cut.label != "PERSON" or not 4 <= cut.end - cut.start <= 5:
        return True
    pair, words = doc[cut.start:cut.start + 2], doc[cut.start + 2:cut.end]
    if not all(t.is_alpha and t.is_title and not t.is_stop and t.lower_ not in person_titles() for t in pair) \
            or in_given_list(pair[0].text) or is_place(pair[0].text) or is_place(pair.text) \
            or not in_given_list(words[0].text) or (is_place(words[0].text) and not is_surname(words[-1].text)) \
            or not all(t.is_alpha and t.is_title for t in words) or words[-1].lower_ in NAME_HEADS \
            or (_ordinary(words[-1]) and not is_surname(words[-1].text)) \
            or (is_place(words[-1].text) and not is_surname(words[-1].text)):
        return True  # a given name that is a town too ("Norman") with a surname after it is a person's
    a, b = pair[0].text, pair[1].text
    if any(t.text == a and doc[t.i + 1].text == b and not cut.start <= t.i < cut.end and t.i + 2 < len(doc)
           and doc[t.i + 2].is_lower and doc[t.i + 2].pos_ in ("NOUN", "ADJ") for t in doc[:-2]):
        cut.start = cut.start + 2
    return True


LEADING_OFFICES = frozenset(["MP", "MEP", "MSP", "AM", "QC", "MLA", "TD"])  # offices written before a name too


def _cut_leading_office(cut: SpanCut) -> bool:
    """A party and an office run into a person's name ("Lib Dem MP Lembit Opik", "Plaid Cymru MP Elfyn Llwyd") are
    the sentence's title, not the name: the name starts after the office, where capitalised words follow it."""
    doc = cut.doc
    if cut.label != "PERSON":
        return True
    offices = [i for i in range(cut.start, cut.end - 1) if doc[i].text in LEADING_OFFICES]
    if offices and all(t.is_alpha and t.text[:1].isupper() for t in doc[offices[-1] + 1:cut.end]):
        cut.start = offices[-1] + 1
    return True


def _drop_member_word_before_a_person(cut: SpanCut) -> bool:
    """A one-word person right before another person's title or name ("Former Beatle Sir Paul McCartney") is a noun
    of what that person is or was, the model's person: no name of its own. Not before a name that starts with no given
    name (a headline's "open books to Glazer Manchester United's board")."""
    doc, end = cut.doc, cut.end
    if cut.label != "PERSON" or cut.end - cut.start != 1 or end + 1 >= len(doc):
        return True
    after = doc[end]
    titled = after.text in HONORIFICS and _name_follows(doc, end + 1)
    return not (titled or (after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and bool(doc[end - 1].whitespace_)
                           and is_given_name(after.text)))


def _take_in_capitalised_word(cut: SpanCut) -> bool:
    """A capitalised word inside a sentence, in no name, directly before a name is the name's first word the model
    left out ("search engine Ask [Jeeves]", "Liberal [Democrat] MP", "Finding [Neverland]"): taken in when the name
    ends in a proper noun or the document writes the whole so elsewhere. Not a title ("President"), not a heading's
    word, not in the first sentence unless written so elsewhere (a headline run-on); before a person only a word that
    is no ordinary word (a first name the lists lack), since "Keeper", "Croatian" are the sentence's."""
    doc = cut.doc
    if cut.start == 0 or cut.label not in FRAGMENT_TYPES | {"NORP", "GPE", "LOC"}:
        return True
    word = doc[cut.start - 1]
    if not capitalised_word_before(word) or word.lower_ in FUNCTION_WORDS or word.lower_ in person_titles() or word.lower_ in title_phrases() \
            or any(i <= word.i < j for i, j in cut.context.titles) or cut.on_heading_line() \
            or (cut.label == "PERSON" and _ordinary(word)):
        return True
    whole = doc[word.i:cut.end]
    elsewhere = written_elsewhere(whole, cut.context.text or doc.text)
    if (doc[cut.start].sent.start == 0 and not elsewhere) or not (doc[cut.end - 1].pos_ == "PROPN" or elsewhere):
        return True
    cut.start = word.i
    if cut.label in ("PERSON", "GPE", "LOC") and word.tag_.startswith(("VB", "UH")):
        cut.label = "WORK_OF_ART"  # "Hey [Jude]", "Leaving [New York]": a verb first makes a title, no person or place
    return True


HEAD_JOIN_TYPES = frozenset(["ORG", "NORP", "GPE", "LOC", "FAC"])


def _take_in_capitalised_head(cut: SpanCut) -> bool:
    """A capitalised word inside a sentence, in no name, right after a name the model ended too early, which the
    name's last word modifies in the parse ("the [Scottish] Executive", "[Belfast] Harlequins", "[BBC] Four") is
    the head of the name: taken in when it is a proper noun or the document writes the whole so elsewhere (an
    adjective's head, "[Christian] Aid has called", only then). A group
    or a place with a head is an organisation, unless the whole is a place. Not a title ("[US] President"), not a
    heading's word, and not in the first sentence unless written so elsewhere; people are left alone ("Ruth Kelly
    MP")."""
    doc = cut.doc
    if cut.label not in HEAD_JOIN_TYPES or cut.end >= len(doc) or cut.on_heading_line():
        return True
    last, word = doc[cut.end - 1], doc[cut.end]
    if not (word.is_alpha and word.is_title and len(word) > 1) or word.ent_type_ or word.is_sent_start \
            or last.whitespace_ != " " or last.dep_ not in ("compound", "amod") or last.head.i != word.i \
            or word.lower_ in person_titles() or word.lower_ in title_phrases() \
            or any(i <= word.i < j for i, j in cut.context.titles) or doc[cut.start].sent.start == 0:
        return True
    if _runs_on(doc, word.i + 1) or (cut.start > 0 and doc[cut.start - 1].lower_ in ("and", "or", ",")):
        return True  # "[Australian] Formula 3 champion" goes on; "the US and [Australian] Opens" is a list
    whole = doc[cut.start:word.i + 1]
    if not (word.pos_ == "PROPN" and last.dep_ == "compound" or written_elsewhere(whole, cut.context.text or doc.text)):
        return True  # an adjective the parser reads before a proper noun ("[Christian] Aid has called", beside
        # "Christian Aid condemned the move") only when the document writes the whole elsewhere
    cut.end = word.i + 1
    if cut.label in ("NORP", "GPE", "LOC") and not is_place(whole.text):
        cut.label = "PERSON" if is_given_name(doc[cut.start].text) else "ORG"  # "Reese Witherspoon", "Scottish Executive"
    return True


def _runs_on(doc: Doc, i: int) -> bool:
    """Whether a name would go on at token ``i``: a number ("Formula 3", not a score "1-6") or a capitalised word
    ("Commissioner Sir Ian Blair") right after, on the same line."""
    number = doc[i].like_num and not (i + 1 < len(doc) and doc[i + 1].text == "-") if i < len(doc) else False
    return i < len(doc) and "\n" not in doc[i - 1].whitespace_ and (number or doc[i].is_title)


def _take_in_right_names(cut: SpanCut) -> bool:
    """A name that ends on a word pointing past it ("Association of British" + "Insurers", "Whitbread Novel of" +
    "the Year") runs to the end of its proper-noun chunk; a dangling final "of" or "and" is cut."""
    if cut.label in RIGHT_EXTEND_TYPES:  # not people: "Ruth Kelly" + "MP" is a title after the name
        cut.end = _chunk_end(cut.doc, cut.start, cut.end)
    while cut.end - cut.start > 1 and cut.doc[cut.end - 1].lower_ in LINK_WORDS:
        cut.end -= 1
    return True


SCORE = re.compile(r"^\(?\d{1,2}-\d{1,2}\)?$")


def _cut_trailing_score(cut: SpanCut) -> bool:
    """A match score after a name ("Arsenal 2-1", "Sebastien Grosjean 2-6 6-3 6-2", "Rafael Nadal 6-2 6") is the
    result, not the name; the model, seeing numbers, often calls the rest a product or a law: a name left after a
    score is a player or a team (a person when it starts with a given name)."""
    doc = cut.doc
    score = next((i for i in range(cut.start + 1, cut.end) if score_at(doc, i)), None)
    if score is None or not all(t.text == "-" or _score_number(t) or SCORE.match(t.text) for t in doc[score:cut.end]):
        return True
    cut.end = score
    if cut.label not in ("PERSON", "ORG", "GPE"):
        cut.label = "PERSON" if is_given_name(doc[cut.start].text) else "ORG"
    return True


def score_at(doc: Doc, i: int) -> bool:
    """Whether a score starts at token ``i``: "2-1" as one token, or "6", "-", "2" written without spaces."""
    if SCORE.match(doc[i].text):
        return True
    return i + 2 < len(doc) and _score_number(doc[i]) and doc[i + 1].text == "-" and _score_number(doc[i + 2]) \
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _score_number(token: Token) -> bool:
    return token.is_digit and len(token) <= 2


PERSON_PARTICLES = frozenset(["van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "le", "la", "bin",
                              "al", "ter", "ten", "dos", "das"])


def _take_in_name_particles(cut: SpanCut) -> bool:
    """A person's name followed by a particle and a capitalised word ("Sandra [den Hamer]", "Louis [de Funes]") runs
    on: the model often ends a Dutch, German or Spanish name before its particle."""
    doc = cut.doc
    if cut.label != "PERSON":
        return True
    end = cut.end
    while end < len(doc) and doc[end].lower_ in PERSON_PARTICLES and doc[end].is_lower:
        end += 1
    if end > cut.end and end < len(doc) and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ in ("", "PERSON") and "\n" not in doc[end - 1].text_with_ws:
        cut.end = end + 1
    return True


TRAILING_TITLES = LEADING_OFFICES | {"MP's", "OBE", "MBE", "CBE", "KBE", "DBE"}


HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"])


def _cut_trailing_title(cut: SpanCut) -> bool:
    """An office or honour written after a person's name ("Paul Boateng MP", "Bolton West MP", "William Haughey
    OBE") is no part of the name; nor is a final "Mr" or "Dr", the start of the next name ("told the Sunday Times
    Mr [Campbell] would")."""
    doc = cut.doc
    while cut.label == "PERSON" and cut.end - cut.start > 1 and doc[cut.end - 1].text in TRAILING_TITLES:
        cut.end -= 1
    while cut.end - cut.start > 1 and doc[cut.end - 1].text in HONORIFICS and _name_follows(doc, cut.end):
        cut.end -= 1  # "the Sunday Times Mr" + "Campbell"; "Notre Dame's" keeps its "Dame"
    return True


def _name_follows(doc: Doc, i: int) -> bool:
    """Whether a capitalised word stands at token ``i``: an honorific ends a name only where it starts the next."""
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


LINKS_BETWEEN_NAMES = frozenset(["and", "&", "of", "for"])


def _take_in_linked_words(cut: SpanCut) -> bool:
    """An organisation's or event's name ending in a word that says it is one ("Ministry", "Conference"), with a
    link word and capitalised words the model read as no name on either side ("the Finance and [Economy Ministry]",
    "the [Financial Times New Media] and Broadcasting Conference"), is one name the model cut: the words are taken
    in."""
    doc = cut.doc
    if cut.label not in ("ORG", "EVENT", "FAC", "LAW"):
        return True
    if _organisation_head(doc[cut.end - 1]) and doc[cut.start].lower_ != "the":
        start = cut.start
        while start >= 2 and doc[start - 1].lower_ in LINKS_BETWEEN_NAMES and _loose_name_word(doc[start - 2]):
            start -= 2
            while start > 0 and _loose_name_word(doc[start - 1]):
                start -= 1
        cut.start = start
    end = cut.end
    while end + 1 < len(doc) and doc[end].lower_ in LINKS_BETWEEN_NAMES and _loose_name_word(doc[end + 1]):
        stop = end + 1
        while stop < len(doc) and _loose_name_word(doc[stop]):
            stop += 1
        if not _organisation_head(doc[stop - 1]):
            break
        end = stop
    cut.end = end
    return True


# Words that open an organisation's name before "for" or "of" ("the Alliance for Digital Inclusion", "the Centre for
# Vision, Speech and Signal Processing").
FRONT_HEADS = frozenset(["alliance", "centre", "center", "institute", "society", "association", "council",
                         "department", "commission", "committee", "foundation", "federation", "union", "league",
                         "campaign", "coalition", "school", "academy", "college", "trust", "fund", "agency",
                         "authority", "forum", "movement", "friends", "office", "board", "bureau", "organisation",
                         "organization"])


def _take_in_front_head(cut: SpanCut) -> bool:
    """An organisation's name the model began after "for" or "of" ("The Alliance for [Digital Inclusion]", "the
    Centre for Vision, Speech and [Signal Processing]") starts at the capitalised word that says it is one: the
    model cut the name inside, leaving a fragment. Over capitalised ordinary words, commas and "and" only."""
    doc = cut.doc
    if cut.label != "ORG" or cut.start < 2 or doc[cut.start].lower_ == "the":
        return True
    i = cut.start - 1
    while i > cut.start - 8 and i > 0 and (doc[i].text in (",", "and") or _loose_name_word(doc[i])):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("for", "of") or not (doc[i - 1].is_title and doc[i - 1].lower_ in FRONT_HEADS) \
            or doc[i - 1].ent_type_ or any("\n" in t.text_with_ws for t in doc[i - 1:cut.start]):
        return True
    cut.start = i - 1
    return True


def _organisation_head(token: Token) -> bool:
    """A capitalised word that says what an organisation's or event's name names ("Ministry", "Conference")."""
    return token.is_title and token.lower_ in NAME_HEADS


def _loose_name_word(token: Token) -> bool:
    """A capitalised ordinary word inside a sentence, in no name or only an organisation's, and no title ("Finance"
    in "the Finance and Economy Ministry"); not a name of its own ("Microsoft and Intel Corporation" are two)."""
    doc = token.doc
    alone = token.ent_type_ in ("ORG", "EVENT") and token.ent_iob_ == "B" \
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")  # the model's one-word "Finance"
    return token.is_alpha and token.is_title and _ordinary(token) and (not token.ent_type_ or alone) \
        and not token.is_sent_start and "\n" not in token.text_with_ws and token.lower_ not in person_titles()


def _take_in_nationality(cut: SpanCut) -> bool:
    """A lone ordinary word compounded with a nationality before it ("the British [Library]") is the end of a name:
    the name is both words, an organisation (no person is called "British Library")."""
    doc = cut.doc
    if cut.end - cut.start != 1 or cut.start == 0 or cut.label not in ("PERSON", "ORG", "FAC"):
        return True
    word, before = doc[cut.start], doc[cut.start - 1]
    if _ordinary(word) and before.ent_type_ == "NORP" and before.head.i == word.i and before.is_title \
            and not word.is_sent_start:
        cut.start -= 1
        if cut.label == "PERSON":
            cut.label = "ORG"
    return True


def _cut_trailing_demonym(cut: SpanCut) -> bool:
    """A "people" the model runs on from a name of no people or place before it ("[Brewco Belgian] brewer", "shares in
    [Acme Dutch]") is that name and the nationality of the words after it, which describes what the name is: the
    nationality is cut, and the name left is an organisation (a person where it opens with a given name and goes
    on). Not two peoples or a region's ("Polish Russian", "South African", "Central European"): every word before
    the nationality is a capitalised word that no place, people or ordinary word is (s18c)."""
    doc = cut.doc
    if cut.label != "NORP" or cut.end - cut.start < 2 or not is_demonym(doc[cut.end - 1].text):
        return True
    words = doc[cut.start:cut.end - 1]
    if not all(t.is_alpha and (t.is_title or t.is_upper) and not _ordinary(t) and not is_demonym(t.text)
               and not is_place(t.text) for t in words) or is_place(words.text) or is_demonym(words.text):
        return True
    cut.end -= 1
    cut.label = "PERSON" if len(words) > 1 and in_given_list(words[0].text) else "ORG"
    return True


PARTY_WORDS = frozenset(["party"])


def _take_in_country_before_a_party(cut: SpanCut) -> bool:
    """A party's name the model began after a country's name between "the" and it ("the UK [Independence Party]
    member") is cut: the country is the name's first word (the article goes with the whole). Not where the document
    writes the rest before "Party" as a name of its own ("the US Democratic Party" beside "Democratic" alone: the
    country then only says whose party), nor a country the model reads as a name of its own before it (s18b)."""
    doc = cut.doc
    if cut.label != "ORG" or cut.start < 2 or cut.end - cut.start < 2 or doc[cut.end - 1].lower_ not in PARTY_WORDS             or not doc[cut.end - 1].is_title or doc[cut.start].lower_ == "the":
        return True
    country, the = doc[cut.start - 1], doc[cut.start - 2]
    if the.lower_ != "the" or not is_country(country.text) or country.ent_type_ not in ("", "ORG") \
            or not country.whitespace_:
        return True
    rest = tokens_text(doc, cut.start, cut.end - 1)
    if any(e.text == rest for e in model_entities(doc)):
        return True
    cut.start -= 1
    return True


KIND_WORDS_AFTER = {"awards": "EVENT", "award": "EVENT", "prize": "EVENT", "protocol": "LAW", "treaty": "LAW", "accord": "LAW", "accords": "LAW",
                    "convention": "LAW"}


def _take_in_kind_word(cut: SpanCut) -> bool:
    """A short name before the lower-case word that says what it names ("the Kyoto protocol", "the Brit awards")
    is a modifier of that name, not a name alone: the word is taken in, and says the type."""
    doc = cut.doc
    if cut.end >= len(doc) or cut.end - cut.start > 3 or cut.label not in ("ORG", "GPE", "NORP", "PERSON", "LOC"):
        return True
    word = doc[cut.end]
    if word.is_lower and word.lower_ in KIND_WORDS_AFTER and doc[cut.end - 1].whitespace_:
        cut.end += 1
        cut.label = KIND_WORDS_AFTER[word.lower_]
    return True


def _cut_trailing_words(cut: SpanCut) -> bool:
    """A person's, organisation's, building's or product's name ends before lower-case words ("Mike Skinner aka",
    "keeper Hislop back", "the Forum for the Future research"); a name without a capital letter ("plasma screens",
    "ref") is no name. An event's may end in one ("the Iraq war")."""
    doc = cut.doc
    if cut.label not in LOWER_END_CUT_TYPES:
        _cut_before_a_run_on_clause(cut)
        return cut.label not in FRAGMENT_TYPES or any(c.isupper() for c in tokens_text(doc, cut.start, cut.end))
    while cut.end - cut.start > 1 and doc[cut.end - 1].is_lower and doc[cut.end - 1].is_alpha \
            and doc[cut.end - 2].whitespace_:  # "Blu-ray" keeps its "ray"
        cut.end -= 1
    return any(c.isupper() for c in tokens_text(doc, cut.start, cut.end))  # "plasma screens": no name


RUN_ON_POS = frozenset(["ADP", "CCONJ", "SCONJ", "VERB", "AUX", "ADV", "PART", "PRON"])


def _cut_before_a_run_on_clause(cut: SpanCut) -> None:
    """A title's, law's or place's name that ends in a small-letter word has run on into the sentence at its first
    small-letter word that is no noun and no word that joins a title ("voted Record Of The Year on the ITV1 show",
    "Weakest Link tells", "Onimusha 3 earlier this year", "Republic of Ireland v"): the name ends before it. An
    event's or a treaty's noun ends its name ("the Iraq war", "the Kyoto protocol") and a title's "of the" joins it,
    so those stay."""
    doc = cut.doc
    last = doc[cut.end - 1]
    if cut.end - cut.start < 2 or not (last.is_lower and last.is_alpha):
        return
    for i in range(cut.start + 1, cut.end):
        word = doc[i]
        if word.is_lower and word.is_alpha and word.lower_ not in LINK_WORDS and word.lower_ not in LOWER_NAME_STARTS \
                and word.pos_ in RUN_ON_POS:
            end = i
            while end > cut.start + 1 and doc[end - 1].lower_ in FUNCTION_WORDS:
                end -= 1  # "Car With A Man at": no name ends in "at"
            if any(c.isupper() for c in tokens_text(doc, cut.start, end)):
                cut.end = end
            return


def _cut_headline_verb(cut: SpanCut) -> bool:
    """In a heading, ordinary words after a person's name are the headline's verb ("Okonkwo Heads To …")."""
    if cut.label == "PERSON" and cut.on_heading_line():
        while cut.end - cut.start > 1 and cut.ordinary(cut.doc[cut.end - 1]):
            cut.end -= 1
    return True


HEADLINE_LINKS = frozenset(["of", "and", "&", "in", "on", "at", "for", "to", "with", "from", "by", "vs", "v"])


def _cut_headline_before_the(cut: SpanCut) -> bool:
    """A headline run into the first sentence with no line between ("Labour chooses Manchester The Labour Party will
    hold …"): in the document's first sentence, a capital "The" inside a name, after a word that is no link word
    ("Meet The Fockers" keeps its own, "Wendy Ide of The Times" too), starts the body's name when the words before it
    are written again elsewhere in the document (the headline's "Manchester"); the headline's words are cut."""
    doc = cut.doc
    if not doc.has_annotation("SENT_START") or doc[cut.start].sent.start != 0:
        return True
    for i in range(cut.start + 1, cut.end - 1):
        if doc[i].text == "The" and doc[i - 1].is_alpha and doc[i - 1].lower_ not in HEADLINE_LINKS:
            before = tokens_text(doc, cut.start, i)
            if (cut.context.text or doc.text).count(before) >= 2:
                cut.start = i
            return True
    return True


def _drop_heading_words(cut: SpanCut) -> bool:
    """In a heading, a span of ordinary words only ("Invitation Details") is title case, not a name."""
    if cut.label not in FRAGMENT_TYPES or not cut.on_heading_line():
        return True
    return not all(cut.ordinary(t) or t.lower_ in FUNCTION_WORDS or not t.is_alpha
                   for t in cut.doc[cut.start:cut.end])


def _drop_capitalised_by_position(cut: SpanCut) -> bool:
    """A one-word PERSON or ORG that is an ordinary word is no name where only its position capitalises it
    (a heading, a sentence or line start: "Challenges persist"), unless the document also capitalises it
    inside a sentence ("… said Collins"); nor before an honorific or a kind noun and a name ("Entrepreneur Sir
    Richard Branson", "Computer giant IBM"). A product, work or event that is one ordinary word is no name at a
    sentence start, nor in the first sentence, where flattened news runs its headline into the body ("Karaoke goes
    online Karaoke fans can …"), when the document writes the word elsewhere too, but never with a capital inside a
    later sentence (a title named once, "a sculpture entitled Planet", stays)."""
    if cut.one_ordinary_word(("PRODUCT", "WORK_OF_ART", "EVENT")):
        word = cut.doc[cut.start].text
        if not word[0].isupper() or is_surname(word) or in_given_list(word):
            return True  # "iPods sold in France …": a capital inside a word is a maker's; "Cole faces …": a person's
        if not any(t.is_sent_start for t in cut.doc[1:cut.start + 1]):  # in the first sentence
            again = any(t.lower_ == word.lower() and t.i != cut.start for t in cut.doc)
            return not again or word in cut.context.capitalised_in_body
        return not _capitalised_by_position(cut) or word in cut.context.capitalised
    if not cut.one_ordinary_word(("PERSON", "ORG")):
        return True
    token = cut.doc[cut.start]
    following = cut.doc[cut.end] if cut.end < len(cut.doc) else None
    if following is not None and following.text in HONORIFICS:
        return False  # "Entrepreneur Sir Richard Branson": a role word before a titled name, the model's name
    after = cut.doc[cut.end + 1] if cut.end + 1 < len(cut.doc) else None
    if following is not None and following.is_lower and KIND_NOUNS.get(following.lower_) == "ORG" \
            and after is not None and after.text[:1].isupper() and not after.is_sent_start and not is_place(token.text):
        return False  # "Computer giant IBM", "Software giant Microsoft": a role phrase before the name
    return not _capitalised_by_position(cut) or token.text in cut.context.capitalised


def _drop_role_noun(cut: SpanCut) -> bool:
    """A one-word PERSON that is a noun for what a person does ("Screenwriter and producer Debra Hill", "Chancellor")
    is no name, wherever the model reads one: a person's kind noun, or a word ending in one after a word of its own
    ("screen|writer", "song|writer"). A surname or a given name that is such a noun stays ("Baker", "Prince"), and so
    does a word the document writes with a capital inside a sentence after the first (the body's "… said Prince"),
    since a flattened headline capitalises the first sentence's words."""
    if cut.end - cut.start != 1 or cut.label != "PERSON":
        return True
    token = cut.doc[cut.start]
    word = token.lower_
    if not (token.is_alpha and token.is_title) or is_surname(token.text) or in_given_list(token.text) \
            or token.text in cut.context.capitalised_in_body:
        return True
    return not (word in PERSON_NOUNS or any(word.endswith(noun) and len(noun) > 3 and len(word) - len(noun) > 2
                                            and is_common_word(word[:-len(noun)]) for noun in PERSON_NOUNS))


ROYAL_TITLES = frozenset(["queen", "king", "prince", "princess"])  # "the Queen": a monarch's title names her
# Person's nouns that name papers, shows, bands or films as often ("the Star reported", "The Host"): not offices.
NAMING_PERSON_NOUNS = frozenset(["star", "host", "hero", "champion", "critic", "guard", "pilot", "boy", "girl", "man",
                                 "woman", "friend", "partner", "teen", "teenager", "rookie", "veteran", "king"])
TITLE_AFTER_THE_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])


def _drop_title_after_the(cut: SpanCut) -> bool:
    """A one-word name that is a noun for a person's office or role, capitalised after "the" ("the Bishop said",
    "the Chancellor will …"), is that office written with a capital, a description of someone, no name: dropped,
    whatever the model typed (an organisation, at times), and though the word is a surname too. A monarch's title
    ("the Queen") is a name by use; a work's title ("The Pianist", the model's span holding "The") is left (s18c)."""
    if cut.end - cut.start != 1 or cut.start == 0 or cut.label not in TITLE_AFTER_THE_LABELS:
        return True
    token, previous = cut.doc[cut.start], cut.doc[cut.start - 1]
    word = token.lower_
    return not (previous.lower_ == "the" and token.is_alpha and token.is_title and word in PERSON_NOUNS
                and word not in ROYAL_TITLES and word not in NAMING_PERSON_NOUNS and KIND_NOUNS.get(word) == "PERSON")


def _capitalised_by_position(cut: SpanCut) -> bool:
    """Whether the cut's first word is on a heading line or starts a sentence or a line."""
    token = cut.doc[cut.start]
    previous = cut.doc[cut.start - 1] if cut.start > 0 else None
    return cut.on_heading_line() or token.is_sent_start or previous is None or "\n" in previous.text_with_ws


def _drop_word_written_lower(cut: SpanCut) -> bool:
    """A one-word name that is an ordinary word, which the document writes in lower case at least as often as with
    a capital inside a sentence, is that word ("the Tsunami" beside "the tsunami", "Music" in a run-on headline
    beside "music"): no name. Nationalities and the gazetteer's places are kept ("Turkey" beside "turkey")."""
    if cut.end - cut.start != 1 or cut.label == "NORP" or not _ordinary(cut.doc[cut.start]):
        return True
    word = cut.doc[cut.start].text
    lower = cut.context.lower_counts.get(word.lower(), 0)
    if not lower or lower < cut.context.capital_counts.get(word.lower(), 0) or is_place(word):
        return True
    return False


TITLE_LINKS = frozenset(["of", "for", "the", "a", "an", "and", "to", "on", "in"])
FRAGMENT_OF_TITLE_TYPES = frozenset(["ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"])


def _drop_title_fragment(cut: SpanCut) -> bool:
    """An ordinary word joined by small words to another capitalised ordinary word ("the Forum for the [Future]",
    "An Officer and a [Gentleman]", "[Stairway] to Heaven") is the end or start of a longer title the model cut: a
    fragment, dropped. Names joined so are lists, and stay ("Air Deccan and Kingfisher")."""
    doc = cut.doc
    if cut.end - cut.start != 1 or cut.label not in FRAGMENT_OF_TITLE_TYPES or not _ordinary(doc[cut.start]) \
            or is_place(doc[cut.start].text):  # "the Port of [Rotterdam]": a city the gazetteer knows is no fragment
        return True
    return not (_title_word_across(doc, cut.start, -1) or _title_word_across(doc, cut.start, 1))


PORTFOLIO_OFFICES = frozenset(["secretary", "minister", "commissioner", "spokesman", "spokeswoman", "spokesperson"])
PORTFOLIO_LINKS = frozenset(["and", "&", "for"])


def _drop_portfolio_before_office(cut: SpanCut) -> bool:
    """A name of ordinary words only right before a capitalised office that holds a portfolio ("Monetary Affairs
    Commissioner Joaquin Almunia", "Trade and Industry Secretary Patricia Hewitt", "Culture Secretary Chris Smith")
    is the portfolio, a part of the office's title, no organisation: dropped. A place, a people, an acronym or a
    name with a word that says it is an organisation stays ("German Chancellor", "US Treasury", "Home Office
    Minister", "Scottish National Party Justice Minister"), and so does a name with a place in it ("Church of
    Scotland Minister", "Wales Secretary": the lexicon lists such places as nouns too)."""
    doc = cut.doc
    if cut.label not in ("ORG", "NORP") or cut.end >= len(doc) or any(t.lower_ == "of" for t in doc[cut.start:cut.end]):
        return True  # the model's place ("Wales Secretary") stays, and so does "Church of Scotland Minister"
    office = doc[cut.end]
    words = [t for t in doc[cut.start:cut.end] if t.lower_ not in PORTFOLIO_LINKS and t.lower_ != "the"]
    if not (office.is_title and office.lower_ in PORTFOLIO_OFFICES) or not words:
        return True
    if not all(_ordinary(t) and not is_place(t.text) for t in words) or is_place(tokens_text(doc, cut.start, cut.end)) \
            or is_demonym(words[0].text) \
            or words[-1].lower_ in NAME_HEADS or words[-1].lower_ in ("party", "treasury"):
        return True
    return False


def _title_word_across(doc: Doc, i: int, step: int) -> bool:
    """Whether one or two small lower-case words away from ``doc[i]`` (before it for -1, after for 1) stands a
    capitalised ordinary word inside the sentence that the model read as no name."""
    j, links = i + step, 0
    while 0 <= j < len(doc) and links < 2 and doc[j].is_lower and doc[j].lower_ in TITLE_LINKS:
        j, links = j + step, links + 1
    if not links or not 0 <= j < len(doc):
        return False
    word = doc[j]  # not a name the model read itself: "Real Madrid, Barcelona and Valencia" is a list
    return word.is_title and _ordinary(word) and not word.ent_type_ and not word.is_sent_start \
        and "\n" not in word.text_with_ws


CAPITAL_PREFIXES = frozenset(["Non", "Anti", "Pro", "Ex", "Post", "Pre"])


def _drop_prefixed_name(cut: SpanCut) -> bool:
    """A name after a prefix and a hyphen ("their eight post-World Cup Tests", "non-Asian", "Non-EU exports") is an
    adjective made from a name, not a name, and so is a nationality's first half ("[Anglo]-American"): dropped."""
    doc = cut.doc
    first = doc[cut.start]
    prefixed = cut.end - cut.start > 2 and first.is_alpha and doc[cut.start + 1].text == "-" \
        and not first.whitespace_ and (first.is_lower or first.text in CAPITAL_PREFIXES)
    compound = cut.label == "NORP" and cut.end - cut.start == 1 and cut.end + 1 < len(doc) \
        and doc[cut.end].text == "-" and not first.whitespace_ and doc[cut.end + 1].is_title
    named = doc[cut.end - 1].lower_ in NAME_HEADS  # "the US Anti-Doping Agency" is a name
    return named or not (prefixed or compound)  # "Non-EU exports"; "Anglo" of "Anglo-American relations"


def _drop_acronym_of_common_words(cut: SpanCut) -> bool:
    """An acronym in brackets after the lower-case words it abbreviates ("its initial public offer (IPO)", "the
    gross domestic product (GDP)") is a common noun written short, no name: dropped, wherever the document writes it."""
    doc = cut.doc
    if cut.end - cut.start != 1 or not doc[cut.start].is_upper or not doc[cut.start].is_alpha:
        return True
    return doc[cut.start].text not in cut.context.common_acronyms


_OPENING_BRACKET = frozenset(["("])


def _common_acronyms(doc: Doc) -> set[str]:
    """The acronyms a document defines in brackets after lower-case words whose initials spell them."""
    found = set()
    for token in (doc[i] for i in tokens_among(doc, _OPENING_BRACKET, by_text=True)):
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1]
        if not (acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 6) or token.i < len(acronym):
            continue
        words = [t for t in doc[token.i - len(acronym):token.i]]
        if all(t.is_lower and t.is_alpha for t in words) and "".join(t.text[0] for t in words) == acronym.lower_:
            found.add(acronym.text)
    return found


def _drop_epithet(cut: SpanCut) -> bool:
    """An ordinary word after "the" right after a person's name ("William Pitt the [Younger]", "Alfred the
    [Great]") is the end of that person's name, no name of its own: dropped."""
    doc = cut.doc
    if cut.end - cut.start != 1 or cut.start < 2 or not _ordinary(doc[cut.start]) or cut.label == "PERSON":
        return True
    person = doc[cut.start - 2]  # "Pitt the Younger"; not "Mike Skinner - aka The Streets", a band
    return not (doc[cut.start - 1].lower_ == "the" and person.ent_type_ == "PERSON" and person.is_title)


def _drop_acronym_after_indefinite_article(cut: SpanCut) -> bool:
    """An acronym after "a" or "an" is a common noun written in capitals ("an MEP for the East Midlands", "a CEO"):
    no organisation is "an IBM"."""
    if cut.end - cut.start != 1 or cut.start == 0:
        return True
    token, previous = cut.doc[cut.start], cut.doc[cut.start - 1]
    return not (token.is_upper and token.is_alpha and previous.lower_ in ("a", "an"))


def _drop_person_after_article(cut: SpanCut) -> bool:
    """An ordinary word after an article is no person ("The Ministerial will …"),
    unless it qualifies a noun ("the Trump administration")."""
    if not cut.one_ordinary_word(("PERSON",)) or cut.start == 0:
        return True
    token, previous = cut.doc[cut.start], cut.doc[cut.start - 1]
    return previous.lower_ not in entity_words()["determiners"] or token.dep_ == "compound"


# The clean-up, in order: each step sees the span as the steps before it left it.
def _drop_name_only_in_a_heading(cut: SpanCut) -> bool:
    """A name on a title-case heading line that the document's body never writes is the headline's words the model
    read as a name ("Lohan Checks into Betty Ford, [Rehires] Attorney", "[Convicted Child Molestor] Arcade Joseph
    Comeaux Jr. On The Lam", "[Colts Top Jags To] Make Playoffs"): news names in its body whoever and whatever its
    headline names ("Betty Ford" is in the body's "Betty Ford Center")."""
    if not cut.context.body or not cut.on_heading_line():
        return True
    words = tokens_text(cut.doc, cut.start, cut.end).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return not words or " ".join(words) in cut.context.body


CLOCK_SUFFIXES = frozenset(["am", "pm", "a.m.", "p.m.", "m.", "a.m", "p.m"])


def _drop_time_zone(cut: SpanCut) -> bool:
    """A short word in capitals right after a clock time ("2: 21 pm BST", "at 10:00 am (0800 GMT)", "17:00 UTC", "at
    0400 GMT") is a time zone, no organisation."""
    doc = cut.doc
    token = doc[cut.start]
    if cut.end - cut.start != 1 or not (token.is_upper and token.is_alpha and 2 <= len(token) <= 5
                                        and (token.text.endswith("T") or token.text == "UTC")):
        return True  # zones end in T for "time" ("GMT", "EDT"): not "02:00 pm (CNA)", an agency's dateline
    i = cut.start - 1
    if i >= 0 and doc[i].text == "(":
        i -= 1
    if i < 0:
        return True
    before = doc[i]
    clock = before.lower_ in CLOCK_SUFFIXES or before.lower_.endswith(("am", "pm")) and before.text[:1].isdigit() \
        or ":" in before.text and before.text.replace(":", "").isdigit() \
        or before.is_digit and (i > 0 and doc[i - 1].text == ":" or _hhmm(before.text))
    return not clock


def _hhmm(text: str) -> bool:
    """Four digits that read as a 24-hour clock time ("0400", "1945", "2200"): news gives times before a zone so ("by
    0400 GMT", "kick-off 1500 GMT"); a year with minutes past 59 ("1999 GMT") cannot be one."""
    return len(text) == 4 and text.isdigit() and int(text[:2]) <= 24 and int(text[2:]) <= 59


CLEAN_STEPS: tuple[Step, ...] = (
    _trim_punctuation,
    _drop_run_on,
    _cut_at_titles,
    _cut_at_brackets,
    _cut_at_of_a_date,
    _cut_at_spaced_dash,
    _cut_at_comma,
    _take_in_left_names,
    _take_in_rest_of_a_longer_name,
    _take_in_first_name,
    _take_in_surname_after_initials,
    _cut_leading_participle,
    _cut_leading_lower_words,
    _cut_leading_adverb,
    _cut_leading_role_word,
    _cut_leading_demonym,
    _cut_leading_indirect_object,
    _cut_leading_modifier,
    _cut_leading_office,
    _drop_member_word_before_a_person,
    _take_in_capitalised_word,
    _take_in_capitalised_head,
    _take_in_right_names,
    _take_in_name_particles,
    _cut_trailing_title,
    _cut_trailing_score,
    _take_in_linked_words,
    _take_in_front_head,
    _take_in_nationality,
    _cut_trailing_demonym,
    _take_in_country_before_a_party,
    _take_in_kind_word,
    _cut_trailing_words,
    _cut_headline_verb,
    _cut_headline_before_the,
    _drop_heading_words,
    _drop_capitalised_by_position,
    _drop_role_noun,
    _drop_title_after_the,
    _drop_word_written_lower,
    _drop_title_fragment,
    _drop_portfolio_before_office,
    _drop_prefixed_name,
    _drop_acronym_of_common_words,
    _drop_epithet,
    _drop_acronym_after_indefinite_article,
    _drop_person_after_article,
    _drop_name_only_in_a_heading,
    _drop_time_zone,
)


def clean_span(ent: Span, context: DocContext) -> tuple[int, int] | None:
    """The token range [start, end) of ``ent`` worth keeping, or None: ``CLEAN_STEPS`` in turn."""
    cut = clean_cut(ent, context)
    return (cut.start, cut.end) if cut else None


def clean_cut(ent: Span, context: DocContext) -> SpanCut | None:
    """``ent`` after ``CLEAN_STEPS``: its kept range and its label (a step may retype a fragment it completes)."""
    cut = SpanCut(ent.doc, ent.label_, ent.start, ent.end, context)
    for step in CLEAN_STEPS:
        if not step(cut):
            return None
    return cut if cut.end > cut.start else None


def _chunk_end(doc: Doc, start: int, end: int) -> int:
    """The end of the proper-noun chunk a name ending at ``end`` belongs to.

    The name goes on while its last word points past it: a link word ("of", "and",
    then "the" at most) before a capitalised word, or a modifier whose head is a
    capitalised word a few words on with only capitalised words between. It never
    runs into an office title, another kind of name, or a new line.
    """
    while end < len(doc):
        last = doc[end - 1]
        if "\n" in last.whitespace_:
            break
        if last.lower_ in LINK_WORDS:
            target = end + 1 if doc[end].lower_ == "the" and last.lower_ != "the" else end
        elif last.dep_ in ("compound", "amod") and end <= last.head.i <= end + 2 and all(
                t.pos_ == "PROPN" and not _ordinary(t) for t in doc[end:last.head.i + 1]):
            target = last.head.i  # proper nouns only: "China's Lenovo" + headline "Profits" is no name
        else:
            break
        after_link = last.lower_ in LINK_WORDS
        if target >= len(doc) or not all(_continues_name(t, doc[end - 1], after_link) for t in doc[end:target + 1]
                                          if t.lower_ != "the"):
            break
        end = target + 1
    return end


def _continues_name(token: Token, last: Token, after_link: bool) -> bool:
    """A word after a name that can be part of it: a capitalised word, not a title, and not in another name the
    model found ("Commissioner Joaquin Almunia" after "Monetary Affairs"), unless a link word ("of") leads to it."""
    in_other_name = bool(token.ent_type_) and not (last.ent_type_ and token.ent_iob_ == "I")
    return _name_word(token) and (after_link or not in_other_name) and token.lower_ not in person_titles() \
        and token.lower_ not in title_phrases()


def _name_word(token: Token) -> bool:
    """A word that continues a name: capitalised letters, not a sentence start, not a date."""
    return (token.is_alpha and token.text[0].isupper() and not token.is_sent_start
            and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"))


def _extend_left(doc: Doc, start: int, context: DocContext) -> int:
    """Take in capitalised proper nouns compounded with a name that spaCy left out ("Pax Silica")."""
    while start > 0:
        before = doc[start - 1]
        if not (before.pos_ == "PROPN" and before.is_title and before.is_alpha and not before.is_sent_start
                and before.ent_type_ == "" and "\n" not in before.text_with_ws and before.dep_ == "compound"
                and before.head.i >= start and before.lower_ not in title_phrases()
                and not any(i <= before.i < j for i, j in context.titles)):
            break
        start -= 1
    return start


def after_score(doc: Doc, i: int) -> bool:
    """Whether a match score ends right before token ``i`` ("0-2", or "0", "-", "2")."""
    return i > 0 and (SCORE.match(doc[i - 1].text) is not None or (i >= 3 and score_at(doc, i - 3)))


def _ordinary(token) -> bool:
    """An ordinary English word written as in a title (not an acronym, not a name)."""
    return token.is_alpha and not token.is_upper and is_common_word(token.text)
