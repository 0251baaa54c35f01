"""The query line: one line that combines fields and full text to narrow the case.

``syntax`` reads a line into terms (or says where it stops making sense), ``dates`` reads
``date:`` values, ``evaluate`` turns the terms into the events they keep (vectorised over
the events table), ``text`` finds free text through the workspace's FTS5 index, ``facets``
counts the values of each field among the events in view, and ``names`` completes entity
names from a sorted array. Plain Python and numpy: the GUI's query bar stands on it.
"""

from explorer.core.query_language.evaluate import QueryContext, free_text
from explorer.core.query_language.syntax import (FIELDS, QuerySyntaxError, Term, format_term, has_term, parse,
                                                 with_term, without_term)

__all__ = ["FIELDS", "QueryContext", "free_text", "QuerySyntaxError", "Term", "format_term", "has_term", "parse", "with_term",
           "without_term"]
