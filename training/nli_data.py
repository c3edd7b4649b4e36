"""The shared NLI development sets, read in place, each pair in a fixed split.

A pair's split follows the hash of its premise (70% train, 10% validation, 20% test), so pairs
sharing a premise (Breaking NLI has ~4.5 per premise) never straddle train and test, and the
benchmarks find the same test pairs without the split being stored.

Labels are ``contradiction``, ``entailment``, ``neutral``, or ``not_contradiction`` where a set
says only that (the RTE-2 negated pairs marked contradiction="NO").
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
NLI = SHARED / "nli"
CLAIMS = SHARED / "claims"


def bucket_of(key: str) -> int:
    """0 to 9, fixed by the hash of ``key``: buckets 0-6 are the train split, 7 validation."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 10


def split_of(key: str) -> str:
    """train (70%), validation (10%) or test (20%), fixed by the hash of ``key``."""
    bucket = bucket_of(key)
    return "train" if bucket < 7 else "validation" if bucket == 7 else "test"


@dataclass(frozen=True)
class NliPair:
    premise: str
    hypothesis: str
    label: str
    dataset: str
    category: str = ""
    # What fixes the split: pairs sharing it (a page revision, a body) stay on one side.
    key: str = ""

    @property
    def split(self) -> str:
        return split_of(self.key or self.premise)

    @property
    def contradiction(self) -> bool:
        return self.label == "contradiction"


def write_pairs(path: Path, pairs: list[NliPair]) -> None:
    """Pairs to a gzipped JSON-lines file, written whole or not at all (caches of made pairs)."""
    temporary = path.with_name(path.name + ".tmp")
    with gzip.open(temporary, "wt", encoding="utf-8") as out:
        for p in pairs:
            out.write(json.dumps(dataclasses.asdict(p), ensure_ascii=False) + "\n")
    os.replace(temporary, path)


def read_pairs(path: Path) -> list[NliPair]:
    """Pairs written by ``write_pairs``."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [NliPair(**json.loads(line)) for line in lines]


def _tsv(name: str) -> Iterator[NliPair]:
    dataset = name.removesuffix(".tsv")
    for line in (NLI / name).read_text(encoding="utf-8").splitlines():
        label, premise, hypothesis = line.split("\t")[:3]
        yield NliPair(premise, hypothesis, label, dataset)


def _rte() -> Iterator[NliPair]:
    for pair in ET.parse(NLI / "RTE2_dev_negated_contradiction.xml").getroot():
        yes = pair.get("contradiction") == "YES"
        label = "contradiction" if yes else "not_contradiction"
        yield NliPair(pair.findtext("t") or "", pair.findtext("h") or "", label, "rte2_negated")


def _breaking() -> Iterator[NliPair]:
    for line in (NLI / "breaking_nli.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        yield NliPair(
            row["sentence1"], row["sentence2"], row["gold_label"], "breaking_nli", row["category"]
        )


SETS: dict[str, Callable[[], Iterator[NliPair]]] = {
    "snli": lambda: _tsv("snli.tsv"),
    "mnli_matched": lambda: _tsv("mnli_matched.tsv"),
    "mnli_mismatched": lambda: _tsv("mnli_mismatched.tsv"),
    "rte2_negated": _rte,
    "breaking_nli": _breaking,
}


def load(name: str) -> list[NliPair]:
    return list(SETS[name]())


# --- news-style pairs made from ClaimBuster's check-worthy sentences --------------------------
# The development sets are mostly captions and fiction; these teach the forms a news contradiction
# takes (a flipped negation, a changed figure) and that a negation alone, or a repeat, is not one.

_AUXILIARY = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|does|did|do|should|may|might)\b"
    r"(\s+(not|n't|never)\b)?",
    re.I,
)
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,])")


def negate(sentence: str) -> str | None:
    """The sentence with its first auxiliary negated, or un-negated; None when it has none."""
    match = _AUXILIARY.search(sentence)
    if not match:
        return None
    if match.group(2):
        return sentence[: match.end(1)] + sentence[match.end(2) :]
    return sentence[: match.end(1)] + " not" + sentence[match.end(1) :]


def change_number(sentence: str, rng: random.Random) -> str | None:
    """The sentence with one figure (not a year) changed markedly; None when it has none."""
    found = [
        m
        for m in _NUMBER.finditer(sentence)
        if not (1900 <= int(m.group(1).replace(",", "")) <= 2099 and "," not in m.group(1))
    ]
    if not found:
        return None
    match = rng.choice(found)
    value = int(match.group(1).replace(",", ""))
    new = max(value * rng.choice((2, 3, 5)), 2) if rng.random() < 0.5 or value < 4 else value // 3
    text = f"{new:,}" if "," in match.group(1) else str(new)
    return sentence[: match.start()] + text + sentence[match.end() :]


# Opposites a news story turns on, as (word, opposite) in the same inflection.
OPPOSITES = [
    ("rose", "fell"), ("increased", "decreased"), ("rising", "falling"), ("higher", "lower"),
    ("more", "fewer"), ("won", "lost"), ("profit", "loss"), ("gained", "lost"),
    ("signed", "vetoed"), ("approved", "rejected"), ("supported", "opposed"),
    ("supports", "opposes"),
    ("opened", "closed"), ("allowed", "banned"), ("confirmed", "denied"), ("accepted", "rejected"),
    ("began", "ended"), ("started", "stopped"), ("increase", "decrease"),
    ("above", "below"), ("majority", "minority"), ("withdrew", "deployed"),
    ("raised", "lowered"), ("expanded", "reduced"), ("created", "eliminated"), ("passed", "failed"),
    ("growth", "decline"), ("increasing", "cutting"), ("best", "worst"),
    ("lowest", "highest"), ("largest", "smallest"), ("first", "last"), ("gain", "loss"),
    ("add", "cut"), ("added", "cut"), ("grew", "shrank"), ("doubled", "halved"), ("win", "lose"),
    ("ahead", "behind"), ("surplus", "deficit"), ("legal", "illegal"), ("success", "failure"),
    ("always", "never"), ("everyone", "no one"), ("support", "oppose"),
]  # fmt: skip
# Words a reporter swaps without changing the claim.
SYNONYMS = [
    ("about", "around"), ("around", "roughly"), ("percent", "per cent"), ("said", "stated"),
    ("most", "the majority"), ("withdrew", "pulled back"), ("killed", "left dead"),
    ("people", "individuals"), ("government", "administration"),
    ("increased", "went up"), ("decreased", "went down"),
    ("nearly", "almost"), ("country", "nation"), ("began", "started"), ("ended", "finished"),
    ("big", "large"), ("buy", "purchase"), ("help", "assist"), ("jobs", "positions"),
    ("children", "kids"), ("cut", "reduced"), ("rose", "climbed"), ("fell", "dropped"),
]  # fmt: skip
_SMALL_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _swap(sentence: str, pairs: list[tuple[str, str]], rng: random.Random) -> str | None:
    """The sentence with one listed word replaced by its partner (either way round)."""
    options = []
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            for m in re.finditer(rf"\b{re.escape(x)}\b", sentence):
                options.append((m, y))
    if not options:
        return None
    match, other = rng.choice(options)
    return sentence[: match.start()] + other + sentence[match.end() :]


def _spell_small_number(sentence: str) -> str | None:
    """ "12 people" written "twelve people"; None when there is no small number."""
    match = re.search(r"(?<![\d,.$/])\b([0-9]|1[0-2])\b(?![\d,.%/])", sentence)
    if not match:
        return None
    return sentence[: match.start()] + _SMALL_WORDS[int(match.group(1))] + sentence[match.end() :]


def _hedge(sentence: str) -> str | None:
    """The sentence with its first auxiliary made tentative ("will" -> "may")."""
    match = _AUXILIARY.search(sentence)
    if not match or match.group(2):
        return None
    word = match.group(1).lower()
    if word in ("may", "might", "could"):
        return None
    modal = word in ("will", "would", "can", "should")
    tentative = "may" if modal else f"may {_BASE.get(word, '')}"
    return sentence[: match.start(1)] + tentative.strip() + sentence[match.end(1) :]


_BASE = {"is": "be", "are": "be", "was": "have been", "were": "have been", "has": "have",
         "have": "have", "had": "have", "does": "", "did": "have", "do": ""}  # fmt: skip


def news_pairs(seed: int = 0, limit: int = 1200) -> list[NliPair]:
    """Synthetic news-style pairs from ClaimBuster's check-worthy sentences."""
    rows = json.loads((CLAIMS / "claimbuster_train.json").read_text(encoding="utf-8"))
    sentences = [r["text"].strip() for r in rows if r["label"] == 1 and 40 < len(r["text"]) < 300]
    rng = random.Random(seed)
    rng.shuffle(sentences)
    sentences = sentences[:limit]
    out: list[NliPair] = []

    def add(first: str, second: str | None, label: str, category: str) -> None:
        if second and second != first:
            out.append(NliPair(first, second, label, "news_synthetic", category))

    for i, s in enumerate(sentences):
        flipped = negate(s)
        if flipped:
            first, second = (s, flipped) if i % 2 else (flipped, s)
            add(first, second, "contradiction", "negation")
        add(s, change_number(s, rng), "contradiction", "quantity")
        add(s, _swap(s, OPPOSITES, rng), "contradiction", "antonym")
        add(s, _swap(s, SYNONYMS, rng), "entailment", "paraphrase")
        add(s, _spell_small_number(s), "entailment", "paraphrase")
        if i % 2 == 0:
            add(s, "Officials said " + s[0].lower() + s[1:] if s[:2] != "I " else None,
                "entailment", "reported")  # fmt: skip
        if i % 2 == 1:
            add(s, _hedge(s), "neutral", "hedged")
        if i % 3 == 0:
            out.append(NliPair(s, s, "entailment", "news_synthetic", "repeat"))
        other = sentences[(i + 1) % len(sentences)]
        other_flipped = negate(other)
        if other_flipped and i % 2 == 0:
            add(s, other_flipped, "neutral", "unrelated negation")
        if flipped and i % 4 == 1:
            # Both negated: they agree.
            out.append(NliPair(flipped, flipped, "entailment", "news_synthetic", "repeat"))
    return out
