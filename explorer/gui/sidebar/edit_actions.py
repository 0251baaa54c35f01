"""The analyst's entity edits as menu actions: merge, rename, split an alias off, hide, change type.

Each gesture becomes a decision (``explorer.core.edits.decisions``) handed to
``session.do_edit``, which saves it at once and makes it undoable. The methods
without dialogs (``merge``, ``rename``, ``split``, ``set_hidden``, ``set_type``)
are what the dialogs call, and what tests drive.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from explorer.core.edits import decisions
from explorer.gui.entity_types import ENTITY_TYPES, OTHER, display_name
from explorer.gui.session import Session


class EntityEditActions:
    """Builds the edit part of an entity context menu for a set of selected entity ids."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        self.session = session
        self.parent = parent

    # -- menu ------------------------------------------------------------------------------------
    def add_to_menu(self, menu: QMenu, entity_ids: list[str]) -> None:
        single = entity_ids[0] if len(entity_ids) == 1 else None
        merge = menu.addAction(f"Merge {len(entity_ids)} Entities…", lambda: self._ask_merge(entity_ids))
        merge.setEnabled(len(entity_ids) >= 2)
        rename = menu.addAction("Rename…", lambda: self._ask_rename(single))
        rename.setEnabled(single is not None)
        split_menu = menu.addMenu("Split Alias Off")
        aliases = self._aliases(single) if single else []
        for alias in aliases:
            split_menu.addAction(alias, lambda a=alias: self.split(single, a))
        split_menu.setEnabled(bool(aliases))
        type_menu = menu.addMenu("Change Type")
        for key in [k for k in ENTITY_TYPES if k != OTHER]:
            action = type_menu.addAction(f"{display_name(key)} ({key})", lambda k=key: self.set_type(single, k))
            action.setCheckable(True)
            action.setChecked(single is not None and self.session.entity_types.get(single) == key)
        type_menu.setEnabled(single is not None)
        hidden = [e for e in entity_ids if e in self.session.hidden_entity_ids]
        if hidden:
            menu.addAction("Show" if len(hidden) == 1 else f"Show {len(hidden)} Hidden",
                           lambda: self.set_hidden(hidden, False))
        shown = [e for e in entity_ids if e not in self.session.hidden_entity_ids]
        if shown:
            menu.addAction("Hide" if len(shown) == 1 else f"Hide {len(shown)}", lambda: self.set_hidden(shown, True))

    # -- edits -------------------------------------------------------------------------------------
    def merge(self, entity_ids: list[str], into: str) -> bool:
        """Merge ``entity_ids`` into ``into`` (one of them)."""
        return self.session.do_edit(decisions.merge(entity_ids, into, self._name(into)))

    def rename(self, entity_id: str, name: str) -> bool:
        name = " ".join(name.split())
        if not name or name == self._name(entity_id):
            return False
        return self.session.do_edit(decisions.rename(entity_id, name, self._name(entity_id)))

    def split(self, entity_id: str, alias: str) -> bool:
        return self.session.do_edit(decisions.split(entity_id, alias, self._name(entity_id)))

    def set_hidden(self, entity_ids: list[str], hidden: bool) -> bool:
        return self.session.do_edit(decisions.hide(entity_ids, hidden, self.session.names_of(entity_ids)))

    def set_type(self, entity_id: str, type_: str) -> bool:
        if self.session.entity_types.get(entity_id) == type_:
            return False
        return self.session.do_edit(decisions.set_type(entity_id, type_, self._name(entity_id)))

    # -- dialogs -------------------------------------------------------------------------------------
    def _ask_merge(self, entity_ids: list[str]) -> None:
        entities = self.session.tables["entities"].set_index("entity_id")
        ordered = sorted(entity_ids, key=lambda e: -int(entities.at[e, "mention_count"]) if e in entities.index else 0)
        labels = [f"{self._name(e)} ({display_name(entities.at[e, 'type'])}, "
                  f"{entities.at[e, 'mention_count']} mentions)" for e in ordered]
        choice, ok = QInputDialog.getItem(self.parent, "Merge Entities",
                                          "The merged entity keeps the name and type of:", labels, 0, False)
        if ok:
            self.merge(ordered, ordered[labels.index(choice)])

    def _ask_rename(self, entity_id: str | None) -> None:
        if entity_id is None:
            return
        name, ok = QInputDialog.getText(self.parent, "Rename Entity", "Name:", text=self._name(entity_id))
        if ok:
            self.rename(entity_id, name)

    def _name(self, entity_id: str) -> str:
        return self.session.entity_names.get(entity_id, entity_id)

    def _aliases(self, entity_id: str) -> list[str]:
        entities = self.session.tables["entities"]
        rows = entities.loc[entities["entity_id"] == entity_id, "aliases"]
        return list(rows.iloc[0]) if len(rows) else []
