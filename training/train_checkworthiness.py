"""Train the check-worthiness model and write service/inference/checkworthiness.npz.

Data, read in place from ../shared/eval/claims (never copied into the repository):
- claimbuster_train.json: 7,976 sentences, label 1 = check-worthy factual claim;
- CT19-T1-Training.csv: 16,421 debate sentences of CLEF CheckThat! 2019, label 1 = check-worthy;
- news (``--news N``): up to N statements of fact in news style, all check-worthy, from sets of
  ../shared/train/nli that may train what we ship: Emergent's claims and headlines (questions
  and fragments of under five words left out), SummEdits' news summaries and FEVER's claims.
  Debates are where the model learned what a claim is, and it scored news facts ("Christian
  Bale will not be starring as Steve Jobs ..., according to The Hollywood Reporter": 0.21) below
  its bar;
- everyday (``--everyday N``): up to N statements of fact nobody needs to check, none
  check-worthy: SummEdits' summaries of chats ("Joe invites Luke on a trip to Ukraine ...") and
  SNLI's picture captions as CAD-NLI revised them ("A woman is walking her dog ..."). Without
  them, news statements taught the model that any narrative sentence is a claim ("The crowd
  cheered as the band took the stage.").

Splits are fixed by hashing, so that bench/eval_checkworthiness.py finds the same test sentences
without the split being stored: a ClaimBuster sentence goes by the hash of its text (70% train,
10% validation, 20% test); a CheckThat! sentence by the hash of its debate, so that no debate is
split across train and test. Five networks (seeds 0-4) and a tf-idf logistic regression train on
the train parts; the mixing weight and the threshold are the ones with the best F1 on the
validation parts, and the test parts are only ever evaluated. The reader (MiniLM fine-tuned on
the same train parts: ``--reader-epochs`` passes at ``--reader-lr``, batches of 16, a
class-balanced loss, the word embeddings frozen) is averaged with the cheap models where they
are unsure, with equal weights (not tuned); the band where it is asked and the threshold are
chosen for the pair on validation.

    .venv/bin/python training/train_checkworthiness.py [--datasets claimbuster,ct19]
        [--news N] [--everyday N] [--reader-epochs N]
        (the shipped models' recipe: the defaults, a reader of 3 epochs; about 12 minutes on
        2 CPU cores; its model card: service/inference/checkworthiness-minilm.md)

The mixing weight and the threshold are chosen on the validation parts of the debate sets only;
the added statements' parts print beside them ("called": the share scored check-worthy).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.inference.checkworthiness import (  # noqa: E402
    READER,
    READER_LABELS,
    READER_TOKENS,
    UNSURE,
    BagOfWords,
    CheckworthinessModel,
    SentenceReader,
    in_band,
    inputs,
    terms,
)
from service.inference.minilm import base_model_path, build_classifier, save_artefact  # noqa: E402

CLAIMS = ROOT.parent / "shared" / "eval" / "claims"
NLI_TRAIN = ROOT.parent / "shared" / "train" / "nli"


@dataclass(frozen=True)
class Example:
    """One labelled sentence and the split it belongs to."""

    text: str
    label: int
    split: str
    dataset: str


def _bucket(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10


def _split(bucket: int) -> str:
    return "train" if bucket < 7 else "validation" if bucket == 7 else "test"


def claimbuster() -> Iterator[Example]:
    """ClaimBuster, split by sentence."""
    for row in json.loads((CLAIMS / "claimbuster_train.json").read_text(encoding="utf-8")):
        text = row["text"].strip()
        yield Example(text, int(row["label"]), _split(_bucket(text)), "claimbuster")


def checkthat() -> Iterator[Example]:
    """CheckThat! 2019, split by debate."""
    with (CLAIMS / "CT19-T1-Training.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            split = _split(_bucket(row["file_name"]))
            yield Example(row["text"].strip(), int(row["label"]), split, "ct19")


def _nli_rows(name: str) -> Iterator[dict[str, str]]:
    with gzip.open(NLI_TRAIN / name, "rt", encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle)


def _statements(texts: Iterator[str]) -> list[str]:
    """Distinct statements (no question, none under five words), in a fixed order."""
    kept = {t.strip(): None for t in texts if len(t.split()) >= 5 and not t.strip().endswith("?")}
    return sorted(kept, key=lambda s: hashlib.sha1(b"news" + s.encode()).hexdigest())


def news_statements() -> tuple[list[str], list[str]]:
    """News statements (Emergent, SummEdits news) and encyclopaedic ones (FEVER's claims)."""
    reported = _statements(
        text
        for row in _nli_rows("emergent.jsonl.gz")
        for text in (row["premise"], row["hypothesis"])
    )
    summaries = _statements(
        row["hypothesis"]
        for row in _nli_rows("summedits.jsonl.gz")
        if row["source"] == "summedits_news"
    )
    fever = _statements(row["hypothesis"] for row in _nli_rows("fever_dev_2way.jsonl.gz"))
    return reported + summaries, fever


def _half_and_half(first: list[str], second: list[str], limit: int) -> list[str]:
    """At most ``limit`` statements: half of them from ``first``, the rest from ``second``."""
    chosen = first[: limit // 2]
    return chosen + second[: limit - len(chosen)]


def news(limit: int) -> Iterator[Example]:
    """At most ``limit`` statements, half news and half encyclopaedic where there are enough,
    split by the hash of the text."""
    if limit <= 0:
        return
    for text in _half_and_half(*news_statements(), limit):
        yield Example(text, 1, _split(_bucket(text)), "news")


def everyday(limit: int) -> Iterator[Example]:
    """At most ``limit`` everyday statements, half chat summaries and half captions where there
    are enough, split by the hash of the text."""
    if limit <= 0:
        return
    chats = _statements(
        row["hypothesis"]
        for row in _nli_rows("summedits.jsonl.gz")
        if row["source"] == "summedits_samsum"
    )
    captions = _statements(
        text
        for row in _nli_rows("cad_nli.jsonl.gz")
        for text in (row["premise"], row["hypothesis"])
    )
    for text in _half_and_half(chats, captions, limit):
        yield Example(text, 0, _split(_bucket(text)), "everyday")


DATASETS = {"claimbuster": claimbuster, "ct19": checkthat}


def load(names: list[str], news_limit: int = 0, everyday_limit: int = 0) -> list[Example]:
    """Every example of the named datasets, ``news_limit`` news statements and
    ``everyday_limit`` everyday ones."""
    if not CLAIMS.is_dir():
        sys.exit(f"{CLAIMS} is absent: the shared evaluation sets are needed to train")
    extra = [*news(news_limit), *everyday(everyday_limit)]
    return [e for name in names for e in DATASETS[name]()] + extra


def precision_recall_f1(predicted: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    """Figures of the positive class."""
    tp = float(np.sum(predicted & gold))
    precision = tp / max(float(np.sum(predicted)), 1.0)
    recall = tp / max(float(np.sum(gold)), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1


def train(features: np.ndarray, labels: np.ndarray, *, epochs: int, seed: int) -> list[np.ndarray]:
    """A 2-layer network (128 hidden units) trained with AdamW on a class-balanced loss."""
    import torch

    torch.manual_seed(seed)
    model = torch.nn.Sequential(
        torch.nn.Dropout(0.1),
        torch.nn.Linear(features.shape[1], 128),
        torch.nn.ReLU(),
        torch.nn.Dropout(0.3),
        torch.nn.Linear(128, 1),
    )
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-3)
    x, y = torch.tensor(features), torch.tensor(labels, dtype=torch.float32)
    positive_weight = torch.tensor((1 - labels.mean()) / labels.mean())
    generator = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), 64):
            batch = order[start : start + 64]
            optimiser.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(x[batch]).squeeze(1), y[batch], pos_weight=positive_weight
            )
            loss.backward()
            optimiser.step()
    first, second = model[1], model[4]
    return [
        first.weight.detach().numpy().T.copy(),
        first.bias.detach().numpy().copy(),
        second.weight.detach().numpy().T.copy(),
        second.bias.detach().numpy().copy(),
    ]


def fine_tune(texts: list[str], labels: np.ndarray, *, epochs: int, lr: float, seed: int) -> Any:
    """MiniLM fine-tuned to tell check-worthy sentences (AdamW, warm-up a tenth, linear decay,
    a class-balanced loss, the word embeddings frozen): the torch model."""
    import random

    import torch
    from transformers import AutoTokenizer

    torch.manual_seed(seed)
    base = base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    model = build_classifier(base, READER_LABELS)
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    model.train()
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.01)
    steps = epochs * (len(texts) // 16)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser,
        lambda s: min((s + 1) / (steps / 10), max(0.0, (steps - s) / (steps * 0.9))),
    )
    positive = float(labels.mean())
    weight = torch.tensor([0.5 / (1 - positive), 0.5 / positive], dtype=torch.float32)
    rng = random.Random(seed)
    step = 0
    for epoch in range(epochs):
        order = list(range(len(texts)))
        rng.shuffle(order)
        for start in range(0, len(order) - 15, 16):
            batch = order[start : start + 16]
            encoded = tokenizer([texts[i] for i in batch], padding=True, truncation=True,
                                max_length=READER_TOKENS, return_tensors="pt")  # fmt: skip
            target = torch.tensor([int(labels[i]) for i in batch])
            loss = torch.nn.functional.cross_entropy(model(**encoded).logits, target, weight=weight)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                print(f"reader: epoch {epoch + 1}, step {step} of {steps}, loss {loss.item():.3f}",
                      flush=True)  # fmt: skip
    return model.eval()


def bag_of_words(texts: list[str], labels: np.ndarray) -> BagOfWords:
    """tf-idf logistic regression (scikit-learn, a sentence-transformers dependency), exported
    as plain arrays for numpy inference."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=terms, min_df=2, sublinear_tf=True, smooth_idf=True, norm="l2"
    )
    matrix = vectorizer.fit_transform(texts)
    regression = LogisticRegression(C=3.0, class_weight="balanced", max_iter=2000)
    regression.fit(matrix, labels)
    vocabulary = {str(t): int(i) for t, i in vectorizer.vocabulary_.items()}
    return BagOfWords(
        vocabulary=vocabulary,
        idf=vectorizer.idf_.astype(np.float32),
        coef=regression.coef_[0].astype(np.float32),
        intercept=float(regression.intercept_[0]),
    )


# Bands of the cheap models' score in which the reader may be asked (UNSURE, the default, is
# the third); the training picks one on validation.
BANDS = [(low, high) for low in (0.2, 0.25, 0.3, 0.35, 0.4) for high in (0.8, 0.85, 0.9)]


def best_threshold(scores: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """The threshold with the best F1, and that F1."""
    candidates = np.round(np.arange(0.05, 0.96, 0.01), 2)
    f1s = [precision_recall_f1(scores >= t, gold)[2] for t in candidates]
    return float(candidates[int(np.argmax(f1s))]), float(max(f1s))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default="claimbuster", help="comma-separated training sets")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--networks", type=int, default=5, help="networks averaged")
    parser.add_argument("--news", type=int, default=500, help="news statements added (positives)")
    parser.add_argument("--everyday", type=int, default=500, help="everyday statements (negatives)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads")
    parser.add_argument("--reader-epochs", type=int, default=3, help="0: no reader")
    parser.add_argument("--reader-lr", type=float, default=4e-5)
    parser.add_argument("--out", type=Path, default=None, help="artefact path (default: shipped)")
    parser.add_argument("--reader-out", type=Path, default=READER, help="the reader's artefact")
    args = parser.parse_args()

    from service.inference.embedders.sentence_transformer import SentenceTransformerEmbedder

    names = args.datasets.split(",")
    examples = load(names, args.news, args.everyday)
    embedder = SentenceTransformerEmbedder(torch_threads=args.threads)
    texts = [e.text for e in examples]
    vectors = embedder.embed(texts)
    labels = np.array([e.label for e in examples], dtype=np.float32)
    split = np.array([e.split for e in examples])
    dataset = np.array([e.dataset for e in examples])
    training = split == "train"
    print(f"training on {int(training.sum())} sentences of {', '.join(names)}")

    features = inputs(
        vectors[training], [t for t, keep in zip(texts, training, strict=True) if keep]
    )
    networks = [
        train(features, labels[training], epochs=args.epochs, seed=args.seed + n)
        for n in range(args.networks)
    ]
    w1, b1, w2, b2 = (np.stack([n[i] for n in networks]) for i in range(4))
    bag = bag_of_words([t for t, keep in zip(texts, training, strict=True) if keep],
                       labels[training])  # fmt: skip
    gold = labels == 1

    # The mixing weight and the threshold with the best F1 on the debates' validation sentences.
    validation = (split == "validation") & np.isin(dataset, names)
    best = (-1.0, 0.0, 0.5)
    for weight in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        candidate = CheckworthinessModel(w1, b1, w2, b2, bag, weight, threshold=0.5)
        scores = candidate.scores(
            vectors[validation], [t for t, v in zip(texts, validation, strict=True) if v]
        )
        threshold, f1 = best_threshold(scores, gold[validation])
        print(f"bag-of-words weight {weight:.1f}: validation F1 {f1:.3f} at {threshold:.2f}")
        if f1 > best[0]:
            best = (f1, weight, threshold)
    model = CheckworthinessModel(w1, b1, w2, b2, bag, best[1], threshold=best[2])
    print(f"kept weight {best[1]:.1f}, threshold {best[2]:.2f} (validation F1 {best[0]:.3f})")
    if args.reader_epochs:
        training_texts = [t for t, keep in zip(texts, training, strict=True) if keep]
        tuned = fine_tune(training_texts, labels[training], epochs=args.reader_epochs,
                          lr=args.reader_lr, seed=args.seed)  # fmt: skip
        save_artefact(tuned, args.reader_out)
        # The band and the threshold are chosen with the reader as the service runs it (int8
        # rows, ONNX): the best validation F1, and of bands that tie, the one read least.
        reader = SentenceReader(args.reader_out)
        validation_texts = [t for t, v in zip(texts, validation, strict=True) if v]
        cheap = model.cheap_scores(vectors[validation], validation_texts)
        read = reader.scores(validation_texts)
        best = (-1.0, 0.0, 0.5, UNSURE)
        for band in BANDS:
            unsure = in_band(cheap, band)
            threshold, f1 = best_threshold(np.where(unsure, (cheap + read) / 2, cheap),
                                           gold[validation])  # fmt: skip
            print(f"reader on [{band[0]:.2f}, {band[1]:.2f}) ({unsure.mean():.0%} of sentences "
                  f"read): validation F1 {f1:.3f} at {threshold:.2f}")  # fmt: skip
            if (round(f1, 4), -unsure.mean()) > (round(best[0], 4), -best[1]):
                best = (f1, float(unsure.mean()), threshold, band)
        f1, share, threshold, band = best
        model = dataclasses.replace(model, reader=reader, unsure=band, threshold=threshold)
        print(f"kept the reader on [{band[0]:.2f}, {band[1]:.2f}), threshold {threshold:.2f} "
              f"(validation F1 {f1:.3f}, {share:.0%} read)")  # fmt: skip
    model.save(args.out) if args.out else model.save()
    print("artefacts written")
    scores = model.scores(vectors, texts)
    threshold = model.threshold

    header = ("dataset", "split", "sentences", "positive", "prec", "rec", "f1", "called")
    print("{:12} {:10} {:>9} {:>8} {:>6} {:>6} {:>6} {:>6}".format(*header))
    for name in names + ["news"] * bool(args.news) + ["everyday"] * bool(args.everyday):
        for part in ("validation", "test"):
            chosen = (dataset == name) & (split == part)
            p, r, f = precision_recall_f1(scores[chosen] >= threshold, gold[chosen])
            print(
                f"{name:12} {part:10} {int(chosen.sum()):9d} {int(gold[chosen].sum()):8d} "
                f"{p:6.3f} {r:6.3f} {f:6.3f} {float(np.mean(scores[chosen] >= threshold)):6.3f}"
            )


if __name__ == "__main__":
    main()
