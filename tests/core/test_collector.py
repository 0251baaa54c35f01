"""The collector's pause is one for the process: a background load ending must not end an edit's pause."""

from __future__ import annotations

import gc
import threading

from explorer.core.collector import collector_paused


def test_a_pause_ending_in_another_thread_leaves_the_collector_off_until_the_last_pause_ends():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def background_load():
        with collector_paused(freeze="never"):
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=background_load)
    worker.start()
    inside.wait(5)
    with collector_paused(freeze="never"):  # the edit on the GUI thread starts while the load is running
        release.set()
        worker.join(5)  # the load ends in the middle of the edit
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_stays_off_after_a_pause_when_it_was_off_before():
    gc.disable()
    try:
        with collector_paused(freeze="never"):
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
