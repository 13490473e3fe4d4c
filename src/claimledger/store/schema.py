"""The corpus store's DDL: plain tables with readable column names.

Input: nothing. Output: ``SCHEMA`` (a tuple of SQL statements) and
``SCHEMA_VERSION``. The statements use only types and syntax that SQLite and
PostgreSQL both accept (``INTEGER``, ``REAL``, ``TEXT``, ``REFERENCES``,
``CREATE ... IF NOT EXISTS``) except the primary keys: SQLite's
``INTEGER PRIMARY KEY`` is PostgreSQL's ``BIGSERIAL PRIMARY KEY``, so the key
type is a placeholder (``{pk}``) that each backend fills in. The tables are
described column by column in ``docs/schema.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from claimledger.store.sql_dialect import Connection

SCHEMA_VERSION = 11
# Version 2 added corpus_grades and corpus_sources (the credibility grade and
# the independent sources of each corpus incident, docs/grading.md); every
# statement is idempotent (``IF NOT EXISTS``), so an older store gains them.
# Version 3 added the incident list's indexes (idx_corpus_incidents_list,
# idx_corpus_incidents_country, idx_actors_name; idx_corpus_incidents_date
# dropped) and, in SQLite only, the
# full-text table of ``q`` (``SQLITE_SEARCH``, filled from the stored texts when
# it is created); idempotent too.
# Version 4 added idx_locations_incident_country (link candidates: the place
# test of the incidents in a date window is read from indexes alone).
# Version 5 added corpus_redirects, curation_decisions and corpus_kept_apart
# (merged and split corpus incidents, corpus/merge.py); idempotent too.
# Version 6 added incidents.country_code (its location's, copied when written)
# with idx_incidents_country_date, and incident_terms (each dated incident under
# each content term of its document): link candidates of one country, or of an
# unknown country sharing a term, are read from an index range, not from every
# incident of the date window. An older store gains the column by ALTER
# (``add_columns``) and both are filled from its rows (``backfill``).
# Version 7 added document_addresses (the street blocks and corners each document
# gives, ``corpus/link_address.py``, read once at ingest): linking compares them
# instead of re-reading every candidate's text. An older store's are read from its
# texts when it is opened for writing (``backfill_addresses``).
# Version 8 added actors.certainty ("stated" or "suspected": a perpetrator the text
# names only as a possibility, extract/actors/suspicion.py). An older store gains the
# column by ALTER; its rows keep NULL, read as "stated" (the only value before).
# Version 9 lists document_followups (a document reading no incident, attached to the
# corpus incident it follows up, corpus/link_followup.py) among the tables; the
# twenty-ninth session's stores of version 8 made it at their first attach, with the
# same statement, so an older store gains it (idempotent) and keeps its rows.
# Version 10 added claims.aggregate (1 for a statistic over a period or an area, "so far
# this year, 140 people have been killed in the city": listed with the incident, never
# counted in the corpus incident's figures, as the document level never counted it). An
# older store gains the column by ALTER; its rows keep NULL, read as 0 (what every claim
# was taken for before: re-ingest those documents into a new store to tell them apart).
# Version 11 added locations.city and corpus_incidents.city (the town a neighbourhood lies
# in, "Englewood" -> Chicago: Location.city, resources/gazetteer/postal.py). An older
# store gains the columns by ALTER; its rows keep NULL (re-ingest to fill them).

FOLLOWUPS_TABLE = """CREATE TABLE IF NOT EXISTS document_followups (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    corpus_incident_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    score REAL NOT NULL,
    reason TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    extractor TEXT NOT NULL
)"""

# {pk} is the auto-incremented integer key of the backend.
_TABLES: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS documents (
    id {pk},
    external_id TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    source TEXT,
    path TEXT,
    stated_date TEXT,
    stated_date_source TEXT,
    n_chars INTEGER NOT NULL,
    duplicate_of INTEGER REFERENCES documents(id),
    duplicate_similarity REAL,
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS document_ids (
    external_id TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (external_id, document_id)
)""",
    """CREATE TABLE IF NOT EXISTS segments (
    id {pk},
    document_id INTEGER NOT NULL REFERENCES documents(id),
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    kind TEXT NOT NULL,
    loaded_terms TEXT,
    confidence REAL
)""",
    """CREATE TABLE IF NOT EXISTS corpus_incidents (
    id {pk},
    event_type TEXT,
    sub_event_type TEXT,
    date TEXT,
    date_precision TEXT,
    date_start TEXT,
    date_end TEXT,
    location TEXT,
    country TEXT,
    country_code TEXT,
    admin1 TEXT,
    latitude REAL,
    longitude REAL,
    n_documents INTEGER NOT NULL,
    n_independent_documents INTEGER NOT NULL,
    contested INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    city TEXT
)""",
    """CREATE TABLE IF NOT EXISTS incidents (
    id {pk},
    document_id INTEGER NOT NULL REFERENCES documents(id),
    incident_key TEXT NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    date TEXT,
    date_precision TEXT,
    date_confidence REAL,
    date_from_document INTEGER NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT,
    country_code TEXT
)""",
    """CREATE TABLE IF NOT EXISTS incident_links (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents(id),
    corpus_incident_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    score REAL NOT NULL,
    reason TEXT NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS locations (
    id {pk},
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    name TEXT NOT NULL,
    country TEXT,
    country_code TEXT,
    admin1 TEXT,
    latitude REAL,
    longitude REAL,
    geonameid INTEGER,
    relation TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT,
    city TEXT
)""",
    """CREATE TABLE IF NOT EXISTS actors (
    id {pk},
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT,
    certainty TEXT
)""",
    """CREATE TABLE IF NOT EXISTS claims (
    id {pk},
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    document_date TEXT,
    figure TEXT,
    statement TEXT NOT NULL,
    low INTEGER,
    high INTEGER,
    qualifier TEXT,
    source_name TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_via TEXT,
    hedged INTEGER NOT NULL,
    victims TEXT,
    civilian INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    extractor TEXT,
    confidence REAL,
    aggregate INTEGER
)""",
    """CREATE TABLE IF NOT EXISTS document_estimates (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    figure TEXT NOT NULL,
    low INTEGER,
    best INTEGER,
    high INTEGER,
    rule TEXT,
    PRIMARY KEY (incident_id, figure)
)""",
    """CREATE TABLE IF NOT EXISTS corpus_figures (
    corpus_incident_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    figure TEXT NOT NULL,
    low INTEGER,
    best INTEGER,
    high INTEGER,
    n_sources INTEGER NOT NULL,
    contested INTEGER NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (corpus_incident_id, figure)
)""",
    """CREATE TABLE IF NOT EXISTS warnings (
    id {pk},
    document_id INTEGER NOT NULL REFERENCES documents(id),
    message TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT
)""",
    """CREATE TABLE IF NOT EXISTS errors (
    id {pk},
    source TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (source, line, reason)
)""",
    """CREATE TABLE IF NOT EXISTS document_sketches (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    hash INTEGER NOT NULL,
    PRIMARY KEY (document_id, hash)
)""",
    """CREATE TABLE IF NOT EXISTS document_terms (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    terms TEXT NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS term_counts (
    term TEXT PRIMARY KEY,
    n_documents INTEGER NOT NULL
)""",
    # Each dated incident under each content term of its document (link candidates
    # of an incident of unknown country: those sharing a term, in its date window).
    """CREATE TABLE IF NOT EXISTS incident_terms (
    term TEXT NOT NULL,
    date TEXT NOT NULL,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    PRIMARY KEY (term, date, incident_id)
)""",
    # The addresses a document gives ("4100 n teutonia ave", "54th & harwell"): a
    # document giving none has no row.
    """CREATE TABLE IF NOT EXISTS document_addresses (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    address TEXT NOT NULL,
    PRIMARY KEY (document_id, address)
)""",
    # A document reading no incident, attached as a follow-up of a corpus incident by a
    # name or an address its text shares with it; evidence: where the text gives it.
    FOLLOWUPS_TABLE,
    # A corpus incident merged into another: its id keeps answering, as the survivor.
    """CREATE TABLE IF NOT EXISTS corpus_redirects (
    absorbed_id INTEGER PRIMARY KEY REFERENCES corpus_incidents(id),
    survivor_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    manual INTEGER NOT NULL,
    reason TEXT NOT NULL,
    merged_at TEXT NOT NULL
)""",
    # Merges and splits decided by a user (or by ingest, for automatic merges).
    """CREATE TABLE IF NOT EXISTS curation_decisions (
    id {pk},
    action TEXT NOT NULL,
    corpus_incident_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    other_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    manual INTEGER NOT NULL,
    incident_ids TEXT,
    note TEXT,
    decided_at TEXT NOT NULL
)""",
    # Pairs a user split apart: never merged again automatically (both orders stored).
    """CREATE TABLE IF NOT EXISTS corpus_kept_apart (
    corpus_incident_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    other_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    decision_id INTEGER REFERENCES curation_decisions(id),
    PRIMARY KEY (corpus_incident_id, other_id)
)""",
    # A corpus incident's credibility grade; reasons is a JSON list of strings.
    """CREATE TABLE IF NOT EXISTS corpus_grades (
    corpus_incident_id INTEGER PRIMARY KEY REFERENCES corpus_incidents(id),
    grade TEXT NOT NULL,
    reasons TEXT NOT NULL,
    n_independent_sources INTEGER NOT NULL
)""",
    # Its independent sources, in order; relays and document_ids are JSON lists.
    """CREATE TABLE IF NOT EXISTS corpus_sources (
    corpus_incident_id INTEGER NOT NULL REFERENCES corpus_incidents(id),
    position INTEGER NOT NULL,
    source_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    relays TEXT NOT NULL,
    n_claims INTEGER NOT NULL,
    document_ids TEXT NOT NULL,
    PRIMARY KEY (corpus_incident_id, position)
)""",
)

_INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS idx_document_ids_document ON document_ids (document_id)",
    "CREATE INDEX IF NOT EXISTS idx_segments_document ON segments (document_id)",
    "CREATE INDEX IF NOT EXISTS idx_incidents_document ON incidents (document_id)",
    "CREATE INDEX IF NOT EXISTS idx_incidents_date ON incidents (date)",
    # The follow-ups of a corpus incident (show, the API, the JSON export).
    "CREATE INDEX IF NOT EXISTS idx_document_followups_incident "
    "ON document_followups (corpus_incident_id)",
    # Link candidates: one country's (or the unknown country's) incidents of a date window.
    "CREATE INDEX IF NOT EXISTS idx_incidents_country_date ON incidents (country_code, date)",
    "CREATE INDEX IF NOT EXISTS idx_links_corpus ON incident_links (corpus_incident_id)",
    "CREATE INDEX IF NOT EXISTS idx_locations_incident ON locations (incident_id)",
    # Link candidates: the country of each incident of a date window, from the index alone.
    "CREATE INDEX IF NOT EXISTS idx_locations_incident_country ON locations "
    "(incident_id, country_code)",
    "CREATE INDEX IF NOT EXISTS idx_actors_incident ON actors (incident_id)",
    "CREATE INDEX IF NOT EXISTS idx_claims_incident ON claims (incident_id)",
    "CREATE INDEX IF NOT EXISTS idx_warnings_document ON warnings (document_id)",
    "CREATE INDEX IF NOT EXISTS idx_sketches_hash ON document_sketches (hash)",
    "CREATE INDEX IF NOT EXISTS idx_redirects_survivor ON corpus_redirects (survivor_id)",
    "CREATE INDEX IF NOT EXISTS idx_curation_incident ON curation_decisions (corpus_incident_id)",
    # The incident list (GET /api/incidents, `incidents`): its order and every
    # filter column, so a page and its total are read from the index alone.
    "CREATE INDEX IF NOT EXISTS idx_corpus_incidents_list ON corpus_incidents (date_start, id, "
    "n_documents, contested, country_code, country, event_type, sub_event_type, longitude, "
    "latitude, date, date_end)",
    "CREATE INDEX IF NOT EXISTS idx_corpus_incidents_country ON corpus_incidents "
    "(country_code, date_start)",
    # Replaced by idx_corpus_incidents_list (its first column): a narrower index in
    # the same order made SQLite read each row from the table to test the filters.
    "DROP INDEX IF EXISTS idx_corpus_incidents_date",
    # The actor filter scans names: this index is narrower than the table.
    "CREATE INDEX IF NOT EXISTS idx_actors_name ON actors (name, incident_id)",
)

# SQLite only (FTS5): the words of each corpus incident's documents (title, text)
# and claims (statement, source name), one row per corpus incident (rowid = its
# id), for the ``q`` filter. A trigger rewrites the row whenever the corpus
# incident is refreshed (``update_corpus_incident``, after every link), so it
# follows the links. The row keeps its own copy of the words (FTS5 needs it to
# update the row); ``detail=none`` keeps the index small (no phrase queries).
# Other backends filter ``q`` by LIKE (``SQLiteReads._text_match_portable``)
# or override ``_text_match``.
SEARCH_TABLE = "corpus_search"
_SEARCH_BODY = """(SELECT group_concat(t, ' ') FROM (
    SELECT COALESCE(d.title, '') || ' ' || d.text AS t FROM documents d
    WHERE d.id IN (SELECT i.document_id FROM incident_links k
        JOIN incidents i ON i.id = k.incident_id WHERE k.corpus_incident_id = {id})
    UNION ALL
    SELECT cl.statement || ' ' || cl.source_name FROM incident_links k
    JOIN claims cl ON cl.incident_id = k.incident_id WHERE k.corpus_incident_id = {id}))"""
SQLITE_SEARCH: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5(body, "
    "tokenize = 'unicode61 remove_diacritics 2', detail = none)",
    f"""CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_refresh AFTER UPDATE ON corpus_incidents
BEGIN
    DELETE FROM {SEARCH_TABLE} WHERE rowid = new.id;
    INSERT INTO {SEARCH_TABLE} (rowid, body) SELECT new.id, {_SEARCH_BODY.format(id="new.id")};
END""",
)
# Fills a new full-text table from a store written before it existed.
SQLITE_SEARCH_FILL = (
    f"INSERT INTO {SEARCH_TABLE} (rowid, body) "
    f"SELECT c.id, {_SEARCH_BODY.format(id='c.id')} FROM corpus_incidents c"
)


def schema_statements(pk: str = "INTEGER PRIMARY KEY") -> tuple[str, ...]:
    """The DDL statements, tables then indexes, with the backend's primary-key type.

    Args:
        pk: the column type of an auto-incremented key (``BIGSERIAL PRIMARY KEY``
            for PostgreSQL).

    Returns:
        The statements in the order they must run.
    """
    return tuple(t.replace("{pk}", pk) for t in _TABLES) + _INDEXES


SCHEMA: tuple[str, ...] = schema_statements()


# Columns added to a table after it was first written: (table, column, type, filled
# by ``backfill``). A store written before gains them by ALTER TABLE
# (``add_columns``), before the statements above run (an index may name them), then
# ``backfill`` fills those that need it.
ADDED_COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("incidents", "country_code", "TEXT", True),
    ("actors", "certainty", "TEXT", False),
    ("claims", "aggregate", "INTEGER", False),
    ("locations", "city", "TEXT", False),
    ("corpus_incidents", "city", "TEXT", False),
)
# Incidents read per statement while incident_terms is filled.
_BACKFILL_BATCH = 2000


def add_columns(con: Connection, columns: Callable[[str], set[str]]) -> bool:
    """Add the ``ADDED_COLUMNS`` an existing store lacks.

    Args:
        con: the store's connection, in the transaction that completes the schema.
        columns: the column names of a table, as the backend reads them.

    Returns:
        True when a column that ``backfill`` fills was added.
    """
    added = False
    for table, column, kind, filled in ADDED_COLUMNS:
        if column not in columns(table):
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            added = added or filled
    return added


def backfill(con: Connection) -> None:
    """Fill version 6's column and table from the rows of a store written before it.

    ``incidents.country_code`` is its location's (an incident has at most one);
    ``incident_terms`` gets each dated incident under each term of its document's
    ``document_terms`` (split on white space, as ``get_terms`` reads them).
    """
    con.execute(
        "UPDATE incidents SET country_code = (SELECT MIN(l.country_code) FROM locations l "
        "WHERE l.incident_id = incidents.id)"
    )
    last = 0
    while True:
        rows = con.execute(
            "SELECT i.id, i.date, t.terms FROM incidents i JOIN document_terms t "
            "ON t.document_id = i.document_id WHERE i.id > ? AND i.date IS NOT NULL "
            "ORDER BY i.id LIMIT ?",
            (last, _BACKFILL_BATCH),
        ).fetchall()
        if not rows:
            return
        con.executemany(
            "INSERT INTO incident_terms (term, date, incident_id) VALUES (?, ?, ?) "
            "ON CONFLICT (term, date, incident_id) DO NOTHING",
            [(t, d, i) for i, d, terms in rows for t in sorted(set(terms.split()))],
        )
        last = rows[-1][0]


# The version that added document_addresses: an older store's are read from its texts.
ADDRESSES_VERSION = 7


def backfill_addresses(con: Connection, version: int | None) -> None:
    """Read the addresses of a store written before version 7 from its documents' texts.

    Args:
        con: the store's connection, in the transaction that completes the schema.
        version: the store's version before this opening (None: a new store, nothing to read).
    """
    if version is None or version >= ADDRESSES_VERSION:
        return
    # corpus reads the addresses; the store only keeps them (imported here, once).
    from claimledger.corpus.link_address import addresses

    last = 0
    while True:
        rows = con.execute(
            "SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT ?",
            (last, _BACKFILL_BATCH),
        ).fetchall()
        if not rows:
            return
        con.executemany(
            "INSERT INTO document_addresses (document_id, address) VALUES (?, ?) "
            "ON CONFLICT (document_id, address) DO NOTHING",
            [(i, a) for i, text in rows for a in sorted(addresses(text))],
        )
        last = rows[-1][0]
