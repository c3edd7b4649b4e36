"""Headlines against article bodies that dispute or back them, end to end through the API.

What a newsroom does with the service: store an article with ``POST /articles``, then send a
headline to ``POST /checks`` (as a given claim) and see whether the service flags it against the
article. FNC-1's train files (../shared/train/nli, read in place; a development and evaluation
use only, never trained on) give each headline's stance towards its body; a body that
``disagree``s disputes the headline, one that ``agree``s backs it. Each body is stored alone in a
fresh SQLite store (then deleted), so a headline meets only its own body, and the service runs
as configured (``Config.from_env``: the judge, its thresholds, the similarity threshold).

The split is the one training/judge_data.py gives FNC-1 (by body, so a body's headlines share
it): choose on ``validation``, report ``test``. ``train``, seven bodies in ten, trains no judge
that ships (FNC-1's licence is not stated); its 300 a class drawn with ``--seed 34`` decided a
judge in the fifty-sixth session and are read since. For each split, at most ``--per-class``
disputed and as many backed headline-body pairs (sampled with ``--seed``): the share of each
flagged, and the balanced accuracy (the mean of the disputed share flagged and the backed share
not).

``--compare`` sends the same pairs to ``POST /comparisons`` instead: the whole body (its first
5,000 characters, the most the endpoint takes) against the headline, flagged when the relation
is a contradiction. The judge reads 96 tokens of a pair, so this measures how the service reads a
long text it is given (cut to its sentences nearest the other, service/judging/passages.py).

    .venv/bin/python bench/eval_headlines.py [--split validation|test|both|train]
        [--per-class N] [--seed N] [--compare]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from training.judge_data import TRAIN, fnc1_rows  # noqa: E402
from training.nli_data import split_of  # noqa: E402

STANCES = {"disagree": "disputed", "agree": "backed"}
# The longest text POST /comparisons takes (characters).
MAX_TEXT = 5000


def sample(split: str, per_class: int, seed: int = 0) -> list[tuple[str, str, str]]:
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
        chosen += random.Random(seed).sample(rows, min(per_class, len(rows)))
    return chosen


@contextmanager
def fresh_client() -> Iterator[FlaskClient]:
    """A test client of the service as configured, on a SQLite store of its own, deleted after."""
    with tempfile.TemporaryDirectory() as tmp:
        config = replace(Config.from_env(), database_url=f"sqlite:///{tmp}/stories.sqlite3")
        yield create_app(config).test_client()


def flag_rates(
    documents: dict[str, str], statements: list[tuple[str, str, str]], *, send: str = "claims"
) -> tuple[dict[str, int], dict[str, int]]:
    """Each document stored alone in a fresh store, then each of its statements sent to
    ``POST /checks`` (``send``: "claims", as a given claim, or "text", read as an article is);
    per kind, how many were flagged against it, and how many were checked. ``statements`` are
    (document id, statement, kind)."""
    by_document: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for document, statement, kind in statements:
        by_document[document].append((statement, kind))
    flagged: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    with fresh_client() as client:
        for document, checks in by_document.items():
            stored = client.post("/articles", json={"text": documents[document]})
            if stored.status_code != 201:
                continue  # a document the service cannot read (too many claims): left out
            article = stored.get_json()["id"]
            for statement, kind in checks:
                body = {"claims": [statement]} if send == "claims" else {"text": statement}
                checked = client.post("/checks", json=body)
                assert checked.status_code == 200, checked.get_json()
                seen[kind] += 1
                flagged[kind] += bool(checked.get_json()["contradictions"])
            assert client.delete(f"/articles/{article}").status_code == 204
    return flagged, seen


def comparison_rates(
    documents: dict[str, str], statements: list[tuple[str, str, str]]
) -> tuple[dict[str, int], dict[str, int]]:
    """Like ``flag_rates``, each statement against its whole document through POST /comparisons
    (nothing stored): a contradiction is a flag."""
    flagged: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    with fresh_client() as client:
        for document, statement, kind in statements:
            pair = {"claim_a": documents[document][:MAX_TEXT], "claim_b": statement}
            compared = client.post("/comparisons", json=pair)
            assert compared.status_code == 200, compared.get_json()
            seen[kind] += 1
            flagged[kind] += compared.get_json()["relation"] == "contradiction"
    return flagged, seen


def balanced(flagged: dict[str, int], seen: dict[str, int], conflict: str, agreeing: str) -> str:
    """Each kind's share flagged, and the balanced accuracy (the mean of the share of conflicts
    flagged and the share of agreeing statements not), as a line."""
    rates = {kind: flagged[kind] / max(seen[kind], 1) for kind in (conflict, agreeing)}
    accuracy = (rates[conflict] + 1.0 - rates[agreeing]) / 2
    return (
        f"{conflict} {flagged[conflict]}/{seen[conflict]} flagged ({rates[conflict]:.3f}); "
        f"{agreeing} {flagged[agreeing]}/{seen[agreeing]} flagged ({rates[agreeing]:.3f}); "
        f"balanced accuracy {accuracy:.3f}"
    )


def run(split: str, per_class: int, compare: bool, seed: int = 0) -> None:
    bodies, _ = fnc1_rows()
    rates = comparison_rates if compare else flag_rates
    flagged, seen = rates(bodies, sample(split, per_class, seed))
    print(f"{split:10s} {balanced(flagged, seen, 'disputed', 'backed')}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("validation", "test", "both", "train"), default="both")
    parser.add_argument("--per-class", type=int, default=100, help="pairs a class at most")
    parser.add_argument("--seed", type=int, default=0, help="the sample's seed")
    parser.add_argument(
        "--compare", action="store_true", help="whole bodies against headlines, POST /comparisons"
    )
    args = parser.parse_args()
    if not TRAIN.is_dir():
        sys.exit(f"skipped: {TRAIN} is absent (the shared training sets are not on this machine)")
    for split in ("validation", "test") if args.split == "both" else (args.split,):
        run(split, args.per_class, args.compare, args.seed)


if __name__ == "__main__":
    main()
