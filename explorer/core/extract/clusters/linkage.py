"""Average-link agglomerative clustering over a sparse similarity graph, then a split test.

Clusters merge best-first while the average similarity between all their member
pairs reaches a threshold; pairs that are not in the graph count as similarity 0.
Average link, unlike single link, does not chain through one or two similar pairs.

A threshold alone cannot tell one happening told loosely from two similar ones
(two earthquakes in one region, two contract offers to one player): both look
alike at the level of the whole group. So each finished group is then tested from
the top of its merge tree down: where the two halves that were merged last are
much less alike with each other than each is inside (their cross average below
``split_ratio`` times the mean of their inner averages), the group is cut there
and each half tested in turn. A half that is a lone item has no inner average, so
a merge with a lone item is never cut.

Cost is about O(E log E) for E edges (a lazy heap; the smaller neighbour map is
folded into the larger), so callers keep E near-linear by blocking.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Node:
    """A cluster in the merge tree: a lone item, or the merge of two clusters."""

    item: str = ""
    left: Node | None = None
    right: Node | None = None
    size: int = 1
    inside: float = 0.0  # summed similarity of the cluster's own pairs
    cross: float = 0.0  # summed similarity between left and right

    def items(self) -> list[str]:
        out, stack = [], [self]
        while stack:
            node = stack.pop()
            if node.left is None:
                out.append(node.item)
            else:
                stack.extend((node.right, node.left))
        return out

    def cohesion(self) -> float:
        return self.inside / (self.size * (self.size - 1) / 2)


def average_link(
    items: list[str], edges: dict[tuple[str, str], float], threshold: float, split_ratio: float = 0.0,
) -> list[list[str]]:
    """Groups of ``items``; ``edges`` maps an unordered pair (either order, once) to its similarity."""
    groups = []
    for root in merge_tree(items, edges, threshold):
        groups.extend(node.items() for node in split_loose(root, split_ratio))
    return groups


def merge_tree(items: list[str], edges: dict[tuple[str, str], float], threshold: float) -> list[Node]:
    """The roots of the average-link forest cut at ``threshold``."""
    nodes = {item: Node(item) for item in items}
    links: dict[str, dict[str, float]] = defaultdict(dict)  # cluster -> neighbour cluster -> summed similarity
    for (a, b), similarity in edges.items():
        if a != b and a in nodes and b in nodes:
            links[a][b] = links[a].get(b, 0.0) + similarity
            links[b][a] = links[b].get(a, 0.0) + similarity
    heap = [(-total, a, b) for a, near in links.items() for b, total in near.items() if a < b and total >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in nodes or b not in nodes or b not in links[a]:
            continue
        average = links[a][b] / (nodes[a].size * nodes[b].size)
        if abs(average + negative) > 1e-12:
            continue  # stale entry: a size or a sum changed since it was pushed
        kept = _merge(nodes, links, a, b)
        for other, total in links[kept].items():
            score = total / (nodes[kept].size * nodes[other].size)
            if score >= threshold:
                heapq.heappush(heap, (-score, min(kept, other), max(kept, other)))
    return list(nodes.values())


def split_loose(root: Node, split_ratio: float) -> list[Node]:
    """The root, or its parts where the last merges joined halves much less alike than each is inside."""
    parts, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.left is None or node.left.size < 2 or node.right.size < 2:
            parts.append(node)
            continue
        across = node.cross / (node.left.size * node.right.size)
        if across >= split_ratio * (node.left.cohesion() + node.right.cohesion()) / 2:
            parts.append(node)
        else:
            stack.extend((node.right, node.left))
    return parts


def _merge(nodes: dict[str, Node], links: dict[str, dict[str, float]], a: str, b: str) -> str:
    """Join two clusters under a new node; the key kept is the one with more neighbours."""
    keep, gone = (a, b) if len(links[a]) >= len(links[b]) else (b, a)
    left, right = nodes[keep], nodes.pop(gone)
    cross = links[keep].pop(gone)
    nodes[keep] = Node("", left, right, left.size + right.size, left.inside + right.inside + cross, cross)
    for other, total in links.pop(gone).items():
        if other == keep:
            continue
        links[keep][other] = links[keep].get(other, 0.0) + total
        links[other][keep] = links[other].get(keep, 0.0) + total
        del links[other][gone]
    return keep
