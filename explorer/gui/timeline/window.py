"""The timeline's time window: the region over the plot and the selection's ``time_range``, in step.

``TimeWindow`` shows the selection's window as a region with its dates written over
it (not in the toolbar, whose row must not grow), and writes the analyst's window
back: a brush drawn on the plot, the region's edges dragged, or the window cleared.
Moving the region to follow the selection never writes it back. Writes name the
timeline as their origin.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.core.dates import date_words
from explorer.gui.timeline.layout import DAY, day_seconds, window_dates

NOTE_TIP = "The time window: only its events are in view in the other views (Esc clears it)"


class TimeWindow(QObject):
    """Keeps the region (a ``pg.LinearRegionItem``), its dates (a ``plot.PlotNote``) and the toolbar's
    Clear button in step with the selection."""

    sig_window_written = Signal()  # the analyst set or cleared the window (the selection holds it already)

    def __init__(self, session, origin: QObject, region, note, toolbar) -> None:
        super().__init__(origin)
        self.session = session
        self.echo = origin.echo  # the view's echo guard: the window is written with the view as origin
        self.region = region
        self.note = note
        self.toolbar = toolbar
        region.sigRegionChangeFinished.connect(self._on_region_edited)
        region.sigRegionChanged.connect(self.place_note)

    def show(self) -> None:
        """Move (or hide) the region to the selection's time range, without echoing it back."""
        window = self.session.selection.state.time_range
        self.toolbar.show_window(window)
        if window is None:
            self.region.hide()
            self.place_note()
            return
        self._set_region(day_seconds(window[0]), day_seconds(window[1]) + DAY)

    def commit(self, x0: float, x1: float) -> None:
        """Make [x0, x1) (seconds), widened to whole days, the selection's time window."""
        self.echo.update(time_range=window_dates(x0, x1))
        self.show()  # snaps the region to whole days
        self.sig_window_written.emit()

    def clear(self) -> None:
        self.echo.update(time_range=None)
        self.show()
        self.sig_window_written.emit()

    def on_brush_dragged(self, x0: float, x1: float, finished: bool) -> None:
        """A brush being drawn shows as the region; the window is written when it is released."""
        if finished:
            self.commit(x0, x1)
        else:
            self._set_region(min(x0, x1), max(x0, x1))

    def place_note(self) -> None:
        """The region's dates at the top of its part on screen (hidden when none of it is)."""
        view = self.region.getViewBox()
        if view is None or not self.region.isVisible():
            self.note.set_note("")
            return
        start, end = self.region.getRegion()
        self.note.set_note(date_words(*window_dates(start, end)), NOTE_TIP)
        (x_min, x_max), (top, _) = view.viewRange()
        lo, hi = max(start, x_min), min(end, x_max)
        self.note.setVisible(lo < hi)
        if lo < hi:
            self.note.place((lo + hi) / 2, top, x_min, x_max)

    def _set_region(self, x0: float, x1: float) -> None:
        with self.echo.applying():  # moved to show the selection: not an edit of the window to write back
            self.region.setRegion((x0, x1))
        self.region.show()
        self.place_note()

    def _on_region_edited(self) -> None:
        if not self.echo.active and self.region.isVisible():
            self.commit(*self.region.getRegion())
