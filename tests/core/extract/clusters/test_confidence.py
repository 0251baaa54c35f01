"""A cluster's confidence must not depend on the order a set of document ids is iterated in: that order
changes with each process's string hashing, so two engines (one process, two workers, Dask) building the
same corpus wrote clusters whose confidence differed in the third decimal."""

from __future__ import annotations

import itertools

from explorer.core.extract.clusters.evidence import confidence


class _InOrder(set):
    """A set iterated in a chosen order (as another process's hashing might iterate it)."""

    def __init__(self, order):
        super().__init__(order)
        self._order = list(order)

    def __iter__(self):
        return iter(self._order)


def test_a_clusters_confidence_is_the_same_in_every_order_of_its_documents():
    # four documents whose strongest links are these: a plain sum reads 0.57 in some orders, 0.571 in others
    strongest = {"d1": 0.844, "d2": 0.758, "d3": 0.421, "d4": 0.259}
    part = [{"doc_id": doc, "event_id": f"e_{doc}"} for doc in strongest]
    best = {(f"e_{doc}", other): value for doc, value in strongest.items() for other in strongest if other != doc}
    values = {confidence(part, best, _InOrder(order)) for order in itertools.permutations(strongest)}
    assert len(values) == 1, values
