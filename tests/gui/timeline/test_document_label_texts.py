"""The documents' lane labels made column-wise read every kind of cell a documents table holds as the label's text."""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.gui.timeline.labels import DocumentLabels, lane_label


def test_labels_of_string_missing_and_other_cells_are_each_documents_title_source_and_date():
    """A title, else the name, else the id; a missing source or date left out; a number shown as its text:
    whether the columns hold only strings (taken as they are) or not (each made a string)."""
    docs = pd.DataFrame({
        "doc_id": ["d1", "d2", "d3", "d4"],
        "title": ["A  title\nsplit", None, "", "Same"],
        "name": ["n1", "Named", "", "n4"],
        "source": ["BBC", np.nan, 7, "BBC"],
        "published": ["2024-01-02", "", None, "2024-01-03"],
    }, dtype=object)
    labels = DocumentLabels(docs)
    assert labels.keys.tolist() == ["d1", "d2", "d3", "d4"]
    assert labels.plain.tolist() == [lane_label("A  title\nsplit", "BBC", "2024-01-02"), "Named", "d3\n7",
                                     "Same\nBBC · 2024-01-03"]
    only_strings = docs.fillna("").astype(str)
    assert DocumentLabels(only_strings).plain.tolist() == labels.plain.tolist()
