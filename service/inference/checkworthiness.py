"""Check-worthiness: how likely a sentence is a factual claim worth checking (0..1).

Two kinds of model, trained by ``training/train_checkworthiness.py`` on the shared ClaimBuster
set with, from sets licensed for training what we ship, 500 statements of fact in news style
(Emergent, SummEdits' news, FEVER's claims: debates alone taught it that news facts are not
claims) and 500 everyday ones that are not claims (chat summaries, picture captions):

- cheap ones, over what the service computes anyway: five small two-layer networks over the
  sentence's MiniLM embedding and a few lexical features (their probabilities averaged), mixed
  with a bag-of-words logistic regression; a few matrix products in numpy
  (``checkworthiness.npz``);
- a reader: MiniLM fine-tuned to read the sentence itself (``checkworthiness-minilm.npz``,
  the format of ``minilm.py``; ``--reader-epochs`` of the training script). It costs a
  transformer pass, so it reads only the sentences the cheap ones are unsure of (a band of
  their score, chosen in training and kept in ``checkworthiness.npz``), and its probability is
  averaged with theirs. Its model card is ``checkworthiness-minilm.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from service.inference import runtime
from service.inference.minilm import base_model_path, offline, onnx_graph

ARTEFACT = Path(__file__).with_name("checkworthiness.npz")
READER = Path(__file__).with_name("checkworthiness-minilm.npz")
READER_LABELS = ("not check-worthy", "check-worthy")
READER_TOKENS = 64
# The cheap models' scores the reader is asked about (an artefact's own band, chosen in
# training, replaces this one): below, they are sure enough that a sentence is no claim; at or
# above, that it is one. Reading only where they are unsure did as well on ClaimBuster's
# validation part as reading every sentence, for a fraction of the passes.
UNSURE = (0.2, 0.9)

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


class Reader(Protocol):
    """What reads a sentence for check-worthiness: P(check-worthy) of each text."""

    def scores(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


class SentenceReader:
    """The shipped reader on onnxruntime, one thread (a worker's share of the cores): the graph
    is exported from the artefact on first use and cached under its digest, as the judge's.

    Its graph stays float32: onnxruntime's int8 graph quantises each batch's activations with
    one scale, so a sentence's score moved by up to 0.42 with the sentences batched beside it
    (on ClaimBuster's validation and test parts), and one sentence a batch in int8 (3.7 ms a
    sentence) wanted a threshold of 0.69 on validation; float32 in batches of 8 takes 7.8 ms a
    sentence and gives the same score in any batch.
    """

    def __init__(self, artefact: Path = READER, batch: int = 8) -> None:
        offline()
        path = onnx_graph("checkworthiness-minilm", artefact, READER_LABELS)
        self._session: Any = runtime.session(path, 1)
        self._tokens = runtime.BertTokens(base_model_path() / "tokenizer.json", READER_TOKENS)
        self._batch = batch

    def scores(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros(len(texts), dtype=np.float32)
        for chosen in runtime.by_length([len(t) for t in texts], self._batch):
            logits = self._session.run(None, self._tokens.feeds([texts[i] for i in chosen]))[0]
            out[chosen] = runtime.softmax(logits)[:, 1]
        return out


def in_band(scores: npt.NDArray[np.float32], band: tuple[float, float]) -> npt.NDArray[np.bool_]:
    """Where the cheap models' scores fall in ``band`` (its low end in, its high end out): the
    sentences the reader is asked about."""
    low, high = band
    return (scores >= low) & (scores < high)


def _band(values: npt.NDArray[np.float64]) -> tuple[float, float]:
    low, high = (float(v) for v in values)
    return low, high


@dataclass(frozen=True)
class CheckworthinessModel:
    """Networks over embeddings (averaged), a bag-of-words model, their mixing weight, the
    reader asked where they are unsure, and the threshold chosen on a validation split."""

    w1: npt.NDArray[np.float32]  # (networks, inputs, hidden)
    b1: npt.NDArray[np.float32]  # (networks, hidden)
    w2: npt.NDArray[np.float32]  # (networks, hidden, 1)
    b2: npt.NDArray[np.float32]  # (networks, 1)
    bag: BagOfWords
    bag_weight: float
    threshold: float
    reader: Reader | None = None
    unsure: tuple[float, float] = UNSURE

    @classmethod
    def load(cls, path: Path = ARTEFACT, reader: Path = READER) -> CheckworthinessModel:
        """Read the shipped artefacts (the reader's only if the cheap models were trained with
        it: the threshold is the pair's)."""
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
                reader=SentenceReader(reader) if "reads" in data and data["reads"] else None,
                unsure=_band(data["unsure"]) if "unsure" in data.files else UNSURE,
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
            reads=self.reader is not None,
            unsure=np.asarray(self.unsure, dtype=np.float64),
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
        """Probability-like scores, one per sentence: the cheap models', averaged with the
        reader's where theirs is in the ``unsure`` band."""
        scores = self.cheap_scores(vectors, texts)
        unsure = np.flatnonzero(in_band(scores, self.unsure))
        if self.reader is not None and len(unsure):
            read = self.reader.scores([texts[int(i)] for i in unsure])
            scores[unsure] = (scores[unsure] + read) / 2
        return scores

    def cheap_scores(
        self, vectors: npt.NDArray[np.float32], texts: Sequence[str]
    ) -> npt.NDArray[np.float32]:
        """The networks' and the bag of words' scores, mixed."""
        if len(texts) == 0:
            return np.zeros(0, dtype=np.float32)
        mixed = (1.0 - self.bag_weight) * self.network_scores(vectors, texts)
        mixed += self.bag_weight * self.bag.scores(texts)
        return mixed.astype(np.float32)
