"""Disputes kept up to date as contradictions arrive, are reviewed, or leave with an article.

Only the disputes a change touches are regrouped: those holding a claim of the change, and
those holding a claim that one of their contradictions reaches. So the cost of a post grows with
the stories it touches, not with the store. A regrouped dispute keeps the id of the old dispute
it overlaps most (and its sides' order), so that a dispute a reader follows keeps its address
while it grows; one that splits gives its id to its biggest part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from service.disputes.grouping import Edge, Group, group_edges
from service.domain.models import (
    Claim,
    Contradiction,
    DisputeDraft,
    separated,
    side_of,
)

# A title longer than this is cut at a word.
TITLE_CHARS = 120


class DisputeWriter(Protocol):
    """What regrouping needs of a write transaction (``StoreWriter`` has it all)."""

    def disputes_holding(self, claim_ids: Sequence[int]) -> list[int]: ...

    def dispute_edges(
        self, dispute_ids: Sequence[int], claim_ids: Sequence[int]
    ) -> list[tuple[int, int, int, float, str]]: ...

    def claim_vectors(self, claim_ids: Sequence[int]) -> dict[int, Any]: ...

    def claims_by_id(self, claim_ids: Sequence[int]) -> dict[int, Claim]: ...

    def dispute_state(
        self, dispute_ids: Sequence[int]
    ) -> dict[int, tuple[dict[int, int], set[int]]]: ...

    def write_disputes(
        self, removed: Sequence[int], drafts: Sequence[DisputeDraft]
    ) -> list[int]: ...

    def claim_ids_of(self, article_id: int) -> list[int]: ...

    def delete_article(self, article_id: int) -> bool: ...

    def unkeyed_contradictions(self, limit: int) -> list[Contradiction]: ...

    def key_contradictions(self, keys: Sequence[tuple[str, int]]) -> None: ...

    def ungrouped_claims(self, limit: int) -> list[int]: ...


@dataclass(frozen=True)
class Regrouped:
    """A dispute as regrouping wrote it: its id, whether it is new, and its claims."""

    id: int
    opened: bool
    claims: frozenset[int]


def regroup(tx: DisputeWriter, seeds: Iterable[int]) -> list[Regrouped]:
    """Regroup the disputes around the claims ``seeds`` (claims just stored with their
    contradictions, claims whose contradiction was reviewed, or claims about to lose a
    neighbour), and write them. Returns the disputes written."""
    seeds = sorted(set(seeds))
    if not seeds:
        return []
    old = tx.disputes_holding(seeds)
    edges = tx.dispute_edges(old, seeds)
    # One step further: the disputes the new contradictions reach into.
    reached = _claims_of(edges)
    more = [d for d in tx.disputes_holding(sorted(reached)) if d not in old]
    if more:
        old = sorted({*old, *more})
        edges = tx.dispute_edges(old, seeds)
    if not edges:
        tx.write_disputes(old, [])
        return []
    claim_ids = sorted(_claims_of(edges))
    state = tx.dispute_state(old)
    vectors = tx.claim_vectors(claim_ids)
    claims = tx.claims_by_id(claim_ids)
    groups = group_edges(
        [Edge(i, a, b, score, kind == "quantity") for i, a, b, score, kind in edges],
        alike=lambda a, b: float(np.dot(vectors[a], vectors[b])),
        article_of={c: claim.article_id or 0 for c, claim in claims.items()},
    )
    drafts = _drafts(groups, state, claims)
    kept = {d.id for d in drafts if d.id is not None}
    ids = tx.write_disputes([d for d in old if d not in kept], drafts)
    return [
        Regrouped(i, draft.id is None, frozenset(draft.sides))
        for i, draft in zip(ids, drafts, strict=True)
    ]


def delete_article(tx: DisputeWriter, article_id: int) -> bool:
    """Delete an article in ``tx``, and regroup the disputes its claims stood in (they shrink,
    split or go); False if there was no such article."""
    gone = tx.claim_ids_of(article_id)
    neighbours = {
        claim
        for sides, _ in tx.dispute_state(tx.disputes_holding(gone)).values()
        for claim in sides
    } - set(gone)
    if not tx.delete_article(article_id):
        return False
    regroup(tx, neighbours)
    return True


def catch_up(tx: DisputeWriter, batch: int = 2000) -> int:
    """Give a pair key to every contradiction stored before keys, and a dispute to every
    contradiction in none (a database that predates disputes), ``batch`` at a time; how many
    disputes were written. Call it until it returns 0."""
    unkeyed = tx.unkeyed_contradictions(batch)
    if unkeyed:
        tx.key_contradictions([(c.pair_key, c.id or 0) for c in unkeyed])
    return len(regroup(tx, tx.ungrouped_claims(batch)))


def _claims_of(edges: Collection[tuple[int, int, int, float, str]]) -> set[int]:
    return {e[1] for e in edges} | {e[2] for e in edges}


def _drafts(
    groups: Sequence[Group],
    state: dict[int, tuple[dict[int, int], set[int]]],
    claims: dict[int, Claim],
) -> list[DisputeDraft]:
    """Each group as a dispute to write, with the id of the old dispute it overlaps most."""
    free = dict(state)
    drafts: list[DisputeDraft] = []
    for group in groups:
        overlap = Counter({d: len(set(group.sides) & set(sides)) for d, (sides, _) in free.items()})
        best = overlap.most_common(1)
        dispute_id = best[0][0] if best and best[0][1] > 0 else None
        sides = dict(group.sides)
        changed = True
        if dispute_id is not None:
            old_sides, old_edges = free.pop(dispute_id)
            shared = [c for c in sides if c in old_sides]
            if sum(sides[c] != old_sides[c] for c in shared) * 2 > len(shared):
                sides = {c: 1 - s for c, s in sides.items()}
            changed = sides != old_sides or set(group.edges) != old_edges
        members = [[claims[c] for c, s in sides.items() if s == side] for side in (0, 1)]
        drafts.append(
            DisputeDraft(
                id=dispute_id,
                title=title(group, claims),
                separated=separated([side_of(m) for m in members]),
                sides=sides,
                contradictions=sorted(group.edges),
                changed=changed,
            )
        )
    return drafts


def title(group: Group, claims: dict[int, Claim]) -> str:
    """A short title: the text of the claim most contested in the dispute (the one the most of
    its contradictions reach; the earliest of those), cut at a word."""
    degree = group.degree
    most = max(degree.values())
    contested = min(
        (c for c, n in degree.items() if n == most), key=lambda c: (str(claims[c].published_at), c)
    )
    text = " ".join(claims[contested].text.split())
    if len(text) <= TITLE_CHARS:
        return text
    cut = text[: TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"
