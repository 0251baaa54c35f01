"""The time-expression rules run in the priority each declares, not in the order their modules are imported."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from explorer.core.extract.timex import rulebase, rules_dates, rules_extent, rules_periods, rules_relative
from explorer.core.extract.timex.rulebase import DATES, EXTENT, PERIODS, RELATIVE, Rule, add_rule
from explorer.core.extract.timex.rules import RULES

# The declared order, band by band: a tie in length goes to the earlier rule.
DECLARED = [
    "day_range_month", "month_day_range", "iso_date", "numeric_date", "day_month", "month_day", "month_year",
    "bare_month", "year_range", "year", "spoken_year", "year_two_thousand", "decade_word", "decade",
    "month_relative_year",
    "quarter_or_half", "reporting_period", "fiscal_year", "the_year", "year_end", "century", "season",
    "deictic_day", "weekday", "the_weekend", "anaphoric", "holiday", "relative_period", "ago", "year_earlier",
    "some_day", "vague_reference",
    "stretch", "duration", "long_adjective", "vague_duration", "set_adverb", "every_unit", "every_named",
    "frequency", "clock_12h", "clock_part_of_day", "clock_24h", "named_time",
]
BANDS = {rules_dates: DATES, rules_periods: PERIODS, rules_relative: RELATIVE, rules_extent: EXTENT}


def test_rules_run_in_the_declared_order():
    assert [r.name for r in RULES] == DECLARED


def test_priorities_are_a_total_order_with_no_ties():
    priorities = [r.priority for r in RULES]
    assert priorities == sorted(priorities)
    assert len(set(priorities)) == len(priorities)


def test_every_rule_sits_in_the_band_of_its_family():
    for module, band in BANDS.items():
        for r in RULES:
            if r.handler.__module__ == module.__name__:
                assert band < r.priority < band + 1000, r.name


def test_date_beats_duration_on_a_tie_in_length():
    by_name = {r.name: r.priority for r in RULES}
    assert by_name["relative_period"] < by_name["stretch"]  # "the coming week" is a date


def test_a_rule_is_inserted_at_its_priority_and_a_shared_priority_is_refused():
    rules: list[Rule] = []
    pattern = re.compile("x")
    for name, priority in (("late", 30), ("early", 10), ("middle", 20)):
        add_rule(rules, Rule(name, pattern, lambda m, ctx: None, priority))
    assert [r.name for r in rules] == ["early", "middle", "late"]
    with pytest.raises(ValueError, match="both have priority 20"):
        add_rule(rules, Rule("twin", pattern, lambda m, ctx: None, 20))


def test_importing_the_rule_modules_in_another_order_gives_the_same_order():
    script = ("from explorer.core.extract.timex import rules_extent, rules_relative, rules_periods, rules_dates\n"
              "from explorer.core.extract.timex.rulebase import RULES\n"
              "print(' '.join(r.name for r in RULES))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == DECLARED
    assert rulebase.RULES is RULES
