"""The relationship graph: entities as nodes, their relations as edges, laid out by igraph.

The widget is ``view.GraphView``; its parts are Qt-free label placement and node
sizes (``labels``), tooltip and legend text (``hover``), the layout run as
background work (``layout``) and the pyqtgraph items (``plot``).
"""
