"""Arrowheads on the graph's directed edges, in view coordinates; Qt-free (numpy).

A verb's relation runs from its agent to its patient (``core.graph.verb_edges``
gives each edge the ends its verbs point at). The head is a triangle whose tip
touches the patient's disc: nodes are drawn in screen pixels whatever the zoom,
so the triangles are worked out in pixels and turned back into view units after
every zoom or pan (one vectorised pass over the directed edges: cheap beside a
label placement). An edge whose verbs point both ways gets a head at each end.
"""

from __future__ import annotations

import numpy as np

HEAD_AT_B = 1  # the head touches the second node of the pair
HEAD_AT_A = 2  # the first; both bits: a head at each end
ARROW_LENGTH_PX = 9.0  # of the thinnest edge's head; a thicker edge gets a longer one
ARROW_GROWTH = 1.4  # pixels of length per pixel of edge width


def head_codes(pairs: np.ndarray, entity_ids: list[str], heads: list[list[str]]) -> np.ndarray:
    """Per edge (row of ``pairs``, node indices), which ends carry a head: ``HEAD_AT_B`` | ``HEAD_AT_A``, 0 for none.

    ``heads`` holds, per edge, the entity ids its verbs point at (``graph.es["heads"]``).
    """
    codes = np.zeros(len(pairs), dtype=int)
    for edge, targets in enumerate(heads):
        if targets:
            a, b = entity_ids[pairs[edge, 0]], entity_ids[pairs[edge, 1]]
            codes[edge] = (HEAD_AT_B if b in targets else 0) | (HEAD_AT_A if a in targets else 0)
    return codes


def arrow_triangles(xy: np.ndarray, sizes: np.ndarray, pairs: np.ndarray, codes: np.ndarray, widths: np.ndarray,
                    pixel_size: tuple[float, float]) -> np.ndarray:
    """The heads as triangles in view coordinates: an array (heads, 3, 2) of tip, left and right corners.

    ``sizes`` are the nodes' pixel diameters, ``widths`` each edge's pen width in pixels, ``pixel_size`` the
    view units per pixel (x, y). A head's tip sits one pixel off the disc of the node it points at.
    """
    scale = np.abs(np.asarray(pixel_size, dtype=float))
    ends = [(pairs[codes & HEAD_AT_B != 0], widths[codes & HEAD_AT_B != 0]),
            (pairs[codes & HEAD_AT_A != 0][:, ::-1], widths[codes & HEAD_AT_A != 0])]
    from_to = np.vstack([p for p, _ in ends]).reshape(-1, 2)
    width = np.concatenate([w for _, w in ends])
    if not len(from_to):
        return np.empty((0, 3, 2))
    tail, head = xy[from_to[:, 0]] / scale, xy[from_to[:, 1]] / scale  # in pixels
    along = head - tail
    length = np.hypot(along[:, 0], along[:, 1])
    unit = along / np.maximum(length, 1e-9)[:, None]
    across = np.column_stack((-unit[:, 1], unit[:, 0]))
    arrow = ARROW_LENGTH_PX + ARROW_GROWTH * width
    tip = head - unit * (sizes[from_to[:, 1]] / 2 + 1)[:, None]
    back = tip - unit * arrow[:, None]
    half = (0.45 * arrow)[:, None]
    triangles = np.stack((tip, back + across * half, back - across * half), axis=1)
    return triangles[length > 0] * scale
