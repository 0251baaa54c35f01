"""Arrays worked out from a workspace's tables, kept in its columnar cache folder and mapped at the next opening.

Some of what the first window draws depends on the tables alone and costs seconds to work out at ten million
events (the timeline's per-event extents and ranks, its document lanes and their whole layout: ~3 s of the first
window, Run s14b). ``write_arrays`` keeps such arrays in one file beside the tables' ``TABLE.arrow`` files
(``column_cache.cache_folder``), stamped with the content stamps of the tables they were worked out from
(``column_cache.content_stamp``: a save changes them, so a file worked out from other tables is never read);
``read_arrays`` maps it read-only (``mmap``: nothing is copied, a page is read from the OS cache when first used).

Like the columnar cache, the file is never the only copy of anything: it is worked out again from the tables when
it is missing, stale, truncated or shaped otherwise (the reader returns None, the caller works the arrays out and
writes the file again, off the GUI thread). The file's name holds a digest of its stamp, so a new version is a new
file: a window still mapping the old one (Windows forbids replacing or deleting a mapped file) never blocks the
write; old versions are deleted where the system allows it, else at a later write. Data only: reading runs nothing
from the file (no pickle), and what the arrays must satisfy (row numbers in range) is checked by their reader.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import uuid
from pathlib import Path

import numpy as np

from explorer.core.store.column_cache import cache_folder, delete_unmapped

DERIVED_FORMAT = "1"  # bumped when the file's layout changes: older files are then not read (their name differs)
MAGIC = b"EXPLARR1"
ALIGN = 64  # each array starts at a multiple of this many bytes (numpy reads aligned data fastest)
SUFFIX = ".arrays"


def derived_stamp(name: str, table_stamps: dict[str, str], version: str = "") -> str:
    """The stamp of ``name``'s arrays worked out from tables stamped ``table_stamps`` (by table), by code of
    ``version`` (the caller's: bumped when what it works out changes)."""
    return json.dumps([DERIVED_FORMAT, name, version, sorted(table_stamps.items())])


def derived_file(workspace: str | Path, name: str, stamp: str) -> Path:
    """Where ``name``'s arrays stamped ``stamp`` are kept: the columnar cache's folder, a name per stamp."""
    digest = hashlib.sha1(stamp.encode()).hexdigest()[:16]
    return cache_folder(workspace) / f"{name}.{digest}{SUFFIX}"


def write_arrays(workspace: str | Path, name: str, stamp: str, arrays: dict[str, np.ndarray],
                 make_folder: bool = False) -> bool:
    """Keep ``arrays`` (numbers and booleans of any shape; object arrays of ``str`` as text) as ``name``'s file
    stamped ``stamp``, written beside its final name and renamed into place; older versions of ``name`` deleted
    where they can be. Only where the workspace has a columnar cache folder (a case big enough for one), or with
    ``make_folder`` (the caller knows it is: the first opening, whose tables' files are being written beside). Returns
    whether it was written (a full or read-only disk is no error: the arrays are worked out again next time)."""
    folder = cache_folder(workspace)
    try:
        if make_folder:
            folder.mkdir(exist_ok=True)
    except OSError:
        return False
    if not folder.is_dir():
        return False
    final = derived_file(workspace, name, stamp)
    partial = folder / f".{final.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial"
    parts, entries, at = [], {}, 0
    for key, array in arrays.items():
        if array.dtype == object:  # text: its UTF-8 bytes and where each value starts (Arrow's layout)
            offsets, data = _text_buffers(array)
            for part_key, part in ((f"{key}\0offsets", offsets), (f"{key}\0bytes", data)):
                entries[part_key], at = _entry(part, at), at + _padded(part.nbytes)
                parts.append(part)
            entries[key] = {"text": len(array)}
            continue
        array = np.ascontiguousarray(array)
        entries[key], at = _entry(array, at), at + _padded(array.nbytes)
        parts.append(array)
    header = json.dumps({"stamp": stamp, "arrays": entries, "data": at}).encode()
    start = _padded(len(MAGIC) + 8 + len(header))
    try:
        with open(partial, "wb") as sink:
            sink.write(MAGIC + len(header).to_bytes(8, "little") + header)
            sink.write(b"\0" * (start - sink.tell()))
            for part in parts:
                sink.write(part.data.cast("B") if part.nbytes else b"")
                sink.write(b"\0" * (_padded(part.nbytes) - part.nbytes))
        os.replace(partial, final)
    except OSError:
        return False
    finally:
        partial.unlink(missing_ok=True)
    delete_unmapped(old for old in folder.glob(f"{name}.*{SUFFIX}") if old != final)  # (one a window maps: later)
    return True


def read_arrays(workspace: str | Path, name: str, stamp: str) -> dict[str, np.ndarray] | None:
    """``name``'s arrays stamped ``stamp``, mapped read-only from the file (text values decoded into object arrays
    of ``str``), or None when the file is missing, stale, truncated or shaped otherwise (then work them out)."""
    file = derived_file(workspace, name, stamp)
    try:
        with open(file, "rb") as source:
            mapped = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, empty
        return None
    try:
        if mapped[:len(MAGIC)] != MAGIC:
            return None
        size = int.from_bytes(mapped[len(MAGIC):len(MAGIC) + 8], "little")
        header = json.loads(mapped[len(MAGIC) + 8:len(MAGIC) + 8 + size].decode())
        start = _padded(len(MAGIC) + 8 + size)
        if header.get("stamp") != stamp or start + int(header["data"]) != len(mapped):
            return None
        entries = header["arrays"]
        arrays: dict[str, np.ndarray] = {}
        for key, entry in entries.items():
            if "\0" in key:
                continue
            if "text" in entry:
                arrays[key] = _texts(int(entry["text"]), _array(mapped, start, entries[f"{key}\0offsets"]),
                                     _array(mapped, start, entries[f"{key}\0bytes"]))
                continue
            arrays[key] = _array(mapped, start, entry)
        return arrays
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OverflowError, AttributeError, _arrow_error()):
        return None


def _text_buffers(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An object array of ``str`` as Arrow's large-string buffers: (n + 1 offsets, the UTF-8 bytes)."""
    import pyarrow as pa

    texts = pa.array(values.tolist(), type=pa.large_string())
    _validity, offsets, data = texts.buffers()
    offsets = np.frombuffer(offsets, dtype=np.int64, count=len(values) + 1) if len(values) else np.zeros(1, np.int64)
    data = np.frombuffer(data, dtype=np.uint8, count=int(offsets[-1])) if data is not None and offsets[-1] else \
        np.empty(0, np.uint8)
    return offsets, data


def _texts(count: int, offsets: np.ndarray, data: np.ndarray) -> np.ndarray:
    """The object array of ``str`` of ``_text_buffers``' buffers (ValueError when they are not valid UTF-8 text
    with ``count`` values)."""
    import pyarrow as pa

    if offsets.dtype != np.int64 or len(offsets) != count + 1:
        raise ValueError("text offsets of another shape")
    texts = pa.LargeStringArray.from_buffers(count, pa.py_buffer(offsets), pa.py_buffer(data))
    texts.validate(full=True)  # (offsets in order and in range, UTF-8: what is not is never decoded)
    return texts.to_numpy(zero_copy_only=False).astype(object, copy=False)


def _arrow_error() -> type[Exception]:
    import pyarrow as pa

    return pa.ArrowException


def _entry(array: np.ndarray, at: int) -> dict:
    return {"dtype": array.dtype.str, "shape": list(array.shape), "offset": at}


def _array(mapped: mmap.mmap, start: int, entry: dict) -> np.ndarray:
    """One array over the map (read-only: the map is); ValueError when it does not fit in the file."""
    dtype = np.dtype(entry["dtype"])
    if dtype.hasobject:
        raise ValueError("object arrays are never read from a file")
    shape = tuple(int(n) for n in entry["shape"])
    count = int(np.prod(shape, dtype=np.int64)) if shape else 1
    offset = start + int(entry["offset"])
    if count < 0 or offset < start or offset + count * dtype.itemsize > len(mapped):
        raise ValueError("an array past the file's end")
    if not count:
        return np.empty(shape, dtype=dtype)
    return np.frombuffer(mapped, dtype=dtype, count=count, offset=offset).reshape(shape)


def _padded(size: int) -> int:
    return -(-size // ALIGN) * ALIGN
