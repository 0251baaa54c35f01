"""Events: the happenings a sentence reports, and the relations between their entities.

The entry point is ``find.events_in_sentence``: a reporting sentence (a fragment
or page furniture is not: ``lines``; the headline gives the article's main
happening) yields its main event, and further events for what it reports (the
reported clause), coordinated clauses and clauses of time, each with its own
trigger, participants (``roles``, ``speech`` for quotes and reported speech,
``coreference`` for "he", "the company", a surname) and date (``dating``: the time
expression of its own clause, else what the discourse supports, else a bound).
``relations.build_relations`` links the entities the events share
(agent–verb–patient, co-participant, co-mention).
"""
