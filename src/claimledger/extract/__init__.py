"""Stage "extract": spaCy ``Doc`` -> typed mentions (figures, dates, places, actors, events).

One package or module per kind of mention; each returns frozen records from
``claimledger.records`` carrying their ``Evidence``. spaCy objects stay inside.
"""
