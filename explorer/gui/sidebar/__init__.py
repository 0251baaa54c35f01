"""The entity sidebar: entities by type, with counts, a filter box, checks, edits and exports.

The widget is ``view.EntitySidebar``; its parts are the tree model (``tree_model``),
the filter the box drives (``filter_proxy``), the right-click edits (``edit_actions``:
merge, rename, split, hide, change type) and exports (``export_actions``).
"""
