"""Parts of the entity sidebar: its tree model, the filter the box drives, and the right-click exports.

The widget itself is ``explorer.gui.entity_sidebar.EntitySidebar``.
"""
