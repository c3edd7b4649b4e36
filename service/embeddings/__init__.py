"""Sentence embedders: the protocol and its implementations, chosen by config."""

from __future__ import annotations

from service.config import Config
from service.embeddings.base import Embedder, Vectors


def from_config(config: Config) -> Embedder:
    """The embedder ``CLAIMS_EMBEDDER`` names (torch is imported only here, and only now)."""
    if config.embedder == "sentence-transformers":
        from service.embeddings.sentence_transformer import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(
            config.model_path or None, torch_threads=config.torch_threads
        )
    if config.embedder in ("onnx", "onnx-int8"):
        from service.embeddings.onnx import OnnxEmbedder

        if config.model_path:
            raise ValueError("CLAIMS_MODEL_PATH needs CLAIMS_EMBEDDER=sentence-transformers")
        return OnnxEmbedder(config.embedder, threads=config.torch_threads)
    raise ValueError(f"unknown embedder {config.embedder!r}")  # Config.from_env rules this out


__all__ = ["Embedder", "Vectors", "from_config"]
