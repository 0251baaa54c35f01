"""The relationship graph: entities as nodes, their relations as edges, laid out by igraph.

The widget is ``view.GraphView``; its parts are Qt-free label placement and node
sizes (``labels``), arrowheads (``arrows``), tooltip, edge label and legend text
(``hover``), the layout run as background work (``layout``), the pyqtgraph items
(``plot``) and the list of an edge's sentences (``evidence``).
"""
