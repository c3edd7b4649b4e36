"""Precision, recall and F1 of the shipped check-worthiness model on sentences it never saw.

The test parts are those of training/train_checkworthiness.py (fixed by hashing: 20% of
ClaimBuster by sentence, 20% of CheckThat! 2019 by debate), read in place from
../shared/eval/claims. Usage:
    .venv/bin/python bench/eval_checkworthiness.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.inference.checkworthiness import CheckworthinessModel  # noqa: E402
from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from training.train_checkworthiness import CLAIMS, DATASETS, precision_recall_f1  # noqa: E402


def main() -> None:
    if not CLAIMS.is_dir():
        sys.exit(f"skipped: {CLAIMS} is absent (the shared evaluation sets are not here)")
    model = CheckworthinessModel.load()
    embedder = SentenceTransformerEmbedder(torch_threads=2)
    print(f"shipped model, threshold {model.threshold:.2f}")
    print("{:12} {:>9} {:>8} {:>6} {:>6} {:>6}".format(
        "test set", "sentences", "positive", "prec", "rec", "f1"))  # fmt: skip
    for name, load in DATASETS.items():
        test = [e for e in load() if e.split == "test"]
        texts = [e.text for e in test]
        scores = model.scores(embedder.embed(texts), texts)
        gold = np.array([e.label == 1 for e in test])
        p, r, f = precision_recall_f1(scores >= model.threshold, gold)
        print(f"{name:12} {len(test):9d} {int(gold.sum()):8d} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    main()
