"""Extraction on a Dask cluster: the same workspace as one process, for corpora of millions.

The map runs on workers, a partition of files at a time: ``partition.ingest_partition``
reads files into documents, ``partition.extract_partition`` runs the model over them;
each writes its rows as Parquet shards under a staging folder beside the output
(``shards``), named from their content so a re-run skips what is already written.
The reduce (``reduce``) does the corpus-level steps: the counting group-bys of entity
resolution on the cluster, the rest on the client with the single-process code, and
one writer saves the workspace. ``engine.build_workspace_dask`` puts it together.
"""

from explorer.core.distributed.engine import build_workspace_dask

__all__ = ["build_workspace_dask"]
