"""Check-worthiness: how likely a sentence is a factual claim worth checking (0..1).

A small two-layer network over the sentence's MiniLM embedding and a few lexical features,
trained by ``training/train_checkworthiness.py`` on the shared ClaimBuster and CheckThat! sets and
shipped as ``checkworthiness.npz`` beside this module. Inference is two matrix products in numpy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

ARTEFACT = Path(__file__).with_name("checkworthiness.npz")

_NUMBER_WITH_UNIT = re.compile(
    r"\d+(\.\d+)?\s*(%|percent|per cent|million|billion|thousand|trillion)", re.I
)
_OPINION = re.compile(r"\b(i|we)\s+(think|believe|feel|want|will|hope|know)\b", re.I)
_OBLIGATION = re.compile(r"\b(should|must|ought|need to|have to)\b", re.I)
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")

FEATURES = (
    "words/30",
    "has digit",
    "number with unit",
    "question",
    "first-person opinion",
    "obligation",
    "year",
    "share of capitalised words",
)


def lexical_features(text: str) -> list[float]:
    """The lexical features of one sentence, in the order of FEATURES."""
    words = text.split()
    capitalised = sum(1 for w in words[1:] if w[:1].isupper())
    return [
        len(words) / 30,
        float(bool(re.search(r"\d", text))),
        float(bool(_NUMBER_WITH_UNIT.search(text))),
        float(text.rstrip().endswith("?")),
        float(bool(_OPINION.search(text))),
        float(bool(_OBLIGATION.search(text))),
        float(bool(_YEAR.search(text))),
        capitalised / max(len(words), 1),
    ]


def inputs(vectors: npt.NDArray[np.float32], texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """The network's input: embeddings beside lexical features."""
    lexical = np.asarray([lexical_features(t) for t in texts], dtype=np.float32)
    return np.hstack([vectors, lexical.reshape(len(texts), len(FEATURES))]).astype(np.float32)


@dataclass(frozen=True)
class CheckworthinessModel:
    """Weights of the network and the threshold chosen on a validation split."""

    w1: npt.NDArray[np.float32]
    b1: npt.NDArray[np.float32]
    w2: npt.NDArray[np.float32]
    b2: npt.NDArray[np.float32]
    threshold: float

    @classmethod
    def load(cls, path: Path = ARTEFACT) -> CheckworthinessModel:
        """Read the shipped artefact."""
        with np.load(path) as data:
            return cls(
                w1=data["w1"],
                b1=data["b1"],
                w2=data["w2"],
                b2=data["b2"],
                threshold=float(data["threshold"]),
            )

    def save(self, path: Path = ARTEFACT) -> None:
        """Write the artefact (float32, a few hundred kilobytes)."""
        np.savez_compressed(
            path, w1=self.w1, b1=self.b1, w2=self.w2, b2=self.b2, threshold=self.threshold
        )

    def scores(
        self, vectors: npt.NDArray[np.float32], texts: Sequence[str]
    ) -> npt.NDArray[np.float32]:
        """Probability-like scores, one per sentence."""
        if len(texts) == 0:
            return np.zeros(0, dtype=np.float32)
        hidden = np.maximum(inputs(vectors, texts) @ self.w1 + self.b1, 0.0)
        logits = (hidden @ self.w2 + self.b2).reshape(-1)
        probabilities: npt.NDArray[np.float32] = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return probabilities
