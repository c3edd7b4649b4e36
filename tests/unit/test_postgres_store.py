"""The PostgreSQL store on a real server: versioned schema, vectors tied to their model, and
nearest-claim search through the HNSW index."""

from __future__ import annotations

import numpy as np
import psycopg
import pytest

from service.disputes.keeping import catch_up
from service.domain.models import EVERY_DISPUTE, ArticleInput, ClaimFilter, Entity, ExtractedClaim
from service.store.postgres import SCHEMA_VERSION, PostgresStore
from tests.helpers import fresh_database


def unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_the_schema_is_versioned_and_reopening_changes_nothing(postgres: str) -> None:
    url = fresh_database(postgres)
    store = PostgresStore(url, embedder_name="test", dimension=3)
    with store.writer() as tx:
        article_id = tx.add_article(ArticleInput(text="A."), text_hash="a", idempotency_key=None)
        tx.add_claims(
            article_id,
            [ExtractedClaim("A.", "A.", 0, 2, None, checkworthiness=0.9)],
            unit(1, 0, 0).reshape(1, 3),
        )
    store.close()
    again = PostgresStore(url, embedder_name="test", dimension=3)
    assert len(again.list_claims(after=None, limit=10)) == 1
    versions = again.conn.execute("SELECT version FROM schema_version").fetchall()
    assert [r["version"] for r in versions] == list(range(1, SCHEMA_VERSION + 1))
    again.close()
    with pytest.raises(RuntimeError, match="holds vectors from test/3"):
        PostgresStore(url, embedder_name="other", dimension=3)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(RuntimeError, match="schema version 99"):
        PostgresStore(url, embedder_name="test", dimension=3)


def test_nearest_claims_come_best_first_above_the_threshold(postgres: str) -> None:
    store = PostgresStore(fresh_database(postgres), embedder_name="test", dimension=3)
    vectors = np.stack([unit(1, 0, 0), unit(1, 1, 0), unit(0, 1, 0), unit(-1, 0, 0)])
    with store.writer() as tx:
        article_id = tx.add_article(
            ArticleInput(text="Four.", source="S"), text_hash="f", idempotency_key=None
        )
        tx.add_claims(
            article_id,
            [ExtractedClaim(f"C{i}.", f"C{i}.", i, i + 1, None) for i in range(4)],
            vectors,
        )
    found = store.nearest_claims(unit(1, 0.1, 0), limit=10, min_similarity=0.5)
    assert [c.text for c in found] == ["C0.", "C1."]
    assert found[0].similarity is not None and found[0].similarity > found[1].similarity  # type: ignore[operator]
    assert store.nearest_claims(unit(1, 0.1, 0), limit=1, min_similarity=0.5, offset=1)[0].text == (
        "C1."
    )
    assert (
        store.nearest_claims(
            unit(1, 0, 0), limit=5, min_similarity=0.0, where=ClaimFilter(source="T")
        )
        == []
    )
    store.close()


def test_a_version_1_database_upgrades_in_place(postgres: str) -> None:
    from service.store.postgres import MIGRATIONS

    url = fresh_database(postgres)
    with psycopg.connect(url, autocommit=True) as old:  # what release 1 created and filled
        old.execute(MIGRATIONS[1].replace("{dimension}", "3"))
        old.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        old.execute("INSERT INTO schema_version VALUES (1)")
        old.execute("INSERT INTO meta VALUES ('embedder', 'test/3')")
        old.execute(
            "INSERT INTO articles (text, text_hash, created_at) VALUES ('Old.', 'h', '2026-01-01')"
        )
        old.execute(
            'INSERT INTO claims (article_id, position, text, sentence, start, "end", embedding, '
            "created_at) VALUES (1, 0, 'Old.', 'Old.', 0, 4, '[1,0,0]', '2026-01-01'), "
            "(1, 1, 'Not old.', 'Not old.', 5, 13, '[0,0,1]', '2026-01-01')"
        )
        old.execute(
            "INSERT INTO contradictions (claim_id, conflicting_claim_id, score, kind, "
            "explanation, created_at) VALUES (2, 1, 0.9, 'negation', 'why', '2026-01-01')"
        )
    store = PostgresStore(url, embedder_name="test", dimension=3)
    # Its contradiction gets its pair key and a dispute once caught up, and only once.
    with store.writer() as tx:
        assert catch_up(tx) == 1 and catch_up(tx) == 0
    (dispute,) = store.list_disputes(where=EVERY_DISPUTE, offset=0, limit=10)
    assert sorted(c.text for side in dispute.sides for c in side.claims) == ["Not old.", "Old."]
    versions = store.conn.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert [r["version"] for r in versions] == list(range(1, SCHEMA_VERSION + 1))
    assert SCHEMA_VERSION >= 2
    # The old claim is all there, and found by its text and by its vector.
    assert set(store.stored_vectors(["Old.", "New."])) == {"Old."}
    assert np.allclose(store.stored_vectors(["Old."])["Old."], [1, 0, 0])
    near = store.nearest_claims(unit(1, 0.1, 0), limit=1, min_similarity=0.5)
    assert [c.text for c in near] == ["Old."]
    # Its vector index was rebuilt as the current release builds it, and a search uses it.
    (options,) = (
        store.conn.execute("SELECT reloptions FROM pg_class WHERE relname = 'claims_by_vector'")
        .fetchone()
        .values()
    )
    assert sorted(options) == ["ef_construction=128", "m=32"]
    with store.conn.transaction():
        store.conn.execute("SET LOCAL enable_seqscan = off")
        plan = " ".join(
            str(row["QUERY PLAN"])
            for row in store.conn.execute(
                "EXPLAIN SELECT id FROM claims ORDER BY embedding <=> '[1,0,0]' LIMIT 1"
            )
        )
    assert "claims_by_vector" in plan
    # It read no entities (null); a new claim's are stored and found by name.
    assert near[0].entities is None
    with store.writer() as tx:
        article_id = tx.add_article(ArticleInput(text="New."), text_hash="n", idempotency_key=None)
        tx.add_claims(
            article_id,
            [
                ExtractedClaim(
                    "New.", "New.", 0, 4, None, entities=(Entity("NATO", "organisation"),)
                )
            ],
            np.asarray([unit(0, 1, 0)], dtype=np.float32),
        )
    found = store.list_claims(where=ClaimFilter(entity="nato"), after=None, limit=10)
    assert [(c.text, c.entities) for c in found] == [("New.", (Entity("NATO", "organisation"),))]
    near = store.nearest_claims(
        unit(1, 0, 0), limit=5, min_similarity=-1.0, where=ClaimFilter(entity="NATO")
    )
    assert [c.text for c in near] == ["New."]
    store.close()
