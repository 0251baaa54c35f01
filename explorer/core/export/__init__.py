"""Exports of the event model's tables and of selections: CSV, JSON and Parquet, from one registry."""

from explorer.core.export.formats import (
    EXPORT_FORMATS,
    ExportFormat,
    export_frame,
    export_frame_chunks,
    export_table,
    export_table_chunks,
    format_for_path,
    selection_formats,
)

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export_frame", "export_frame_chunks", "export_table",
           "export_table_chunks", "format_for_path", "selection_formats"]
