"""How many related pairs retrieval keeps, to choose CLAIMS_SIMILARITY_THRESHOLD and
CLAIMS_MAX_CANDIDATES by measurement.

A contradiction the judge never sees is a contradiction missed, so this prints, on the shared
NLI development sets (read in place):
- for each similarity threshold, the share of contradiction pairs whose cosine reaches it (recall)
  and the share of unrelated pairs (one pair's premise, another's hypothesis) that do: the
  judging it costs;
- with every sentence of SNLI, MultiNLI and RTE-2 stored together (about 7,800), the share of
  contradiction pairs whose partner ranks within the first k nearest at the threshold (recall@k).

    .venv/bin/python bench/eval_retrieval.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from training.nli_data import NLI, load  # noqa: E402

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
COUNTS = (1, 5, 10, 20, 50)


def main() -> None:
    if not NLI.is_dir():
        sys.exit(f"skipped: {NLI} is absent (the shared evaluation sets are not on this machine)")
    embedder = SentenceTransformerEmbedder(torch_threads=2)
    pairs = [
        p for n in ("snli", "mnli_matched", "mnli_mismatched", "rte2_negated") for p in load(n)
    ]
    breaking = load("breaking_nli")
    random.Random(0).shuffle(breaking)
    sentences = sorted({s for p in pairs + breaking[:1000] for s in (p.premise, p.hypothesis)})
    index = {s: i for i, s in enumerate(sentences)}
    vectors = embedder.embed(sentences)

    def cosine(p: object) -> float:
        return float(vectors[index[p.premise]] @ vectors[index[p.hypothesis]])  # type: ignore[attr-defined]

    print("threshold  contradictions kept (news-like: MNLI+RTE / captions: SNLI / Breaking)  "
          "unrelated pairs kept")  # fmt: skip
    groups = {
        "mnli+rte": [p for p in pairs if p.dataset != "snli" and p.contradiction],
        "snli": [p for p in pairs if p.dataset == "snli" and p.contradiction],
        "breaking": [p for p in breaking[:1000] if p.contradiction],
    }
    unrelated = [(p.premise, pairs[(i + 101) % len(pairs)].hypothesis) for i, p in enumerate(pairs)]
    sims = {name: np.array([cosine(p) for p in group]) for name, group in groups.items()}
    unrelated_sims = np.array([float(vectors[index[a]] @ vectors[index[b]]) for a, b in unrelated])
    for t in THRESHOLDS:
        kept = "  ".join(f"{name} {float(np.mean(s >= t)):.3f}" for name, s in sims.items())
        print(f"  {t:.2f}     {kept}   {float(np.mean(unrelated_sims >= t)):.3f}")

    # Rank of each contradiction's premise among every stored sentence, its hypothesis the query.
    store = sorted({s for p in pairs for s in (p.premise, p.hypothesis)})
    rows = np.array([index[s] for s in store])
    matrix = vectors[rows]
    position = {s: i for i, s in enumerate(store)}
    contradictions = [p for p in pairs if p.contradiction]
    print(f"\nrecall@k with {len(store)} sentences stored, {len(contradictions)} contradictions")
    for t in (0.3, 0.35, 0.4, 0.5):
        found = {k: 0 for k in COUNTS}
        for p in contradictions:
            scores = matrix @ vectors[index[p.hypothesis]]
            scores[position[p.hypothesis]] = -1.0  # a claim is never its own candidate
            target = scores[position[p.premise]]
            rank = int(np.sum(scores > target))
            for k in COUNTS:
                found[k] += int(target >= t and rank < k)
        cells = "  ".join(f"@{k} {found[k] / len(contradictions):.3f}" for k in COUNTS)
        print(f"  threshold {t:.2f}: {cells}")


if __name__ == "__main__":
    main()
