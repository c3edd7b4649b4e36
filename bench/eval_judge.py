"""Contradiction-class figures for the configured judge on the shared NLI development sets.

Prints, per set: pairs, accuracy over (contradiction / not), and precision, recall and F1 of the
contradiction class.  Reads ../shared/eval/nli in place.  Usage:
    .venv/bin/python bench/eval_judge.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.embeddings.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from service.pipeline.judge import Pair, RuleJudge  # noqa: E402

NLI = ROOT.parent / "shared" / "eval" / "nli"


def tsv(name: str) -> Iterator[tuple[str, str, bool]]:
    for line in (NLI / name).read_text().splitlines():
        label, premise, hypothesis = line.split("\t")[:3]
        yield premise, hypothesis, label == "contradiction"


def rte() -> Iterator[tuple[str, str, bool]]:
    for pair in ET.parse(NLI / "RTE2_dev_negated_contradiction.xml").getroot():
        yield pair.findtext("t") or "", pair.findtext("h") or "", pair.get("contradiction") == "YES"


def breaking() -> Iterator[tuple[str, str, bool]]:
    for line in (NLI / "breaking_nli.jsonl").read_text().splitlines():
        row = json.loads(line)
        yield row["sentence1"], row["sentence2"], row["gold_label"] == "contradiction"


SETS = {
    "snli": lambda: tsv("snli.tsv"),
    "mnli_matched": lambda: tsv("mnli_matched.tsv"),
    "mnli_mismatched": lambda: tsv("mnli_mismatched.tsv"),
    "rte2_negated": rte,
    "breaking_nli": breaking,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="pairs per set (sampled, seed 0)")
    args = parser.parse_args()
    if not NLI.is_dir():
        sys.exit(f"skipped: {NLI} is absent (the shared evaluation sets are not on this machine)")
    embedder = SentenceTransformerEmbedder()
    judge = RuleJudge()
    print(f"{'set':18} {'pairs':>6} {'acc':>6} {'prec':>6} {'rec':>6} {'f1':>6}")
    for name, load in SETS.items():
        rows = list(load())
        random.Random(0).shuffle(rows)
        rows = rows[: args.limit]
        a = embedder.embed([r[0] for r in rows])
        b = embedder.embed([r[1] for r in rows])
        sims = (a * b).sum(axis=1)
        verdicts = judge.judge(
            [Pair(r[0], r[1], float(s)) for r, s in zip(rows, sims, strict=True)]
        )
        said = [v.relation == "contradiction" for v in verdicts]
        gold = [r[2] for r in rows]
        tp = sum(s and g for s, g in zip(said, gold, strict=True))
        fp = sum(s and not g for s, g in zip(said, gold, strict=True))
        fn = sum(g and not s for s, g in zip(said, gold, strict=True))
        acc = sum(s == g for s, g in zip(said, gold, strict=True)) / len(rows)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{name:18} {len(rows):6d} {acc:6.3f} {prec:6.3f} {rec:6.3f} {f1:6.3f}")


if __name__ == "__main__":
    main()
