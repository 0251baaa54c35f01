"""``core.scratch``: arrays made in kept buffers, never in one an array still views; the spares bounded."""

from __future__ import annotations

import numpy as np

from explorer.core.scratch import Scratch


def _address(array: np.ndarray) -> int:
    return array.__array_interface__["data"][0]


def test_a_buffer_is_given_again_only_when_nothing_views_it():
    scratch = Scratch(spare=64 << 20, least=0)
    first = scratch.zeros(1000, np.float64)
    at = _address(first)
    first[:] = 7.0
    kept_view = first[10:20][::2]  # (a view of a view still holds the buffer)
    del first
    second = scratch.empty(1000, np.float64)
    second_at = _address(second)
    assert second_at != at  # (the first buffer is viewed)
    assert (kept_view == 7.0).all()
    second[:] = 1.0
    assert (kept_view == 7.0).all()  # (never written over)
    del kept_view, second
    third = scratch.empty(500, np.int32)  # smaller, another type: the smallest unviewed buffer that fits
    assert _address(third) == second_at and scratch.held() == 2 * 8000  # (the newest of the two: used last)
    assert third.dtype == np.int32 and third.shape == (500,)


def test_the_spare_buffers_kept_are_bounded_the_newest_first():
    scratch = Scratch(spare=3 * 8000, least=0)
    arrays = [scratch.empty(1000, np.float64) for _ in range(5)]  # 8,000 bytes each, all viewed
    assert scratch.held() == 5 * 8000 and scratch.spare_bytes() == 0
    newest = _address(arrays[-1])
    del arrays
    small = scratch.empty(10, np.uint8)  # (the spares are bounded when the next array is made: it takes one)
    assert scratch.spare_bytes() == 3 * 8000 and scratch.held() == 4 * 8000
    assert _address(small) == newest  # (the newest buffer: the smallest that fits, all the same size)
    del small
    again = [scratch.empty(1000, np.float64) for _ in range(5)]
    assert scratch.held() == 5 * 8000 and len({_address(a) for a in again}) == 5  # (4 spares taken, 1 new)


def test_small_requests_are_plain_arrays_and_take_writes_into_scratch():
    scratch = Scratch(spare=1 << 20, least=4096)
    small = scratch.empty(10, np.int64)
    assert small.base is None and scratch.held() == 0
    values = np.arange(10_000, dtype=np.int64) * 3
    picked = np.array([5, 0, 9_999, 17])
    assert scratch.take(values, picked).tolist() == values[picked].tolist()
    big = scratch.take(values, np.arange(0, 10_000, 2))
    assert big.tolist() == values[::2].tolist() and scratch.held() == big.nbytes


def test_reserved_buffers_are_mapped_ahead_and_taken_by_the_next_requests():
    """``reserve`` (the work after the first window) makes the buffers of a filter ahead, within ``spare``; asked
    again it makes none while they are unviewed; the requests of the size or less are given them."""
    scratch = Scratch(spare=100_000, least=1000)
    assert scratch.reserve([40_000, 8_000, 500, 80_000]) == 88_000  # (the biggest first: 40,000 past what is
    # left; 500: under ``least``, an ordinary array)
    assert scratch.reserve([40_000, 8_000]) == 0  # (40,000 fits the 80,000)
    held = {_address(b) for b in scratch._buffers}
    a, b = scratch.empty(5_000, np.float64), scratch.empty(1_000, np.float64)
    assert {_address(a), _address(b)} == held and scratch.held() == 88_000
    assert scratch.reserve([40_000]) == 40_000  # (the reserved ones are in use: a new one)
    del a, b
    scratch.trim()  # (the spares kept from a reservation on: what it reserved, one filter's, at most)
    assert scratch.spare_bytes() <= 40_000 and scratch.spare == 40_000
