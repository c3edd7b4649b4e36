"""The embedded store's approximate index: close to exact search, and the same in every worker."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from service.domain.models import ArticleInput, ExtractedClaim
from service.store import vector_index
from service.store.sqlite import SqliteStore

DIMENSION = 32


def clustered(n: int, seed: int) -> np.ndarray:
    """Unit vectors around 50 topics, as claims about a few stories are."""
    rng = np.random.default_rng(seed)
    topics = np.random.default_rng(0).normal(size=(50, DIMENSION))
    vectors = topics[rng.integers(0, 50, n)] + rng.normal(0, 0.6, (n, DIMENSION))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def add(store: SqliteStore, vectors: np.ndarray, name: str) -> int:
    with store.writer() as tx:
        article = tx.add_article(ArticleInput(text=name), text_hash=name, idempotency_key=None)
        tx.add_claims(
            article,
            [
                ExtractedClaim(f"{name} {i}.", f"{name} {i}.", 0, 1, None)
                for i in range(len(vectors))
            ],
            vectors,
        )
    return article


@pytest.fixture()
def small_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inverted lists from 400 claims on, so that a test needs only a few thousand."""
    monkeypatch.setattr(vector_index, "EXACT_BELOW", 400)
    monkeypatch.setattr(vector_index, "_CLAIMS_PER_LIST", 50)
    monkeypatch.setattr(vector_index, "_MIN_LISTS", 8)


@pytest.mark.usefixtures("small_lists")
def test_approximate_search_finds_what_exact_search_finds_with_exact_scores(
    tmp_path: Path,
) -> None:
    store = SqliteStore(tmp_path / "a.sqlite3", embedder_name="test", dimension=DIMENSION)
    vectors = clustered(3000, seed=1)
    for n, start in enumerate(range(0, 3000, 500)):
        add(store, vectors[start : start + 500], f"article {n}")
    queries = clustered(30, seed=2)
    recalls = []
    for query in queries:
        found = store.nearest_claims(query, limit=10, min_similarity=-1.0)
        exact = set((np.argsort(-(vectors @ query))[:10] + 1).tolist())
        recalls.append(len(exact & {c.id for c in found}) / 10)
        for claim in found:  # the similarity reported is the true cosine, not an estimate
            assert claim.id is not None and claim.similarity is not None
            assert claim.similarity == pytest.approx(float(vectors[claim.id - 1] @ query), abs=1e-5)
        assert [c.similarity for c in found] == sorted((c.similarity for c in found), reverse=True)
    assert store._index.approximate
    assert np.mean(recalls) >= 0.95
    # A similarity bound is honoured.
    assert all(
        (c.similarity or 0) >= 0.8
        for c in store.nearest_claims(queries[0], limit=50, min_similarity=0.8)
    )
    store.close()


@pytest.mark.usefixtures("small_lists")
def test_every_worker_sees_claims_written_and_deleted_by_another(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    one = SqliteStore(path, embedder_name="test", dimension=DIMENSION)
    two = SqliteStore(path, embedder_name="test", dimension=DIMENSION)  # as another process would
    vectors = clustered(1200, seed=3)
    add(one, vectors[:300], "first")
    probe = vectors[5]
    assert two.nearest_claims(probe, limit=1, min_similarity=0.0)[0].id == 6
    assert not two._index.approximate  # exact while small

    # The other worker writes enough to move both past the exact threshold, then more.
    later = add(one, vectors[300:900], "second")
    target = vectors[700]
    assert two.nearest_claims(target, limit=1, min_similarity=0.0)[0].id == 701
    assert two._index.approximate
    add(two, vectors[900:], "third")
    assert one.nearest_claims(vectors[1100], limit=1, min_similarity=0.0)[0].id == 1101
    assert two.nearest_claims(vectors[1100], limit=1, min_similarity=0.0)[0].id == 1101
    assert len(one._index) == len(two._index) == 1200

    # A deletion by one is seen by the other: the deleted claims are never proposed again.
    with one.writer() as tx:
        assert tx.delete_article(later)
    found = two.nearest_claims(target, limit=20, min_similarity=-1.0)
    assert found and all(c.id is not None and not 301 <= c.id <= 900 for c in found)
    assert len(two._index) == 600
    one.close()
    two.close()
