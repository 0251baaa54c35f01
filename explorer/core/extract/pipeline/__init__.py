"""The extraction run: every step over a corpus, in one process or in worker processes.

The entry point is ``runner.extract_documents(documents, workers, ...)``. It runs
the batch step (``batch.extract_batch``: the spaCy model over a batch of documents,
giving plain mention, time-expression and event rows) in this process or a pool
of workers, then the corpus step (``corpus.build_tables``: entities, relations,
clusters and every table of the event model). This is the one package that runs
the model over documents; importing it loads spaCy.
"""
