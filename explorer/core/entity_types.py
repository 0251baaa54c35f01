"""The entity types Explorer keeps, and what each is called where a reader sees it.

The one list of the model's labels that become entities: extraction keeps these
and no others, the window colours each of them (a test requires a colour for
every label, so a new one cannot silently fall to "other"), and the window and
the reports Explorer writes (the HTML review) name them from here, so a GPE is
"Places" everywhere and the model's code appears only as a hint. Custom labels
(a user's own types, from Change Type) keep their own name.
"""

from __future__ import annotations

# label -> (display name, what the model files under it)
TYPE_NAMES: dict[str, tuple[str, str]] = {
    "PERSON": ("People", "people, real or fictional"),
    "ORG": ("Organisations", "companies, agencies, institutions"),
    "GPE": ("Places", "countries, cities, states"),
    "NORP": ("Groups & nationalities", "nationalities, religious and political groups"),
    "LOC": ("Regions & landscapes", "regions, mountains, seas and rivers"),
    "FAC": ("Facilities", "buildings, airports, roads, bridges"),
    "EVENT": ("Named events", "wars, storms, summits, games"),
    "LAW": ("Laws", "laws, treaties and named legal documents"),
    "PRODUCT": ("Products", "objects, vehicles, foods (not services)"),
    "WORK_OF_ART": ("Works of art", "titles of books, songs, films, reports"),
}
# The model's labels that extraction keeps as entities, in the order above.
ENTITY_LABELS: tuple[str, ...] = tuple(TYPE_NAMES)


def type_name(key: str) -> str:
    """"Places" for GPE; a custom label as it is."""
    return TYPE_NAMES[key][0] if key in TYPE_NAMES else key


def type_description(key: str) -> str:
    """"Places: countries, cities, states (GPE)", for a tooltip; a custom label as it is."""
    if key not in TYPE_NAMES:
        return key
    name, hint = TYPE_NAMES[key]
    return f"{name}: {hint} ({key})"
