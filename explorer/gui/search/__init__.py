"""The search panel: full-text search over the workspace's documents.

The widget is ``view.SearchPanel``; the search itself is ``explorer.core.store.search``.
"""
