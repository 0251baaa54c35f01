"""What each of the model's entity labels is called where a reader sees it.

One table for the window and for the reports Explorer writes (the HTML review),
so a GPE is "Places" everywhere and the model's code appears only as a hint.
Custom labels (a user's own types) keep their own name.
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


def type_name(key: str) -> str:
    """"Places" for GPE; a custom label as it is."""
    return TYPE_NAMES[key][0] if key in TYPE_NAMES else key


def type_description(key: str) -> str:
    """"Places: countries, cities, states (GPE)", for a tooltip; a custom label as it is."""
    if key not in TYPE_NAMES:
        return key
    name, hint = TYPE_NAMES[key]
    return f"{name}: {hint} ({key})"
