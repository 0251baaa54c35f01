"""Extraction: documents → entities, time expressions, events, relations, clusters.

The entry point is ``pipeline.runner.extract_documents``. The steps live in
packages that do not import one another: ``timex`` (time expressions, pure
Python), ``entities`` (mentions and their resolution into entities), ``events``
(one per reporting sentence, and the relations between their entities) and
``clusters`` (events in different documents that report one happening);
``pipeline`` runs them over documents, a batch at a time then over the corpus.
``nlp`` loads the spaCy model (with ``components``) once per process.

This package imports nothing itself, so ``explorer.core.extract.timex`` and the
other step packages can be imported without loading spaCy.
"""
