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
``--embedders a,b,...`` instead scores every pair's similarity with each embedder backend
(CLAIMS_EMBEDDER values) and counts the service's decisions that change against the first: a
pair counts as a contradiction when its cosine reaches the retrieval threshold (below it the
service never judges the pair) and the hybrid judge says so; the NLI probabilities are the same
for all, computed once.

    .venv/bin/python bench/eval_judge.py [--split test|validation|all] [--calibrate]
    .venv/bin/python bench/eval_judge.py --split all --embedders sentence-transformers,onnx-int8
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

from service.config import Config  # noqa: E402
from service.embeddings import Embedder, from_config  # noqa: E402
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

    def __init__(self, pairs: list[NliPair], embedder: Embedder, model: PackagedNli) -> None:
        self.pairs = pairs
        self.gold = np.array([p.contradiction for p in pairs])
        self.probabilities = model.probabilities([(p.premise, p.hypothesis) for p in pairs])
        self._embed(embedder)

    def _embed(self, embedder: Embedder) -> None:
        a = embedder.embed([p.premise for p in self.pairs])
        b = embedder.embed([p.hypothesis for p in self.pairs])
        self.similarity = (a * b).sum(axis=1)
        self.judge_pairs = [
            Pair(p.premise, p.hypothesis, float(s))
            for p, s in zip(self.pairs, self.similarity, strict=True)
        ]

    def embedded_by(self, embedder: Embedder) -> Scored:
        """The same pairs and probabilities, with similarities from another embedder."""
        out = self.subset(np.ones(len(self.pairs), dtype=bool))
        out._embed(embedder)
        return out

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


def compare_embedders(names: list[str], split: str, model: PackagedNli) -> None:
    """Print, per set, how many of the service's decisions each embedder changes."""
    gate = Config().similarity_threshold
    served = hybrid(HybridJudge(model))
    embedders = {name: from_config(Config(embedder=name, torch_threads=2)) for name in names}
    first = names[0]
    print(f"split {split}; a contradiction = cosine >= {gate} and the hybrid judge says so; "
          f"changed = decisions unlike {first}'s")  # fmt: skip
    print(f"{'set':18} {'pairs':>5} " + " ".join(
        f"{name + ' F1/changed/cos':>34}" for name in names))  # fmt: skip
    totals = dict.fromkeys(names, 0)
    count = 0
    for name in [*SETS, "news_synthetic"]:
        source = news_pairs() if name == "news_synthetic" else load(name)
        pairs = [p for p in source if split == "all" or p.split == split]
        base = Scored(pairs, embedders[first], model)
        said = {}
        cells = []
        for embedder_name, embedder in embedders.items():
            scored = base if embedder_name == first else base.embedded_by(embedder)
            said[embedder_name] = (scored.similarity >= gate) & served(scored)
            changed = int(np.sum(said[embedder_name] != said[first]))
            totals[embedder_name] += changed
            gap = float(np.max(np.abs(scored.similarity - base.similarity)))
            f1 = figures(said[embedder_name], base.gold)[3]
            cells.append(f"{f1:.3f} / {changed:4d} / max |dcos| {gap:.3f}")
        count += len(pairs)
        print(f"{name:18} {len(pairs):5d} " + " ".join(f"{c:>34}" for c in cells))
    print(f"{'all':18} {count:5d} " + " ".join(
        f"{'changed ' + str(totals[n]):>34}" for n in names))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "validation", "all"])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--embedders", help="comma-separated CLAIMS_EMBEDDER values to compare")
    args = parser.parse_args()
    if not NLI.is_dir():
        sys.exit(f"skipped: {NLI} is absent (the shared evaluation sets are not on this machine)")
    if args.embedders:
        compare_embedders(args.embedders.split(","), args.split, PackagedNli())
        return
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
