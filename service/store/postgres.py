"""The shared store: PostgreSQL with pgvector, for several gunicorn hosts on one database.

Claim vectors live in a ``vector(n)`` column with an HNSW index (cosine), so finding the nearest
claims never scans every claim. Writers take one transaction-scoped advisory lock, so ingestion is
serialised across every host exactly as SQLite's ``BEGIN IMMEDIATE`` serialises it on one machine:
a new article is judged against everything committed before it, and each contradiction is recorded
once, whichever article arrived first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row

from service.domain.models import EVERY_CLAIM, Claim, ClaimFilter, Vectors
from service.store.sql import Reads, SqlStore, Writes, guarded

# Migration N takes a database from version N-1 to N (the schema_version table); a released
# migration is never edited: changes come as a new one. {dimension} is the embedder's.
# The nearest-claim index as it is now built (migration 6).
VECTOR_INDEX = (
    "CREATE INDEX claims_by_vector ON claims USING hnsw (embedding vector_cosine_ops) "
    "WITH (m = 32, ef_construction = 128);"
)
MIGRATIONS: dict[int, str] = {
    1: """
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    idempotency_key TEXT UNIQUE,
    title TEXT,
    source TEXT,
    url TEXT,
    published_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE claims (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    checkworthiness DOUBLE PRECISION,
    embedding vector({dimension}) NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX claims_by_article ON claims(article_id);
CREATE INDEX claims_by_vector ON claims USING hnsw (embedding vector_cosine_ops);
CREATE TABLE contradictions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    conflicting_claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL,
    kind TEXT NOT NULL,
    explanation TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (claim_id, conflicting_claim_id)
);
CREATE INDEX contradictions_by_conflicting ON contradictions(conflicting_claim_id);
""",
    # A text already stored is not embedded again: its vector is looked up by text (a hash
    # index, since a B-tree entry cannot hold a very long sentence).
    2: "CREATE INDEX claims_by_text ON claims USING hash (text);",
    # How the sentence describes its speaker (claims stored before keep null); ?speaker= filters.
    3: "ALTER TABLE claims ADD COLUMN speaker_role TEXT;"
    "CREATE INDEX claims_by_speaker ON claims (speaker);",
    # A claim's named entities: as the API shows them (null for claims stored before), and by
    # folded name for ?entity=.
    4: """
ALTER TABLE claims ADD COLUMN entities TEXT;
CREATE TABLE claim_entities (
    name TEXT NOT NULL,
    claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (name, claim_id)
);
CREATE INDEX claim_entities_by_claim ON claim_entities (claim_id);
""",
    # Reviews, kept by pair of claim texts so that a verdict outlives the claims; disputes, the
    # contradictions grouped into disputed facts with each claim's side.
    5: """
CREATE TABLE reviews (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pair_key TEXT NOT NULL UNIQUE,
    claim_text TEXT NOT NULL,
    conflicting_claim_text TEXT NOT NULL,
    verdict TEXT NOT NULL,
    note TEXT,
    reviewed_at TEXT NOT NULL,
    reviewed_by TEXT
);
CREATE TABLE disputes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title TEXT NOT NULL,
    separated INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX disputes_by_activity ON disputes (updated_at, id);
CREATE TABLE dispute_claims (
    dispute_id BIGINT NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    side INTEGER NOT NULL,
    PRIMARY KEY (dispute_id, claim_id)
);
CREATE INDEX dispute_claims_by_claim ON dispute_claims (claim_id);
ALTER TABLE contradictions ADD COLUMN pair_key TEXT;
ALTER TABLE contradictions ADD COLUMN dispute_id BIGINT REFERENCES disputes(id) ON DELETE SET NULL;
CREATE INDEX contradictions_by_pair ON contradictions (pair_key);
CREATE INDEX contradictions_by_dispute ON contradictions (dispute_id);
CREATE INDEX articles_by_source ON articles (source);
""",
    # The vector index rebuilt with twice the links per claim and a wider search while building
    # (pgvector's defaults are 16 and 64). At a million claims the default graph left a small
    # cluster of related claims, stored after the rest, out of reach of the search: 0.73 of the
    # NATO claims' exact candidates came back; 0.98 with these (bench/RESULTS.md, 2026-11-30).
    # Rebuilding takes time on a large store: under 20 minutes at a million claims here, with
    # maintenance_work_mem large enough to hold the graph (the README says so to operators).
    6: "DROP INDEX claims_by_vector;" + VECTOR_INDEX,
}
SCHEMA_VERSION = max(MIGRATIONS)
# Any number will do, as long as every host uses the same one.
_WRITER_LOCK = 0x636C61696D  # "claim"
# Candidates the HNSW search keeps in play; more than any page or candidate list asks for.
_EF_SEARCH = 200
# Seconds to give up connecting after, unless the URL says (a stopped server refuses at once;
# one that cannot be reached at all would otherwise hold the request for minutes).
CONNECT_TIMEOUT = 5
# SQLSTATE classes of a server that cannot serve just now: connection exception, insufficient
# resources (too many connections, disk full), operator intervention (shutting down, starting
# up), system error (I/O). Class 54, a statement over a limit, is OperationalError too, but
# trying again would not help.
_UNAVAILABLE_CLASSES = ("08", "53", "57", "58")


def _vector_text(vector: Vectors) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in np.asarray(vector, dtype=np.float32).ravel()) + "]"


class _PostgresReads(Reads):
    """The shared queries in psycopg's placeholders, nearest claims from the HNSW index."""

    def sql(self, query: str) -> str:
        return query.replace("?", "%s")

    def vector_value(self, stored: Any) -> np.ndarray:
        return np.array(stored.strip("[]").split(","), dtype=np.float32)

    def unavailable(self, exc: Exception) -> bool:
        if not isinstance(exc, psycopg.OperationalError):
            return False  # a wrong query (ProgrammingError), a broken constraint (IntegrityError)
        # No SQLSTATE: it failed on this side (refused, lost, timed out connecting).
        return exc.sqlstate is None or exc.sqlstate[:2] in _UNAVAILABLE_CLASSES

    @guarded
    def nearest_claims(
        self,
        vector: Vectors,
        *,
        limit: int,
        min_similarity: float,
        offset: int = 0,
        where: ClaimFilter = EVERY_CLAIM,
    ) -> list[Claim]:
        condition, params = self.claim_filters(where)
        query = _vector_text(vector)
        # Plain top-k from the index, the similarity bound applied to what it returns: a bound
        # inside the scan would make the index walk on and on when few claims pass it. With a
        # filter, the iterative scan walks on until the page is full of claims that pass it.
        rows = self.run(
            "SELECT c.id, 1 - (c.embedding <=> ?::vector) AS similarity "
            "FROM claims c JOIN articles a ON a.id = c.article_id "
            f"WHERE TRUE {condition} ORDER BY c.embedding <=> ?::vector LIMIT ? OFFSET ?",
            (query, *params, query, limit, offset),
        ).fetchall()
        ranked = [
            (int(r["id"]), float(r["similarity"]))
            for r in rows
            if float(r["similarity"]) >= min_similarity
        ]
        return self.hydrate(ranked)


class _Writer(_PostgresReads, Writes):
    """One open transaction holding the writer lock."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    @property
    def conn(self) -> Any:
        """The transaction's connection."""
        return self._conn

    def vector_param(self, vector: Vectors) -> str:
        return _vector_text(vector)


class PostgresStore(_PostgresReads, SqlStore):
    """PostgreSQL with pgvector; one connection per thread, opened lazily."""

    def __init__(self, url: str, *, embedder_name: str, dimension: int) -> None:
        self.url = url
        self._model = (embedder_name, dimension)
        super().__init__()

    def _open(self) -> Any:
        # Autocommit: reads see every commit at once; writes open their own transaction.
        timeout = conninfo_to_dict(self.url).get("connect_timeout", CONNECT_TIMEOUT)
        conninfo = make_conninfo(self.url, connect_timeout=timeout)
        conn = psycopg.connect(conninfo, autocommit=True, row_factory=dict_row)
        # Statements vary with the filters; a prepared plan for one is no help to another.
        conn.prepare_threshold = None
        conn.execute(f"SET hnsw.ef_search = {int(_EF_SEARCH)}")
        conn.execute("SET hnsw.iterative_scan = strict_order")
        return conn

    @contextmanager
    def _transaction(self, conn: Any = None) -> Iterator[Any]:
        """A transaction on ``conn`` (this thread's by default) holding the writer lock."""
        with self.unavailable_raised():
            conn = self.conn if conn is None else conn
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITER_LOCK,))
                yield conn

    def _migrate(self, conn: Any) -> None:
        embedder_name, dimension = self._model
        with self._transaction(conn) as tx:
            tx.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = tx.execute("SELECT max(version) AS v FROM schema_version").fetchone()
            version = int(row["v"] or 0)
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"the database has schema version {version}; this release knows "
                    f"{SCHEMA_VERSION}"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                tx.execute(MIGRATIONS[target].replace("{dimension}", str(int(dimension))))
                tx.execute("INSERT INTO schema_version (version) VALUES (%s)", (target,))
            model = f"{embedder_name}/{dimension}"
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('embedder', %s) ON CONFLICT DO NOTHING",
                (model,),
            )
            stored = tx.execute("SELECT value FROM meta WHERE key = 'embedder'").fetchone()
            if stored["value"] != model:
                raise RuntimeError(
                    f"the database holds vectors from {stored['value']}, not {model}: "
                    "use another database or the model that filled this one"
                )

    @contextmanager
    def writer(self) -> Iterator[_Writer]:
        """A write transaction; it waits for every other writer, on any host."""
        with self._transaction() as conn:
            yield _Writer(conn)
