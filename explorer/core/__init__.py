"""The Qt-free core of Explorer: documents in, event model out, workspace on disk.

Nothing under this package may import PySide6, pyqtgraph or ``explorer.gui``;
an import-linter contract in ``pyproject.toml`` enforces it in the test suite.
"""
