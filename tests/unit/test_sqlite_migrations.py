"""A database made by an earlier release upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from service.disputes.keeping import catch_up
from service.domain.models import EVERY_DISPUTE, ArticleInput, ClaimFilter, Entity, ExtractedClaim
from service.store.sqlite import MIGRATIONS, SCHEMA_VERSION, SqliteStore


def test_a_version_1_database_keeps_its_rows_and_gains_scores(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:  # what release 1 created
        old.executescript(MIGRATIONS[1])
        old.execute("INSERT INTO meta VALUES ('embedder', 'all-MiniLM-L6-v2/3')")
        old.execute("INSERT INTO meta VALUES ('generation', '0')")
        old.execute(
            "INSERT INTO articles (text, text_hash, created_at) VALUES ('Old text.', 'h', "
            "'2026-01-01T00:00:00+00:00')"
        )
        old.execute(
            'INSERT INTO claims (article_id, position, text, sentence, start, "end", embedding, '
            "created_at) VALUES (1, 0, 'Old text.', 'Old text.', 0, 9, ?, "
            "'2026-01-01T00:00:00+00:00')",
            (np.ones(3, dtype=np.float32).tobytes(),),
        )
        old.execute("PRAGMA user_version = 1")
    old.close()

    store = SqliteStore(path, embedder_name="all-MiniLM-L6-v2", dimension=3)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old_claim = store.get_claim(1)
    assert (
        old_claim is not None
        and old_claim.text == "Old text."
        and old_claim.checkworthiness is None
        and old_claim.speaker_role is None
        and old_claim.entities is None
    )
    with store.writer() as tx:
        article_id = tx.add_article(ArticleInput(text="New."), text_hash="n", idempotency_key=None)
        (new,) = tx.add_claims(
            article_id,
            [
                ExtractedClaim(
                    "New.",
                    "New.",
                    0,
                    4,
                    "Ana",
                    checkworthiness=0.9,
                    speaker_role="mayor",
                    entities=(Entity("the European Union", "organisation"),),
                )
            ],
            np.ones((1, 3), dtype=np.float32),
        )
    assert (new.checkworthiness, new.speaker_role) == (0.9, "mayor")
    assert new.entities == (Entity("the European Union", "organisation"),)
    assert [c.text for c in store.list_claims(
        where=ClaimFilter(speaker="Ana"), after=None, limit=10
    )] == ["New."]  # fmt: skip
    assert [c.text for c in store.list_claims(
        where=ClaimFilter(entity="european UNION"), after=None, limit=10
    )] == ["New."]  # fmt: skip
    assert store.list_claims(where=ClaimFilter(entity="Europe"), after=None, limit=10) == []
    assert set(store.stored_vectors(["Old text.", "Unknown."])) == {"Old text."}
    store.close()
    # Opening it again changes nothing.
    again = SqliteStore(path, embedder_name="all-MiniLM-L6-v2", dimension=3)
    assert len(again.list_claims(after=None, limit=10)) == 2
    again.close()


def test_a_version_5_database_gains_pair_keys_and_its_disputes(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    with sqlite3.connect(path) as old:  # what release 5 created: contradictions, no disputes
        for version in range(1, 6):
            old.executescript(MIGRATIONS[version])
        old.execute("INSERT INTO meta VALUES ('embedder', 'all-MiniLM-L6-v2/3')")
        old.execute("INSERT INTO meta VALUES ('generation', '0')")
        for n, (text, day) in enumerate(
            [("No troops left.", "2014-04-01"), ("Troops left.", "2014-05-30"),
             ("Most troops left.", "2014-06-03")], start=1,
        ):  # fmt: skip
            old.execute(
                "INSERT INTO articles (text, text_hash, published_at, created_at) "
                "VALUES (?, ?, ?, '2026-01-01T00:00:00+00:00')",
                (text, f"h{n}", day),
            )
            old.execute(
                'INSERT INTO claims (article_id, position, text, sentence, start, "end", '
                "embedding, created_at) VALUES (?, 0, ?, ?, 0, ?, ?, '2026-01-01T00:00:00+00:00')",
                (n, text, text, len(text), np.eye(3, dtype=np.float32)[n - 1].tobytes()),
            )
        for claim, conflicting in ((2, 1), (3, 1)):
            old.execute(
                "INSERT INTO contradictions (claim_id, conflicting_claim_id, score, kind, "
                "explanation, created_at) VALUES (?, ?, 0.9, 'negation', 'why', "
                "'2026-01-01T00:00:00+00:00')",
                (claim, conflicting),
            )
        old.execute("PRAGMA user_version = 5")
    old.close()

    store = SqliteStore(path, embedder_name="all-MiniLM-L6-v2", dimension=3)
    with store.writer() as tx:
        assert catch_up(tx) == 1
    with store.writer() as tx:
        assert catch_up(tx) == 0  # nothing left to do
    (dispute,) = store.list_disputes(where=EVERY_DISPUTE, offset=0, limit=10)
    assert [[c.text for c in side.claims] for side in dispute.sides] == [
        ["No troops left."],
        ["Troops left.", "Most troops left."],
    ]
    assert dispute.separated and dispute.title == "No troops left."
    found = store.get_contradiction(1)
    assert found is not None and found.dispute_id == dispute.id and found.review is None
    assert store.list_contradictions(
        claim_id=None, article_id=None, min_score=None, after=None, limit=10, review="unreviewed"
    )
    store.close()
