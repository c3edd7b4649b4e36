"""The embedded default store: one SQLite file, shared safely by several worker processes."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from service.embeddings.base import Vectors
from service.pipeline.models import (
    Article,
    ArticleInput,
    Claim,
    Contradiction,
    ExtractedClaim,
    Moment,
)

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

_CLAIM_COLUMNS = (
    "{c}.id AS {p}id, {c}.article_id AS {p}article_id, {c}.text AS {p}text, "
    '{c}.sentence AS {p}sentence, {c}.start AS {p}start, {c}."end" AS {p}end, '
    "{c}.speaker AS {p}speaker, {c}.created_at AS {p}created_at, "
    "{c}.checkworthiness AS {p}checkworthiness, "
    "{a}.source AS {p}source, {a}.published_at AS {p}published_at"
)
_CLAIMS_SELECT = (
    f"SELECT {_CLAIM_COLUMNS.format(c='c', a='a', p='')} "
    "FROM claims c JOIN articles a ON a.id = c.article_id"
)
_CONTRADICTIONS_SELECT = (
    "SELECT x.id, x.score, x.kind, x.explanation, x.created_at, "
    f"{_CLAIM_COLUMNS.format(c='c1', a='a1', p='c1_')}, "
    f"{_CLAIM_COLUMNS.format(c='c2', a='a2', p='c2_')} "
    "FROM contradictions x "
    "JOIN claims c1 ON c1.id = x.claim_id JOIN articles a1 ON a1.id = c1.article_id "
    "JOIN claims c2 ON c2.id = x.conflicting_claim_id JOIN articles a2 ON a2.id = c2.article_id"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _moment_out(moment: Moment | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _moment_in(raw: str | None) -> Moment | None:
    if raw is None:
        return None
    return dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)


def _claim(row: sqlite3.Row, prefix: str = "", similarity: float | None = None) -> Claim:
    return Claim(
        id=row[f"{prefix}id"],
        article_id=row[f"{prefix}article_id"],
        text=row[f"{prefix}text"],
        sentence=row[f"{prefix}sentence"],
        start=row[f"{prefix}start"],
        end=row[f"{prefix}end"],
        speaker=row[f"{prefix}speaker"],
        source=row[f"{prefix}source"],
        published_at=_moment_in(row[f"{prefix}published_at"]),
        created_at=dt.datetime.fromisoformat(row[f"{prefix}created_at"]),
        similarity=similarity,
        checkworthiness=row[f"{prefix}checkworthiness"],
    )


def _contradiction(row: sqlite3.Row) -> Contradiction:
    return Contradiction(
        id=row["id"],
        claim=_claim(row, "c1_"),
        conflicting_claim=_claim(row, "c2_"),
        score=row["score"],
        kind=row["kind"],
        explanation=row["explanation"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
    )


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


class _Reads:
    """Read queries over ``conn``: the store's own, or a write transaction's."""

    _index: _VectorIndex

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection these queries run on."""
        raise NotImplementedError

    def _article(self, row: sqlite3.Row, *, detailed: bool) -> Article:
        claims: list[Claim] = []
        contradictions: list[Contradiction] = []
        if detailed:
            claims = [
                _claim(r)
                for r in self.conn.execute(
                    f"{_CLAIMS_SELECT} WHERE c.article_id = ? ORDER BY c.position", (row["id"],)
                )
            ]
            contradictions = self.list_contradictions(
                claim_id=None, article_id=row["id"], min_score=None, after=None, limit=-1
            )
        return Article(
            id=row["id"],
            text=row["text"],
            title=row["title"],
            source=row["source"],
            url=row["url"],
            published_at=_moment_in(row["published_at"]),
            created_at=dt.datetime.fromisoformat(row["created_at"]),
            claim_count=row["claim_count"],
            claims=claims,
            contradictions=contradictions,
        )

    _ARTICLE_SELECT = (
        "SELECT a.*, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claim_count "
        "FROM articles a"
    )

    def get_article(self, article_id: int) -> Article | None:
        row = self.conn.execute(f"{self._ARTICLE_SELECT} WHERE a.id = ?", (article_id,)).fetchone()
        return self._article(row, detailed=True) if row else None

    def find_article(self, *, text_hash: str, idempotency_key: str | None) -> Article | None:
        row = None
        if idempotency_key is not None:
            row = self.conn.execute(
                f"{self._ARTICLE_SELECT} WHERE a.idempotency_key = ?", (idempotency_key,)
            ).fetchone()
        if row is None:
            row = self.conn.execute(
                f"{self._ARTICLE_SELECT} WHERE a.text_hash = ?", (text_hash,)
            ).fetchone()
        return self._article(row, detailed=True) if row else None

    def list_articles(self, *, after: int | None, limit: int) -> list[Article]:
        rows = self.conn.execute(
            f"{self._ARTICLE_SELECT} WHERE a.id > ? ORDER BY a.id LIMIT ?", (after or 0, limit)
        ).fetchall()
        return [self._article(r, detailed=False) for r in rows]

    def get_claim(self, claim_id: int) -> Claim | None:
        row = self.conn.execute(f"{_CLAIMS_SELECT} WHERE c.id = ?", (claim_id,)).fetchone()
        return _claim(row) if row else None

    def list_claims(
        self, *, article_id: int | None, source: str | None, after: int | None, limit: int
    ) -> list[Claim]:
        where, params = self._claim_filters(article_id, source)
        rows = self.conn.execute(
            f"{_CLAIMS_SELECT} WHERE c.id > ? {where} ORDER BY c.id LIMIT ?",
            (after or 0, *params, limit),
        ).fetchall()
        return [_claim(r) for r in rows]

    @staticmethod
    def _claim_filters(article_id: int | None, source: str | None) -> tuple[str, list[Any]]:
        where, params = "", list[Any]()
        if article_id is not None:
            where += " AND c.article_id = ?"
            params.append(article_id)
        if source is not None:
            where += " AND a.source = ?"
            params.append(source)
        return where, params

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
        where, params = self._claim_filters(None, source)
        found: list[Claim] = []
        # Walk the ranking in chunks so that a source filter still fills the page.
        position, wanted = 0, offset + limit
        while len(found) < wanted and position < len(ranked_ids):
            chunk = ranked_ids[position : position + max(wanted * 2, 64)]
            chunk_scores = dict(
                zip(chunk.tolist(), ranked_scores[position : position + len(chunk)], strict=True)
            )
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"{_CLAIMS_SELECT} WHERE c.id IN ({marks}) {where}", (*chunk.tolist(), *params)
            ).fetchall()
            by_id = {r["id"]: r for r in rows}
            for claim_id in chunk.tolist():
                if claim_id in by_id:
                    found.append(_claim(by_id[claim_id], similarity=float(chunk_scores[claim_id])))
            position += len(chunk)
        return found[offset:wanted]

    def get_contradiction(self, contradiction_id: int) -> Contradiction | None:
        row = self.conn.execute(
            f"{_CONTRADICTIONS_SELECT} WHERE x.id = ?", (contradiction_id,)
        ).fetchone()
        return _contradiction(row) if row else None

    def list_contradictions(
        self,
        *,
        claim_id: int | None,
        article_id: int | None,
        min_score: float | None,
        after: int | None,
        limit: int,
    ) -> list[Contradiction]:
        where, params = "x.id > ?", list[Any]([after or 0])
        if claim_id is not None:
            where += " AND (x.claim_id = ? OR x.conflicting_claim_id = ?)"
            params += [claim_id, claim_id]
        if article_id is not None:
            where += " AND (c1.article_id = ? OR c2.article_id = ?)"
            params += [article_id, article_id]
        if min_score is not None:
            where += " AND x.score >= ?"
            params.append(min_score)
        rows = self.conn.execute(
            f"{_CONTRADICTIONS_SELECT} WHERE {where} ORDER BY x.id LIMIT ?", (*params, limit)
        ).fetchall()
        return [_contradiction(r) for r in rows]


class _Writer(_Reads):
    """One open write transaction (BEGIN IMMEDIATE): reads see it, writes go into it."""

    def __init__(self, conn: sqlite3.Connection, index: _VectorIndex) -> None:
        self._conn = conn
        self._index = index

    @property
    def conn(self) -> sqlite3.Connection:
        """The transaction's connection."""
        return self._conn

    def add_article(
        self, article: ArticleInput, *, text_hash: str, idempotency_key: str | None
    ) -> int:
        cursor = self.conn.execute(
            "INSERT INTO articles (text, text_hash, idempotency_key, title, source, url, "
            "published_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.text,
                text_hash,
                idempotency_key,
                article.title,
                article.source,
                article.url,
                _moment_out(article.published_at),
                _now(),
            ),
        )
        return int(cursor.lastrowid or 0)

    def add_claims(
        self, article_id: int, claims: Sequence[ExtractedClaim], vectors: Vectors
    ) -> list[Claim]:
        created = _now()
        self.conn.executemany(
            'INSERT INTO claims (article_id, position, text, sentence, start, "end", speaker, '
            "checkworthiness, embedding, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    position,
                    claim.text,
                    claim.sentence,
                    claim.start,
                    claim.end,
                    claim.speaker,
                    claim.checkworthiness,
                    np.asarray(vector, dtype=np.float32).tobytes(),
                    created,
                )
                for position, (claim, vector) in enumerate(zip(claims, vectors, strict=True))
            ],
        )
        rows = self.conn.execute(
            f"{_CLAIMS_SELECT} WHERE c.article_id = ? ORDER BY c.position", (article_id,)
        ).fetchall()
        return [_claim(r) for r in rows]

    def add_contradictions(self, contradictions: Sequence[Contradiction]) -> None:
        created = _now()
        self.conn.executemany(
            "INSERT OR IGNORE INTO contradictions (claim_id, conflicting_claim_id, score, kind, "
            "explanation, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (c.claim.id, c.conflicting_claim.id, c.score, c.kind, c.explanation, created)
                for c in contradictions
            ],
        )


class SqliteStore(_Reads):
    """The embedded store: a SQLite file in WAL mode; writers take the database lock in turn."""

    def __init__(self, path: str | Path, *, embedder_name: str, dimension: int) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._index = _VectorIndex(dimension)
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._migrate(embedder_name, dimension)

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (sqlite3 connections are not shared between threads)."""
        return self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            # Autocommit mode: transactions are opened explicitly, so that BEGIN IMMEDIATE is ours.
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA synchronous = NORMAL")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
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
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()
