"""Parts of the timeline view: Qt-free layout and tooltip text, and its pyqtgraph pieces.

The widget itself is ``explorer.gui.timeline_view.TimelineView``.
"""
