"""Exports of the event model's tables: CSV, JSON and Parquet."""

from explorer.core.export.formats import EXPORT_FORMATS, export_table

__all__ = ["EXPORT_FORMATS", "export_table"]
