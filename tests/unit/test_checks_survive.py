"""Every explicit check, and the hybrid judge around them, answers for any two sentences: news
sentences from bench/'s hand-written sets, crossed and mangled the ways real input arrives
(capitals, no full stop, figures written oddly, quotation marks, dashes, a claim cut short or
doubled). An exception here is a 500 from ``POST /comparisons``; the API fuzzer's random strings
seldom reach these paths, which need sentences spaCy parses into verbs, names and figures."""

from __future__ import annotations

import inspect
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from service.judging import checks, contrasts
from service.judging.judge import HybridJudge, Pair, Thresholds
from tests.helpers import FixedModel

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ("one", "1st", "1,000,000", "½", "3.5%", "$5bn", "-4", "0", "12/05/2026", "1990s",
           "two thirds", "IV")  # fmt: skip


def _mangled(sentence: str, pick: random.Random) -> str:
    """The sentence as input sometimes arrives."""
    ways: list[Callable[[str], str]] = [
        str.upper,
        str.lower,
        lambda s: s.rstrip("."),
        lambda s: re.sub(r"\d+", lambda _: pick.choice(FIGURES), s),
        lambda s: "No " + s,
        lambda s: s.replace(" was ", " was not ", 1),
        lambda s: f'"{s}"',
        lambda s: s.replace(",", " \u2014"),
        lambda s: s + " (" + s[:20] + ")",
        lambda s: s[: len(s) // 2],
        lambda s: s.split()[0],
        lambda s: s + " " + s,
        lambda s: re.sub(r"[aeiou]", "", s),
        lambda s: s.replace(".", ";"),
        lambda s: "\u201c" + s + "\u201d said the 2nd deputy minister.",
    ]
    return pick.choice(ways)(sentence)


def _sentences() -> list[str]:
    found = []
    for path in sorted((ROOT / "bench").glob("judge_news_pairs*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found += line.split("\t")[1:3]
    return found


def _pairs(count: int, seed: int) -> list[tuple[str, str]]:
    pick = random.Random(seed)
    sentences = _sentences()
    pairs = []
    for _ in range(count):
        first, second = pick.choice(sentences), pick.choice(sentences)
        if pick.random() < 0.5:
            second = _mangled(pick.choice((first, second)), pick)
        if pick.random() < 0.3:
            first = _mangled(first, pick)
        pairs.append((first, second))
    return pairs


def _pair_checks() -> list[Callable[[str, str], object]]:
    """The package's public checks that read two claims, and the contrasted clauses' own."""
    found: list[Callable[[str, str], object]] = []
    for name in checks.__all__:
        function = getattr(checks, name)
        if not inspect.isfunction(function) and not hasattr(function, "__wrapped__"):
            continue
        needed = [
            p for p in inspect.signature(function).parameters.values() if p.default is p.empty
        ]
        if len(needed) == 2:
            found.append(function)
    return [*found, contrasts.agrees, contrasts.opposed, contrasts.every_part]


# The model's P(contradiction) and P(entailment), one judge each: every branch of its verdict.
ROWS = ((0.05, 0.05), (0.55, 0.1), (0.75, 0.05), (0.95, 0.02), (0.1, 0.85))


def test_the_checks_read_the_public_names_they_should() -> None:
    # The sweep below must reach the checks the judge calls, or it proves nothing.
    names = {f.__name__ for f in _pair_checks()}
    assert {"negation", "antonym", "quantity", "figures_agree", "other_doer", "modality"} <= names
    assert len(names) > 40


@pytest.mark.parametrize("seed", [0, 1])
def test_every_check_answers_for_odd_sentences(seed: int) -> None:
    pairs = _pairs(150, seed)
    for function in _pair_checks():
        for first, second in pairs:
            function(first, second)  # any answer will do; an exception fails the test
    judges = [HybridJudge(FixedModel(c, e), Thresholds()) for c, e in ROWS]
    for k, (first, second) in enumerate(pairs):
        for judge in judges:
            (verdict,) = judge.judge([Pair(first, second, (0.2, 0.5, 0.8, 1.0)[k % 4])])
            assert verdict.relation in ("contradiction", "entailment", "neutral")
            assert verdict.explanation
