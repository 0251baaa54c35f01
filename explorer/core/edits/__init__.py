"""The analyst's own edits: decisions stored beside extraction and applied over it.

Extraction's rows are never overwritten. An edit (merge, rename, split an alias,
hide, change a type, correct a publication date, note or tag an event; each kind
registered once, in ``kinds``) is a decision saved in the workspace's ``edits``
table; ``apply_edits`` replays the decisions over freshly loaded or freshly
extracted tables, so re-running extraction keeps the analyst's work, and
``apply_edit`` applies one new decision forward, copying only the tables it changes
(``apply_forward``: through an ``EditIndex``, reading only the rows it changes).
"""

from explorer.core.edits.apply import apply_edit, apply_edits, apply_forward, changed_tables
from explorer.core.edits.decisions import Edit
from explorer.core.edits.index import EditIndex

__all__ = ["EditIndex", "Edit", "apply_edit", "apply_edits", "apply_forward", "changed_tables"]
