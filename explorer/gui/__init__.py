"""The Qt desktop application over ``explorer.core`` (PySide6 + pyqtgraph).

Views talk through Qt models and one shared selection; the core never imports
this package. Three floors, each importing only the ones below it:

- ``window``: the application's start and the main window that wires the views;
- one package per view: ``timeline``, ``sidebar``, ``source``, ``events``, ``graph``,
  ``review``, ``search`` (each with its widget in ``view.py``);
- the modules here, which every view stands on: ``session`` (the workspace's tables
  and the one ``Selection``), ``task`` (background work), ``entity_types`` (type
  names and colours), ``files`` (export paths) and ``preview`` (run a view alone on
  the sample: ``python -m explorer.gui.timeline.view``).
"""
