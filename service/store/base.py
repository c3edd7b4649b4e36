"""The ClaimStore protocol: where articles, claims, their vectors and contradictions live."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

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
    ExtractedClaim,
    Review,
    ReviewedPair,
    ReviewState,
    Vectors,
)


class StoreReader(Protocol):
    """Reads, from the store itself or inside a write transaction."""

    def get_article(self, article_id: int) -> Article | None:
        """The article with its claims and every contradiction that involves them."""
        ...

    def find_article(self, *, text_hash: str, idempotency_key: str | None) -> Article | None:
        """The article stored under this idempotency key, else the one with this text hash."""
        ...

    def list_articles(self, *, after: int | None, limit: int) -> list[Article]:
        """Articles in id order, without claims."""
        ...

    def get_claim(self, claim_id: int) -> Claim | None:
        """One claim."""
        ...

    def list_claims(
        self, *, after: int | None, limit: int, where: ClaimFilter = EVERY_CLAIM
    ) -> list[Claim]:
        """Claims in id order after ``after``, those ``where`` asks for."""
        ...

    def nearest_claims(
        self,
        vector: Vectors,
        *,
        limit: int,
        min_similarity: float,
        offset: int = 0,
        where: ClaimFilter = EVERY_CLAIM,
    ) -> list[Claim]:
        """Stored claims most similar to ``vector`` (those ``where`` asks for), best first, each
        with its similarity."""
        ...

    def stored_vectors(self, texts: Sequence[str]) -> dict[str, Vectors]:
        """The vectors already stored for any of these claim texts, by text."""
        ...

    def get_contradiction(self, contradiction_id: int) -> Contradiction | None:
        """One contradiction."""
        ...

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
        """Contradictions in id order; claim and article filters match either side; by review
        state; ``raised``: none a reviewer dismissed."""
        ...

    def list_reviews(
        self, *, verdict: str | None, after: int | None, limit: int
    ) -> list[ReviewedPair]:
        """Reviewed pairs of claim texts in the order first reviewed."""
        ...

    def dismissed(self, pair_keys: Sequence[str]) -> set[str]:
        """Which of these pairs of claim texts a reviewer dismissed."""
        ...

    def get_dispute(self, dispute_id: int) -> Dispute | None:
        """One dispute with the claims on each side."""
        ...

    def list_disputes(self, *, where: DisputeFilter, offset: int, limit: int) -> list[Dispute]:
        """Disputes, the latest to change first, those ``where`` asks for."""
        ...

    def disputes_holding(self, claim_ids: Sequence[int]) -> list[int]:
        """The disputes any of these claims stands in."""
        ...


class StoreWriter(StoreReader, Protocol):
    """One write transaction: everything in it is committed together or not at all."""

    def add_article(
        self, article: ArticleInput, *, text_hash: str, idempotency_key: str | None
    ) -> int:
        """Store the article and return its id."""
        ...

    def add_claims(
        self, article_id: int, claims: Sequence[ExtractedClaim], vectors: Vectors
    ) -> list[Claim]:
        """Store the article's claims with their vectors, in order."""
        ...

    def add_contradictions(self, contradictions: Sequence[Contradiction]) -> None:
        """Store contradictions between stored claims (their ``id`` is ignored)."""
        ...

    def review(self, contradiction: Contradiction, review: Review) -> None:
        """Keep ``review`` for the contradiction's pair of claim texts (replacing any)."""
        ...

    def claim_ids_of(self, article_id: int) -> list[int]:
        """The ids of an article's claims."""
        ...

    def delete_article(self, article_id: int) -> bool:
        """Remove an article, its claims and their contradictions; False if it was not
        there."""
        ...

    # What keeping disputes needs (service/disputes/keeping.py).

    def dispute_edges(
        self, dispute_ids: Sequence[int], claim_ids: Sequence[int]
    ) -> list[tuple[int, int, int, float, str]]:
        """Contradictions (id, claim, conflicting claim, score, kind) no reviewer dismissed, in
        these disputes or in none and touching these claims."""
        ...

    def claim_vectors(self, claim_ids: Sequence[int]) -> dict[int, Any]:
        """Each claim's vector, by claim id."""
        ...

    def claims_by_id(self, claim_ids: Sequence[int]) -> dict[int, Claim]:
        """Claims by id."""
        ...

    def dispute_state(
        self, dispute_ids: Sequence[int]
    ) -> dict[int, tuple[dict[int, int], set[int]]]:
        """Each dispute's sides (claim: side) and contradictions, by dispute id."""
        ...

    def write_disputes(self, removed: Sequence[int], drafts: Sequence[DisputeDraft]) -> list[int]:
        """Remove disputes, write drafts; the drafts' ids."""
        ...

    def unkeyed_contradictions(self, limit: int) -> list[Contradiction]:
        """Contradictions stored before pairs had keys."""
        ...

    def key_contradictions(self, keys: Sequence[tuple[str, int]]) -> None:
        """Store each (pair key, contradiction id)."""
        ...

    def ungrouped_claims(self, limit: int) -> list[int]:
        """Claims of contradictions no reviewer dismissed that no dispute holds."""
        ...


class ClaimStore(StoreReader, Protocol):
    """A claim store: reads, one writer at a time (deleting is a write), and a health check."""

    def writer(self) -> AbstractContextManager[StoreWriter]:
        """A write transaction, serialised against every other writer on the same database."""
        ...

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        ...

    def counts(self) -> dict[str, int]:
        """How many articles, claims, contradictions and disputes are stored."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
