"""Cross-source clusters: events in different documents that report one happening.

The entry point is ``cluster.cluster_events``: documents that tell the same
happening are grouped (``documents``, by TF-IDF cosine over ``terms`` and average
``linkage``), the events in each group that tell it are picked (``happening``),
and each cluster gets a readable label and its dates (``labels``). The method
and its measured figures are in docs/clusters.md.
"""
