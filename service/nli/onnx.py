"""The packaged NLI judge model through onnxruntime: the same weights, faster on a CPU.

The graph is exported on first use from the shipped artefact (service/runtime/graphs.py) and
named after the artefact's digest, so a retrained artefact gets a new graph. ``onnx`` keeps the
float32 weights (answers equal to torch's to about 1e-6); ``onnx-int8`` quantises the matrix
products per output channel.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from service.nli.cross_encoder import (
    ARTEFACT,
    LABELS,
    MAX_TOKENS,
    Probabilities,
    base_model_path,
    build_classifier,
    load_artefact,
)
from service.runtime.graphs import BERT_INPUTS, bert_module, graph, session

BACKENDS = ("onnx", "onnx-int8")


def _classifier(artefact: Path) -> tuple[Any, tuple[Any, ...]]:
    model = build_classifier(base_model_path())
    load_artefact(model, artefact)
    return bert_module(model, lambda outputs, _: outputs.logits)


class OnnxNli:
    """P(contradiction), P(entailment), P(neutral) per pair from the exported judge model."""

    def __init__(
        self, backend: str = "onnx", *, artefact: Path = ARTEFACT, threads: int = 1
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown ONNX backend {backend!r}; expected one of {BACKENDS}")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from tokenizers import Tokenizer

        digest = hashlib.sha256(artefact.read_bytes()).hexdigest()[:12]
        path = graph(
            f"judge-minilm-{digest}",
            lambda: _classifier(artefact),
            inputs=BERT_INPUTS,
            output="logits",
            int8=backend == "onnx-int8",
        )
        self._session: Any = session(path, threads)
        self._tokenizer = Tokenizer.from_file(str(base_model_path() / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS, strategy="longest_first")
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._lock = threading.Lock()
        self.name = "minilm-nli"
        self.backend = backend

    def probabilities(self, pairs: Sequence[tuple[str, str]], batch: int = 32) -> Probabilities:
        """One row per pair, in LABELS order."""
        out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        for start in range(0, len(order), batch):
            chosen = order[start : start + batch]
            with self._lock:
                encoded = self._tokenizer.encode_batch([pairs[i] for i in chosen])
            feeds = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            logits = self._session.run(None, feeds)[0]
            shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
            out[chosen] = shifted / shifted.sum(axis=1, keepdims=True)
        return out
