"""Session s13g: the text presenting its own next part ("Following are statements …") and the conjunction
"provided"/"providing" ("… provided the border could be secured") tell no happening, so they get no date.

Made-up articles run through the real model; each checks a date an analyst would see on the timeline.
"""

from __future__ import annotations

from functools import partial

from tests.core.extract.events import conftest
from tests.core.extract.events.conftest import when

event_at = partial(conftest.event_at, by="trigger")  # this file names its events by their trigger's text


def test_following_are_presents_the_text_and_is_no_happening():
    """'Following are statements made Friday and Thursday by …' (AQ#32's kind): the wire story announcing the
    transcript after it, not datable (before: the publication day, dct)."""
    text = ("Following are statements made Friday and Thursday by Anna Berg, a lawyer for the Danube Shipping Corp., "
            "and by the company.")
    assert when(event_at(text, "Following", "Following")) == ("", "", "none")


def test_the_following_is_a_list_is_no_happening():
    """'The following are the latest figures as of Monday …' (the pool's other one): not datable either."""
    text = "The following are the latest figures as of Monday for the ships lost in the storm on the Danube."
    assert when(event_at(text, "The following", "following"))[2] == "none"


def test_following_a_happening_is_still_dated():  # guard
    """'has been the subject of a manhunt following reports that …': "following" as "after" is left to the
    other rules, not made undatable."""
    text = "Kopp has been the subject of a manhunt following reports that he was spotted in a vehicle near the scene."
    assert when(event_at(text, "Kopp", "following"))[2] != "none"


def test_provided_as_a_conjunction_is_no_providing():
    """'Israel was willing to withdraw from southern Lebanon provided Israel's northern frontier could be
    secured' (AQ#47, its own sentence: the model makes "provided" an event only in some parses): the condition's
    word, not datable (before: on or before publication, bounded)."""
    text = ("Prime Minister Benjamin Netanyahu told his Cabinet on Sunday that Israel was willing to withdraw from "
            "southern Lebanon provided Israel's northern frontier could be secured.")
    assert when(event_at(text, "Prime Minister", "provided")) == ("", "", "none")


def test_a_providing_with_its_own_subject_or_object_is_dated():  # guard
    """'Berg provided legal advice to the yard', 'has provided most of the vessels': real providings keep a date."""
    text = ("Anna Berg provided legal advice to the Linz yard in 2024. Danube Shipping has provided most of the "
            "vessels so far.")
    assert when(event_at(text, "Anna Berg", "provided"))[2] != "none"
    assert when(event_at(text, "Danube Shipping has", "provided"))[2] != "none"
