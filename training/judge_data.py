"""The judge's training and validation pairs, read in place from ../shared.

Only sets whose licence lets us ship what they train (``../shared/train/README.md``, use "train")
go into the weights: VitaminC, counterfactual SNLI, the curriculum tasks, SummEdits, FEVER and
Emergent from ``../shared/train/nli``, and the SNLI, MultiNLI and Breaking NLI samples of
``../shared/eval/nli`` (their train split only; training/nli_data.py fixes the split). RTE-2,
ClaimBuster, CheckThat! and FNC-1 never do: FNC-1 only builds a real-news validation set here.

Beside the sets, news-style pairs are generated from real news sentences of the licensed sets
(SummEdits' news documents, Emergent's claims and headlines, VitaminC's evidence) on the FactCC
recipe, with spaCy's small English pipeline finding the figures, dates and names to change
(training/news_edits.py).

SummEdits' edited summaries can also train as what a reader sees: a summary sentence whose edit
replaced a fact of the story against the story's sentence stating it, a contradiction
(``summary_edits``).

The hand-written development news pairs of bench/ (written for this project: a conflict in other
words, or an unrelated fact about the same subject) can be added in a later stage, and so can the
news pairs of ``training/written/`` (written for this project as training pairs, by helpers that
never saw the judge: stories told by two outlets, two conflicts and two compatible claims a
story); the held-out sets of bench/ never train.

Every pair has a split fixed by the hash of its key (a VitaminC page revision, an Emergent claim,
a premise), so related pairs never straddle train and test. Every contradiction is also trained
in the swapped order; a swapped entailment or neutral pair is at most "not a contradiction".
Long premises (documents, article bodies) are cut to the sentences nearest the hypothesis, so
training sees what the service sees: two claims.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import io
import json
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

# Long premises are cut as the service cuts a long text it is given.
from service.judging.passages import (
    STOPWORDS,
    content_words,
    cut,
    nearest_sentences,
    sentences,
    words,
)
from training.nli_data import SETS, NliPair, bucket_of, load

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "train" / "nli"

# The licensed sets of ../shared/train/nli, by file stem.
SHIPPABLE = (
    "vitaminc_real",
    "vitaminc_synthetic",
    "cad_nli",
    "curriculum",
    "summedits",
    "fever_dev_2way",
    "emergent",
)
# The eval samples that may train the weights (RTE-2 may not).
EVAL_SETS = ("snli", "mnli_matched", "mnli_mismatched", "breaking_nli")
# ConTRoL's passages need reasoning over a whole passage; cut to three sentences their labels no
# longer hold, so they are left out. Monotonicity is half the curriculum: capped.
SKIP_SOURCES = ("curriculum:control/",)
MONOTONICITY_CAP = 8000
# Breaking NLI is 87% contradictions from one-word swaps; more would teach "one word differs".
BREAKING_CONTRADICTIONS = 2000


def _rows(stem: str) -> Iterator[dict[str, str]]:
    with gzip.open(TRAIN / f"{stem}.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def read(stem: str) -> list[NliPair]:
    """One licensed set of ../shared/train/nli, long premises cut."""
    out = []
    for row in _rows(stem):
        source = row.get("source", stem)
        if source.startswith(SKIP_SOURCES):
            continue
        key = row.get("group") or row["premise"]
        premise = cut(row["premise"], row["hypothesis"])
        out.append(NliPair(premise, row["hypothesis"], row["label"], stem, source, key))
    if stem == "curriculum":
        monotonicity = [p for p in out if "monotonicity" in p.category]
        random.Random(0).shuffle(monotonicity)
        dropped = set(map(id, monotonicity[MONOTONICITY_CAP:]))
        out = [p for p in out if id(p) not in dropped]
    return out


def eval_training_sets() -> list[NliPair]:
    """SNLI, MultiNLI and Breaking NLI (all splits; the caller keeps to one)."""
    out = [p for name in EVAL_SETS for p in load(name)]
    breaking = [p for p in out if p.dataset == "breaking_nli" and p.contradiction]
    random.Random(0).shuffle(breaking)
    dropped = set(map(id, breaking[BREAKING_CONTRADICTIONS:]))
    return [p for p in out if id(p) not in dropped]


def swapped(pairs: list[NliPair], rng: random.Random, others: float = 0.3) -> list[NliPair]:
    """Each contradiction in the other order, and a share of the rest as "not a contradiction".

    A swapped entailment or neutral pair may become an entailment ("a dog runs" / "an animal
    runs"), so it is only labelled "not a contradiction"; two-way "not entailed" pairs say
    nothing about the swapped order and are left out.
    """
    out = []
    for p in pairs:
        if p.label == "contradiction":
            out.append(NliPair(p.hypothesis, p.premise, "contradiction", p.dataset, p.category,
                               p.key))  # fmt: skip
        elif p.label in ("entailment", "neutral") and rng.random() < others:
            out.append(NliPair(p.hypothesis, p.premise, "not_contradiction", p.dataset,
                               p.category, p.key))  # fmt: skip
    return out


# --- FNC-1: real news headlines against the body sentences nearest them (never trained on) ----


def _csv_rows(name: str) -> list[dict[str, str]]:
    with gzip.open(TRAIN / name, "rb") as raw:
        return list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))


@lru_cache(maxsize=1)
def fnc1_rows() -> tuple[dict[str, str], list[dict[str, str]]]:
    """FNC-1's train files as read: the bodies by id, and the stance rows (Headline, Body ID,
    Stance)."""
    bodies = {r["Body ID"]: r["articleBody"] for r in _csv_rows("fnc1_train_bodies.csv.gz")}
    return bodies, _csv_rows("fnc1_train_stances.csv.gz")


def fnc1(stances: tuple[str, ...] = ("agree", "disagree", "discuss")) -> list[NliPair]:
    """FNC-1 train headlines against the sentences of their body nearest them.

    ``disagree`` is a conflict (contradiction), ``agree`` and ``discuss`` are not. The key is the
    body, so a body's headlines share one split.
    """
    bodies, rows = fnc1_rows()
    out = []
    for row in rows:
        if row["Stance"] not in stances:
            continue
        body, headline = bodies[row["Body ID"]], row["Headline"]
        label = "contradiction" if row["Stance"] == "disagree" else "not_contradiction"
        out.append(NliPair(nearest_sentences(body, headline), headline, label, "fnc1",
                           row["Stance"], "fnc1:" + row["Body ID"]))  # fmt: skip
    return out


# --- everything together ----------------------------------------------------------------------


def training_sets() -> dict[str, list[NliPair]]:
    """Every licensed set by name, all splits (long premises cut), generated news included."""
    from training.news_edits import news_pairs

    sets = {stem: read(stem) for stem in SHIPPABLE}
    sets["eval_sets"] = eval_training_sets()
    sets["news_generated"] = news_pairs(sets)
    return sets


# The hand-written news-pair sets of bench/ that are development sets (probes, read and worked
# on, development-8 included); the held-out sets never train.
HAND_WRITTEN = ("judge_news_pairs.tsv", *(f"judge_news_pairs_dev{n}.tsv" for n in range(2, 9)))


# The hand-written sets that measure the judge: none of their sentences may train it.
MEASURING = (
    "judge_news_pairs_heldout*.tsv",
    "judge_news_pairs_dev9.tsv",
    "judge_news_pairs_dev10.tsv",
)


def news_pairs(path: Path) -> list[tuple[bool, str, str]]:
    """(a reader sees a conflict, claim a, claim b) for each line of a bench/ news-pair file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, first, second = line.split("\t")
            rows.append((label == "1", first, second))
    return rows


# News pairs written for this project to train the judge, never to measure it.
WRITTEN = ROOT / "training" / "written"


def hand_written(conflicts_only: bool = False, written: bool = False) -> list[NliPair]:
    """The development news pairs written for this project (bench/), or with ``written`` the
    training pairs of ``training/written/``, each in both orders: a conflict a reader sees as a
    contradiction, the rest (an unrelated fact about the same subject, a paraphrase, a story
    that moved on) as "not a contradiction" (left out with ``conflicts_only``). A pair with a
    sentence that a measuring set also holds is left out."""
    measuring = {sentence for pattern in MEASURING for path in (ROOT / "bench").glob(pattern)
                 for _, *pair in news_pairs(path) for sentence in pair}  # fmt: skip
    paths = sorted(WRITTEN.glob("*.tsv")) if written else [ROOT / "bench" / n for n in HAND_WRITTEN]
    out = []
    for path in paths:
        name = path.name
        for conflict, first, second in news_pairs(path):
            if first in measuring or second in measuring or (conflicts_only and not conflict):
                continue
            label = "contradiction" if conflict else "not_contradiction"
            out += [NliPair(first, second, label, "news_hand_written", name, first),
                    NliPair(second, first, label, "news_hand_written", name, first)]  # fmt: skip
    return out


# Words that deny what they are added to: an edit that only adds one misstates the summary.
DENIALS = frozenset({"not", "no", "never", "n't", "without"})


def summary_development(document: str) -> bool:
    """SummEdits' documents of train buckets 5 and 6: their summaries never train the judge as
    edits (``summary_edits``), so bench/eval_summaries.py's ``development`` split (the news
    ones) can measure what those pairs teach on stories they did not come from."""
    return bucket_of(document) in (5, 6)


def _changed_words(base: str, edited: str) -> tuple[set[str], set[str]] | None:
    """The content words an edit took out of ``base`` and put in, when it replaced some words
    by others or added a denial, in at most two places; None for any other edit (words only
    added or dropped, or a rewrite)."""
    old, new = words(base), words(edited)
    changes = [op for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
               if op[0] != "equal"]  # fmt: skip
    if not changes or len(changes) > 2:
        return None
    removed = {w for _, i1, i2, _, _ in changes for w in old[i1:i2]}
    added = {w for _, _, _, j1, j2 in changes for w in new[j1:j2]}
    if added & DENIALS and not removed & DENIALS:
        return removed - STOPWORDS, added
    if any(tag != "replace" for tag, *_ in changes):
        return None
    removed, added = removed - STOPWORDS, added - STOPWORDS
    return (removed, added) if removed and added else None


# A summary sentence and a document sentence share at least this many content words to be
# compared (the service compares only claims its embeddings find near).
SHARED_WORDS = 4


def _best_sentence(found: list[str], words: set[str], needed: set[str]) -> str | None:
    """The sentence of ``found`` holding every word of ``needed`` that shares most of ``words``
    (at least ``SHARED_WORDS``); None when none does."""
    held = [s for s in found if needed <= content_words(s)]
    best = max(held, key=lambda s: len(words & content_words(s)), default=None)
    return best if best and len(words & content_words(best)) >= SHARED_WORDS else None


def summary_edits(rows: Iterable[dict[str, str]] | None = None) -> list[NliPair]:
    """SummEdits' summary sentences against the one document sentence they are compared with in
    the service (a stored claim), every split (keyed by document; the caller keeps one), the
    development documents left out.

    A summary edited to be inconsistent whose edit, against the nearest consistent summary of the
    same document, replaced words the document states by others ("a Sydney clifftop" -> "a Sydney
    beach") or denied what it says: its sentence holding the edit is a contradiction against the
    document sentence holding the replaced words (and not the new ones). A consistent summary's
    sentences are "not a contradiction" against the document sentence each shares most words
    with, as many a story as its conflicts train (at least one). Other inconsistent edits (a
    detail added, a rewrite) are left out: what a document does not say, it does not contradict.
    ``rows`` stand in for SummEdits' rows (premise, hypothesis, label, source)."""
    by_document: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows("summedits") if rows is None else rows:
        by_document[row["premise"]].append(row)
    out = []
    for document, group in by_document.items():
        if summary_development(document):
            continue
        found = sentences(document)
        consistent = [r["hypothesis"] for r in group if r["label"] == "entailment"]
        conflicts, agreeing = [], []
        for row in group:
            summary, source = row["hypothesis"], row["source"]
            if row["label"] == "entailment":
                for part in sentences(summary):
                    best = _best_sentence(found, content_words(part), set())
                    if best:
                        agreeing.append(NliPair(best, part, "not_contradiction",
                                                "summedits_edits", source, document))  # fmt: skip
                continue
            if not consistent:
                continue
            base = max(consistent, key=lambda c: difflib.SequenceMatcher(
                a=words(c), b=words(summary), autojunk=False).ratio())  # fmt: skip
            changed = _changed_words(base, summary)
            if changed is None:
                continue
            removed, added = changed
            edited = [s for s in sentences(summary) if added & set(words(s))]
            if len(edited) != 1:
                continue
            best = _best_sentence(found, content_words(edited[0]), removed)
            if best is None or (added - DENIALS) & content_words(best):
                continue
            conflicts.append(NliPair(best, edited[0], "contradiction", "summedits_edits", source,
                                     document))  # fmt: skip
        # As many agreeing pairs a story as its conflicts train, in both orders (at least one):
        # its consistent summaries are many rewordings of a few sentences.
        out += conflicts + agreeing[: max(2 * len(conflicts), 1)]
    return out


def counts(pairs: list[NliPair]) -> dict[str, int]:
    """Pairs per label."""
    out: dict[str, int] = defaultdict(int)
    for p in pairs:
        out[p.label] += 1
    return dict(out)


__all__ = ["SETS", "NliPair", "counts", "cut", "fnc1", "fnc1_rows", "hand_written", "news_pairs",
           "read", "summary_edits", "training_sets"]  # fmt: skip
