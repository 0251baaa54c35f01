"""The workspace file: one SQLite database holding a case's documents and event model."""

from explorer.core.store.workspace import (WORKSPACE_SUFFIX, load_workspace, read_meta, save_workspace,
                                          table_counts, workspace_summary)

__all__ = ["WORKSPACE_SUFFIX", "load_workspace", "read_meta", "save_workspace", "table_counts", "workspace_summary"]
