"""Time expressions: found in a text, read into TIMEX3-like values, placed on the calendar.

The entry point is ``find.find_timexes(text, reference, tense_at)``, which returns
``find.Timex`` records (``find.timex_row`` makes one a row of the timexes table).
The rules are regexes registered by the ``rules_*`` modules, each with its declared
priority (``rulebase.rule``; ``rules`` imports them all), over word tables in
``lexicon``; ``calendar_math``, ``discourse`` and ``window`` place what they read;
``year_hint`` gives undated documents their corpus's likely year. Pure Python: nothing here imports spaCy, so
the date-correction replay (``core.edits``) runs it without the model.
"""
