"""The embedded default store: one SQLite file, shared safely by several worker processes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from service.domain.models import EVERY_CLAIM, Claim, ClaimFilter, Vectors
from service.store.sql import Reads, SqlStore, Writes, guarded
from service.store.vector_index import VectorIndex, decode

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    idempotency_key TEXT UNIQUE,
    title TEXT,
    source TEXT,
    url TEXT,
    published_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    embedding BLOB NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX IF NOT EXISTS claims_by_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS contradictions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    conflicting_claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    kind TEXT NOT NULL,
    explanation TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (claim_id, conflicting_claim_id)
);
CREATE INDEX IF NOT EXISTS contradictions_by_conflicting ON contradictions(conflicting_claim_id);
"""

# Migration N takes a database from version N-1 to N (PRAGMA user_version); a new database runs
# them all in order. A released migration is never edited: changes come as a new one.
MIGRATIONS: dict[int, str] = {
    1: _SCHEMA_V1,
    2: "ALTER TABLE claims ADD COLUMN checkworthiness REAL;",
    # A text already stored is not embedded again: its vector is looked up by text.
    3: "CREATE INDEX IF NOT EXISTS claims_by_text ON claims(text);",
    # How the sentence describes its speaker (claims stored before keep null); ?speaker= filters.
    4: "ALTER TABLE claims ADD COLUMN speaker_role TEXT;"
    "CREATE INDEX IF NOT EXISTS claims_by_speaker ON claims(speaker);",
    # A claim's named entities: as the API shows them (null for claims stored before), and by
    # folded name for ?entity=.
    5: """
ALTER TABLE claims ADD COLUMN entities TEXT;
CREATE TABLE IF NOT EXISTS claim_entities (
    name TEXT NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (name, claim_id)
);
CREATE INDEX IF NOT EXISTS claim_entities_by_claim ON claim_entities(claim_id);
""",
    # Reviews, kept by pair of claim texts so that a verdict outlives the claims; disputes, the
    # contradictions grouped into disputed facts with each claim's side.
    6: """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_key TEXT NOT NULL UNIQUE,
    claim_text TEXT NOT NULL,
    conflicting_claim_text TEXT NOT NULL,
    verdict TEXT NOT NULL,
    note TEXT,
    reviewed_at TEXT NOT NULL,
    reviewed_by TEXT
);
CREATE TABLE IF NOT EXISTS disputes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    separated INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS disputes_by_activity ON disputes(updated_at, id);
CREATE TABLE IF NOT EXISTS dispute_claims (
    dispute_id INTEGER NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    side INTEGER NOT NULL,
    PRIMARY KEY (dispute_id, claim_id)
);
CREATE INDEX IF NOT EXISTS dispute_claims_by_claim ON dispute_claims(claim_id);
ALTER TABLE contradictions ADD COLUMN pair_key TEXT;
ALTER TABLE contradictions ADD COLUMN dispute_id INTEGER REFERENCES disputes(id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS contradictions_by_pair ON contradictions(pair_key);
CREATE INDEX IF NOT EXISTS contradictions_by_dispute ON contradictions(dispute_id);
CREATE INDEX IF NOT EXISTS articles_by_source ON articles(source);
""",
}
SCHEMA_VERSION = max(MIGRATIONS)
# How long a writer waits for another's lock before giving up (a 503): an ingestion holds it
# for a second or two, so only a stuck or outside writer makes anyone wait this long.
BUSY_TIMEOUT = 30.0
# The primary result codes that mean the file cannot be used just now, not that a query is wrong.
_UNAVAILABLE = {
    sqlite3.SQLITE_BUSY,  # "database is locked": another connection held the lock too long
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_CANTOPEN,  # "unable to open database file"
    sqlite3.SQLITE_IOERR,  # "disk I/O error"
    sqlite3.SQLITE_FULL,  # "database or disk is full"
    sqlite3.SQLITE_PROTOCOL,
}


class _SqliteReads(Reads):
    """The shared queries, with nearest claims proposed by the faiss index, scored exactly."""

    _index: VectorIndex

    def unavailable(self, exc: Exception) -> bool:
        # sqlite3 raises OperationalError for a bad statement too: the result code tells them apart.
        if not isinstance(exc, sqlite3.OperationalError):
            return False
        return (exc.sqlite_errorcode & 0xFF) in _UNAVAILABLE

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
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        wanted = offset + limit
        if where.article_id is not None:  # one article's claims: few, so all of them, exactly
            rows = self.run(
                "SELECT id, embedding FROM claims WHERE article_id = ?", (where.article_id,)
            ).fetchall()
            return self._ranked(query, rows, min_similarity, where)[offset:wanted]
        # Ask the index for a few times the page, re-score those exactly; widen while a source,
        # speaker or entity filter leaves the page short and the index has more to give.
        asked = max(4 * wanted, 64)
        while True:
            ids = self._index.candidates(self.conn, query, asked)
            rows = self.rows_where_in("SELECT id, embedding FROM claims", "id", ids.tolist())
            found = self._ranked(query, rows, min_similarity, where)
            if len(found) >= wanted or len(ids) < asked or not where.narrows:
                return found[offset:wanted]
            asked *= 4

    def vector_value(self, stored: Any) -> np.ndarray:
        return np.frombuffer(stored, dtype=np.float32)

    def _ranked(
        self,
        query: np.ndarray,
        rows: list[Any],
        min_similarity: float,
        where: ClaimFilter,
    ) -> list[Claim]:
        if not rows:
            return []
        scores = decode([r[1] for r in rows], len(query)) @ query
        order = np.argsort(-scores, kind="stable")
        ranked = [(int(rows[i][0]), float(scores[i])) for i in order if scores[i] >= min_similarity]
        return self.hydrate(ranked, where)


class _Writer(_SqliteReads, Writes):
    """One open write transaction (BEGIN IMMEDIATE)."""

    def __init__(self, conn: sqlite3.Connection, index: VectorIndex) -> None:
        self._conn = conn
        self._index = index

    @property
    def conn(self) -> sqlite3.Connection:
        """The transaction's connection."""
        return self._conn

    def vector_param(self, vector: Vectors) -> bytes:
        return np.asarray(vector, dtype=np.float32).tobytes()

    def claims_removed(self) -> None:
        # Every process's index rereads from scratch when the generation moves.
        self.run("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


class SqliteStore(_SqliteReads, SqlStore):
    """The embedded store: a SQLite file in WAL mode; writers take the database lock in turn."""

    def __init__(
        self,
        path: str | Path,
        *,
        embedder_name: str,
        dimension: int,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.busy_timeout = busy_timeout
        self._model = f"{embedder_name}/{dimension}"
        self._index = VectorIndex(dimension)
        super().__init__()

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (sqlite3 connections are not shared between threads)."""
        conn: sqlite3.Connection = self._connections.get()
        return conn

    def _open(self) -> sqlite3.Connection:
        # Autocommit mode: transactions are opened explicitly, so that BEGIN IMMEDIATE is ours.
        # Each connection is used by the thread that opened it only; close() may run on another
        # (a threaded server shutting down), which sqlite3 otherwise refuses.
        conn = sqlite3.connect(
            self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def _transaction(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE on ``conn`` (this thread's by default): committed when the block ends,
        rolled back on any error."""
        with self.unavailable_raised():
            conn = self.conn if conn is None else conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            finally:
                # SQLite rolls back by itself after some errors (a full disk, an I/O error); a
                # COMMIT that failed leaves the transaction open.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        with self._transaction(conn) as tx:
            version = tx.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path} has schema version {version}; this release knows {SCHEMA_VERSION}"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        tx.execute(statement)
            tx.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            model = self._model
            tx.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('embedder', ?)", (model,))
            tx.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0')")
            stored = tx.execute("SELECT value FROM meta WHERE key = 'embedder'").fetchone()[0]
            if stored != model:
                raise RuntimeError(
                    f"{self.path} holds vectors from {stored}, not {model}: "
                    "use another database file or the model that filled this one"
                )

    @contextmanager
    def writer(self) -> Iterator[_Writer]:
        """A write transaction; it waits for other writers, in this process or another, for
        ``busy_timeout`` seconds at most (then ``StoreUnavailableError``)."""
        with self._transaction() as conn:
            yield _Writer(conn, self._index)
