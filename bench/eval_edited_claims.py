"""A stored story's own sentences, one fact changed or merely reworded, checked end to end.

What a fact-checker meets most often: a sentence lifted from a story with one fact changed (a
figure, a date, a name, a negation, an event turned into its opposite), the FactCC recipe. Each
FNC-1 article body of the split (../shared/train/nli, read in place; development and evaluation
only, never trained on) is stored with ``POST /articles`` in a fresh SQLite store; then each of
its first ``--sentences`` stored claims, edited, is sent to ``POST /checks`` as a given claim:

- misstated: negated (or its negation removed), a figure changed, a date moved, a name swapped
  for another of its kind from the other bodies, a word turned into its opposite;
- consistent: a word swapped for a synonym, a small number spelled out, a fronted phrase moved to
  the end, "Officials said" put in front.

The edits are training/news_edits.py's (the judge trained on such edits of licensed sentences,
never on FNC-1's). Printed per split: each edit's share flagged, and the balanced accuracy (the
mean of the misstated share flagged and the consistent share not). The split is the one
training/judge_data.py gives FNC-1 (by body): choose on ``validation``, report ``test``.

    .venv/bin/python bench/eval_edited_claims.py [--split validation|test|both] [--bodies N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from training.judge_data import TRAIN, fnc1_rows  # noqa: E402
from training.news_edits import (  # noqa: E402
    contradicting_edits,
    front_to_back,
    name_pool,
    parser,
)
from training.nli_data import SYNONYMS, _spell_small_number, _swap, split_of  # noqa: E402

MISSTATED, CONSISTENT = "misstated", "consistent"


def _consistent(rng: random.Random) -> list[tuple[str, Callable[[Any], str | None]]]:
    """The rewordings that keep what a sentence says, by name."""
    return [
        ("synonym", lambda d: _swap(d.text, SYNONYMS, rng)),
        ("spelled number", lambda d: _spell_small_number(d.text)),
        ("reordered", front_to_back),
        ("reported", lambda d: "Officials said " + d.text[0].lower() + d.text[1:]),
    ]


def _bodies(split: str, count: int) -> dict[str, str]:
    """``count`` article bodies of the split, drawn with a fixed seed."""
    bodies, _ = fnc1_rows()
    ids = sorted(b for b in bodies if split_of("fnc1:" + b) == split)
    return {b: bodies[b] for b in random.Random(0).sample(ids, min(count, len(ids)))}


def run(split: str, count: int, per_body: int) -> None:
    nlp = parser()
    bodies = _bodies(split, count)
    rng = random.Random(0)
    edits = [
        (MISSTATED, n, e) for n, e in contradicting_edits(name_pool(nlp.pipe(bodies.values())), rng)
    ]
    edits += [(CONSISTENT, n, e) for n, e in _consistent(rng)]
    flagged: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    with tempfile.TemporaryDirectory() as tmp:
        config = replace(Config.from_env(), database_url=f"sqlite:///{tmp}/stories.sqlite3")
        client = create_app(config).test_client()
        for body in bodies.values():
            stored = client.post("/articles", json={"text": body})
            if stored.status_code != 201:
                continue  # a body the service cannot read (too many claims): left out
            article = stored.get_json()
            for doc in nlp.pipe([c["sentence"] for c in article["claims"][:per_body]]):
                for kind, name, edit in edits:
                    edited = edit(doc)
                    if not edited or edited == doc.text:
                        continue
                    checked = client.post("/checks", json={"claims": [edited]})
                    assert checked.status_code == 200, checked.get_json()
                    for key in (kind, f"{kind}: {name}"):
                        seen[key] += 1
                        flagged[key] += bool(checked.get_json()["contradictions"])
            assert client.delete(f"/articles/{article['id']}").status_code == 204
    for key in sorted(k for k in seen if ":" in k):
        print(f"{split:10s} {key:28s} {flagged[key]:4d}/{seen[key]:<4d} flagged", flush=True)
    rates = {k: flagged[k] / max(seen[k], 1) for k in (MISSTATED, CONSISTENT)}
    accuracy = (rates[MISSTATED] + 1.0 - rates[CONSISTENT]) / 2
    print(
        f"{split:10s} {len(bodies)} bodies: misstated {flagged[MISSTATED]}/{seen[MISSTATED]} "
        f"flagged ({rates[MISSTATED]:.3f}); consistent {flagged[CONSISTENT]}/{seen[CONSISTENT]} "
        f"flagged ({rates[CONSISTENT]:.3f}); balanced accuracy {accuracy:.3f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("validation", "test", "both"), default="both")
    parser.add_argument("--bodies", type=int, default=30, help="article bodies a split")
    parser.add_argument("--sentences", type=int, default=6, help="stored claims edited a body")
    args = parser.parse_args()
    if not TRAIN.is_dir():
        sys.exit(f"skipped: {TRAIN} is absent (the shared training sets are not on this machine)")
    for split in ("validation", "test") if args.split == "both" else (args.split,):
        run(split, args.bodies, args.sentences)


if __name__ == "__main__":
    main()
