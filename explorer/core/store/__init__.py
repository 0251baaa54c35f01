"""The workspace file: one SQLite database holding a case's documents and event model."""

from explorer.core.store.edits_store import append_edit, remove_edit
from explorer.core.store.locks import building
from explorer.core.store.opening import check_workspace
from explorer.core.store.workspace import (LATER_TABLES, WINDOW_TABLES, WORKSPACE_SUFFIX, applicable_edits, applicable_edits_over, load_edits,
                                          load_workspace,
                                          read_meta, replace_workspace, save_workspace, table_counts,
                                          workspace_summary)

__all__ = ["LATER_TABLES", "WINDOW_TABLES", "WORKSPACE_SUFFIX", "append_edit", "applicable_edits", "applicable_edits_over", "building", "check_workspace", "load_edits", "load_workspace",
           "read_meta", "remove_edit", "replace_workspace", "save_workspace", "table_counts", "workspace_summary"]
