"""Building a workspace from paths: ingest → extract → store, the app's main job.

The entry point is ``local.build_workspace(inputs, output, workers=...)``: it reads
the files and folders (``core.ingest``), extracts them in this process or a pool of
worker processes (``core.extract``), and saves the workspace atomically
(``core.store``), keeping the analyst's decisions from the file it replaces. The
command line and the GUI both call it; ``core.distributed`` does the same on a Dask
cluster and shares its ``BuildResult``.
"""
