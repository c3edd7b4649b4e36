"""The Embedder protocol: text in, unit-length vectors out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from service.domain.models import Vectors


class Embedder(Protocol):
    """Turns sentences into unit-length vectors whose dot product is their cosine similarity."""

    @property
    def dimension(self) -> int:
        """Length of each vector."""
        ...

    @property
    def name(self) -> str:
        """Which model produced the vectors (stored vectors are only comparable within one)."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """A (len(texts), dimension) float32 array of unit vectors."""
        ...


__all__ = ["Embedder", "Vectors"]
