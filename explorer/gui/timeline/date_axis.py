"""The timeline's date axis: day ticks say which month they are in.

pyqtgraph's ``DateAxisItem`` labels day ticks with the day number alone ("07 12 17"),
so an analyst zoomed into a few weeks cannot tell January from March without zooming
out again. Day ticks here read "7 Jan"; coarser and finer ticks are pyqtgraph's.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pyqtgraph as pg

DAY = 86400
MONTH = 28 * DAY


class DateAxis(pg.DateAxisItem):
    """A UTC date axis whose day ticks carry their month."""

    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if DAY <= spacing < MONTH:
            return [day_label(value) for value in values]
        return super().tickStrings(values, scale, spacing)


def day_label(seconds: float) -> str:
    """'7 Jan' for a UTC midnight in seconds since the epoch; '' off the calendar."""
    try:
        moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return ""
    return f"{moment.day} {moment:%b}"
