"""The entity page's back and forward: the entities it showed, as a browser keeps pages.

Qt-free. Opening an entity drops what was ahead of the current one; going back and forward moves
along the list without changing it.
"""

from __future__ import annotations


class History:
    """The entities shown, and which one is current."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._at = -1

    def open(self, entity_id: str) -> None:
        """A new page: kept after the current one, with what was ahead of it dropped."""
        if self.current() == entity_id:
            return
        self._ids = self._ids[:self._at + 1] + [entity_id]
        self._at = len(self._ids) - 1

    def current(self) -> str | None:
        return self._ids[self._at] if self._at >= 0 else None

    def can_go(self, by: int) -> bool:
        return 0 <= self._at + by < len(self._ids)

    def go(self, by: int) -> str | None:
        """The entity ``by`` pages back (negative) or forward; None when there is none."""
        if not self.can_go(by):
            return None
        self._at += by
        return self._ids[self._at]

    def replace(self, old: str, new: str) -> None:
        """An entity merged into another: its pages show the survivor."""
        self._ids = [new if e == old else e for e in self._ids]

    def clear(self) -> None:
        self._ids, self._at = [], -1
