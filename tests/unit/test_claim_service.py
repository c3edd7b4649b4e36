"""A claim text the store already holds is not embedded again.

(A whole sentence with its reporting frame is still embedded to score it: only claim texts are
stored with their vectors.)"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from service.claim_service import ClaimService
from service.domain.models import ArticleInput
from service.inference.embedders import Embedder
from service.inference.embedders.base import Vectors
from service.judging.judge import ContradictionJudge
from service.store.sqlite import SqliteStore

REPORT = (
    "NATO said on Tuesday that it had seen no sign that Russia was withdrawing its troops from "
    "the border with Ukraine. The alliance estimated that 40,000 soldiers remained in the area."
)


class CountingEmbedder:
    """The real embedder, remembering every text it was asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name, self.dimension = inner.name, inner.dimension
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> Vectors:
        self.texts += texts
        return self.inner.embed(texts)


def test_a_syndicated_copy_embeds_only_its_new_sentences(
    tmp_path: Path, embedder: Embedder, judge: ContradictionJudge
) -> None:
    counting = CountingEmbedder(embedder)
    store = SqliteStore(tmp_path / "c.sqlite3", embedder_name=embedder.name, dimension=384)
    service = ClaimService(counting, store, judge)  # type: ignore[arg-type]
    first = service.ingest(ArticleInput(text=REPORT, source="Wire"))
    assert len(first.article.claims) == 2
    embedded_first = list(counting.texts)
    assert any("40,000 soldiers" in t for t in embedded_first)

    counting.texts.clear()
    extra = "A Ukrainian official said on Wednesday that 3,000 soldiers had crossed back."
    copy = service.ingest(ArticleInput(text=REPORT + " " + extra, source="Paper"))
    stored_texts = {c.text for c in first.article.claims}
    assert counting.texts and not stored_texts & set(counting.texts)
    assert any("3,000 soldiers" in t for t in counting.texts)
    assert len(counting.texts) < len(embedded_first) + 2
    # The reused vectors are the stored ones, so the copy's claims sit where the originals do.
    again = store.nearest_claims(
        embedder.embed([first.article.claims[1].text])[0], limit=1, min_similarity=0.99
    )
    assert again and again[0].text == copy.article.claims[1].text
    assert np.isclose(again[0].similarity or 0.0, 1.0, atol=1e-5)
    store.close()
