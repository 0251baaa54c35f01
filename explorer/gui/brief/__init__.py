"""File ▸ Export Brief…: the selection handed on as a self-contained HTML page or a PDF (``core.export.brief``)."""
