"""A person dies once (session s20): words of killing or dying told of one named person name one happening, so an
undated one takes the day the article gives another — "Slepian, 52, was shot with a rifle" after "the Oct. 23
slaying" of him (left on or before publication), "Rabin's murder" beside "the November 1995 assassination of Rabin"
(CB#4, vague).

Made-up articles run through the real model (published Wednesday 2026-02-04).
"""

from __future__ import annotations

from tests.core.extract.events.conftest import PUBLISHED, event_at, when

NAMED = " Police have named a suspect in the Oct. 23 slaying of Dr. Anna Keller, a surgeon."


def test_a_shooting_takes_the_day_of_the_slaying_of_the_same_person():
    text = "Keller, 52, was shot with a rifle in her kitchen." + NAMED
    assert when(event_at(text, "Keller, 52", "shoot"))[:2] == ("2025-10-23", "2025-10-23")  # was ..publication


def test_a_shooting_of_another_person_keeps_its_bound():  # guard: one death per person, not per article
    text = "Paul Weber, 40, was shot with a rifle in his kitchen." + NAMED
    assert when(event_at(text, "Paul Weber", "shoot"))[:2] == (PUBLISHED, PUBLISHED)  # the lede's day, as before


def test_another_happening_of_the_same_person_keeps_its_bound():  # guard: only deaths meet by their kind
    text = "Keller was honored by the city for her work." + NAMED
    assert when(event_at(text, "Keller was", "honor"))[:2] == (PUBLISHED, PUBLISHED)


def test_two_deaths_sharing_a_name_give_no_day():  # guard: a killer's two victims are two happenings
    text = ("Erik Lund shot them with a rifle. Police have charged Erik Lund in the Oct. 23 slaying of Anna Keller "
            "and in the March 2 killing of Paul Weber.")
    assert when(event_at(text, "Erik Lund shot", "shoot"))[:2] == (PUBLISHED, PUBLISHED)


def test_a_murder_takes_the_month_of_the_assassination_of_the_same_person():
    text = ("Lena Brandt is serving a life sentence for the November 2019 assassination of Mayor Karl Huber at a "
            "rally. A friend said in court that Huber's murder was a black stain on the city.")
    assert when(event_at(text, "A friend", "murder", by="trigger"))[:2] == ("2019-11-01", "2019-11-30")


MARKET = ("Vienna share prices closed sharply lower Monday in active trading after the finance minister resigned. "
          "Shares were depressed initially by overnight losses in New York. ")


def test_days_a_fall_is_measured_from_leave_it_in_the_days_market():
    text = MARKET + "The ATX index shed 47.3 points to close at 2082.1, down 4.5% from the previous Monday and 6.8% " \
                    "from Jan. 13, when the slide began."
    assert when(event_at(text, "The ATX", "shed")) == ("2026-02-02", "2026-02-02", "narrative")  # was ..publication


def test_a_day_the_fall_itself_is_told_on_stays_its_own():  # guard: only the level measured from is set aside
    text = MARKET + "The ATX index shed 47.3 points on Jan. 13, when the slide began."
    assert when(event_at(text, "The ATX", "shed"))[:2] == ("2026-01-13", "2026-01-13")


ACCORD = (" The new company will run the depot. Under an accord signed yesterday, the government and Erste Bank would "
          "hold half of it.")


def test_a_lede_agreement_takes_the_day_of_the_one_accord_the_article_dates():
    text = ("The Austrian government and major creditors of Danube Rail agreed in principle to form a new company to "
            "run the Linz depot." + ACCORD)
    assert when(event_at(text, "The Austrian", "agree")) == ("2026-02-03", "2026-02-03", "narrative")  # was the lede's dct


def test_agreeing_that_something_is_so_is_no_deal():  # guard: an opinion, not the accord
    text = "Analysts at Erste Bank agreed that the Austrian government's plan for Danube Rail was sound." + ACCORD
    assert when(event_at(text, "Analysts", "agree"))[:2] == (PUBLISHED, PUBLISHED)


def test_an_after_clause_the_parse_joined_to_its_head_is_before_the_heads_day():
    text = ("Elias Brandt was found on Nov. 25 clinging to an inner tube at sea after his mother, stepfather and eight "
            "other people drowned while trying to reach Florida by boat.")
    assert when(event_at(text, "Elias", "drown")) == ("", "2025-11-25", "bounded")  # was ..publication


def test_a_clause_joined_after_an_after_phrase_is_no_after_clause():  # guard
    text = ("Elias Brandt was found on Nov. 25 after a long search, and his mother, stepfather and eight other people "
            "drowned while trying to reach Florida by boat.")
    assert when(event_at(text, "Elias", "drown"))[:2] != ("", "2025-11-25")


LEDE = "Danube Steel shares fell sharply in Vienna. "


def test_what_a_dated_report_tells_was_so_by_the_reports_day():
    text = LEDE + ("According to a Jan. 12 report in the Vienna Courier, an internal memo at Danube Steel showed the "
                   "company had lost its biggest customer.")
    assert when(event_at(text, "According", "show")) == ("", "2026-01-12", "bounded")  # was ..publication


def test_a_report_with_no_day_leaves_the_bound_of_publication():  # guard
    text = LEDE + ("According to a report in the Vienna Courier, an internal memo at Danube Steel showed the company "
                   "had lost its biggest customer.")
    assert when(event_at(text, "According", "show"))[:2] != ("", "2026-01-12")


JOBS = ("VIENNA _ Austria's economy created jobs at a robust pace in January, the government reported on Friday, "
        "evidence that the country's economic stamina has withstood the turmoil in Asia. ")


def test_what_the_figures_showed_is_told_on_the_day_the_lede_gives_the_release():
    text = JOBS + "The figures showed the jobless rate for adult men declined to 3.8 percent last month."
    assert when(event_at(text, "The figures", "show")) == ("2026-01-30", "2026-01-30", "narrative")  # was dct


def test_what_figures_showed_without_a_day_of_release_keeps_its_bound():  # guard
    text = JOBS.replace(" on Friday", "") + "The figures showed the jobless rate for adult men declined last month."
    assert when(event_at(text, "The figures", "show"))[:2] != ("2026-01-30", "2026-01-30")


def test_not_going_to_do_something_is_no_happening_to_date():
    text = LEDE + "\"They are not going to buy me,\" said Karl Huber, the plant's former owner."
    assert when(event_at(text, "\"They", "buy")) == ("", "", "none")  # was on or after publication


def test_going_to_do_something_is_still_to_come():  # guard
    text = LEDE + "\"They are going to buy the plant,\" said Karl Huber, the plant's former owner."
    assert when(event_at(text, "\"They", "buy")) == (PUBLISHED, "", "bounded")


def test_a_full_date_closed_by_a_comma_dates_the_noun_after_it():
    text = LEDE + "Police now replace two former guards charged in the Dec. 21, 2024, bombing of the Linz station."
    assert when(event_at(text, "Police", "bombing", by="trigger"))[:2] == ("2024-12-21", "2024-12-21")  # was dct


def test_a_plan_told_in_the_past_perfect_is_no_happening_to_come():
    text = LEDE + "Anna Berg said her father had intended to flee Austria himself, but was persuaded to stay."
    assert when(event_at(text, "Anna Berg", "flee")) == ("", "", "none")  # was on or after publication


def test_a_plan_told_in_the_past_is_still_to_come():  # guard
    text = LEDE + "Anna Berg said her father intended to flee Austria himself."
    assert when(event_at(text, "Anna Berg", "flee"))[:3] == (PUBLISHED, "", "bounded")


def test_a_day_inside_the_infinitive_of_a_present_perfect_is_not_the_perfects():
    text = LEDE + ("Chancellor Karl Huber said the miners' leader Anna Berg has offered to travel alone today to "
                   "Vienna to meet him.")
    assert when(event_at(text, "Chancellor", "offer"))[:2] != (PUBLISHED, PUBLISHED)  # was today's (timex)


def test_a_speakers_feeling_told_in_the_past_is_of_the_saying():
    text = LEDE + "Chancellor Karl Huber said he sympathized with the miners of the Linz plant."
    assert when(event_at(text, "Chancellor", "sympathize")) == (PUBLISHED, PUBLISHED, "dct")  # was ..publication


def test_looking_forward_told_on_a_day_is_of_that_day():
    text = LEDE + "Chancellor Karl Huber told the envoys on Monday that he looked forward to visiting the Linz plant."
    assert when(event_at(text, "Chancellor", "look")) == ("2026-02-02", "2026-02-02", "narrative")


def test_another_persons_feeling_is_not_the_speakers_at_the_saying():  # guard
    text = LEDE + "\"Anna Berg felt less pertinent,\" Chancellor Karl Huber said, given the sale of the plant."
    assert when(event_at(text, "\"Anna", "feel"))[:2] != (PUBLISHED, PUBLISHED)


MONDAY = "2026-02-02"
FRIDAYS_NEWS = ("Shares of Danube Steel fell 5% Friday in Vienna after the company warned of losses. "
                "A company spokesman said the steel maker retained three banks to plan a restructuring.")


def test_a_monday_paper_telling_fridays_news_heard_its_statements_over_the_weekend():
    assert when(event_at(FRIDAYS_NEWS, "A company", "say", published=MONDAY)) \
        == ("2026-01-30", "2026-02-01", "bounded")  # was the Monday it was printed (dct)


def test_a_monday_paper_that_tells_mondays_news_keeps_its_day():  # guard: "today" is the paper's own day
    text = FRIDAYS_NEWS + " Trading in the shares resumed today."
    assert when(event_at(text, "A company", "say", published=MONDAY)) == (MONDAY, MONDAY, "dct")


def test_a_wednesday_paper_keeps_its_statements_day():  # guard: only a Monday paper was written over a weekend
    assert when(event_at(FRIDAYS_NEWS, "A company", "say"))[:2] == (PUBLISHED, PUBLISHED)


def test_a_fridays_close_told_in_a_participle_makes_it_fridays_news_too():
    text = ("Danube Steel said a Dutch company has sought approval to buy a quarter of its shares. Its stock has "
            "slumped recently, closing unchanged Friday at 29 euros. The company said it amended its rights plan.")
    assert when(event_at(text, "The company", "say", published=MONDAY)) == ("2026-01-30", "2026-02-01", "bounded")


def test_what_was_told_as_done_before_stays_before_in_a_monday_paper():  # guard
    text = FRIDAYS_NEWS + " Previously, an affiliate of Erste Bank disclosed a stake of 5% in Danube Steel."
    assert when(event_at(text, "Previously", "disclose", published=MONDAY))[0] == ""


CHOSEN = ("Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Tuesday. "
          "Last week, General Hans Vogel picked Saturday night as the time to open the dams. "
          "Vogel ordered the engineers of Linz to the river. ")


def test_a_chosen_time_is_told_by_the_sentence_after_it_only():
    text = CHOSEN + ("Vogel issued an ultimatum to the farmers demanding that they leave within a week. "
                     "And when Vogel and Berg spoke about the plan in a long talk, the general took pains to listen.")
    assert when(event_at(text, "And when", "take"))[:2] != ("2026-01-31", "2026-01-31")  # was Saturday night's
    assert when(event_at(text, "Vogel ordered", "order")) == ("2026-01-31", "2026-01-31", "narrative")  # guard


SUMMIT = ("Prime Minister Anna Berg opened the Danube Water Summit in Vienna on Monday. "
          "Berg accepted the charter from the mayors of Linz and Graz. ")


def test_the_occasion_that_took_place_is_the_storys_own_day():
    text = SUMMIT + "In a touch of symbolism, the ceremony took place at the Hofburg Palace in Vienna."
    assert when(event_at(text, "In a touch", "take")) == ("2026-02-02", "2026-02-02", "narrative")  # was ..pub



def test_what_a_dated_announcement_showed_is_of_its_day_not_of_the_quarter_it_told():
    text = LEDE + ("Danube Steel's announcement Friday of a loss for the fourth quarter showed that the company is "
                   "moving faster than expected.")
    assert when(event_at(text, "Danube Steel's", "show"))[:2] == ("2026-01-30", "2026-01-30")  # was the quarter


def test_what_a_quarters_loss_showed_is_still_the_quarters():  # guard: no statement with a day of its own
    text = LEDE + "The loss for the fourth quarter showed that the company is moving faster than expected."
    assert when(event_at(text, "The loss", "show"))[:2] != ("2026-01-30", "2026-01-30")


def test_a_clause_opened_by_nor_tells_what_did_not_happen():
    text = LEDE + "Danube Steel hasn't diversified beyond steel, nor has it linked up with Voest Alpine to share costs."
    assert when(event_at(text, "Danube Steel hasn't", "link")) == ("", "", "none")  # was on or before publication


def test_a_verb_joined_by_nor_without_a_subject_of_its_own_keeps_its_objects_date():  # guard
    text = LEDE + "The court neither approves nor disapproves Danube Steel's decision to close the Linz plant."
    assert when(event_at(text, "The court", "decision", by="trigger"))[2] != "none"
