"""All time-expression rules, in priority order, for ``timex.find_timexes``.

Importing the rule modules registers their rules: calendar dates first, then
reporting periods (quarters, "the year", seasons), then dates relative to the
reference date, then durations, sets and clock times, so that on a tie in length
("the coming week") a date beats a duration.
"""

from __future__ import annotations

# The order of these imports is the rules' priority order.
from explorer.core.extract import timex_rules_dates  # noqa: F401, I001 (registers its rules)
from explorer.core.extract import timex_rules_periods  # noqa: F401, I001
from explorer.core.extract import timex_rules_relative  # noqa: F401, I001
from explorer.core.extract import timex_rules_extent  # noqa: F401, I001
from explorer.core.extract.timex_rulebase import RULES, Context

__all__ = ["RULES", "Context"]
