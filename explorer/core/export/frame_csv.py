"""CSV for any DataFrame, not only one of the event model's named tables.

``formats.write_csv`` knows each column's kind from the table's name. Selection
exports add columns of their own (document name, participant names, ...), so this
writer takes each cell's kind from the value itself, with the same rules: lists
joined with "; ", text that a spreadsheet would run as a formula made inert,
numbers written as they are; UTF-8, a header row, RFC 4180 quoting, CRLF lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pandas as pd

from explorer.core.export.formats import LIST_SEPARATOR, make_inert


def write_frame_csv(frame: pd.DataFrame, out: str | Path | BinaryIO) -> None:
    """Write ``frame`` as CSV to a path or a binary stream.

    Parameters: ``frame`` any DataFrame whose cells are text, numbers or lists;
    ``out`` a file path (replaced) or a writable binary stream.
    """
    data = frame_to_csv_text(frame).encode("utf-8")
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def frame_to_csv_text(frame: pd.DataFrame) -> str:
    """The CSV text of ``frame``: header plus one CRLF-terminated line per row."""
    cells = frame.copy()
    for column in cells.columns:
        if not pd.api.types.is_numeric_dtype(cells[column]):  # object, str, or pandas' string dtype
            cells[column] = pd.Series([csv_cell(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells.to_csv(index=False, lineterminator="\r\n")


def csv_cell(value: object) -> object:
    """One cell as a spreadsheet should see it: lists joined, formulas inert."""
    if isinstance(value, (list, tuple)):
        return make_inert(LIST_SEPARATOR.join(map(str, value)))
    if isinstance(value, (set, frozenset)):
        return make_inert(LIST_SEPARATOR.join(sorted(map(str, value))))
    if isinstance(value, str):
        return make_inert(value)
    if value is None:
        return ""
    return value
