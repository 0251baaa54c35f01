"""The worker plugin that loads the spaCy model once per worker process.

Registered by the client when it connects, it runs on every worker that is up and
on every worker that joins later (a restarted one included), so the first
partition a worker takes does not pay for the model; the model stays in that
process (``nlp.load_pipeline`` is its cache) and is never sent anywhere.
"""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class ModelPlugin(WorkerPlugin):
    """Load Explorer's pipeline when a worker starts."""

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed's Worker
        from explorer.core.extract.nlp import load_pipeline

        load_pipeline()
