"""The local cluster's workers run without the two Dask defaults that made one worker ~20 % slower than one process."""

from __future__ import annotations

import os

import dask

from explorer.core.distributed.engine import dask_client


def test_local_workers_keep_glibcs_memory_trimming_and_run_no_profiler():
    with dask_client(None, 1) as client:
        # os.getenv, not os.environ.get: a bound method would travel with this process's environ
        (trim,) = client.run(os.getenv, "MALLOC_TRIM_THRESHOLD_").values()
        (profile,) = client.run(dask.config.get, "distributed.worker.profile.enabled").values()
        (omp,) = client.run(os.getenv, "OMP_NUM_THREADS").values()
    assert trim is None  # Dask's default is 65536: glibc returned freed memory after every batch
    assert profile is False  # Dask's default samples the task thread every 10 ms for a dashboard not started
    assert omp == "1"  # the rest of Dask's worker environment is kept
