"""Arrays kept beside the columnar cache (``derived_cache``): read back mapped and equal, never read under another
stamp or from a damaged file, written only where the cache folder is, and a new version never written over a file a
reader still maps."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.store.column_cache import cache_folder
from explorer.core.store.derived_cache import derived_file, derived_stamp, read_arrays, write_arrays

ARRAYS = {"x": np.linspace(0, 1, 1001), "rows": np.arange(77, dtype=np.int32), "marks": np.array([True, False]),
          "grid": np.arange(12, dtype=np.int16).reshape(3, 4), "none": np.empty(0, dtype=np.int64),
          "texts": np.array(["a", "é t", "", "日付"], dtype=object), "no_texts": np.empty(0, dtype=object)}


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "case.explorer"
    path.touch()
    cache_folder(path).mkdir()
    return path


def _assert_same(found: dict, expected: dict) -> None:
    assert set(found) == set(expected)
    for name, array in expected.items():
        assert found[name].dtype == array.dtype and found[name].shape == array.shape, name
        assert found[name].tolist() == array.tolist(), name


def test_arrays_written_are_read_back_equal_and_mapped_read_only(workspace):
    stamp = derived_stamp("timeline", {"events": "e1", "documents": "d1"}, "1")
    assert write_arrays(workspace, "timeline", stamp, ARRAYS)
    found = read_arrays(workspace, "timeline", stamp)
    _assert_same(found, ARRAYS)
    assert not found["x"].flags.writeable and not found["rows"].flags.owndata  # (a view of the map)


def test_another_stamp_or_version_is_not_read(workspace):
    stamp = derived_stamp("timeline", {"events": "e1"}, "1")
    write_arrays(workspace, "timeline", stamp, ARRAYS)
    assert read_arrays(workspace, "timeline", derived_stamp("timeline", {"events": "e2"}, "1")) is None
    assert read_arrays(workspace, "timeline", derived_stamp("timeline", {"events": "e1"}, "2")) is None
    # a file whose name fits but whose header says another stamp (copied over by hand) is not read either
    other = derived_stamp("timeline", {"events": "e3"}, "1")
    derived_file(workspace, "timeline", stamp).replace(derived_file(workspace, "timeline", other))
    assert read_arrays(workspace, "timeline", other) is None


@pytest.mark.parametrize("damage", ["empty", "truncated", "longer", "magic", "header", "text"])
def test_a_damaged_file_is_not_read(workspace, damage):
    stamp = derived_stamp("timeline", {"events": "e1"}, "1")
    write_arrays(workspace, "timeline", stamp, ARRAYS)
    file = derived_file(workspace, "timeline", stamp)
    data = bytearray(file.read_bytes())
    if damage == "empty":
        data = bytearray()
    elif damage == "truncated":
        data = data[:-100]
    elif damage == "longer":
        data += b"\0" * 64
    elif damage == "magic":
        data[:4] = b"XXXX"
    elif damage == "header":
        data[16:30] = b"}" * 14
    else:  # the texts' bytes no longer UTF-8
        at = data.index("日付".encode())
        data[at] = 0xFF
    file.write_bytes(bytes(data))
    assert read_arrays(workspace, "timeline", stamp) is None


def test_nothing_is_written_without_a_cache_folder(tmp_path):
    path = tmp_path / "small.explorer"
    path.touch()
    assert not write_arrays(path, "timeline", "s", ARRAYS)
    assert not cache_folder(path).exists()


def test_a_new_version_is_a_new_file_and_a_reader_of_the_old_keeps_its_arrays(workspace):
    old_stamp, new_stamp = (derived_stamp("timeline", {"events": e}, "1") for e in ("e1", "e2"))
    write_arrays(workspace, "timeline", old_stamp, ARRAYS)
    held = read_arrays(workspace, "timeline", old_stamp)  # (a window showing the old tables maps it)
    newer = {**ARRAYS, "x": ARRAYS["x"] * 2}
    assert write_arrays(workspace, "timeline", new_stamp, newer)
    assert derived_file(workspace, "timeline", new_stamp) != derived_file(workspace, "timeline", old_stamp)
    _assert_same(held, ARRAYS)  # the old map's arrays as they were
    _assert_same(read_arrays(workspace, "timeline", new_stamp), newer)
    assert not derived_file(workspace, "timeline", old_stamp).exists()  # (deleted where the system allows it)
