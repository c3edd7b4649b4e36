"""SQL shared by the stores: rows to models, the read queries, and the write transaction.

Queries are written once with ``?`` placeholders; a dialect (SQLite, PostgreSQL) turns them into
its own and supplies what differs: how a vector is stored, how the nearest claims are found, and
which of its driver's errors mean that the database cannot answer just now (those become
``StoreUnavailableError``, a 503; every other error, a bug, stays what it is).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from service.domain.errors import StoreUnavailableError
from service.domain.models import (
    EVERY_CLAIM,
    Article,
    ArticleInput,
    Claim,
    ClaimFilter,
    Contradiction,
    Dispute,
    DisputeDraft,
    DisputeFilter,
    Entity,
    ExtractedClaim,
    Moment,
    Review,
    ReviewedPair,
    ReviewState,
    Vectors,
    as_day,
    entity_key,
    separated,
    side_of,
)

CLAIM_COLUMNS = (
    "{c}.id AS {p}id, {c}.article_id AS {p}article_id, {c}.text AS {p}text, "
    '{c}.sentence AS {p}sentence, {c}.start AS {p}start, {c}."end" AS {p}end, '
    "{c}.speaker AS {p}speaker, {c}.speaker_role AS {p}speaker_role, {c}.entities AS {p}entities, "
    "{c}.created_at AS {p}created_at, "
    "{c}.checkworthiness AS {p}checkworthiness, "
    "{a}.source AS {p}source, {a}.published_at AS {p}published_at"
)
_CLAIM_COLUMNS = CLAIM_COLUMNS.format(c="c", a="a", p="")
CLAIMS_SELECT = f"SELECT {_CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id"
REVIEW_COLUMNS = (
    "r.verdict AS r_verdict, r.note AS r_note, r.reviewed_at AS r_reviewed_at, "
    "r.reviewed_by AS r_reviewed_by"
)
CONTRADICTIONS_SELECT = (
    "SELECT x.id, x.score, x.kind, x.explanation, x.created_at, x.dispute_id, "
    f"{REVIEW_COLUMNS}, "
    f"{CLAIM_COLUMNS.format(c='c1', a='a1', p='c1_')}, "
    f"{CLAIM_COLUMNS.format(c='c2', a='a2', p='c2_')} "
    "FROM contradictions x "
    "JOIN claims c1 ON c1.id = x.claim_id JOIN articles a1 ON a1.id = c1.article_id "
    "JOIN claims c2 ON c2.id = x.conflicting_claim_id JOIN articles a2 ON a2.id = c2.article_id "
    "LEFT JOIN reviews r ON r.pair_key = x.pair_key"
)
# A contradiction no reviewer dismissed: one that is raised (in answers and disputes).
NOT_DISMISSED = "(r.verdict IS NULL OR r.verdict <> 'dismissed')"
_DISPUTE_COLUMNS = "d.id, d.title, d.separated, d.created_at, d.updated_at"

# Well under SQLite's limit on parameters in one statement (PostgreSQL's is higher).
_VALUES_PER_QUERY = 500


def _chunked(values: Sequence[Any]) -> Iterator[tuple[list[Any], str]]:
    """``values`` in pieces of at most ``_VALUES_PER_QUERY``, each with its placeholders."""
    for start in range(0, len(values), _VALUES_PER_QUERY):
        chunk = list(values[start : start + _VALUES_PER_QUERY])
        yield chunk, ",".join("?" * len(chunk))


log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="Reads")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def moment_out(moment: Moment | None) -> str | None:
    return None if moment is None else moment.isoformat()


def moment_in(raw: str | None) -> Moment | None:
    if raw is None:
        return None
    return dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)


def entities_out(entities: Sequence[Entity]) -> str:
    return json.dumps([[e.text, e.kind] for e in entities], ensure_ascii=False)


def entities_in(raw: str | None) -> tuple[Entity, ...] | None:
    if raw is None:
        return None
    return tuple(Entity(text, kind) for text, kind in json.loads(raw))


def claim_row(row: Any, prefix: str = "", similarity: float | None = None) -> Claim:
    return Claim(
        id=row[f"{prefix}id"],
        article_id=row[f"{prefix}article_id"],
        text=row[f"{prefix}text"],
        sentence=row[f"{prefix}sentence"],
        start=row[f"{prefix}start"],
        end=row[f"{prefix}end"],
        speaker=row[f"{prefix}speaker"],
        speaker_role=row[f"{prefix}speaker_role"],
        entities=entities_in(row[f"{prefix}entities"]),
        source=row[f"{prefix}source"],
        published_at=moment_in(row[f"{prefix}published_at"]),
        created_at=dt.datetime.fromisoformat(row[f"{prefix}created_at"]),
        similarity=similarity,
        checkworthiness=row[f"{prefix}checkworthiness"],
    )


def review_row(row: Any) -> Review | None:
    if row["r_verdict"] is None:
        return None
    return Review(
        verdict=row["r_verdict"],
        note=row["r_note"],
        reviewed_at=dt.datetime.fromisoformat(row["r_reviewed_at"]),
        reviewed_by=row["r_reviewed_by"],
    )


def contradiction_row(row: Any) -> Contradiction:
    return Contradiction(
        id=row["id"],
        claim=claim_row(row, "c1_"),
        conflicting_claim=claim_row(row, "c2_"),
        score=row["score"],
        kind=row["kind"],
        explanation=row["explanation"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        review=review_row(row),
        dispute_id=row["dispute_id"],
    )


class ThreadConnections:
    """One connection per thread (neither sqlite3 nor psycopg connections are shared between
    threads), opened on first use, reopened if closed, all closed together."""

    def __init__(self, opener: Callable[[], Any]) -> None:
        self._opener = opener
        self._local = threading.local()
        self._opened: list[Any] = []
        self._lock = threading.Lock()

    def get(self) -> Any:
        """This thread's connection; a new one if it has none or its last one broke."""
        conn = getattr(self._local, "conn", None)
        if conn is None or _closed(conn):
            self.drop_broken()
            conn = self._opener()
            self._local.conn = conn
            with self._lock:
                self._opened.append(conn)
        return conn

    def drop_broken(self) -> bool:
        """Forget this thread's connection if it broke (psycopg closes a connection whose server
        went away); True if it did, so that the next ``get`` connects afresh."""
        conn = getattr(self._local, "conn", None)
        if conn is None or not _closed(conn):
            return False
        del self._local.conn
        with self._lock:
            self._opened = [c for c in self._opened if c is not conn]
        return True

    def close_all(self) -> None:
        """Close every connection opened so far; the next ``get`` opens a new one."""
        with self._lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
        self._local = threading.local()


def _closed(conn: Any) -> bool:
    # sqlite3 connections have no such flag: a file does not go away like a server.
    return bool(getattr(conn, "closed", False))


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """A read that raises ``StoreUnavailableError`` when the database cannot answer; one that met
    a connection broken since its last use (the server restarted, or dropped it while idle) is
    run once more on a new connection, so the first request after an outage does not fail."""

    @functools.wraps(method)
    def read(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self.unavailable_raised():
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:
                if not (self.unavailable(exc) and self.reconnect()):
                    raise
            return method(self, *args, **kwargs)

    return read


class Reads:
    """Read queries over ``conn``: the store's own, or a write transaction's."""

    @property
    def conn(self) -> Any:
        """The connection these queries run on (sqlite3 or psycopg: both have ``execute``)."""
        raise NotImplementedError

    def sql(self, query: str) -> str:
        """The query in this dialect's placeholders."""
        return query

    def unavailable(self, exc: Exception) -> bool:
        """Whether ``exc`` means the database cannot answer just now (down, restarting, locked
        for too long), not that the query is wrong."""
        return False

    def reconnect(self) -> bool:
        """Drop this thread's connection if it broke; True if a new one is worth a try (never
        inside a write transaction: what it did so far went with the connection)."""
        return False

    @contextmanager
    def unavailable_raised(self) -> Iterator[None]:
        """Raise the database's failures to answer as ``StoreUnavailableError``."""
        try:
            yield
        except Exception as exc:
            if not self.unavailable(exc):
                raise
            raise StoreUnavailableError(f"{type(exc).__name__}: {exc}") from exc

    def run(self, query: str, params: Sequence[Any] = ()) -> Any:
        """Execute a ``?``-placeholder query; returns the cursor."""
        return self.conn.execute(self.sql(query), tuple(params))

    def _article(self, row: Any, *, detailed: bool) -> Article:
        claims: list[Claim] = []
        contradictions: list[Contradiction] = []
        if detailed:
            claims = self._claims_of(row["id"])
            contradictions = self.list_contradictions(
                claim_id=None,
                article_id=row["id"],
                min_score=None,
                after=None,
                limit=None,
                raised=True,
            )
        return Article(
            id=row["id"],
            text=row["text"],
            title=row["title"],
            source=row["source"],
            url=row["url"],
            published_at=moment_in(row["published_at"]),
            created_at=dt.datetime.fromisoformat(row["created_at"]),
            claim_count=row["claim_count"],
            claims=claims,
            contradictions=contradictions,
        )

    _ARTICLE_SELECT = (
        "SELECT a.*, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claim_count "
        "FROM articles a"
    )

    def _claims_of(self, article_id: int) -> list[Claim]:
        rows = self.run(
            f"{CLAIMS_SELECT} WHERE c.article_id = ? ORDER BY c.position", (article_id,)
        ).fetchall()
        return [claim_row(r) for r in rows]

    @guarded
    def get_article(self, article_id: int) -> Article | None:
        row = self.run(f"{self._ARTICLE_SELECT} WHERE a.id = ?", (article_id,)).fetchone()
        return self._article(row, detailed=True) if row else None

    @guarded
    def find_article(self, *, text_hash: str, idempotency_key: str | None) -> Article | None:
        row = None
        if idempotency_key is not None:
            row = self.run(
                f"{self._ARTICLE_SELECT} WHERE a.idempotency_key = ?", (idempotency_key,)
            ).fetchone()
        if row is None:
            row = self.run(f"{self._ARTICLE_SELECT} WHERE a.text_hash = ?", (text_hash,)).fetchone()
        return self._article(row, detailed=True) if row else None

    @guarded
    def list_articles(self, *, after: int | None, limit: int) -> list[Article]:
        rows = self.run(
            f"{self._ARTICLE_SELECT} WHERE a.id > ? ORDER BY a.id LIMIT ?", (after or 0, limit)
        ).fetchall()
        return [self._article(r, detailed=False) for r in rows]

    @guarded
    def get_claim(self, claim_id: int) -> Claim | None:
        row = self.run(f"{CLAIMS_SELECT} WHERE c.id = ?", (claim_id,)).fetchone()
        return claim_row(row) if row else None

    @guarded
    def list_claims(
        self, *, after: int | None, limit: int, where: ClaimFilter = EVERY_CLAIM
    ) -> list[Claim]:
        condition, params = self.claim_filters(where)
        rows = self.run(
            f"{CLAIMS_SELECT} WHERE c.id > ? {condition} ORDER BY c.id LIMIT ?",
            (after or 0, *params, limit),
        ).fetchall()
        return [claim_row(r) for r in rows]

    @staticmethod
    def claim_filters(where: ClaimFilter) -> tuple[str, list[Any]]:
        """SQL (``AND ...`` clauses over claims ``c`` and articles ``a``) and its parameters."""
        condition, params = "", list[Any]()
        if where.speaker is not None:
            condition += " AND c.speaker = ?"
            params.append(where.speaker)
        if where.entity is not None:
            condition += (
                " AND EXISTS (SELECT 1 FROM claim_entities e"
                " WHERE e.claim_id = c.id AND e.name = ?)"
            )
            params.append(entity_key(where.entity))
        if where.article_id is not None:
            condition += " AND c.article_id = ?"
            params.append(where.article_id)
        if where.source is not None:
            condition += " AND a.source = ?"
            params.append(where.source)
        return condition, params

    def vector_value(self, stored: Any) -> Any:
        """A stored claim vector as numbers."""
        raise NotImplementedError

    def rows_where_in(self, select: str, column: str, values: Sequence[Any]) -> list[Any]:
        """``select`` rows whose ``column`` is one of ``values``, asked in chunks small enough
        for any database's limit on parameters in one statement."""
        rows: list[Any] = []
        for chunk, marks in _chunked(values):
            rows += self.run(f"{select} WHERE {column} IN ({marks})", chunk).fetchall()
        return rows

    @guarded
    def stored_vectors(self, texts: Sequence[str]) -> dict[str, Any]:
        rows = self.rows_where_in(
            "SELECT text, embedding FROM claims", "text", list(dict.fromkeys(texts))
        )
        return {r["text"]: self.vector_value(r["embedding"]) for r in rows}

    def hydrate(
        self, ranked: Sequence[tuple[int, float]], where: ClaimFilter = EVERY_CLAIM
    ) -> list[Claim]:
        """Claims for (id, similarity) pairs, in that order, those ``where`` leaves out left out
        (its article aside: the caller asked for the ids)."""
        if not ranked:
            return []
        condition, params = self.claim_filters(replace(where, article_id=None))
        marks = ",".join("?" * len(ranked))
        rows = self.run(
            f"{CLAIMS_SELECT} WHERE c.id IN ({marks}) {condition}",
            (*(i for i, _ in ranked), *params),
        ).fetchall()
        by_id = {r["id"]: r for r in rows}
        return [claim_row(by_id[i], similarity=s) for i, s in ranked if i in by_id]

    @guarded
    def get_contradiction(self, contradiction_id: int) -> Contradiction | None:
        row = self.run(f"{CONTRADICTIONS_SELECT} WHERE x.id = ?", (contradiction_id,)).fetchone()
        return contradiction_row(row) if row else None

    @guarded
    def list_contradictions(
        self,
        *,
        claim_id: int | None,
        article_id: int | None,
        min_score: float | None,
        after: int | None,
        limit: int | None,
        review: ReviewState | None = None,
        raised: bool = False,
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
        if review == "unreviewed":
            where += " AND r.verdict IS NULL"
        elif review is not None:
            where += " AND r.verdict = ?"
            params.append(review)
        if raised:
            where += f" AND {NOT_DISMISSED}"
        if limit is not None:
            where += " ORDER BY x.id LIMIT ?"
            params.append(limit)
        else:
            where += " ORDER BY x.id"
        rows = self.run(f"{CONTRADICTIONS_SELECT} WHERE {where}", params).fetchall()
        return [contradiction_row(r) for r in rows]

    @guarded
    def list_reviews(
        self, *, verdict: str | None, after: int | None, limit: int
    ) -> list[ReviewedPair]:
        """Reviewed pairs of claim texts in the order first reviewed, with one verdict or
        any."""
        where, params = "r.id > ?", list[Any]([after or 0])
        if verdict is not None:
            where += " AND r.verdict = ?"
            params.append(verdict)
        rows = self.run(
            f"SELECT r.id, r.claim_text, r.conflicting_claim_text, {REVIEW_COLUMNS} "
            f"FROM reviews r WHERE {where} ORDER BY r.id LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [
            ReviewedPair(
                id=r["id"],
                claim_text=r["claim_text"],
                conflicting_claim_text=r["conflicting_claim_text"],
                review=cast(Review, review_row(r)),
            )
            for r in rows
        ]

    # -- disputes ---------------------------------------------------------------------------

    @guarded
    def get_dispute(self, dispute_id: int) -> Dispute | None:
        """One dispute with the claims on each side."""
        rows = self.run(
            f"SELECT {_DISPUTE_COLUMNS} FROM disputes d WHERE d.id = ?", (dispute_id,)
        ).fetchall()
        found = self._disputes(rows)
        return found[0] if found else None

    @guarded
    def list_disputes(self, *, where: DisputeFilter, offset: int, limit: int) -> list[Dispute]:
        """Disputes, the latest to change first, those ``where`` asks for."""
        condition, params = "TRUE", list[Any]()
        # From the filter's side: the claims that pass it, then their disputes (indexed), so a
        # filter that keeps few disputes does not look at every one.
        member = (
            "d.id IN (SELECT m.dispute_id FROM dispute_claims m JOIN claims c ON c.id = m.claim_id "
            "JOIN articles a ON a.id = c.article_id WHERE {})"
        )
        said = "substr(COALESCE(a.published_at, c.created_at), 1, 10)"
        for value, test in (
            (where.source, "a.source = ?"),
            (where.claim_id, "c.id = ?"),
            (where.article_id, "c.article_id = ?"),
            (where.since, f"{said} >= ?"),
            (where.until, f"{said} <= ?"),
        ):
            if value is not None:
                condition += " AND " + member.format(test)
                params.append(value.isoformat() if isinstance(value, dt.date) else value)
        if where.separated is not None:
            condition += " AND d.separated = ?"
            params.append(int(where.separated))
        rows = self.run(
            f"SELECT {_DISPUTE_COLUMNS} FROM disputes d WHERE {condition} "
            "ORDER BY d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return self._disputes(rows)

    def _disputes(self, rows: Sequence[Any]) -> list[Dispute]:
        """Disputes for their rows, in order, with their claims and contradiction counts."""
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ",".join("?" * len(ids))
        members = self.run(
            f"SELECT m.dispute_id AS dispute_id, m.side AS side, {_CLAIM_COLUMNS} "
            "FROM dispute_claims m JOIN claims c ON c.id = m.claim_id "
            f"JOIN articles a ON a.id = c.article_id WHERE m.dispute_id IN ({marks})",
            ids,
        ).fetchall()
        sides: dict[int, tuple[list[Claim], list[Claim]]] = {i: ([], []) for i in ids}
        for m in members:
            sides[m["dispute_id"]][m["side"]].append(claim_row(m))
        counts = {
            r["dispute_id"]: int(r["n"])
            for r in self.run(
                "SELECT dispute_id, COUNT(*) AS n FROM contradictions "
                f"WHERE dispute_id IN ({marks}) GROUP BY dispute_id",
                ids,
            ).fetchall()
        }
        disputes = []
        for r in rows:
            one, other = sides[r["id"]]
            if not one or not other:  # cannot happen: a dispute is written with both sides
                continue
            shown = sorted(
                [side_of(one), side_of(other)],
                key=lambda side: (as_day(side.first_said), as_day(side.last_said)),
            )
            disputes.append(
                Dispute(
                    id=r["id"],
                    title=r["title"],
                    sides=shown,
                    separated=separated(shown),
                    contradiction_count=counts.get(r["id"], 0),
                    created_at=dt.datetime.fromisoformat(r["created_at"]),
                    updated_at=dt.datetime.fromisoformat(r["updated_at"]),
                )
            )
        return disputes

    @guarded
    def disputes_holding(self, claim_ids: Sequence[int]) -> list[int]:
        """The disputes any of these claims stands in."""
        rows = self.rows_where_in(
            "SELECT DISTINCT dispute_id FROM dispute_claims", "claim_id", claim_ids
        )
        return sorted({int(r["dispute_id"]) for r in rows})

    @guarded
    def dismissed(self, pair_keys: Sequence[str]) -> set[str]:
        """Which of these pairs of claim texts a reviewer dismissed."""
        rows = self.rows_where_in("SELECT pair_key, verdict FROM reviews", "pair_key", pair_keys)
        return {r["pair_key"] for r in rows if r["verdict"] == "dismissed"}

    def dispute_edges(
        self, dispute_ids: Sequence[int], claim_ids: Sequence[int]
    ) -> list[tuple[int, int, int, float, str]]:
        """The contradictions (id, claim, conflicting claim, score, kind) no reviewer dismissed
        that are in these disputes, or in none and touch these claims."""
        found: dict[int, Any] = {}
        select = (
            "SELECT x.id, x.claim_id, x.conflicting_claim_id, x.score, x.kind, "
            "r.verdict AS verdict "
            "FROM contradictions x LEFT JOIN reviews r ON r.pair_key = x.pair_key"
        )
        for row in self.rows_where_in(select, "x.dispute_id", dispute_ids):
            found[row["id"]] = row
        for column in ("x.claim_id", "x.conflicting_claim_id"):
            for row in self.rows_where_in(select, column, claim_ids):
                found[row["id"]] = row
        return [
            (
                int(r["id"]),
                int(r["claim_id"]),
                int(r["conflicting_claim_id"]),
                float(r["score"]),
                str(r["kind"]),
            )
            for _, r in sorted(found.items())
            if r["verdict"] != "dismissed"
        ]

    def claim_vectors(self, claim_ids: Sequence[int]) -> dict[int, Any]:
        """Each claim's vector, by claim id."""
        rows = self.rows_where_in("SELECT id, embedding FROM claims", "id", claim_ids)
        return {int(r["id"]): self.vector_value(r["embedding"]) for r in rows}

    def claims_by_id(self, claim_ids: Sequence[int]) -> dict[int, Claim]:
        """Claims by id."""
        return {
            c.id or 0: c
            for c in (claim_row(r) for r in self.rows_where_in(CLAIMS_SELECT, "c.id", claim_ids))
        }

    def dispute_state(
        self, dispute_ids: Sequence[int]
    ) -> dict[int, tuple[dict[int, int], set[int]]]:
        """Each dispute's sides (claim: side) and contradictions, by dispute id."""
        state: dict[int, tuple[dict[int, int], set[int]]] = {i: ({}, set()) for i in dispute_ids}
        for r in self.rows_where_in(
            "SELECT dispute_id, claim_id, side FROM dispute_claims", "dispute_id", dispute_ids
        ):
            state[int(r["dispute_id"])][0][int(r["claim_id"])] = int(r["side"])
        for r in self.rows_where_in(
            "SELECT dispute_id, id FROM contradictions", "dispute_id", dispute_ids
        ):
            state[int(r["dispute_id"])][1].add(int(r["id"]))
        return state

    @guarded
    def counts(self) -> dict[str, int]:
        """How many articles, claims, contradictions and disputes are stored."""
        kinds = ("articles", "claims", "contradictions", "disputes")
        row = self.run(
            "SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {k}) AS {k}" for k in kinds)
        ).fetchone()
        return {k: int(row[k]) for k in kinds}


class Writes(Reads):
    """The inserts of one open write transaction: reads see it, writes go into it."""

    def vector_param(self, vector: Vectors) -> Any:
        """A claim vector as this dialect stores it."""
        raise NotImplementedError

    def add_article(
        self, article: ArticleInput, *, text_hash: str, idempotency_key: str | None
    ) -> int:
        cursor = self.run(
            "INSERT INTO articles (text, text_hash, idempotency_key, title, source, url, "
            "published_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                article.text,
                text_hash,
                idempotency_key,
                article.title,
                article.source,
                article.url,
                moment_out(article.published_at),
                now(),
            ),
        )
        return int(cursor.fetchone()["id"])

    def add_claims(
        self, article_id: int, claims: Sequence[ExtractedClaim], vectors: Vectors
    ) -> list[Claim]:
        created = now()
        self.conn.cursor().executemany(
            self.sql(
                'INSERT INTO claims (article_id, position, text, sentence, start, "end", speaker, '
                "speaker_role, entities, checkworthiness, embedding, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            [
                (
                    article_id,
                    position,
                    claim.text,
                    claim.sentence,
                    claim.start,
                    claim.end,
                    claim.speaker,
                    claim.speaker_role,
                    entities_out(claim.entities),
                    claim.checkworthiness,
                    self.vector_param(vector),
                    created,
                )
                for position, (claim, vector) in enumerate(zip(claims, vectors, strict=True))
            ],
        )
        stored = self._claims_of(article_id)
        names = {(c.id, e.key) for c in stored for e in c.entities or ()}
        if names:
            self.conn.cursor().executemany(
                self.sql("INSERT INTO claim_entities (claim_id, name) VALUES (?, ?)"),
                sorted(names),
            )
        return stored

    def add_contradictions(self, contradictions: Sequence[Contradiction]) -> None:
        created = now()
        self.conn.cursor().executemany(
            self.sql(
                "INSERT INTO contradictions (claim_id, conflicting_claim_id, score, kind, "
                "explanation, created_at, pair_key) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING"
            ),
            [
                (
                    c.claim.id,
                    c.conflicting_claim.id,
                    c.score,
                    c.kind,
                    c.explanation,
                    created,
                    c.pair_key,
                )
                for c in contradictions
            ],
        )

    def review(self, contradiction: Contradiction, review: Review) -> None:
        """Keep ``review`` for the contradiction's pair of claim texts (a later review of the
        same pair replaces it)."""
        self.run(
            "INSERT INTO reviews (pair_key, claim_text, conflicting_claim_text, verdict, note, "
            "reviewed_at, reviewed_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (pair_key) DO UPDATE SET verdict = excluded.verdict, "
            "note = excluded.note, reviewed_at = excluded.reviewed_at, "
            "reviewed_by = excluded.reviewed_by",
            (
                contradiction.pair_key,
                contradiction.claim.text,
                contradiction.conflicting_claim.text,
                review.verdict,
                review.note,
                review.reviewed_at.isoformat(timespec="milliseconds"),
                review.reviewed_by,
            ),
        )
        # A contradiction stored before pairs had keys gets its key now.
        self.run(
            "UPDATE contradictions SET pair_key = ? WHERE id = ?",
            (contradiction.pair_key, contradiction.id),
        )

    def claim_ids_of(self, article_id: int) -> list[int]:
        """The ids of an article's claims."""
        rows = self.run("SELECT id FROM claims WHERE article_id = ?", (article_id,)).fetchall()
        return [int(r["id"]) for r in rows]

    def delete_article(self, article_id: int) -> bool:
        """Delete the article; its claims, their contradictions and their places in disputes go
        with it by cascade. False if it was not there."""
        deleted = self.run("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        if deleted:
            self.claims_removed()
        return bool(deleted)

    def claims_removed(self) -> None:
        """Called after claims were deleted (a store with its own index learns of it here)."""

    def unkeyed_contradictions(self, limit: int) -> list[Contradiction]:
        """Contradictions stored before pairs had keys (up to ``limit``)."""
        rows = self.run(
            f"{CONTRADICTIONS_SELECT} WHERE x.pair_key IS NULL ORDER BY x.id LIMIT ?", (limit,)
        ).fetchall()
        return [contradiction_row(r) for r in rows]

    def key_contradictions(self, keys: Sequence[tuple[str, int]]) -> None:
        """Store each (pair key, contradiction id)."""
        self.conn.cursor().executemany(
            self.sql("UPDATE contradictions SET pair_key = ? WHERE id = ?"), list(keys)
        )

    def ungrouped_claims(self, limit: int) -> list[int]:
        """Claims of contradictions that no reviewer dismissed and no dispute holds yet."""
        rows = self.run(
            "SELECT x.claim_id FROM contradictions x "
            "LEFT JOIN reviews r ON r.pair_key = x.pair_key "
            f"WHERE x.dispute_id IS NULL AND {NOT_DISMISSED} ORDER BY x.id LIMIT ?",
            (limit,),
        ).fetchall()
        return sorted({int(r["claim_id"]) for r in rows})

    def write_disputes(self, removed: Sequence[int], drafts: Sequence[DisputeDraft]) -> list[int]:
        """Remove the disputes ``removed``, write ``drafts`` (a draft with an id replaces that
        dispute's sides and contradictions; one without is a new dispute); the ids of the
        drafts, in order. A dispute's ``updated_at`` moves only when it changed."""
        stamp = now()
        for chunk, marks in _chunked(removed):
            self.run(
                f"UPDATE contradictions SET dispute_id = NULL WHERE dispute_id IN ({marks})", chunk
            )
            self.run(f"DELETE FROM disputes WHERE id IN ({marks})", chunk)
        ids: list[int] = []
        for draft in drafts:
            if draft.id is None:
                dispute_id = int(
                    self.run(
                        "INSERT INTO disputes (title, separated, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?) RETURNING id",
                        (draft.title, int(draft.separated), stamp, stamp),
                    ).fetchone()["id"]
                )
            else:
                dispute_id = draft.id
                if not draft.changed:
                    ids.append(dispute_id)
                    continue
                self.run(
                    "UPDATE disputes SET title = ?, separated = ?, updated_at = ? WHERE id = ?",
                    (draft.title, int(draft.separated), stamp, dispute_id),
                )
                self.run("DELETE FROM dispute_claims WHERE dispute_id = ?", (dispute_id,))
                self.run(
                    "UPDATE contradictions SET dispute_id = NULL WHERE dispute_id = ?",
                    (dispute_id,),
                )
            self.conn.cursor().executemany(
                self.sql(
                    "INSERT INTO dispute_claims (dispute_id, claim_id, side) VALUES (?, ?, ?)"
                ),
                [(dispute_id, claim, side) for claim, side in sorted(draft.sides.items())],
            )
            self.conn.cursor().executemany(
                self.sql("UPDATE contradictions SET dispute_id = ? WHERE id = ?"),
                [(dispute_id, x) for x in draft.contradictions],
            )
            ids.append(dispute_id)
        return ids


class SqlStore(Reads):
    """What both stores do alike: a connection per thread, the schema brought up to date on the
    first connection that opens, and the reads guarded against a database that cannot answer.

    A store made while its database cannot answer (a worker started, or restarted by gunicorn,
    during an outage) is made all the same: its calls raise ``StoreUnavailableError`` until the
    database answers, and the first connection that opens then migrates.
    """

    def __init__(self) -> None:
        self._connections = ThreadConnections(self._open_migrated)
        self._migrated = False
        self._migrating = threading.Lock()
        try:
            self.ping()
        except StoreUnavailableError as exc:
            log.warning("database unavailable at start; will retry on each request: %s", exc.reason)
        except BaseException:
            self.close()
            raise

    @property
    def conn(self) -> Any:
        """This thread's connection."""
        return self._connections.get()

    def _open(self) -> Any:
        """A new connection, set up."""
        raise NotImplementedError

    def _migrate(self, conn: Any) -> None:
        """Bring the schema on ``conn``'s database up to date and check its vectors' model."""
        raise NotImplementedError

    def _open_migrated(self) -> Any:
        conn = self._open()
        if not self._migrated:
            with self._migrating:
                if not self._migrated:
                    try:
                        self._migrate(conn)
                    except BaseException:
                        conn.close()
                        raise
                    self._migrated = True
        return conn

    def reconnect(self) -> bool:
        if not self._connections.drop_broken():
            return False
        log.warning("the connection to the database broke; trying a new one")
        return True

    def writer(self) -> AbstractContextManager[Writes]:
        """A write transaction."""
        raise NotImplementedError

    @guarded
    def ping(self) -> None:
        """A trivial query."""
        self.conn.execute("SELECT 1").fetchone()

    def close(self) -> None:
        """Close every connection this store opened."""
        self._connections.close_all()
