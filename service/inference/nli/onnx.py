"""The packaged NLI judge model through onnxruntime: the same weights, faster on a CPU.

The graph is exported on first use from the shipped artefact (service/inference/runtime.py) and
named after the artefact's digest, so a retrained artefact gets a new graph. ``onnx`` keeps the
float32 weights (answers equal to torch's to about 1e-6); ``onnx-int8`` quantises the matrix
products per output channel.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from service.inference import runtime
from service.inference.minilm import base_model_path, onnx_graph
from service.inference.nli.cross_encoder import ARTEFACT, LABELS, MAX_TOKENS, Probabilities

BACKENDS = runtime.BACKENDS


# Pairs per forward pass (sorted by length first): on one thread, as each gunicorn worker runs,
# pairs of two ClaimBuster sentences went at 20 pairs/s in batches of 32, 37 in 8, 41 in 4,
# 43-45 in 2 and 39 one at a time (padding and attention grow with the batch's longest pair).
BATCH = 2


class OnnxNli:
    """P(contradiction), P(entailment), P(neutral) per pair from the exported judge model."""

    def __init__(
        self,
        backend: str = "onnx",
        *,
        artefact: Path = ARTEFACT,
        threads: int = 1,
        passes: int = 1,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown ONNX backend {backend!r}; expected one of {BACKENDS}")
        path = onnx_graph("judge-minilm", artefact, LABELS, int8=backend == "onnx-int8")
        self._session: Any = runtime.session(path, threads)
        self._tokens = runtime.BertTokens(base_model_path() / "tokenizer.json", MAX_TOKENS)
        self.name = "minilm-nli"
        self.backend = backend
        # ``passes`` forward passes at once (CLAIMS_JUDGE_PASSES, by default one a core), each
        # on its own thread with the session's threads (onnxruntime's run is thread-safe and
        # lets go of the GIL). A post alone on a 2-core machine left the other core idle: 186
        # pairs took 3.6-4.0 s one batch after another and 1.7-2.0 s two at a time, with the same
        # probabilities (one onnxruntime thread a pass wastes nothing waiting, where a session on
        # two threads spins: 14 ms a pair). When every core is busy the passes take turns, as the
        # requests of a worker's two model threads did. The threads start at first use, in the
        # worker (gunicorn never preloads the app), on the model thread that asks: they keep its
        # lower scheduling priority.
        self._passes = (
            ThreadPoolExecutor(passes, thread_name_prefix="judge-pass") if passes > 1 else None
        )

    def probabilities(self, pairs: Sequence[tuple[str, str]], batch: int = BATCH) -> Probabilities:
        """One row per pair, in LABELS order."""
        out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)

        def run(chosen: list[int]) -> None:
            feeds = self._tokens.feeds([pairs[i] for i in chosen])
            out[chosen] = runtime.softmax(self._session.run(None, feeds)[0])

        batches = runtime.by_length([len(a) + len(b) for a, b in pairs], batch)
        if self._passes is None or len(batches) == 1:
            for chosen in batches:
                run(chosen)
        else:
            for _ in self._passes.map(run, batches):  # re-raises a pass's error here
                pass
        return out
