"""The entity page: everything about one entity on one page (issue 20).

Double-clicking an entity (the sidebar, a graph node, a mention in the source pane) asks the window
(``Session.request_entity_page``) to show its page: every mention in reading order, where its name,
type and surface forms came from, its events on a small timeline and its strongest relations.
"""
