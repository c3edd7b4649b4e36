"""The embedded default store: one SQLite file, shared safely by several worker processes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from service.embeddings.base import Vectors
from service.pipeline.models import Claim
from service.store.sql import Reads, ThreadConnections, Writes

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
}
SCHEMA_VERSION = max(MIGRATIONS)


class _VectorIndex:
    """Every stored claim vector of one database, in memory, kept up to date incrementally.

    Claim ids only grow and writers are serialised, so rows newer than the last seen id are all
    that a refresh has to read; a deletion bumps ``meta.generation`` and forces a full reload.
    """

    def __init__(self, dimension: int | None = None) -> None:
        self._lock = threading.Lock()
        self._generation: str | None = None
        self._last_id = 0
        self._ids = np.zeros(0, dtype=np.int64)
        self._articles = np.zeros(0, dtype=np.int64)
        self._matrix = np.zeros((0, dimension or 0), dtype=np.float32)

    def snapshot(self, conn: sqlite3.Connection) -> tuple[Any, Any, Any]:
        """(claim ids, article ids, vectors) as committed now."""
        with self._lock:
            row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
            generation = row[0] if row else "0"
            if generation != self._generation:
                self._generation, self._last_id = generation, 0
                self._ids = np.zeros(0, dtype=np.int64)
                self._articles = np.zeros(0, dtype=np.int64)
                self._matrix = np.zeros((0, self._matrix.shape[1]), dtype=np.float32)
            rows = conn.execute(
                "SELECT id, article_id, embedding FROM claims WHERE id > ? ORDER BY id",
                (self._last_id,),
            ).fetchall()
            if rows:
                vectors = np.stack([np.frombuffer(r[2], dtype=np.float32) for r in rows])
                if self._matrix.shape[0] == 0:
                    self._matrix = vectors
                else:
                    self._matrix = np.vstack([self._matrix, vectors])
                self._ids = np.concatenate([self._ids, [r[0] for r in rows]])
                self._articles = np.concatenate([self._articles, [r[1] for r in rows]])
                self._last_id = int(rows[-1][0])
            return self._ids, self._articles, self._matrix


class _SqliteReads(Reads):
    """The shared queries, with nearest claims from the in-memory index."""

    _index: _VectorIndex

    def nearest_claims(
        self,
        vector: Vectors,
        *,
        limit: int,
        min_similarity: float,
        offset: int = 0,
        article_id: int | None = None,
        source: str | None = None,
    ) -> list[Claim]:
        ids, articles, matrix = self._index.snapshot(self.conn)
        if len(ids) == 0:
            return []
        scores = matrix @ np.asarray(vector, dtype=np.float32).reshape(-1)
        keep = scores >= min_similarity
        if article_id is not None:
            keep &= articles == article_id
        order = np.argsort(-scores[keep], kind="stable")
        ranked_ids, ranked_scores = ids[keep][order], scores[keep][order]
        found: list[Claim] = []
        # Walk the ranking in chunks so that a source filter still fills the page.
        position, wanted = 0, offset + limit
        while len(found) < wanted and position < len(ranked_ids):
            size = max(wanted * 2, 64)
            chunk = zip(
                ranked_ids[position : position + size].tolist(),
                ranked_scores[position : position + size].tolist(),
                strict=True,
            )
            found += self.hydrate(list(chunk), source)
            position += size
        return found[offset:wanted]


class _Writer(_SqliteReads, Writes):
    """One open write transaction (BEGIN IMMEDIATE)."""

    def __init__(self, conn: sqlite3.Connection, index: _VectorIndex) -> None:
        self._conn = conn
        self._index = index

    @property
    def conn(self) -> sqlite3.Connection:
        """The transaction's connection."""
        return self._conn

    def vector_param(self, vector: Vectors) -> bytes:
        return np.asarray(vector, dtype=np.float32).tobytes()


class SqliteStore(_SqliteReads):
    """The embedded store: a SQLite file in WAL mode; writers take the database lock in turn."""

    def __init__(self, path: str | Path, *, embedder_name: str, dimension: int) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._index = _VectorIndex(dimension)
        self._connections = ThreadConnections(self._open)
        self._migrate(embedder_name, dimension)

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (sqlite3 connections are not shared between threads)."""
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = self._connections.get()
        return conn

    def _open(self) -> sqlite3.Connection:
        # Autocommit mode: transactions are opened explicitly, so that BEGIN IMMEDIATE is ours.
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _migrate(self, embedder_name: str, dimension: int) -> None:
        conn = self._connect()
        conn.execute("PRAGMA journal_mode = WAL")
        with self._transaction() as tx:
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
            model = f"{embedder_name}/{dimension}"
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
        """A write transaction; it waits for other writers, in this process or another."""
        with self._transaction() as conn:
            yield _Writer(conn, self._index)

    def delete_article(self, article_id: int) -> bool:
        """Delete the article; claims and contradictions go with it by cascade."""
        with self._transaction() as tx:
            deleted = tx.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
            if deleted:
                tx.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
                )
        return bool(deleted)

    def ping(self) -> None:
        """A trivial query."""
        self._connect().execute("SELECT 1").fetchone()

    def close(self) -> None:
        """Close every connection this store opened."""
        self._connections.close_all()
