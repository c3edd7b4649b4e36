"""bench/eval_judge.py decides each pair as the service reads it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import eval_news_pairs  # noqa: E402
from bench.eval_judge import Judge, hand_written_groups  # noqa: E402
from service.judging.judge import Pair  # noqa: E402


def test_each_pair_is_decided_on_the_probabilities_of_the_order_it_is_read_in() -> None:
    # The judge reads the longer claim first. A pair already in that order keeps the model's
    # probabilities as given; a pair it turns round takes those of the other order.
    judge = Judge("new", Path("unused"), None, 0.5, None, True)  # type: ignore[arg-type]
    kept = Pair("The longer claim of the two comes first.", "A short claim.", 0.5)
    turned = Pair("A short claim.", "The longer claim of the two comes first.", 0.5)
    forward = np.array([[0.1, 0.8, 0.1], [0.2, 0.7, 0.1]])
    backward = np.array([[0.9, 0.05, 0.05], [0.6, 0.2, 0.2]])
    read, rows = judge._as_read([kept, turned], forward, backward)
    assert read[0] == kept and read[1] == Pair(turned.second, turned.first, 0.5)
    assert rows[0].tolist() == forward[0].tolist()
    assert rows[1].tolist() == backward[1].tolist()


def test_the_hand_written_sets_kept_clean_never_tune_the_judge() -> None:
    # --ablate --hand-written measures each check on every set but those kept clean, which only
    # measure.
    groups = hand_written_groups()
    chosen = [name for names in groups.values() for name in names]
    clean = set(eval_news_pairs.HELPERS_CLEAN)
    deciding = set(eval_news_pairs.HELPERS_DECIDING)
    assert {"held-out-39", "held-out-48", "held-out-50", "held-out-97", "held-out-112"} <= clean
    assert len(clean) == 24 and not clean & set(chosen)
    # Nor do the sets written to decide the next judge, before they have decided; those that
    # have decided choose since.
    assert not deciding & set(chosen)
    decided = {
        "held-out-59",
        "held-out-62",
        "held-out-64",
        "held-out-67",
        "held-out-69",
        "held-out-72",
        "held-out-73",
        "held-out-76",
        "held-out-77",
        "held-out-80",
        "held-out-81",
        "held-out-84",
        "held-out-85",
        "held-out-88",
        "held-out-89",
        "held-out-96",
    }
    assert decided <= set(groups["choosing"])
    assert len(chosen) == len(set(chosen)) == len(eval_news_pairs.SETS) - len(clean | deciding)
    assert {"held-out-37", "held-out-46"} <= set(groups["choosing"])
