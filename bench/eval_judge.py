"""Contradiction figures of the judges on the shared NLI development sets, read in place.

For each set's held-out test split (training/nli_data.py: 20% by premise hash, never trained on),
prints pairs, accuracy (contradiction or not), and precision, recall and F1 of the contradiction
class, for four deciders side by side:
  similarity  embedding cosine alone, cut at the threshold best on the validation split;
  rules       the explicit checks alone (CLAIMS_JUDGE=rules);
  model       the packaged NLI model alone, at the threshold kept by its training;
  hybrid      the model with the explicit checks (CLAIMS_JUDGE=hybrid, the default).
Breaking NLI is also broken down by category, and so are the news-style pairs that
training/nli_data.py makes from ClaimBuster sentences (their test split; synthetic, made by the
same generator as the training pairs, so an optimistic figure).  ``--calibrate`` instead
searches the hybrid judge's thresholds on the validation split and prints the best.

    .venv/bin/python bench/eval_judge.py [--split test|validation|all] [--calibrate]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.embeddings.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from service.nli.cross_encoder import PackagedNli  # noqa: E402
from service.pipeline.judge import HybridJudge, Pair, RuleJudge  # noqa: E402
from training.nli_data import NLI, SETS, NliPair, load, news_pairs  # noqa: E402


def figures(said: np.ndarray, gold: np.ndarray) -> tuple[float, float, float, float]:
    """Accuracy, and precision, recall, F1 of the contradiction class."""
    tp = float(np.sum(said & gold))
    precision = tp / max(float(said.sum()), 1.0)
    recall = tp / max(float(gold.sum()), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return float(np.mean(said == gold)), precision, recall, f1


class Scored:
    """A set of pairs with everything the deciders need, computed once."""

    def __init__(self, pairs: list[NliPair], embedder: SentenceTransformerEmbedder,
                 model: PackagedNli) -> None:  # fmt: skip
        self.pairs = pairs
        self.gold = np.array([p.contradiction for p in pairs])
        a = embedder.embed([p.premise for p in pairs])
        b = embedder.embed([p.hypothesis for p in pairs])
        self.similarity = (a * b).sum(axis=1)
        self.probabilities = model.probabilities([(p.premise, p.hypothesis) for p in pairs])
        self.judge_pairs = [
            Pair(p.premise, p.hypothesis, float(s))
            for p, s in zip(pairs, self.similarity, strict=True)
        ]

    def subset(self, mask: np.ndarray) -> Scored:
        out = object.__new__(Scored)
        out.pairs = [p for p, keep in zip(self.pairs, mask, strict=True) if keep]
        out.gold, out.similarity = self.gold[mask], self.similarity[mask]
        out.probabilities = self.probabilities[mask]
        out.judge_pairs = [p for p, keep in zip(self.judge_pairs, mask, strict=True) if keep]
        return out


Decider = Callable[[Scored], np.ndarray]


def hybrid(judge: HybridJudge) -> Decider:
    def decide(s: Scored) -> np.ndarray:
        return np.array([
            judge.decide(p, row).relation == "contradiction"
            for p, row in zip(s.judge_pairs, s.probabilities, strict=True)
        ])  # fmt: skip

    return decide


def rules(s: Scored) -> np.ndarray:
    return np.array([j.relation == "contradiction" for j in RuleJudge().judge(s.judge_pairs)])


def mean_f1(decide: Decider, groups: Sequence[Scored]) -> float:
    return float(np.mean([figures(decide(g), g.gold)[3] for g in groups]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "validation", "all"])
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args()
    if not NLI.is_dir():
        sys.exit(f"skipped: {NLI} is absent (the shared evaluation sets are not on this machine)")
    embedder = SentenceTransformerEmbedder(torch_threads=2)
    model = PackagedNli()
    default = HybridJudge(model)

    validation = {n: Scored([p for p in load(n) if p.split == "validation"], embedder, model)
                  for n in SETS}  # fmt: skip
    groups = list(validation.values())
    if args.calibrate:
        grid = []
        for threshold in np.round(np.arange(0.2, 0.96, 0.05), 2):
            for negation in (0.0, 0.02, 0.05, 0.1, 0.2, 0.3):
                for antonym in (0.0, 0.02, 0.05, 0.1, 0.2, 0.3):
                    judge = replace(
                        default,
                        threshold=float(threshold),
                        negation_support=negation,
                        antonym_support=antonym,
                    )
                    grid.append((mean_f1(hybrid(judge), groups), float(threshold), negation,
                                 antonym))  # fmt: skip
        grid.sort(reverse=True)
        print("validation mean F1 over sets: threshold, negation support, antonym support")
        for f1, threshold, negation, antonym in grid[:10]:
            print(f"  {f1:.3f}  {threshold:.2f}  {negation:.2f}  {antonym:.2f}")
        return

    # The similarity baseline's cut: best mean F1 on the validation split.
    cuts = np.round(np.arange(0.0, 1.0, 0.02), 2)
    cut = max(cuts, key=lambda c: mean_f1(lambda s: s.similarity >= c, groups))
    threshold = model.meta.get("threshold", 0.5)
    deciders: dict[str, Decider] = {
        "similarity": lambda s: s.similarity >= cut,
        "rules": rules,
        "model": lambda s: s.probabilities[:, 0] >= threshold,
        "hybrid": hybrid(default),
    }
    print(f"split {args.split}; similarity cut {cut:.2f}, model threshold {threshold:.2f}, "
          f"hybrid {default.threshold:.2f} / negation {default.negation_support:.2f} / antonym "
          f"{default.antonym_support:.2f}")  # fmt: skip
    print(f"{'set':28} {'pairs':>5} {'contra':>6}  " + "  ".join(
        f"{name + ' acc/P/R/F1':>25}" for name in deciders))  # fmt: skip
    every = {name: (lambda name=name: load(name)) for name in SETS}
    every["news_synthetic"] = news_pairs
    for name, source in every.items():
        pairs = [p for p in source() if args.split == "all" or p.split == args.split]
        scored = Scored(pairs, embedder, model)
        rows: list[tuple[str, Scored]] = [(name, scored)]
        if name in ("breaking_nli", "news_synthetic"):
            for category in sorted({p.category for p in pairs}):
                mask = np.array([p.category == category for p in pairs])
                rows.append((f"  {category}", scored.subset(mask)))
        for label, group in rows:
            cells = []
            for decide in deciders.values():
                acc, p, r, f = figures(decide(group), group.gold)
                cells.append(f"{acc:5.3f} {p:5.3f} {r:5.3f} {f:5.3f}")
            print(f"{label:28} {len(group.pairs):5d} {int(group.gold.sum()):6d}  "
                  + "  ".join(f"{c:>25}" for c in cells))  # fmt: skip


if __name__ == "__main__":
    main()
