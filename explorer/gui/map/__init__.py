"""The map view: the events' places on a world outline that ships with the app (``view.MapView``)."""
