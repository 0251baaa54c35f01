"""Parts of the relationship graph view: Qt-free label placement and node sizes, tooltip text, and its pyqtgraph pieces.

The widget itself is ``explorer.gui.graph_view.GraphView``.
"""
