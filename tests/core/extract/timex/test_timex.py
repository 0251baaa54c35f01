"""Time expressions: every form the news uses, read against a reference date and a tense.

Table-driven: each row is a sentence, the reference date, the sentence's tense, and
what the one expected time expression in it must be. Negatives check that counts,
percentages and names are never read as dates. The seed articles are read whole.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from explorer.core.extract.timex.find import Timex, find_timexes, normalize

REF = date(2026, 2, 4)  # a Wednesday: the seed articles' publication date
JAN = date(2026, 1, 15)
OCT = date(2025, 10, 28)  # a Tuesday in the weeks when third-quarter results come out
SEEDS = sorted((Path(__file__).resolve().parents[4] / "seeds").glob("*.txt"))

# (sentence, reference, tense, text, type, value, date_start, date_end, basis or None)
ROWS = [
    # absolute dates
    ("The summit opened on 4 February 2026.", REF, "past", "4 February 2026", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "explicit"),
    ("It ended on February 4, 2026 in Washington.", REF, "past", "February 4, 2026", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "explicit"),
    ("Washington, DC [US], February 4 (ANI): leaders met.", REF, "past", "February 4", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "relative"),
    ("Talks resumed on Feb. 4 after a pause.", REF, "past", "Feb. 4", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", None),
    ("New Delhi, Jan 13 (IANS) Ministers met.", REF, "past", "Jan 13", "DATE", "2026-01-13", "2026-01-13", "2026-01-13", None),
    ("They discussed it during a January 13 telephone call.", REF, "past", "January 13", "DATE", "2026-01-13", "2026-01-13", "2026-01-13", None),
    ("The delegation met the secretary on 27 January.", REF, "past", "27 January", "DATE", "2026-01-27", "2026-01-27", "2026-01-27", None),
    ("The filing is dated 2026-02-04.", REF, "past", "2026-02-04", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "explicit"),
    ("It was signed on 14/2/2026 in Delhi.", REF, "past", "14/2/2026", "DATE", "2026-02-14", "2026-02-14", "2026-02-14", "explicit"),
    ("It was signed on 2/14/2026 in Washington.", REF, "past", "2/14/2026", "DATE", "2026-02-14", "2026-02-14", "2026-02-14", "explicit"),
    ("He arrived on the 4th of February.", REF, "past", "the 4th of February", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", None),
    ("Talks were held on Wednesday, February 4, 2026.", REF, "past", "Wednesday, February 4, 2026", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "explicit"),
    # a date without a year: the year nearest the reference date, on the tense's side
    ("They met on December 20.", JAN, "past", "December 20", "DATE", "2025-12-20", "2025-12-20", "2025-12-20", "relative"),
    ("They will meet on March 20.", JAN, "future", "March 20", "DATE", "2026-03-20", "2026-03-20", "2026-03-20", "relative"),
    ("They met on March 20.", JAN, "past", "March 20", "DATE", "2025-03-20", "2025-03-20", "2025-03-20", "relative"),
    ("The meeting was set for February 10.", REF, "past", "February 10", "DATE", "2026-02-10", "2026-02-10", "2026-02-10", None),
    ("He will build on the January 13 call.", REF, "future", "January 13", "DATE", "2026-01-13", "2026-01-13", "2026-01-13", None),
    # months and years
    ("Their last encounter was in September 2025 in New York.", REF, "past", "September 2025", "DATE", "2025-09", "2025-09-01", "2025-09-30", "explicit"),
    ("A milestone was reached in October with the announcement.", REF, "past", "October", "DATE", "2025-10", "2025-10-01", "2025-10-31", "relative"),
    ("The next round will be held in October.", REF, "future", "October", "DATE", "2026-10", "2026-10-01", "2026-10-31", "relative"),
    ("The deal was signed in March.", JAN, "past", "March", "DATE", "2025-03", "2025-03-01", "2025-03-31", "relative"),
    ("Prices peaked last October.", REF, "past", "last October", "DATE", "2025-10", "2025-10-01", "2025-10-31", "relative"),
    # the month just gone is "last month": "last January" in a February paper is a year back (TimeBank's
    # APW19980301.0720: "last February" on March 1, 1998 is 1997-02); across New Year it is still the one just gone
    ("Prices peaked last January.", REF, "past", "last January", "DATE", "2025-01", "2025-01-01", "2025-01-31", "relative"),
    ("Prices peaked last December.", JAN, "past", "last December", "DATE", "2025-12", "2025-12-01", "2025-12-31", "relative"),
    ("It was announced in a January statement.", REF, "past", "January", "DATE", "2026-01", "2026-01-01", "2026-01-31", None),
    ("The plan runs through 2026.", REF, "present", "2026", "DATE", "2026", "2026-01-01", "2026-12-31", "explicit"),
    ("Growth slowed in mid-2025.", REF, "past", "mid-2025", "DATE", "2025", "2025-05-01", "2025-08-31", "explicit"),
    ("Rates were higher in the 1990s.", REF, "past", "1990s", "DATE", "199", "1990-01-01", "1999-12-31", "explicit"),
    # a range whose ends stand alone is two TIMEX3 (TimeML), each placing the whole range
    ("The 2025-26 budget was tabled.", REF, "past", "2025", "DATE", "2025", "2025-01-01", "2026-12-31", "explicit"),
    ("The 2025-26 budget was tabled.", REF, "past", "26", "DATE", "2026", "2025-01-01", "2026-12-31", "explicit"),
    ("The plan covered 2009-2010.", REF, "past", "2010", "DATE", "2010", "2009-01-01", "2010-12-31", "explicit"),
    ("Output rose in the first quarter of 2026.", REF, "past", "the first quarter of 2026", "DATE", "2026-Q1", "2026-01-01", "2026-03-31", "explicit"),
    ("Sales fell in Q3 2025.", REF, "past", "Q3 2025", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", "explicit"),
    ("Floods hit in summer 2025.", REF, "past", "summer 2025", "DATE", "2025-SU", "2025-06-01", "2025-08-31", "explicit"),
    # ranges
    ("He will visit the United States from 2 to 4 February 2026.", REF, "future", "2 to 4 February 2026", "DATE", "2026-02-02/2026-02-04", "2026-02-02", "2026-02-04", "explicit"),
    ("A meeting in Washington scheduled for February 4-5.", REF, "future", "February 4-5", "DATE", "2026-02-04/2026-02-05", "2026-02-04", "2026-02-05", "relative"),
    ("He stayed from 2 to 4 February.", REF, "past", "2 to 4 February", "DATE", "2026-02-02/2026-02-04", "2026-02-02", "2026-02-04", "relative"),
    ("The fair runs 2-4 Feb 2026.", REF, "future", "2-4 Feb 2026", "DATE", "2026-02-02/2026-02-04", "2026-02-02", "2026-02-04", "explicit"),
    ("Rains fell between March and May.", REF, "past", "March", "DATE", "2025-03", "2025-03-01", "2025-05-31", "relative"),
    ("Rains fell between March and May.", REF, "past", "May", "DATE", "2025-05", "2025-03-01", "2025-05-31", "relative"),
    ("Rains will fall between March and May.", REF, "future", "May", "DATE", "2026-05", "2026-03-01", "2026-05-31", "relative"),
    ("The survey ran from March to May 2026.", REF, "past", "March", "DATE", "2026-03", "2026-03-01", "2026-05-31", "explicit"),
    ("The survey ran from March to May 2026.", REF, "past", "May 2026", "DATE", "2026-05", "2026-03-01", "2026-05-31", "explicit"),
    ("From January to March, sales rose.", REF, "past", "January", "DATE", "2026-01", "2026-01-01", "2026-03-31", "relative"),
    ("The talks ran from 30 January to 4 February.", REF, "past", "30 January", "DATE", "2026-01-30", "2026-01-30", "2026-02-04", "relative"),
    ("Shares were bought from Sept. 14 to Oct. 20.", OCT, "past", "Oct. 20", "DATE", "2025-10-20", "2025-09-14", "2025-10-20", "relative"),
    # weekdays (the reference date is a Wednesday)
    ("Jaishankar on Wednesday posed alongside Rubio.", REF, "past", "Wednesday", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "relative"),
    ("Jaishankar is in Washington on Wednesday.", REF, "present", "Wednesday", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "relative"),
    ("Jaishankar will return on Wednesday.", REF, "future", "Wednesday", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "relative"),
    ("Jaishankar will return next Wednesday.", REF, "future", "next Wednesday", "DATE", "2026-02-11", "2026-02-11", "2026-02-11", "relative"),
    ("Jaishankar will return on Thursday.", REF, "future", "Thursday", "DATE", "2026-02-05", "2026-02-05", "2026-02-05", "relative"),
    ("The ministers met on Monday.", REF, "past", "Monday", "DATE", "2026-02-02", "2026-02-02", "2026-02-02", None),
    ("The ministers will meet on Monday.", REF, "future", "Monday", "DATE", "2026-02-09", "2026-02-09", "2026-02-09", None),
    ("The summit is on Friday.", REF, "present", "Friday", "DATE", "2026-02-06", "2026-02-06", "2026-02-06", None),
    ("He spoke last Friday.", REF, "past", "last Friday", "DATE", "2026-01-30", "2026-01-30", "2026-01-30", None),
    ("He will speak next Monday.", REF, "future", "next Monday", "DATE", "2026-02-09", "2026-02-09", "2026-02-09", None),
    ("Markets fell on Monday morning.", REF, "past", "Monday morning", "TIME", "2026-02-02TMO", "2026-02-02", "2026-02-02", None),
    # the reference date and days around it
    ("Spoke at the Critical Minerals Ministerial today.", REF, "past", "today", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "dct"),
    ("“This morning, the administration is proposing a mechanism,” Vance said.", REF, "present", "This morning", "TIME", "2026-02-04TMO", "2026-02-04", "2026-02-04", "dct"),
    ("He will speak tonight.", REF, "future", "tonight", "TIME", "2026-02-04TNI", "2026-02-04", "2026-02-04", "dct"),
    ("The talks ended yesterday.", REF, "past", "yesterday", "DATE", "2026-02-03", "2026-02-03", "2026-02-03", "relative"),
    ("The talks resume tomorrow.", REF, "future", "tomorrow", "DATE", "2026-02-05", "2026-02-05", "2026-02-05", "relative"),
    ("Shares fell yesterday morning.", REF, "past", "yesterday morning", "TIME", "2026-02-03TMO", "2026-02-03", "2026-02-03", "relative"),
    # weeks, months, years around the reference date
    ("Prices rose last week.", REF, "past", "last week", "DATE", "2026-W05", "2026-01-26", "2026-02-01", "relative"),
    ("Prices rose this week.", REF, "past", "this week", "DATE", "2026-W06", "2026-02-02", "2026-02-08", "relative"),
    ("Talks resume next month.", REF, "future", "next month", "DATE", "2026-03", "2026-03-01", "2026-03-31", "relative"),
    ("Talks stalled last month.", REF, "past", "last month", "DATE", "2026-01", "2026-01-01", "2026-01-31", "relative"),
    ("Earlier this month, Bessent hosted a ministerial.", REF, "past", "Earlier this month", "DATE", "2026-02", "2026-02-01", "2026-02-04", "relative"),
    ("Despite last year’s efforts by Pakistan.", REF, "past", "last year", "DATE", "2025", "2025-01-01", "2025-12-31", "relative"),
    ("Exports grew this year.", REF, "past", "this year", "DATE", "2026", "2026-01-01", "2026-12-31", "relative"),
    ("Exports will grow next year.", REF, "future", "next year", "DATE", "2027", "2027-01-01", "2027-12-31", "relative"),
    ("Exports grew earlier this year.", REF, "past", "earlier this year", "DATE", "2026", "2026-01-01", "2026-02-04", "relative"),
    ("The pact was signed two days ago.", REF, "past", "two days ago", "DATE", "2026-02-02", "2026-02-02", "2026-02-02", "relative"),
    ("The pact was signed three weeks ago.", REF, "past", "three weeks ago", "DATE", "2026-W03", "2026-01-12", "2026-01-18", "relative"),
    # quarters and halves without a year: the nearest one (reference 4 February 2026 is in Q1)
    ("Profits fell in the fourth quarter.", REF, "past", "the fourth quarter", "DATE", "2025-Q4", "2025-10-01", "2025-12-31", "relative"),
    ("Fourth-quarter sales will be reported later.", REF, "future", "Fourth-quarter", "DATE", "2025-Q4", "2025-10-01", "2025-12-31", None),
    ("Output should recover in the second quarter.", REF, "future", "the second quarter", "DATE", "2026-Q2", "2026-04-01", "2026-06-30", None),
    ("Revenue for the quarter rose.", REF, "past", "the quarter", "DATE", "2025-Q4", "2025-10-01", "2025-12-31", None),
    ("Revenue matched the year-ago quarter.", REF, "past", "the year-ago quarter", "DATE", "2024-Q4", "2024-10-01", "2024-12-31", None),
    ("It compares with the 2024 third quarter.", REF, "past", "the 2024 third quarter", "DATE", "2024-Q3", "2024-07-01", "2024-09-30", "explicit"),
    ("Results for fiscal 2025 were weak.", REF, "past", "fiscal 2025", "DATE", "2025", "2025-01-01", "2025-12-31", "explicit"),
    ("Exports peaked in July last year.", REF, "past", "July last year", "DATE", "2025-07", "2025-07-01", "2025-07-31", None),
    # "N units earlier" / "year-earlier" are read against the reference date, like "ago"
    ("Sales rose from a year earlier.", REF, "past", "a year earlier", "DATE", "2025", "2025-01-01", "2025-12-31", "relative"),
    ("The talks began nearly two years ago.", REF, "past", "nearly two years ago", "DATE", "2024", "2024-01-01", "2024-12-31", None),
    ("Sales beat year-earlier levels.", REF, "past", "year-earlier", "DATE", "2025", "2025-01-01", "2025-12-31", None),
    # a year back from a quarter just named is that quarter a year before
    ("Fourth-quarter profit rose to $5 million from $4 million a year earlier.", REF, "past", "a year earlier", "DATE", "2024-Q4", "2024-10-01", "2024-12-31", None),
    ("Net fell in the fourth quarter. A year ago, it earned $3 million.", REF, "past", "A year ago", "DATE", "2024-Q4", "2024-10-01", "2024-12-31", None),
    # parts of a day (TIMEX3 TMO/TAF/EV/NI) and "early"/"late" before a day
    ("Troops moved in on Friday night.", REF, "past", "Friday night", "TIME", "2026-01-30TNI", "2026-01-30", "2026-01-30", None),
    ("He will speak this evening.", REF, "future", "this evening", "TIME", "2026-02-04TEV", "2026-02-04", "2026-02-04", "dct"),
    ("The bill passed late yesterday.", REF, "past", "late yesterday", "DATE", "2026-02-03", "2026-02-03", "2026-02-03", None),
    ("Earlier Monday, the minister spoke.", REF, "past", "Earlier Monday", "DATE", "2026-02-02", "2026-02-02", "2026-02-02", None),
    ("Stocks rallied over the weekend.", REF, "past", "the weekend", "DATE", "2026-W05-WE", "2026-01-31", "2026-02-01", None),
    ("Protests are planned for the weekend.", REF, "future", "the weekend", "DATE", "2026-W06-WE", "2026-02-07", "2026-02-08", None),
    # a future verb just before the date outweighs a past main verb ("said ... will")
    ("The company said the merger is scheduled to close March 20.", JAN, "past", "March 20", "DATE", "2026-03-20", "2026-03-20", "2026-03-20", None),
    ("It said the dividend will be payable in March.", JAN, "past", "March", "DATE", "2026-03", "2026-03-01", "2026-03-31", None),
    ("They said they expect the sale to be completed by December 15.", REF, "past", "December 15", "DATE", "2026-12-15", "2026-12-15", "2026-12-15", None),
    # "as planned": the plan carried out, a day gone (the verb "planned" alone still speaks of the future)
    ("The offensive began as previously planned Saturday night.", REF, "past", "Saturday night", "TIME", "2026-01-31TNI", "2026-01-31", "2026-01-31", None),
    ("The accession was planned for early March.", JAN, "past", "early March", "DATE", "2026-03", "2026-03-01", "2026-03-10", None),
    # "early" before a month of a year told relative to this one (EN#28: the whole month before)
    ("The house approved it in early October last year.", REF, "past", "early October last year", "DATE", "2025-10", "2025-10-01", "2025-10-10", None),
    ("She has scheduled a news conference Thursday.", REF, "past", "Thursday", "DATE", "2026-02-05", "2026-02-05", "2026-02-05", None),
    # "last week" in a Sunday paper is the week that just ended (the ISO week the Sunday closes)
    ("His comments last week drew fire.", date(2026, 2, 8), "past", "last week", "DATE", "2026-W06", "2026-02-02", "2026-02-08", None),
    ("His comments last week drew fire.", date(2026, 2, 7), "past", "last week", "DATE", "2026-W05", "2026-01-26", "2026-02-01", None),
    ("Vague futures stay unplaced: it will matter in the future.", REF, "future", "the future", "DATE", "FUTURE_REF", "", "", None),
    ("As in the past, talks stalled.", REF, "past", "the past", "DATE", "PAST_REF", "", "", None),
    # named holidays: fixed or floating, the year by tense
    ("Shops were busy after Thanksgiving.", REF, "past", "Thanksgiving", "DATE", "2025-11-27", "2025-11-27", "2025-11-27", None),
    ("Voters go to the polls on Election Day 2026.", REF, "future", "Election Day 2026", "DATE", "2026-11-03", "2026-11-03", "2026-11-03", "explicit"),
    ("The troops will be home by Independence Day.", REF, "future", "Independence Day", "DATE", "2026-07-04", "2026-07-04", "2026-07-04", None),
    ("Sales fell since last Christmas.", REF, "past", "last Christmas", "DATE", "2025-12-25", "2025-12-25", "2025-12-25", None),
    # "that day", "the following year": the closest date written before (else the reference date)
    ("The law passed in 2019. The following year, it was repealed.", REF, "past", "The following year", "DATE", "2020", "2020-01-01", "2020-12-31", "relative"),
    ("He was arrested on 3 March 2024. Earlier that day, police met.", REF, "past", "Earlier that day", "DATE", "2024-03-03", "2024-03-03", "2024-03-03", "relative"),
    ("They met on Monday. The next morning he left.", REF, "past", "The next morning", "TIME", "2026-02-03TMO", "2026-02-03", "2026-02-03", "relative"),
    ("Later that year, he resigned.", REF, "past", "Later that year", "DATE", "2026", "2026-01-01", "2026-12-31", "relative"),
    ("Prices will rise over the next year.", REF, "future", "the next year", "DURATION", "P1Y", "", "", None),
    # not placeable on a calendar
    ("The pact was recently concluded.", REF, "past", "recently", "DATE", "PAST_REF", "", "", "relative"),
    ("China currently dominates mining.", REF, "present", "currently", "DATE", "PRESENT_REF", "", "", None),
    ("Prices are now falling.", REF, "present", "now", "DATE", "PRESENT_REF", "", "", None),
    ("A deal is expected soon.", REF, "future", "soon", "DATE", "FUTURE_REF", "", "", None),
    ("Costs rose in recent years.", REF, "past", "recent years", "DATE", "PAST_REF", "", "", None),
    # durations: a P-value and no range
    ("He will make a two-day visit.", REF, "future", "two-day", "DURATION", "P2D", "", "", None),
    ("The recently concluded 10-year Framework Agreement.", REF, "past", "10-year", "DURATION", "P10Y", "", "", None),
    ("A ten-year Framework for the Major Defence Partnership.", REF, "past", "ten-year", "DURATION", "P10Y", "", "", None),
    ("The mine has operated for 10 years.", REF, "past", "10 years", "DURATION", "P10Y", "", "", None),
    ("Talks lasted three weeks.", REF, "past", "three weeks", "DURATION", "P3W", "", "", None),
    ("He stayed for two days.", REF, "past", "two days", "DURATION", "P2D", "", "", None),
    ("Reserves will last a decade.", REF, "future", "a decade", "DURATION", "P10Y", "", "", None),
    ("A 24-hour strike began.", REF, "past", "24-hour", "DURATION", "PT24H", "", "", None),
    ("It took two and a half years.", REF, "past", "two and a half years", "DURATION", "P2Y6M", "", "", None),
    ("Prices doubled over the past two weeks.", REF, "past", "the past two weeks", "DURATION", "P2W", "", "", None),
    ("The dispute has simmered for decades.", REF, "past", "decades", "DURATION", "PXY", "", "", None),
    ("The project took several months.", REF, "past", "several months", "DURATION", "PXM", "", "", None),
    ("The process took 2 1/2 years.", REF, "past", "2 1/2 years", "DURATION", "P2Y6M", "", "", None),
    ("The vote lasted a minute and a half.", REF, "past", "a minute and a half", "DURATION", "PT1M30S", "", "", None),
    ("The strike lasted nearly three weeks.", REF, "past", "nearly three weeks", "DURATION", "P3W", "", "", None),
    ("Detainees can be held for up to 90 days.", REF, "present", "up to 90 days", "DURATION", "P90D", "", "", None),
    ("Sales rose in the first nine months.", REF, "past", "the first nine months", "DURATION", "P9M", "", "", None),
    ("The fighting lasted eight trading days.", REF, "past", "eight trading days", "DURATION", "P8D", "", "", None),
    # spoken years (broadcast transcripts) and decades in words
    ("Atlanta, nineteen ninety-six: a bomb blast.", REF, "past", "nineteen ninety-six", "DATE", "1996", "1996-01-01", "1996-12-31", "explicit"),
    ("It happened in January nineteen ninety-seven.", REF, "past", "January nineteen ninety-seven", "DATE", "1997-01", "1997-01-01", "1997-01-31", "explicit"),
    ("Plans for the year two thousand were drawn up.", REF, "past", "the year two thousand", "DATE", "2000", "2000-01-01", "2000-12-31", "explicit"),
    ("Growth was strong in the nineties.", REF, "past", "the nineties", "DATE", "199", "1990-01-01", "1999-12-31", "explicit"),
    # a clock time written next to its day is one expression
    ("The polls close at 9 a.m. Tuesday.", REF, "future", "9 a.m. Tuesday", "TIME", "2026-02-10T09:00", "2026-02-10", "2026-02-10", None),
    ("The ultimatum expires at noon Saturday.", REF, "past", "noon Saturday", "TIME", "2026-01-31T12:00", "2026-01-31", "2026-01-31", None),
    # sets: a P-value or a pattern, no range
    ("The council meets every week.", REF, "present", "every week", "SET", "P1W", "", "", None),
    ("Prices are published daily.", REF, "present", "daily", "SET", "P1D", "", "", None),
    ("The report is issued annually.", REF, "present", "annually", "SET", "P1Y", "", "", None),
    ("Output is audited each year.", REF, "present", "each year", "SET", "P1Y", "", "", None),
    ("The board meets every Monday.", REF, "present", "every Monday", "SET", "XXXX-WXX-1", "", "", None),
    ("The board meets twice a year.", REF, "present", "twice a year", "SET", "P1Y", "", "", None),
    ("Elections are held every two years.", REF, "present", "every two years", "SET", "P2Y", "", "", None),
    # clock times: on the reference date, or on the day written beside them
    ("The talks begin at 10 a.m. in Washington.", REF, "future", "10 a.m.", "TIME", "2026-02-04T10:00", "2026-02-04", "2026-02-04", None),
    ("He spoke at 3:30 pm to reporters.", REF, "past", "3:30 pm", "TIME", "2026-02-04T15:30", "2026-02-04", "2026-02-04", None),
    ("The vote is at 10 a.m. on 5 February.", REF, "future", "10 a.m.", "TIME", "2026-02-05T10:00", "2026-02-05", "2026-02-05", None),
    ("Polls close at 15:30 IST.", REF, "future", "15:30 IST", "TIME", "2026-02-04T15:30", "2026-02-04", "2026-02-04", None),
    ("The deadline is noon.", REF, "present", "noon", "TIME", "2026-02-04T12:00", "2026-02-04", "2026-02-04", None),
    # no reference date: relative expressions keep a value, never a range
    ("Jaishankar on Wednesday posed alongside Rubio.", None, "past", "Wednesday", "DATE", "XXXX-WXX-3", "", "", "relative"),
    ("The talks ended yesterday.", None, "past", "yesterday", "DATE", "XXXX-XX-XX", "", "", "relative"),
    ("Spoke at the ministerial today.", None, "past", "today", "DATE", "PRESENT_REF", "", "", "dct"),
    ("Despite last year’s efforts.", None, "past", "last year", "DATE", "XXXX", "", "", "relative"),
    ("Prices rose last week.", None, "past", "last week", "DATE", "XXXX-WXX", "", "", "relative"),
    ("A milestone was reached in October.", None, "past", "October", "DATE", "XXXX-10", "", "", "relative"),
    ("Leaders met February 4 in Washington.", None, "past", "February 4", "DATE", "XXXX-02-04", "", "", "relative"),
    ("Earlier this month, Bessent hosted a ministerial.", None, "past", "Earlier this month", "DATE", "XXXX-XX", "", "", "relative"),
    ("A meeting scheduled for February 4-5.", None, "future", "February 4-5", "DATE", "XXXX-02-04/XXXX-02-05", "", "", "relative"),
    ("The talks begin at 10 a.m. in Washington.", None, "future", "10 a.m.", "TIME", "XXXX-XX-XXT10:00", "", "", None),
    ("The summit opened on 4 February 2026.", None, "past", "4 February 2026", "DATE", "2026-02-04", "2026-02-04", "2026-02-04", "explicit"),
    ("Their last encounter was in September 2025.", None, "past", "September 2025", "DATE", "2025-09", "2025-09-01", "2025-09-30", "explicit"),
    # reporting periods (reference 28 October 2025, earnings season: the quarter just ended is reported)
    ("Sales in the latest quarter were $8 billion.", OCT, "past", "the latest quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", None),
    ("Revenue for the quarter rose 5%.", OCT, "present", "the quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", None),
    ("Revenue for the quarter will rise.", OCT, "future", "the quarter", "DATE", "2025-Q4", "2025-10-01", "2025-12-31", None),
    ("U.K. sales for last year's quarter were about $3 million.", OCT, "past", "last year's quarter", "DATE", "2024-Q3", "2024-07-01", "2024-09-30", None),
    ("Net sales for this year's third quarter were $14 million.", OCT, "past", "this year's third quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", None),
    ("It could be effective as early as next year's first quarter.", OCT, "future", "next year's first quarter", "DATE", "2026-Q1", "2026-01-01", "2026-03-31", None),
    ("For the quarter a year ago, it earned $2 million.", OCT, "past", "the quarter a year ago", "DATE", "2024-Q3", "2024-07-01", "2024-09-30", None),
    ("Delta earned a record in the fiscal first quarter.", OCT, "past", "the fiscal first quarter", "DATE", "2025-Q1", "2025-01-01", "2025-03-31", None),
    ("It announced a loss for the third quarter of $226.3 million.", OCT, "past", "the third quarter", "DATE", "2025-Q3", "2025-07-01", "2025-09-30", None),
    ("Sales fell in the first two quarters of 1990.", OCT, "past", "the first two quarters of 1990", "DATE", "1990-H1", "1990-01-01", "1990-06-30", "explicit"),
    ("Earnings will be lower for the last half of 1989.", OCT, "future", "the last half of 1989", "DATE", "1989-H2", "1989-07-01", "1989-12-31", "explicit"),
    # "the year" is the reference date's year; "the year ended June 30" is twelve months
    ("Earnings will fall for the year.", OCT, "future", "the year", "DATE", "2025", "2025-01-01", "2025-12-31", None),
    ("Net income for the year ended June 30 fell.", OCT, "past", "the year", "DURATION", "P1Y", "", "", None),
    ("It earned $5 million in the latest fiscal year.", OCT, "past", "the latest fiscal year", "DATE", "2024", "2024-01-01", "2024-12-31", None),
    ("The deal should close by the end of the year.", OCT, "future", "the end of the year", "DATE", "2025", "2025-09-01", "2025-12-31", None),
    ("It expects to complete the sale by year-end.", OCT, "future", "year-end", "DATE", "2025", "2025-09-01", "2025-12-31", None),
    # centuries, decades written short or with a part, seasons
    ("It was the worst crash of the 20th century.", OCT, "past", "the 20th century", "DATE", "19", "1900-01-01", "1999-12-31", "explicit"),
    ("It aims for a 50% share by the mid-1990s.", OCT, "future", "mid-1990s", "DATE", "199", "1993-05-01", "1996-08-31", "explicit"),
    ("It followed the trend of the '80s.", OCT, "past", "'80s", "DATE", "198", "1980-01-01", "1989-12-31", None),
    ("Sales slowed over the summer.", OCT, "past", "the summer", "DATE", "2025-SU", "2025-06-01", "2025-08-31", None),
    ("Sales will pick up in the summer.", OCT, "future", "the summer", "DATE", "2026-SU", "2026-06-01", "2026-08-31", None),
    ("Costs rose this past spring.", OCT, "past", "this past spring", "DATE", "2025-SP", "2025-03-01", "2025-05-31", None),
    ("Prices peaked in the winter of nineteen ninety-four.", OCT, "past", "the winter of nineteen ninety-four", "DATE", "1994-WI", "1994-12-01", "1995-02-28", "explicit"),
    # a year before a name says which year's (TimeML marks "the 1996 law")
    ("Sydney will host the 2000 Olympics.", OCT, "future", "2000", "DATE", "2000", "2000-01-01", "2000-12-31", "explicit"),
    ("Corridors announced in India’s 2026 Budget are a signal.", REF, "past", "2026", "DATE", "2026", "2026-01-01", "2026-12-31", "explicit"),
    # vague stretches and vague references
    ("Troops will arrive within weeks.", REF, "future", "weeks", "DURATION", "PXW", "", "", None),
    ("The deal follows months of talks.", REF, "present", "months", "DURATION", "PXM", "", "", None),
    ("Over the years, many left.", REF, "past", "the years", "DURATION", "PXY", "", "", None),
    ("Investors may sell in the weeks ahead.", REF, "future", "the weeks ahead", "DURATION", "PXW", "", "", None),
    ("Over the next couple of years, sales will grow.", REF, "future", "the next couple of years", "DURATION", "P2Y", "", "", None),
    ("Rates may fall in coming months.", REF, "future", "coming months", "DATE", "FUTURE_REF", "", "", None),
    ("It will act in the near term.", REF, "future", "the near term", "DATE", "FUTURE_REF", "", "", None),
    ("Reply as soon as possible.", REF, "future", "as soon as possible", "DATE", "FUTURE_REF", "", "", None),
    ("Islam will one day be the second largest religion.", REF, "future", "one day", "DATE", "FUTURE_REF", "", "", None),
    ("Someday it will work.", REF, "future", "Someday", "DATE", "FUTURE_REF", "", "", None),
    ("The department had no details to share at this time.", REF, "present", "this time", "DATE", "PRESENT_REF", "", "", None),
    # a present-tense sentence in the news mostly reports the past; "lower-than-expected" is no future
    ("Volume was 840 million shares, up from 443 million Thursday.", date(1989, 10, 30), "present", "Thursday", "DATE", "1989-10-26", "1989-10-26", "1989-10-26", None),
    ("The chairman steps down in March, the filing shows.", date(1989, 11, 2), "present", "March", "DATE", "1989-03", "1989-03-01", "1989-03-31", None),
    ("The stock fell after lower-than-expected earnings Wednesday.", date(1989, 10, 27), "past", "Wednesday", "DATE", "1989-10-25", "1989-10-25", "1989-10-25", None),
]

# (sentence, a part of it that no DATE or TIME may touch)
NEGATIVES = [
    ("The 6-year-old was found safe.", "6-year-old"),
    ("A 52-year-old man was arrested.", "52-year-old"),
    ("The girl is six years old.", "six years"),
    ("The party won a quarter of the vote.", "quarter"),
    ("Three-quarters of voters agreed.", "Three-quarters"),
    ("The team led at the end of the first half of the match.", "first half"),
    ("Delegations from more than 50 countries attended.", "50"),
    ("The administration imposed a fifty percent tariff on India.", "fifty"),
    ("Import dependence stands at nearly 100 per cent for many.", "100"),
    ("The recently concluded 10-year Major Defence Partnership.", "10-year"),
    ("It was signed on 4/2/2026 in Delhi.", "4/2/2026"),
    ("Theresa May said the plan would work.", "May"),
    ("Officials may march to the ministry.", "march"),
    ("The Sunday Times reported the talks.", "Sunday"),
    ("Crowds joined the May Day rally.", "May"),
    ("Minimum 50 characters 0/50", "0/50"),
    ("3 min read", "3 min"),
    ("The army deployed 2,000 troops.", "2,000"),
    ("A twenty-five percent penalty applied.", "twenty-five"),
    ("China leads production of thirty minerals.", "thirty"),
    ("Overall, 2025 results were strong; turnover hit 2030 crore.", "2030"),
    ("Shares fell as soon as trading opened.", "soon"),
    ("The third period of the game was scoreless.", "third period"),
]


def _tense(tense: str):
    return lambda _offset: tense


def _one(sentence: str, reference: date | None, tense: str, text: str) -> Timex:
    found = [t for t in find_timexes(sentence, reference, _tense(tense)) if t.text == text]
    assert found, f"{text!r} not found in {sentence!r}: {find_timexes(sentence, reference, _tense(tense))}"
    return found[0]


@pytest.mark.parametrize("sentence, reference, tense, text, type_, value, date_start, date_end, basis", ROWS,
                         ids=[f"{r[3]}|{r[2]}|{r[1]}" for r in ROWS])
def test_expression(sentence, reference, tense, text, type_, value, date_start, date_end, basis):
    timex = _one(sentence, reference, tense, text)
    assert (timex.type, timex.value, timex.date_start, timex.date_end) == (type_, value, date_start, date_end)
    assert sentence[timex.start:timex.end] == text
    if basis is not None:
        assert timex.basis == basis


@pytest.mark.parametrize("sentence, forbidden", NEGATIVES, ids=[n[1] for n in NEGATIVES])
def test_numbers_that_are_not_dates(sentence, forbidden):
    start = sentence.index(forbidden)
    end = start + len(forbidden)
    for timex in find_timexes(sentence, REF):
        overlaps = timex.start < end and start < timex.end
        assert not (overlaps and timex.type in ("DATE", "TIME")), timex


# (sentence, a part of it that no time expression of any type may touch)
NOT_TIMES = [
    ("The company cut its quarterly dividend.", "quarterly"),
    ("Average daily volume was 133 million shares.", "daily"),
    ("It will save $500 million a year in costs.", "a year"),
    ("It adds 700 seats a week on the route.", "a week"),
]


@pytest.mark.parametrize("sentence, forbidden", NOT_TIMES, ids=[n[1] for n in NOT_TIMES])
def test_rates_and_adjectives_are_not_times(sentence, forbidden):
    start = sentence.index(forbidden)
    assert not [t for t in find_timexes(sentence, REF) if t.start < start + len(forbidden) and start < t.end]


def test_a_set_adverb_stays_a_set():
    assert [(t.text, t.type, t.value) for t in find_timexes("The reserve will be adjusted quarterly and reviewed.", REF)] == [
        ("quarterly", "SET", "P3M")]


def _values(text: str, reference: date | None, tense: str = "past") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, reference, _tense(tense))]


def test_a_year_earlier_is_the_reported_quarter_a_year_back_across_paragraphs():
    text = "Net income rose in the third quarter.\n\nRevenue fell to $3 billion from $3.2 billion a year earlier."
    assert _values(text, OCT) == [("the third quarter", "2025-Q3"), ("a year earlier", "2024-Q3")]


def test_the_first_quarter_named_is_the_one_reported():
    text = "Profit rose in the third quarter after a flat second quarter. In the year-ago period, it lost $2 million."
    assert _values(text, OCT)[-1] == ("the year-ago period", "2024-Q3")


def test_an_old_quarter_is_history_not_the_report():
    text = "The charge was taken in the third quarter of 2019. The quarter was hard."
    assert _values(text, OCT) == [("the third quarter of 2019", "2019-Q3"), ("The quarter", "2025-Q3")]


def test_a_comparison_over_months_stays_a_year():
    text = "Net rose in the third quarter. In the first nine months, net rose to $5 million from $4 million a year earlier."
    assert _values(text, OCT)[-1] == ("a year earlier", "2024")


def test_last_year_is_the_quarter_only_beside_a_compared_amount():
    text = ("Net rose in the third quarter. The unit earned $24 million, compared with a loss of $3 million last year. "
            "The chairman resigned last year.")
    assert [v for _, v in _values(text, OCT)] == ["2025-Q3", "2024-Q3", "2024"]


def test_an_undated_article_is_read_in_the_window_its_own_dates_leave():
    text = ("The minister is set to visit the United States from 2 to 4 February 2026. "
            "Earlier this month, the Treasury hosted a ministerial. Officials met the secretary on 27 January. "
            "A milestone was reached in October. The talks ended yesterday.")
    found = {t.text: t for t in find_timexes(text, None, _tense("past"))}
    assert (found["Earlier this month"].value, found["Earlier this month"].date_start,
            found["Earlier this month"].date_end) == ("2026-01", "2026-01-01", "2026-01-31")
    assert found["27 January"].value == "XXXX-01-27"  # days take the corpus year (year_hint), as before
    assert found["October"].value == "2025-10"
    assert (found["yesterday"].value, found["yesterday"].date_start) == ("XXXX-XX-XX", "")  # the window gives no day


def test_a_month_the_window_edges_disagree_on_stays_unplaced():
    text = "Leaders will meet on 4 February 2026. They spoke on 20 January and discussed a February summit."
    assert _values(text, None)[-1] == ("February", "XXXX-02")  # 2025 from 20 January, 2026 from 3 February


def test_an_undated_article_with_a_wide_window_stays_unplaced():
    text = "The minister will visit in December 2026. Earlier this month, the Treasury hosted a ministerial."
    assert _values(text, None) == [("December 2026", "2026-12"), ("Earlier this month", "XXXX-XX")]


def test_ten_year_is_only_a_duration():
    found = find_timexes("The recently concluded 10-year Major Defence Partnership.", REF)
    assert [(t.text, t.type, t.value, t.date_start) for t in found if t.text != "recently"] == [("10-year", "DURATION", "P10Y", "")]


def test_to_without_from_is_not_a_range():
    found = find_timexes("The talks moved January 13 to February 4.", REF)
    assert [(t.text, t.date_start) for t in found] == [("January 13", "2026-01-13"), ("February 4", "2026-02-04")]


def test_tense_is_asked_per_offset():
    text = "They met on Monday. They will meet again on Monday."
    second = text.rindex("They")
    found = find_timexes(text, REF, lambda offset: "future" if offset >= second else "past")
    assert [t.date_start for t in found] == ["2026-02-02", "2026-02-09"]


def test_default_tense_is_past():
    assert find_timexes("The next round is in October.", REF)[0].value == "2025-10"


def test_no_overlaps_and_sorted():
    text = ("From 2 to 4 February 2026, and again on Wednesday, February 4, 2026 at 10 a.m., the ten-year pact "
            "signed last year was discussed every week since September 2025.")
    found = find_timexes(text, REF)
    assert [t.start for t in found] == sorted(t.start for t in found)
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start
    assert "2 to 4 february 2026" in [t.text.lower() for t in found]
    assert "Wednesday, February 4, 2026" in [t.text for t in found]
    clock = next(t for t in found if t.type == "TIME")
    assert clock.value == "2026-02-04T10:00"


def test_normalize_spans_the_whole_expression():
    timex = normalize("February 4-5", REF, "future")
    assert timex == Timex(0, 12, "February 4-5", "DATE", "2026-02-04/2026-02-05", "2026-02-04", "2026-02-05", "relative")
    assert normalize("ten-year", REF).value == "P10Y"
    assert normalize("last year", None).date_start == ""
    assert normalize("October", REF, "future").date_start == "2026-10-01"
    assert normalize("2026", REF).date_end == "2026-12-31"


def test_normalize_rejects_what_is_not_a_time():
    assert normalize("fifty percent", REF) is None
    assert normalize("2030 crore", REF) is None
    assert normalize("50 countries", REF) is None


TEMPORAL = re.compile(
    r"(?i)january|february|march|april|may|june|july|august|september|october|november|december|\bjan\b|\bfeb\b|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|morning|"
    r"day|week|month|year|decade|recent|now|current|earlier|ago|\b(?:19|20)\d\d\b|a\.m\.|p\.m\.|this time")
# Numbers in the seed articles that are counts, percentages or parts of names.
NOT_DATES = ["50 countries", "100 per cent", "30 such", "fifty percent", "twenty-five percent",
             "ten countries", "thirty minerals", "seventy percent", "ninety percent", "50 characters", "0/50", "3 min"]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_articles(path):
    text = path.read_text(encoding="utf-8")
    found = find_timexes(text, REF)
    assert found
    for before, after in zip(found, found[1:]):
        assert before.end <= after.start
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
        assert TEMPORAL.search(timex.text), timex
        assert timex.type in ("DATE", "TIME", "DURATION", "SET") and timex.basis in ("explicit", "relative", "dct")
        if timex.type in ("DURATION", "SET"):
            assert timex.date_start == timex.date_end == ""
    for phrase in NOT_DATES:
        for hit in re.finditer(re.escape(phrase), text):
            assert not any(t.start < hit.end() and hit.start() < t.end for t in found), (phrase, path.name)


def test_seed_phrases():
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS}
    found = {key: {t.text: t for t in find_timexes(text, REF)} for key, text in texts.items()}
    assert found["000"]["This morning"].basis == "dct"
    assert found["000"]["Wednesday"].date_start == "2026-02-04"
    assert found["002"]["2 to 4 February 2026"].date_end == "2026-02-04"
    assert found["002"]["27 January"].date_start == "2026-01-27"
    assert found["002"]["Earlier this month"].date_start == "2026-02-01"
    assert found["002"]["10-year"].type == "DURATION"
    assert found["003"]["Jan 13"].date_start == "2026-01-13"
    assert found["004"]["February 4-5"].date_end == "2026-02-05"
    assert found["004"]["September 2025"].date_end == "2025-09-30"
    assert found["004"]["October"].value == "2025-10"
    assert found["004"]["ten-year"].value == "P10Y"
    assert found["001"]["last year"].value == "2025"


def _texts(text: str, reference: date | None = OCT, tense: str = "past") -> list[str]:
    return [t.text for t in find_timexes(text, reference, _tense(tense))]


@pytest.mark.parametrize("sentence, expected", [
    ("The government called the 14-day waiting period a concession.", "14-day"),
    ("Bush, commenting on the two-week gulf crisis, spoke.", "two-week"),
    ("It cut the dividend due to its third-quarter loss of $992,000.", "third-quarter"),
    ("Du Pont Co. reported that third-quarter profit grew 19%.", "third-quarter"),
    ("Organizers gathered for the two day rally.", "two day"),
    ("Oshkosh estimated earnings for its fourth quarter ended Sept. 30.", "fourth quarter"),
])
def test_a_determiner_of_the_noun_is_not_part_of_the_expression(sentence, expected):
    """TimeML: a possessive, or the article of a noun the expression only modifies, stays outside."""
    assert expected in _texts(sentence)


def test_an_article_of_the_expression_itself_stays():
    assert "the third quarter" in _texts("Profit rose in the third quarter.")
    assert "the past three years" in _texts("Profit rose over the past three years.")


def test_a_range_of_whole_dates_is_two_expressions_placing_the_range():
    """"from 1991 to 1997" is two TIMEX3, each with its own value, each dating the whole range."""
    found = find_timexes("He was arrested at least twice from 1991 to 1997.", OCT)
    assert [(t.text, t.value, t.date_start, t.date_end) for t in found] == [
        ("1991", "1991", "1991-01-01", "1997-12-31"), ("1997", "1997", "1991-01-01", "1997-12-31")]
    found = find_timexes("Doctors were shot in 1957-58.", OCT)
    assert [(t.text, t.value) for t in found] == [("1957", "1957"), ("58", "1958")]


MONDAY = date(2000, 4, 3)


@pytest.mark.parametrize("sentence, text, value", [
    ("The service has given the relatives until 9 a.m. Tuesday to sign a paper.", "9 a.m. Tuesday", "2000-04-04T09:00"),
    ("Officials postponed until Tuesday morning any action on the case.", "Tuesday morning", "2000-04-04TMO"),
    ("His father could come to the U.S. as early as Tuesday.", "Tuesday", "2000-04-04"),
    ("The rebels were given until 15:00 GMT Saturday to leave.", "15:00 GMT Saturday", "2000-04-08T15:00"),
    ("The court ordered that the boy remain in Miami until May 6.", "May 6", "2000-05-06"),
    ("Thirty-two members had filed compliance reports by Friday.", "Friday", "2000-03-31"),
    ("Prices were driven by Friday's report.", "Friday", "2000-03-31"),
])
def test_a_deadline_lies_ahead_of_a_past_sentence(sentence, text, value):
    """"until 15:00 GMT Saturday" in a report of a decision is the coming Saturday; a past perfect or an agent is not a deadline."""
    assert _one(sentence, MONDAY, "past", text).value == value


def test_a_future_verb_in_another_clause_does_not_move_a_weekday():
    text = "They said they would appeal the decision, announced Wednesday by the commissioner."
    assert _one(text, date(2000, 1, 6), "past", "Wednesday").value == "2000-01-05"


@pytest.mark.parametrize("sentence, text, value", [
    ("The relatives could lose when the case is heard in May.", "May", "2000-05"),
    ("The company agreed to acquire the bank holding company in May.", "May", "2000-05"),
    ("The deal was signed in May.", "May", "1999-05"),
    ("Rains fell between May and June.", "May", "1999-05"),
])
def test_a_month_just_ahead_is_the_coming_one_unless_a_past_verb_names_it(sentence, text, value):
    """A past sentence's year-less month within two months ahead is a plan, unless the past verb right before it governs it."""
    assert _one(sentence, MONDAY, "past", text).value == value


@pytest.mark.parametrize("sentence, text, type_, value", [
    ("He has been in Bethesda for the last week.", "the last week", "DATE", "1998-W32"),
    ("Hate groups grew over the past year.", "the past year", "DATE", "1997"),
    ("Workers lost earning power in the last decade.", "the last decade", "DATE", "198"),
    ("Threats had become routine over the past decade.", "the past decade", "DURATION", "P10Y"),
    ("Prices rose over the past two weeks.", "the past two weeks", "DURATION", "P2W"),
    ("Prices will rise over the next year.", "the next year", "DURATION", "P1Y"),
])
def test_the_last_week_is_a_week(sentence, text, type_, value):
    """"in the last week" names the calendar week before the reference date, as "last week" does; a count makes it a duration.

    "the past decade" is the ten years up to the reference date (a 1998 text's is not the 1980s)."""
    timex = _one(sentence, date(1998, 8, 12), "past", text)
    assert (timex.type, timex.value) == (type_, value)


@pytest.mark.parametrize("sentence, reference, tense, value", [
    ("Sales rose sharply by the end of the year.", date(2013, 1, 10), "past", "2012"),
    ("Sales will rise by the end of the year.", date(2013, 1, 10), "future", "2013"),
    ("The company said it expects to close the deal by year-end.", date(1989, 11, 2), "past", "1989"),
])
def test_the_end_of_the_year_in_a_past_sentence_is_the_last_one_gone(sentence, reference, tense, value):
    found = [t for t in find_timexes(sentence, reference, _tense(tense)) if "end" in t.text]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("sentence, expected", [
    ("The family has only 14 days to decide.", "14 days"),
    ("NATO's newest members just a decade ago were Soviet allies.", "a decade ago"),
    ("This move comes barely a month after the cuts.", "a month"),
    ("The line can be used over three years for acquisitions.", "three years"),
    ("The talks lasted over an hour.", "over an hour"),
    ("The talks lasted more than four hours.", "more than four hours"),
    ("They talked for nearly two years.", "nearly two years"),
])
def test_a_focus_word_or_preposition_is_not_part_of_a_duration(sentence, expected):
    """TimeML marks "about", "more than", "nearly" (a mod of the value) but not "only", "just", "barely" or "over" before a count."""
    assert expected in _texts(sentence)


@pytest.mark.parametrize("sentence, text, value", [
    ("''This father will leave at dawn (4 a.m. EDT Thursday),'' Castro said.", "4 a.m. EDT Thursday", "2000-04-06T04:00"),
    ("The stock is to resume trading in Paris Tuesday.", "Tuesday", "2000-04-11"),
    ("Exiles were planning to drive around the airport on Monday.", "Monday", "2000-04-10"),
])
def test_a_future_cue_reaches_past_an_abbreviation_and_takes_more_forms(sentence, text, value):
    """"a.m." does not end the clause that holds "will"; "is to", "planning to" speak of what is ahead."""
    assert _one(sentence, date(2000, 4, 5), "past", text).value == value


@pytest.mark.parametrize("sentence, tense, expected", [
    ("The company thinks it will be healthy enough soon to buy back shares.", "future", ["soon"]),
    ("He had probably been killed soon after being captured.", "past", []),
    ("He was soon released and appeared healthy.", "past", []),
    ("``Right now my evidence is scant,'' he said.", "present", ["now"]),
])
def test_soon_is_after_the_reference_date_only_when_ahead_of_it(sentence, tense, expected):
    """"soon after the capture" and a past narrative's "soon" are relative to another event, not FUTURE_REF; "right" is not part of "now"."""
    assert _texts(sentence, REF, tense) == expected


@pytest.mark.parametrize("sentence, text, value", [
    ("The father will leave at 4 in the morning.", "4 in the morning", "2026-02-04T04:00"),
    ("The vote ended at eight in the evening.", "eight in the evening", "2026-02-04T20:00"),
    ("Shots were heard at 11 at night.", "11 at night", "2026-02-04T23:00"),
])
def test_an_hour_with_its_part_of_day_is_a_clock_time(sentence, text, value):
    assert _one(sentence, REF, "past", text).value == value


def test_a_past_perfect_keeps_a_weekday_in_the_past():
    """"It had been due to expire Friday evening" (reported Monday): the Friday gone, even if the parser calls the sentence future."""
    assert _one("It had been due to expire Friday evening.", date(1989, 10, 30), "future", "Friday evening").value == "1989-10-27TEV"


@pytest.mark.parametrize("sentence, expected", [
    ('Baker, speaking on ABC News\' "This Week," said the request was serious.', []),
    ("Gonzalez said on CBS's ''60 Minutes.''", []),
    ("It showed Gary Cooper from the film ``High Noon.''", []),
    ("This is VOA Today.", []),
    ("``Today, I'm here to tell you we have our suspect,'' he said.", ["Today"]),
    ("Shares fell on Wednesday. Yesterday, Compaq plunged further.", ["Wednesday", "Yesterday"]),
    ("Voters went to the polls on Election Day.", ["Election Day"]),
])
def test_a_capitalised_time_word_inside_a_sentence_names_a_title(sentence, expected):
    """A programme or film ("This Week", "60 Minutes", "High Noon") is not a time; a sentence's opening word is."""
    assert _texts(sentence, REF) == expected


def test_the_week_of_a_day_is_that_week():
    timex = _one("The case may be heard the week of March 6.", date(2000, 2, 24), "future", "the week of March 6")
    assert (timex.value, timex.date_start, timex.date_end) == ("2000-W10", "2000-03-06", "2000-03-12")


@pytest.mark.parametrize("sentence, text, value", [
    ("It had losses in the past two quarters.", "the past two quarters", "P2Q"),
    ("It must pay $100 million in interest every quarter.", "every quarter", "P1Q"),
    ("Sales rose in the first nine months.", "the first nine months", "P9M"),
])
def test_quarters_are_counted_in_quarters(sentence, text, value):
    assert _one(sentence, OCT, "past", text).value == value


@pytest.mark.parametrize("sentence, text, value", [
    ("Shipments will resume within two to three weeks.", "two to three weeks", "PXW"),
    ("Acquisitions are to be made during the next 12 to 18 months.", "the next 12 to 18 months", "PXM"),
    ("The plant will be closed over the next two years or so.", "the next two years or so", "P2Y"),
])
def test_a_count_given_as_a_range_or_roughly_is_one_duration(sentence, text, value):
    assert _one(sentence, OCT, "future", text).value == value


def test_the_morning_and_the_week_are_those_of_the_last_date():
    text = "Shares fell on Friday. Dealers placed buy orders in the morning. For the week, the index dropped 3.8%."
    found = {t.text: t.value for t in find_timexes(text, date(1989, 10, 30), _tense("past"))}
    assert found["the morning"] == "1989-10-27TMO"
    assert found["the week"] == "1989-W43"
    assert "the week" not in _texts("The case may be heard the week of March 6.", date(2000, 2, 24))
    assert _texts("It was the best song of the week that it came out.", REF) == []


MID_MARCH = date(2005, 3, 15)


@pytest.mark.parametrize("sentence, tense, text, value", [
    ("The new show is expected to begin in February.", "future", "February", "2006-02"),
    ("Output rose at its fastest rate since May last month.", "past", "May", "2004-05"),
    ("In the quarter ended Oct. 31, it lost money.", "past", "Oct. 31", "2004-10-31"),
    ("It has to be done differently than 30 or 40 years ago.", "past", "40 years ago", "1965"),
])
def test_a_month_just_gone_or_counted_from_keeps_its_side(sentence, tense, text, value):
    """A future sentence's month is the coming one; "since May" and "ended Oct. 31" are dates gone."""
    assert _one(sentence, MID_MARCH, tense, text).value == value


def test_an_age_range_or_a_fraction_is_not_a_time():
    assert _texts("Just 17% of 18 to 24 year olds vote.", MID_MARCH) == []
    assert "the past quarter" not in _texts("It insults the industry of the past quarter of a century.", MID_MARCH)


@pytest.mark.parametrize("sentence, value", [
    ("The operator changed from a fiscal year to a calendar year in December.", "1988-12"),
    ("The bank announced an agreement to acquire the Peoria holding company in December.", "1989-12"),
    ("The proposed merger in December was welcomed by the board.", "1989-12"),
])
def test_a_past_verb_further_along_its_clause_keeps_a_month_in_the_past(sentence, value):
    """"changed ... to a calendar year in December" in an October paper is last December, as HeidelTime reads a
    month by tense; a plan inside the past sentence (an infinitive, a noun after a determiner) may lie ahead."""
    assert _one(sentence, date(1989, 10, 27), "past", "December").value == value


@pytest.mark.parametrize("sentence, text, start, end", [
    ("In the quarter ended July 31, it had pretty good earnings.", "the quarter", "1989-05-01", "1989-07-31"),
    ("Profit for its fourth quarter ended June 30 rose.", "fourth quarter", "1989-04-01", "1989-06-30"),
    ("The fiscal first half, which ended Feb. 28, was weak.", "The fiscal first half", "1988-09-01", "1989-02-28"),
    ("Profit for the third quarter rose.", "the third quarter", "1989-07-01", "1989-09-30"),
])
def test_a_quarter_ended_on_a_day_is_the_months_to_that_day(sentence, text, start, end):
    """"the quarter ended July 31" is May to July, not the calendar third quarter; its TimeML value is unchanged."""
    found = _one(sentence, date(1989, 10, 27), "past", text)
    assert (found.date_start, found.date_end) == (start, end)


@pytest.mark.parametrize("sentence, text, start, end", [
    ("Profit was $4 million for the fiscal-first quarter ended Sept. 30. It had a net loss a year ago.",
     "a year ago", "1988-07-01", "1988-09-30"),
    ("In the quarter ended July 31, it earned $2 million. It lost $1 million a year earlier.",
     "a year earlier", "1988-05-01", "1988-07-31"),
    ("Profit for the third quarter rose. It had a net loss a year ago.", "a year ago", "1988-07-01", "1988-09-30"),
])
def test_a_year_ago_after_a_quarter_ended_on_a_day_is_those_months_a_year_back(sentence, text, start, end):
    """"the fiscal-first quarter ended Sept. 30 … a net loss a year ago" is July to September 1988, the
    quarter's months a year back, not the calendar first quarter its label names."""
    found = _one(sentence, date(1989, 10, 26), "past", text)
    assert (found.date_start, found.date_end) == (start, end)


@pytest.mark.parametrize("sentence, text, start, end", [
    ("For the year ended Sept. 30, it earned $422 million. Sales for the full year were $6.6 billion.",
     "the full year", "1988-10-01", "1989-09-30"),
    ("For the year ended Sept. 30, it earned $422 million.\n\nFor the year, pet food volume was flat.",
     "the year", "1988-10-01", "1989-09-30"),
    ("For the fiscal year ended Aug. 31, 1989, it earned $2 million. Sales for the year rose.",
     "the year", "1988-09-01", "1989-08-31"),
    # a year ended Dec. 31 is the calendar's; with no year ended on a day, "the full year" stays the calendar's
    ("For the year ended Dec. 31, it earned $4 million. Sales for the full year rose.",
     "the full year", "1989-01-01", "1989-12-31"),
    ("It earned $422 million in the quarter. Sales for the full year were $6.6 billion.",
     "the full year", "1989-01-01", "1989-12-31"),
])
def test_the_year_after_a_year_ended_on_a_day_is_those_twelve_months(sentence, text, start, end):
    """"For the year ended Sept. 30 … Sales for the full year" is October 1988 to September 1989, the
    company's year the report has told, not the calendar year; its TimeML value is unchanged."""
    found = [t for t in find_timexes(sentence, date(1989, 11, 2), _tense("past")) if t.text == text][-1]
    assert (found.value, found.date_start, found.date_end) == ("1989", start, end)


@pytest.mark.parametrize("sentence, text, value, start, end", [
    ("He fled to Florida in June 1998 and returned to Cuba later that year.", "later that year", "1998",
     "1998-06-01", "1998-12-31"),
    ("The plant opened on June 20, 1998. Earlier that month, workers struck.", "Earlier that month", "1998-06",
     "1998-06-01", "1998-06-20"),
    ("He was arrested on 3 March 2024. Later that day, police met.", "Later that day", "2024-03-03",
     "2024-03-03", "2024-03-03"),
    # a date in another paragraph: the point it is later than is less sure, the whole year
    ("He fled to Florida in June 1998.\n\nHe returned to Cuba later that year.", "later that year", "1998",
     "1998-01-01", "1998-12-31"),
    # "that year" with no "later": the whole year
    ("He fled to Florida in June 1998 and returned to Cuba that year.", "that year", "1998",
     "1998-01-01", "1998-12-31"),
])
def test_later_that_year_is_the_part_of_it_after_the_date_it_points_at(sentence, text, value, start, end):
    """"fled in June 1998 and returned later that year" puts the return in June to December 1998, not
    anywhere in the year; "earlier that month" after June 20 is June 1 to 20. The value stays the period's."""
    found = _one(sentence, date(2000, 1, 28), "past", text)
    assert (found.value, found.date_start, found.date_end) == (value, start, end)


ADVANCE = ("Albright headed Tuesday to East Africa, seeking to show support. "
           "She is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday morning.")


def _tense_by_sentence(text: str, tenses: list[str]):
    """tense_at for a text of sentences split at ". ", one tense per sentence in order."""
    ends = [m.end() for m in re.finditer(r"\. ", text)]
    return lambda offset: tenses[sum(1 for end in ends if end <= offset)]


def test_a_past_weekday_the_article_also_names_ahead_is_the_coming_day():
    """An advance written Monday: "headed Tuesday" (past) and "her first stop Tuesday morning" (future) name one
    day, the nearer coming Tuesday, not the Tuesday a week before."""
    found = find_timexes(ADVANCE, date(1998, 8, 17), _tense_by_sentence(ADVANCE, ["past", "future"]))
    days = [(t.text, t.date_start) for t in found if "Tuesday" in t.text]
    assert days == [("Tuesday", "1998-08-18"), ("Tuesday morning", "1998-08-18")]


@pytest.mark.parametrize("text, reference", [
    ("Albright headed Tuesday to East Africa. She will meet the families of the victims.", date(1998, 8, 17)),
    # the coming Tuesday is not nearer than the one gone: the past reading stands
    ("Albright headed Tuesday to East Africa. She will fly home next Tuesday.", date(1998, 8, 17)),
    ("Albright headed Tuesday to East Africa. She will fly home Tuesday.", date(1998, 8, 20)),
])
def test_a_past_weekday_stays_in_the_past_without_a_nearer_future_mention(text, reference):
    found = find_timexes(text, reference, _tense_by_sentence(text, ["past", "future"]))
    assert found[0].text == "Tuesday" and found[0].date_start < reference.isoformat()
