"""The timeline: events on a date axis, in lanes, with a brushable time window.

The widget is ``view.TimelineView``; its parts are Qt-free layout and tooltip text
(``layout``, ``lanes``, ``labels``, ``hover``) and the pyqtgraph pieces (``plot``,
``layer``, ``lane_axis``, ``pointer``, ``window``, ``toolbar``).
"""
