"""ONNX graphs of the packaged models, made on this machine and run by onnxruntime.

No hub is reachable, and a graph is derived data: it is exported from the weights the packages
already carry (torch's exporter), optionally with int8 weights (onnxruntime's dynamic
quantisation, per output channel, matrix products only), and kept in a cache directory under a
name that says what it was made from. The first process to need one makes it, holding a file
lock, so gunicorn workers starting together export it once; later starts only load it.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

# How a packaged model may run in onnxruntime: float32 weights, or int8 matrix products.
BACKENDS = ("onnx", "onnx-int8")
# What a BERT-style graph takes; each has a dynamic batch axis and a dynamic token axis.
BERT_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def bert_module(model: Any, head: Callable[[Any, Any], Any]) -> tuple[Any, tuple[Any, ...]]:
    """A module taking BERT_INPUTS by position (the exporter's way) that returns
    ``head(model outputs, attention_mask)``, and an example input for the exporter."""
    import torch

    class Positional(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            outputs = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return head(outputs, attention_mask)  # type: ignore[no-any-return]

    return Positional(), tuple(torch.ones(2, 16, dtype=torch.long) for _ in BERT_INPUTS)


class BertTokens:
    """A packaged ``tokenizer.json`` made into a graph's feeds: each batch padded to its longest,
    truncated at ``max_tokens`` (longest first, for pairs); safe to share between threads."""

    def __init__(self, tokenizer_json: Path, max_tokens: int) -> None:
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(tokenizer_json))
        self._tokenizer.enable_truncation(max_tokens, strategy="longest_first")
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._lock = threading.Lock()  # padding and truncation settings are shared state

    def feeds(self, items: Sequence[str] | Sequence[tuple[str, str]]) -> dict[str, Any]:
        """BERT_INPUTS for texts, or for (first, second) pairs."""
        import numpy as np

        with self._lock:
            encoded = self._tokenizer.encode_batch(list(items))
        columns = (
            [e.ids for e in encoded],
            [e.attention_mask for e in encoded],
            [e.type_ids for e in encoded],
        )
        return {
            name: np.array(c, dtype=np.int64) for name, c in zip(BERT_INPUTS, columns, strict=True)
        }


def softmax(logits: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Probabilities from a batch of logits (one row each), computed stably."""
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities: npt.NDArray[np.float32] = shifted / shifted.sum(axis=1, keepdims=True)
    return probabilities


def by_length(lengths: Sequence[int], size: int) -> list[list[int]]:
    """Positions in batches of ``size``, shortest first, so that a batch pads little."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    return [order[start : start + size] for start in range(0, len(order), size)]


def cache_dir() -> Path:
    """``CLAIMS_MODEL_CACHE``, else ``$XDG_CACHE_HOME/counterclaim``, else ``~/.cache/...``."""
    configured = os.environ.get("CLAIMS_MODEL_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "counterclaim"


def graph(
    name: str,
    build: Callable[[], tuple[Any, tuple[Any, ...]]],
    *,
    inputs: Sequence[str],
    output: str,
    int8: bool,
) -> Path:
    """The cached graph ``name`` (.onnx), exported first if missing.

    ``build`` returns the torch module and an example input tuple; every input and the output have
    a dynamic first (batch) axis, and inputs a dynamic second (token) axis.
    """
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{name}{'-int8' if int8 else ''}.onnx"
    if target.exists():
        return target
    with open(directory / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not target.exists():  # another process made it while this one waited
            _export(build, inputs, output, int8, target)
    return target


def _export(
    build: Callable[[], tuple[Any, tuple[Any, ...]]],
    inputs: Sequence[str],
    output: str,
    int8: bool,
    target: Path,
) -> None:
    import torch

    module, example = build()
    axes = {n: {0: "batch", 1: "tokens"} for n in inputs} | {output: {0: "batch"}}
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        plain = Path(tmp) / "plain.onnx"
        # The TorchScript exporter is chosen on purpose (the dynamo one needs onnxscript), and
        # its tracer's notes about Python control flow are about shapes that stay dynamic here.
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module.eval(),
                example,
                str(plain),
                input_names=list(inputs),
                output_names=[output],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,  # the TorchScript exporter: no onnxscript needed
            )
        made = plain
        if int8:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            made = Path(tmp) / "int8.onnx"
            quantize_dynamic(
                str(plain),
                str(made),
                weight_type=QuantType.QInt8,
                per_channel=True,
                op_types_to_quantize=["MatMul"],
            )
        os.replace(made, target)  # atomic: a reader sees the whole graph or none


def session(path: Path, threads: int) -> Any:
    """An onnxruntime CPU session on ``threads`` cores (gunicorn runs a worker per core)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
