"""Where the graph's labels (of nodes and of edges) go and how big its nodes are, in screen pixels; Qt-free.

Nodes grow with the square root of their mentions, smaller all round when
thousands share the view. Labels claim space in a fixed order (the selected
entities, the most mentioned, the selected's neighbours, then the rest) and each
takes the first spot beside its node that keeps it whole on screen, off other
labels and off other nodes; a label that fits nowhere is not shown, so zooming in,
which draws the nodes apart, reveals more. Edge labels (a verb and its date) come
after, the strongest edges first, each at its edge's middle where it covers no
node and no other label.
"""

from __future__ import annotations

import numpy as np

LABEL_CANDIDATES = 200  # labels tried per redraw, most mentioned first; the rest show as zoom makes room
MUST_LABEL = 10  # the most mentioned entities are labelled even where nodes crowd them
NODE_SIZES = (7.0, 38.0)  # pixel diameters of the least and the most mentioned node, a hundred or so nodes drawn
CROWDED_SIZES = (4.0, 14.0)  # the same with thousands


def node_sizes(mentions: np.ndarray) -> np.ndarray:
    """Pixel diameters growing with the square root of mentions; smaller all round when many nodes share the view."""
    count = len(mentions)
    high = float(np.clip(NODE_SIZES[1] * np.sqrt(150 / max(count, 1)), CROWDED_SIZES[1], NODE_SIZES[1]))
    low = NODE_SIZES[0] if count <= 300 else CROWDED_SIZES[0]
    root = np.sqrt(np.maximum(mentions, 1))
    return low + (high - low) * (root - 1) / max(root.max(initial=1) - 1, 1)


def by_mentions(mentions: np.ndarray) -> np.ndarray:
    """Node indices, most mentioned first (ties in graph order)."""
    return np.lexsort((np.arange(len(mentions)), -mentions))


def label_order(ranked: np.ndarray, selected: list[int], neighbours: set[int]) -> tuple[np.ndarray, set[int]]:
    """Who claims label space first, and who must be labelled even over nodes.

    ``ranked`` is ``by_mentions``'s order; the selected entities come first, then
    the ``MUST_LABEL`` most mentioned, then up to ``LABEL_CANDIDATES`` of the
    selected's ``neighbours`` (most mentioned first), then everyone else.
    """
    rank = np.empty(len(ranked), dtype=int)
    rank[ranked] = np.arange(len(ranked))
    near = sorted(neighbours, key=rank.__getitem__)
    top = ranked[:MUST_LABEL].tolist()
    order = dict.fromkeys(selected + top + near[:LABEL_CANDIDATES] + ranked.tolist())
    return np.fromiter(order, dtype=int, count=len(order)), set(selected) | set(top)


def label_places(centres: np.ndarray, radius: np.ndarray, obstacle: np.ndarray, in_view: np.ndarray,
                 candidates, sizes: dict, must: set[int], screen: tuple) -> dict[int, tuple]:
    """Where each candidate's label goes: {node: (text anchor, offset in pixels, whether it lies over nodes,
    its box in pixels)}.

    Greedy in the candidates' order, in pixels (y down): the first spot beside
    the node (``_label_spots``) that stays on ``screen`` and overlaps neither a
    label already placed nor another node's ``obstacle`` disc, so every label
    reads whole; candidates in ``must``, if boxed in by nodes, go over them.
    """
    nodes = np.hstack((centres - obstacle[:, None], centres + obstacle[:, None]))
    visible = nodes[in_view]
    taken = np.empty((0, 4))
    places = {}
    for index in candidates:
        spots = [spot for spot in _label_spots(centres[index], radius[index], sizes[index]) if _inside(spot[0], screen)]
        free = [spot for spot in spots if not (_hits(spot[0], taken) or _hits(spot[0], visible, nodes[index]))]
        over_nodes = not free and index in must
        if over_nodes:
            free = [spot for spot in spots if not _hits(spot[0], taken)]
        if free:
            box, anchor, offset = free[0]
            taken = np.vstack((taken, box))
            places[int(index)] = (anchor, offset, over_nodes, box)
    return places


def _label_spots(centre: np.ndarray, radius: float, size: np.ndarray):
    """(box in pixels, text anchor, offset of the anchor from the node in pixels), nearest spots first.

    Below, above, right, left, then the four corners.
    """
    (cx, cy), (w, h) = centre, size
    corner = radius * 0.7
    for (ax, ay), (dx, dy) in (((0.5, 0), (0, radius)), ((0.5, 1), (0, -radius)), ((0, 0.5), (radius, 0)),
                               ((1, 0.5), (-radius, 0)), ((0, 0), (corner, corner)), ((0, 1), (corner, -corner)),
                               ((1, 0), (-corner, corner)), ((1, 1), (-corner, -corner))):
        left, top = cx + dx - ax * w, cy + dy - ay * h
        yield (left, top, left + w, top + h), (ax, ay), (dx, dy)


def _inside(box: tuple[float, float, float, float], screen: tuple[float, float, float, float]) -> bool:
    return screen[0] <= box[0] and box[2] <= screen[2] and screen[1] <= box[1] and box[3] <= screen[3]


def _hits(box: tuple[float, float, float, float], boxes: np.ndarray, index_box: np.ndarray | None = None) -> bool:
    """Whether ``box`` overlaps a row (x0, y0, x1, y1) of ``boxes`` other than ``index_box`` (the label's own node)."""
    hit = (boxes[:, 0] < box[2]) & (box[0] < boxes[:, 2]) & (boxes[:, 1] < box[3]) & (box[1] < boxes[:, 3])
    if index_box is not None:
        hit &= (boxes != index_box).any(axis=1)
    return bool(hit.any())


EDGE_LABEL_CANDIDATES = 80  # edge labels tried per redraw, the strongest first


EDGE_LABEL_SPOTS = (0.5, 0.35, 0.65)  # where along its edge a label may sit: the middle first


def edge_label_places(ends: np.ndarray, sizes: dict, candidates, taken: list, nodes: np.ndarray,
                      screen: tuple) -> dict[int, tuple[float, float, float, float]]:
    """Where each candidate edge's label goes: {edge: its box in pixels, centred on a point of the edge}.

    ``ends``: per edge its two ends in pixels (edges, 2, 2). Greedy in the candidates'
    order (the strongest edges first), in pixels (y down): a label sits at the edge's
    middle, else a third of the way from either end, and is shown only whole on
    ``screen``, off the node labels already placed (``taken`` boxes), off the other
    edge labels and off every node's disc (``nodes``, boxes x0, y0, x1, y1), so the
    edges' words never cover the entities' names; zooming in makes room for more.
    """
    boxes = np.array(taken, dtype=float).reshape(-1, 4)
    places = {}
    for edge in candidates:
        (w, h), (a, b) = sizes[edge], ends[edge]
        for t in EDGE_LABEL_SPOTS:
            cx, cy = a + (b - a) * t
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if _inside(box, screen) and not _hits(box, boxes) and not _hits(box, nodes):
                boxes = np.vstack((boxes, box))
                places[int(edge)] = box
                break
    return places
