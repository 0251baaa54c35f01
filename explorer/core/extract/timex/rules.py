"""All time-expression rules, in priority order, for ``find.find_timexes``.

Importing the rule modules registers their rules. Each rule declares its priority
(``rulebase.rule``), in bands: calendar dates first, then reporting periods
(quarters, "the year", seasons), then dates relative to the reference date, then
durations, sets and clock times, so that on a tie in length ("the coming week") a
date beats a duration. ``RULES`` is sorted by that priority, whatever the order of
the imports.
"""

from __future__ import annotations

# Importing registers the rules; their order comes from their declared priorities.
from explorer.core.extract.timex import rules_dates, rules_extent, rules_periods, rules_relative  # noqa: F401
from explorer.core.extract.timex.rulebase import RULES, Context

__all__ = ["RULES", "Context"]
