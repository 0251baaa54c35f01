"""The SQL schema of a workspace, derived from the model's column lists.

Tables are created from ``explorer.core.model.TABLE_COLUMNS`` so the file and the
DataFrames cannot drift apart. Rows keep their order (rowid tables, read in rowid
order), so a table loads back exactly as it was saved. List columns are stored as JSON arrays. Document
text is indexed with FTS5 (external content, so the text is stored once).
"""

from __future__ import annotations

from explorer.core.model import TABLE_COLUMNS, column_kind

CREATE_EDITS = ("CREATE TABLE IF NOT EXISTS edits (edit_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                "payload TEXT NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL)")

INDEXES = {
    "mentions": ["entity_id", "doc_id"],
    "timexes": ["doc_id"],
    "events": ["doc_id", "cluster_id", "date_start"],
    "furniture": ["doc_id"],
    "relations": ["source", "target"],
}

PRIMARY_KEYS = {
    "documents": "doc_id",
    "entities": "entity_id",
    "mentions": "mention_id",
    "timexes": "timex_id",
    "events": "event_id",
    "clusters": "cluster_id",
}


def create_statements() -> list[str]:
    """Every statement that creates an empty workspace of the current schema."""
    statements = ["CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"]
    for table, columns in TABLE_COLUMNS.items():
        statements.append(_create_table(table, columns))
        for column in INDEXES.get(table, []):
            statements.append(f'CREATE INDEX "ix_{table}_{column}" ON "{table}" ("{column}")')
    statements.append(CREATE_EDITS)
    statements.append(
        "CREATE VIRTUAL TABLE documents_fts USING fts5("
        "title, text, content='documents', content_rowid='rowid', tokenize='unicode61')"
    )
    return statements


SQL_TYPES = {"int": "INTEGER", "float": "REAL"}


def _create_table(table: str, columns: list[str]) -> str:
    key = PRIMARY_KEYS.get(table)
    defs = []
    for column in columns:
        sql_type = SQL_TYPES.get(column_kind(table, column), "TEXT")
        suffix = " NOT NULL UNIQUE" if column == key else " NOT NULL"
        defs.append(f'"{column}" {sql_type}{suffix}')
    return f'CREATE TABLE "{table}" ({", ".join(defs)})'
