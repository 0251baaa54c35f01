"""Events: one per sentence that reports an action, and the relations between their entities.

The entry point is ``find.events_in_sentence``: a reporting sentence (not a
headline or fragment: ``lines``) with a main verb becomes an event whose
participants come from the parse (``roles``, ``speech`` for quotes and reported
speech) and whose date is its time expression or the publication date, by the
sentence's tense (``tense``). ``relations.build_relations`` links the entities
the events share (agent–verb–patient, co-participant, co-mention).
"""
