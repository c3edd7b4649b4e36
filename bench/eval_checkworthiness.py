"""Check-worthiness on sentences the model never saw: the model, the rules in front of it, and
the service as a caller meets it.

The parts are those of training/train_checkworthiness.py (fixed by hashing: 70/10/20 of
ClaimBuster by sentence, of CheckThat! 2019 by debate), read in place from ../shared/eval/claims.
It prints three tables:
- the shipped model alone, on whole sentences, on the test parts, with the share of sentences
  its reader was asked about;
- each rule in front of the model (service.extraction.claims.REJECTIONS, and the cleaner's
  headline/fragment test that a one-sentence text also meets) on the validation parts: how many
  sentences it removes, how many of them are check-worthy, and the F1 of model and rules with
  and without it (a rule pays when F1 without it is lower);
- F1 through ``POST /checks`` on the test parts, each sentence sent alone as ``text`` to the real
  application (an empty SQLite store, so nothing is judged): a sentence is called check-worthy
  when it comes back as a claim.
Usage:
    .venv/bin/python bench/eval_checkworthiness.py [--skip-api]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from service.extraction import cleaning  # noqa: E402
from service.extraction.claims import REJECTIONS  # noqa: E402
from service.inference.checkworthiness import CheckworthinessModel, in_band  # noqa: E402
from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder  # noqa: E402
from training.train_checkworthiness import (  # noqa: E402
    CLAIMS,
    DATASETS,
    Example,
    precision_recall_f1,
)

Mask = npt.NDArray[np.bool_]


def rules() -> dict[str, Callable[[str], bool]]:
    """Every rule a lone sentence meets before the model, by name."""
    found = dict(REJECTIONS)
    found["headline or fragment (cleaner)"] = lambda s: cleaning.is_fragment(s.strip())
    return found


def model_says(
    model: CheckworthinessModel, embedder: SentenceTransformerEmbedder, texts: list[str]
) -> Mask:
    return model.scores(embedder.embed(texts), texts) >= model.threshold


def model_table(model: CheckworthinessModel, embedder: SentenceTransformerEmbedder) -> None:
    print(
        f"\nthe shipped model alone, whole sentences, test parts (threshold {model.threshold:.2f})"
    )
    print("{:12} {:>9} {:>8} {:>6} {:>6} {:>6} {:>6}".format(
        "test set", "sentences", "positive", "prec", "rec", "f1", "read"))  # fmt: skip
    for name, load in DATASETS.items():
        test = [e for e in load() if e.split == "test"]
        texts = [e.text for e in test]
        gold = np.array([e.label == 1 for e in test])
        vectors = embedder.embed(texts)
        p, r, f = precision_recall_f1(model.scores(vectors, texts) >= model.threshold, gold)
        # The share of sentences the reader is asked about (what it costs).
        cheap = model.cheap_scores(vectors, texts)
        read = float(np.mean(in_band(cheap, model.unsure))) if model.reader else 0.0
        print(f"{name:12} {len(test):9d} {int(gold.sum()):8d} {p:6.3f} {r:6.3f} {f:6.3f} "
              f"{read:6.3f}")  # fmt: skip


def rules_table(model: CheckworthinessModel, embedder: SentenceTransformerEmbedder) -> None:
    named = rules()
    for name, load in DATASETS.items():
        dev = [e for e in load() if e.split == "validation"]
        gold = np.array([e.label == 1 for e in dev])
        says = model_says(model, embedder, [e.text for e in dev])
        hits = {rule: np.array([test(e.text) for e in dev]) for rule, test in named.items()}
        dropped = np.any(np.stack(list(hits.values())), axis=0)
        print(f"\nrules in front of the model, {name} validation part "
              f"({len(dev)} sentences, {int(gold.sum())} check-worthy)")  # fmt: skip
        print(
            f"  model alone F1 {precision_recall_f1(says, gold)[2]:.3f}; "
            f"model and every rule F1 {precision_recall_f1(says & ~dropped, gold)[2]:.3f}"
        )
        print("  {:32} {:>7} {:>13} {:>18}".format(
            "rule", "removes", "check-worthy", "F1 without it"))  # fmt: skip
        for rule, hit in hits.items():
            others = np.any(np.stack([h for r, h in hits.items() if r != rule]), axis=0)
            without = precision_recall_f1(says & ~others, gold)[2]
            print(f"  {rule:32} {int(hit.sum()):7d} {int((hit & gold).sum()):13d} {without:18.3f}")


def api_table() -> None:
    print(
        "\nthrough POST /checks, one sentence at a time, test parts (claims came back = positive)"
    )
    print("{:12} {:>9} {:>8} {:>6} {:>6} {:>6} {:>8}".format(
        "test set", "sentences", "positive", "prec", "rec", "f1", "errors"))  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        config = Config.from_env()
        config = Config(
            **{
                **config.__dict__,
                "database_url": f"sqlite:///{tmp}/checks.sqlite3",
                "log_level": "warning",
            }
        )
        app = create_app(config)
        client = app.test_client()
        for name, load in DATASETS.items():
            test: list[Example] = [e for e in load() if e.split == "test"]
            gold = np.array([e.label == 1 for e in test])
            came_back = np.zeros(len(test), dtype=bool)
            errors = 0
            for i, example in enumerate(test):
                response = client.post("/checks", json={"text": example.text})
                if response.status_code != 200:
                    errors += 1
                    continue
                came_back[i] = bool(response.get_json()["claims"])
            p, r, f = precision_recall_f1(came_back, gold)
            print(
                f"{name:12} {len(test):9d} {int(gold.sum()):8d} "
                f"{p:6.3f} {r:6.3f} {f:6.3f} {errors:8d}"
            )
        app.extensions["counterclaim"].store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-api", action="store_true", help="leave out POST /checks")
    args = parser.parse_args()
    if not CLAIMS.is_dir():
        sys.exit(f"skipped: {CLAIMS} is absent (the shared evaluation sets are not here)")
    model = CheckworthinessModel.load()
    embedder = SentenceTransformerEmbedder(torch_threads=2)
    model_table(model, embedder)
    rules_table(model, embedder)
    if not args.skip_api:
        api_table()


if __name__ == "__main__":
    main()
