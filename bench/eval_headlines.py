"""Headlines against article bodies that dispute or back them, end to end through the API.

What a newsroom does with the service: store an article with ``POST /articles``, then send a
headline to ``POST /checks`` (as a given claim) and see whether the service flags it against the
article. FNC-1's train files (../shared/train/nli, read in place; a development and evaluation
use only, never trained on) give each headline's stance towards its body; a body that
``disagree``s disputes the headline, one that ``agree``s backs it. Each body is stored alone in a
fresh SQLite store (then deleted), so a headline meets only its own body, and the service runs
as configured (``Config.from_env``: the judge, its thresholds, the similarity threshold).

The split is the one training/judge_data.py gives FNC-1 (by body, so a body's headlines share
it): choose on ``validation``, report ``test``. For each split, at most ``--per-class`` disputed
and as many backed headline-body pairs (sampled with a fixed seed): the share of each flagged,
and the balanced accuracy (the mean of the disputed share flagged and the backed share not).

    .venv/bin/python bench/eval_headlines.py [--split validation|test|both] [--per-class N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from training.judge_data import TRAIN, fnc1_rows  # noqa: E402
from training.nli_data import split_of  # noqa: E402

STANCES = {"disagree": "disputed", "agree": "backed"}


def sample(split: str, per_class: int) -> list[tuple[str, str, str]]:
    """(body id, headline, disputed/backed) pairs of ``split``, at most ``per_class`` a class."""
    _, stances = fnc1_rows()
    by_class: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in stances:
        kind = STANCES.get(row["Stance"])
        if kind and split_of("fnc1:" + row["Body ID"]) == split:
            by_class[kind].append((row["Body ID"], row["Headline"], kind))
    chosen: list[tuple[str, str, str]] = []
    for kind in sorted(by_class):
        rows = by_class[kind]
        chosen += random.Random(0).sample(rows, min(per_class, len(rows)))
    return chosen


def run(split: str, per_class: int) -> None:
    pairs = sample(split, per_class)
    bodies, _ = fnc1_rows()
    by_body: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for body, headline, kind in pairs:
        by_body[body].append((headline, kind))
    flagged: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    with tempfile.TemporaryDirectory() as tmp:
        config = replace(Config.from_env(), database_url=f"sqlite:///{tmp}/headlines.sqlite3")
        client = create_app(config).test_client()
        for body, headlines in by_body.items():
            stored = client.post("/articles", json={"text": bodies[body]})
            if stored.status_code != 201:
                continue  # a body the service cannot read (too many claims): left out
            article = stored.get_json()["id"]
            for headline, kind in headlines:
                checked = client.post("/checks", json={"claims": [headline]})
                assert checked.status_code == 200, checked.get_json()
                seen[kind] += 1
                flagged[kind] += bool(checked.get_json()["contradictions"])
            assert client.delete(f"/articles/{article}").status_code == 204
    rates = {kind: flagged[kind] / max(seen[kind], 1) for kind in STANCES.values()}
    balanced = (rates["disputed"] + 1.0 - rates["backed"]) / 2
    print(
        f"{split:10s} disputed {flagged['disputed']}/{seen['disputed']} flagged "
        f"({rates['disputed']:.3f}); backed {flagged['backed']}/{seen['backed']} flagged "
        f"({rates['backed']:.3f}); balanced accuracy {balanced:.3f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("validation", "test", "both"), default="both")
    parser.add_argument("--per-class", type=int, default=100, help="pairs a class at most")
    args = parser.parse_args()
    if not TRAIN.is_dir():
        sys.exit(f"skipped: {TRAIN} is absent (the shared training sets are not on this machine)")
    for split in ("validation", "test") if args.split == "both" else (args.split,):
        run(split, args.per_class)


if __name__ == "__main__":
    main()
