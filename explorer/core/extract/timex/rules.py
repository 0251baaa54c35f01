"""All time-expression rules, in priority order, for ``find.find_timexes``.

Importing the rule modules registers their rules: calendar dates first, then
reporting periods (quarters, "the year", seasons), then dates relative to the
reference date, then durations, sets and clock times, so that on a tie in length
("the coming week") a date beats a duration.
"""

from __future__ import annotations

# The order of these imports is the rules' priority order.
from explorer.core.extract.timex import rules_dates  # noqa: F401, I001 (registers its rules)
from explorer.core.extract.timex import rules_periods  # noqa: F401, I001
from explorer.core.extract.timex import rules_relative  # noqa: F401, I001
from explorer.core.extract.timex import rules_extent  # noqa: F401, I001
from explorer.core.extract.timex.rulebase import RULES, Context

__all__ = ["RULES", "Context"]
