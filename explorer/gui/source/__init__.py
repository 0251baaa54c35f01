"""The source pane: one document's text with what extraction found in it highlighted.

The widget is ``view.SourcePane``; ``text`` is the read-only text widget (and the
str/UTF-16 offset conversion) it shares with the review's columns, and
``mention_walk`` steps through the selected entities' mentions (F3, Shift+F3).
"""
