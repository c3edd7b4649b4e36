"""Sentence embedders: the protocol and its implementations, chosen by name."""

from __future__ import annotations

from service.inference.embedders.base import Embedder, Vectors


def create(kind: str, *, model_path: str = "", threads: int = 1) -> Embedder:
    """The embedder ``kind`` names (torch is imported only here, and only now)."""
    if kind == "sentence-transformers":
        from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(model_path or None, torch_threads=threads)
    if kind in ("onnx", "onnx-int8"):
        from service.inference.embedders.onnx import OnnxEmbedder

        if model_path:
            raise ValueError("CLAIMS_MODEL_PATH needs CLAIMS_EMBEDDER=sentence-transformers")
        return OnnxEmbedder(kind, threads=threads)
    raise ValueError(f"unknown embedder {kind!r}")  # Config.from_env rules this out


__all__ = ["Embedder", "Vectors", "create"]
