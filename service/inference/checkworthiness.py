"""Check-worthiness: how likely a sentence is a factual claim worth checking (0..1).

Five small two-layer networks over the sentence's MiniLM embedding and a few lexical features
(their probabilities averaged), mixed with a bag-of-words logistic regression, all trained by
``training/train_checkworthiness.py`` on the shared ClaimBuster set with, from sets licensed
for training what we ship, 500 statements of fact in news style (Emergent, SummEdits' news,
FEVER's claims: debates alone taught it that news facts are not claims) and 500 everyday ones
that are not claims (chat summaries, picture captions), and shipped as
``checkworthiness.npz`` beside this module. Inference is a few matrix products in numpy.
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


_TERM = re.compile(r"\b\w\w+\b")


def terms(text: str) -> list[str]:
    """Lower-cased words of two letters or more, and their bigrams."""
    words = _TERM.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class BagOfWords:
    """A logistic regression over tf-idf weighted words and bigrams (sublinear tf, l2-normed)."""

    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]
    intercept: float

    def scores(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        logits = np.full(len(texts), self.intercept, dtype=np.float64)
        for row, text in enumerate(texts):
            counts: dict[int, int] = {}
            for term in terms(text):
                column = self.vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            columns = np.fromiter(counts, dtype=np.int64)
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[
                columns
            ]
            logits[row] += float(weights @ self.coef[columns]) / float(np.linalg.norm(weights))
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


@dataclass(frozen=True)
class CheckworthinessModel:
    """Networks over embeddings (averaged), a bag-of-words model, their mixing weight, and the
    threshold chosen on a validation split."""

    w1: npt.NDArray[np.float32]  # (networks, inputs, hidden)
    b1: npt.NDArray[np.float32]  # (networks, hidden)
    w2: npt.NDArray[np.float32]  # (networks, hidden, 1)
    b2: npt.NDArray[np.float32]  # (networks, 1)
    bag: BagOfWords
    bag_weight: float
    threshold: float

    @classmethod
    def load(cls, path: Path = ARTEFACT) -> CheckworthinessModel:
        """Read the shipped artefact."""
        with np.load(path) as data:
            terms_ = [str(t) for t in data["bag_terms"]]
            return cls(
                w1=data["w1"],
                b1=data["b1"],
                w2=data["w2"],
                b2=data["b2"],
                bag=BagOfWords(
                    vocabulary={t: i for i, t in enumerate(terms_)},
                    idf=data["bag_idf"].astype(np.float32),
                    coef=data["bag_coef"].astype(np.float32),
                    intercept=float(data["bag_intercept"]),
                ),
                bag_weight=float(data["bag_weight"]),
                threshold=float(data["threshold"]),
            )

    def save(self, path: Path = ARTEFACT) -> None:
        """Write the artefact (about a megabyte, compressed)."""
        terms_ = sorted(self.bag.vocabulary, key=self.bag.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            w1=self.w1,
            b1=self.b1,
            w2=self.w2,
            b2=self.b2,
            bag_terms=np.array(terms_),
            bag_idf=self.bag.idf,
            bag_coef=self.bag.coef,
            bag_intercept=self.bag.intercept,
            bag_weight=self.bag_weight,
            threshold=self.threshold,
        )

    def network_scores(
        self, vectors: npt.NDArray[np.float32], texts: Sequence[str]
    ) -> npt.NDArray[np.float32]:
        """The networks' mean probability, one per sentence."""
        x = inputs(vectors, texts)
        total = np.zeros(len(texts), dtype=np.float64)
        for w1, b1, w2, b2 in zip(self.w1, self.b1, self.w2, self.b2, strict=True):
            hidden = np.maximum(x @ w1 + b1, 0.0)
            total += 1.0 / (1.0 + np.exp(-(hidden @ w2 + b2).reshape(-1)))
        return (total / len(self.w1)).astype(np.float32)

    def scores(
        self, vectors: npt.NDArray[np.float32], texts: Sequence[str]
    ) -> npt.NDArray[np.float32]:
        """Probability-like scores, one per sentence."""
        if len(texts) == 0:
            return np.zeros(0, dtype=np.float32)
        mixed = (1.0 - self.bag_weight) * self.network_scores(vectors, texts)
        mixed += self.bag_weight * self.bag.scores(texts)
        return mixed.astype(np.float32)
