"""Explorer: a desktop timeline and relationship explorer for analysts who read news.

The package has two layers: ``explorer.core`` (ingest, extraction, the workspace
store and exports; no Qt) and ``explorer.gui`` (the Qt application over the core).
"""

__version__ = "0.1.0"
