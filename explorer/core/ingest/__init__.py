"""Ingest: turn files and folders of news articles into Documents.

``read_documents`` is the entry point; it decodes text in any common encoding,
reduces web pages to text, applies metadata sidecars, marks page furniture, and
sets each document's outlet and reference date (with the basis for it), naming
every file it had to skip and why.
"""

from explorer.core.ingest.discover import FoundFile, discover_files
from explorer.core.ingest.reader import read_documents
from explorer.core.ingest.results import IngestResult, Skipped

__all__ = ["FoundFile", "IngestResult", "Skipped", "discover_files", "read_documents"]
