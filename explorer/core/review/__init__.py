"""The review of a cluster: its sources side by side, and where they disagree.

The entry point is ``compare.build_review(tables, cluster_id)``, which gathers each
document's passages and mentions and states the disagreements (dates, who is named,
numbers). The window (``gui.review``) and the exports (``core.export.review``) both
show its answer. It reads the cluster rules' notion of a named happening
(``extract.clusters.labels``), so it sits above the extraction packages.
"""
