"""The analyst's own edits: decisions stored beside extraction and applied over it.

Extraction's rows are never overwritten. An edit (merge, rename, split an alias,
hide, change a type, correct a publication date, note or tag an event) is a
decision saved in the workspace's ``edits`` table; ``apply_edits`` replays the
decisions over freshly loaded or freshly extracted tables, so re-running
extraction keeps the analyst's work.
"""

from explorer.core.edits.apply import apply_edits
from explorer.core.edits.decisions import Edit

__all__ = ["Edit", "apply_edits"]
