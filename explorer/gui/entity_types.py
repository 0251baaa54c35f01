"""Entity types as the GUI shows them: one table of display names and colours.

Every view that colours or names entity types (the source pane's highlights,
the entity sidebar's groups, legends, tooltips) reads this table, so a PERSON
looks the same everywhere and is called "People", never by the model's code
(which tooltips add, for analysts who know spaCy's labels). Colours are text backgrounds: each type has a light tint for light
palettes and a darker tint for dark ones, with a text colour chosen to stay
legible on it. Types not in the table (custom labels) share the ``other`` entry.
Time expressions are not entities; they get an underline colour of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from explorer.core.entity_types import ENTITY_LABELS, TYPE_NAMES, type_description, type_name

OTHER = "other"


@dataclass(frozen=True)
class EntityType:
    """One row of the table: a spaCy label, its display name, what the model files under it, and its tints."""

    key: str
    label: str  # display name, plural: "People"
    hint: str  # what the model puts there, for tooltips: "countries, cities, states"
    light: str  # background on light palettes
    dark: str  # background on dark palettes
    strong: str  # saturated colour for emphasis (selected entity), white text on it


# label -> (light, dark, strong) tints; names and hints come from the core's table, shared with reports
TINTS: dict[str, tuple[str, str, str]] = {
    "PERSON": ("#cbdcff", "#233f73", "#2457c5"),
    "ORG": ("#d3f0c9", "#24512c", "#2e7d32"),
    "GPE": ("#ffdcb0", "#6b4312", "#c25e00"),
    "NORP": ("#f6d0ef", "#5e2a58", "#a3338f"),
    "LOC": ("#c9efec", "#1b5551", "#00796b"),
    "FAC": ("#e8dcc6", "#544634", "#7a5c33"),
    "EVENT": ("#ffd3d3", "#6c2525", "#c62828"),
    "LAW": ("#e2d8fb", "#40336c", "#5e35b1"),
    "PRODUCT": ("#e6f3bd", "#4a5a1a", "#6b8e23"),
    "WORK_OF_ART": ("#d3eef8", "#214f63", "#0277bd"),
}
ENTITY_TYPES: dict[str, EntityType] = {
    **{key: EntityType(key, *TYPE_NAMES[key], *TINTS[key]) for key in ENTITY_LABELS},  # a label with no tint fails here
    OTHER: EntityType(OTHER, "Other", "types the model does not name", "#e3e3e3", "#4a4a4a", "#616161"),
}

# Time expressions: an underline, not a background.
TIMEX_LIGHT = "#00838f"
TIMEX_DARK = "#5fd3dc"

# Page furniture (bylines, share buttons, comments): dimmed text.
FURNITURE_LIGHT = "#9a9a9a"
FURNITURE_DARK = "#7c7c7c"

# The selected event's sentence.
SENTENCE_LIGHT = "#fff3b8"
SENTENCE_DARK = "#4f4519"


def entity_type(key: str) -> EntityType:
    """The table row for a type label; unknown and custom labels get ``other``."""
    return ENTITY_TYPES.get(key, ENTITY_TYPES[OTHER])


def display_name(key: str) -> str:
    """The human name of a type: "People" for PERSON; custom labels as they are."""
    return type_name(key)


def type_tooltip(key: str) -> str:
    """Plain text for a tooltip: "Places: countries, cities, states (GPE)"; custom labels as they are."""
    return type_description(key)


def type_order(keys: Iterable[str]) -> list[str]:
    """Type labels in the table's order, custom ones after them alphabetically."""
    known = list(ENTITY_TYPES)
    return sorted(set(keys), key=lambda k: (known.index(k) if k in known else len(known), k))


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's text background is dark."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def type_colors(key: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) colours for an entity of type ``key`` on ``palette``."""
    row = entity_type(key)
    if is_dark(palette):
        return QColor(row.dark), QColor("#f2f2f2")
    return QColor(row.light), QColor("#1a1a1a")


def strong_colors(key: str) -> tuple[QColor, QColor]:
    """(background, text) colours that make a selected entity's mentions stand out."""
    return QColor(entity_type(key).strong), QColor("#ffffff")


def timex_color(palette: QPalette | None = None) -> QColor:
    """Underline colour for time expressions."""
    return QColor(TIMEX_DARK if is_dark(palette) else TIMEX_LIGHT)


def furniture_color(palette: QPalette | None = None) -> QColor:
    """Text colour for page furniture."""
    return QColor(FURNITURE_DARK if is_dark(palette) else FURNITURE_LIGHT)


def sentence_color(palette: QPalette | None = None) -> QColor:
    """Background of the selected event's sentence."""
    return QColor(SENTENCE_DARK if is_dark(palette) else SENTENCE_LIGHT)
