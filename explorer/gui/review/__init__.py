"""The side-by-side review: every source of a cluster in its own column, disagreements on top.

The window is ``view.ReviewWindow``; each source is a ``column.ReviewColumnPane``.
What it shows is computed by ``explorer.core.review``.
"""
