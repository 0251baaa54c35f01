"""What ``explorer info`` says of a workspace: its counts and what the case is about, as the analyst's decisions
leave them.

When no decision in force changes the tables it reads (``table_stream.changes_table``: a star, a saved view),
the counts and the summary are answered by SQL without loading anything (``table_counts``,
``workspace_summary``: fast at millions of rows). When one does (a rename or a merge changes the entities, a
date correction the documents and events), the workspace is loaded with the decisions applied, as
``explorer export`` and the window do: a renamed entity is listed by its new name, merged ones once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from explorer.core.model import TABLE_COLUMNS, Tables
from explorer.core.store.table_stream import changes_table
from explorer.core.store.workspace import load_edits, load_workspace, table_counts, workspace_summary


@dataclass
class CaseSummary:
    """``counts``: rows per table; ``summary``: as ``workspace_summary`` returns it; ``edits``: how many
    decisions the workspace holds."""

    counts: dict[str, int]
    summary: dict
    edits: int


def case_summary(path: str | Path, problems: list[str] | None = None, documents: int = 20,
                 entities: int = 8) -> CaseSummary:
    """The counts and summary of the workspace at ``path`` with the analyst's decisions applied.

    ``documents`` and ``entities``: how many documents and most mentioned entities the summary lists.
    Decisions that cannot be read or applied are said in ``problems``, once each. Raises ``WorkspaceError``
    naming the file when it is not a readable workspace.
    """
    found: list[str] = []
    edits = load_edits(path, found)
    if not any(changes_table(edits, table) for table in TABLE_COLUMNS):
        if problems is not None:
            problems.extend(found)
        return CaseSummary(table_counts(path), workspace_summary(path, documents, entities), len(edits))
    tables = load_workspace(path, problems=problems)  # (says the unreadable decisions itself)
    return CaseSummary({name: len(frame) for name, frame in tables.items()},
                       summary_of_tables(tables, documents, entities), len(edits))


def summary_of_tables(tables: Tables, documents: int = 20, entities: int = 8) -> dict:
    """``workspace_summary`` of loaded tables: the same keys, the same order (the documents as saved, the
    entities by mentions, ties as saved); entities the analyst hid are not among the most mentioned."""
    docs = tables["documents"].head(documents)
    shown = tables["entities"][tables["entities"]["hidden"] == 0]
    top = shown.sort_values("mention_count", ascending=False, kind="stable").head(entities)
    events = tables["events"]
    starts, ends = _dated(events["date_start"]), _dated(events["date_end"])
    undated = int(((events["date_start"] == "") & (events["date_end"] == "")).sum())
    return {"documents": list(docs[["name", "title", "source", "published", "published_basis"]]
                              .itertuples(index=False, name=None)),
            "top_entities": list(zip(top["name"], top["mention_count"].astype(int))),
            "first_date": starts.min() if len(starts) else "", "last_date": ends.max() if len(ends) else "",
            "undated_events": undated}


def _dated(dates: pd.Series) -> pd.Series:
    """The dates given (ISO text, so they sort as strings), the empty ones left out."""
    return dates[dates != ""].astype(str)
