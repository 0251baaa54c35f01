"""The Qt desktop application over ``explorer.core`` (PySide6 + pyqtgraph).

Views talk through Qt models and one shared selection; the core never imports
this package.
"""
