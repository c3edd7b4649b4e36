"""Hand-written news-style claim pairs through ``POST /comparisons``, in both orders.

Each set (``bench/judge_news_pairs*.tsv``: two claims and whether a reader sees them conflict) is
sent pair by pair as ``claim_a``/``claim_b`` and again swapped; printed: contradiction precision,
recall and F1 in each order, the share of pairs whose verdict is the same both ways, and the pairs
judged wrong. ``--all`` runs every set but those waiting to decide the next judge
(``HELPERS_DECIDING``), a summary line each and the groups pooled, printing no pair.

Who wrote each set, when, and what it has been used for since (read, chosen on, kept clean,
trained on) is the README's table of hand-written sets, with the fuller history in
bench/RESULTS.md. A set's errors, once read, shape later changes: only sets whose pairs are unread
measure a change fairly, so run a clean set only within ``--all``, which prints no pair, and a
deciding set only to decide the judge it was written for.

    CLAIMS_LOG_LEVEL=warning .venv/bin/python bench/eval_news_pairs.py \
        [--set development|development-2|...|development-13|held-out|held-out-2|...|held-out-112]
        [--all]   (every set, summaries only, and the sets pooled)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from training.judge_data import news_pairs  # noqa: E402

PAIRS = Path(__file__).with_name("judge_news_pairs.tsv")
HELD_OUT = Path(__file__).with_name("judge_news_pairs_heldout.tsv")
# The newest held-out set: each batch of sets written raises it; SETS, HELPERS and
# HELPERS_DECIDING end there.
LAST_HELD_OUT = 112
SETS = {
    "development": PAIRS,
    **{f"development-{n}": PAIRS.with_name(f"judge_news_pairs_dev{n}.tsv") for n in range(2, 14)},
    "held-out": HELD_OUT,
    **{
        f"held-out-{n}": PAIRS.with_name(f"judge_news_pairs_heldout{n}.tsv")
        for n in range(2, LAST_HELD_OUT + 1)
    },
}


def scores(gold: list[bool], found: list[bool]) -> tuple[float, float, float]:
    """Contradiction precision, recall and F1."""
    hits = sum(g and f for g, f in zip(gold, found, strict=True))
    precision = hits / max(sum(found), 1)
    recall = hits / max(sum(gold), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


# The thirteen sets the README pools as unseen: each written before a session's changes, and
# (but for the slips the README lists) only their summaries printed since.
UNSEEN = tuple(f"held-out-{n}" for n in range(4, 17))
# Written by helpers that never saw the judge (the sets before by the author of its checks);
# -39 to -42 and -47 to -50 neither trained nor chose a judge, nor were their pairs read.
HELPERS = tuple(f"held-out-{n}" for n in range(37, LAST_HELD_OUT + 1))
HELPERS_UNREAD = tuple(f"held-out-{n}" for n in range(39, 43))
HELPERS_NEW = ("held-out-47", "held-out-48")
# Written after the forty-fourth session's check changes, before any judge was run on them.
HELPERS_LATEST = ("held-out-49", "held-out-50")
# Written to decide the next judge (sixty-fifth and sixty-sixth sessions); when no candidate was
# left to decide, the ninth stage ran on them once (sixty-eighth session), and they measure since.
HELPERS_MEASURED = tuple(f"held-out-{n}" for n in range(97, 113))
# The helpers' sets kept clean: never read, never used to choose or tune.
HELPERS_CLEAN = (*HELPERS_UNREAD, *HELPERS_NEW, *HELPERS_LATEST, *HELPERS_MEASURED)
# Written to decide the next judge under a rule written down before them: no judge has run on
# them, so --all and the tuning groups of eval_judge.py leave them out until they have decided.
# -59 to -62 decided the seventh stage (forty-seventh session), -64 to -67 a candidate of the
# forty-eighth (not shipped), -69 to -72 one of the fiftieth (not shipped), -73 to -76 and -77 to
# -80 two of the fifty-fifth, -81 to -84 one of the fifty-sixth (with -77 to -80; none shipped),
# -85 to -88 the eighth stage (fifty-ninth session, shipped), -89 to -96 the ninth (sixty-fourth
# session, shipped); all choose since. -97 to -112 were written to decide and now only measure
# (HELPERS_MEASURED); none wait now. Sets written to decide a judge go here until they have.
HELPERS_DECIDING: tuple[str, ...] = tuple(f"held-out-{n}" for n in range(113, LAST_HELD_OUT + 1))
# The helpers' sets read or used to choose among judges: the rest.
HELPERS_CHOOSING = tuple(n for n in HELPERS if n not in (*HELPERS_CLEAN, *HELPERS_DECIDING))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="development", help="the set of pairs")
    parser.add_argument("--held-out", action="store_true", help="the same as --set held-out")
    parser.add_argument(
        "--all",
        action="store_true",
        help="every set not waiting to decide, a summary line each and pooled; no pair printed",
    )
    args = parser.parse_args()
    every = [n for n in SETS if n not in HELPERS_DECIDING]
    names = every if args.all else ["held-out" if args.held_out else args.set]
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(**{**Config.from_env().__dict__, "database_url": f"sqlite:///{tmp}/x.db"})
        app = create_app(config)
        client = app.test_client()

        def conflict(a: str, b: str) -> bool:
            answer = client.post("/comparisons", json={"claim_a": a, "claim_b": b})
            assert answer.status_code == 200, answer.get_json()
            return bool(answer.get_json()["relation"] == "contradiction")

        judged = {}
        for name in names:
            rows = news_pairs(SETS[name])
            judged[name] = (
                rows,
                [conflict(a, b) for _, a, b in rows],
                [conflict(b, a) for _, a, b in rows],
            )
        app.extensions["counterclaim"].store.close()
    if args.all:
        _summarise(judged)
        return
    ((rows, forward, backward),) = judged.values()
    gold = [g for g, _, _ in rows]
    print(f"{len(rows)} pairs, {sum(gold)} conflicts; judge {config.judge}")
    for name, found in (("as written", forward), ("swapped", backward)):
        p, r, f = scores(gold, found)
        print(f"{name:10}  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    same = sum(f == b for f, b in zip(forward, backward, strict=True))
    print(f"same verdict both ways: {same} of {len(rows)} ({same / len(rows):.3f})")
    for (g, a, b), f in zip(rows, forward, strict=True):
        if f != g:
            print(f"  {'missed' if g else 'flagged'}: {a} | {b}")


Judged = dict[str, tuple[list[tuple[bool, str, str]], list[bool], list[bool]]]


def _summarise(judged: Judged) -> None:
    """Each set's figures as written and how many verdicts hold both ways, then the sets pooled
    (as written), and the held-out sets below 0.85."""
    print("set              pairs  P / R / F1 as written   same both orders")
    for name, (rows, forward, backward) in judged.items():
        p, r, f = scores([g for g, _, _ in rows], forward)
        same = sum(a == b for a, b in zip(forward, backward, strict=True))
        print(f"{name:16} {len(rows):5}  {p:.3f} / {r:.3f} / {f:.3f}   {same} of {len(rows)}")

    def pooled(names: list[str]) -> str:
        gold = [g for n in names for g, _, _ in judged[n][0]]
        found = [f for n in names for f in judged[n][1]]
        p, r, f = scores(gold, found)
        return f"{p:.3f} / {r:.3f} / {f:.3f}"

    held = [n for n in judged if n.startswith("held-out")]
    print(f"held-out sets pooled ({len(held)}): {pooled(held)}")
    print(f"held-out-4 to -16 pooled: {pooled(list(UNSEEN))}")
    own = [n for n in held if n not in HELPERS]
    print(f"held-out sets of the checks' author pooled ({len(own)}): {pooled(own)}")
    clean = [*HELPERS_UNREAD, *HELPERS_NEW]
    print(
        f"the helpers' sets read or choosing ({len(HELPERS_CHOOSING)}) pooled: "
        + pooled(list(HELPERS_CHOOSING))
    )
    print(f"held-out-39 to -42 pooled: {pooled(list(HELPERS_UNREAD))}")
    print(f"held-out-47, -48 pooled: {pooled(list(HELPERS_NEW))}")
    print(f"held-out-39 to -42, -47, -48 (never read nor choosing) pooled: {pooled(clean)}")
    latest = pooled(list(HELPERS_LATEST))
    print(f"held-out-49, -50 (written after the last check changes) pooled: {latest}")
    measured = pooled(list(HELPERS_MEASURED))
    print(f"held-out-97 to -112 (written to decide, run once) pooled: {measured}")
    print(f"all {len(HELPERS_CLEAN)} never read nor choosing pooled: {pooled(list(HELPERS_CLEAN))}")
    print(f"development sets pooled: {pooled([n for n in judged if n.startswith('development')])}")
    below = [n for n in held if scores([g for g, _, _ in judged[n][0]], judged[n][1])[2] < 0.85]
    print(f"held-out sets below F1 0.85: {', '.join(below) or 'none'}")


if __name__ == "__main__":
    main()
