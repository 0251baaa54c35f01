"""The event table: every event in view as a sortable, filterable, exportable row.

The widget is ``view.EventTable``, over ``table_model.EventTableModel``; the
right-click notes, tags and Compare Sources are ``edit_actions``.
"""
