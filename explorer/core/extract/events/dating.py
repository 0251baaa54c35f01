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
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Doc, Span, Token

from explorer.core.document import Document
from explorer.core.extract.events.date_rules import (
    CALENDAR_VALUE, CHANGE_LEMMAS, FORTUNE_LEMMAS, HAVING_LEMMAS, ISO_DAY, LEDE_SENTENCES, MONTHS_OF_RESULTS, REPORTING_LEMMAS, SPAN_VALUE, Dating,
    EventFacts, Ledes, Passages, Periods, Story,
    a_saying, counted_on, dateline, discourse_date, for_a_later_time, from_the_dateline, months_on, months_to,
    on_or_after_a_happening, own_date, perfect_aspect, reaches_back,
    time_signal, writes_a_date, counted_from_a_day, DAY_COUNTS,
)
from explorer.core.extract.events.aside import dates_outside_asides
from explorer.core.extract.events.between import from_one_time_to_another
from explorer.core.extract.events.cleft import clefted_time
from explorer.core.extract.events.effective import on_taking_effect
from explorer.core.extract.events.fronted import after_a_fronted_participle, over_a_later_participle
from explorer.core.extract.events.lasting import within_a_stretch
from explorer.core.extract.events.lines import trimmed
from explorer.core.extract.events.speech import quoted_stretches
from explorer.core.extract.events.named_twice import (
    GATHERING_NOUNS,
    REPORTING_NOUNS, SCENE_PREPOSITIONS, STATEMENT_PARTICIPLES, NamedHappenings, _can_recur, _definite, _of_a_new_one, clock_alone,
    dated_in_its_clause, named_noun, one_action,
)
from explorer.core.extract.events.occasion import in_a_dated_occasion
from explorer.core.extract.events.said_now import about_to_do_now
from explorer.core.extract.events.scheduled import at_a_scheduled_happening, times_in
from explorer.core.extract.events.series import series_time
from explorer.core.extract.events.simultaneous import at_the_same_time
from explorer.core.extract.events.tense import FUTURE_AUXILIARIES
from explorer.core.extract.events.timed_by_a_clause import timed_by_an_undated_happening
from explorer.core.extract.events.told_again import told_again_on_a_day
from explorer.core.extract.events.same_moment import at_heads_time, for_heads_time, moment_clause_head, purpose_head
from explorer.core.extract.events.when_named import at_the_time_named
from explorer.core.extract.nlp import doc_text
from explorer.core.extract.rows import BatchMention
from explorer.core.extract.wordnet import action_keys
from explorer.core.model import TimexRow

NOT_A_DAY = re.compile(r"^\d{4}(?:-(?:Q\d|H\d|W\d\d|\d\d))?$")  # a year, quarter, half, week or month
# a dependent leaving one of these is the head of another clause than the trigger's
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj", "pcomp"}
CONDITION_MARKS = {"if", "unless", "whether"}
OBLIGATION_LEMMAS = {"have", "need"}  # "have to continue to tighten", "needs to raise": what must be done, no day
# a clause telling a time apart from the story's; in the present tense, one still to come ("until they certify")
OTHER_TIME_MARKS = {"after", "before", "until", "till", "once"}
EARLIER_ADVERBS = {"previously", "earlier", "formerly"}  # a past told before the telling's time, no day
# "extended to Nov. 20 its offer", "postponed until Tuesday": the date is the new time of what is shifted
SHIFT_LEMMAS = {"extend", "postpone", "delay", "defer", "push", "move", "adjourn", "reschedule", "prolong", "put"}
SHIFT_WORDS = {"to", "until", "till", "through", "into", "back"}
# "picked Saturday night as the optimal time", "set March 1 as the deadline": the time chosen, not the choosing's
CHOOSING_LEMMAS = {"pick", "choose", "select", "set", "name", "designate", "fix", "nominate"}
COMPARING = {"from", "than", "versus", "vs."}  # "versus net income of $5.3 million a year earlier" (AH#30); "up from 886 million shares Thursday": the date of the amount compared
AMOUNT_POS = {"NUM", "SYM", "PUNCT", "CCONJ", "DET", "NOUN"}  # "from $504.2 million, or $4.41 a share, last year"
# what a release's numbers do ("The figures showed …"): tell what the report told, on its day
SHOWING_LEMMAS = frozenset({"show", "indicate", "suggest", "reveal"})
DATA_NOUNS = frozenset({"figure", "data", "report", "statistic", "survey", "number", "study", "poll", "estimate"})
CHANGE_ADVERBS = {"up", "down", "off"}  # "down 4.5% from the previous Friday": a change by an amount
QUANTITY_BOUNDS = {"more", "less", "fewer", "over", "under"}  # "more than four hours": a bound on the amount
# verbs of a standing held over time ("heads a team", "requires the company to …", "reflect a stock dividend"):
# in the present, true at the telling, whatever closed time their objects carry
STANDING_LEMMAS = {"head", "lead", "chair", "run", "own", "oversee", "represent", "require", "reflect", "employ",
                   "control", "direct", "manage", "govern"}
QUOTED_BACK = 4  # sentences of one quotation looked back over to the statement that opened it
# what results are told of: their change is the reporting period's
RESULT_NOUNS = {"profit", "net", "income", "earnings", "earning", "revenue", "sales", "loss", "margin", "output", "turnover",
                "result",
                "production", "shipments", "orders", "deliveries"}
# "calls for Apple to let …", "demands for him to resign": what is asked for
REQUEST_LEMMAS = {"call", "demand", "request", "appeal", "plea", "ask", "urge", "pressure"}
# a clause at the same time as the verb it hangs from ("began early Friday morning, as thousands marched")
SIMULTANEOUS_MARKS = {"as", "while", "when"}
# "removed … after Gadhafi agreed in April", "asked after Thursday's ruling": on or after that time
AFTER_WORDS = {"after", "following", "since"}
BEFORE_WORDS = {"before", "until", "till"}
# a verb that tells of a happening told before it ("listed the creation of the money fund", "upheld the decision")
REVIEW_LEMMAS = {"list", "review", "uphold", "overturn", "reverse", "appeal", "rank", "cite", "recognize",
                 "recognise", "examine", "investigate", "probe", "criticize", "criticise", "praise", "condemn",
                 "challenge", "question", "approve", "disapprove", "reject", "endorse", "commemorate", "celebrate",
                 "mark", "remember", "honor", "honour", "study", "discuss", "describe", "recount"}
# words of holding someone to account for a happening, which came before ("responsible for the death", "charged with")
BLAME_WORDS = {"responsible", "responsibility", "blame", "charge", "convict", "accuse", "indict", "arrest", "guilty",
               "credit", "sentence", "jail", "implicate", "suspect", "punish", "prosecute", "try", "acquit"}
# a verb that lets a happening go ahead, which then comes after it ("approved the acquisition", "cleared the merger")
APPROVAL_LEMMAS = {"approve", "authorize", "authorise", "clear", "sanction"}
# what a period's results held ("included a pretax gain", "were hurt by charges")
HELD_LEMMAS = {"include", "reflect", "contain", "exclude", "hurt", "benefit", "be", "show", "suffer", "carry"}
# the moves of a market's prices, and what a day's trading is told by
MARKET_LEMMAS = (CHANGE_LEMMAS - {"earn", "improve", "double", "triple", "boost", "grow", "shrink"}) | {
    "close", "end", "finish", "open", "trade", "outstrip", "outnumber", "settle"}
TRADED_WORDS = {"stock", "stocks", "shares", "bond", "bonds", "price", "prices", "index", "average", "dollar", "yen",
                "treasury", "treasurys", "treasuries", "trading", "exchange", "futures", "yield", "yields", "issues",
                "volume", "nasdaq", "dow", "currency", "currencies"}
# what a happening brought about afterwards ("the shooting prompted protests"), not what it did on its day
CONSEQUENCE_LEMMAS = {"lead", "prompt", "spark", "trigger", "cause", "provoke", "fuel", "spur", "force", "result",
                      "bring", "follow", "inspire", "touch", "set", "drive", "produce", "generate"}
STRETCH_NOUNS = {"day", "week", "month", "year", "hour", "minute", "moment"}  # "in the weeks before the shooting"
# "and later served as …": a coordinated verb that follows the first one's time, not at it
LATER_WORDS = {"later", "afterwards", "afterward", "subsequently", "thereafter", "then"}
AFTERWARDS_WORDS = LATER_WORDS - {"then"}  # "then" goes on with the scene ("he then said"), the others leave it
# a present tense told as a habit or a general truth: no day of its own ("is often used", "usually trades")
HABIT_ADVERBS = {"often", "usually", "always", "typically", "generally", "frequently", "sometimes", "rarely",
                 "seldom", "normally", "routinely", "regularly", "traditionally", "customarily", "commonly",
                 "occasionally", "invariably", "habitually", "repeatedly", "constantly", "perennially"}
HABIT_PHRASE = re.compile(r"\b(?:time and (?:time )?again|again and again|over and over|time after time|"
                          r"more often than not|as a rule)\b", re.IGNORECASE)
# the words that name a day from the report's own: the day before it, or its own
REPORTS_DAY = re.compile(r"\b(?:yesterday|last night|today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
NEWS_LEMMAS = {"report", "announce", "disclose", "reveal", "post"}  # reporting verbs that give news, not relay words
RELAYING_LEMMAS = {"say", "tell"}  # a statement that relays ("said Saturday"), not news of its own ("announced")
# verbs of reacting to what happened: the reaction comes on or after it ("hailed the transaction", "praised the ruling")
REACTION_LEMMAS = {"hail", "welcome", "praise", "applaud", "condemn", "denounce", "criticize", "criticise", "deplore",
                   "protest", "decry", "lament", "mourn", "celebrate", "cheer", "greet", "blast", "slam"}
# verbs of a happening stirring those who learn of it: it had happened, or been made known, by then
STIRRING_LEMMAS = {"surprise", "shock", "stun", "startle", "disappoint", "dismay", "anger", "upset", "alarm", "please",
                   "delight", "encourage", "impress", "worry", "unsettle", "rattle"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}  # where something happened: no actor whose story a passage follows
# a clause hanging from a noun or a preposition tells of a participant or a circumstance, not the report
SCENE_SENTENCES = 1  # the sentences after the lede that go on telling its scene (a statement's matter there too)
SUBORDINATE_DEPS = {"relcl", "acl", "pcomp", "advcl", "csubj", "csubjpass"}
# "during a January 13 telephone call", "on the Oct. 13 deadline": a day naming its noun dates the event only there
TIME_PREPOSITIONS = {"during", "on", "at", "in", "since", "after", "before", "until", "till", "by", "following"}


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
        self._no_day_named = self._given and not _names_a_day_anywhere(list(self._timexes.values()))
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
        self._here: list[tuple[int, str]] = []  # the places the current sentence names: (offset, key)
        self._named: NamedHappenings | None = None  # the document's dated mentions of happenings (made at the first event)
        self._yesterdays: list[TimexRow] | None = None  # the day before publication, where the article is told from it
        self._weekend: Dating | tuple[()] | None = None  # Friday to Sunday, where a Monday paper tells Friday's news
        self._documented: set[str] | None = None  # proper names of who the article quotes from an undated document
        self._statements_day: TimexRow | None = None  # the one day the article's statements are told on
        self._statements_read = False
        self._statements_dated: list[tuple[Token, TimexRow]] | None = None  # its "said"s dated to a day by their clause
        self._speakers_days: dict[str, dict[str, TimexRow]] | None = None  # a named speaker's dated statements' days
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

    def event_date(self, sentence: Span, trigger: Token, tense: str,
                   timexes: list[TimexRow], agents: list[str] | None = None,
                   participants: list[str] | None = None) -> Dating:
        """(date_start, date_end, date_basis, timex_id) for the event that ``trigger`` names.

        ``agents`` and ``participants``: mention ids (None: not known). A sentence continues a passage
        unless who acts in it is known and all others than who took part in the passage's events
        (its agents, else its participants): a sentence whose actor the parse did not find carries on.
        """
        start = trimmed(sentence)[0]
        if _intended(trigger):
            tense = "future"
        published = self.published
        if start != self._sentence:
            self._sentence, self._before, self._dated = start, self._dated, {}
            self._clause_dates(sentence, timexes, published)
        if _a_participle_of_a_noun(trigger) or _an_imperative(trigger) or _presents_what_follows(trigger) \
                or _a_condition_word(trigger):
            # "Now …, get set for oil prices to fall": advice to the reader, whatever time ("Now") it names;
            # "Following are statements …": the text announcing its own next part; "… provided the border
            # is secured": a conjunction, the condition's word, not a providing
            return "", "", "none", ""
        in_lede = self._ledes.main_of_lede(start, self._passages.paragraph_start(start))
        own = _governing(sentence, trigger, timexes)
        if own is None:
            own = _gapped_time(sentence, trigger, timexes)
        clefted = own is None and (own := clefted_time(sentence, trigger, timexes)) is not None
        if own is None and tense == "past":
            own = series_time(sentence, trigger, timexes, _governing)  # "…, A fell 2% in May; B rose 1%"
        if own is not None and tense == "present" and own["date_end"] and published and own["date_end"] < published \
                and _of_what_it_holds(sentence, trigger, own):
            # "the department is still considering a request last week from Elian's father" (BP#22, wrong): a past
            # time inside what a present verb acts on is that thing's; the present is of the telling
            own = None
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
            own = _period_of_its_comparison(sentence, trigger, timexes, published)
        if own is None and tense == "future":
            own = _told_after_its_conjunct(sentence, trigger, timexes, published)  # "obtain … and complete … by year-end"
        if own is not None and (_expects_a_result(trigger, tense) or _keeps_a_level_for(sentence, trigger, own, tense)):
            own = None  # "expects … growth next year": next year is the growth's; the expecting is of today
        if own is not None and _a_closed_period_told_later(trigger, tense, own, published):
            own = None  # "will report a write-off … for its fourth quarter ended yesterday": the quarter's, not the report's
        closed = closed_by = ""  # the end of a period whose result the event reports, told before the verb
        if own is not None and _reports_a_periods_result(sentence, trigger, own):
            # "reported sales … for the quarter ended Sept. 29": the quarter is the sales', not the report's;
            # "For the quarter a year ago, Columbia reported earnings": the report came after that quarter closed
            closed, closed_by = (own["date_end"], own["timex_id"]) if own["start"] < trigger.idx else ("", "")
            own = None
        if own is not None and _before_a_present_statement(trigger, tense, own, published):
            own = None  # "With the finding of a rifle 11 days ago, the authorities say": the finding's time
        perfect = perfect_aspect(self.document.text[start:trigger.idx], trigger.idx - start)
        if not perfect and (_shares_auxiliaries(trigger) or _tried(trigger, tense)):  # "had moved troops … and said
            perfect = perfect_aspect(self.document.text[start:trigger.head.idx], trigger.head.idx - start)  # it would"
        signal = time_signal(self.document.text, own["start"]) if own is not None else ""
        if own is not None and _follows_it(trigger, own):
            signal = "since"
        if clefted and signal == "not until":
            signal = ""  # "It was not until Tuesday that Castro revealed": on Tuesday, the day the cleft focuses
        if own is not None and not signal:
            signal = _side_of_a_happening(sentence, own)
        if own is not None and perfect == "modal" and _reference(own) \
                and not any(c.tag_ == "MD" and c.lower_ in ("can", "ca") for c in trigger.children):
            # "for now, everyone should be searching …": what should be, not a happening of now ("for now, employees
            # can offer only emergency service" is what they are able to do now: a state, left as it was)
            own = None
        dated = own_date(own, published, perfect, signal) if own is not None else None
        if own is not None and signal in ("before", "after"):  # "The day before last Tuesday's hearing": Monday
            dated = counted_from_a_day(self.document.text, own) or dated
        if own is not None and tense == "past" and not perfect:  # "For the six months ended Aug. 12, Provigo posted"
            dated = _told_by_its_end(_stretch_ended_on(sentence, trigger, timexes, published), own) or dated
        dated = after_a_fronted_participle(sentence, trigger, own, perfect, dated, published)  # "Rescued on Nov. 25, …"
        dated = at_the_time_named(sentence, trigger, own, timexes, published, perfect) or dated  # "in 1968, when …"
        if dated is None and own is None and tense == "past":
            dated = self._counted_on(sentence, timexes, published)
        if dated is None and tense == "past" and not perfect:
            dated = _stretch_ended_on(sentence, trigger, timexes, published)
        if dated is not None and tense == "future" and dated[2] == "dct":  # "will now proceed": from now on
            dated = (published, "", "bounded", dated[3])
        if own is not None:  # "planned a demonstration on Saturday" in a Friday paper: the planning came before
            dated = for_a_later_time(tense, trigger.lemma_.lower(), dated, published,
                                     self.document.text[start:trigger.idx]) or dated
        dated = _by_a_deadline(tense, dated, published)
        # "Eight trading days after Oct. 12, … the Nasdaq Composite had fallen 4.3%" (AO#29), "fled just after the
        # Communist takeover in 1948": a happening told done (simple past, past perfect) is over by publication, so
        # a start from its time has publication for an end; so has a present perfect ("has gained since Tuesday",
        # "have been killed since 1985", BQ#12: what went on up to the telling — after it the text knows nothing,
        # and an open end read as vague). Closed last: the passage and the story record
        # the expression's dating ("McBride … later served … in October 1984. Farkas expressed …" still tells of
        # someone else in the passage of October 1984)
        open_ended = dated if own is not None and _done_by_publication(tense, perfect, dated, published) \
            and not _negated(trigger, tense) else None
        if self._line is not None and own is not None and not own["date_start"] and not _reference(own):
            # "late Thursday" in an undated article: its day is not known from a date line, only its side
            dated = ("", published, "bounded", own["timex_id"]) if tense == "past" and not perfect else \
                ("", "", "none", own["timex_id"])
        if tense == "past" and published and _in_a_fiscal_period(sentence, trigger, timexes):
            dated = ("", published, "bounded", "")  # "soared 33% in the fiscal first quarter": months unknown
        if closed and tense == "past" and published and closed <= published:
            dated = on_or_after_a_happening(closed, published, closed_by)  # the replay moves it alike
        if dated is None and (_describes(trigger) or _hypothetical(trigger, tense) or _negated(trigger, tense)
                              or _ordered(trigger, tense) or _an_obligation(trigger, tense)
                              or _a_possibility(trigger, tense) or _an_option(trigger)
                              or _an_infinitive_of_a_word(trigger, tense) or _not_wanted(trigger)
                              or _prevented(trigger) or _prompted_to(trigger) or _a_condition(trigger, tense)
                              or _free_choice(trigger, tense)
                              or (not perfect and _habitual(sentence, trigger, tense, timexes))):
            dated = ("", "", "none", "")
        who = self._actors(agents)
        lemma = trigger.lemma_.lower()
        aside_only = False  # every date the sentence writes is in a "who" aside: it reads the passage, sets none
        if dated is None:
            # "The index shed 47.3 points …, down 4.5% from the previous Friday and 6.8% from Oct. 13": the days
            # date the levels the fall is measured from, not the fall, which goes on telling the day's market (CE#34)
            own_times = [t for t in timexes if not _a_compared_level(sentence, t, trigger)]
            written = writes_a_date(own_times, sentence.start_char, sentence.end_char)
            elsewhere = written and dates_outside_asides(sentence, trigger, own_times)
            aside_only = written and not elsewhere
            relayed = self._relayed_by(trigger)
            facts = EventFacts(tense, lemma, perfect, in_lede, elsewhere, _subordinate(trigger),
                               relayed[1] if relayed else "", relayed[3] if relayed else "", _states(trigger),
                               dates_only_in_asides=aside_only)
            dated = self._periods.carried(facts, start, sentence.end_char, _months_of(sentence, trigger, timexes),
                                          self._compared, _subject_names(trigger)) if _of_a_result(trigger) else None
            if dated is not None and _of_the_year_before(sentence, trigger, timexes, self._compared):
                dated = _a_year_back(dated)  # "Net for the year-earlier nine months also included a gain"
            if dated is None and tense == "past" and published and (_in_a_named_era(trigger)
                                                                   or _over_long_stretches(trigger)):
                dated = ("", published, "bounded", "")  # "during the Truman presidency": its own time, not the passage's
            if dated is None and tense == "past" and not perfect:
                dated = in_a_dated_occasion(trigger, timexes, published)  # "In Sunday's debate, Spitzer attacked"
            if dated is None:
                narrative = self._passages_so_far(timexes).current(start, who)
                story = None if _told_of_a_happening(trigger) else self._story.carried()
                if story is not None and story[2] == "dct" and _subordinate(trigger):
                    story = None  # a lede dated by position: only main clauses go on telling it
                elif story is not None and story[2] == "dct" and not (lemma in REPORTING_LEMMAS and _states(trigger)) \
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
                if _describes_under_a_present(trigger):
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
                dated = _after(trigger, dated, timexes, published)
                if tense == "past" and dated[2] in ("narrative", "dct"):  # "killed in the Kenya embassy bombing"
                    dated = self._harmed_in_a_happening(sentence, trigger, dated, timexes)
                dated = self._beside_a_happening(sentence, trigger, dated, timexes)
                dated = self._done_by_a_happening(sentence, trigger, dated, timexes)
                dated = self._reacts_to_a_happening(sentence, trigger, dated, timexes)
                dated = self._followed_on(trigger, dated)
                dated = self._at_a_dated_scene(sentence, trigger, dated, timexes) if not perfect else dated
                if not perfect and _only_an_upper_bound(dated):  # "sought to soften the harsh words, saying on Friday"
                    dated = _by_saying_on_a_day(sentence, trigger, timexes, published) or dated
                if not perfect and _only_an_upper_bound(dated):  # "The Canadian warrant issued Monday charged Kopp"
                    dated = _done_by_a_document_of_a_day(trigger, list(self._timexes.values()), published) or dated
                if not perfect and _only_an_upper_bound(dated):  # "A similar suit was filed simultaneously"
                    dated = at_the_same_time(trigger, self._happenings(sentence, timexes), list(self._timexes.values()),
                                             published) or dated
                dated = self._shown_by_the_days_figures(trigger, tense, dated) or dated
                dated = self._the_storys_occasion(sentence, trigger, tense, dated, timexes) or dated
                if _only_an_upper_bound(dated) or (dated[2] == "dct" and tense == "past" and published
                                                   and lemma not in REPORTING_LEMMAS):
                    # "According to an April 2nd report …, an internal memo showed": by the report's day
                    dated = _per_a_dated_source(sentence, trigger, dated, timexes) or dated
                dated = self._beside_its_head(sentence, trigger, dated, timexes)
                dated = self._at_its_heads_moment(sentence, trigger, dated, timexes)
                dated = _before_what_follows(sentence, trigger, dated, timexes)
                dated = self._after_the_clause_before(trigger, tense, dated)
                if not perfect:
                    dated = self._up_to_the_story(trigger, tense, dated, agents, participants)
                # last: a start from the object's happening only where no step above gave a closer date
                dated = _after_its_dated_object(sentence, trigger, dated, timexes)
                dated = self._after_an_object_dated_elsewhere(sentence, trigger, dated, timexes)
                if perfect == "present":
                    dated = _lasted_up_to_now(sentence, trigger, dated, timexes, published)
                elif perfect == "past" and _reported_as_of_the_telling(trigger) and _only_an_upper_bound(dated):
                    dated = _lasted_up_to_now(sentence, trigger, dated, timexes, dated[1])  # up to the telling
        if tense == "future" and published and dated[:3] == (published, "", "bounded") and about_to_do_now(trigger):
            dated = (published, published, "dct", dated[3])  # "But now we're going to go back to New York": now
        if tense == "future":  # "will resume shipments within two to three weeks": up to the stretch's end
            dated = within_a_stretch(sentence, trigger, dated, timexes)
        if tense == "past" and _only_an_upper_bound(dated):  # "barred him from working until April 2009"
            dated = _before_what_it_set_runs_out(self.document.text, sentence, trigger, dated, timexes)
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = _at_a_moment_dated_by_its_clause(sentence, trigger, dated, timexes, published)
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = at_a_scheduled_happening(trigger, timexes, published) or dated  # "dominate a summit set for April"
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = self._after_the_act_it_names(trigger) or dated  # "redemption of the shares will eliminate …"
        if tense == "future" and published and dated[:3] == (published, "", "bounded"):
            dated = _when_this_happens(sentence, trigger, list(self._timexes.values()), published) or dated
        if tense == "past" and not perfect and dated == ("", published, "bounded", "") and self._sessions \
                and _a_stock_move(trigger):
            # a roundup of the session the text dated ("The Nasdaq Composite Index tumbled … on Friday" … "McCaw, which
            # dropped 2 1/2 to 37 3/4", "Intel eased 1/8 to 31 7/8": BU#43 = S#26 = AR#46, vague three times)
            dated = self._sessions[-1][0], self._sessions[-1][1], "narrative", self._sessions[-1][3]
        if tense == "past" and not perfect and dated == ("", published, "bounded", "") and not _subordinate(trigger) \
                and lemma in TALKING_LEMMAS:
            dated = self._talking_on(sentence, trigger) or dated  # "Jobs said … on Monday." / "He talked about …"
        if tense == "past" and not perfect and dated == ("", published, "bounded", "") and not _subordinate(trigger) \
                and _a_days_trading(trigger):
            dated = self._said_the_day_before(sentence) or dated  # a daily paper's close: the day it was written
        if in_lede and tense == "past" and not perfect and dated == (published, published, "dct", "") \
                and lemma not in REPORTING_LEMMAS and not _names_the_day(timexes, published):
            dated = self._told_later_on_its_day(sentence, trigger, timexes) \
                or self._reported_next_day(sentence, main=not _subordinate(trigger)) \
                or self._traded_on_the_day_told_next(sentence, trigger) or dated
            if dated == (published, published, "dct", "") and self._no_day_named:
                # Coleco "filed a Chapter 11 reorganization plan" in a paper that names no day anywhere: the lede's
                # act is news of that day or the days before it — on or before publication, its day not told (AJ#17)
                dated = ("", published, "bounded", "")
        elif tense == "present" and dated == (published, published, "dct", "") and not _subordinate(trigger):
            dated = on_taking_effect(sentence, trigger, list(self._timexes.values())) or dated  # "He succeeds …"
        elif tense == "past" and not perfect and dated == (published, published, "dct", "") \
                and lemma in REPORTING_LEMMAS and not _subordinate(trigger):
            dated = (self._statement_named(sentence, trigger, timexes, agents) if _states(trigger) else None) \
                or (self._said_again_on_a_day(sentence, trigger) if _states(trigger) else None) \
                or (self._the_speakers_one_day(trigger) if _states(trigger) else None) \
                or self._said_afterwards(trigger) \
                or (self._said_after_a_happening(sentence, trigger, timexes) if _states(trigger) else None) \
                or (self._before_earlier_that_day(sentence) if _states(trigger) else None) \
                or self._written_before(trigger, sentence, published, in_lede) or self._said_the_day_before(sentence) \
                or (self._said_on_the_reporting_day(sentence) if _states(trigger) else None) \
                or self._news_of_an_earlier_day(sentence, trigger, timexes) \
                or (self._said_over_the_weekend(sentence.doc) if _states(trigger) and not _told_as_earlier(trigger)
                    else None) or dated
        if in_lede and tense == "past" and dated == ("", published, "bounded", ""):
            dated = self._lede_written_before(sentence) or dated
        elif tense == "past" and published and dated[:3] == ("", published, "bounded"):
            # anywhere in a daily paper told from the day before ("yesterday"): the report was written that day, so
            # what it tells as done was done by then ("the agreement, announced yesterday … was reached", CB#43)
            before = self._said_the_day_before(sentence)
            dated = ("", before[1], "bounded", before[3]) if before else dated
        if in_lede:
            self._lede_start = start
        told_in_lede = in_lede or (start == self._lede_start and trigger.dep_ == "ccomp"
                                   and trigger.head.lemma_.lower() in REPORTING_LEMMAS)  # what the lede's statement tells
        if told_in_lede and tense == "past" and not perfect and _only_an_upper_bound(dated):
            # "Dime … was cleared by the FDIC …, the banks said" / "The FDIC cleared the move yesterday"
            later = self._told_later_on_its_day(sentence, trigger, timexes)
            dated = later if later is not None and later[1] <= dated[1] else dated
        if tense == "past" and not perfect and dated[2] in ("dct", "narrative") and dated[0] and dated[0] == dated[1] \
                and _told_as_earlier(trigger):
            # "Previously, an affiliate of Unicorp Canada disclosed a stake": before the day the telling is at, no
            # day told (AJ#28) — on or before that day
            dated = ("", dated[1], "bounded", "")
        dated = self._named_elsewhere(sentence, trigger, tense, dated, timexes, (agents or []) + (participants or []))
        statement = lemma in REPORTING_LEMMAS and not _subordinate(trigger) and _states(trigger)
        positioned = in_lede and tense == "past" and not perfect and lemma not in REPORTING_LEMMAS \
            and _names_the_day(timexes, published)
        if self._story.note(in_lede, dated, published, statement, main=trigger.dep_ == "ROOT", positioned=positioned,
                            saying=statement and a_saying(lemma)):
            self._lede_actors = self._actors((agents or []) + (participants or []), places=False) or set()
            self._lede_places = {key for _, key in self._here}
            self._lede_speakers = self._person_keys(agents)
        # an aside ("Ritter, who arrived Thursday") or what is still to come ("will be disclosed this morning")
        # does not set the passage's date
        self._passages.told(dated, who or self._actors(participants, places=False),
                            statement or _reviews_a_happening(trigger) or _takes_the_stand(trigger),  # what follows a
                            # listing came before it; what follows a testimony was told in it
                            sets=trigger.dep_ not in ("relcl", "acl") and not _still_to_come(tense, dated, published)
                            and not aside_only,
                            offset=start if trigger.dep_ in ("ROOT", "conj") else -1)  # a scene: a main clause's day
        for chosen in _chosen_times(sentence, trigger, timexes):  # "picked Saturday night as the time to start
            following = next(_sentences_after(sentence), None)  # the offensive": what follows tells what was
            self._passages.told((chosen["date_start"], chosen["date_end"], "timex", chosen["timex_id"]),  # chosen
                                who, sets=True, offset=start,  # for that time — the sentence after it
                                until=following.end_char if following is not None else sentence.end_char)
        if open_ended is not None and dated == open_ended:
            dated = on_or_after_a_happening(dated[0], published, dated[3])
        if tense == "past" and _only_an_upper_bound(dated):  # "has informed Sununu …" / "Sununu was told Wednesday"
            # after the passage and the story have noted it: the day is this telling's, not one the story moves to
            dated = told_again_on_a_day(sentence, trigger, list(self._timexes.values()), published, _governing) \
                or dated
        if tense == "future" and dated[2] == "timex" and dated[0] and published and dated[0] >= published:
            self._to_come.append((lemma, dated))  # "will redeem 9.5 million … shares on Oct. 31"
        if tense == "past" and dated[2] == "timex" and dated[0] and dated[0] == dated[1] and published \
                and dated[1] < published and _a_markets_move(trigger):
            self._sessions.append(dated)  # "The Nasdaq Composite Index tumbled 5.39 … on Friday"
        self._dated[trigger.i] = dated
        return self._from_the_line(from_the_dateline(tense, dated, published, self._dateline))

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
        # "a reward for … those responsible for Slepian's slaying" in a present clause: the clause's day is when the
        # reward is offered, not when the slaying was (AV#37, "the Oct. 23 slaying of Slepian"): before it, the day
        today = dated[2] == "dct" and dated[0] == dated[1] == self.published
        # "Rabin's murder was a black stain": the copula, dated on or after the murder the article names ("the
        # November 1995 assassination of Rabin"), is when it was spoken of; the noun is that murder, within it
        since = dated[2] == "bounded" and bool(dated[0]) and bool(dated[1])
        if noun.pos_ != "NOUN" or not (today or since or _only_an_upper_bound(dated)):
            return dated
        when = self._happenings(sentence, timexes).noun_date(noun, named_alike=True)
        if when is None or not when[0] or not when[1] or (when[1] >= dated[0] if today else when[1] > dated[1]) \
                or (since and when[0] < dated[0]):
            return dated
        return when

    def _beside_a_happening(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication that the text puts before or after a happening it names without
        a date ("spotted in the weeks before the shooting", "resigned after the vote"), a happening the document
        dates elsewhere ("the Oct. 23 shooting"): on or before that date's end, on or after its start — a bound
        from the happening, never its day."""
        if not _only_an_upper_bound(dated):
            return dated
        for word, noun in _happenings_beside(trigger):
            when = self._happenings(sentence, timexes).noun_date(noun)
            if when is None or not when[0] or not when[1]:
                continue
            if word in BEFORE_WORDS and when[1] < dated[1]:  # "The day before last Tuesday's hearing": Monday
                return _days_on(when, -_days_later(noun.head), dated[1]) or ("", when[1], "bounded", when[3])
            if word in AFTER_WORDS and when[0] <= dated[1]:
                return _days_on(when, _days_later(noun.head), dated[1]) or (when[0], dated[1], "bounded", when[3])
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

        for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (n for n in prep.children if n.dep_ == "pobj" and n.pos_ == "NOUN" and event_noun(n)
                         and _definite(n)):
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
        if not _only_an_upper_bound(dated):
            return dated
        relative = trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in trigger.children)
        antecedent = trigger.head  # "the bombing of a clinic that killed": the parse hangs it on the nearer noun
        subjects = [antecedent] + ([antecedent.head.head] if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of"
                                   and antecedent.head.head.pos_ == "NOUN" else []) if relative else \
            [c for c in _harm_subject(trigger).children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        when = (_own_noun_date(sentence, subjects, timexes, dated[1]) if relative or trigger.dep_ in ("ROOT", "conj")
                else None) or self._dated_by_then(sentence, timexes, subjects, dated[1])
        if when is None:
            return dated
        if (when[0] == when[1] or (relative and when[0][:7] == when[1][:7])) \
                and trigger.lemma_.lower() not in CONSEQUENCE_LEMMAS | STIRRING_LEMMAS \
                and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in _harm_subject(trigger).children):
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
        if not _only_an_upper_bound(dated):
            return dated
        when = self._dated_by_then(sentence, timexes, _answered(trigger), dated[1])
        return on_or_after_a_happening(when[0], dated[1], when[3]) if when is not None else dated

    def _after_an_object_dated_elsewhere(self, sentence: Span, trigger: Token, dated: Dating,
                                         timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication that acts on a happening the article dates elsewhere ("appeal the
        ruling" after "the INS ruled Wednesday", "requested aid for victims of the bombings" after "The bombings on
        Aug. 7"): one acts on what has happened, so on or after its start, as where the sentence itself dates it
        (``_after_its_dated_object``) — here only a definite noun of a happening that the document dates once
        (``named_twice.noun_date``), and not a verb that may come before what it acts on (FORESEEING_LEMMAS)."""
        if not _only_an_upper_bound(dated) or trigger.lemma_.lower() in FORESEEING_LEMMAS:
            return dated
        happenings = self._happenings(sentence, timexes)
        for noun in _acted_on(trigger) + _acted_on_by_its_purpose(trigger):
            if not _a_happening(noun) or any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES for d in noun.children):
                continue  # "appealed that decision": the one just told, not the decision the article dates
            when = happenings.noun_date(noun, named_alike=True)  # "the ruling" after "the court ruled on Monday"
            if when is not None and when[0] and when[0] <= dated[1]:
                return on_or_after_a_happening(when[0], dated[1], when[3])
        return dated

    def _after_the_clause_before(self, trigger: Token, tense: str, dated: Dating) -> Dating:
        """"Juan Miguel Gonzalez arrived in the United States April 2, and Reno ordered the Miami relatives to
        surrender the child" (AU#2): a past clause joined by "and" after a clause dated by its own words tells what
        came with it or next — on or after that clause's start, a bound, never its day."""
        if tense != "past" or trigger.dep_ != "conj" or not _only_an_upper_bound(dated) or not _has_subject(trigger) \
                or trigger.head.i > trigger.i or not any(c.lower_ == "and" for c in trigger.head.children
                                                          if c.dep_ == "cc" and c.i < trigger.i):
            return dated
        before = self._dated.get(trigger.head.i)
        if before is None or before[2] != "timex" or not before[0] or before[0] > dated[1]:
            return dated
        return before[0], dated[1], "bounded", before[3]

    def _followed_on(self, trigger: Token, dated: Dating) -> Dating:
        """"The ratification process began in February this year …" / "It was followed by Denmark, Norway …":
        what follows "it" or "this", the happening the sentence before told, came on or after that happening's
        start (a bound, not its day), where it is bounded by publication only."""
        if not _only_an_upper_bound(dated) or trigger.lemma_.lower() != "follow" or not any(
                c.dep_ == "nsubjpass" and c.lower_ in ("it", "this", "that") for c in trigger.children):
            return dated
        last = next(iter(self._before.values()), None)
        if last is None or not last[0] or last[2] not in ("timex", "narrative") or last[0] > dated[1]:
            return dated
        return last[0], dated[1], "bounded", last[3]

    def _at_a_dated_scene(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A past event bounded by publication told at or during a gathering the document dates to one day
        ("While introducing iPhone 4, at the annual conference, Jobs started by hinting …" after "Yesterday, at
        … the Worldwide Developers Conference, … Jobs unveiled"): it happened there, so on that day
        (``narrative``, the expression's id). The scene is the verb's own "at"/"during" phrase, or that of a
        clause at its time ("while", "as", "when") hanging from it; a definite happening noun (``noun_date``)."""
        if not _only_an_upper_bound(dated):
            return dated
        def at_its_time(verb: Token) -> bool:  # "while introducing", "as he spoke"
            return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SIMULTANEOUS_MARKS
                                                for m in verb.children)

        verbs = [trigger] + [c for c in trigger.children if at_its_time(c)] \
            + ([trigger.head] if at_its_time(trigger) else [])
        scenes = [c for verb in verbs for p in verb.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPOSITIONS
                  for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
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
            if when is None and _a_statement_told_again(noun):
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
        own name (``_speaker_name``), not the last word alone by which actors are compared ("corp" names no one
        firm). A statement made "in announcing" news
        ("In announcing the plant delay, Kellogg Chairman William E. LaMothe said", ``_in_announcing``) is part
        of the announcement, so of the one day the article's reporting nouns give it ("Last Friday's
        announcement", AL#28), whoever they name."""
        happenings = self._happenings(sentence, timexes)
        speakers = [set(self._key_words[m]) for m in agents or [] if m in self._key_words] + [_speaker_name(trigger)]
        return happenings.statement_date(speakers) \
            or (happenings.announcement_day(self.published) if _in_announcing(trigger) else None)

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
        speaker = _speaker(trigger, definite=True)
        if speaker is None:
            return self._speaking_on_from_before(sentence, trigger)
        doc = sentence.doc
        neighbours = self._quoted_back_to_a_statement(sentence) \
            + ([doc[sentence.end].sent] if sentence.end < len(doc) else [])
        for other in neighbours:
            times = [t for t in self._timexes.values() if other.start_char <= t["start"] < other.end_char]
            for verb in other:
                if verb.lemma_.lower() not in REPORTING_LEMMAS or verb.tag_ != "VBD" or not _states(verb) \
                        or _speaker(verb, definite=False) != speaker:
                    continue
                own = _governing(other, verb, times)
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
        verb = next((v for v in [before.root, *before] if v.tag_ == "VBD" and _speaks_out(v) and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.children)), None)
        if verb is None:
            return None
        times = [t for t in self._timexes.values() if before.start_char <= t["start"] < before.end_char]
        own = _governing(before, verb, times)
        if own is not None and _a_single_day(own):
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
        days = {told[:2]: told for verb in before if verb.tag_ == "VBD" and _speaks_out(verb)
                and any(c.dep_ == "nsubj" and _a_name(c) for c in verb.children)
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
        for following, _ in zip(_sentences_after(sentence), range(LEDE_SENTENCES)):
            horizon = following.end_char
        near = [t for t in days if sentence.start_char <= t["start"] < horizon and not _relays(sentence.doc, t)]
        if near and main:
            return near[0]["date_start"], near[0]["date_end"], "narrative", near[0]["timex_id"]
        return "", days[0]["date_end"], "bounded", days[0]["timex_id"]

    def _traded_on_the_day_told_next(self, sentence: Span, trigger: Token) -> Dating | None:
        """A lede's move of the day's trading ("Crossland Savings Bank's stock plummeted after …", AJ#18) that the
        lede's next sentences tell with its day ("In composite trading on the New York Stock Exchange Friday,
        Crossland closed at $5.25, down $1.875"): that day, the session the move was made in, where those
        sentences give one day of trading, not after publication. A Monday paper tells Friday's session; the
        lede's position alone gave the paper's day, which excludes it. "yesterday" is ``_reported_next_day``'s."""
        if _subordinate(trigger) or not _a_days_trading(trigger):
            return None
        return _the_one_day_told(islice(_sentences_after(sentence), LEDE_SENTENCES),
                                 lambda verb: verb.pos_ == "VERB" and verb.tag_ == "VBD" and _a_days_trading(verb),
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
        if trigger.pos_ != "VERB" or _subordinate(trigger):
            return None
        if not _can_recur(trigger):
            return self._its_happening_told_later(sentence, trigger, timexes)
        lemma = trigger.lemma_.lower()
        return _the_one_day_told(_sentences_after(sentence),
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
        if subject is None or not _a_happening(subject):
            return None
        noun = subject.lemma_.lower()
        return _the_one_day_told(_sentences_after(sentence),
                                 lambda verb: verb.lemma_.lower() in OCCURRING_LEMMAS and verb.tag_ == "VBD"
                                 and any(c.dep_ == "nsubj" and c.lemma_.lower() == noun for c in verb.children),
                                 list(self._timexes.values()) or timexes, self.published)

    def _written_before(self, trigger: Token, sentence: Span, published: str, in_lede: bool = False) -> Dating | None:
        """A statement in a document named without its day (``_in_a_document``) is on or before the day the
        report was written: the day before in a daily paper told from "yesterday", else publication. So is the
        lede's statement of a speaker the article goes on to quote from such a document ("Norwood … said it may
        make a tender offer" / "In a Securities and Exchange Commission filing, Norwood said"): its source."""
        if not _in_a_document(trigger) and not (in_lede and self._quoted_from_a_document(trigger)):
            return None
        return self._lede_written_before(sentence) or ("", published, "bounded", "")

    def _news_of_an_earlier_day(self, sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """A report of news ("As expected, Kellogg reported lower third-quarter earnings", "announced") in a
        paper whose news the article names by an earlier day ("Last Friday's announcement" in a Monday paper):
        given with that news, on or before its day, not on the paper's; only a verb that gives news ("reported",
        "announced", "disclosed"), not one of saying ("said", "added": what the paper heard, of its day), nor where
        the article names the publication day."""
        if trigger.lemma_.lower() not in NEWS_LEMMAS or _names_the_day(list(self._timexes.values()), self.published):
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
                                if verb.lemma_.lower() in REPORTING_LEMMAS and _in_a_document(verb)
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
            published = self.document.published
            if published and self._given and ISO_DAY.match(published) \
                    and date.fromisoformat(published).weekday() == 0:
                friday = (date.fromisoformat(published) - timedelta(days=3)).isoformat()
                days = [t for t in sorted(self._timexes.values(), key=lambda t: t["start"])
                        if t["type"] in ("DATE", "TIME") and t["date_start"] == t["date_end"]]
                fridays = [t for t in days if t["date_start"] == friday and _a_past_verbs_own_day(doc, t)]
                if fridays and not any(t["date_start"] == published for t in days):
                    sunday = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
                    self._weekend = (friday, sunday, "bounded", fridays[0]["timex_id"])
        return self._weekend or None

    def _said_afterwards(self, trigger: Token) -> Dating | None:
        """A statement told "afterwards" or "later" with no time of its own ("Clark … said afterwards that
        investigators think …" after "on April 8, investigators … searched the site", AJ#20; "'I have lost a son,'
        Gonzalez told reporters later", Z#2): it came after the happening the sentence before told, so on or after
        that one's start, up to publication — not the paper's own day, which the text does not give it."""
        if not any(c.dep_ == "advmod" and c.lower_ in AFTERWARDS_WORDS for c in trigger.children):
            return None
        last = next(iter(self._before.values()), None)
        if last is None or not last[0] or last[2] not in ("timex", "narrative") or last[0] >= self.published:
            return None
        return last[0], self.published, "bounded", last[3]

    def _said_after_a_happening(self, sentence: Span, trigger: Token, timexes: list[TimexRow]) -> Dating | None:
        """A statement told "after" a happening the document dates ("Sister Jeanne O'Laughlin said after the meeting
        she thought Elian should stay" beside "Wednesday's meeting", AY#41, too precise at the paper's day): on or
        after that happening's start, up to publication, as an undated past act beside it is
        (``_beside_a_happening``) — the text ties it to the happening, not to the paper's day."""
        for word, noun in _happenings_beside(trigger):
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
        before publication."""
        speaker = _speaker(trigger, definite=True) if _named_subject(trigger) else None
        if speaker is None:
            return None
        if self._speakers_days is None:
            self._speakers_days = self._named_speakers_days(trigger.doc)
        days = self._speakers_days.get(speaker, {})
        if len(days) != 1:
            return None
        day = next(iter(days.values()))
        return (day["date_start"], day["date_end"], "narrative", day["timex_id"]) \
            if day["date_start"] < self.published else None

    def _named_speakers_days(self, doc: Doc) -> dict[str, dict[str, TimexRow]]:
        """For each speaker named by a proper name, the days its own clause gives its statements ("said"/"told" …
        with a time of one day up to publication), by day."""
        found: dict[str, dict[str, TimexRow]] = {}
        if not self.published:
            return found
        for verb, own in self._dated_statements(doc) + self._dated_outbursts(doc):
            speaker = _speaker(verb, definite=True) if _named_subject(verb) else None
            if speaker and own["date_start"] <= self.published:
                found.setdefault(speaker, {}).setdefault(own["date_start"], own)
        return found

    def _dated_statements(self, doc: Doc) -> list[tuple[Token, TimexRow]]:
        """Every "said"/"told" of the article that its own clause dates to one day, with that expression, in text
        order (read once: ``_one_day_of_statements`` and ``_named_speakers_days`` both ask)."""
        if self._statements_dated is None:
            self._statements_dated = []
            for sentence in doc.sents if self._given else ():
                times = [t for t in self._timexes.values() if sentence.start_char <= t["start"] < sentence.end_char]
                for verb in sentence if times else ():
                    if verb.lemma_.lower() in RELAYING_LEMMAS and verb.tag_ == "VBD":
                        own = _governing(sentence, verb, times)
                        if own is not None and _a_single_day(own):
                            self._statements_dated.append((verb, own))
        return self._statements_dated

    def _dated_outbursts(self, doc: Doc) -> list[tuple[Token, TimexRow]]:
        """Every past verb of speaking out ("lashed out", "accused", "vowed": ``SPEAKING_OUT_LEMMAS``) that its own
        clause dates to one day, with that expression: a statement too, so it gives its speaker's day ("Juan Miguel
        Gonzalez lashed out at his Miami relatives Sunday night" … "'He's told me so,' Gonzalez said", AA#46 and
        AG#47: wrong at the Monday paper's day). Not the article's "said"s, whose one day another rule reads."""
        found = []
        for sentence in doc.sents if self._given else ():
            times = [t for t in self._timexes.values() if sentence.start_char <= t["start"] < sentence.end_char]
            for verb in sentence if times else ():
                if verb.lemma_.lower() in SPEAKING_OUT_LEMMAS and verb.tag_ == "VBD":
                    own = _governing(sentence, verb, times)
                    if own is not None and _a_single_day(own):
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
                        and REPORTS_DAY.search(t["text"] or "") and _dates_a_past_verb(doc, t)]
                if not any(t["date_start"] == published for t in days):
                    self._yesterdays = [t for t in days if t["date_start"] == before]
        return self._yesterdays

    def _up_to_the_story(self, trigger: Token, tense: str, dated: Dating, agents: list[str] | None,
                         participants: list[str] | None) -> Dating:
        """A past main clause of the lede's people bounded only by publication, told after the story moved on
        at a dated aside: on or before the story's day (the lede tells the latest of them), not only publication."""
        story = self._story.date
        if story is None or not self._story.moved_on or dated[2] != "bounded" or dated[0] or not dated[1] \
                or tense != "past" or _subordinate(trigger) or not story[1] or story[1] >= dated[1]:
            return dated
        who = self._actors(agents) or self._actors(participants, places=False)
        if not who or not self._lede_actors or not who & self._lede_actors:
            return dated
        return "", story[1], "bounded", story[3]

    def _clause_dates(self, sentence: Span, timexes: list[TimexRow], published: str) -> None:
        """Tell the story of the dates the sentence gives a clause of its own (not a noun's, "the Aug. 7
        bombings", nor an amount's compared with, nor a statement's day, "said Monday"); a sentence whose
        subject the story's day names is back at it, whatever its asides tell ("since 1993")."""
        back = []
        for timex in timexes:
            if timex["type"] not in ("DATE", "TIME") or not timex["date_start"] or not timex["date_end"]:
                continue
            span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
            if span is None or _in_comparison(span):
                self._compared.add(timex["timex_id"])
                continue
            if (published and timex["date_start"] > published) \
                    or (timex["type"] == "DATE" and not CALENDAR_VALUE.match(timex["value"] or "")):
                continue
            if not _modifies_a_noun(span, timex) and _reporter_before(span) is None:
                self._story.writes(timex)
                if _a_states_day(span, timex):
                    self._passages.told((timex["date_start"], timex["date_end"], "timex", timex["timex_id"]),
                                        offset=trimmed(sentence)[0])
            elif _names_the_subject(span):  # "Sunday's service … included": the telling is back at that day
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
        if trigger.lemma_.lower() not in REPORTING_LEMMAS or _subordinate(trigger) or not _states(trigger):
            return False
        speakers = self._person_keys(agents)
        return bool(speakers) and not speakers & (self._lede_actors | self._lede_speakers)

    def _keeps_the_lede(self, trigger: Token, agents: list[str] | None, participants: list[str] | None) -> bool:
        """Whether an event goes on telling a lede dated by its position: its clause names no other place
        than the lede's ("Anna Berg was born in Graz" after her summit in Vienna is her past, not the summit's
        day), and who acts in it, where known, is one of the lede's people."""
        for offset, key in self._here:
            place = trigger.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if key not in self._lede_places and place is not None and _in_clause_of(place.root, trigger):
                return False
        who = self._actors(agents) or self._actors(participants, places=False)
        return not who or not self._lede_actors or bool(who & self._lede_actors)

    def _shown_by_the_days_figures(self, trigger: Token, tense: str, dated: Dating) -> Dating | None:
        """"The figures showed the unemployment rate for adult men declined" in a story whose lede writes its day
        ("The economy created jobs …, the government reported on Friday", CH#20 and three samples before it, left
        on or before publication): the figures are the day's release, and what they showed is told on its day."""
        if tense != "past" or not (_only_an_upper_bound(dated) or dated[2] == "dct") \
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
        if tense != "past" or not _only_an_upper_bound(dated) or not _takes_place(trigger):
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

    def _beside_its_head(self, sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
        """A past event of a clause that "after" or "before" opens, hanging from an event dated to a closed
        range ("concluded on Wednesday after the Netherlands gave its go-ahead"; a second verb of the clause,
        "closed lower Friday after the resignation slapped the market and the sell-off knocked it down"; the
        clause told first, "After the minister resigned, shares closed lower Friday"): on or before that
        range's end ("after"), on or after its start ("before"), not only bounded by publication."""
        if not _only_an_upper_bound(dated):
            return dated
        lost = _a_lost_after_clause(trigger)
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
        head = moment_clause_head(trigger) if _only_an_upper_bound(dated) else None
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
        own = _governing(sentence, verb, timexes) if verb.pos_ in ("VERB", "AUX") else None
        if own is None or not own["date_start"] or not own["date_end"] or (
                self.published and own["date_end"] > self.published and not later) \
                or time_signal(self.document.text, own["start"]):
            return None
        return own["date_start"], own["date_end"], "timex", own["timex_id"]

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
        if _held_when_said(trigger, tense, relayed) and relayed[2] in ("timex", "narrative", "dct"):
            # "Castro said he sympathized with the boy's father" (CJ#22): the saying's day, a publication day as it is
            return relayed if relayed[2] == "dct" else (relayed[0], relayed[1], "narrative", relayed[3])
        if _held_when_said(trigger, tense, relayed, closed=True) and relayed[2] == "bounded":
            return relayed  # "said after the meeting she thought …": held when said, within the saying's closed bound
        if relayed[2] not in ("dct", "narrative") or trigger.pos_ not in ("VERB", "AUX") \
                or trigger.lemma_.lower() in REPORTING_LEMMAS \
                or not _attributed_after(trigger) or not self._just_after_the_lede(sentence):
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


def _in_a_document(trigger: Token) -> bool:
    """A statement made in a written document the text names without its day ("In a Securities and Exchange
    Commission filing, Norwood said", "said in the lawsuit"): it was written on or before publication, not
    on the report's day (a document with a day dates it, ``_dates_the_medium``; what is said aloud, in an
    interview or a news conference, stays the report's). So is one relayed from another outlet's report
    (``_relayed_from_another_outlet``)."""
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_LEMMAS for c in prep.children)
        for prep in trigger.children) or _relayed_from_another_outlet(trigger)


# the words that name a news outlet ("The Wall Street Journal", "The New York Times", "the BBC", "Reuters")
OUTLET_WORDS = {"times", "journal", "post", "herald", "guardian", "telegraph", "tribune", "gazette", "newspaper",
                "paper", "magazine", "daily", "reuters", "bbc", "cnn", "agency", "television", "radio", "broadcaster",
                "network", "newsweek", "economist", "bloomberg"}
SOURCE_WORDS = {"source", "sources", "they", "people", "insiders", "officials"}


def _told_to_an_outlet(trigger: Token) -> bool:
    """A statement told to a news outlet ("he told the Los Angeles Times", "said in an interview with the BBC"):
    given in an interview on a day the text does not tell, before the outlet printed or aired it — not the day of
    this paper (CO#6, too precise). Only where the sentence writes no day of its own (``_governing`` dates it
    first)."""
    if trigger.lemma_.lower() not in RELAYING_LEMMAS:
        return False
    if any(c.dep_ in ("dobj", "dative") and _names_an_outlet(c) for c in trigger.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        n.dep_ == "pobj" and n.lemma_.lower() == "interview" and any(
            w.dep_ == "prep" and w.lower_ == "with" and any(o.dep_ == "pobj" and _names_an_outlet(o) for o in w.children)
            for w in n.children) for n in p.children) for p in trigger.children)


def _relayed_from_another_outlet(trigger: Token) -> bool:
    """A statement the text takes from another outlet's report whose day it does not give: "according to The New
    York Times, who first broke the news, an anonymous individual claimed" (BH#35), or the sources that outlet cited,
    told right after it ("Citing people familiar with the situation, The Wall Street Journal reported that …" /
    "The sources claimed that …", "They also said that …": BO#10, #40). Made on or before that report, so on or before
    publication, not on the day of this one (too precise, judged three times)."""
    sentence = trigger.sent
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if _according_to_an_outlet(sentence) or (trigger.lemma_.lower() == "report" and subject is not None
                                             and _names_an_outlet(subject)):
        return True  # "The Wall Street Journal reported that …": that paper's report, of a day this one does not give
    if _told_to_an_outlet(trigger):
        return True  # "he told the Los Angeles Times newspaper" (CO#6): an interview that paper printed before this one
    if subject is None or subject.lower_ not in SOURCE_WORDS:
        return False
    doc, start = sentence.doc, sentence.start
    for _ in range(2):  # the sentence before, or the one before it ("The sources claimed …" / "They also said …")
        if start == 0:
            return False
        before = doc[start - 1].sent
        if _according_to_an_outlet(before) or any(verb.lemma_.lower() in ("report", "cite") and any(
                c.dep_ == "nsubj" and _names_an_outlet(c) for c in verb.children) for verb in before):
            return True
        start = before.start
    return False


def _a_single_day(timex: TimexRow) -> bool:
    """The expression names one calendar day (or a time on it)."""
    return timex["type"] in ("DATE", "TIME") and bool(timex["date_start"]) and timex["date_start"] == timex["date_end"]


def _according_to_an_outlet(sentence: Span) -> bool:
    """The sentence relays "according to" a news outlet named within a few words ("According to The New York Times,
    …")."""
    return any(token.lower_ == "according" and token.i + 1 < sentence.end and sentence.doc[token.i + 1].lower_ == "to"
               and any(_names_an_outlet(t) for t in sentence.doc[token.i + 2:min(token.i + 9, sentence.end)]
                       if t.pos_ == "PROPN")
               for token in sentence)


def _names_an_outlet(noun: Token) -> bool:
    """A proper name (or its head) whose words name a news outlet: the noun with the words it governs, or the noun
    alone inside a prepositional phrase ("according to The New York Times")."""
    if noun.pos_ not in ("PROPN", "NOUN"):
        return False
    words = [noun] if noun.dep_ == "pobj" else list(noun.subtree)
    return any(t.pos_ == "PROPN" for t in words) and bool(
        {t.lower_ for t in words if t.pos_ in ("PROPN", "NOUN")} & OUTLET_WORDS)


DOCUMENT_LEMMAS = {"filing", "report", "statement", "letter", "prospectus", "lawsuit", "suit", "complaint", "memo",
                   "memorandum", "affidavit", "petition", "document", "release", "proxy"}  # written, kept: not spoken


def _attributed_after(trigger: Token) -> bool:
    """Whether the statement relaying the trigger's clause is named after it ("Ritter led his team …, Dacey
    said"; "``All sites were inspected,'' Dacey said"): the telling's own narration with its source added."""
    verb = trigger
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.i > trigger.i


# a mind's state: told in the past inside a statement ("said he remembered", "said she knew"), it is the
# speaker's at the saying, not a happening before it (sequence of tenses)
MENTAL_STATES = frozenset({"remember", "know", "believe", "think", "feel", "want", "hope", "fear", "understand",
                           "expect", "doubt", "wish", "regret", "recall", "suspect", "prefer", "trust",
                           # "Castro said he sympathized with the little boy's father" (CJ#22)
                           "sympathize", "appreciate", "worry", "respect", "admire", "love", "hate", "like"})


def _held_when_said(trigger: Token, tense: str, relayed: Dating, closed: bool = False) -> bool:
    """A past simple mental state in the clause a statement of one known day tells ("Fried said Friday that
    he remembered being asked"; "she told African envoys that she looked forward to visiting Kenya", CJ#24): the
    state held when it was told, the statement's day. ``closed``: a statement of a closed range counts too ("said after
    the meeting she thought …", Wednesday to publication): the state is held within it."""
    looking_forward = trigger.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in trigger.children)
    return tense == "past" and (trigger.lemma_.lower() in MENTAL_STATES or looking_forward) \
        and trigger.dep_ == "ccomp" and bool(relayed[0]) \
        and (relayed[0] == relayed[1] or (closed and bool(relayed[1]))) and _the_speakers_own(trigger) \
        and not any(c.dep_ == "neg" for c in trigger.children)


def _the_speakers_own(state: Token) -> bool:
    """The state is told of the speaker ("Castro said he sympathized", "Fried said … that he remembered"): a
    pronoun, or a name the speaker's subject holds, not another person ("'Mr. Lortie felt less pertinent,' Mr.
    Nadeau said": Lortie's state, of an earlier time)."""
    subject = next((c for c in state.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    speaker = next((c for c in state.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and subject.lower_ == speaker.lower_  # the names' heads: "Mr." names no one


def _states(trigger: Token) -> bool:
    """Whether a verb of saying says something: "BellSouth added a provision" adds a thing, states nothing;
    "America West posted earnings of $18.9 million" posts a result, not a message; "its equity in the net income
    … declined to $6.3 million" is a change in an amount (BW#6), "declined to comment" a refusal to say."""
    if trigger.lemma_.lower() == "post":
        return not _posts_a_result(trigger)
    if trigger.lemma_.lower() == "decline":  # "declined to comment" says (nothing); "declined to $6.3 million" fell
        return any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.lemma_.lower() == "comment")
                   for c in trigger.children)
    if _an_act_told_with_another(trigger) or _said_by_what_came_with_it(trigger):
        return False
    if trigger.lemma_.lower() != "add":
        return True
    return not any(c.dep_ == "dobj" for c in trigger.children) or any(c.dep_ == "ccomp" for c in trigger.children)


def _an_act_told_with_another(trigger: Token) -> bool:
    """"Instead, she turned to her community rabbi … and told him about Amir's statements" (AG#19): a verb of
    saying joined to a past act of its own subject's, with no message of its own (no clause, no quote), is one
    more act of the story told, not a statement the paper reports on its day; so it is dated as its head is
    ("turned", on or before the testimony), not as the lede's statement. "arrived Friday and told reporters
    that …" says something and stays a statement."""
    head = trigger.head
    return trigger.dep_ == "conj" and trigger.tag_ == "VBD" and head.pos_ == "VERB" and head.tag_ == "VBD" \
        and head.lemma_.lower() not in REPORTING_LEMMAS \
        and not any(c.dep_ in ("ccomp", "nsubj") for c in trigger.children) \
        and not any(t.text in ('"', "``", "''", "“", "”") for t in trigger.subtree)


def _said_by_what_came_with_it(trigger: Token) -> bool:
    """"An accompanying statement specifically warned 'against all travel to Pakistan'" (AG#23): a statement
    that came with a thing the passage tells ("the State Department on Sunday issued an updated 'worldwide
    caution'") spoke when that thing was issued, not on the paper's day; so it is dated as a happening told is
    (the passage's day where the passage is its own; in AG#23's article, whose passage is the State Department's,
    on or before publication), not as a statement the paper reports."""
    return trigger.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ in REPORTING_NOUNS
        and any(m.dep_ == "amod" and m.lower_ == "accompanying" for m in c.children) for c in trigger.children)


def _named_subject(verb: Token) -> bool:
    """The verb's subject is a proper name ("Castro said"), not a noun or a pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN"


def _speaker(verb: Token, definite: bool) -> str | None:
    """Who a reporting verb's subject names, by its head word ("the source", "sources" → "source"; "Fitzwater"),
    or None for a pronoun, for speakers joined ("Orkem and Coates") or, where ``definite``, a noun that brings in
    someone new ("another source", "a spokesman", "one official"): only a proper name or a noun with "the" takes
    up a speaker named before."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and not definite:
        subject = _subject_the_parse_lost(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Orkem and Coates said last Wednesday": a joint statement is not one of either speaker
    if definite and subject.pos_ == "NOUN" and not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    return subject.lemma_.lower()


# verbs of talking that are no report of what was said ("He talked about …", "She spoke of …"): a person's talk
TALKING_LEMMAS = {"talk", "speak", "discuss", "describe", "outline", "detail", "elaborate", "joke", "quip", "boast",
                  "thank", "apologize", "apologise", "praise", "mention"}
SPEAKING_OUT_LEMMAS = {"lash", "accuse", "attack", "charge", "criticize", "criticise", "blast", "slam", "condemn",
                       "denounce", "praise", "defend", "appeal", "plead", "vow", "pledge", "promise", "insist", "argue"}


def _speaks_out(verb: Token) -> bool:
    """The verb tells someone speaking (``REPORTING_LEMMAS``, "lashed out", "criticized") or its participle clause
    does ("…, accusing them of child abuse")."""
    speaking = REPORTING_LEMMAS | SPEAKING_OUT_LEMMAS
    return verb.lemma_.lower() in speaking or any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in speaking for c in verb.children)


def _a_name(token: Token) -> bool:
    """A proper name, also where the parse tagged it a plural ("Jobs said": NNS) but named a person with it."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.ent_type_ == "PERSON")


def _subject_the_parse_lost(verb: Token) -> Token | None:
    """The noun written right before a reporting verb that the parse gave no subject ("…, White House and
    Republican sources said Monday", where the parse hung "said" on the lede's first verb and "sources" on
    "White House"): in news the words "NOUN said" are the speaker and the statement; None where the word
    before is no noun, or belongs to another clause than the verb's sentence."""
    if verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and before.dep_ not in ("nsubj", "nsubjpass") else None


def _posts_a_result(trigger: Token) -> bool:
    """"posted earnings of $18.9 million", "posted a 54% drop in third-quarter profit": a result, whose
    time is its period's, not a statement made when reported."""
    return trigger.lemma_.lower() == "post" and _result_object(trigger) is not None


def _a_statement_told_again(noun: Token) -> bool:
    """"The statement", "the announcement": a definite reporting noun naming no one and with no day of its own
    words, one the reader has been told of (``REPORTING_NOUNS``)."""
    return noun.pos_ == "NOUN" and noun.lower_ in REPORTING_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
        and not any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def _in_announcing(trigger: Token) -> bool:
    """A statement framed as made in giving news: "In announcing the plant delay, … said", "Announcing the
    results, … said", "In its announcement, … said" (a gerund of a news verb, ``NEWS_LEMMAS``, or a definite
    reporting noun after "in"). A quote the parse made the head of its "said" ("In announcing the plant delay,
    Kellogg Chairman … said, "Cereal volume growth … has not met our expectations"", "said" a parataxis) holds
    the phrase that opens the sentence before the speaker: it frames the saying too."""
    opening = [c for c in trigger.head.children if c.i < trigger.i] if trigger.dep_ == "parataxis" else []
    for child in [*trigger.children, *opening]:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in NEWS_LEMMAS:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                (c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in NEWS_LEMMAS)
                or (c.dep_ == "pobj" and c.lower_ in REPORTING_NOUNS and _definite(c)) for c in child.children):
            return True
    return False


def _speaker_name(trigger: Token) -> set[str]:
    """The words of the subject's own proper name, in lower case ("Unisys said": unisys): the named entity its
    head is in, else the head and its compounds; not the names of an apposition or a possessor ("Jim Unruh,
    Unisys's president, said" is Unruh, not Unisys: his words are not the firm's announcement), nor a title's
    firm where the parse marks the person apart ("Kellogg Chairman William E. LaMothe")."""
    for subject in trigger.children:
        if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
            continue
        entity = next((e for e in trigger.doc.ents if e.start <= subject.i < e.end), None)
        words = list(entity) if entity is not None else [subject, *(c for c in subject.children
                                                                    if c.dep_ == "compound" and c.pos_ == "PROPN")]
        return {t.lower_ for t in words if t.pos_ == "PROPN"}
    return set()


def _subject_names(trigger: Token) -> frozenset[str]:
    """The proper names in the verb's subject ("Norton had net", "GM Hughes net fell"): whose result it is."""
    return frozenset(t.text for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                     for t in c.subtree if t.pos_ == "PROPN")


def _has_a_result(trigger: Token) -> bool:
    """"Norton had net of $81.2 million", "had operating profit of $76.8 million": a result the company had, of
    its reporting period as a posted one is (not "had a tax credit", no result); "experienced a steep drop in
    operating profit", "suffered a loss of $2 million" alike (``HAVING_LEMMAS``)."""
    return trigger.lemma_.lower() in HAVING_LEMMAS and _result_object(trigger) is not None


def _result_object(trigger: Token) -> Token | None:
    """The verb's object naming a company's result ("sales of $538.5 million", "a 54% drop in profit", "a 34% profit
    gain"), or None."""
    return next((c for c in trigger.children if c.dep_ == "dobj" and (
        c.lemma_.lower() in RESULT_NOUNS or c.lower_ in RESULT_NOUNS or any(
            g.dep_ == "prep" and any(o.lemma_.lower() in RESULT_NOUNS for o in g.children) for g in c.children)
        or any(g.dep_ == "compound" and g.lower_ in RESULT_NOUNS for g in c.children))),
                None)


# the verbs of a clause that tells a result a statement gives ("said it had a loss", "said it posted net income")
HAVING_A_RESULT = {"have", "post", "report", "earn", "record", "show"}


def _reports_a_periods_result(sentence: Span, trigger: Token, own: TimexRow) -> bool:
    """"Sun reported sales of $538.5 million for the quarter ended Sept. 29": a verb that gives news
    ("reported", "announced", "disclosed") with a result for object, told of a period longer than a day — the
    period is the result's ("for", or inside the object), not the reporting's, which came when the period had
    closed; so the period does not date the verb, which is dated as a report (told before the verb, "For the
    quarter a year ago, Columbia reported earnings", the period may be long past: then only after it closed and
    up to publication). "posted" is left to the result
    (``_posts_a_result``), and a single day ("reported Tuesday sales of …") is the report's own. A relaying verb
    whose clause has the result ("said it had a loss of $92.2 million … for the quarter ended Sept. 30", AH#8: the
    parse hangs the "for" on "said") is a report the same way: one says a quarter's result after it closed."""
    if own["date_start"] == own["date_end"]:
        return False
    lemma = trigger.lemma_.lower()
    if lemma in RELAYING_LEMMAS:
        result = next((r for c in trigger.children if c.dep_ == "ccomp" and c.lemma_.lower() in HAVING_A_RESULT
                       for r in [_result_object(c)] if r is not None), None)
    elif lemma in NEWS_LEMMAS - {"post"}:
        result = _result_object(trigger)
    else:
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if result is None or span is None:
        return False
    inside = any(t.i == result.i for t in span.root.ancestors)
    return inside or (span.root.head.dep_ == "prep" and span.root.head.lower_ == "for")


FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
PERIOD_OF_YEAR = re.compile(r"^\d{4}-(?:Q[1-4]|H[12])$")
# "the fiscal second quarter ended Sept. 30": the time expression then holds the months to that day (the
# time-expression step, which the steps' layers keep apart, reads the same words)
PERIOD_ENDED = re.compile(r"\s*,?\s*(?:(?:that|which)\s+)?(?:ended|ending|ends|closed)(?:\s+on)?\s+[A-Z0-9]")


def _fiscal_period(text: str, timex: TimexRow) -> bool:
    """A quarter or half of a fiscal year ("the fiscal second-quarter", "fiscal first half"): it need not be the
    calendar's, so it gives no calendar range — unless the text ends it on a day ("fiscal second quarter ended
    Sept. 30"), whose months the time expression then holds."""
    said = text[max(0, timex["start"] - 8):timex["end"]]
    ended = PERIOD_ENDED.match(text, timex["end"]) is not None  # "ended Sept. 30": the months are known
    return PERIOD_OF_YEAR.match(timex["value"] or "") is not None and FISCAL.search(said) is not None and not ended


def _stretch_ended_on(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """A year or some months ended on a day in the event's own clause ("had revenue of $76 million for the year
    ended March 31", "For the nine months ended Sept. 30, net rose"): the event is of those months, up to
    that day (a company's year need not be the calendar's, but its end tells where it lies), not only on or
    before publication. None where the clause tells no such stretch."""
    ordered = sorted(timexes, key=lambda t: t["start"])
    for stretch, day in zip(ordered, ordered[1:]):
        length = SPAN_VALUE.match(stretch["value"] or "")
        if stretch["type"] != "DURATION" or length is None or length.group(2) not in "MY" or reaches_back(stretch):
            continue
        if day["type"] != "DATE" or not ISO_DAY.match(day["date_start"] or "") or day["date_start"] != day["date_end"] \
                or (published and day["date_end"] > published):
            continue
        if PERIOD_ENDED.match(doc_text(sentence.doc)[stretch["end"]:day["start"] + 1]) is None:
            continue
        span = sentence.doc.char_span(stretch["start"], stretch["end"], alignment_mode="expand")
        if span is None or not _in_clause_of(span.root, trigger) or _in_comparison(span):
            continue
        months = int(length.group(1)) * (12 if length.group(2) == "Y" else 1)
        return months_to(date.fromisoformat(day["date_end"]), months), day["date_end"], "timex", day["timex_id"]
    return None


def _told_by_its_end(stretch: Dating | None, own: TimexRow) -> Dating | None:
    """The stretch ``_stretch_ended_on`` found where the event's own time is the day it ended on ("For the six
    months ended Aug. 12, Provigo posted net income": the six months, not Aug. 12 alone); else None."""
    return stretch if stretch is not None and stretch[3] == own["timex_id"] else None


def _in_a_fiscal_period(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> bool:
    """The event's own clause tells it of a fiscal quarter or half, whose calendar months are not known."""
    for timex in timexes:
        if _fiscal_period(doc_text(sentence.doc), timex):
            span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
            if span is not None and _in_clause_of(span.root, trigger):
                return True
    return False


DATE_LINE_LINES = 6  # the head of an article: URL, headline, standfirst, byline, date line
DATE_LINE_CHARS = 60  # "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM": a date and little else
DATE_LINE_SHARE = 0.35
BODY_LINE = re.compile(r"[.!?\"”’]\s*$")


def date_line(text: str, timexes: list[TimexRow]) -> TimexRow | None:
    """The date line of an article's head: a day (with its year) on a short line of its own among the first
    lines, above the first line of the body (one that ends a sentence); None where there is none."""
    lines, offset = [], 0
    for line in text.split("\n")[:DATE_LINE_LINES]:
        lines.append((offset, line))
        offset += len(line) + 1
    days = sorted((t for t in timexes if t["type"] in ("DATE", "TIME") and t["date_start"]
                   and t["date_start"] == t["date_end"] and ISO_DAY.match(t["date_start"])), key=lambda t: t["start"])
    for start, line in lines:
        if len(line) > DATE_LINE_CHARS and BODY_LINE.search(line):
            return None  # the body began: a date further down is the story's
        here = [t for t in days if start <= t["start"] < start + len(line)]
        if here and len(line.strip()) <= DATE_LINE_CHARS \
                and here[0]["end"] - here[0]["start"] >= DATE_LINE_SHARE * len(line.strip()):
            return here[0]
    return None


def _reference(timex: TimexRow) -> bool:
    """"now", "recently", "in the future": a time told from the report's own, which a date line gives."""
    return (timex["value"] or "").endswith("_REF")


def _a_states_day(span: Span, timex: TimexRow) -> bool:
    """A main clause's copula dated by its own day ("protesters in Miami were much calmer Friday"): the state of
    that day sets the paragraph's day for the past sentences that go on from it, as a dated happening does
    (the copula is no event, so ``Passages.told`` would not hear of it otherwise)."""
    if timex["date_start"] != timex["date_end"] or not ISO_DAY.match(timex["date_start"]):
        return False
    head = dated_in_its_clause(span)
    return head is not None and head.dep_ == "ROOT" and head.lemma_ == "be" and head.tag_ == "VBD" \
        and not any(c.dep_ == "aux" for c in head.children)


def _only_an_upper_bound(dated: Dating) -> bool:
    """A date that is only "on or before" a day (a past event bounded by publication or by what followed it):
    the one the steps that put an event beside another happening may narrow."""
    return dated[2] == "bounded" and not dated[0] and bool(dated[1])


def _still_to_come(tense: str, dated: Dating, published: str) -> bool:
    """A future event dated from publication on ("will be disclosed this morning"): not where a past passage is."""
    return tense == "future" and bool(published) and bool(dated[0]) and dated[0] >= published


def _names_the_day(timexes: list[TimexRow], published: str) -> bool:
    """The sentence names the publication day ("attended a Sunday night memorial service" in Monday's paper
    of a Sunday): a lede telling its day, even on a noun, not one dated only by where it stands (a feature's
    scene, a next-day report of a keynote)."""
    return bool(published) and any(t["date_start"] == t["date_end"] == published for t in timexes)


def _sentences_after(sentence: Span) -> Iterator[Span]:
    """The sentences of the document after this one, in order."""
    doc = sentence.doc
    index = sentence.end
    while index < len(doc):
        following = doc[index].sent
        yield following
        index = following.end


def _per_a_dated_source(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating | None:
    """"According to an April 2nd report in Ars Technica, an internal memo at Apple showed …" (CG#14, left on or
    before publication): what a source tells was so by the source's day, so the clause's happening is on or
    before the day written on its "according to" phrase ("an April 2nd report", "a news agency report Friday");
    None where the phrase carries no closed day or month before the bound."""
    clause = trigger
    while clause.dep_ in ("conj", "ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # "According to the report, the company said it had …": the phrase is the main verb's
    sources = [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "according"]
    for source in sources:
        for timex in times_in(source, timexes):
            if timex["type"] == "DATE" and timex["date_start"] and timex["date_end"] \
                    and timex["date_end"] <= dated[1] and CALENDAR_VALUE.match(timex["value"] or ""):
                return "", timex["date_end"], "bounded", timex["timex_id"]
    return None


def _a_past_verbs_own_day(doc: Doc, timex: TimexRow) -> bool:
    """The expression is the day of a happening told in the past in its own clause ("fell 5% Friday", "closed
    lower on Friday", a participle of a past "has slumped recently, closing unchanged Friday"), not of a noun
    ("Last Friday's announcement was …")."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    verb = dated_in_its_clause(span) if span is not None else None
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl":  # "has slumped, closing unchanged Friday"
        verb = verb.head if verb.head.tag_ in ("VBD", "VBN") else None
    return verb is not None and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") \
        and (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _takes_place(verb: Token) -> bool:
    """"took place", "was held", "occurred": the verb tells only that its subject happened."""
    lemma = verb.lemma_.lower()
    return (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)) \
        or (lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children)) or lemma in ("occur", "happen")


def _a_lost_after_clause(trigger: Token) -> str | None:
    """"Elian was found Thanksgiving Day … after his mother, stepfather and eight other people drowned": the
    parse took "after" for a preposition of "his mother" and made "drowned" a verb joined to "found"; the clause
    is an "after" clause all the same (CH#47, left on or before publication). The word ("after", "before") where
    such a preposition stands between the head verb and the joined verb's own subject, with no verb between it and
    the joined verb; None otherwise."""
    if trigger.dep_ != "conj" or trigger.head.i >= trigger.i or trigger.head.pos_ != "VERB":
        return None
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trigger.i]
    if not subjects:
        return None
    first = min(t.i for t in subjects[0].subtree)
    for word in trigger.doc[trigger.head.i + 1:first]:
        between = trigger.doc[word.i + 1:trigger.i]
        if word.lower_ in ("after", "before") and word.dep_ == "prep" and not any(
                t.pos_ in ("VERB", "AUX") or (t.dep_ == "cc" and t.head.i == trigger.head.i) for t in between):
            return word.lower_  # not "found on Nov. 25 after a search, and his mother … drowned": two clauses
    return None


def _a_compared_level(sentence: Span, timex: TimexRow, trigger: Token) -> bool:
    """The expression dates a level the event is measured from ("down 4.5% from the previous Friday"), not
    the event (``_compared``)."""
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    return span is not None and _compared(span, trigger)


def _relays(doc: Doc, timex: TimexRow) -> bool:
    """The expression is the day of a statement that relays what others did ("an official said Saturday",
    "told reporters Friday"), not of a happening ("announced yesterday" is the news itself)."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    reporter = _reporter_before(span) if span is not None else None
    return reporter is not None and reporter.lemma_.lower() in RELAYING_LEMMAS


def _dates_a_past_verb(doc: Doc, timex: TimexRow) -> bool:
    """The expression hangs from a verb in the simple past ("announced yesterday", "was named Thursday"), not
    from a statement of what is to come ("will report … Thursday") nor a present one."""
    span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if node.dep_ == "xcomp" and node.head.lemma_.lower() == "be" and node.head.tag_ == "VBD":
        return True  # "were to be delisted … after the close of composite trading yesterday": told after that day
    return node.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)


def _names_the_subject(span: Span) -> bool:
    """The expression names the subject of its sentence's main verb ("Sunday's yahrtzeit service … included")."""
    noun = span.root.head
    return noun.i != span.root.i and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"


NO_ONE = {"nobody", "nothing", "none", "no-one", "noone"}  # a subject or object that names none


def _negated(trigger: Token, tense: str) -> bool:
    """"hadn't led to a board directorship", "never arrived", "no amphibious assault had begun", "gave no
    details": told as not having happened, so there is no day of it (a time of its own still dates it: "did not
    fare well in 1990"). So is a subject or object that names no one and nothing ("Neither Equus nor Tony Lama
    gave a reason", "Neither company disclosed the terms", "Nobody was hurt", "said nothing")."""
    if any(c.dep_ == "neg" for c in trigger.children) or any(
            (c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.lower_ != "longer"))
            and any(n.dep_ == "neg" for n in c.children) for c in trigger.children):
        # "were not yet approved": the parse may hang "not" on the auxiliary; "never before has NATO reached out"
        # (BS#32, wrong: given the year of the enlargements listed before) on the adverb
        return True
    if trigger.dep_ == "conj" and _has_subject(trigger) and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < trigger.i
                                                                 for c in [*trigger.head.children, *trigger.children]):
        return True  # "It hasn't diversified beyond steel, nor has it linked up with a partner" (CL#38)
    if tense == "future" and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "go" \
            and any(c.dep_ == "neg" for c in trigger.head.children):
        return True  # "They are not going to buy me" (CG#25): a refusal, the parse's "not" on "going"
    if tense == "future" and any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in
                                                                                   c.children)
                                 for c in trigger.children):
        return True  # "would no longer become … a victim" (AI#30): what is to stop, no happening of a day (in the
        # present, "no longer has ties", a state of the report's day)
    # "no" on the object of a past verb: nothing was given; in the present "has no plans" is a state of the report's day
    roles = ("nsubj", "nsubjpass", "dobj") if tense == "past" else ("nsubj", "nsubjpass")
    return any(c.dep_ in roles and _names_none(c) for c in trigger.children)


def _names_none(noun: Token) -> bool:
    """A noun phrase that names no one: "no one", "neither company", "neither X nor Y", "nobody", "nothing"."""
    return noun.lower_ in NO_ONE or any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                                        for d in noun.children)


def _side_of_a_happening(sentence: Span, own: TimexRow) -> str:
    """"Before his Sunday night address, Castro played …": a day naming a happening that "before" or "after"
    opens puts the event on one side of that happening ("by" its day, or "since" it), not on it; so does a
    date told after the happening's noun ("has changed dramatically since its founding in 1949")."""
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return ""
    noun = span.root.head
    if noun.dep_ == "prep" and noun.lower_ in ("in", "on", "of") and noun.head.pos_ == "NOUN" \
            and noun.head.i < noun.i:
        noun = noun.head  # "its founding in 1949"
    if noun.i == span.root.i or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return ""
    word = noun.head.lower_
    if word in ("after", "following") and _close_to(noun.head):
        return ""  # "fled just after the Communist takeover in 1948": in 1948, not any time since
    return "by" if word in ("before", "until", "till") else \
        "since" if word in ("after", "following", "since") else ""


CLOSE_ADVERBS = {"just", "shortly", "soon", "immediately", "right", "directly", "moments", "minutes", "hours"}


def _close_to(preposition: Token) -> bool:
    """"just after", "shortly after", "soon after", "immediately following", "hours after": the happening is told as
    close behind the one named, within its time, not somewhere after it."""
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    if any(t.lower_ == "since" for t in preposition.doc[max(0, preposition.i - 3):preposition.i]):
        return False  # "have been searching since shortly after the Oct. 23 slaying": from then on
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in CLOSE_ADVERBS for c in preposition.children) \
        or (before is not None and before.lower_ in CLOSE_ADVERBS)


def _habitual(sentence: Span, trigger: Token, tense: str, timexes: list[TimexRow]) -> bool:
    """A present tense told as a habit or a general truth ("is often used in arbitrage strategies", "Time
    and again, he endures", "march each July"): no happening of the report's day, so no day (a statement,
    "says", is still the report's; a rate, "one million visitors per week", tells of its noun)."""
    if tense != "present" or trigger.lemma_.lower() in REPORTING_LEMMAS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in trigger.children):
        return True
    clause = doc_text(sentence.doc)[sentence.start_char:trigger.idx + len(trigger.text)]
    if HABIT_PHRASE.search(clause):
        return True
    for timex in timexes:
        if timex["type"] != "SET" or not sentence.start_char <= timex["start"] < sentence.end_char:
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and _modifies(span.root, trigger) and span[0].lower_ != "per":
            return True
    return False


def _describes(trigger: Token) -> bool:
    """A verb form that describes rather than happens: "compared with" an amount, an "-ing" adjective ("Provigo's controlling
    shareholder"), what an adjective is capable of ("armies capable of meeting contingencies"), or half
    of a hyphenated adjective ("laid-back")."""
    if trigger.i + 1 < len(trigger.doc) and trigger.nbor(1).tag_ == "HYPH" and trigger.dep_ != "ROOT":
        return True  # "Tanzania's laid-back capital": half of an adjective
    if trigger.lemma_.lower() == "compare" and trigger.tag_ == "VBN" and trigger.dep_ != "ROOT" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children):
        return True  # "was down 6%, compared with 5.9%": a comparison, as "than" is, not a happening
    if trigger.tag_ != "VBG":
        return False
    return trigger.dep_ == "amod" or (trigger.dep_ == "pcomp" and trigger.head.head.pos_ == "ADJ")


def _follows_it(trigger: Token, own: TimexRow) -> bool:
    """A verb that says it came later ("was part of the crew in October 1984 and later served …") and
    shares a time expression outside its own words: on or after that time, not at it."""
    later = any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in trigger.children)
    low, high = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge.text)
    return later and not low <= own["start"] < high


def _subordinate(trigger: Token) -> str:
    """``"condition"`` for a clause of condition ("if they are held in contempt"), ``"other time"`` for one
    telling a time apart from the story's ("after Bush announced …"), ``"clause"`` for another clause that
    is not the report's own (a relative clause, "because …"), else ""."""
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if marks & CONDITION_MARKS:
        return "condition"
    if marks & OTHER_TIME_MARKS:
        return "other time"
    return "clause" if marks or trigger.dep_ in SUBORDINATE_DEPS else ""


def _governing(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """The date or time expression of the trigger's own clause (the nearest if several), or None."""
    owned = []
    quoted = [q for q in quoted_stretches(sentence) if not q[0] <= trigger.idx < q[1]]
    for timex in timexes:
        if any(q[0] <= timex["start"] < q[1] for q in quoted):
            continue  # "``The incidents of Aug. 7 underscore …,'' said Burleigh": the quotation's time, not the saying's
        # "in the past two months"; "In the year-earlier period" after "For the nine months" (placed by the timex layer)
        stretch = timex["type"] == "DURATION" and (reaches_back(timex) or bool(timex["date_start"] and timex["date_end"]))
        if timex["type"] not in ("DATE", "TIME") and not stretch:
            continue
        if stretch and trigger.lemma_.lower() in REPORTING_LEMMAS:
            continue  # "In the past 20 months alone, Lego said …": what was said is of the months, not the saying
        if _fiscal_period(doc_text(sentence.doc), timex):
            continue  # "the fiscal second-quarter": a company's year, whose calendar months the text does not give
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and _the_lost_object_of_its_preposition(span, trigger):
            owned.append(timex)
            continue
        if span is None or _modifies_a_noun(span, timex, trigger) or _compared(span, trigger) \
                or _in_comparison(span) or _shifted_to(span, trigger) or _chosen(span, trigger) \
                or _describes_its_subject(span, trigger) or _of_the_subjects_noun(span, trigger) \
                or _told_in_a_dated_statement(span, trigger, timexes) \
                or _of_what_is_asked_for(span, trigger):
            continue
        reporter = _reporter_before(span)
        if reporter is not None and reporter.i != trigger.i:
            continue  # "police said on Tuesday they had arrested 14": Tuesday is the statement's day
        if _in_the_infinitive_of_a_perfect(span, trigger):
            continue
        if reporter is None and not _in_clause_of(span.root, trigger) and not _dates_the_medium(span.root, trigger) \
                and not _fronted_over(sentence, span, trigger) and not _a_result_it_sent(span, trigger) \
                and not over_a_later_participle(sentence, span, trigger) \
                and not _the_close_it_reached(span, trigger) \
                and not _under_a_static_participle(span, trigger) \
                and not _a_day_parsed_as_the_next_subject(span, trigger):
            continue
        if (timex["date_start"] or not ((timex["value"] or "").endswith("_REF") or stretch)
                or _modifies(span.root, trigger) or _spliced_after(span, trigger)):
            owned.append(timex)
    # "The year-ago results included a $415 million charge in the 1988 second quarter": the clause's own time is
    # closer to what was held than the period its subject's results are of
    if len(owned) > 1:
        owned = [t for t in owned if not _of_the_results_held(sentence, t, trigger)] or owned
    # a time of day written alone ("at about 10:35 a.m. (0735 GMT) Friday") names no day: the clause's day wins
    chosen = min(owned, key=lambda t: (_borrowed(sentence, t, trigger), clock_alone(t), abs(t["start"] - trigger.idx)),
                 default=None)
    return _over_its_list(sentence, chosen, timexes) if chosen is not None else None


def _branch_to(token: Token, trigger: Token) -> Token | None:
    """The trigger's child whose subtree holds ``token`` (the phrase or clause it is written in), or None where
    ``token`` does not hang from the trigger."""
    node = token
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
    return node if node.head.i == trigger.i and node.i != trigger.i else None


def _in_the_infinitive_of_a_perfect(span: Span, trigger: Token) -> bool:
    """"the boy's father has offered to travel alone today" (CI#39, wrong: the offer dated today): a present
    perfect tells what is done by now, and the time the parse hangs inside its "to" infinitive is the
    infinitive's (the travel), not the offer's."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                        for c in trigger.children):
        return False
    node = _branch_to(span.root, trigger)
    return node is not None and node.dep_ == "xcomp" and node.i != span.root.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _over_its_list(sentence: Span, chosen: TimexRow, timexes: list[TimexRow]) -> TimexRow:
    """"were shot at … in 1994, 1995 and 1997" (BP#28, wrong: 1997 alone): a time listed with others of its kind
    ("A, B and C", the parse's conjuncts; "for the last half of 1989 and for 1990", CB#46: the prepositions'
    conjuncts) dates the event over all of them — from the first's start to the last's end."""
    doc = sentence.doc
    span = doc.char_span(chosen["start"], chosen["end"], alignment_mode="expand")
    if span is None or not chosen["date_start"] or chosen["type"] != "DATE":
        return chosen
    listed = {t.i for t in span.root.conjuncts}
    root = span.root
    if root.dep_ == "pobj" and root.head.pos_ == "ADP":  # "for the last half of 1989 and for 1990" (CB#46)
        listed |= {o.i for p in root.head.conjuncts if p.pos_ == "ADP" for o in p.children if o.dep_ == "pobj"}
    if not listed:
        return chosen
    others = []
    for timex in timexes:
        if timex is chosen or timex["type"] != "DATE" or not timex["date_start"] or not timex["date_end"]:
            continue
        other = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if other is not None and other.root.i in listed:
            others.append(timex)
    if not others:
        return chosen
    every = [chosen, *others]
    return {**chosen, "date_start": min(t["date_start"] for t in every), "date_end": max(t["date_end"] for t in every)}


def _period_of_its_comparison(sentence: Span, trigger: Token, timexes: list[TimexRow],
                              published: str) -> TimexRow | None:
    """A future told by comparison with a clause of no subject of its own ("is expected to do little better than
    break even in the fourth quarter", "will fare no worse than in the first half"): the clause measures the same
    happening, so the period it names is the future's, not only "on or after publication". Only a time that
    is not over at publication, reached from the trigger through an adverb ("better", "worse") and a clause
    that "than" or "as" opens, with no noun on the way."""
    for timex in timexes:
        if timex["type"] != "DATE" or not timex["date_start"] or not timex["date_end"] \
                or (published and timex["date_end"] < published):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None:
            continue
        node, compared = span.root, False
        while node.head.i != node.i and node.head.i != trigger.i:
            node = node.head
            if node.pos_ in ("NOUN", "PROPN") or node.dep_ in ("ccomp", "relcl", "acl") or _has_subject(node):
                break
            compared = compared or (node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("than", "as") for c in node.children))
        else:
            if node.head.i == trigger.i and compared and node.dep_ == "advmod":
                return timex
    return None


def _takes_the_stand(verb: Token) -> bool:
    """"She took the stand for more than four hours Friday": a witness's day in court is a statement's day — what
    the passage goes on to tell of her ("Instead, she turned to her community rabbi") is what she told, on or
    before it, not a scene of that day."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "stand" and any(d.lower_ == "the" for d in c.children) for c in verb.children)


def _reviews_a_happening(verb: Token) -> bool:
    """"About two years ago, the Journal listed the creation of the money fund", "the court upheld the decision":
    a verb of reviewing whose object is a happening tells of what came before it, so its day bounds what the
    passage goes on to tell ("We innovated telephone redemptions"), as a statement's does."""
    return verb.lemma_.lower() in REVIEW_LEMMAS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and _a_happening(c) for c in verb.children)


def judged_before(noun: Token, clause: Token, dated: Dating) -> Dating:
    """An event noun reviewed by its clause ("listed the creation of the money fund", "appealed that decision",
    "the INS's decision … was 'within the outside border of reasonable choices'"): what is listed, upheld or
    judged came before the listing or the judgement, so on or before its clause's day, not on it (a time of
    the copula's own, "the meeting was on Monday", is the noun's); so is what the clause came "after" or
    "following", and what it came "before" or "ahead of" is on or after it. A noun naming what is asked for
    (``_asked_for``), told as only possible (``_only_possible``) or as prevented (``_prevented``: "a ruling that
    prevents the removal of Elian", AM#50) has no day."""
    if _asked_for(noun) or _only_possible(noun) or _prevented(noun):
        return "", "", "none", ""
    objected = noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == clause.i
    if clause.lemma_.lower() in APPROVAL_LEMMAS and _in_what_is_approved(noun, clause):
        # "the FDIC approved Dime's acquisition of Starpointe" (BC#9, BB#48): a deal is approved before it is done,
        # so it comes on or after the approval, up to no day the text gives
        return (dated[0], "", "bounded", dated[3]) if dated[0] and dated[0] == dated[1] else ("", "", "none", dated[3])
    if not dated[1] or dated[2] not in ("timex", "narrative", "dct") or not dated[0]:
        return dated
    if _blamed_for(noun):
        # "is responsible for the death of Dr. Slepian" (BF#50), "was charged with the killing": one is blamed,
        # charged or thanked for what has happened, so on or before the clause's day, not on it
        return "", dated[1], "bounded", dated[3]
    if noun.dep_ == "pobj" and noun.head.lower_ in AFTER_WORDS and noun.head.head.i == clause.i:
        # "In 1996, following Apple Computer's purchase of NeXT, Jobs returned" (AX#31): what the clause came
        # after came on or before the clause's time
        return "", dated[1], "bounded", dated[3]
    if noun.dep_ == "pobj" and (noun.head.lower_ in BEFORE_WORDS and noun.head.head.i == clause.i
                                or noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead"
                                and noun.head.head.head.i == clause.i):
        # "Just ahead of Albright's one-day trip, the State Department on Sunday issued …" (CD#20, wrong: the trip
        # dated Sunday): what the clause came before comes on or after the clause's time
        return dated[0], "", "bounded", dated[3]
    reviewed = clause.lemma_.lower() in REVIEW_LEMMAS and objected
    judged = clause.lemma_.lower() == "be" and noun.dep_ == "nsubj" and noun.head.i == clause.i \
        and dated[2] != "timex"
    return ("", dated[1], "bounded", dated[3]) if reviewed or judged else dated


def _before_what_it_set_runs_out(text: str, sentence: Span, trigger: Token, dated: Dating,
                                 timexes: list[TimexRow]) -> Dating:
    """A past act whose complement runs "until" a day before the bound ("a judge barred him from working until April
    2009", "suspended the talks until March", BE#27): the act came before what it set ran out, so on or before that
    day's end, not only on or before publication. Only where the expression hangs from a word below the verb (its
    own "until" dates the verb itself, "stayed until March", elsewhere)."""
    for timex in timexes:
        if timex["type"] != "DATE" or not timex["date_end"] or timex["date_end"] >= dated[1] \
                or not sentence.start_char <= timex["start"] < sentence.end_char \
                or time_signal(text, timex["start"]) not in ("until", "till", "til"):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        runs = span.root.head.head  # "working" of "until April 2009"
        if runs.i != trigger.i and trigger in runs.ancestors and not any(
                a.pos_ in ("VERB", "AUX") and a.dep_ in ("ccomp", "advcl", "relcl", "conj")
                for a in _path_up(runs, trigger)):
            return "", timex["date_end"], "bounded", timex["timex_id"]
    return dated


def _path_up(token: Token, top: Token) -> list[Token]:
    """The words from ``token`` up to ``top`` (``top`` left out)."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


AT_A_MOMENT = {"at", "upon", "on"}


def _at_a_moment_dated_by_its_clause(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow],
                                     published: str) -> Dating:
    """A future "at" a happening whose own clause dates it ("will receive $3,500 a share at closing, which is
    expected in December", BF#19): the event comes with that happening, so in its time, not any day after
    publication. Only a time after publication, in a clause hanging from the happening's noun."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in AT_A_MOMENT):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
                first, last = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
                for timex in timexes:
                    if timex["type"] == "DATE" and first <= timex["start"] < last and timex["date_start"] \
                            and timex["date_end"] and timex["date_start"] >= published:
                        return timex["date_start"], timex["date_end"], "timex", timex["timex_id"]
    return dated


def _blamed_for(noun: Token) -> bool:
    """The happening noun is what someone is held to account for ("responsible for the death", "charged with the
    killing", "convicted of the bombing", "blamed for the crash", "claimed responsibility for the attack")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "with", "of", "in"):
        return False
    word = noun.head.head
    return word.lemma_.lower() in BLAME_WORDS and (noun.head.lower_ != "in" or word.lemma_.lower() in ("charge",
                                                                                                        "implicate"))


def _in_what_is_approved(noun: Token, clause: Token) -> bool:
    """The noun is the approval's object, or hangs from it by "of" ("approved the terms of the merger"; the parse's
    "approved Dime Savings Bank of New York's acquisition of Starpointe", BC#9): part of what is let go ahead."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.head.i:
        node = node.head.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.i == clause.i and node.pos_ in ("NOUN", "PROPN")


def _describes_its_subject(span: Span, trigger: Token) -> bool:
    """"The Czech foreign minister, Jan Kavan, who lived in London … until 1989, said": a time hanging from the
    verb's subject after a description of it (an apposition, a relative clause) goes on describing who the
    subject is, not when the verb happened — unless the subject is itself a happening ("the meeting, the
    first in years, on Monday ended in deadlock": its time is the ending's)."""
    node, through = span.root, False
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
        through = through or node.dep_ == "prep"  # "until 1989", not a noun's own "third-quarter profit"
    if not through or node.head.i != trigger.i or node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ in ("appos", "relcl", "acl") and c.i < span.root.i for c in node.children):
        return False  # "The U.N. Security Council on Aug. 6 ordered": the parse hangs the verb's time on its subject
    return node.pos_ in ("NOUN", "PROPN") and not _a_happening(node)


# nouns that name a part of the time after them ("the end of the year", "the rest of 1990"): their time is a time
TIME_PART_NOUNS = {"end", "beginning", "start", "middle", "rest", "remainder", "close", "part", "half", "course",
                   "balance", "spring", "summer", "fall", "autumn", "winter", "turn", "eve", "dawn"}


def _of_the_subjects_noun(span: Span, trigger: Token) -> bool:
    """"The approach of the year two thousand has many of these groups in a kind of millennial frenzy" (AL#26): a
    time that a present verb's subject holds after "of" is its noun's (what approaches), not the time of the
    state the verb tells of now. Only a present tense (a past verb's subject may be the happening it reports) and
    not a noun that is part of the time ("the end of the year")."""
    if trigger.tag_ not in ("VBZ", "VBP"):
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN" \
            or root.head.head.lemma_.lower() in TIME_PART_NOUNS:
        return False
    node = root.head.head
    while node.head.i != node.i and node.head.i != trigger.i and node.dep_ in ("pobj", "prep", "compound", "amod"):
        node = node.head
    return node.head.i == trigger.i and node.dep_ in ("nsubj", "nsubjpass")


def _told_in_a_dated_statement(span: Span, trigger: Token, timexes: list[TimexRow]) -> bool:
    """"Unisys Corp.'s announcement Friday of a $648.2 million loss for the third quarter showed that …" (CL#21,
    AU#17, wrong: dated the third quarter): a time inside a subject that is a statement with its own day is what
    the statement told of; what the statement did is of its day, or after it."""
    node = _branch_to(span.root, trigger)
    if node is None or node.dep_ not in ("nsubj", "nsubjpass") or node.i == span.root.i \
            or node.lemma_.lower() not in REPORTING_NOUNS:
        return False
    own = [t for t in timexes if t["start"] != span.start_char and t["date_start"]
           and (day := span.doc.char_span(t["start"], t["end"], alignment_mode="expand")) is not None
           and day.root.head.i == node.i]
    return bool(own)


def _a_happening(noun: Token) -> bool:
    """One of WordNet's three most frequent senses of the noun is an act or happening ("meeting", "merger"),
    not a person, a thing or a group ("minister", "company")."""
    return bool(action_keys(noun.lemma_.lower(), "n", 3))


OCCURRING_LEMMAS = {"occur", "happen", "take", "come", "strike", "erupt", "unfold"}  # "took place", "came"
EXPECTING_LEMMAS = {"expect", "forecast", "predict", "project", "anticipate",
                    # "the company foresees the need for a major boost … throughout the 1990s" (CG#37, wrong at the 1990s)
                    "foresee", "envisage", "envision", "estimate"}


RESPONSE_NOUNS = {"response", "reaction", "reply", "answer", "retaliation"}
RESPONDING_LEMMAS = {"respond", "react", "reply"}


# verbs whose object may be still to come when they happen ("planned the rally, which was held Friday")
FORESEEING_LEMMAS = {"plan", "predict", "forecast", "expect", "anticipate", "prepare", "schedule", "propose", "warn",
                     "foresee", "fear", "organize", "organise", "call", "set", "seek", "urge", "demand", "threaten",
                     "promise", "vow", "pledge", "hope", "want", "need", "intend", "consider", "discuss", "negotiate",
                     "arrange", "await", "delay", "postpone", "oppose", "prevent", "block", "avoid"}


# prepositions whose noun a verb acts on or at ("commented on", "spoke at", "was hurt in", "protested against"); not
# "to", "for", "toward" ("traveled to the summit, which opened Friday": one goes before it opens) nor "before"
OBJECT_PREPOSITIONS = {"on", "about", "over", "at", "in", "during", "after", "following", "since", "into", "with",
                       "from", "against", "regarding", "concerning"}


def _after_its_dated_object(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
    """A past event bounded by publication whose object, or the noun of one of its prepositions, is a happening the
    sentence dates in its own words ("echoed the official Japanese view of the accord, which was announced Friday",
    AM#48; "commented on the Oct. 23 shooting"): what acts on a happening, or on a view of it, comes on or after its
    start — a bound from it, its day only where that is the bound's last. The happening's date is a relative clause
    of its own in the past with a time of its own, or a time it carries ("the Oct. 23 shooting", ``_own_noun_date``).
    Not a verb that may come before what it acts on ("planned the rally, which was held Friday"), nor one that "before"
    or "until" opens (``_beside_a_happening`` tells those)."""
    if not _only_an_upper_bound(dated) or trigger.lemma_.lower() in FORESEEING_LEMMAS:
        return dated
    for noun in _acted_on(trigger):
        when = (_own_noun_date(sentence, [noun], timexes, dated[1]) if _a_happening(noun) else None) \
            or _dated_by_its_clause(sentence, noun, timexes, made_only=not _a_happening(noun))
        if when is not None and when[0] and when[0] <= dated[1]:
            return on_or_after_a_happening(when[0], dated[1], when[3])
    return dated


DEMONSTRATIVES = {"that", "this", "these", "those"}
OF_CHAIN = 3  # nouns "of" nouns followed from an object (CH#49: "condemnation of the handling of Wednesday's meeting")


def _acted_on(trigger: Token) -> list[Token]:
    """The nouns a verb acts on: its object, the noun of one of its prepositions of acting (OBJECT_PREPOSITIONS),
    and what those are "of" ("the view of the accord"), or whom they are "for" that are "of" a happening ("aid for
    victims of the bombings": victims of what has happened; not "for" itself, "prepared for the vote")."""
    nouns = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    nouns += [n for p in trigger.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPOSITIONS
              for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    of = nouns
    for _ in range(OF_CHAIN):  # "the view of the accord"; "its condemnation of the handling of Wednesday's meeting"
        of = [n for noun in of for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
        nouns += of
    nouns += [n for noun in [trigger] + list(nouns) for f in noun.children if f.dep_ == "prep" and f.lower_ == "for"
              for who in f.children if who.dep_ == "pobj" and who.pos_ == "NOUN" and not _a_happening(who)
              for p in who.children if p.dep_ == "prep" and p.lower_ == "of"
              for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]  # "aid for victims of the bombings"
    return nouns


def _acted_on_by_its_purpose(trigger: Token) -> list[Token]:
    """The nouns an infinitive of purpose hanging from the verb acts on ("agents were dispatched to investigate the
    bombings", "Spitzer has moved quickly to make the killing a central issue"): the verb was done for what has
    happened, so it too came after it — not an infinitive that looks ahead ("moved to prevent the attack",
    FORESEEING_LEMMAS)."""
    purposes = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                and c.lemma_.lower() not in FORESEEING_LEMMAS
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    return [n for verb in purposes for n in _acted_on(verb)]


def _reported_as_of_the_telling(trigger: Token) -> bool:
    """"He said the company had operated the plant for 12 years": a past perfect in what a past reporting verb
    reports is the speaker's present perfect ("has operated … for 12 years") moved back a tense — it tells how long
    the thing had gone on when it was said, as a present perfect tells of publication."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "has had … and had been compiled …"
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS and verb.head.tag_ == "VBD"


def _lasted_up_to_now(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow],
                      published: str) -> Dating:
    """A present perfect bounded by publication (or a reported past perfect bounded by its telling, ``published``
    then being that day) that tells how long it has gone on, after its own "for" ("whose
    company has been sending American travelers on East African safaris for 13 years", AK#17; "has held the post
    for six months"): it began that long before publication, so that is its start, the end left at publication.
    Years and months only, and the start taken early (the first of the year, or of the month before) so that a
    length rounded, or a statement a few days before publication, still holds; not where the length is only a
    floor ("for more than 13 years", "for at least", "for over"): it began before that, at no day the words give."""
    if not published or dated[:3] != ("", published, "bounded"):
        return dated
    text = doc_text(sentence.doc)
    for timex in timexes:
        length = SPAN_VALUE.match(timex["value"] or "")
        if timex["type"] != "DURATION" or length is None or length.group(2) not in "MY" or reaches_back(timex) \
                or not sentence.start_char <= timex["start"] < sentence.end_char \
                or AT_LEAST.search(text[max(0, timex["start"] - 14):timex["start"]] + " " + (timex["text"] or "")):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "for" \
                or span.root.head.head.i != trigger.i:
            continue
        count, day = int(length.group(1)), date.fromisoformat(published)
        if count < 1:
            continue
        if length.group(2) == "Y":
            return date(day.year - count, 1, 1).isoformat(), published, "bounded", ""
        months = day.year * 12 + day.month - 2 - count  # the first of the month before: a month's slack
        return date(months // 12, months % 12 + 1, 1).isoformat(), published, "bounded", ""
    return dated


# "for more than 13 years", "for at least six months", "for over a year": the length is a floor, no start
AT_LEAST = re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of|longer\s+than|well\s+over)\b", re.IGNORECASE)


# what makes a thing known or brings it about: "the accord, which was announced Friday" is there from that day on
MAKING_LEMMAS = {"announce", "sign", "reach", "release", "publish", "issue", "unveil", "disclose", "report", "adopt",
                 "approve", "conclude", "strike", "pass", "enact", "file", "introduce", "launch", "hand", "deliver"}


def _dated_by_its_clause(sentence: Span, noun: Token, timexes: list[TimexRow], made_only: bool) -> Dating | None:
    """"the shooting, which took place Oct. 23", "the accord, which was announced Friday": a past relative clause of
    the noun with a day or period of its own (``_governing``) dates the happening the noun names — or, for a noun
    of no happening (``made_only``: "accord", "report"), the day it was made or made known (``MAKING_LEMMAS``), from
    which on it is there to be acted on (a clause of anything else, "the plant, which was closed Friday", may come
    after the act)."""
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.tag_ in ("VBD", "VBN")
                   and not (made_only and c.lemma_.lower() not in MAKING_LEMMAS)):
        if clause.tag_ == "VBN" and clause.dep_ == "relcl" and not any(
                c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children):
            continue  # "which has been announced": a perfect tells no day of it
        own = _governing(sentence, clause, timexes)
        if own is not None and own["date_start"] and own["date_end"] and not _reference(own):
            return own["date_start"], own["date_end"], "narrative", own["timex_id"]
    return None


def _answered(trigger: Token) -> list[Token]:
    """The happening nouns a reaction answers: a reacting verb's object ("praised the ruling"), what one
    responds or reacts to ("reacted to the ruling"), or what any verb is "in response to" ("In response to the amended pact, … extended its offer")."""
    found = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
        if trigger.lemma_.lower() in REACTION_LEMMAS else []
    if trigger.lemma_.lower() in STIRRING_LEMMAS:  # "The transaction surprised many analysts"
        found += [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if trigger.lemma_.lower() in RESPONDING_LEMMAS:  # "responded to the ruling", "reacted to the vote"
        found += [c for to in trigger.children if to.dep_ == "prep" and to.lower_ == "to"
                  for c in to.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"):
        for response in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in RESPONSE_NOUNS):
            for to in (c for c in response.children if c.dep_ == "prep" and c.lower_ == "to"):
                found += [c for c in to.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return found


def _expects_a_result(trigger: Token, tense: str) -> bool:
    """"Westinghouse expects … earnings growth next year": a present expectation with a noun for object is
    held on the report's day; the time is the expected thing's. "expects to report", "will post" are the
    foreseen happenings themselves (their frame hands over to them) and keep their time."""
    if tense != "present" or trigger.lemma_.lower() not in EXPECTING_LEMMAS or trigger.tag_ not in ("VBZ", "VBP"):
        return False
    kids = [c.dep_ for c in trigger.children]
    return "dobj" in kids and not {"xcomp", "ccomp", "aux"} & set(kids)


LEVEL_LEMMAS = {"remain", "stay", "stand", "hold", "keep"}


def _keeps_a_level_for(sentence: Span, trigger: Token, own: TimexRow, tense: str) -> bool:
    """"will remain at $1 a share for next year" (AY#11): an estimate or a rating kept at a level told "at" an
    amount, for a period — the period is what the level is of, the keeping starts now (a future then on or after
    publication), not in the period."""
    if tense != "future" or trigger.lemma_.lower() not in LEVEL_LEMMAS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "at" and any(t.pos_ in ("NUM", "SYM") for t in c.subtree)
               for c in trigger.children):
        return False
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    return span is not None and span.start > 0 and sentence.doc[span.start - 1].lower_ == "for"


def _done_by_publication(tense: str, perfect: str, dated: Dating | None, published: str) -> bool:
    """A past happening dated from its own time with an open end that starts on or before publication ("had
    fallen" eight trading days after Oct. 12; "Since 1985 … nearly 200 soldiers have been killed", BQ#12: the
    present perfect tells what went on up to the telling — what comes after it the text does not know)."""
    return tense == "past" and perfect in ("", "past", "present") and dated is not None and dated[2] == "timex" \
        and bool(dated[0]) and not dated[1] and bool(published) and dated[0] <= published


def _a_closed_period_told_later(trigger: Token, tense: str, own: TimexRow, published: str) -> bool:
    """A period longer than a day that had closed before publication, told with a verb of publication's day or
    after it — a future with "will" ("will report a write-off … for its fourth quarter ended yesterday", AN#2) or
    a present expectation ("expects revenue in the latest quarter to total $28 million", AP#14): the period is
    what is reported or expected (the write-off's, the revenue's), and it excludes the reporting to come and the
    expecting held now, so it does not date the verb. A single day is left as it was ("will pay on Jan. 5" in a
    later story may be a statement's own plan), and so is "would" (a future seen from a past statement)."""
    if not published or not own["date_start"] or not own["date_end"] or own["date_start"] == own["date_end"] \
            or own["date_end"] >= published:
        return False
    if tense == "present":
        return trigger.lemma_.lower() in EXPECTING_LEMMAS and trigger.tag_ in ("VBZ", "VBP")
    return tense == "future" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES
                                     for c in trigger.children)


def _before_a_present_statement(trigger: Token, tense: str, own: TimexRow, published: str) -> bool:
    """A statement in the present ("say", "says") is made when reported: a time that ended days before the
    report ("11 days ago", "five months ago" in its sentence) is what the statement tells of, not its day
    (a day before the report can still be its own: "says Thursday" in a Friday broadcast)."""
    if tense != "present" or trigger.lemma_.lower() not in REPORTING_LEMMAS or not published \
            or not ISO_DAY.match(published) or not own["date_end"]:
        return False
    return own["date_end"] < (date.fromisoformat(published) - timedelta(days=1)).isoformat()


def _borrowed(sentence: Span, timex: TimexRow, trigger: Token) -> bool:
    """The expression dates the trigger only through the verb it is coordinated with ("fought cancer in 2004
    and took six months off in early 2009": 2004 is *fought*'s): a coordinated verb's own expression, one
    that hangs from it, is nearer to what it tells than the first verb's, whatever the distance in words."""
    if trigger.dep_ != "conj":
        return False
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    return span is not None and not _in_clause_of(span.root, trigger, shared=False)


def _compared(span: Span, trigger: Token) -> bool:
    """The expression dates an amount the event is compared with ("up from 886 million shares Thursday",
    "from $36 million a year ago"), not the event."""
    if _after_an_amount(span):
        return True
    node, amount = span.root, False
    while node.i != trigger.i and node.head.i != node.i:
        head = node.head
        inside = span.start <= head.i < span.end  # "from 2 to 4 February 2026" is one range, not a comparison
        if head.lower_ in COMPARING and head.pos_ == "ADP" and not inside:
            others = any(c.dep_ == "pobj" and not span.start <= c.i < span.end for c in head.children)
            return amount or others or (head.head.i == trigger.i and trigger.lemma_.lower() in CHANGE_LEMMAS) \
                or _a_change_by_an_amount(head.head)
        if head.lower_ in ("with", "to") and head.head.lemma_.lower() == "compare":
            return True  # "attributed the decline to higher costs compared with a year earlier"
        amount = amount or (head.pos_ in ("NUM", "SYM", "NOUN") and not inside)
        node = head
    return False


def _a_change_by_an_amount(word: Token) -> bool:
    """"down 4.5% from the previous Friday", "6.8% from Oct. 13": the word a "from" hangs on is a change by an
    amount (an amount, or "up"/"down"/"off" with one), so what follows "from" is the level measured from."""
    if word.lower_ in CHANGE_ADVERBS:
        return any(c.dep_ in ("npadvmod", "nummod", "quantmod") for c in word.children)
    return word.lower_ == "%" or word.lemma_.lower() in ("percent", "point") and any(
        c.dep_ == "nummod" for c in word.children)


# a period told as the one a year back ("in the year-ago period", "in the prior-year quarter")
YEAR_BACK = re.compile(r"(?i)\byear[- ](?:ago|earlier|before)\b|\bprior[- ]year\b|\bprevious[- ]year\b"
                       r"|\blast[- ]year\b")


def _after_an_amount(span: Span) -> bool:
    """"net rose 4.3% …, from $504.2 million, or $4.41 a share, last year": a time right after an amount
    that "from" or "than" opens is the amount's, however the parse hangs it. So is a year-back period that a
    preposition opens there ("fell 37% … from $52.2 million, or 48 cents a share, in the year-ago period", AL#39:
    the amount compared is the year-ago quarter's, the fall is the latest quarter's) — only a year-back one:
    "fell to $3 million from $5 million in the third quarter" may tell the fall's own quarter."""
    index = span.start - 1
    if index > span.sent.start and span.doc[index].lower_ in ("in", "during", "for") \
            and YEAR_BACK.search(span.text):
        index -= 1
    first = index
    while index >= span.sent.start and (span.doc[index].pos_ in AMOUNT_POS or _more_than(span.doc, index)):
        index -= 1
    if index < span.sent.start or index == first:
        return False
    numbers = any(t.pos_ in ("NUM", "SYM") for t in span.doc[index + 1:span.start])
    if span.doc[index].lower_ == "of" and index > span.sent.start:
        # "versus net income of $5.3 million, or $1.61 a share, a year earlier" (AH#30): the
        # amount is a result's, named before "of"; the comparing word stands before the result's noun phrase
        named = index - 1
        while named >= span.sent.start and span.doc[named].pos_ in ("NOUN", "ADJ", "DET"):
            named -= 1
        if named < index - 1 and any(t.lemma_.lower() in RESULT_NOUNS for t in span.doc[named + 1:index]):
            index = named
        if index < span.sent.start:
            return False
    word = span.doc[index]
    return word.lower_ in COMPARING and word.pos_ == "ADP" and numbers


def _more_than(doc: Doc, index: int) -> bool:
    """"took the stand for more than four hours Friday": "more than" / "less than" before a number is part of the
    amount (a bound on it), not a comparison with the time after it."""
    word = doc[index]
    if word.lower_ == "than":
        return index > 0 and doc[index - 1].lower_ in QUANTITY_BOUNDS and index + 1 < len(doc) \
            and doc[index + 1].pos_ in ("NUM", "SYM")
    return word.lower_ in QUANTITY_BOUNDS and index + 2 < len(doc) and doc[index + 1].lower_ == "than" \
        and doc[index + 2].pos_ in ("NUM", "SYM")


def _in_comparison(span: Span) -> bool:
    """The expression dates an amount compared with ("from … a year ago", "than in 2024", "compared with a
    year earlier"), whatever verb it hangs from."""
    if _after_an_amount(span):
        return True
    node = span.root
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
        if _comparing(node) and not span.start <= node.i < span.end:
            return True
    head = node.head
    return _comparing(head) or (
        node.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head.lemma_.lower() == "compare") or (
        head.lemma_.lower() == "compare")


def _comparing(token: Token) -> bool:
    """"than" (whatever the parse tags it), or "from" after a change ("fell 8.4% from a year ago", "up 13%
    from …"; not "a poster from 1989", "lived in London from 1968")."""
    if token.lower_ == "than":
        return True
    if token.lower_ != "from" or token.pos_ != "ADP":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    head = token.head
    return head.lemma_.lower() in CHANGE_LEMMAS or head.lower_ in ("up", "down") or (
        before is not None and (before.like_num or before.text == "%"))


def _after(trigger: Token, dated: Dating, timexes: list[TimexRow], published: str) -> Dating:
    """A past event bounded by publication that the text puts after a dated happening ("removed … after
    Gadhafi agreed in April", "asked after Thursday's ruling"): on or after that date's start as well."""
    if not _only_an_upper_bound(dated):
        return dated
    stretches = [c for c in trigger.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"]
    # "Extremists have bombed two towns and fired mortar shells … since Sinn Fein was expelled … on Feb. 20" (BT#2):
    # a clause told after the last of coordinated verbs that share the subject frames them all
    shared = [c for conj in trigger.children if conj.dep_ == "conj" and conj.pos_ == "VERB" and not _has_subject(conj)
              for c in conj.children if c.dep_ == "advcl" and c.i > conj.i]
    for child in [*trigger.children, *(c for stretch in stretches for c in stretch.children), *shared]:  # "A day after …"
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        opens = (child.dep_ == "prep" and child.lower_ in AFTER_WORDS) or (
            child.dep_ == "advcl" and marks & AFTER_WORDS)
        if not opens:
            continue
        low, high = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
        inside = [t for t in timexes if t["type"] in ("DATE", "TIME") and t["date_start"] and t["date_end"]
                  and low <= t["start"] < high and t["date_start"] <= dated[1]]
        if inside:
            first = min(inside, key=lambda t: t["start"])
            on = (first["date_start"], first["date_end"], "narrative", first["timex_id"])
            return _days_on(on, _days_later(child), dated[1]) or (first["date_start"], dated[1], "bounded",
                                                                  first["timex_id"])
    return dated


def _by_a_deadline(tense: str, dated: Dating | None, published: str) -> Dating | None:
    """A future its own time gives only an end ("will almost double its flights … by August", "wants to boost
    non-GM revenue … by the end of 1990", "will continue to operate … until early 1990"): still to come, so
    from publication to that end (``bounded``, the expression's id: the replay moves the start with the
    publication day and the end with the expression), where the end is not before publication."""
    if dated is None or tense != "future" or dated[2] != "timex" or dated[0] or not dated[1] or not published \
            or dated[1] < published:
        return dated
    return published, dated[1], "bounded", dated[3]


def _days_later(after: Token) -> int:
    """How many days "after" counts ("a day after the vote", "two days after police arrested him"): the
    stretch of days hanging from the preposition or from the clause it opens, with its count; 0 where none
    is told (only "after": a bound, not a day)."""
    stretches = [c for c in after.children if c.dep_ == "npadvmod"] + ([after.head] if after.head.dep_ == "npadvmod"
                                                                         and after.head.i != after.i else [])
    for stretch in (c for c in stretches if c.lemma_.lower() == "day"):
        counts = [c for c in stretch.children if c.dep_ in ("det", "nummod")]
        if len(counts) != 1:
            continue
        word = counts[0].lower_
        if word.isdigit() and 0 < int(word) <= 31:
            return int(word)
        return DAY_COUNTS.get(word, 0) if stretch.lower_ == ("day" if DAY_COUNTS.get(word) == 1 else "days") else 0
    return 0


def _days_on(when: Dating, days: int, last: str) -> Dating | None:
    """The day ``days`` after a happening of one day ("A day after the Jan. 26 vote": Jan. 27), as ``narrative``
    with the happening's expression (the replay of a publication date moves both alike); None where no count,
    the happening is no single day, or the day is after ``last``."""
    if not days or not when[0] or when[0] != when[1] or not ISO_DAY.match(when[0]):
        return None
    day = (date.fromisoformat(when[0]) + timedelta(days=days)).isoformat()
    return (day, day, "narrative", when[3]) if day <= last else None


# "as a result of", "in the wake of", "in the aftermath of": what comes of a happening comes after it
CONSEQUENCE_NOUNS = {"result", "wake", "aftermath", "consequence"}
# what a happening does to people, told with "in" it ("died in the blast", "was cut … in the blast"): the harm
# came with the happening or after it (a death of wounds days later), never before it
HARM_LEMMAS = {"die", "kill", "injure", "wound", "hurt", "cut", "burn", "maim", "trap", "bury", "lose", "suffer",
               "perish", "survive"}


def _harm_subject(trigger: Token) -> Token:
    """The verb whose subject and auxiliaries a harm verb joined to another shares ("The bombings … have killed
    more than 200 people … and wounded over 5,000": the bombings wounded them): that verb, else the trigger."""
    if trigger.dep_ == "conj" and trigger.lemma_.lower() in HARM_LEMMAS and trigger.head.lemma_.lower() in HARM_LEMMAS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return trigger.head
    return trigger


def _happenings_beside(trigger: Token) -> list[tuple[str, Token]]:
    """The nouns that "before", "after", "since" or "following" opens on the trigger, directly ("after the
    vote") or through a stretch of time ("in the weeks before the shooting", "days after the vote"), with
    the word; a cause ("as a result of the bombings", "in the wake of the vote", "because of the strike")
    is one "after"; the noun's own time expression, if any, is ``_after``'s."""
    found = []
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        opens = [prep] + [p for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in STRETCH_NOUNS
                          for p in obj.children if p.dep_ == "prep"]
        for word in opens:
            if word.lower_ in BEFORE_WORDS | AFTER_WORDS:
                found += [(word.lower_, n) for n in word.children if n.dep_ == "pobj"]
    for prep in (c for c in trigger.children if c.dep_ == "prep"):  # "as a result of the bombings": after them
        if prep.lower_ in ("as", "in"):
            found += [("after", n) for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in
                      CONSEQUENCE_NOUNS for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                      for n in of.children if n.dep_ == "pobj"]
        elif prep.lower_ == "because" and any(c.lower_ == "of" for c in prep.children):  # "because of the storm"
            found += [("after", n) for n in prep.children if n.dep_ == "pobj"]
        if prep.lower_ == "in" and trigger.lemma_.lower() in HARM_LEMMAS:  # "died in the blast": in it, so after
            found += [("after", n) for n in prep.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    for stretch in (c for c in trigger.children if c.dep_ == "npadvmod" and c.lemma_.lower() in STRETCH_NOUNS):
        found += [(p.lower_, n) for p in stretch.children if p.dep_ == "prep" and p.lower_ in BEFORE_WORDS | AFTER_WORDS
                  for n in p.children if n.dep_ == "pobj"]  # "days after the vote"
    return found


def _chosen(span: Span, trigger: Token) -> bool:
    """"picked Saturday night as the optimal time": a time that a verb of choosing takes as what it chooses
    (its object, named "as" something) is the time chosen, not the day of choosing."""
    root = span.root
    return (trigger.lemma_.lower() in CHOOSING_LEMMAS and root.head.i == trigger.i
            and root.dep_ in ("dobj", "npadvmod") and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children))


def _chosen_times(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> list[TimexRow]:
    """The calendar times a verb of choosing takes as what it chooses (``_chosen``)."""
    if trigger.lemma_.lower() not in CHOOSING_LEMMAS:
        return []
    found = []
    for timex in timexes:
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None and timex["date_start"] and timex["date_end"] and _chosen(span, trigger):
            found.append(timex)
    return found


def _shifted_to(span: Span, trigger: Token) -> bool:
    """"extended to Nov. 20 its offer", "postponed until Tuesday": the new time of what is shifted, not the
    day of shifting it."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (trigger.lemma_.lower() in SHIFT_LEMMAS and before is not None and before.lower_ in SHIFT_WORDS
            and before.head.i == trigger.i)


def _intended(trigger: Token) -> bool:
    """"The plan is for him to stay", "calls for Apple to let …": what someone intends or asks for, still to come."""
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    return "for" in marks and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def _reporter_before(span: Span) -> Token | None:
    """The reporting verb right before a time expression ("said Sunday", "said on Tuesday"), whatever
    clause the parse hangs the expression from: in news the day after "said" is the statement's."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "on" and span.start > 1:
        before = span.doc[span.start - 2]
    if before is None or before.pos_ != "VERB" or before.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return before


def _dates_the_medium(token: Token, trigger: Token) -> bool:
    """A statement's time told on what carried it: "said a government communique, read Wednesday night",
    "said in the letter, dated Monday", "said a message that was read Wednesday night" — an expression in a
    past participle or passive relative clause on the reporting verb's subject, or on the object of its
    preposition, dates the statement (what was done to the medium; not "who left Cuba in 1962")."""
    if trigger.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and node.head.i == trigger.i and node.tag_ in ("VBN", "VBD"):
            return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)  # ", read Monday night"
        if node.dep_ in ("acl", "relcl"):  # what was done to the medium: "dated Monday", "that was read …"
            if not (node.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in node.children)):
                return False  # "said Josefa Gonzalez, who left Cuba in 1962": the speaker's past, not the statement's
            noun = node.head
            return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == trigger.i) or (
                noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i)
        if _heads_another_clause(node):
            return False
        node = node.head
    return False


def _told_of_a_happening(trigger: Token) -> bool:
    """The subject is a happening ("The car bomb attack … killed 253 people", "The attack was lightning
    quick"): what it did is on that happening's day, which the story's day need not be."""
    from explorer.core.extract.events.find import event_noun  # find imports this module

    verb = trigger
    while verb.dep_ == "conj" and not _has_subject(verb) and verb.head.i != verb.i:
        verb = verb.head  # "… killed 253 people and injured 5,000 others"
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and event_noun(c) for c in verb.children)


def _tried(trigger: Token, tense: str) -> bool:
    """A present infinitive told through a perfect ("the US has tried to hasten it on several occasions"):
    what was tried or done up to now, as its frame is, not a state of the report's day (but "has begun to sell",
    "has continued to increase" tell what goes on now)."""
    return tense == "present" and trigger.dep_ == "xcomp" and trigger.tag_ == "VB" and trigger.head.i < trigger.i \
        and trigger.head.tag_ == "VBN" and trigger.head.lemma_.lower() not in ONGOING_LEMMAS


ONGOING_LEMMAS = {"begin", "start", "continue", "keep", "resume"}  # what their infinitive tells goes on

def _shares_auxiliaries(verb: Token) -> bool:
    """A coordinated verb without auxiliaries of its own takes its first verb's ("had moved … and said"); not a
    present form, which no auxiliary goes with ("… has become a factor in two campaigns, say political
    consultants", the parse's conjunct: BP#46, a present statement left on or before publication)."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i \
        and verb.tag_ not in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _ordered(trigger: Token, tense: str) -> bool:
    """An order or an appeal ("Listen to them", '"All Iraqis, fight them …, and all struggle for everything,"
    Saddam said'): a bare verb with neither subject nor auxiliary heading a sentence or a quotation, and
    the verbs joined to it, tell what should happen, not a happening of a day."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "fight them … and all struggle": the appeal's first verb
    return tense == "present" and verb.tag_ == "VB" and verb.dep_ in ("ROOT", "ccomp") \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "expl", "nsubjpass") or (c.dep_ == "nsubj" and not _called(c))
                    for c in verb.children) \
        and (verb.dep_ == "ROOT" or verb.i < verb.head.i)


PROMPTING_LEMMAS = {"prompt", "lead", "force", "push", "encourage", "spur", "drive", "compel", "urge", "persuade",
                    "inspire", "move", "cause"}


def _prompted_to(trigger: Token) -> bool:
    """"… growth to more than 300,000 last year, prompting the government to improve roads" (BT#22, too precise: the
    publication day): what someone is prompted, urged or forced to do is no happening the text tells done."""
    head = trigger.head
    return trigger.tag_ == "VB" and trigger.dep_ in ("xcomp", "ccomp") and head.i != trigger.i \
        and head.lemma_.lower() in PROMPTING_LEMMAS and any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children) \
        and any(c.dep_ == "dobj" for c in head.children)


# "need to", "have to": what must be done, as "must" is (``perfect_aspect`` reads "must" as modal, no happening)
OBLIGING_LEMMAS = {"need", "have"}


def _an_obligation(trigger: Token, tense: str) -> bool:
    """"Austria and Hungary need to strengthen their cooperation", "There have to be conditions": a present "need
    to" / "have to" tells what should be, like "must strengthen", not a happening of the day it is said (AO#9, AP#4
    were judged not datable); so does a future one ("will need to ask a court to resolve this dispute", BS#23). The
    past ("had to pay") tells what was done; "needs money" is a state, left."""
    return tense in ("present", "future") and trigger.lemma_.lower() in OBLIGING_LEMMAS \
        and trigger.tag_ in ("VBZ", "VBP", "VB") \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                for c in trigger.children)


QUOTES = {'"', "``", "''", "“", "”"}


def _called(noun: Token) -> bool:
    """Who an appeal is made to, set off by a comma before its verb ("All Iraqis, fight them"), not a subject."""
    last, verb = noun.right_edge.i, noun.head
    between = [t.text for t in noun.doc[last:verb.i]]
    return noun.i < verb.i and "," in between[:2] and not any(t in QUOTES for t in between)  # not 'bars, "make …'


def _hypothetical(trigger: Token, tense: str) -> bool:
    """What would happen on a condition ("he would go get his son alone if U.S. authorities promised …", "If
    the child is sent back …, all hell is going to break loose": the condition on the frame counts too), what
    is asked for ("calls for Apple to let the iPhone be used …") or what someone has to do ("They have to
    continue to tighten their belts"; the modal "one need look no farther than …", "you need not worry"): not a
    happening on a day."""
    frames = [trigger]
    while frames[-1].dep_ == "xcomp" and frames[-1].head.i != frames[-1].i:
        frames.append(frames[-1].head)
    conditional = any(c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & CONDITION_MARKS
                      for verb in frames for c in verb.children)
    obliged = any(verb.lemma_.lower() in OBLIGATION_LEMMAS and verb.tag_ in ("VBP", "VBZ") for verb in frames[1:]) \
        or any(c.dep_ == "aux" and c.lemma_.lower() == "need" for c in trigger.children)  # "one need look no farther"
    asked = _intended(trigger) and trigger.head.lemma_.lower() in REQUEST_LEMMAS
    return (conditional and tense != "past") or asked or obliged


DESIRE_LEMMAS = {"want", "wish", "hope", "like", "intend", "plan"}  # not "mean": "did not mean to offend" may have offended
# what is not expected to happen is, as what is not wanted, told as not to come ("aren't expected to hurt", AM#24)
NOT_TO_COME_LEMMAS = DESIRE_LEMMAS | {"expect", "anticipate", "foresee"}


def _not_wanted(trigger: Token) -> bool:
    """What someone does not want, wish, plan or expect to happen ("which does not want to see Kenya and Tanzania
    punished", "They don't want to play with us", "the 'bugs' aren't expected to hurt Intel", AM#24): a verb framed
    (through "to" infinitives) by a negated wish or expectation tells what was not to happen, no happening of a
    day — not a future after publication, as a wish's object would otherwise be. (An infinitive after "refused
    to" is not an event of its own in the parse.)"""
    frame = trigger
    while frame.dep_ == "xcomp" and frame.head.i != frame.i and frame.head.pos_ in ("VERB", "AUX"):
        frame = frame.head
        if frame.lemma_.lower() in NOT_TO_COME_LEMMAS and (any(c.dep_ == "neg" for c in frame.children) or any(
                c.dep_ in ("aux", "auxpass") and any(n.dep_ == "neg" for n in c.children) for c in frame.children)):
            return True
        if frame.lemma_.lower() in NOT_TO_COME_LEMMAS and frame.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in frame.children):
            return True  # "had intended to flee Cuba himself" (CI#34): a plan told in the past perfect, given up
    return False


# what these verbs act on does not happen: "a ruling that prevents the removal of Elian", "blocked the sale",
# "avoided paying" ("stop" and "halt" are left out: "stopped the fighting" tells of a fighting that went on)
PREVENTING_LEMMAS = {"prevent", "bar", "block", "avoid", "avert", "forbid", "prohibit", "preclude", "thwart", "foil"}
# "prevented him from leaving", "kept them from voting": what "from" holds does not happen either
KEEPING_FROM_LEMMAS = PREVENTING_LEMMAS | {"stop", "keep", "restrain", "discourage", "deter"}


def _prevented(trigger: Token) -> bool:
    """A happening that its verb's subject prevents, bars, blocks or avoids ("prevents the removal of Elian from the
    country", AM#50; "avoid paying the tax"; "barred him from leaving"): told as kept from happening, so the text
    gives it no day — not the day of the ruling or report that prevents it, nor a bound."""
    head = trigger.head
    if head.i == trigger.i:
        return False
    if trigger.dep_ in ("dobj", "xcomp", "nsubjpass") and head.pos_ == "VERB" \
            and head.lemma_.lower() in PREVENTING_LEMMAS:
        return trigger.dep_ != "nsubjpass" or any(c.dep_ == "auxpass" for c in head.children)  # "the sale was blocked"
    return trigger.dep_ in ("pcomp", "pobj") and head.lower_ == "from" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() in KEEPING_FROM_LEMMAS


FREE_CHOICE_WORDS = {"whatever", "whichever", "whoever", "wherever", "whenever"}


def _an_imperative(trigger: Token) -> bool:
    """"Now …, get set for oil prices to fall further" (AO#11), "Consider the case of …": a main verb in the
    imperative with no subject addresses the reader or listener — advice, no happening of a day. Read from the
    sentence's root: no subject, and a bare verb ("consider", "don't expect") or a bare "get"/"be" before a
    participle ("get set", "be warned"); not a question, nor a "to" infinitive (a headline's "Apple to unveil")."""
    root = trigger.sent.root
    if trigger.i != root.i or root.text.endswith("?") or trigger.sent[-1].text == "?":
        return False
    kids = list(root.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return False
    auxiliaries = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if root.tag_ == "VB":  # "Consider …", "Don't expect …" (no subject: "do" is the imperative's own)
        return all(a.lower_ == "do" for a in auxiliaries)
    return root.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].tag_ == "VB" \
        and auxiliaries[0].lower_ in ("get", "be") and auxiliaries[0].i < root.i


def _presents_what_follows(trigger: Token) -> bool:
    """"Following are statements made Friday …" (AQ#32), "The following are the latest figures …": a bare
    "following" as the subject of "be" is the text presenting its own next part (a wire story's formula before a
    transcript, a list, a table) — no happening of a day, not a state of the report's day. Only a "following"
    with nothing of its own but an article: "Following orders is …" (a gerund with an object) is left alone."""
    if trigger.lower_ != "following" or trigger.dep_ not in ("nsubj", "attr") or trigger.head.lemma_ != "be":
        return False
    return all(c.dep_ == "det" for c in trigger.children)


CONDITION_WORDS = {"provided", "providing"}  # "provided (that)" / "providing (that)": "if", "on condition that"
FINITE_TAGS = {"MD", "VBZ", "VBD", "VBP"}
NOUN_PHRASE_POS = {"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "PART"}  # PART: the possessive "'s"


def _a_condition_word(trigger: Token) -> bool:
    """"willing to withdraw from southern Lebanon provided Israel's northern frontier could be secured" (AQ#47):
    "provided"/"providing" used as the conjunction "if" opens a condition — no providing happened. Read from the
    surface, since the parse makes the word a verb of its own: no subject, auxiliary or "as" of its own, and right
    after it "that" or a noun phrase followed by a finite verb (the condition's clause). "Slepian provided legal
    abortions", "has provided vessels", "as provided for under the law" and "providing a service" stay events."""
    if trigger.lower_ not in CONDITION_WORDS or trigger.dep_ in ("acl", "amod", "relcl", "conj"):
        return False  # "… and provided food": a verb sharing the subject before it
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in trigger.children):
        return False
    after = trigger.doc[trigger.i + 1:trigger.sent.end]
    if len(after) and after[0].lower_ == "that":
        return True
    nouns = False
    for n, token in enumerate(after):
        if token.tag_ in FINITE_TAGS:
            return n > 0  # a noun phrase stood between: "provided Israel's frontier could …"
        if token.pos_ not in NOUN_PHRASE_POS or (nouns and token.pos_ in ("DET", "PRON")):
            return False  # a second noun phrase: "provided the food the city needed" (its object's relative)
        nouns = nouns or token.pos_ in ("NOUN", "PROPN")
    return False


def _free_choice(trigger: Token, tense: str) -> bool:
    """A present or future verb of a free-choice clause ("Whatever capital it needs …, that capital will be
    injected", AK#25; "should go wherever that parent wants"): it tells of any case that may come, no happening of
    a day — not a state of the report's day. A past one ("did whatever he asked") is left to the other rules."""
    return tense != "past" and any(
        c.lower_ in FREE_CHOICE_WORDS or (c.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ in FREE_CHOICE_WORDS for d in c.children)) for c in trigger.children)


# a view or a stance a condition is told in ("sees no hope … until sanctions force Saddam to withdraw", AM#21)
VIEW_LEMMAS = {"see", "expect", "believe", "think", "hope", "doubt", "fear", "predict", "forecast", "anticipate"}


def _a_condition(trigger: Token, tense: str) -> bool:
    """The verb of an "until" clause, in the present or future, that hangs from a view ("sees no short-term hope
    for a diplomatic solution … at least until economic sanctions force Saddam to withdraw", AM#21; "believes
    the talks will fail until …"): a condition of the view, not a happening told to come, so the text gives it
    no day (not "on or after publication"). "until" after a statement of what will or will not be done ("will not
    lift the sanctions until the inspectors certify", "the troops will remain until Iraq complies") is left a
    future still to come, as before; "if" and "unless" clauses give no event in ``find``."""
    if tense == "past" or trigger.dep_ != "advcl" or trigger.head.i == trigger.i \
            or not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in trigger.children):
        return False
    head = trigger.head
    return head.lemma_.lower() in VIEW_LEMMAS


def _a_participle_of_a_noun(trigger: Token) -> bool:
    """A past participle that only qualifies a noun ("the amended pact", "Navigation Mixte's 1989 unconsolidated
    … profit", AI#50: the parse hangs the possessive on the participle): it tells what the thing is, no happening
    of the day its noun is dated by. A participle with an auxiliary, a subject or an object of its own is a verb."""
    if trigger.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "agent")
                                    for c in trigger.children):
        return False
    # "The Argus quoted immigration official …": right after a name, the name's verb misread as an adjective
    after_a_name = trigger.i > 0 and trigger.nbor(-1).pos_ == "PROPN"
    return (trigger.dep_ == "amod" and not after_a_name) or any(c.dep_ == "poss" for c in trigger.children)


POSSIBLE_WORDS = {"possible", "potential", "prospective", "proposed", "contemplated", "hypothetical", "would-be"}


def _only_possible(trigger: Token) -> bool:
    """A happening noun told as only possible or proposed ("approached for a possible acquisition", "a potential
    merger", "the proposed sale"): what might come, not a happening of a day — not the day of the report that
    names it. ("planned" is left alone: a plan has the later time it is set for.)"""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in POSSIBLE_WORDS for c in trigger.children)


def _own_noun_date(sentence: Span, nouns: list[Token], timexes: list[TimexRow], last: str) -> Dating | None:
    """The date a happening noun carries in its own words ("the January 1998 bombing", "the bombing of Aug. 7"),
    starting by ``last``: the happening named there, whatever other happenings of its kind the document dates."""
    for timex in (t for t in timexes if t["type"] == "DATE" and t["date_start"] and t["date_end"]
                  and t["date_start"] <= last):  # the cheap tests before the span is made
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        noun = named_noun(span) if span is not None else None
        if noun is not None and any(noun.i == n.i for n in nouns):
            return timex["date_start"], timex["date_end"], "narrative", timex["timex_id"]
    return None


def _of_what_is_asked_for(span: Span, trigger: Token) -> bool:
    """"Conseco is calling for the redemption on Dec. 7 of all the … shares" (BN#35): a time right after the
    happening a verb of asking calls "for" is that happening's ("the redemption on Dec. 7"), however the parse hangs
    it; the asking is told at its own time (here, now)."""
    if trigger.lemma_.lower() not in REQUEST_LEMMAS or span.start < 2:
        return False
    doc = span.doc
    prep = doc[span.start - 1] if doc[span.start - 1].lower_ in ("on", "in", "at", "by", "for", "next", "this") \
        else None
    noun = doc[span.start - 2] if prep is not None and prep.pos_ == "ADP" else doc[span.start - 1]
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.i == trigger.i and _a_happening(noun)


def _asked_for(trigger: Token) -> bool:
    """A happening noun that names what is asked for ("the U.S.'s demand for Laden's extradition", "calls for a
    ceasefire", "demanded the extradition of …"): a demand, request or appeal tells that it had not happened when
    asked, and not that it happened since, so the text gives it no day."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in REQUEST_LEMMAS
    return trigger.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in {"demand", "request"}


def _an_infinitive_of_a_word(trigger: Token, tense: str) -> bool:
    """A "to" infinitive that completes a noun ("Iraq's proposal to open its sites", "Sony's effort to hire"), an
    adjective ("was ready to withdraw", "is necessary to dispel") or a copula ("One problem was how to deal with the
    Russians", "Apple's response was first to recommend holding the phone", "is to resolve the case"): it names what
    was proposed, tried, possible or judged, in no tense of its own, so the text gives it no day — not the
    report's, as a present verb's would be. Not an infinitive framed by a verb ("continues to face", "is trying
    to woo": the frame's time is its own) nor one of purpose ("are here to witness")."""
    if tense != "present" or trigger.tag_ != "VB" or trigger.head.i == trigger.i:
        return False
    if [c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")][:1] != ["to"]:
        return False
    head = trigger.head
    return (trigger.dep_ == "acl" and head.pos_ == "NOUN") or (trigger.dep_ == "xcomp" and (
        head.pos_ == "ADJ" or (head.lemma_ == "be" and head.pos_ == "AUX")))


POSSIBILITY_NOUNS = {"risk", "possibility", "chance", "danger", "prospect", "likelihood", "threat", "fear", "scenario"}
OPTION_NOUNS = {"alternative", "option", "choice", "possibility", "scenario"}
OPTION_PATH = {"conj", "pobj", "prep", "appos", "dobj", "compound", "amod", "nmod"}  # "alternatives, including a merger"


def _a_possibility(trigger: Token, tense: str) -> bool:
    """What a noun of possibility holds ("the risk that the Pope's visit will persuade … Cubans to break loose",
    "the possibility that the talks collapse"): a future or present told as what may come, no happening of a day
    (a past one, "the possibility that he had lied", is left to the other rules)."""
    verb = trigger
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return tense != "past" and verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" \
        and verb.head.lemma_.lower() in POSSIBILITY_NOUNS and verb.head.i < verb.i


def _an_option(trigger: Token) -> bool:
    """A happening named among options to be weighed ("the evaluation of … alternatives, including debt
    refinancing, raising capital, recapitalization, a merger or sale of the company", "merger alternatives"):
    one of the choices, not a happening of any day. Read up the list to its noun, through nouns and "-ing" forms
    only (a finite verb on the way tells a clause of its own)."""
    token = trigger
    for _ in range(12):
        if token.dep_ not in OPTION_PATH or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in OPTION_NOUNS:
            return True
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "VBG":
            return False
    return False


def _before_what_follows(sentence: Span, trigger: Token, dated: Dating, timexes: list[TimexRow]) -> Dating:
    """A past event bounded by publication whose coordinated next verb is dated by its own words ("failed to
    come up with another winner and filed for bankruptcy-law protection in July 1988"): on or before that."""
    if not _only_an_upper_bound(dated):
        return dated
    framed = [c for c in trigger.children if c.dep_ == "xcomp"]  # "failed to come up … and filed"
    for child in [c for verb in (trigger, *framed) for c in verb.children]:
        if child.dep_ != "conj" or child.pos_ != "VERB" or child.i < trigger.i or _has_subject(child):
            continue
        own = _governing(sentence, child, timexes)
        if own is not None and own["date_start"] and own["date_end"] and own["date_end"] < dated[1]:
            return "", own["date_end"], "bounded", own["timex_id"]
    return dated


def _a_days_trading(trigger: Token) -> bool:
    """A move of the market's prices ("In trading on the New York Stock Exchange, Cineplex closed at $11", "The
    Treasury's benchmark 30-year rose fractionally", "Volume … totaled 175.2 million shares"): the day's trading,
    which a daily paper tells on the day it was written (not a company's result, "net rose 5%")."""
    if trigger.lemma_.lower() not in MARKET_LEMMAS or _of_a_result(trigger):
        return False
    told = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "prep")]
    return any(word.lower_ in TRADED_WORDS for phrase in told for word in phrase.subtree)


MARKET_WIDE_WORDS = {"index", "average", "composite", "volume", "market", "nasdaq", "dow"}


def _told_after_its_conjunct(sentence: Span, trigger: Token, timexes: list[TimexRow],
                             published: str) -> TimexRow | None:
    """"it expects to obtain regulatory approval and complete the transaction by year-end" (BW#8, vague): a time told
    after the last of coordinated verbs still to come, sharing their subject, frames the first too — both are what is
    to be done by then. Only a future (a past's conjuncts are often of different times: "founded the firm and sold it
    last year")."""
    for conjunct in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c)):
        own = _governing(sentence, conjunct, timexes)
        if own is not None and own["start"] > conjunct.idx and own["date_end"] \
                and (not published or own["date_end"] >= published):  # a time still to come, as the future is
            return own
    return None


def _when_this_happens(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """"… announced that Macintosh computers would begin to be shipped with Intel processors." / "This 'switch', he
    said, would happen beginning next year." (BW#7, vague): the next sentence says when "this" happening, the one just
    told, will happen — the future of the sentence before takes that time, if still to come (one of the next two
    sentences; the one between here is a comment). Only the main future of its sentence (the clause a statement
    reports, or the sentence's own)."""
    if trigger.dep_ not in ("ROOT", "ccomp", "xcomp"):
        return None
    following = next((told for told in islice(_sentences_after(sentence), 2) if _says_when_this_happens(told)), None)
    if following is None:
        return None
    root = following.root
    own = _governing(following, root, [t for t in timexes if following.start_char <= t["start"] < following.end_char])
    dated = own_date(own, published) if own is not None else None
    if dated is None or dated[2] != "timex" or not dated[0] or (published and dated[0] < published):
        return None
    return dated[0], dated[1], "narrative", dated[3]


def _says_when_this_happens(sentence: Span) -> bool:
    """"This 'switch' would happen beginning next year": a happening named by "this" ("that", "the") and a verb of
    occurring, as the sentence's root."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return root.lemma_.lower() in OCCURRING_LEMMAS | {"begin", "start"} and subject is not None \
        and subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in subject.children)


def _by_saying_on_a_day(sentence: Span, trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """"The Russian foreign minister … sought to soften the harsh words of President Yeltsin, saying on Friday that
    …" (BX#49, vague; A#17 was right when it was so dated): an act done by saying something, the saying's participle
    with a day of its own, is of that day — the act's verb, or the one it is the aim of ("sought to soften")."""
    verb = trigger.head if trigger.dep_ == "xcomp" else trigger
    for saying in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > trigger.i
                   and c.lemma_.lower() in REPORTING_LEMMAS):
        own = _governing(sentence, saying, timexes)
        if own is not None and own["date_start"] and own["date_start"] == own["date_end"] \
                and (not published or own["date_end"] <= published):
            return own["date_start"], own["date_end"], "narrative", own["timex_id"]
    return None


def _done_by_a_document_of_a_day(trigger: Token, timexes: list[TimexRow], published: str) -> Dating | None:
    """"The Canadian warrant issued Monday charged Kopp with attempted murder" (BU#18 = N#38, vague): what a
    document issued, released or read on a day says or does, it does that day — a subject with a participle of
    issuing and a single day of its own, up to publication."""
    for subject in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"):
        for issued in (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in STATEMENT_PARTICIPLES):
            days = [t for t in times_in(issued, timexes) if t["date_start"] and t["date_start"] == t["date_end"]
                    and (not published or t["date_end"] <= published)]
            if len(days) == 1:
                return days[0]["date_start"], days[0]["date_end"], "narrative", days[0]["timex_id"]
    return None


def _a_markets_move(trigger: Token) -> bool:
    """A move of the whole market ("The Nasdaq Composite Index tumbled 5.39", "Friday's trading volume totaled"), not
    of one stock ("The stock fell 7/8 Thursday"): the session a roundup goes on telling."""
    return trigger.lemma_.lower() in MARKET_LEMMAS and not _of_a_result(trigger) and any(
        w.lower_ in MARKET_WIDE_WORDS for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree)


def _a_stock_move(trigger: Token) -> bool:
    """A stock's move to a price ("Intel eased 1/8 to 31 7/8", "McCaw, which dropped 2 1/2 to 37 3/4"): a market
    roundup's line, told of one session."""
    if trigger.lemma_.lower() not in MARKET_LEMMAS or _of_a_result(trigger):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(n.dep_ == "pobj" and n.like_num for n in c.children)
               for c in trigger.children)


def _of_a_result(trigger: Token) -> bool:
    """The change is in a company's result ("net dropped 3.1%", "profit at the unit fell"), not a price of
    the day's trading ("the stock fell 75 cents")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RESULT_NOUNS for c in trigger.children) \
        or (trigger.lemma_.lower() == "earn" and any(c.dep_ == "nsubj" for c in trigger.children)) \
        or _posts_a_result(trigger) or _has_a_result(trigger) or _a_segments_fortune(trigger)


SEGMENT_NOUNS = {"business", "unit", "division", "segment", "operation", "subsidiary", "arm"}


# a subject told as the year before's ("the year-earlier nine months", "the year-ago quarter"); narrower than
# ``YEAR_BACK``, whose "last year" on a subject names a calendar year of its own, not a period carried back
YEAR_EARLIER = re.compile(r"(?i)\byear[- ](?:earlier|ago)\b|\bprior[- ]year\b")


def _of_the_year_before(sentence: Span, trigger: Token, timexes: list[TimexRow], compared: set[str]) -> bool:
    """"Net for the year-earlier nine months also included a gain of $9.7 million" (BS#9 = BK#42 = BW#38, vague three
    times): the result's own subject says it is the year before's, so the period carried is a year back. Only a
    "year-earlier"/"year-ago" on the subject (a compared amount's "from $3 million a year ago" is the amount's)."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = [(min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in subjects]
    return any(YEAR_EARLIER.search(t["text"] or "") and t["timex_id"] not in compared
               and any(a <= t["start"] < b for a, b in spans) for t in timexes)


def _a_year_back(dated: Dating) -> Dating:
    """The same months a year earlier."""
    def back(day: str) -> str:
        return months_on(date.fromisoformat(day), -12).isoformat() if day else ""
    return back(dated[0]), back(dated[1]), dated[2], dated[3]


def _a_segments_fortune(trigger: Token) -> bool:
    """"The Continental Baking business benefited from higher margins on bread", "its Eveready battery unit was hurt
    by continuing economic problems" (BT#8 = AO#40, vague twice): how a company's part fared is told of the period its
    results are reported for, as a change in its profit is."""
    return trigger.lemma_.lower() in FORTUNE_LEMMAS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SEGMENT_NOUNS for c in trigger.children)


def _months_of(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> int:
    """The months a result is told of in its own clause ("In the nine months, net rose", "for the first six
    months"), or 0."""
    for timex in timexes:
        value = SPAN_VALUE.match(timex["value"] or "")
        if timex["type"] != "DURATION" or value is None or value.group(2) != "M" or reaches_back(timex):
            continue
        span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if int(value.group(1)) in MONTHS_OF_RESULTS and span is not None and _in_clause_of(span.root, trigger) \
                and not _in_comparison(span):
            return int(value.group(1))
    return 0


def _period_of_the_change(noun: Token, trigger: Token) -> bool:
    """The noun is the amount whose change the trigger tells ("third-quarter profit jumped", "1989 sales
    rose"): its period is the change's time."""
    return trigger.lemma_.lower() in CHANGE_LEMMAS and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.i == trigger.i


# how a time hangs on a noun it describes: "last year's efforts", "third-quarter profit", "the 1955 Oscars"
NOUN_MODIFIER_DEPS = ("poss", "compound", "nmod", "amod", "nummod")


def _of_the_results_held(sentence: Span, timex: TimexRow, trigger: Token) -> bool:
    """The time is the period of the results the trigger tells were held ("Third-quarter results included …")."""
    span = sentence.doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ in NOUN_MODIFIER_DEPS and _what_the_results_held(span.root.head, trigger)


def _what_the_results_held(noun: Token, trigger: Token) -> bool:
    """"The latest quarter's results … included a pretax gain", "Last year's results were hurt by charges": what
    a period's results held is of that period (not what was done to them later: "have been restated")."""
    return noun.lemma_.lower() in RESULT_NOUNS | {"result"} and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.i == trigger.i and trigger.lemma_.lower() in HELD_LEMMAS \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)


def _in_clause_of(token: Token, trigger: Token, shared: bool = True) -> bool:
    """Whether ``token`` hangs from the trigger without crossing into another clause.

    A frame's clause is its framed verb's ("In May he plans to visit": May dates *visit*), and a
    coordinated verb without a subject of its own shares the first one's ("said on Wednesday … and
    called for": Wednesday dates *called*) unless ``shared`` is False.
    """
    frames = {trigger.i}
    verb = trigger
    while verb.head.i != verb.i and (verb.dep_ == "xcomp" or (
            shared and verb.dep_ == "conj" and not _has_subject(verb) and not _turns_present(verb))):
        verb = verb.head
        frames.add(verb.i)
    if _simultaneous(verb):
        frames.add(verb.head.i)
    node = token
    while node.i not in frames:
        if node.head.i == node.i or (_heads_another_clause(node) and not (
                _simultaneous(node) and node.head.i in frames)):
            return False
        node = node.head
    return True


SENDING_LEMMAS = {"send", "set"}  # "sent Anheuser shares plunging", "set prices soaring"


def _a_result_it_sent(span: Span, trigger: Token) -> bool:
    """"The projection sent Anheuser shares plunging $4.375 in … composite trading yesterday" (AV#41): the result
    clause of "send"/"set" ("plunging") happens with the sending, so a time of that clause is the sending's too."""
    if trigger.lemma_.lower() not in SENDING_LEMMAS:
        return False
    node = _branch_to(span.root, trigger)
    return node is not None and node.tag_ == "VBG" and node.dep_ in ("ccomp", "xcomp", "oprd") \
        and node.i > trigger.i


# participles describing what a thing is, not something done to it at a time ("a computer based on the 486 chip")
STATIC_PARTICIPLES = {"base", "locate", "headquarter", "know", "call", "name", "design", "equip", "price", "aim"}


def _of_what_it_holds(sentence: Span, trigger: Token, own: TimexRow) -> bool:
    """The time hangs from a noun between it and the verb ("considering a request last week", "follows two
    decisions by the U.S. Supreme Court last June"), not from the verb or a phrase of time of its own."""
    span = sentence.doc.char_span(own["start"], own["end"], alignment_mode="expand")
    if span is None:
        return False
    if _going_on_now(trigger) and any(c.dep_ == "dobj" and c.i < span.start for c in trigger.children):
        return True  # "is still considering a request last week": what goes on now was not last week
    inside = {t.i for t in span}
    node = span.root.head
    while node.i != trigger.i and node.head.i != node.i:
        if node.i not in inside and node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj", "attr"):
            return not (node.dep_ == "pobj" and node.head.lower_ in TIME_PREPOSITIONS and node.head.head.i == trigger.i)
        node = node.head
    return False


def _going_on_now(verb: Token) -> bool:
    """A present progressive ("is considering") or a present with "still": going on at the telling."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.tag_ == "VBG" and bool(auxiliaries & {"is", "are", "am", "'s", "'re"})) \
        or any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def _under_a_static_participle(span: Span, trigger: Token) -> bool:
    """"it planned to ship a computer based on the 486 chip early next year": the parse hangs the time from
    "based", a participle telling what the computer is, which has no time of its own; the time is the clause's
    whose object the participle describes."""
    node = span.root
    while node.head.i != node.i and not (node.dep_ == "acl" and node.tag_ == "VBN"):
        if node.head.i == trigger.i:
            return False
        node = node.head
    return node.dep_ == "acl" and node.lemma_.lower() in STATIC_PARTICIPLES and node.head.head.i == trigger.i \
        and node.head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")


CLOSING_LEMMAS = {"close", "end", "finish", "settle"}


def _the_close_it_reached(span: Span, trigger: Token) -> bool:
    """"Du Pont's stock rose $2.50 a share to close at $117.375 in … composite trading yesterday" (BR#19's
    kind): the parse hangs the day from "to close", a clause of no subject of its own telling where the change
    ended — the same move, so its time is the change's."""
    if trigger.lemma_.lower() not in CHANGE_LEMMAS:
        return False
    node = _branch_to(span.root, trigger)
    return node is not None and node.dep_ in ("advcl", "xcomp") and node.lemma_.lower() in CLOSING_LEMMAS \
        and node.i > trigger.i and not _has_subject(node) and any(c.lower_ == "to" for c in node.children)


def _a_day_parsed_as_the_next_subject(span: Span, trigger: Token) -> bool:
    """"The rifle was discovered April 8 buried one foot below the ground" (BJ#50): a date written right after a
    past verb, with no preposition, that the parse made the subject of the clause after it ("April 8 buried") is
    the verb's own time — a day names no one who buries; so is one it hung on the participle after it ("Elian was
    found Thanksgiving Day clinging to an inner tube": a compound of "clinging", and the finding stamped with the
    publication day)."""
    root = span.root
    return span.start == trigger.i + 1 and trigger.tag_ in ("VBD", "VBN") \
        and root.dep_ in ("nsubj", "nsubjpass", "compound", "npadvmod") \
        and root.head.i >= span.end and root.head.pos_ in ("VERB", "AUX") and root.head.tag_ != "VBZ"


def _the_lost_object_of_its_preposition(span: Span, trigger: Token) -> bool:
    """"In nineteen ninety-one Keating was convicted": the parse made the spoken year a number of the name after
    it and left the verb's "In" with no object; a time right after a preposition of the trigger that has no object
    of its own is that preposition's object, so the trigger's time."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.dep_ == "prep" and before.head.i == trigger.i and before.lower_ in TIME_PREPOSITIONS \
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)


def _fronted_over(sentence: Span, span: Span, trigger: Token) -> bool:
    """"In June last year, the remaining leadership had a falling out, and Pol Pot was arrested": a time phrase that
    opens the sentence, set off by a comma, frames every clause joined to the one it hangs from, a coordinated
    clause with a subject of its own too — in the past, as the first ("…, and Pol Pot is in jail now" turns to the
    present: ``_turns_present``)."""
    spliced = _spliced_after(span, trigger)
    if (trigger.dep_ != "conj" and not spliced) or _turns_present(trigger) or not _has_subject(trigger) \
            or _negated(trigger, "past"):
        return False  # "…, but those talks didn't result in any changes": no happening to date
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    if not spliced and (prep.dep_ not in ("prep", "npadvmod") or prep.head.i != trigger.head.i
                        or trigger.head.i < span.end):
        return False
    opening = next((t for t in sentence if not t.is_punct and t.lower_ not in ("but", "and", "yet", "so")), None)
    first = span.start - 1 if span.start > sentence.start and sentence.doc[span.start - 1].dep_ == "prep" \
        else span.start  # "in June last year": the preposition before the expression opens the phrase
    if opening is None or not first <= opening.i < span.end:
        return False  # not at the sentence's start ("But in June last year," counts)
    after = sentence.doc[span.end] if span.end < sentence.end else None
    return after is not None and after.text == ","


def _spliced_after(span: Span, trigger: Token) -> bool:
    """"But in the past three months, stocks have plunged, interest rates have soared and …": clauses listed with
    commas, which the parse hangs as a complement of the last ("plunged" a ccomp of "soared"); the opening time
    phrase of the first frames the main verb as it would a conjunct — unless the main verb reports ("In May, prices
    rose, he said": the time is of what was said)."""
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    clause = prep.head
    return trigger.dep_ == "ROOT" and prep.dep_ in ("prep", "npadvmod") and clause.dep_ == "ccomp" \
        and clause.head.i == trigger.i and span.end <= clause.i < trigger.i \
        and trigger.lemma_.lower() not in REPORTING_LEMMAS and _has_subject(clause)


def _turns_present(verb: Token) -> bool:
    """A coordinated verb told in the present after a past one ("arrived over the weekend … and is being
    analyzed, FBI officials said Monday"): the state goes on at the time of telling, so the past verb's time
    ("over the weekend") is not its own, though it shares the subject."""
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.head.tag_ == "VBD" and any(t.tag_ in ("VBZ", "VBP") for t in finite)


def _gapped_time(sentence: Span, trigger: Token, timexes: list[TimexRow]) -> TimexRow | None:
    """"More than 100 people have been killed and more than 1,000 others wounded in the blasts … on Friday":
    the second verb of a coordination leaves out the auxiliaries it shares with the first, and the parse makes
    it a participle of its subject ("others" a conjunct of "killed", "wounded" hanging from "others"), so the
    time told after both hangs from it alone. Such a bare participle (no subject, no auxiliary of its own)
    coming after the trigger shares the trigger's auxiliaries, hence its time: the participle's own time is
    the trigger's, where the trigger has none."""
    if trigger.pos_ != "VERB" or not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    for subject in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > trigger.i):
        for verb in (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for g in c.children)):
            own = _governing(sentence, verb, timexes)
            if own is not None:
                return own
    return None


def _simultaneous(verb: Token) -> bool:
    """A clause with a subject of its own at the time of the verb it hangs from ("began early Friday morning,
    as thousands marched", "was arrested when he landed in Paris on Monday"): either's time is the other's."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"
                                                                      and c.i < verb.i)}  # "when" parsed as advmod
    return (verb.dep_ == "advcl" and bool(marks & SIMULTANEOUS_MARKS) and _has_subject(verb)
            and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i)



def _modifies(token: Token, trigger: Token) -> bool:
    """The expression hangs from the trigger itself, or through one preposition ("recently announced",
    "in the past said"), or from the trigger's predicate adjective ("had become routine over the past
    decade": the stretch is the becoming's): "now" or "the near term" deeper down ("the challenges of the
    near term") say nothing of when the event happened."""
    head = token.head
    if head.dep_ == "prep" and head.head.dep_ == "acomp" and head.head.head.i == trigger.i:
        return True
    return head.i == trigger.i or (head.dep_ == "prep" and head.head.i == trigger.i)


def _names_a_day_anywhere(timexes: list[TimexRow]) -> bool:
    """The article names a single day somewhere ("Friday", "yesterday", "Oct. 27"): a lede's act may then be of the
    paper's day, told by where it stands; an article naming none gives no day for it."""
    return any(t["type"] in ("DATE", "TIME") and len(t["date_start"] or "") >= 10
               and (t["date_end"] or t["date_start"])[:10] == t["date_start"][:10] for t in timexes)


def _told_as_earlier(trigger: Token) -> bool:
    """"Previously, … disclosed", "had earlier said" read as a simple past: an adverb of its own that puts the
    happening before the time the telling is at, with no day ("earlier Thursday" is a time expression, dated
    before this is asked)."""
    return any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in trigger.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _heads_another_clause(token: Token) -> bool:
    """A verb heading a clause with a time of its own: a participle without subject or marker
    ("was found clinging … Nov. 25", "sought to soften …, saying on Friday") shares its head's."""
    if token.dep_ not in CLAUSE_DEPS or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN"):
        return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
    return True


# nouns of a part of a time ("at the end of December"): the time after their "of" is the event's, not a noun's
TIME_PART_NOUNS = {"end", "beginning", "start", "middle", "close", "part", "half", "rest", "course", "spring", "summer",
                   "autumn", "fall", "winter", "week", "month", "year", "day", "night", "morning", "evening",
                   "afternoon", "weekend", "period", "quarter", "time", "season", "session", "date", "first", "last",
                   "hour", "minute", "moment", "eve", "dawn", "dusk"}


def _describes_under_a_present(trigger: Token) -> bool:
    """A past relative clause in a sentence told in the present ("even terrorist groups that opposed Iraq in its war
    with Iran show signs of swinging behind Saddam Hussein now", BI#5: wrong, given the passage's Sunday): it tells
    who someone is, from any time before, not a happening of the passage's day."""
    root = trigger.sent.root
    return trigger.dep_ == "relcl" and trigger.tag_ == "VBD" and root.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ == "aux" for c in root.children)


def _of_a_happening_noun(span: Span) -> bool:
    """A time after the "of" of a noun that is no part of a time ("the demonstrations of early December", "the
    crash of 1987"): it says which happening, not when the clause's verb was."""
    root = span.root
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and not (span.start <= of.i < span.end) \
        and of.head.pos_ in ("NOUN", "PROPN") and of.head.lemma_.lower() not in TIME_PART_NOUNS


def _modifies_a_noun(span: Span, timex: TimexRow, trigger: Token | None = None) -> bool:
    """``last year's efforts``, ``India's 2026 Budget``, ``the 1955 Oscars``: the date belongs to its noun.

    A possessive date, or a bare year naming which one of a recurring thing, does
    not date the event. A day between a determiner and its noun dates the event only
    where the noun is the event's time (``during a January 13 telephone call`` dates
    the call; ``the probe into the August 7 bombings`` says nothing of when the probe
    was); one without ("took effect Aug. 9 pending ratification", a parse hanging it
    from the next noun) stays the event's.
    """
    root = span.root
    if _of_a_happening_noun(span):
        return True  # "The protest marked a return to the larger demonstrations of early December" (BM#34, wrong)
    noun = root.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == root.i:
        return False
    if trigger is not None and _period_of_the_change(noun, trigger):
        return False  # "third-quarter profit jumped 16%": the change happened in the quarter
    if root.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    if trigger is not None and _what_the_results_held(noun, trigger):
        return False  # "The latest quarter's results … included", "Third-quarter results included": the period's
    if root.dep_ == "poss":
        return True
    if NOT_A_DAY.match(timex["value"] or "") is not None:
        return True
    determined = span.start > 0 and span.doc[span.start - 1].tag_ in ("DT", "PRP$", "POS")  # "the August 7 bombings"
    return determined and not (noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPOSITIONS)


def _the_one_day_told(sentences: Iterable[Span], wanted: Callable[[Token], bool], everywhere: list[TimexRow],
                      published: str) -> Dating | None:
    """The one day (``_one_past_day``) that the ``wanted`` verbs of ``sentences`` are dated by in their own clauses,
    as a narrative dating; None where none or several days."""
    found: dict[str, Dating] = {}
    for following in sentences:
        for verb in following:
            if wanted(verb):
                own = _one_past_day(_governing(following, verb, everywhere), published)
                if own is not None:
                    found[own["date_start"]] = (own["date_start"], own["date_end"], "narrative", own["timex_id"])
    return next(iter(found.values())) if len(found) == 1 else None


def _one_past_day(own: TimexRow | None, published: str) -> TimexRow | None:
    """``own`` where it names one day, not after publication: a later sentence's day a lede can take."""
    if own is None or own["type"] not in ("DATE", "TIME") or not own["date_start"] \
            or own["date_start"] != own["date_end"] or not ISO_DAY.match(own["date_start"]) \
            or own["date_end"] > published:
        return None
    return own


# the heads of a named stretch of history that the time expressions do not resolve ("the Truman presidency", "the
# Soviet era", "the Clinton administration", "the Cold War")
_ERA_HEADS = frozenset({"presidency", "administration", "era", "reign", "regime", "war", "tenure", "rule", "dynasty",
                        "premiership", "empire"})


LONG_STRETCHES = {"century", "decade", "generation", "year", "month"}


def _over_long_stretches(trigger: Token) -> bool:
    """"Ukraine was ruled from Moscow for centuries" (BL#41): a past told as lasting uncounted centuries, decades,
    years or months ("for years", "for many decades", not "for two years") is a stretch no day of the passage
    holds; on or before publication, not the passage's day."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.lemma_.lower() in LONG_STRETCHES \
                    and not any(c.dep_ == "nummod" for c in noun.children):
                return True
    return False


def _in_a_named_era(trigger: Token) -> bool:
    """The happening is told "during"/"under"/"in" a named era ("It was during the Truman presidency that NATO was
    founded", AQ#37): the era is its own time, which no expression dates, so the passage's day (the ceremony told just
    before) is not its day. Only an era named by a proper name or a people's adjective counts ("during the ceremony" is
    the passage's own happening)."""
    holders = [trigger, *trigger.ancestors][:3]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "under", "in"):
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _ERA_HEADS and any(
                        c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "PERSON"))
                        for c in noun.children):
                    return True
    return False
