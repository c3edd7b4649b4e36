"""The default judge (the packaged model with the explicit checks) on hand-written news pairs."""

from __future__ import annotations

import pytest

from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge, Pair

# (first, second, whether a reader sees a conflict)
NEWS_PAIRS = [
    ("Unemployment fell to 4.1 percent in March, the labour ministry said.",
     "Unemployment rose to 4.1 percent in March.", True),
    ("The company said it would cut 2,000 jobs by the end of the year.",
     "The company plans to cut 200 jobs by the end of the year.", True),
    ("The mayor announced that the bridge will reopen on Monday.",
     "The bridge will stay closed for at least another month, the mayor said.", True),
    ("Police said nobody was injured in the fire.",
     "Three people were taken to hospital with injuries after the fire, police said.", True),
    ("The bill was approved by the Senate on Tuesday.",
     "The Senate rejected the bill on Tuesday.", True),
    ("Turnout in the election was 61 percent, the commission said.",
     "About 61 percent of voters cast a ballot, according to the election commission.", False),
    ("The president will visit Berlin next week.",
     "Berlin's airport handled 20 million passengers last year.", False),
    ("Ukraine is not a member of NATO.",
     "The 28 member countries of NATO agreed to suspend cooperation with Russia.", False),
    ("NATO saw no evidence of a military buildup on the border.",
     "There were signs of a start of Russian withdrawal, a NATO official said.", False),
    ("The factory employs 1,200 people, the company said.",
     "The factory, which opened in 1998, employs 1,200 people.", False),
    # one claim sets two clauses against each other: the other is read against the one it names
    ("Sales rose in Europe but fell in Asia.", "Sales in Europe fell.", True),
    ("The suspect was released on bail, while his brother remains in custody.",
     "The suspect remains in custody.", True),
    ("The airline cancelled dozens of flights, but its long-haul routes operated normally.",
     "Long-haul flights ran as scheduled, the airline said.", False),
]  # fmt: skip
# Pairs the shipped judge is known to get wrong, by index. Strict: a judge that gets one right
# fails the test, so the entry must then go.
# (None since the judge model's fifth stage, which reads "Ukraine is not a member of NATO" against
# "the 28 member countries of NATO" as no conflict.)
KNOWN_MISSES: dict[int, str] = {}
VERDICTS = [
    pytest.param(*pair, marks=pytest.mark.xfail(reason=KNOWN_MISSES[i], strict=True))
    if i in KNOWN_MISSES else pair
    for i, pair in enumerate(NEWS_PAIRS)
]  # fmt: skip


def _judged(judge: ContradictionJudge, embedder: Embedder, first: str, second: str) -> list[str]:
    a, b = embedder.embed([first, second])
    similarity = float((a * b).sum())
    both = judge.judge([Pair(first, second, similarity), Pair(second, first, similarity)])
    return [j.relation for j in both]


@pytest.mark.parametrize(("first", "second", "conflict"), VERDICTS)
def test_a_news_conflict_is_flagged_and_compatible_claims_are_not(
    judge: ContradictionJudge, embedder: Embedder, first: str, second: str, conflict: bool
) -> None:
    forward, _ = _judged(judge, embedder, first, second)
    assert (forward == "contradiction") == conflict


@pytest.mark.parametrize(("first", "second", "conflict"), NEWS_PAIRS)
def test_a_contradiction_is_one_whichever_claim_comes_first(
    judge: ContradictionJudge, embedder: Embedder, first: str, second: str, conflict: bool
) -> None:
    forward, backward = _judged(judge, embedder, first, second)
    assert (forward == "contradiction") == (backward == "contradiction")
