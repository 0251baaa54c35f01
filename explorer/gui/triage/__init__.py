"""Triage: star, flag and mark reviewed events and documents (``mark_actions``), and show only the events
with a mark (``mark_filter``). The marks are the analyst's decisions, made through ``session.do_edit``."""
