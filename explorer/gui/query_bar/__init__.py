"""The query bar (one line of fields and text over every view), its facet panel and saved queries."""
