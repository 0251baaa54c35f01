"""Event dates: which day, range or bound the text supports for an event (DESIGN.md, Dates).

The entry point is ``DocumentDating``, made once per document and asked for each
event in the order of its sentences, so it can carry what the discourse says
from one sentence to the next.

An event takes the time expression that governs it in its own clause
(``timex``): one reached from the trigger without crossing into another clause,
so "Hudson's Bay said it will redeem the shares on Oct. 31" dates the redemption,
not the statement. Without one, the discourse dates it (``date_rules``: the
passage's current date, the publication day where tense and position make it the
day of the report, else a bound on the publication date), and no event gets a day
the text does not support. Three readings of the whole document refine that: a
daily paper told from the day before ("yesterday", ``_reported_next_day``) dates
its lede by that day, not by publication; a happening named again without its date
takes its dated mention's (``named_twice``); and once the story has moved on, what
its people did later is bounded by the story's day (``_up_to_the_story``).

What the class asks of a sentence on the way lives in files of their own, one question each:

- ``own_time``: the time expression of the event's own clause, over ``clauses`` (the parse's clauses),
  ``noun_times`` (a time on a noun), ``comparisons`` (a time of an amount compared with), ``statements`` (a
  reporting verb's speaker, medium and day), ``results`` and ``markets`` (a period's results, a day's trading),
  ``perfects`` (what a perfect tells) and ``no_happening`` (what happened on no day);
- ``other_clauses``: a time another clause or sentence gives; ``beside_a_happening`` and ``acted_on``: a
  happening the clause names before, after or at it, or acts on;
- ``passage_day``: whether a sentence goes on at its passage's day; ``report_day``: the date line and the days an
  article names; ``date_values``: tests of a date's values alone.

The discourse's own rules, shared with the replay of a corrected publication date, are ``date_rules``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Doc, Span, Token

from explorer.core.document import Document
from explorer.core.extract.events.date_rules import (
    CALENDAR_VALUE, ISO_DAY, LEDE_SENTENCES, PERIOD_VALUE, REPORTING_LEMMAS, Dating,
    EventFacts, Ledes, Passages, Periods, Story,
    a_saying, counted_on, dateline, discourse_date, for_a_later_time, from_the_dateline, on_or_after_a_happening,
    own_date, perfect_aspect, time_signal, writes_a_date, counted_from_a_day, by_publication,
)
from explorer.core.extract.events.timed_verbs import another_words_time
from explorer.core.extract.events.aside import dates_outside_asides
from explorer.core.extract.events.between import from_one_time_to_another
from explorer.core.extract.events.cleft import clefted_time
from explorer.core.extract.events.effective import on_taking_effect
from explorer.core.extract.events.fronted import after_a_fronted_participle
from explorer.core.extract.events.lasting import within_a_stretch
from explorer.core.extract.events.lines import trimmed
from explorer.core.extract.events.named_twice import (
    GATHERING_NOUNS,
    REPORTING_NOUNS, NamedHappenings, _can_recur, _definite, _of_a_new_one, clock_alone,
    names_a_statement, one_action, scene_nouns,
)
from explorer.core.extract.events.occasion import MEETING_NOUNS, in_a_dated_occasion
from explorer.core.extract.events.said_now import about_to_do_now, later_in_the_broadcast
from explorer.core.extract.events.scheduled import SCHEDULING_LEMMAS, at_a_scheduled_happening
from explorer.core.extract.events.series import series_time
from explorer.core.extract.events.simultaneous import at_the_same_time
from explorer.core.extract.events.timed_by_a_clause import timed_by_an_undated_happening
from explorer.core.extract.events.told_again import told_again_on_a_day
from explorer.core.extract.events.same_moment import at_heads_time, for_heads_time, moment_clause_head, purpose_head
from explorer.core.extract.events.when_named import at_the_time_named
from explorer.core.extract.events.after_what_it_tells import after_the_time_it_tells
from explorer.core.extract.events.acted_on import (
    FORESEEING_LEMMAS, STIRRING_LEMMAS, acted_on, acted_on_by_its_purpose, after_its_dated_object, answered,
    reviews_a_happening, told_of_a_happening,
)
from explorer.core.extract.events.beside_a_happening import (
    AFTER_WORDS, BEFORE_WORDS, HARM_LEMMAS, a_lost_after_clause, after, at_a_moment_dated_by_its_clause,
    before_a_dated_happening, before_the_clause_told_next, days_later, days_on, happenings_beside, harm_subject, side_of_a_happening,
)
from explorer.core.extract.events.clauses import SIMULTANEOUS_MARKS, has_subject, in_clause_of, subordinate
from explorer.core.extract.events.comparisons import a_compared_level, in_comparison, period_of_its_comparison
from explorer.core.extract.events.date_values import (
    a_single_day, by_a_deadline, done_by_publication, only_an_upper_bound, reference, still_to_come,
)
from explorer.core.extract.events.markets import a_days_trading, a_markets_move, a_stock_move
from explorer.core.extract.events.no_happening import (
    a_condition, a_condition_word, a_participle_of_a_noun, a_possibility, an_imperative, an_infinitive_of_a_word,
    an_obligation, an_option, describes, free_choice, habitual, hypothetical, intended, negated, not_wanted, ordered,
    orders_two_happenings, presents_what_follows, prevented, prompted_to,
)
from explorer.core.extract.events.noun_times import (
    a_happening, for_a_happening_then, in_an_infinitive_to_come, modifies_a_noun, of_what_it_holds, own_noun_date,
    whose_held_thing,
)
from explorer.core.extract.events.other_clauses import (
    LATER_WORDS, OCCURRING_LEMMAS, before_what_follows, before_what_it_set_runs_out, by_saying_on_a_day, follows_it,
    gapped_time, sentences_after, the_one_day_told, told_after_its_conjunct, when_this_happens,
)
from explorer.core.extract.events.own_time import chosen_times, governing
from explorer.core.extract.events.passage_day import (
    a_states_day, describes_under_a_present, in_a_named_era, names_the_subject, over_long_stretches, takes_place,
    told_as_earlier,
)
from explorer.core.extract.events.perfects import (
    lasted_up_to_now, over_the_past_few, reported_as_of_the_telling, shares_auxiliaries, tried,
)
from explorer.core.extract.events.report_day import (
    a_past_verbs_own_day, date_line, dates_a_past_verb, names_a_day_anywhere, names_the_day,
)
from explorer.core.extract.events.results import (
    a_closed_period_told_later, a_forecasts_period, a_year_back, expects_a_result, in_a_fiscal_period, keeps_a_level_for,
    months_of,
    of_a_result, of_the_year_before, stretch_ended_on, subject_names, told_by_its_end,
)
from explorer.core.extract.events.statements import (
    NEWS_LEMMAS, RELAYING_LEMMAS, SPEAKING_OUT_LEMMAS, a_name, a_statement_told_again, after_the_news_it_tells,
    attributed_after, before_a_present_statement, days_told, done_by_a_document_of_a_day, held_when_said,
    in_a_document, in_announcing, named_subject, per_a_dated_source, relays, reporter_before, reports_a_periods_result, speaker,
    speaker_name, speaks_out, states, takes_the_stand,
)
from explorer.core.extract.rows import BatchMention
from explorer.core.model import TimexRow

# what a release's numbers do ("The figures showed …"): tell what the report told, on its day
SHOWING_LEMMAS = frozenset({"show", "indicate", "suggest", "reveal"})
DATA_NOUNS = frozenset({"figure", "data", "report", "statistic", "survey", "number", "study", "poll", "estimate"})
# verbs of a standing held over time ("heads a team", "requires the company to …", "reflect a stock dividend"):
# in the present, true at the telling, whatever closed time their objects carry
STANDING_LEMMAS = {"head", "lead", "chair", "run", "own", "oversee", "represent", "require", "reflect", "employ",
                   "control", "direct", "manage", "govern"}
QUOTED_BACK = 4  # sentences of one quotation looked back over to the statement that opened it
# what a happening brought about afterwards ("the shooting prompted protests"), not what it did on its day
CONSEQUENCE_LEMMAS = {"lead", "prompt", "spark", "trigger", "cause", "provoke", "fuel", "spur", "force", "result",
                      "bring", "follow", "inspire", "touch", "set", "drive", "produce", "generate"}
# the words that name a day from the report's own: the day before it, or its own
REPORTS_DAY = re.compile(r"\b(?:yesterday|last night|today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
PLACE_TYPES = {"GPE", "LOC", "FAC"}  # where something happened: no actor whose story a passage follows
SCENE_SENTENCES = 1  # the sentences after the lede that go on telling its scene (a statement's matter there too)
# verbs of talking that are no report of what was said ("He talked about …", "She spoke of …"): a person's talk
TALKING_LEMMAS = {"talk", "speak", "discuss", "describe", "outline", "detail", "elaborate", "joke", "quip", "boast",
                  "thank", "apologize", "apologise", "praise", "mention"}
# every verb of a statement, for the speaker's one day ("called the sale a 'significant step'")
STATEMENT_LEMMAS = REPORTING_LEMMAS | SPEAKING_OUT_LEMMAS | TALKING_LEMMAS | {"call"}
# what an act is done "during" besides happening nouns: a gathering, a meeting, a court case
LASTING_SCENE_NOUNS = MEETING_NOUNS | GATHERING_NOUNS | {"case"}
DEMONSTRATIVES = {"that", "this", "these", "those"}
# what a presenter does at an occasion: speaks of, shows or calls something (the lede's presenter's acts, undated,
# go on at the story's one day: ``_up_to_the_story``)
# (not a judgement of someone, "praised the river commission": told after the story moved on, it may be of any day)
PRESENTING_LEMMAS = {"show", "demo", "demonstrate", "present", "unveil", "introduce", "call", "describe", "display",
                     "tout", "outline", "detail", "reveal"}
AFTERWARDS_WORDS = LATER_WORDS - {"then"}  # "then" goes on with the scene ("he then said"), the others leave it


def _a_later_time_of_what_it_holds(sentence: Span, trigger: Token, own: TimexRow, published: str) -> bool:
    """"Anheuser said it continues to hold to its earlier-announced goal of a 50% U.S. market share by the mid-1990s"
    (EN#38, wrong at the mid-1990s): a time to come inside what a present verb holds is the held thing's (the goal's);
    the holding is at the telling. Not a schedule's, active or passive ("is slated for a U.S. release on June 24": the
    slated release's day), nor a progressive's plan ("is cutting 200 jobs for next year": next year's)."""
    return bool(own["date_start"]) and bool(published) and own["date_start"] > published \
        and trigger.lemma_.lower() not in SCHEDULING_LEMMAS and trigger.tag_ != "VBG" \
        and not any(c.dep_ == "auxpass" for c in trigger.children) and of_what_it_holds(sentence, trigger, own)


class DocumentDating:
    """Dates the events of one document, sentence after sentence.

    ``timexes``: all the document's time expressions, so a date in a sentence
    without an event, or a section heading, can set the passage's date; without
    them, only those of the sentences asked about so far count.
    """

    def __init__(self, document: Document, timexes: list[TimexRow] | None = None) -> None:
        self.document = document
        self._given = timexes is not None
        self._timexes: dict[str, TimexRow] = {t["timex_id"]: t for t in timexes or []}
        # the document's expressions, given, name no single day anywhere (read once, not for each event)
        self._no_day_named = self._given and not names_a_day_anywhere(list(self._timexes.values()))
        # an undated article's own date line ("Friday August 2, 2013 @ 8:13am PDT" under its headline) is the day
        # it reports from, as a publication date is: its past is on or before it, its statements of that day
        self._line = None if document.published or not timexes else date_line(document.text, timexes)
        self.published = document.published or (self._line["date_start"] if self._line else "")
        self._passages = Passages(document.text, list(self._timexes.values()), self.published)
        self._ledes = Ledes()
        self._story = Story()
        self._periods = Periods(document.text, list(self._timexes.values()), self.published)
        self._compared: set[str] = set()  # time expressions of amounts compared with ("up from $10 million a year ago")
        self._keys: dict[str, str] = {}  # mention id -> the word that names its actor alike across mentions
        self._places: set[str] = set()  # mention ids of places
        self._persons: set[str] = set()  # mention ids of people
        self._lede_speakers: set[str] = set()  # the people who made the lede's statement ("Castro said Friday")
        # mention id -> the words of its key ("unisys corp" for "Unisys", "the company" resolved to it): whom a
        # speaker is, to meet the names a dated reporting noun is told with (``_statement_named``)
        self._key_words: dict[str, frozenset[str]] = {}
        self._sentence = -1
        self._dated: dict[int, Dating] = {}  # the current sentence's datings by trigger token
        self._before: dict[int, Dating] = {}  # the previous sentence's (its main event's first)
        self._to_come: list[tuple[str, Dating]] = []  # future acts dated by their own time, in text order
        self._sessions: list[Dating] = []  # trading sessions the text dates by their own day, in text order
        # who and where the lede tells of, when its day is set by its position (the story then follows them only)
        self._lede_actors: set[str] = set()
        self._lede_places: set[str] = set()
        self._lede_start = -1  # the offset of the last lede sentence whose main event was asked about
        # the first lede sentence's main event was told in the perfect with no day ("The mayor of Moscow has allocated
        # funds …"): its news has no day, so the lede's next sentence is not dated by its position either
        self._lede_in_the_perfect = False
        self._here: list[tuple[int, str]] = []  # the places the current sentence names: (offset, key)
        self._spans: list[tuple[int, str]] = []  # the current sentence's mentions: (offset, mention id)
        self._named: NamedHappenings | None = None  # the document's dated mentions of happenings (made at the first event)
        self._yesterdays: list[TimexRow] | None = None  # the day before publication, where the article is told from it
        self._weekend: Dating | tuple[()] | None = None  # Friday to Sunday, where a Monday paper tells Friday's news
        self._documented: set[str] | None = None  # proper names of who the article quotes from an undated document
        self._statements_day: TimexRow | None = None  # the one day the article's statements are told on
        self._statements_read = False
        self._statements_dated: list[tuple[Token, TimexRow]] | None = None  # its "said"s dated to a day by their clause
        self._speakers_days: dict[str, dict[str, TimexRow]] | None = None  # a named speaker's dated statements' days
        # the same for every verb of saying ("Apple announced this morning"): whose statement a reaction answers
        self._reporters_days: dict[str, dict[str, TimexRow]] | None = None
        # "WARSAW, February 26 (Xinhua) --" over a February 27 paper: the day the story is reported from
        self._dateline = dateline(document.text, timexes, document.published) if timexes and document.published \
            else None

    def know(self, mentions: list[BatchMention]) -> None:
        """Learn the mentions of a sentence, so an event's actors can be compared with the passage's."""
        self._keys.update((m["mention_id"], actor_key(m)) for m in mentions)
        self._key_words.update((m["mention_id"], frozenset((m.get("key") or m["text"]).lower().split()))
                               for m in mentions)
        self._places.update(m["mention_id"] for m in mentions if m["type"] in PLACE_TYPES)
        self._persons.update(m["mention_id"] for m in mentions if m["type"] == "PERSON")
        self._here = [(m["start"], actor_key(m)) for m in mentions if m["type"] in PLACE_TYPES and actor_key(m)]
        self._spans = [(m["start"], m["mention_id"]) for m in mentions]

    @staticmethod
    def _of_its_nouns(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> set[str]:
        """The ids of the sentence's times told of a noun of the result's clause, through a participle's phrase if
        need be ("was hurt by high financing costs associated with the company's buy-out of a 50% stake … last June",
        DF#37 vague: the buy-out's), which tell no other reporting period than the one the result is carried in. Not
        a time of another verb's clause ("…, but shares rose 6 pence … yesterday"): the telling moved to that day."""
        def of_a_noun(node: Token) -> bool:
            nouns = False
            while node.i != trigger.i and node.head.i != node.i:
                if node.pos_ in ("VERB", "AUX") and node.dep_ != "acl":
                    return False
                nouns = nouns or (node.pos_ in ("NOUN", "PROPN")
                                  and node.head.pos_ in ("NOUN", "PROPN", "ADP", "VERB"))
                node = node.head
            return node.i == trigger.i and nouns
        spans = ((t, sentence.doc.char_span(t["start"], t["end"], alignment_mode="expand")) for t in timexes)
        return {t["timex_id"] for t, span in spans if span is not None and not in_clause_of(span.root, trigger)
                and of_a_noun(span.root)}

    def _made_then(self, sentence: Span, trigger: Token, own: TimexRow, start: int) -> None:
        """"the department is still considering a request last week from Elian's father, Juan Miguel Gonzalez" /
        "Juan Miguel Gonzalez objected to the media access to Elian" (CS#50, AV#39, CA#29, CD#25, CM#50, DB: vague
        six times, left on or before publication): the dated thing a present verb acts on was made by whom its "from"
        or "by" phrase names, so what they go on to do in the passage, with no time of its own, is told of that time
        — it sets the passage's date for them, as a verb of theirs dated by it would."""
        makers = {t.idx for t in whose_held_thing(sentence, trigger, own)}
        who = self._actors([mention for offset, mention in self._spans if offset in makers], places=False)
        if who:
            self._passages.told((own["date_start"], own["date_end"], "timex", own["timex_id"]), who, offset=start,
                                made=own)

    def event_date(self, sentence: Span, trigger: Token, tense: str,
                   timexes: list[TimexRow], agents: list[str] | None = None,
                   participants: list[str] | None = None) -> Dating:
        """(date_start, date_end, date_basis, timex_id) for the event that ``trigger`` names.

        ``agents`` and ``participants``: mention ids (None: not known). A sentence continues a passage
        unless who acts in it is known and all others than who took part in the passage's events
        (its agents, else its participants): a sentence whose actor the parse did not find carries on.
        """
        start = trimmed(sentence)[0]
        if intended(trigger):
            tense = "future"
        published = self.published
        if start != self._sentence:
            self._sentence, self._before, self._dated = start, self._dated, {}
            self._clause_dates(sentence, timexes, published)
        if a_participle_of_a_noun(trigger) or an_imperative(trigger) or presents_what_follows(trigger) \
                or a_condition_word(trigger):
            # "Now …, get set for oil prices to fall": advice to the reader, whatever time ("Now") it names;
            # "Following are statements …": the text announcing its own next part; "… provided the border
            # is secured": a conjunction, the condition's word, not a providing
            return "", "", "none", ""
        in_lede = self._ledes.main_of_lede(start, self._passages.paragraph_start(start))
        if in_lede and self._lede_in_the_perfect and start != self._lede_start:
            in_lede = False  # "… has allocated funds to help build a museum in honor of Mikhail Kalashnikov" /
            # "Kalashnikov designed the AK-47 automatic rifle" (EG#10, wrong at the publication day): background
        own = governing(sentence, trigger, timexes)
        if own is None:
            own = gapped_time(sentence, trigger, timexes)
        clefted = own is None and (own := clefted_time(sentence, trigger, timexes)) is not None
        if own is None and tense == "past":
            own = series_time(sentence, trigger, timexes, governing)  # "…, A fell 2% in May; B rose 1%"
        if own is not None and tense == "present" and own["date_end"] and published and own["date_end"] < published \
                and of_what_it_holds(sentence, trigger, own):
            # "the department is still considering a request last week from Elian's father" (BP#22, wrong): a past
            # time inside what a present verb acts on is that thing's; the present is of the telling
            self._made_then(sentence, trigger, own, start)
            own = None
        if own is not None and tense == "present" and _a_later_time_of_what_it_holds(sentence, trigger, own, published):
            own = None  # "continues to hold to its … goal of a 50% U.S. market share by the mid-1990s": the goal's
        if own is not None and tense == "present" and trigger.tag_ in ("VBZ", "VBP") and published \
                and trigger.lemma_.lower() in STANDING_LEMMAS and own["date_end"] and own["date_end"] < published:
            # "White heads a team that is investigating … the bombings which killed 224 people … on Aug. 7, 1998":
            # a standing told in the present holds at the telling; a closed past time the parse hangs on it is the
            # time of something inside what it stands in (the bombings), not when it holds
            own = None
        if own is not None and tense == "present" and trigger.tag_ in ("VBZ", "VBP") and trigger.dep_ == "conj" \
                and trigger.head.tag_ in ("VBD", "VBN") and own["start"] < trigger.left_edge.idx:
            # "iOS 4 was first introduced by Apple in April, and includes multitasking" (CD#8, too precise): a
            # present joined to a past verb turns to the telling; the past verb's time is not its own
            own = None
        if own is not None and tense == "past" and clock_alone(own):
            # "Slepian … was shot to death at 10 p.m.": the expressions put a time of day written alone on the
            # paper's day, but it names no day; the past happening is dated as one without a time of its own (the
            # passage's day, the same happening told elsewhere with its day, else on or before publication)
            own = None
        between = from_one_time_to_another(sentence, trigger, timexes) if tense == "past" else None
        if between is not None and (not published or between[1] <= published):
            return between  # "jumped from fewer than 100,000 in 1980 to more than 300,000 last year"
        if own is None and tense == "future":
            own = period_of_its_comparison(sentence, trigger, timexes, published)
        if own is None and tense == "future":
            own = told_after_its_conjunct(sentence, trigger, timexes, published)  # "obtain … and complete … by year-end"
        if own is not None and in_an_infinitive_to_come(sentence, trigger, own, tense, published):
            own = None  # "pledge to participate in … protests this summer": the summer's protests are to come
        if own is not None and for_a_happening_then(sentence, trigger, own, tense):
            self._story.writes(own)  # the telling has moved on to the mission's December all the same
            own = None  # "will be named commander … for a mission in December": the mission's month
        if own is not None and (expects_a_result(trigger, tense) or keeps_a_level_for(sentence, trigger, own, tense)
                                or a_forecasts_period(sentence, trigger, own, tense)):
            own = None  # "expects … growth next year": next year is the growth's; the expecting is of today
        if own is not None and self._a_past_time_of_what_is_to_come(trigger, tense, own):
            # "said Friday it would investigate the genocide … in Rwanda in 1994": the genocide's year, which the
            # passage goes on telling ("The assassination touched off a murderous rampage")
            self._passages.told((own["date_start"], own["date_end"], "timex", own["timex_id"]),
                                self._actors(agents) or self._actors(participants, places=False),
                                sets=trigger.dep_ not in ("relcl", "acl"),
                                offset=start if trigger.dep_ in ("ROOT", "conj") else -1)
            own = None
        if own is not None and a_closed_period_told_later(trigger, tense, own, published):
            own = None  # "will report a write-off … for its fourth quarter ended yesterday": the quarter's, not the report's
        closed = closed_by = ""  # the end of a period whose result the event reports, told before the verb
        if own is not None and reports_a_periods_result(sentence, trigger, own):
            # "reported sales … for the quarter ended Sept. 29": the quarter is the sales', not the report's;
            # "For the quarter a year ago, Columbia reported earnings": the report came after that quarter closed
            closed, closed_by = (own["date_end"], own["timex_id"]) if own["start"] < trigger.idx else ("", "")
            own = None
        if own is not None and before_a_present_statement(trigger, tense, own, published):
            own = None  # "With the finding of a rifle 11 days ago, the authorities say": the finding's time
        perfect = perfect_aspect(self.document.text[start:trigger.idx], trigger.idx - start)
        if not perfect and (shares_auxiliaries(trigger) or tried(trigger, tense)):  # "had moved troops … and said
            perfect = perfect_aspect(self.document.text[start:trigger.head.idx], trigger.head.idx - start)  # it would"
        signal = time_signal(self.document.text, own["start"]) if own is not None else ""
        if own is not None and follows_it(trigger, own):
            signal = "since"
        if clefted and signal == "not until":
            signal = ""  # "It was not until Tuesday that Castro revealed": on Tuesday, the day the cleft focuses
        if own is not None and not signal:
            signal = side_of_a_happening(sentence, own)
        if own is not None and perfect == "modal" and reference(own) \
                and not any(c.tag_ == "MD" and c.lower_ in ("can", "ca") for c in trigger.children):
            # "for now, everyone should be searching …": what should be, not a happening of now ("for now, employees
            # can offer only emergency service" is what they are able to do now: a state, left as it was)
            own = None
        dated = own_date(own, published, perfect, signal) if own is not None else None
        if own is not None and signal in ("before", "after"):  # "The day before last Tuesday's hearing": Monday
            dated = counted_from_a_day(self.document.text, own) or dated
        if own is not None and tense == "past" and not perfect:  # "For the six months ended Aug. 12, Provigo posted"
            dated = told_by_its_end(stretch_ended_on(sentence, trigger, timexes, published), own) or dated
        dated = after_a_fronted_participle(sentence, trigger, own, perfect, dated, published)  # "Rescued on Nov. 25, …"
        dated = at_the_time_named(sentence, trigger, own, timexes, published, perfect) or dated  # "in 1968, when …"
        if dated is None and own is None and tense == "past":
            dated = self._counted_on(sentence, timexes, published)
        if dated is None and tense == "past" and not perfect:
            dated = stretch_ended_on(sentence, trigger, timexes, published)
        if dated is not None and tense == "future" and dated[2] == "dct":  # "will now proceed": from now on
            dated = (published, "", "bounded", dated[3])
        if own is not None:  # "planned a demonstration on Saturday" in a Friday paper: the planning came before
            dated = for_a_later_time(tense, trigger.lemma_.lower(), dated, published,
                                     self.document.text[start:trigger.idx]) or dated
        dated = by_a_deadline(tense, dated, published)
        if dated is not None:  # "For the past few weeks we've been subjected to …", said Thursday: up to Thursday
            dated = over_the_past_few(sentence, trigger, dated, timexes, perfect)
        # "Eight trading days after Oct. 12, … the Nasdaq Composite had fallen 4.3%" (AO#29), "fled just after the
        # Communist takeover in 1948": a happening told done (simple past, past perfect) is over by publication, so
        # a start from its time has publication for an end; so has a present perfect ("has gained since Tuesday",
        # "have been killed since 1985", BQ#12: what went on up to the telling — after it the text knows nothing,
        # and an open end read as vague). Closed last: the passage and the story record
        # the expression's dating ("McBride … later served … in October 1984. Farkas expressed …" still tells of
        # someone else in the passage of October 1984)
        open_ended = dated if own is not None and done_by_publication(tense, perfect, dated, published) \
            and not negated(trigger, tense) else None
        if self._line is not None and own is not None and not own["date_start"] and not reference(own):
            # "late Thursday" in an undated article: its day is not known from a date line, only its side
            dated = ("", published, "bounded", own["timex_id"]) if tense == "past" and not perfect else \
                ("", "", "none", own["timex_id"])
        if tense == "past" and published and in_a_fiscal_period(sentence, trigger, timexes):
            dated = ("", published, "bounded", "")  # "soared 33% in the fiscal first quarter": months unknown
        if closed and tense == "past" and published and closed <= published:
            dated = on_or_after_a_happening(closed, published, closed_by)  # the replay moves it alike
        if orders_two_happenings(trigger, tense):  # "The warning … follows two decisions … last June": June is theirs
            dated = ("", "", "none", "")
        if dated is None and (describes(trigger) or hypothetical(trigger, tense) or negated(trigger, tense)
                              or ordered(trigger, tense) or an_obligation(trigger, tense)
                              or a_possibility(trigger, tense) or an_option(trigger)
                              or an_infinitive_of_a_word(trigger, tense) or not_wanted(trigger)
                              or prevented(trigger) or prompted_to(trigger) or a_condition(trigger, tense)
                              or free_choice(trigger, tense)
                              or (not perfect and habitual(sentence, trigger, tense, timexes))):
            dated = ("", "", "none", "")
        who = self._actors(agents)
        lemma = trigger.lemma_.lower()
        aside_only = False  # every date the sentence writes is in a "who" aside: it reads the passage, sets none
        if dated is None:
            # "The index shed 47.3 points …, down 4.5% from the previous Friday and 6.8% from Oct. 13": the days
            # date the levels the fall is measured from, not the fall, which goes on telling the day's market (CE#34)
            own_times = [t for t in timexes if not a_compared_level(sentence, t, trigger)]
            written = writes_a_date(own_times, sentence.start_char, sentence.end_char)
            elsewhere = written and dates_outside_asides(sentence, trigger, own_times)
            aside_only = written and not elsewhere
            relayed = self._relayed_by(trigger)
            facts = EventFacts(tense, lemma, perfect, in_lede, elsewhere, subordinate(trigger),
                               relayed[1] if relayed else "", relayed[3] if relayed else "", states(trigger),
                               dates_only_in_asides=aside_only)
            dated = self._periods.carried(facts, start, sentence.end_char, months_of(sentence, trigger, timexes),
                                          self._compared | self._of_its_nouns(sentence, trigger, timexes),
                                          subject_names(trigger)) if of_a_result(trigger) else None
            if dated is not None and of_the_year_before(sentence, trigger, timexes, self._compared):
                dated = a_year_back(dated)  # "Net for the year-earlier nine months also included a gain"
            if dated is None and tense == "past" and published and (in_a_named_era(trigger)
                                                                   or over_long_stretches(trigger)):
                dated = ("", published, "bounded", "")  # "during the Truman presidency": its own time, not the passage's
            if dated is None and tense == "past" and perfect in ("", "past"):  # "had indicated … in remarks made …"
                dated = in_a_dated_occasion(trigger, timexes, published)  # "In Sunday's debate, Spitzer attacked"
            if dated is None:
                narrative = self._passages_so_far(timexes).current(start, who)
                story = None if told_of_a_happening(trigger) else self._story.carried()
                if story is not None and story[2] == "dct" and subordinate(trigger):
                    story = None  # a lede dated by position: only main clauses go on telling it
                elif story is not None and story[2] == "dct" and not (lemma in REPORTING_LEMMAS and states(trigger)) \
                        and not self._keeps_the_lede(trigger, agents, participants):
                    story = None  # … of its people at its place; once the telling leaves them, it does not come back
                    self._story.leave()
                # after a statement lede ("Castro said Friday …"), what the person who spoke goes on doing ("He placed
                # the blame on …", "Freeh flew to Washington immediately after the press conference") is told of the
                # statement's occasion and keeps its day; others' happenings ("The gun was sent to the FBI laboratory"),
                # and a company's ("Danube said Friday …" / "The company closed two yards": a release, no occasion),
                # are only bounded by it; nor is what the statement itself did ("Castro's remarks … were aimed at")
                said = self._story.said and not (who and who & self._lede_speakers) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in REPORTING_NOUNS for c in trigger.children)
                if describes_under_a_present(trigger):
                    narrative = story = None  # "terrorist groups that opposed Iraq in its war with Iran show signs … now"
                dated = discourse_date(facts, narrative, published, story, self._passages.stated(narrative),
                                       story_said=said)
                if tense == "past" and lemma not in REPORTING_LEMMAS:  # "died when their boat sank": not the passage's day
                    dated = timed_by_an_undated_happening(trigger, dated, writes_a_date(timexes, sentence.start_char,
                                                                                         sentence.end_char))
                elif tense == "past" and dated[2] == "narrative" and dated[0] == dated[1]:
                    dated = self._said_afterwards(trigger) or dated  # "said afterwards": not the scene's day itself
                if said and story is not None and dated[:2] == story[:2] and self._another_speaker(trigger, agents) \
                        and published and story[0] and story[0] < published:
                    # "Investigators said Friday they found a rifle" / "'… match the bullet back to the weapon,' said
                    # Walter Rowe, forensics professor" in a Saturday story (AN#22): a statement of someone the lede
                    # did not name is no further word of its statement; it came after the news, up to publication
                    dated = on_or_after_a_happening(story[0], published, story[3])
                if relayed is not None and dated[2] == "bounded" and not perfect:
                    dated = self._told_of_the_scene(sentence, trigger, tense, facts, relayed, narrative, story) \
                        or dated
                dated = after(trigger, dated, timexes, published)
                if tense == "past":  # "acquired … before reducing its stake in early September"
                    dated = before_the_clause_told_next(trigger, before_a_dated_happening(trigger, dated, timexes),
                                                        timexes)
                if tense == "past" and dated[2] in ("narrative", "dct"):  # "killed in the Kenya embassy bombing"
                    dated = self._harmed_in_a_happening(sentence, trigger, dated, timexes)
                dated = self._beside_a_happening(sentence, trigger, dated, timexes)
                dated = self._done_by_a_happening(sentence, trigger, dated, timexes)
                dated = self._reacts_to_a_happening(sentence, trigger, dated, timexes)
                dated = self._followed_on(trigger, dated)
                dated = self._during_an_undated_happening(sentence, trigger, dated, timexes)
                dated = self._at_a_dated_scene(sentence, trigger, dated, timexes) if not perfect else dated
                if not perfect and only_an_upper_bound(dated):  # "sought to soften the harsh words, saying on Friday"
                    dated = by_saying_on_a_day(sentence, trigger, timexes, published) or dated
                if not perfect and only_an_upper_bound(dated):  # "The Canadian warrant issued Monday charged Kopp"
                    dated = done_by_a_document_of_a_day(trigger, list(self._timexes.values()), published) or dated
                if not perfect and only_an_upper_bound(dated):  # "A similar suit was filed simultaneously"
                    dated = at_the_same_time(trigger, self._happenings(sentence, timexes), list(self._timexes.values()),
                                             published) or dated
                dated = self._shown_by_the_days_figures(trigger, tense, dated) or dated
                dated = self._the_storys_occasion(sentence, trigger, tense, dated, timexes) or dated
                dated = self._at_the_storys_occasion(sentence, trigger, tense, dated, timexes, agents) or dated
                if only_an_upper_bound(dated) or (dated[2] == "dct" and tense == "past" and published
                                                   and lemma not in REPORTING_LEMMAS):
                    # "According to an April 2nd report …, an internal memo showed": by the report's day
                    dated = per_a_dated_source(sentence, trigger, dated, timexes) or dated
                dated = self._beside_its_head(sentence, trigger, dated, timexes)
                dated = self._at_its_heads_moment(sentence, trigger, dated, timexes)
                dated = before_what_follows(sentence, trigger, dated, timexes)
                dated = self._after_the_clause_before(trigger, tense, dated)
                if not perfect:
                    dated = self._up_to_the_story(trigger, tense, dated, agents, participants)
                # last: a start from the object's happening only where no step above gave a closer date
                dated = after_its_dated_object(sentence, trigger, dated, timexes)
                dated = self._after_an_object_dated_elsewhere(sentence, trigger, dated, timexes)
                if perfect == "present":
                    dated = lasted_up_to_now(sentence, trigger, dated, timexes, published)
                elif perfect == "past" and reported_as_of_the_telling(trigger) and only_an_upper_bound(dated):
                    dated = lasted_up_to_now(sentence, trigger, dated, timexes, dated[1])  # up to the telling
        if tense == "future" and published and dated[:3] == (published, "", "bounded") \
                and (about_to_do_now(trigger) or later_in_the_broadcast(trigger)):
            dated = (published, published, "dct", dated[3])  # "But now we're going to go back to New York": now
        if tense == "future":  # "will resume shipments within two to three weeks": up to the stretch's end
            dated = within_a_stretch(sentence, trigger, dated, timexes)
        if tense == "past" and only_an_upper_bound(dated):  # "barred him from working until April 2009"
            dated = before_what_it_set_runs_out(self.document.text, sentence, trigger, dated, timexes)
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = at_a_moment_dated_by_its_clause(sentence, trigger, dated, timexes, published)
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = at_a_scheduled_happening(trigger, timexes, published) or dated  # "dominate a summit set for April"
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = self._after_the_act_it_names(trigger) or dated  # "redemption of the shares will eliminate …"
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = when_this_happens(sentence, trigger, list(self._timexes.values()), published) or dated
        if tense == "past" and not perfect and only_an_upper_bound(dated) and self._sessions \
                and self._sessions[-1][1] <= dated[1] and a_stock_move(trigger):
            # a roundup of the session the text dated ("The Nasdaq Composite Index tumbled … on Friday" … "McCaw, which
            # dropped 2 1/2 to 37 3/4", "Intel eased 1/8 to 31 7/8": BU#43 = S#26 = AR#46, vague three times)
            dated = self._sessions[-1][0], self._sessions[-1][1], "narrative", self._sessions[-1][3]
        if tense == "past" and not perfect and dated == ("", published, "bounded", "") and not subordinate(trigger) \
                and lemma in TALKING_LEMMAS:
            dated = self._talking_on(sentence, trigger) or dated  # "Jobs said … on Monday." / "He talked about …"
        if tense == "past" and not perfect and only_an_upper_bound(dated) and not subordinate(trigger) \
                and lemma in STATEMENT_LEMMAS:
            day = self._the_speakers_one_day(trigger)  # "Louis Gerstner Jr. … called the sale" / "Mr. Gerstner said Friday"
            dated = day if day is not None and day[1] <= dated[1] else dated
        if tense == "past" and not perfect and dated == ("", published, "bounded", "") and not subordinate(trigger) \
                and a_days_trading(trigger):
            dated = self._said_the_day_before(sentence) or dated  # a daily paper's close: the day it was written
        if in_lede and tense == "past" and not perfect and dated == (published, published, "dct", "") \
                and lemma not in REPORTING_LEMMAS and not names_the_day(timexes, published):
            dated = self._told_later_on_its_day(sentence, trigger, timexes) \
                or self._reported_next_day(sentence, main=not subordinate(trigger)) \
                or self._traded_on_the_day_told_next(sentence, trigger) or dated
            if dated == (published, published, "dct", "") and self._no_day_named:
                # Coleco "filed a Chapter 11 reorganization plan" in a paper that names no day anywhere: the lede's
                # act is news of that day or the days before it — on or before publication, its day not told (AJ#17)
                dated = ("", published, "bounded", "")
        elif tense == "present" and dated == (published, published, "dct", "") and not subordinate(trigger):
            dated = on_taking_effect(sentence, trigger, list(self._timexes.values())) or dated  # "He succeeds …"
        elif tense == "past" and not perfect and dated == (published, published, "dct", "") \
                and lemma in REPORTING_LEMMAS and not subordinate(trigger):
            dated = (self._statement_named(sentence, trigger, timexes, agents) if states(trigger) else None) \
                or (self._said_again_on_a_day(sentence, trigger) if states(trigger) else None) \
                or (self._the_speakers_one_day(trigger) if states(trigger) else None) \
                or self._said_afterwards(trigger, not_the_papers_day=True) \
                or (self._said_after_a_happening(sentence, trigger, timexes) if states(trigger) else None) \
                or (self._before_earlier_that_day(sentence) if states(trigger) else None) \
                or self._written_before(trigger, sentence, published, in_lede) or self._said_the_day_before(sentence) \
                or (self._said_on_the_reporting_day(sentence) if states(trigger) else None) \
                or self._news_of_an_earlier_day(sentence, trigger, timexes) \
                or (self._said_over_the_weekend(sentence.doc) if states(trigger) and not told_as_earlier(trigger)
                    else None) \
                or (self._said_of_fridays_session(trigger, timexes) if states(trigger) else None) or dated
        if in_lede and tense == "past" and dated == ("", published, "bounded", ""):
            dated = self._lede_written_before(sentence) or dated
        elif tense == "past" and published and dated[:3] == ("", published, "bounded"):
            # anywhere in a daily paper told from the day before ("yesterday"): the report was written that day, so
            # what it tells as done was done by then ("the agreement, announced yesterday … was reached", CB#43)
            before = self._said_the_day_before(sentence)
            dated = ("", before[1], "bounded", before[3]) if before else dated
        if in_lede:
            if self._lede_start < 0:
                self._lede_in_the_perfect = bool(perfect) and tense == "past" and only_an_upper_bound(dated)
            self._lede_start = start
        told_in_lede = in_lede or (start == self._lede_start and trigger.dep_ == "ccomp"
                                   and trigger.head.lemma_.lower() in REPORTING_LEMMAS)  # what the lede's statement tells
        if told_in_lede and tense == "past" and not perfect and only_an_upper_bound(dated):
            # "Dime … was cleared by the FDIC …, the banks said" / "The FDIC cleared the move yesterday"
            later = self._told_later_on_its_day(sentence, trigger, timexes)
            dated = later if later is not None and later[1] <= dated[1] else dated
        if tense == "past" and not perfect and dated[2] in ("dct", "narrative") and dated[0] and dated[0] == dated[1] \
                and told_as_earlier(trigger):
            # "Previously, an affiliate of Unicorp Canada disclosed a stake": before the day the telling is at, no
            # day told (AJ#28) — on or before that day
            dated = ("", dated[1], "bounded", "")
        dated = self._named_elsewhere(sentence, trigger, tense, dated, timexes, (agents or []) + (participants or []))
        if tense == "past" and not perfect and lemma in REPORTING_LEMMAS and only_an_upper_bound(dated) \
                and states(trigger):
            dated = after_the_news_it_tells(trigger, dated, timexes) or dated
        statement = lemma in REPORTING_LEMMAS and not subordinate(trigger) and states(trigger)
        positioned = in_lede and tense == "past" and not perfect and lemma not in REPORTING_LEMMAS \
            and names_the_day(timexes, published)
        if self._story.note(in_lede, dated, published, statement, main=trigger.dep_ == "ROOT", positioned=positioned,
                            saying=statement and a_saying(lemma)):
            self._lede_actors = self._actors((agents or []) + (participants or []), places=False) or set()
            self._lede_places = {key for _, key in self._here}
            self._lede_speakers = self._person_keys(agents)
        # an aside ("Ritter, who arrived Thursday") or what is still to come ("will be disclosed this morning")
        # does not set the passage's date
        self._passages.told(dated, who or self._actors(participants, places=False),
                            statement or reviews_a_happening(trigger) or takes_the_stand(trigger),  # what follows a
                            # listing came before it; what follows a testimony was told in it
                            sets=trigger.dep_ not in ("relcl", "acl") and not still_to_come(tense, dated, published)
                            and not aside_only,
                            offset=start if trigger.dep_ in ("ROOT", "conj") else -1)  # a scene: a main clause's day
        for chosen in chosen_times(sentence, trigger, timexes):  # "picked Saturday night as the time to start
            following = next(sentences_after(sentence), None)  # the offensive": what follows tells what was
            self._passages.told((chosen["date_start"], chosen["date_end"], "timex", chosen["timex_id"]),  # chosen
                                who, sets=True, offset=start,  # for that time — the sentence after it
                                until=following.end_char if following is not None else sentence.end_char)
        if open_ended is not None and dated == open_ended:
            dated = on_or_after_a_happening(dated[0], published, dated[3])
        if tense == "past" and only_an_upper_bound(dated):  # "has informed Sununu …" / "Sununu was told Wednesday"
            # after the passage and the story have noted it: the day is this telling's, not one the story moves to
            dated = told_again_on_a_day(sentence, trigger, list(self._timexes.values()), published, governing) \
                or dated
        if tense == "future" and dated[2] == "timex" and dated[0] and published and dated[0] >= published:
            self._to_come.append((lemma, dated))  # "will redeem 9.5 million … shares on Oct. 31"
        if tense == "past" and only_an_upper_bound(dated):  # "learned that Elian was in Florida last November"
            dated = after_the_time_it_tells(trigger, dated, timexes) or dated
        if tense == "past" and not dated[0] and dated[1] and published and dated[1] > published:
            # "has given the Miami relatives until 9 a.m. Tuesday" (FD#42, vague): the act that set a later deadline
            # was done by the telling; the deadline bounds what it allowed, not the act
            dated = "", published, "bounded", dated[3]
        if tense == "past" and self._opens_a_session(trigger, dated):
            self._sessions.append(dated)
        self._dated[trigger.i] = dated
        return self._from_the_line(from_the_dateline(tense, dated, published, self._dateline))

    def _opens_a_session(self, trigger: Token, dated: Dating) -> bool:
        """A past move of the market dated to one day before publication by its own expression ("The Nasdaq
        Composite Index tumbled 5.39 … on Friday"): the session the roundup's next lines are of. So is one stock's
        move of one day where no market's move came before ("GM closed down $1.875 at $44.875 in New York Stock
        Exchange trading yesterday" / "GM Class H … closed at $29", ET#27), by its own expression or the day its
        sentence carries — but not "The stock fell 7/8 Thursday", told back in Friday's roundup."""
        if not dated[0] or dated[0] != dated[1] or not self.published or dated[1] >= self.published:
            return False
        if dated[2] == "timex" and a_markets_move(trigger):
            return True
        return not self._sessions and dated[2] in ("timex", "narrative") and (
            a_stock_move(trigger) or (a_days_trading(trigger) and not subordinate(trigger)))

    def _from_the_line(self, dated: Dating) -> Dating:
        """A date an undated article's date line gave in place of a publication date names that line's
        expression: its day as ``narrative`` (not ``dct``: the document has no publication date), a bound
        with the line's id."""
        if self._line is None or dated[3] or dated[2] not in ("dct", "bounded"):
            return dated
        return dated[0], dated[1], "narrative" if dated[2] == "dct" else "bounded", self._line["timex_id"]

    def _named_elsewhere(self, sentence: Span, trigger: Token, tense: str, dated: Dating, timexes: list[TimexRow],
                         people: list[str]) -> Dating:
        """A past event dated only by publication (its day or a bound) takes the date of the same happening
        named elsewhere in the document with its date ("Iraq said it invaded Kuwait" / "Iraq's Aug. 2
        invasion", ``named_twice``), where that date lies within the bound; a verb dated by its own words is
        remembered for the mentions after it."""
        names = self._actors(people) or set()
        if dated[2] == "timex" and clock_alone(self._timex(dated[3], timexes)):
            return dated  # a time of day alone names no day: not a dated mention of its happening
        if dated[2] == "timex":
            self._happenings(sentence, timexes).told(trigger, dated, names)
            return dated
        if tense != "past" or dated[2] not in ("dct", "bounded") or (dated[2] == "bounded" and dated[0]):
            return dated
        again = self._happenings(sentence, timexes).date_of(trigger, names)
        if again is None or (dated[2] == "bounded" and dated[1] and again[1] > dated[1]):
            return dated
        return again

    def own_time_of(self, sentence: Span, trigger: Token, timex: TimexRow, tense: str, timexes: list[TimexRow],
                    people: list[str]) -> Dating | None:
        """The date a verb's own time expression gives it (``timed_verbs``: a further happening deep in the sentence,
        "charged with gunning down … Slepian last fall"), read without moving the story or the passage on, which
        follow the sentence's main events; the verb is remembered as a dated mention of its happening
        (``named_twice``), so the document's undated mentions of it can take its date. None where the expression
        gives no calendar range, or its time is another word's (``timed_verbs.another_words_time``)."""
        dated = own_date(timex, self.published, signal=time_signal(self.document.text, timex["start"]))
        if dated is None or dated[2] != "timex" or not dated[0] or not dated[1] \
                or another_words_time(trigger, tense, dated, self.published):
            return None
        dated = by_publication(tense, dated, self.published)
        self._happenings(sentence, timexes).told(trigger, dated, self._actors(people) or set())
        return dated

    def _timex(self, timex_id: str, timexes: list[TimexRow]) -> TimexRow | None:
        """The document's time expression of that id (the sentence's where the document's were not given)."""
        return self._timexes.get(timex_id) or next((t for t in timexes if t["timex_id"] == timex_id), None)

    def noun_named_elsewhere(self, sentence: Span, noun: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """An event noun that its clause dates only "on or before" a day ("decided to issue a warrant for his
        arrest in the killing of Dr. Barnett Slepian", a clause of the paper's day) names a happening the article
        may date elsewhere: the same noun, or a verb or noun of its action, with its own date and a shared name
        ("Oct. 23's killing of Slepian", "Slepian was killed on Oct. 23"; ``named_twice.noun_date``, which asks
        the noun to be definite; a noun naming someone, "the INS's decision", is not "Thursday's decision", the
        court's, naming nobody). That date, within the bound, is the noun's: its clause tells when the noun
        was spoken of, not when it happened. The same lookup the verbs of ``_named_elsewhere`` use, so no new
        pass over the document."""
        if dated[2] == "narrative" and dated[3] in self._passages.made:
            # "Juan Miguel Gonzalez objected … to the treatment of Elian by psychologists", told of the week of his
            # request: what he objected to was done by then, not in that week
            dated = "", dated[1], "bounded", dated[3]
        # "a reward for … those responsible for Slepian's slaying" in a present clause: the clause's day is when the
        # reward is offered, not when the slaying was (AV#37, "the Oct. 23 slaying of Slepian"): before it, the day
        today = dated[2] == "dct" and dated[0] == dated[1] == self.published
        # "Rabin's murder was a black stain": the copula, dated on or after the murder the article names ("the
        # November 1995 assassination of Rabin"), is when it was spoken of; the noun is that murder, within it
        since = dated[2] == "bounded" and bool(dated[0]) and bool(dated[1])
        if noun.pos_ != "NOUN" or not (today or since or only_an_upper_bound(dated)):
            return dated
        happenings = self._happenings(sentence, timexes)
        # "Apple's move to give away free cases": the resolve made known on the day "Apple Inc. announced … that it
        # will give owners … a free case" (EQ#44, vague)
        when = happenings.noun_date(noun, named_alike=True) or happenings.day_made_known(noun)
        if when is None or not when[0] or not when[1] or (when[1] >= dated[0] if today else when[1] > dated[1]) \
                or (since and when[0] < dated[0]):
            return dated
        return when

    def _beside_a_happening(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication that the text puts before or after a happening it names without
        a date ("spotted in the weeks before the shooting", "resigned after the vote"), a happening the document
        dates elsewhere ("the Oct. 23 shooting"): on or before that date's end, on or after its start — a bound
        from the happening, never its day."""
        if not only_an_upper_bound(dated):
            return dated
        for word, noun in happenings_beside(trigger):
            when = self._happenings(sentence, timexes).noun_date(noun)
            if when is None or not when[0] or not when[1]:
                continue
            if word in BEFORE_WORDS and when[1] < dated[1]:  # "The day before last Tuesday's hearing": Monday
                return days_on(when, -days_later(noun.head), dated[1]) or ("", when[1], "bounded", when[3])
            if word in AFTER_WORDS and when[0] <= dated[1]:
                return days_on(when, days_later(noun.head), dated[1]) or (when[0], dated[1], "bounded", when[3])
        return dated

    def _harmed_in_a_happening(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A harm told "in" a happening ("Twelve Americans were killed in the Kenya embassy bombing" after "Clinton
        met with his top aides Wednesday", BC#8: wrong at that Wednesday): the killing was in the bombing, so at
        the bombing's date where the document gives one (``noun_date``), whatever day the passage had reached; where
        it gives none, the passage's day only bounds it (on or before), as a "when" clause's undated happening does
        (``timed_by_a_clause``). Only a harm (``HARM_LEMMAS``) in a definite happening noun; a statement's day
        (``dct``) is left to the other steps."""
        if trigger.lemma_.lower() not in HARM_LEMMAS:
            return dated
        from explorer.core.extract.events.find import event_noun  # find imports dating

        # happenings_beside reads a harm's "in" noun as one it came after ("died in the blast")
        for noun in (n for _, n in happenings_beside(trigger) if n.head.lower_ == "in" and event_noun(n) and _definite(n)):
            when = self._happenings(sentence, timexes).noun_date(noun)
            if when is not None and when[0] and when[1] and when[1] <= self.published:
                return when[0], when[1], "narrative", when[3]
            if when is None and dated[2] == "narrative" and dated[0] == dated[1]:
                return "", dated[1], "bounded", dated[3]
        return dated

    def _done_by_a_happening(self, sentence: Span, trigger: Token, dated: Dating,
                             timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication whose subject is a happening the document dates ("The rally in
        Cardenas was marked by songs" after "rallied … Friday night"; "Thursday's decision made it clear"):
        what a happening did or was came with it or after it, so on or after its start — its day where that
        is the last day the bound allows (a happening of the publication day). A relative clause whose subject
        is the happening noun it hangs from ("the January 1998 bombing of a clinic that killed an officer") tells
        the happening itself, so within its month too, not only its day (the parse may hang the clause on the
        noun after "of": "the bombing of a clinic that killed", so that noun's head is tried too). A subject that
        carries its own day ("Sunday's service … included the lighting of candles") is dated by it, whether or not
        the document names it as a happening elsewhere — in a main clause only: "…, where the Aug. 7 blasts killed
        257" hangs from another verb, and its day would end the passage of the story's own day."""
        if not only_an_upper_bound(dated):
            return dated
        relative = trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in trigger.children)
        antecedent = trigger.head  # "the bombing of a clinic that killed": the parse hangs it on the nearer noun
        subjects = [antecedent] + ([antecedent.head.head] if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of"
                                   and antecedent.head.head.pos_ == "NOUN" else []) if relative else \
            [c for c in harm_subject(trigger).children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        when = (own_noun_date(sentence, subjects, timexes, dated[1]) if relative or trigger.dep_ in ("ROOT", "conj")
                else None) or self._dated_by_then(sentence, timexes, subjects, dated[1])
        if when is None:
            return dated
        if (when[0] == when[1] or (relative and when[0][:7] == when[1][:7])) \
                and trigger.lemma_.lower() not in CONSEQUENCE_LEMMAS | STIRRING_LEMMAS \
                and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in harm_subject(trigger).children):
            # "The Friday explosions … killed at least 110": what a happening of one day did, it did that day;
            # the passage goes on at it ("The 11 Americans were killed in Kenya")
            if trigger.dep_ in ("ROOT", "conj"):
                self._passages.told((when[0], when[1], "timex", when[3]), offset=trimmed(sentence)[0])
            return when[0], when[1], "narrative", when[3]
        return on_or_after_a_happening(when[0], dated[1], when[3])

    def _reacts_to_a_happening(self, sentence: Span, trigger: Token, dated: Dating,
                               timexes: list[TimexRow]) -> Dating:
        """A past reaction bounded by publication whose object is a happening the document dates ("praised the
        ruling" after "the judges ruled on Thursday", "welcomed the result" of a dated vote): one reacts to what
        has happened, so on or after its start — its day where that is the last day the bound allows."""
        if not only_an_upper_bound(dated):
            return dated
        when = self._dated_by_then(sentence, timexes, answered(trigger), dated[1]) \
            or self._a_speakers_dated_statement(answered(trigger), dated[1])
        return on_or_after_a_happening(when[0], dated[1], when[3]) if when is not None else dated

    def _a_speakers_dated_statement(self, nouns: list[Token], last: str) -> Dating | None:
        """"The European Commission welcomed Apple's announcement" after "…, Apple announced this morning" (DN#45,
        BB#45: vague at on or before publication): a statement noun whose possessor names a speaker whose statements
        the article dates to one day, by ``last``, is that statement (its day; a reaction comes on or after it)."""
        for noun in nouns:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is None or not names_a_statement(noun):
                continue
            if self._reporters_days is None:
                self._reporters_days = self._days_by_speaker(self._past_verbs_of_one_day(noun.doc, REPORTING_LEMMAS))
            days = self._reporters_days.get(owner.lemma_.lower(), {})
            if len(days) == 1:
                day = next(iter(days.values()))
                if day["date_start"] <= last:
                    return day["date_start"], day["date_end"], "narrative", day["timex_id"]
        return None

    def _after_an_object_dated_elsewhere(self, sentence: Span, trigger: Token, dated: Dating,
                                         timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication that acts on a happening the article dates elsewhere ("appeal the
        ruling" after "the INS ruled Wednesday", "requested aid for victims of the bombings" after "The bombings on
        Aug. 7"): one acts on what has happened, so on or after its start, as where the sentence itself dates it
        (``after_its_dated_object``) — here only a definite noun of a happening that the document dates once
        (``named_twice.noun_date``), and not a verb that may come before what it acts on (FORESEEING_LEMMAS)."""
        if not only_an_upper_bound(dated) or trigger.lemma_.lower() in FORESEEING_LEMMAS:
            return dated
        happenings = self._happenings(sentence, timexes)
        for noun in acted_on(trigger) + acted_on_by_its_purpose(trigger):
            if not a_happening(noun) or any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES for d in noun.children):
                continue  # "appealed that decision": the one just told, not the decision the article dates
            when = happenings.noun_date(noun, named_alike=True)  # "the ruling" after "the court ruled on Monday"
            if when is not None and when[0] and when[0] <= dated[1]:
                return on_or_after_a_happening(when[0], dated[1], when[3])
        return dated

    def _after_the_clause_before(self, trigger: Token, tense: str, dated: Dating) -> Dating:
        """"Juan Miguel Gonzalez arrived in the United States April 2, and Reno ordered the Miami relatives to
        surrender the child" (AU#2): a past clause joined by "and" after a clause dated by its own words tells what
        came with it or next — on or after that clause's start, a bound, never its day. So after a clause its
        sentence dates by a happening of its own ("The Friday explosions … killed at least 110 people, and the number
        injured topped 2,200", CO#34: the explosions' Friday, ``narrative``), not after one the passage carried to
        it (the conjunct is then carried too)."""
        if tense != "past" or trigger.dep_ != "conj" or not only_an_upper_bound(dated) or not has_subject(trigger) \
                or trigger.head.i > trigger.i or not any(c.lower_ == "and" for c in trigger.head.children
                                                          if c.dep_ == "cc" and c.i < trigger.i):
            return dated
        before = self._dated.get(trigger.head.i)
        if before is None or before[2] not in ("timex", "narrative") or not before[0] or before[0] > dated[1]:
            return dated
        return before[0], dated[1], "bounded", before[3]

    def _followed_on(self, trigger: Token, dated: Dating) -> Dating:
        """"The ratification process began in February this year …" / "It was followed by Denmark, Norway …":
        what follows "it" or "this", the happening the sentence before told, came on or after that happening's
        start (a bound, not its day), where it is bounded by publication only."""
        if not only_an_upper_bound(dated) or trigger.lemma_.lower() != "follow" or not any(
                c.dep_ == "nsubjpass" and c.lower_ in ("it", "this", "that") for c in trigger.children):
            return dated
        return self._after_the_sentence_before(dated[1]) or dated

    def _after_the_sentence_before(self, end: str) -> Dating | None:
        """On or after the start of the happening the sentence before told (its main event, dated by its own words or
        its passage), up to ``end``; None where it has no such date or starts after ``end``."""
        last = next(iter(self._before.values()), None)
        if last is None or not last[0] or last[2] not in ("timex", "narrative") or last[0] > end:
            return None
        return last[0], end, "bounded", last[3]

    def _during_an_undated_happening(self, sentence: Span, trigger: Token, dated: Dating,
                                     timexes: list[TimexRow]) -> Dating:
        """A past event the passage gave its day, told "during" a happening the text names but does not date ("The
        song purchased during the demonstration was Le Freak by Chic", "During the case Apple Corps showed the
        court …" in a story of the ruling "today": EQ#17 = ER#31, too precise): it was when that happening was, not
        on the passage's day — on or before that day only (its expression's id kept). A happening dated elsewhere
        ("during the Oct. 23 hearing", ``noun_date``) or a time in the phrase itself leaves it to the steps that
        read them. Only where the passage's day is the paper's own: the news of the day is its story, and a happening
        "during" which something was done, not itself dated then, is background to it; a passage of an earlier day
        tells that day's happening ("thwarted a multiple-boat attack by pirates on Thursday" / "During the operation,
        six AK 47 rifles … were found": the operation is Thursday's, named in other words)."""
        if dated[2] != "narrative" or not dated[0] or dated[0] != dated[1] or dated[1] != self.published:
            return dated
        from explorer.core.extract.events.find import event_noun  # find imports dating

        for phrase in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "during"):
            nouns = [n for n in phrase.children if n.dep_ == "pobj" and n.pos_ == "NOUN" and _definite(n)
                     and (event_noun(n) or n.lemma_.lower() in LASTING_SCENE_NOUNS)]
            words = phrase.doc[phrase.left_edge.i:phrase.right_edge.i + 1]
            if nouns and not any(words.start_char <= t["start"] < words.end_char for t in timexes) \
                    and self._happenings(sentence, timexes).noun_date(nouns[0]) is None:
                return "", dated[1], "bounded", dated[3]
        return dated

    def _at_a_dated_scene(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication told at or during a gathering the document dates to one day
        ("While introducing iPhone 4, at the annual conference, Jobs started by hinting …" after "Yesterday, at
        … the Worldwide Developers Conference, … Jobs unveiled"): it happened there, so on that day
        (``narrative``, the expression's id). The scene is the verb's own "at"/"during" phrase, or that of a
        clause at its time ("while", "as", "when") hanging from it; a definite happening noun (``noun_date``)."""
        if not only_an_upper_bound(dated):
            return dated
        def at_its_time(verb: Token) -> bool:  # "while introducing", "as he spoke"
            return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SIMULTANEOUS_MARKS
                                                for m in verb.children)

        verbs = [trigger] + [c for c in trigger.children if at_its_time(c)] \
            + ([trigger.head] if at_its_time(trigger) else [])
        scenes = [c for verb in verbs for c in scene_nouns(verb)]
        for noun in scenes:
            when = self._happenings(sentence, timexes).noun_date(noun)
            if when is not None and when[0] and when[0] == when[1] and when[1] <= dated[1]:
                return when
        return dated

    def _dated_by_then(self, sentence: Span, timexes: list[TimexRow], nouns: list[Token], last: str) -> Dating | None:
        """The date of the first of the happening nouns the document dates elsewhere, starting by ``last``: what
        a happening did, or a reaction to it, comes on or after it, so one that starts later bounds nothing. A
        definite reporting noun naming no one ("The statement caused a sharp decrease of Apple share price" after
        "Monday's email announcement", AL#30) is the announcement the article dates: its one day
        (``named_twice.announcement_day``), whatever noun of saying named it there."""
        happenings = self._happenings(sentence, timexes)
        for noun in nouns:
            when = happenings.noun_date(noun)
            if when is None and a_statement_told_again(noun):
                when = happenings.announcement_day(last)
            if when is not None and when[0] and when[0] <= last:
                return when
        return None

    def _happenings(self, sentence: Span, timexes: list[TimexRow]) -> NamedHappenings:
        """The document's dated mentions of happenings and statements, read at the first event asked about."""
        if self._named is None:
            self._named = NamedHappenings(sentence.doc, list(self._timexes.values()) if self._given else timexes,
                                          self.published)
        return self._named

    def _statement_named(self, sentence: Span, trigger: Token, timexes: list[TimexRow],
                         agents: list[str] | None) -> Dating | None:
        """A statement of a main clause dated only by publication whose speaker's statement the article names
        with its day ("Unisys Corp.'s announcement Friday" … "Unisys said it reduced computer inventories", in
        Monday's paper): it retells that statement, so it takes its day (``named_twice.statement_date``). The
        speaker is every word of its actors' keys ("the company", resolved to "unisys corp") and the subject's
        own name (``speaker_name``), not the last word alone by which actors are compared ("corp" names no one
        firm). A statement made "in announcing" news
        ("In announcing the plant delay, Kellogg Chairman William E. LaMothe said", ``in_announcing``) is part
        of the announcement, so of the one day the article's reporting nouns give it ("Last Friday's
        announcement", AL#28), whoever they name."""
        happenings = self._happenings(sentence, timexes)
        speakers = [set(self._key_words[m]) for m in agents or [] if m in self._key_words] + [speaker_name(trigger)]
        return happenings.statement_date(speakers) \
            or (happenings.announcement_day(self.published) if in_announcing(trigger) else None)

    def _said_again_on_a_day(self, sentence: Span, trigger: Token) -> Dating | None:
        """A statement dated only by publication whose speaker the sentence before or after quotes with a day of
        its own ("The source said the younger Bush 'sketched out' problems" / "'He was told …,' the source said
        Monday"): the two sentences tell one statement, so it takes that day (``narrative``, the expression's id).
        The speaker is named alike in both (the subject's head word), and by a proper name or a definite noun in
        this sentence ("the source", not "another source": a new speaker); the day is a single day up to
        publication, given to the other sentence's reporting verb in its own clause. The publication day itself
        is taken too (the same day as ``dct``, named by the expression): the replay of a corrected publication
        date moves a ``narrative`` day with its expression, so a day that a wrong date put before publication
        and the right one puts on it must be the expression's in extraction as well."""
        who = speaker(trigger, definite=True)
        if who is None:
            return self._speaking_on_from_before(sentence, trigger)
        doc = sentence.doc
        neighbours = self._quoted_back_to_a_statement(sentence) \
            + ([doc[sentence.end].sent] if sentence.end < len(doc) else [])
        for other in neighbours:
            times = [t for t in self._timexes.values() if other.start_char <= t["start"] < other.end_char]
            for verb in other:
                if verb.lemma_.lower() not in REPORTING_LEMMAS or verb.tag_ != "VBD" or not states(verb) \
                        or speaker(verb, definite=False) != who:
                    continue
                own = governing(other, verb, times)
                if own is not None and own["type"] == "DATE" and own["date_start"] \
                        and own["date_start"] == own["date_end"] and own["date_start"] <= self.published:
                    return own["date_start"], own["date_end"], "narrative", own["timex_id"]
        return None

    @staticmethod
    def _quoted_back_to_a_statement(sentence: Span) -> list[Span]:
        """The sentence before, and where it is only words quoted (no verb of saying: the parse cut a long quotation
        into sentences), those before it up to the one that has a verb of saying ("On Wednesday, Ricardo Alarcon …
        said: '…' / '…' / 'That's not the best interest of the child,' Alarcon told reporters"), at most
        ``QUOTED_BACK`` sentences."""
        found: list[Span] = []
        start = sentence.start
        while start > 0 and len(found) < QUOTED_BACK:
            before = sentence.doc[start - 1].sent
            found.append(before)
            if any(t.lemma_.lower() in REPORTING_LEMMAS and t.pos_ == "VERB" for t in before):
                break
            start = before.start
        return found

    def _speaking_on_from_before(self, sentence: Span, trigger: Token) -> Dating | None:
        """A statement of "he" or "she", dated only by publication, right after a sentence where a person named
        spoke out on a day of its own ("Juan Miguel Gonzalez lashed out at his Miami relatives Sunday night,
        accusing them of …" / "He said they have manipulated his son"): the pronoun takes up that speaker and
        the statement goes on with what was said then, so it takes that day (``narrative``, the expression's
        id) — a single day before publication, given to the sentence's main verb, itself a verb of speaking
        out or one whose clause reports speech ("accusing")."""
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("he", "she") or sentence.start == 0:
            return None
        before = sentence.doc[sentence.start - 1].sent
        # its main verb, or the verb of saying a quotation hangs from where the parse made the quotation the root
        # ('LaMothe said, "Cereal volume growth … has not met our expectations"': "met" the root)
        verb = next((v for v in [before.root, *before] if v.tag_ == "VBD" and speaks_out(v) and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.children)), None)
        if verb is None:
            return None
        times = [t for t in self._timexes.values() if before.start_char <= t["start"] < before.end_char]
        own = governing(before, verb, times)
        if own is not None and a_single_day(own):
            if own["date_start"] >= self.published:
                return None  # the publication day itself is the statement's already
            return own["date_start"], own["date_end"], "narrative", own["timex_id"]
        # "In announcing the plant delay, Kellogg Chairman William E. LaMothe said, …" / "He said construction
        # wouldn't resume" (BR#21): the statement before has a day from the text though none is written in it (the
        # announcement's "Last Friday"): "he" goes on with it
        told = self._before.get(verb.i)
        return told if told is not None and told[2] == "narrative" and told[0] and told[0] == told[1] \
            and told[1] < self.published else None

    def _after_the_act_it_names(self, trigger: Token) -> Dating | None:
        """"Hudson's Bay said it will redeem 9.5 million Series H preferred shares on Oct. 31." … "redemption of the
        preferred shares … will eliminate dividend payments" (BS#3 = BK#12 = BB#20, vague three times): what a
        happening still to come will do starts when it comes — the day the text gave the same act (its noun's verb,
        told before with its own time still to come), on or after it."""
        subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
            # "said redemption of the preferred shares … will eliminate": the parse made the subject the saying's object
            subjects = [c for c in trigger.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < trigger.i
                        and trigger.head.lemma_.lower() in REPORTING_LEMMAS]
        for subject in subjects:
            for lemma, dated in reversed(self._to_come):
                if one_action(lemma, subject.lemma_.lower()):
                    return dated[0], "", "bounded", dated[3]
        return None

    def _talking_on(self, sentence: Span, trigger: Token) -> Dating | None:
        """"He talked about the easiness for developers to port their Mac apps" right after "Jobs said that Mac OS X
        has had 'a secret double life'" (BK#50 = AX#37, vague): "he" or "she" goes on speaking where the sentence
        before has a person named speaking on one day (a day up to publication, however it was dated); the talk is
        part of that statement's occasion, so it takes its day (``narrative``) rather than only a bound."""
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("he", "she") or sentence.start == 0:
            return None
        before = sentence.doc[sentence.start - 1].sent
        days = {told[:2]: told for verb in before if verb.tag_ == "VBD" and speaks_out(verb)
                and any(c.dep_ == "nsubj" and a_name(c) for c in verb.children)
                and (told := self._before.get(verb.i)) is not None and told[0] and told[0] == told[1]
                and told[1] <= self.published}
        if len(days) != 1:
            return None
        day = next(iter(days.values()))
        return day[0], day[1], "narrative", day[3]

    def _before_earlier_that_day(self, sentence: Span) -> Dating | None:
        """A statement dated only by publication in the sentence just before one that opens "Earlier Sunday"
        ("… it will be a second betrayal," said Josefa Gonzalez. / "Earlier Sunday, protesters prayed"): the
        story steps back within that day, so what it told last was of that day too — the day (``narrative``,
        the expression's id), a single day up to publication."""
        doc = sentence.doc
        if sentence.end >= len(doc):
            return None
        following = doc[sentence.end].sent
        words = [t for t in following if not (t.is_space or t.is_punct)]
        if len(words) < 2 or words[0].lower_ != "earlier":
            return None
        opening = {words[0].idx, words[2].idx if words[1].lower_ == "on" and len(words) > 2 else words[1].idx}
        day = next((t for t in self._timexes.values() if t["start"] in opening), None)  # "Earlier Sunday" is one
        if day is None or day["type"] != "DATE" or not day["date_start"] or day["date_start"] != day["date_end"] \
                or day["date_start"] > self.published:
            return None
        return day["date_start"], day["date_end"], "narrative", day["timex_id"]

    def _reported_next_day(self, sentence: Span, main: bool = True) -> Dating | None:
        """A daily paper's lede: where the article tells "yesterday" (the day before publication) for past
        happenings and none "today", it was written the day before, so its lede's
        happening, dated only by its position, is of that day when the lede's next sentences tell it ("assumed
        the role of embattled Arab hero …" / "announced yesterday"; "The dollar rose modestly …" / "hit home
        particularly hard yesterday"), else on or before it; None where the article tells no such day. The
        day of a statement relayed ("an official said Saturday") is when it was said, not of what it tells,
        and a lede's subordinate clause ("so powerful that it shook furniture") is not its news: both leave
        only the bound."""
        days = self._days_before(sentence.doc)
        if not days:
            return None
        horizon = sentence.end_char
        for following, _ in zip(sentences_after(sentence), range(LEDE_SENTENCES)):
            horizon = following.end_char
        near = [t for t in days if sentence.start_char <= t["start"] < horizon and not relays(sentence.doc, t)]
        if near and main:
            return near[0]["date_start"], near[0]["date_end"], "narrative", near[0]["timex_id"]
        return "", days[0]["date_end"], "bounded", days[0]["timex_id"]

    def _traded_on_the_day_told_next(self, sentence: Span, trigger: Token) -> Dating | None:
        """A lede's move of the day's trading ("Crossland Savings Bank's stock plummeted after …", AJ#18) that the
        lede's next sentences tell with its day ("In composite trading on the New York Stock Exchange Friday,
        Crossland closed at $5.25, down $1.875"): that day, the session the move was made in, where those
        sentences give one day of trading, not after publication. A Monday paper tells Friday's session; the
        lede's position alone gave the paper's day, which excludes it. "yesterday" is ``_reported_next_day``'s."""
        if subordinate(trigger) or not a_days_trading(trigger):
            return None
        return the_one_day_told(islice(sentences_after(sentence), LEDE_SENTENCES),
                                 lambda verb: verb.pos_ == "VERB" and verb.tag_ == "VBD" and a_days_trading(verb),
                                 list(self._timexes.values()), self.published)

    def _told_later_on_its_day(self, sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """A lede's happening dated only by its position ("A man … was arrested in connection with last year's
        blasts") that the article tells again further on with its own day, in the same verb ("the FBI arrested
        Mohamed … in the early hours of Thursday morning"): that day, where every later past mention of the verb
        dated by its own clause gives one day, not after publication. News opens on its latest happening and
        then tells it in full; the lede's subject is often a description ("A man") the later sentence names,
        so no shared name is asked for, only that the later mention is not a new one of its kind ("another
        man was arrested"). A verb that cannot name one happening twice (statements, changes in an amount,
        light verbs) is left out, as in ``named_twice``."""
        if trigger.pos_ != "VERB" or subordinate(trigger):
            return None
        if not _can_recur(trigger):
            return self._its_happening_told_later(sentence, trigger, timexes)
        lemma = trigger.lemma_.lower()
        return the_one_day_told(sentences_after(sentence),
                                 lambda verb: verb.pos_ == "VERB" and verb.lemma_.lower() == lemma
                                 and verb.tag_ in ("VBD", "VBN") and not _of_a_new_one(verb),
                                 list(self._timexes.values()) or timexes, self.published) \
            or self._its_happening_told_later(sentence, trigger, timexes)

    def _its_happening_told_later(self, sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """A lede's act whose subject is a happening ("Terrorist bombings at U.S. embassies … blew apart buildings")
        that the article goes on to tell as having occurred on a day ("The suspected car bombings occurred …
        just minutes apart on Friday"): what the happening did, it did then — that day, where every later past
        "occurred", "happened", "took place", "came" or "struck" of a subject with the same head noun gives one
        day, not after publication."""
        subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if subject is None or not a_happening(subject):
            return None
        noun = subject.lemma_.lower()
        return the_one_day_told(sentences_after(sentence),
                                 lambda verb: verb.lemma_.lower() in OCCURRING_LEMMAS and verb.tag_ == "VBD"
                                 and any(c.dep_ == "nsubj" and c.lemma_.lower() == noun for c in verb.children),
                                 list(self._timexes.values()) or timexes, self.published)

    def _written_before(self, trigger: Token, sentence: Span, published: str, in_lede: bool = False) -> Dating | None:
        """A statement in a document named without its day (``in_a_document``) is on or before the day the
        report was written: the day before in a daily paper told from "yesterday", else publication. So is the
        lede's statement of a speaker the article goes on to quote from such a document ("Norwood … said it may
        make a tender offer" / "In a Securities and Exchange Commission filing, Norwood said"): its source."""
        if not in_a_document(trigger) and not (in_lede and self._quoted_from_a_document(trigger)):
            return None
        return self._lede_written_before(sentence) or ("", published, "bounded", "")

    def _news_of_an_earlier_day(self, sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """A report of news ("As expected, Kellogg reported lower third-quarter earnings", "announced") in a
        paper whose news the article names by an earlier day ("Last Friday's announcement" in a Monday paper):
        given with that news, on or before its day, not on the paper's; only a verb that gives news ("reported",
        "announced", "disclosed"), not one of saying ("said", "added": what the paper heard, of its day), nor where
        the article names the publication day."""
        if trigger.lemma_.lower() not in NEWS_LEMMAS or names_the_day(list(self._timexes.values()), self.published):
            return None
        day = self._happenings(sentence, timexes).news_day(self.published)
        return ("", day[1], "bounded", day[3]) if day is not None else None

    def _counted_on(self, sentence: Span, timexes: list[TimexRow], published: str) -> Dating | None:
        """A sentence that opens counting on from the date told before it ("One year later he was fired … and he
        founded NeXT" after "in 1984"): that date moved on by the count (``date_rules.counted_on``), for all its
        past verbs."""
        start = trimmed(sentence)[0]
        opening = [t for t in timexes if t["start"] == start]
        return counted_on(self.document.text, list(self._timexes.values()) or timexes, opening[0], published) \
            if opening else None

    def _lede_written_before(self, sentence: Span) -> Dating | None:
        """The lede's news known only to be past ("A.L. Williams Corp. was merged into Primerica Corp.") in a daily
        paper told from the day before (shares "delisted … after the close of composite trading yesterday"): the
        report was written that day, so its news is on or before it (``_said_the_day_before``), not only before
        publication; None in any other article."""
        before = self._said_the_day_before(sentence)
        return ("", before[1], "bounded", before[3]) if before else None

    def _quoted_from_a_document(self, trigger: Token) -> bool:
        """Whether a statement's speaker (a proper name of its subject) is one the article quotes later from a
        document named without its day ("In a Securities and Exchange Commission filing, Norwood said")."""
        if self._documented is None:
            self._documented = {name.lower_ for verb in trigger.doc[trigger.i + 1:]
                                if verb.lemma_.lower() in REPORTING_LEMMAS and in_a_document(verb)
                                for subject in verb.children if subject.dep_ == "nsubj"
                                for name in subject.subtree if name.pos_ == "PROPN"}
        return any(name.pos_ == "PROPN" and name.lower_ in self._documented
                   for subject in trigger.children if subject.dep_ == "nsubj" for name in subject.subtree)

    def _said_the_day_before(self, sentence: Span) -> Dating | None:
        """A statement of a daily paper told from the day before ("yesterday", ``_days_before``): made when
        reported, and the report was written that day, not on the day it was printed (the nearest "yesterday"
        is the source); None in any other article."""
        days = self._days_before(sentence.doc)
        if not days:
            return None
        nearest = min(days, key=lambda t: abs(t["start"] - sentence.start_char))
        return nearest["date_start"], nearest["date_end"], "narrative", nearest["timex_id"]

    def _said_on_the_reporting_day(self, sentence: Span) -> Dating | None:
        """A statement dated only by publication in an article whose statements, where it dates them (twice at
        least: one "said Friday" in a wire story filed early on Saturday tells only that one), are all of the
        day before publication ("White House and Republican sources said Monday", "the source said Monday"
        in a Tuesday paper, none "today"): the reporting was done that day, so an undated "one highly placed source
        said" in it was heard then too (``narrative``, the expression's id) — as a daily paper's "yesterday"
        (``_said_the_day_before``), told by a weekday. None where statements are dated on more than one day, or on
        another than the day before publication (a later report retelling them: "Monday" in a Wednesday paper)."""
        if not self._statements_read:
            self._statements_day, self._statements_read = self._one_day_of_statements(sentence.doc), True
        day = self._statements_day
        return (day["date_start"], day["date_end"], "narrative", day["timex_id"]) if day is not None else None

    def _said_over_the_weekend(self, doc: Doc) -> Dating | None:
        """A statement dated only by publication in a Monday paper that tells Friday's happenings ("closed unchanged
        Friday") and none of Monday's: the paper was written over the weekend, so what it heard was said from
        Friday to Sunday (``bounded``, the Friday's expression) — not on the Monday it was printed (CJ#37, CI#36,
        BI#43, AY#29: wrong at Monday). Not a paper that tells a Monday too ("In early trading in Tokyo Monday")."""
        if self._weekend is None:
            self._weekend = ()
            published, friday = self.document.published, self._fridays_paper()
            if friday and self._given:
                days = [t for t in sorted(self._timexes.values(), key=lambda t: t["start"])
                        if t["type"] in ("DATE", "TIME") and t["date_start"] == t["date_end"]]
                fridays = [t for t in days if t["date_start"] == friday and a_past_verbs_own_day(doc, t)]
                if fridays and not any(t["date_start"] == published for t in days):
                    sunday = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
                    self._weekend = (friday, sunday, "bounded", fridays[0]["timex_id"])
        return self._weekend or None

    def _said_of_fridays_session(self, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """"An official at Wako Securities said brokerages' excessive expectations … were dashed Friday", "Traders said
        … the DAX dropped Friday more on …" in a Monday paper's round-up that also tells Monday's early trading, so
        that ``_said_over_the_weekend`` keeps off it (DM#4, DJ#47 = DK#19, CH#48: too precise at Monday): a statement
        whose own reported clause tells Friday's session comments on it — said on or after Friday, up to the Monday
        paper (``bounded``, the Friday's expression), not on the Monday it was printed."""
        friday = self._fridays_paper()
        fridays = [t for t in days_told(trigger, timexes) if t["date_start"] == friday] if friday else []
        return (friday, self.document.published, "bounded", fridays[0]["timex_id"]) if fridays else None

    def _fridays_paper(self) -> str:
        """The Friday before a Monday paper (its publication day a Monday), or ""."""
        published = self.document.published
        if not published or not ISO_DAY.match(published) or date.fromisoformat(published).weekday() != 0:
            return ""
        return (date.fromisoformat(published) - timedelta(days=3)).isoformat()

    def _said_afterwards(self, trigger: Token, not_the_papers_day: bool = False) -> Dating | None:
        """A statement told "afterwards" or "later" with no time of its own ("Clark … said afterwards that
        investigators think …" after "on April 8, investigators … searched the site", AJ#20; "'I have lost a son,'
        Gonzalez told reporters later", Z#2): it came after the happening the sentence before told, so on or after
        that one's start, up to publication — not the paper's own day, which the text does not give it; where that
        happening has no day (only a bound, or none), ``not_the_papers_day`` leaves the statement on or before
        publication only. After a sentence of the paper's own day, "later" is still that day."""
        if not any(c.dep_ == "advmod" and c.lower_ in AFTERWARDS_WORDS for c in trigger.children):
            return None
        after = self._after_the_sentence_before(self.published)
        last = next(iter(self._before.values()), None)
        if after is None and not_the_papers_day and self.published and (last is None or last[2] in ("bounded",
                                                                                                    "none")):
            return "", self.published, "bounded", ""  # after a happening told with no day (Z#2 = ER#18, wrong)
        return after if after is not None and after[0] < self.published else None

    def _said_after_a_happening(self, sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """A statement told "after" a happening the document dates ("Sister Jeanne O'Laughlin said after the meeting
        she thought Elian should stay" beside "Wednesday's meeting", AY#41, too precise at the paper's day): on or
        after that happening's start, up to publication, as an undated past act beside it is
        (``_beside_a_happening``) — the text ties it to the happening, not to the paper's day."""
        for word, noun in happenings_beside(trigger):
            if word not in AFTER_WORDS:
                continue
            when = self._happenings(sentence, timexes).noun_date(noun)
            if when is not None and when[0] and when[0] < self.published:
                return when[0], self.published, "bounded", when[3]
        return None

    def _the_speakers_one_day(self, trigger: Token) -> Dating | None:
        """A named speaker's statement dated only by publication in an article that dates every statement of the
        same speaker it dates to one earlier day ("Castro said Sunday" … "Castro said", CD#14, wrong: his offer was
        made in the Sunday-night address): the article tells one occasion of that speaker's, so the statement takes
        that day (``narrative``, the expression's id). Only a proper name for a speaker, by its head word; a day
        before publication. Asked too of a statement left "on or before publication" ("Louis Gerstner Jr. … called
        the sale a 'significant step'" / "Mr. Gerstner said Friday", EU#9)."""
        who = speaker(trigger, definite=True) if named_subject(trigger) else None
        if who is None:
            return None
        if self._speakers_days is None:
            self._speakers_days = self._named_speakers_days(trigger.doc)
        days = self._speakers_days.get(who, {})
        if len(days) != 1:
            return None
        day = next(iter(days.values()))
        return (day["date_start"], day["date_end"], "narrative", day["timex_id"]) \
            if day["date_start"] < self.published else None

    def _named_speakers_days(self, doc: Doc) -> dict[str, dict[str, TimexRow]]:
        """For each speaker named by a proper name, the days its own clause gives its statements ("said"/"told" …
        with a time of one day up to publication), by day."""
        return self._days_by_speaker(self._dated_statements(doc) + self._dated_outbursts(doc))

    def _days_by_speaker(self, dated: list[tuple[Token, TimexRow]]) -> dict[str, dict[str, TimexRow]]:
        """The dated verbs of speaking by who spoke them (a proper name, by its head word), by day, up to publication."""
        found: dict[str, dict[str, TimexRow]] = {}
        if not self.published:
            return found
        for verb, own in dated:
            who = speaker(verb, definite=True) if named_subject(verb) else None
            if who and own["date_start"] <= self.published:
                found.setdefault(who, {}).setdefault(own["date_start"], own)
        return found

    def _dated_statements(self, doc: Doc) -> list[tuple[Token, TimexRow]]:
        """Every "said"/"told" of the article that its own clause dates to one day, with that expression, in text
        order (read once: ``_one_day_of_statements`` and ``_named_speakers_days`` both ask)."""
        if self._statements_dated is None:
            self._statements_dated = self._past_verbs_of_one_day(doc, RELAYING_LEMMAS)
        return self._statements_dated

    def _dated_outbursts(self, doc: Doc) -> list[tuple[Token, TimexRow]]:
        """Every past verb of speaking out ("lashed out", "accused", "vowed": ``SPEAKING_OUT_LEMMAS``) that its own
        clause dates to one day, with that expression: a statement too, so it gives its speaker's day ("Juan Miguel
        Gonzalez lashed out at his Miami relatives Sunday night" … "'He's told me so,' Gonzalez said", AA#46 and
        AG#47: wrong at the Monday paper's day). Not the article's "said"s, whose one day another rule reads."""
        return self._past_verbs_of_one_day(doc, SPEAKING_OUT_LEMMAS)

    def _past_verbs_of_one_day(self, doc: Doc, lemmas: set[str] | frozenset[str]) -> list[tuple[Token, TimexRow]]:
        """The past verbs of ``lemmas`` that their own clause dates to one day, with that expression, in text order."""
        found = []
        for sentence in doc.sents if self._given else ():
            times = [t for t in self._timexes.values() if sentence.start_char <= t["start"] < sentence.end_char]
            for verb in sentence if times else ():
                if verb.lemma_.lower() in lemmas and verb.tag_ == "VBD":
                    own = governing(sentence, verb, times)
                    if own is not None and a_single_day(own):
                        found.append((verb, own))
        return found

    def _one_day_of_statements(self, doc: Doc) -> TimexRow | None:
        """The expression of the day before publication where every "said"/"told" of the article that its own
        clause dates to one day is of that day, twice at least, and the article names no publication day."""
        published = self.published
        if not published or not self._given or not ISO_DAY.match(published):
            return None
        said = [own for _, own in self._dated_statements(doc)]
        days = {t["date_start"] for t in said}
        if len(days) != 1 or len(said) < 2 \
                or any(t["date_start"] == t["date_end"] == published for t in self._timexes.values()):
            return None
        before = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
        return said[0] if said[0]["date_start"] == before else None

    def _days_before(self, doc: Doc) -> list[TimexRow]:
        """The expressions "yesterday" (or "last night") that date a past happening, in text order; none where
        a past happening is told "today" (the article is that day's, as a wire story is).

        Only the words that name a day from the report's own ("yesterday", "today") count, not a weekday
        ("Thursday" in a Friday paper): which day a weekday is depends on the publication date, so a
        document extracted with a wrong date and then corrected (``edits``, which keeps extraction's choice)
        would keep a choice that the right date does not make."""
        if self._yesterdays is None:
            self._yesterdays = []
            published = self.document.published
            if published and self._given and ISO_DAY.match(published):  # not a day without its year ("--02-04")
                before = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
                days = [t for t in sorted(self._timexes.values(), key=lambda t: t["start"])
                        if t["type"] in ("DATE", "TIME") and t["date_start"] == t["date_end"]
                        and REPORTS_DAY.search(t["text"] or "") and dates_a_past_verb(doc, t)]
                if not any(t["date_start"] == published for t in days):
                    self._yesterdays = [t for t in days if t["date_start"] == before]
        return self._yesterdays

    def _up_to_the_story(self, trigger: Token, tense: str, dated: Dating, agents: list[str] | None,
                         participants: list[str] | None) -> Dating:
        """A past main clause of the lede's people bounded only by publication, told after the story moved on
        at a dated aside: on or before the story's day (the lede tells the latest of them), not only publication."""
        story = self._story.date
        if story is None or not self._story.moved_on or dated[2] != "bounded" or dated[0] or not dated[1] \
                or tense != "past" or subordinate(trigger) or not story[1] or story[1] >= dated[1]:
            return dated
        if not self._of_the_ledes_people(self._actors(agents) or self._actors(participants, places=False)):
            return dated
        if story[2] == "timex" and story[0] == story[1] and trigger.lemma_.lower() in PRESENTING_LEMMAS \
                and self._of_the_ledes_people(self._actors(agents)):
            # "Jobs called the new software 'the most advanced mobile operating system'", "Jobs showed off iPhone 4's
            # video calling" in the story of "Yesterday, at … WWDC, … Jobs unveiled iPhone 4" (CS#18, CT#48, BG#15,
            # CC#16: vague each time): the lede's own presenter speaking or showing goes on at the story's occasion
            return story[0], story[1], "narrative", story[3]
        return "", story[1], "bounded", story[3]

    def _of_the_ledes_people(self, who: set[str] | None) -> bool:
        """Whether some of ``who`` (actor keys) are the people the lede tells of."""
        return bool(who and self._lede_actors and who & self._lede_actors)

    def _clause_dates(self, sentence: Span, timexes: list[TimexRow], published: str) -> None:
        """Tell the story of the dates the sentence gives a clause of its own (not a noun's, "the Aug. 7
        bombings", nor an amount's compared with, nor a statement's day, "said Monday"); a sentence whose
        subject the story's day names is back at it, whatever its asides tell ("since 1993")."""
        back = []
        for timex in timexes:
            if timex["type"] not in ("DATE", "TIME") or not timex["date_start"] or not timex["date_end"]:
                continue
            span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
            if span is None or in_comparison(span):
                self._compared.add(timex["timex_id"])
                continue
            if (published and timex["date_start"] > published) \
                    or (timex["type"] == "DATE" and not CALENDAR_VALUE.match(timex["value"] or "")):
                continue
            if not modifies_a_noun(span, timex) and reporter_before(span) is None:
                self._story.writes(timex)
                if a_states_day(span, timex):
                    self._passages.told((timex["date_start"], timex["date_end"], "timex", timex["timex_id"]),
                                        offset=trimmed(sentence)[0])
            elif names_the_subject(span):  # "Sunday's service … included": the telling is back at that day
                back.append(timex)
        for timex in back:
            self._story.returns(timex)

    def _actors(self, mention_ids: list[str] | None, places: bool = True) -> set[str] | None:
        """The actor keys of mentions; a place is an actor as an agent ("Iraq alleged …"), not as a
        participant (a story moves between places)."""
        if mention_ids is None:
            return None
        return {self._keys[m] for m in mention_ids if self._keys.get(m) and (places or m not in self._places)}

    def _person_keys(self, mention_ids: list[str] | None) -> set[str]:
        """The actor keys of the people among mentions (a lede's speakers, a later statement's)."""
        return {self._keys[m] for m in mention_ids or [] if m in self._persons and self._keys.get(m)}

    def _another_speaker(self, trigger: Token, agents: list[str] | None) -> bool:
        """A statement ("said", a main clause's) whose speaker is a person none of the lede's actors: after a
        statement lede it is not "it added" (the lede's speaker going on), so it keeps only the lede's day as a start."""
        if trigger.lemma_.lower() not in REPORTING_LEMMAS or subordinate(trigger) or not states(trigger):
            return False
        speakers = self._person_keys(agents)
        return bool(speakers) and not speakers & (self._lede_actors | self._lede_speakers)

    def _keeps_the_lede(self, trigger: Token, agents: list[str] | None, participants: list[str] | None) -> bool:
        """Whether an event goes on telling a lede dated by its position: its clause names no other place
        than the lede's ("Anna Berg was born in Graz" after her summit in Vienna is her past, not the summit's
        day), and who acts in it, where known, is one of the lede's people."""
        for offset, key in self._here:
            place = trigger.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if key not in self._lede_places and place is not None and in_clause_of(place.root, trigger):
                return False
        who = self._actors(agents) or self._actors(participants, places=False)
        return not who or not self._lede_actors or bool(who & self._lede_actors)

    def _shown_by_the_days_figures(self, trigger: Token, tense: str, dated: Dating) -> Dating | None:
        """"The figures showed the unemployment rate for adult men declined" in a story whose lede writes its day
        ("The economy created jobs …, the government reported on Friday", CH#20 and three samples before it, left
        on or before publication): the figures are the day's release, and what they showed is told on its day."""
        if tense != "past" or not (only_an_upper_bound(dated) or dated[2] == "dct") \
                or trigger.lemma_.lower() not in SHOWING_LEMMAS:
            return None
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in DATA_NOUNS and any(
                d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in c.children)
                for c in trigger.children):
            return None
        story = self._story.date  # the lede's day as its own words give it ("reported on Friday"), not by position
        if story is None or story[2] != "timex" or not story[0] or story[0] != story[1] or story[1] > dated[1]:
            return None
        return story[0], story[1], "narrative", story[3]

    def _the_storys_occasion(self, sentence: Span, trigger: Token, tense: str, dated: Dating,
                             timexes: list[TimexRow]) -> Dating | None:
        """"In a touch of symbolism, the ceremony took place at the Harry S. Truman Library" in a story whose lede
        tells its happening "today" (CK#40, AS#25, BE#26, vague three times): a definite occasion the text names
        nowhere else with a day ("the ceremony", "the meeting"), said to take place or be held while the story's
        day still carries, is the occasion of the story's happening — its day (``narrative``)."""
        if tense != "past" or not only_an_upper_bound(dated) or not takes_place(trigger):
            return None
        from explorer.core.extract.events.find import event_noun  # find imports this module

        occasion = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                         and (event_noun(c) or c.lemma_.lower() in GATHERING_NOUNS)
                         and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)), None)
        story = self._story.carried()
        if occasion is None or story is None or not story[0] or story[0] != story[1] or story[1] > dated[1] \
                or self._happenings(sentence, timexes).noun_date(occasion) is not None:
            return None
        return story[0], story[1], "narrative", story[3]

    def _at_the_storys_occasion(self, sentence: Span, trigger: Token, tense: str, dated: Dating,
                                timexes: list[TimexRow], agents: list[str] | None) -> Dating | None:
        """"During the keynote, Jobs demoed the device's new internal gyroscope" in a story whose lede tells its one
        occasion of a day ("Yesterday, at this year's Apple Worldwide Developers Conference, … Steve Jobs unveiled
        iPhone 4"): a definite occasion ("the keynote", "the ceremony") the text dates nowhere else, where one of the
        lede's people acts during or at it, is the story's own occasion — its day (``narrative``), not only "on or
        before" it, however the telling wandered in between (the phone's specifications, the April leak)."""
        story = self._story.date
        if tense != "past" or not only_an_upper_bound(dated) or story is None or story[2] != "timex" \
                or not story[0] or story[0] != story[1] or story[1] > dated[1]:
            return None
        if not self._of_the_ledes_people(self._actors(agents)):
            return None
        scenes = [n for n in scene_nouns(trigger) if n.lemma_.lower() in MEETING_NOUNS
                  and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in n.children)]
        if not scenes or any(self._happenings(sentence, timexes).noun_date(n) is not None for n in scenes):
            return None
        return story[0], story[1], "narrative", story[3]

    def _beside_its_head(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A past event of a clause that "after" or "before" opens, hanging from an event dated to a closed
        range ("concluded on Wednesday after the Netherlands gave its go-ahead"; a second verb of the clause,
        "closed lower Friday after the resignation slapped the market and the sell-off knocked it down"; the
        clause told first, "After the minister resigned, shares closed lower Friday"): on or before that
        range's end ("after"), on or after its start ("before"), not only bounded by publication."""
        if not only_an_upper_bound(dated):
            return dated
        lost = a_lost_after_clause(trigger)
        clause = trigger
        while lost is None and clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "after X slapped the market and the sell-off knocked it down"
        if lost is None and clause.dep_ != "advcl":
            return dated
        marks = {lost} if lost is not None else {c.lower_ for c in clause.children if c.dep_ == "mark"}
        head = self._dated.get(clause.head.i) or self._own_day(sentence, clause.head, timexes)
        if head is None or not head[0] or not head[1] or head[2] not in ("timex", "narrative"):
            return dated
        if "after" in marks and head[1] <= dated[1]:
            return "", head[1], "bounded", head[3]
        if "before" in marks and head[0] <= dated[1]:
            return head[0], dated[1], "bounded", head[3]
        return dated

    def _at_its_heads_moment(self, sentence: Span, trigger: Token, dated: Dating,
                             timexes: list[TimexRow]) -> Dating:
        """A clause of its head's moment ("as he stood", "while cautioning") or an infinitive of purpose ("be
        back tomorrow to continue") takes its head's date where it has none of its own (``same_moment``)."""
        head = moment_clause_head(trigger) if only_an_upper_bound(dated) else None
        later = False
        if head is None:
            head, later = purpose_head(trigger), True
        if head is None:
            return dated
        when = self._dated.get(head.i) or self._own_day(sentence, head, timexes, later=later)
        written = self._timex(when[3], timexes) if when is not None and when[3] else None
        end = head.idx if head.i > trigger.i else trigger.right_edge.idx + len(trigger.right_edge)  # a clause
        if written is not None and trigger.left_edge.idx <= written["start"] < end:  # told first: up to its head
            return dated  # the head's time is written in the clause: the parse gave the clause's to the head
        return (for_heads_time(dated, when) if later else at_heads_time(dated, when)) or dated

    def _own_day(self, sentence: Span, verb: Token, timexes: list[TimexRow], later: bool = False) -> Dating | None:
        """A verb's date by its own time expression, when not yet asked for (its clause comes later in the
        sentence, or it is no event: "we'll be back tomorrow"): the expression's range, if no signal ("since",
        "by") makes it a bound; one after publication only if ``later``."""
        own = governing(sentence, verb, timexes) if verb.pos_ in ("VERB", "AUX") else None
        if own is None or not own["date_start"] or not own["date_end"] or (
                self.published and own["date_end"] > self.published and not later) \
                or time_signal(self.document.text, own["start"]):
            return None
        return own["date_start"], own["date_end"], "timex", own["timex_id"]

    def _a_past_time_of_what_is_to_come(self, trigger: Token, tense: str, own: TimexRow) -> bool:
        """"The Organization of African Unity said Friday it would investigate the Hutu-organized genocide of
        more than 500,000 minority Tutsis in Rwanda in 1994" (DZ#27 = CW#16, wrong twice at 1994): what a
        statement says will or would be done comes after the statement, so a time that ends before the statement's
        day is not its time but that of something it acts on. Only a "will"/"would" of the verb's own, relayed by
        a statement with a day (a "would" that tells a past narrative, "would later write", has no statement to
        come after), and not a reporting period ("expects to post a charge … for the third quarter" is of
        that quarter's results, reported after it)."""
        if tense != "future" or not own["date_end"] or PERIOD_VALUE.match(own["value"] or "") \
                or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in trigger.children):
            return False
        relayed = self._relayed_by(trigger)
        return relayed is not None and bool(relayed[1]) and own["date_end"] < (relayed[0] or relayed[1])

    def _relayed_by(self, trigger: Token) -> Dating | None:
        """The last day of the statement that relays this event's clause ("Gonzalez said …, Castro said
        Sunday": Gonzalez spoke on or before Sunday; "the rabbi said …, the radio reports said": on or before
        the report), when that statement has a closed date or an end ("has said": on or before publication);
        else None."""
        verb = trigger
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        report = verb.head
        if verb.dep_ not in ("ccomp", "parataxis") or report.lemma_.lower() not in REPORTING_LEMMAS:
            return None
        dating = self._dated.get(report.i)
        if dating is not None and not dating[0] and dating[1]:  # "Reno has said she was consulted": before it
            return dating
        return dating if dating is not None and dating[0] and dating[1] else None

    def _told_of_the_scene(self, sentence: Span, trigger: Token, tense: str, facts: EventFacts, relayed: Dating,
                           narrative: TimexRow | None, story: Dating | None) -> Dating | None:
        """The day of a past happening told in a statement that the statement's own bound leaves open
        (None: the bound stands).

        "Ritter led his team on a 10-hour tour, spokesman Dacey said" after a lede "resumed work in Iraq
        Friday": the story told on with its source named after it. A statement with no day of its own words
        (the report's, the passage's) bounds nothing closer than the scene it tells, whose day holds where it
        is not after the statement's (the passage's or the story's, not a story whose day is a statement's, "a
        newspaper reported Friday"), right after the lede only: the lede's sentences and the next
        ``SCENE_SENTENCES`` elaborate its scene; further on, a statement's matter may be the story's past
        ("Additional details of the slaying emerged on Sunday" / two sentences on, "The bullet … ricocheted
        …, Murray said").
        Told after "said" ("the lawyer said the bullet entered …"), the statement comes first and what it tells
        may be older: left; so is a statement it relays ("Berg said …, the radio reports said": what the report
        heard, on or before it). And "said Friday that he remembered": a state of mind told in the past of a
        statement of a day the text gives is the speaker's at the saying ("I remember"), of that day."""
        if held_when_said(trigger, tense, relayed, closed=True):
            if relayed[0] == relayed[1] and relayed[2] in ("timex", "narrative", "dct"):
                # "Castro said he sympathized with the boy's father" (CJ#22): the saying's day, a publication day as is
                return relayed if relayed[2] == "dct" else (relayed[0], relayed[1], "narrative", relayed[3])
            if relayed[2] == "bounded":
                return relayed  # "said after the meeting she thought …": held within the saying's closed bound
        if relayed[2] not in ("dct", "narrative") or trigger.pos_ not in ("VERB", "AUX") \
                or trigger.lemma_.lower() in REPORTING_LEMMAS \
                or not attributed_after(trigger) or not self._just_after_the_lede(sentence):
            return None
        if story is not None and story[3] in self._passages.statements:
            story = None
        if narrative is None and story is None:
            return None
        free = replace(facts, relayed_by="", relayed_id="")
        scene = discourse_date(free, narrative, self.published, story, self._passages.stated(narrative))
        if scene[2] not in ("narrative", "dct") or not scene[0] or scene[0] != scene[1] or scene[1] > relayed[1] \
                or scene == discourse_date(free, None, self.published):
            return None
        return scene

    def _just_after_the_lede(self, sentence: Span) -> bool:
        """Whether ``sentence`` is a lede sentence or one of the ``SCENE_SENTENCES`` after the lede's last one."""
        if self._lede_start < 0 or sentence.start_char < self._lede_start:
            return False
        if sentence.start_char == self._lede_start:
            return True
        doc, seen = sentence.doc, 0
        first = doc.char_span(self._lede_start, self._lede_start + 1, alignment_mode="expand")
        if first is None:
            return False
        for token in doc[first.start + 1:sentence.start + 1]:
            seen += bool(token.is_sent_start)
            if seen > SCENE_SENTENCES:
                return False
        return True

    def _passages_so_far(self, timexes: list[TimexRow]) -> Passages:
        """The passages, with the sentence's own time expressions added when the document's were not given."""
        if self._given or all(t["timex_id"] in self._timexes for t in timexes):
            return self._passages
        self._timexes.update((t["timex_id"], t) for t in timexes)
        told, reach, actors = self._passages.dated_events, self._passages.reach, self._passages.actors
        self._passages = Passages(self.document.text, list(self._timexes.values()), self.published)
        self._passages.dated_events = told
        self._passages.reach, self._passages.actors = reach, actors
        return self._passages


def actor_key(mention: BatchMention) -> str:
    """The last word of a mention's key: "Bertalan Farkas" and a later "Farkas" name one actor."""
    words = (mention.get("key") or mention["text"]).lower().split()
    return words[-1] if words else ""
