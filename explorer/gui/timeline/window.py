"""The timeline's time window: the region over the plot and the selection's ``time_range``, in step.

``TimeWindow`` shows the selection's window as a region (and in the toolbar), and
writes the analyst's window back: a brush drawn on the plot, the region's edges
dragged, or the window cleared. Moving the region to follow the selection never
writes it back. Writes name the timeline as their origin.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.gui.timeline.layout import DAY, day_seconds, window_dates


class TimeWindow(QObject):
    """Keeps the region (a ``pg.LinearRegionItem``) and the toolbar's window note in step with the selection."""

    sig_window_written = Signal()  # the analyst set or cleared the window (the selection holds it already)

    def __init__(self, session, origin: QObject, region, toolbar) -> None:
        super().__init__(origin)
        self.session = session
        self._origin = origin
        self.region = region
        self.toolbar = toolbar
        self._setting_region = False
        region.sigRegionChangeFinished.connect(self._on_region_edited)

    def show(self) -> None:
        """Move (or hide) the region to the selection's time range, without echoing it back."""
        window = self.session.selection.state.time_range
        self.toolbar.show_window(window)
        if window is None:
            self.region.hide()
            return
        self._set_region(day_seconds(window[0]), day_seconds(window[1]) + DAY)

    def commit(self, x0: float, x1: float) -> None:
        """Make [x0, x1) (seconds), widened to whole days, the selection's time window."""
        self.session.selection.update(time_range=window_dates(x0, x1), origin=self._origin)
        self.show()  # snaps the region to whole days
        self.sig_window_written.emit()

    def clear(self) -> None:
        self.session.selection.update(time_range=None, origin=self._origin)
        self.show()
        self.sig_window_written.emit()

    def on_brush_dragged(self, x0: float, x1: float, finished: bool) -> None:
        """A brush being drawn shows as the region; the window is written when it is released."""
        if finished:
            self.commit(x0, x1)
        else:
            self._set_region(min(x0, x1), max(x0, x1))

    def _set_region(self, x0: float, x1: float) -> None:
        self._setting_region = True
        try:
            self.region.setRegion((x0, x1))
        finally:
            self._setting_region = False
        self.region.show()

    def _on_region_edited(self) -> None:
        if not self._setting_region and self.region.isVisible():
            self.commit(*self.region.getRegion())
