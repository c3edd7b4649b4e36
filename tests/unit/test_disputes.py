"""Contradictions grouped into disputes: sides that hold, near copies together, merges."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from pathlib import Path

import numpy as np

from service.disputes.grouping import Edge, Group, group_edges
from service.disputes.keeping import delete_article, regroup
from service.domain.models import EVERY_DISPUTE, ArticleInput, Contradiction, ExtractedClaim
from service.store.sqlite import SqliteStore


def _unrelated(a: int, b: int) -> float:
    return 0.3


def _check(groups: list[Group], edges: list[Edge]) -> None:
    """What every grouping must hold: each contradiction in exactly one dispute, with a claim
    on each side; no two claims on one side contradict."""
    placed = sorted(e for g in groups for e in g.edges)
    assert placed == sorted(e.id for e in edges)
    apart = {frozenset((e.a, e.b)) for e in edges}
    for group in groups:
        by_id = {e.id: e for e in edges}
        for edge_id in group.edges:
            edge = by_id[edge_id]
            assert group.sides[edge.a] != group.sides[edge.b]
        for a, b in combinations(group.sides, 2):
            if group.sides[a] == group.sides[b]:
                assert frozenset((a, b)) not in apart, (a, b)


def test_claims_against_one_claim_stand_together_on_the_other_side() -> None:
    # 1 says "no withdrawal"; 2, 3 and 4 report withdrawals (three articles).
    edges = [Edge(10, 2, 1, 0.9), Edge(11, 3, 1, 0.8), Edge(12, 4, 1, 0.7)]
    groups = group_edges(edges, _unrelated, article_of={1: 1, 2: 2, 3: 3, 4: 4})
    assert len(groups) == 1
    _check(groups, edges)
    (group,) = groups
    assert group.members(group.sides[1]) == [1]
    assert sorted(group.members(1 - group.sides[1])) == [2, 3, 4]
    assert group.degree[1] == 3


def test_a_triangle_of_contradictions_cannot_share_one_dispute() -> None:
    # a-b, b-c, a-c: any two of them would put two contradicting claims on one side, so
    # each is a dispute of its own.
    edges = [Edge(1, 1, 2, 0.9), Edge(2, 2, 3, 0.8), Edge(3, 1, 3, 0.5)]
    groups = group_edges(edges, _unrelated, article_of={1: 1, 2: 2, 3: 3})
    _check(groups, edges)
    assert sorted(g.edges for g in groups) == [[1], [2], [3]]


def test_a_clash_of_figures_is_another_dispute_than_a_clash_of_events() -> None:
    # 1 "no sign of a withdrawal"; 2 "thousands had withdrawn, but tens of thousands remained"
    # and 3 "most units pulled back" report withdrawals; 4 "a few thousand troops still remain"
    # clashes with 2 over how many remain, not over whether they withdrew: set against 2 in
    # the withdrawal dispute it would stand beside "no sign of a withdrawal".
    edges = [Edge(1, 2, 1, 0.9), Edge(2, 3, 1, 0.8), Edge(3, 4, 2, 0.7, figures=True)]
    groups = group_edges(edges, _unrelated, article_of={1: 1, 2: 2, 3: 3, 4: 4})
    _check(groups, edges)
    assert sorted(g.edges for g in groups) == [[1, 2], [3]]
    events = next(g for g in groups if not g.figures)
    assert 4 not in events.sides
    # the same three as clashes of events make one dispute
    plain = [Edge(e.id, e.a, e.b, e.score) for e in edges]
    assert len(group_edges(plain, _unrelated, article_of={1: 1, 2: 2, 3: 3, 4: 4})) == 1


def test_near_copies_are_never_on_opposite_sides() -> None:
    # 1 and 3 are near copies (0.97 alike) that the judge never compared. 1-2 and 2-4 put 1
    # and 4 on one side; 4-3 would put 3 against 1's side, so it opens a dispute of its own.
    alike = {frozenset((1, 3)): 0.97}
    edges = [Edge(1, 1, 2, 0.9), Edge(2, 2, 4, 0.8), Edge(3, 4, 3, 0.7)]
    groups = group_edges(
        edges, lambda a, b: alike.get(frozenset((a, b)), 0.3), article_of={1: 1, 2: 2, 3: 3, 4: 4}
    )
    _check(groups, edges)
    for group in groups:
        if 1 in group.sides and 3 in group.sides:
            assert group.sides[1] == group.sides[3]
    assert [g.edges for g in groups] == [[1, 2], [3]]


def test_disputes_that_share_a_claim_merge_when_their_sides_fit() -> None:
    # 1-2 first; then 3-4 (a dispute of its own); then 2-3 joins them through shared claims.
    edges = [Edge(1, 1, 2, 0.9), Edge(2, 3, 4, 0.8), Edge(3, 2, 3, 0.7)]
    groups = group_edges(edges, _unrelated, article_of={1: 1, 2: 2, 3: 3, 4: 4})
    _check(groups, edges)
    assert len(groups) == 1
    (group,) = groups
    assert group.sides[1] == group.sides[3] != group.sides[2] == group.sides[4]


def test_a_merge_does_not_put_one_article_on_both_sides() -> None:
    # Claims 1 and 5 come from one article. Dispute A: 1 against 2; dispute B: 5 against 6,
    # and 2 against 6 would bring 5 to 2's side, against its own article's 1: kept apart.
    edges = [Edge(1, 1, 2, 0.9), Edge(2, 5, 6, 0.8), Edge(3, 6, 7, 0.7), Edge(4, 7, 2, 0.6)]
    article_of = {1: 1, 5: 1, 2: 2, 6: 3, 7: 4}
    groups = group_edges(edges, _unrelated, article_of=article_of)
    _check(groups, edges)
    for group in groups:
        if 1 in group.sides and 5 in group.sides:
            assert group.sides[1] == group.sides[5]


def _store_with(tmp_path: Path, edges: list[tuple[int, int]]) -> SqliteStore:
    """A SQLite store of one-claim articles (claim n in article n, vectors far apart) and
    these contradictions, grouped as a post groups them."""
    store = SqliteStore(tmp_path / "claims.sqlite3", embedder_name="test", dimension=8)
    claims = sorted({c for edge in edges for c in edge})
    with store.writer() as tx:
        stored = {}
        for n in claims:
            article = tx.add_article(
                ArticleInput(text=f"Claim {n}.", published_at=dt.date(2014, 4, n)),
                text_hash=f"h{n}",
                idempotency_key=None,
            )
            (claim,) = tx.add_claims(
                article,
                [ExtractedClaim(f"Claim {n}.", f"Claim {n}.", 0, 9, None)],
                np.eye(8, dtype=np.float32)[[n % 8]],
            )
            stored[n] = claim
        tx.add_contradictions(
            [
                Contradiction(None, stored[a], stored[b], 0.9 - 0.01 * i, "negation", "why")
                for i, (a, b) in enumerate(edges)
            ]
        )
        regroup(tx, [stored[n].id or 0 for n in claims])
    return store


def _sides(store: SqliteStore) -> list[list[list[str]]]:
    found = store.list_disputes(where=EVERY_DISPUTE, offset=0, limit=100)
    return sorted([[c.text for c in side.claims] for side in d.sides] for d in found)


def test_a_dispute_splits_when_the_article_that_joined_it_goes(tmp_path: Path) -> None:
    # 1-2 and 3-4 are apart until claim 5 contradicts both 1 and 4: one dispute, 1 and 4 on
    # one side. Deleting 5's article splits it in two again; deleting 2's shrinks one away.
    store = _store_with(tmp_path, [(1, 2), (4, 3), (5, 1), (5, 4)])
    (before,) = store.list_disputes(where=EVERY_DISPUTE, offset=0, limit=100)
    assert _sides(store) == [[["Claim 1.", "Claim 4."], ["Claim 2.", "Claim 3.", "Claim 5."]]]
    with store.writer() as tx:
        assert delete_article(tx, 5)
    assert _sides(store) == [[["Claim 1."], ["Claim 2."]], [["Claim 3."], ["Claim 4."]]]
    # The old dispute's id goes to one of its parts.
    assert before.id in [d.id for d in store.list_disputes(where=EVERY_DISPUTE, offset=0, limit=9)]
    with store.writer() as tx:
        assert delete_article(tx, 2) and not delete_article(tx, 2)
    assert _sides(store) == [[["Claim 3."], ["Claim 4."]]]
    store.close()
