"""Hand-written news-style claim pairs through ``POST /comparisons``, in both orders.

``bench/judge_news_pairs.tsv``: 58 pairs written for this project (30 a reader sees as a conflict:
a figure, a date, a place, an outcome or an event reversed, a denial; 28 that are not: the same
fact in other words, a detail added, a related fact, a figure given less precisely). Each pair is
sent as ``claim_a``/``claim_b`` and again swapped; printed: contradiction precision, recall and F1
in each order, the share of pairs whose verdict is the same both ways, and the pairs judged wrong.
``--set held-out`` (or ``--held-out``) runs ``bench/judge_news_pairs_heldout.tsv`` instead (40
pairs, 20 conflicts, written after the first set had been read and kept for judging changes tuned
on it); ``--set held-out-2`` runs ``bench/judge_news_pairs_heldout2.tsv`` (40 pairs, 20 conflicts,
written in the eleventh session, after both had been read, before the judge was run on them);
``--set held-out-3`` runs ``bench/judge_news_pairs_heldout3.tsv`` (40 pairs, 20 conflicts, written
at the start of the twelfth session, before its changes and before the judge was run on them);
``--set held-out-4`` runs ``bench/judge_news_pairs_heldout4.tsv`` (40 pairs, 20 conflicts, written
at the end of the twelfth session, after its changes; only its summary has been printed);
``--set held-out-5`` runs ``bench/judge_news_pairs_heldout5.tsv`` (40 pairs, 20 conflicts, written
in the thirteenth session after its first change had been measured on the fourth set; only its
summary has been printed); ``--set held-out-6`` runs ``bench/judge_news_pairs_heldout6.tsv`` (40
pairs, 20 conflicts, written in the fourteenth session after its changes had been measured; only
its summary has been printed); ``--set held-out-7`` runs ``bench/judge_news_pairs_heldout7.tsv``
(40 pairs, 20 conflicts, written in the fifteenth session after its first changes had been
measured; only its summary has been printed); ``--set held-out-8`` runs
``bench/judge_news_pairs_heldout8.tsv`` (44 pairs, 22 conflicts, written at the start of the
seventeenth session before its changes; only its summary has been printed); ``--set held-out-9``
runs ``bench/judge_news_pairs_heldout9.tsv`` (44 pairs, 22 conflicts, written at the start of the
eighteenth session before its changes; only its summary has been printed); ``--set held-out-10``
runs ``bench/judge_news_pairs_heldout10.tsv`` (44 pairs, 22 conflicts, written at the start of the
nineteenth session before its changes; only its summary has been printed); ``--set held-out-11``
runs ``bench/judge_news_pairs_heldout11.tsv`` (46 pairs, 22 conflicts, written at the start of the
twentieth session before its changes; only its summary has been printed); ``--set held-out-12``
runs ``bench/judge_news_pairs_heldout12.tsv`` (46 pairs, 23 conflicts, written at the start of the
twenty-first session before its changes; only its summary has been printed); ``--set held-out-13``
runs ``bench/judge_news_pairs_heldout13.tsv`` (46 pairs, 23 conflicts, written at the start of the
twenty-second session before its changes; only its summary has been printed); ``--set held-out-14``
runs ``bench/judge_news_pairs_heldout14.tsv`` (46 pairs, 23 conflicts, written at the start of the
twenty-third session before its changes; only its summary has been printed); ``--set held-out-15``
runs ``bench/judge_news_pairs_heldout15.tsv`` (46 pairs, 23 conflicts, written at the start of the
twenty-fourth session before its changes; only its summary has been printed); ``--set held-out-16``
runs ``bench/judge_news_pairs_heldout16.tsv`` (46 pairs, 23 conflicts, written at the start of the
twenty-fifth session before its changes; only its summary has been printed); ``--set held-out-17``
runs ``bench/judge_news_pairs_heldout17.tsv`` (30 pairs, 15 conflicts, written in the
twenty-eighth session after development-10 had been read, before the change it led to: one claim
sets two clauses against each other; only its summary has been printed); ``--set held-out-18``
runs ``bench/judge_news_pairs_heldout18.tsv`` (45 pairs, 23 conflicts, written in the
twenty-ninth session after its changes were committed, before the judge was run on them; its
misses were read in the thirtieth session, which made changes for them: no longer a measure);
``--set held-out-19`` runs ``bench/judge_news_pairs_heldout19.tsv`` (44 pairs, 22 conflicts,
written in the thirtieth session after its first two changes, before the judge was run on
them; its wrong flags were read in the thirty-first session, which made changes for them: no
longer a measure); ``--set held-out-20`` runs ``bench/judge_news_pairs_heldout20.tsv`` (44
pairs, 22 conflicts, written at the start of the thirty-first session, before any change in it
and before the judge was run on them; only its summary has been printed); ``--set
held-out-21`` runs ``bench/judge_news_pairs_heldout21.tsv`` (44 pairs, 22 conflicts, written at
the start of the thirty-second session, likewise; the thirty-third session read its errors, so
it is a development set since); ``--set held-out-22`` runs
``bench/judge_news_pairs_heldout22.tsv`` (44 pairs, 22 conflicts, written in the thirty-third
session after its first four changes, without the constructions they touch, and before the judge
was run on them; only its summary has been printed); ``--set held-out-23`` runs
``bench/judge_news_pairs_heldout23.tsv`` (44 pairs, 22 conflicts, written in the thirty-fourth
session after its one change, before the judge was run on them; its errors were read later in
that session, so it is a development set since); ``--set held-out-24`` runs
``bench/judge_news_pairs_heldout24.tsv`` (44 pairs, 22 conflicts, written in the same session
after `held-out-23` was measured and before its errors were read, and before the judge was run
on them; only its summary has been printed); ``--set held-out-25`` runs
``bench/judge_news_pairs_heldout25.tsv`` (44 pairs, 22 conflicts, written in the thirty-fifth
session after the GPU-trained judge candidates were measured and before any judge was run on
them, to measure the shipped judge against its replacement once; only its summary printed);
``--set held-out-26`` runs ``bench/judge_news_pairs_heldout26.tsv`` (44 pairs, 22 conflicts,
written in the thirty-sixth session after that session's candidates were measured and before any
judge was run on them; its errors were read in the thirty-seventh session, so it is a development
set since); ``--set held-out-27`` runs ``bench/judge_news_pairs_heldout27.tsv`` (44 pairs, 22
conflicts, written in the thirty-seventh session after that session's check changes were
committed and before any judge was run on them; its errors were read in the thirty-eighth session,
so it is a development set since); ``--set held-out-28`` runs
``bench/judge_news_pairs_heldout28.tsv`` (44 pairs, 22 conflicts, written in the thirty-eighth
session after that session's first check changes were committed and before any judge was run on
them; only its summary printed); ``--set held-out-29`` runs
``bench/judge_news_pairs_heldout29.tsv`` (44 pairs, 22 conflicts, written in the same session
after all its check changes were committed, before any judge was run on them; only its summary
printed); ``--set held-out-30`` runs ``bench/judge_news_pairs_heldout30.tsv`` (44 pairs, 22
conflicts, written at the start of the thirty-ninth session, before any judge was run on them;
its errors were read in the same session, so it is a development set since); ``--set held-out-31``
runs ``bench/judge_news_pairs_heldout31.tsv`` (44 pairs, 22 conflicts, written in the same session
after its check changes were committed, before any judge was run on them; its errors were read in
the same session, so it is a development set since); ``--set held-out-32`` runs
``bench/judge_news_pairs_heldout32.tsv`` (44 pairs, 22 conflicts, written at the end of the same
session after all its check changes, before any judge was run on them; only its summary printed);
``--set held-out-33`` runs ``bench/judge_news_pairs_heldout33.tsv`` (44 pairs, 22 conflicts,
written at the start of the fortieth session, before its changes and before any judge was run on
them; its errors were read in the same session, so it is a development set since); ``--set
held-out-34`` runs ``bench/judge_news_pairs_heldout34.tsv`` (44 pairs, 22 conflicts, written in
the same session after its first check changes, before any judge was run on them; its errors were
read in the same session, so it is a development set since); ``--set held-out-35`` runs
``bench/judge_news_pairs_heldout35.tsv`` (44 pairs, 22 conflicts, written in the same session
after its check changes to abde667, before any judge was run on them; its errors were read in the
same session, so it is a development set since); ``--set held-out-36`` runs
``bench/judge_news_pairs_heldout36.tsv`` (44 pairs, 22 conflicts, written in the same session
after its check changes to 2a8345f, before any judge was run on them; its errors were read in the
same session, so it is a development set since); ``--set held-out-37`` and ``--set held-out-38``
run ``bench/judge_news_pairs_heldout37.tsv`` and ``judge_news_pairs_heldout38.tsv`` (44 pairs, 22
conflicts each, written at the start of the forty-first session by two helpers that never saw the
judge or its checks, one in the style of international wire reports, one of local news, before
any judge was run on them; their errors were read in the same session, so development sets since);
``--set held-out-39`` to ``--set held-out-42`` run ``bench/judge_news_pairs_heldout39.tsv`` to
``judge_news_pairs_heldout42.tsv`` (44 pairs, 22 conflicts each, written in the same session by
four more such helpers, on business, science and health, politics and conflict, and sport, culture
and crime, before any judge was run on them; only their summaries printed); ``--set held-out-43``
and ``--set held-out-44`` run ``bench/judge_news_pairs_heldout43.tsv`` and
``judge_news_pairs_heldout44.tsv`` (44 pairs, 22 conflicts each, written in the same session by
two more such helpers, general news of a day; they chose among the judge models trained on the
pairs of ``training/written/``, so only -39 to -42 measure that choice; only their summaries
printed). ``--set held-out-45`` to ``--set held-out-48`` run
``bench/judge_news_pairs_heldout45.tsv`` to ``judge_news_pairs_heldout48.tsv`` (44 pairs, 22
conflicts each, written at the start of the forty-second session by four more such helpers:
general news of a day, international wire copy, regional news, and science, technology and
health; -45 and -46 chose among the judges trained that session, -47 and -48, like -39 to -42,
neither trained nor chose; only summaries printed). ``--set held-out-49`` and ``--set held-out-50``
run ``bench/judge_news_pairs_heldout49.tsv`` and ``judge_news_pairs_heldout50.tsv`` (44 pairs, 22
conflicts each, written in the forty-fourth session by two more such helpers, after that
session's check changes and before any judge was run on them: economy, business and policy, and
disasters, courts, health and sport; neither trained nor chose; only summaries printed).
``--set held-out-51`` to ``--set held-out-54`` run ``bench/judge_news_pairs_heldout51.tsv`` to
``judge_news_pairs_heldout54.tsv`` (44 pairs, 22 conflicts each, written at the start of the
forty-fifth session by four more such helpers: health, science and weather; crime, courts and
local government; international politics and conflict; sport, culture and transport accidents;
they choose among judges, with -37, -38 and -43 to -46). ``--set held-out-55`` to ``--set
held-out-58`` run ``bench/judge_news_pairs_heldout55.tsv`` to ``judge_news_pairs_heldout58.tsv``
(the same, written later in that session by four more helpers, after a candidate judge had been
chosen on the others and the rule for shipping it written down: business and trade; disasters
and rescues; national politics and courts; science, environment, sport and culture; they decided
that rule, and choose among judges since). ``--set held-out-59`` to ``--set held-out-62`` run
``bench/judge_news_pairs_heldout59.tsv`` to ``judge_news_pairs_heldout62.tsv`` (the same,
written at the start of the forty-sixth session by four more helpers, with a rule for choosing
and shipping a judge written down before them: politics, diplomacy and war; courts, crime,
accidents and transport; health, science, environment and local services; sport, culture,
media and the business of clubs and festivals; they decided that rule in the forty-seventh
session, shipping the seventh stage, and choose among judges since). ``--set development-13``
and ``--set held-out-63`` run ``bench/judge_news_pairs_dev13.tsv`` and
``judge_news_pairs_heldout63.tsv`` (44 pairs, 22 conflicts each, written in the forty-seventh
session by two more helpers on one construction: a denial of degree only, "no significant
damage", against a large amount, a small one, or a compatible fact, and a plain denial against
a small amount; development-13's errors were read to write ``checks.small_amount``, which
held-out-63, only its summary printed, decided to keep). ``--set held-out-64`` to ``--set
held-out-67`` run ``bench/judge_news_pairs_heldout64.tsv`` to ``judge_news_pairs_heldout67.tsv``
(44 pairs, 22 conflicts each, written in the forty-seventh session by four more helpers after a
rule for the next judge was written down: economy, business and jobs; disasters, weather and
emergency services; elections, parliaments, courts and policing; health, science, education,
sport and culture; they were run once in the forty-eighth session on the candidate that rule
chose, which tied with the seventh stage there and was not shipped, and choose among judges
since). ``--set held-out-68`` runs
``bench/judge_news_pairs_heldout68.tsv`` (44 pairs, 22 conflicts, written in the forty-eighth
session by a helper on two constructions: a source that saw no evidence of a thing against the
same source disputing another's statement of it, and a total against a share of the same whole;
only its summary printed, it qualified that session's candidates). ``--set held-out-69`` to
``--set held-out-72`` run ``bench/judge_news_pairs_heldout69.tsv`` to ``_heldout72.tsv`` (44, 44,
44 and 43 pairs, 22, 22, 22 and 21 conflicts, written in the forty-eighth session by four more
helpers after the eighth stage was chosen: economy and business; disasters and emergency
services; elections, courts and policing; health, science, education, sport and culture); they
were run once in the fiftieth session on the candidate the rule chose, which tied with the
seventh stage there and was not shipped, and choose among judges since. ``--set held-out-73``
to ``--set held-out-76`` run ``bench/judge_news_pairs_heldout73.tsv`` to ``_heldout76.tsv`` (44
pairs, 22 conflicts each, written in the fiftieth session by four more helpers on the same four
subjects); they decide the next judge, and ``--all`` leaves them out until they have.
``--set development-12`` runs ``bench/judge_news_pairs_dev12.tsv`` (113 pairs, 72 conflicts,
probes written in the thirty-third session, each batch run at once and its errors fixed where a
check could: a development set). ``--set development-2`` runs
``bench/judge_news_pairs_dev2.tsv`` (64 pairs, 49 conflicts,
written in the sixteenth session as probes, each batch run at once and its misses fixed: a
development set, never a measure of news the judge has not seen). ``--set development-3``
runs ``bench/judge_news_pairs_dev3.tsv`` (268 pairs, 151 conflicts, probes written in batches in
the seventeenth session, each run at once and its misses fixed: a development set too);
``--set development-4`` runs ``bench/judge_news_pairs_dev4.tsv`` (216 pairs, 132 conflicts,
probes written in eight batches in the eighteenth session, likewise a development set);
``--set development-5`` runs ``bench/judge_news_pairs_dev5.tsv`` (132 pairs, 65 conflicts, probes
of denials written in the nineteenth session: the denied action asserted of the same thing or of
something else; a development set too); ``--set development-6`` runs
``bench/judge_news_pairs_dev6.tsv`` (202 pairs, 98 conflicts, probes written in nine batches in
the twentieth session: outcomes reversed in other words, actions failed or refused, the same two
sides each the winner, one kind of a thing against another; a development set too);
``--set development-7`` runs ``bench/judge_news_pairs_dev7.tsv`` (240 pairs, 120 conflicts,
probes written in six batches in the twenty-first session: outcomes in other words, a closing
against what goes on, and beside each an unrelated fact about the same subject; likewise);
``--set development-8`` runs ``bench/judge_news_pairs_dev8.tsv`` (400 pairs, 200 conflicts,
probes written in ten batches in the twenty-second session: outcomes and reversals in other
words, each beside an unrelated fact about the same subject or about a thing it names; likewise);
``--set development-9`` runs ``bench/judge_news_pairs_dev9.tsv`` (160 pairs, 80 conflicts,
written in four batches in the twenty-third session before the judge was retrained and used to
choose among the retrained judges; a development set, never trained on).
``--set development-10`` runs ``bench/judge_news_pairs_dev10.tsv`` (40 pairs, 20 conflicts, written
in the twenty-eighth session before the judge was run on them: one claim sets two clauses against
each other, "X, but Y"; its misses since read, so a development set; never trained on).
The judge model's third stage trained on the development sets up to development-8
(training/judge_data.py), so their figures since are training figures.

    CLAIMS_LOG_LEVEL=warning .venv/bin/python bench/eval_news_pairs.py \
        [--set development|development-2|...|development-13|held-out|held-out-2|...|held-out-76]
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
SETS = {
    "development": PAIRS,
    **{f"development-{n}": PAIRS.with_name(f"judge_news_pairs_dev{n}.tsv") for n in range(2, 14)},
    "held-out": HELD_OUT,
    **{f"held-out-{n}": PAIRS.with_name(f"judge_news_pairs_heldout{n}.tsv") for n in range(2, 77)},
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
HELPERS = tuple(f"held-out-{n}" for n in range(37, 77))
HELPERS_UNREAD = tuple(f"held-out-{n}" for n in range(39, 43))
HELPERS_NEW = ("held-out-47", "held-out-48")
# Written after the forty-fourth session's check changes, before any judge was run on them.
HELPERS_LATEST = ("held-out-49", "held-out-50")
# The helpers' sets kept clean: never read, never used to choose or tune.
HELPERS_CLEAN = (*HELPERS_UNREAD, *HELPERS_NEW, *HELPERS_LATEST)
# Written to decide the next judge under a rule written down before them: no judge has run on
# them, so --all and the tuning groups of eval_judge.py leave them out until they have decided.
# -59 to -62 decided the seventh stage (forty-seventh session), -64 to -67 a candidate of the
# forty-eighth (not shipped), -69 to -72 one of the fiftieth (not shipped); all three choose since.
# -73 to -76 wait.
HELPERS_DECIDING = tuple(f"held-out-{n}" for n in range(73, 77))
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
    print(f"all eight never read nor choosing pooled: {pooled(list(HELPERS_CLEAN))}")
    print(f"development sets pooled: {pooled([n for n in judged if n.startswith('development')])}")
    below = [n for n in held if scores([g for g, _, _ in judged[n][0]], judged[n][1])[2] < 0.85]
    print(f"held-out sets below F1 0.85: {', '.join(below) or 'none'}")


if __name__ == "__main__":
    main()
