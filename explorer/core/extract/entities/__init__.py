"""Entities: named-entity mentions cleaned into spans, then resolved across the corpus.

``mentions.mentions_in(doc_id, parsed)`` turns a parsed document's named
entities into mention rows (spans cleaned by ``spans``, keyed for grouping);
the entry point for the corpus step is ``resolve.resolve_entities(mentions)``,
which groups mentions into entities with aliases by the rules of ``keys``.
``handles`` adds mentions for the social-media handles that name an entity;
``lexicon`` holds the word lists the rules consult.
"""
