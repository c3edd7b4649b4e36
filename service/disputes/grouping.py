"""Contradictions grouped into disputes: the disputed facts a reader would name, each with sides.

A dispute is a set of contradictions whose claims fall on two sides, so that every
contradiction in it has one claim on each side. It is grown one contradiction at a time, the
surest first (highest score): a contradiction joins a dispute that holds one of its claims when
the claim it brings can stand on the other side, that is when

- it contradicts no claim on the side it would join (no contradiction inside a side), and
- it says the same thing as no claim on the opposite side (two claims whose vectors are at least
  ``agree`` alike, and which do not contradict each other, are taken to agree).

A contradiction between two figures ("a few thousand troops" against "tens of thousands") is
another disputed fact than one between two events or states ("no sign of a withdrawal" against
"two thirds pulled back"), though the claims are the same: a dispute holds contradictions of one
of the two sorts. Otherwise a claim that gives a figure and tells an event would be set against
the event's side for its figure alone.

A contradiction that fits no dispute opens a new one; two disputes that share a claim on the
same footing and fit together are then merged. What is grouped is only what is handed in: the
caller regroups the disputes a change touches, never the whole store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

# Two claims at least this alike (cosine of their vectors) that do not contradict each other say
# the same thing, and are never put on opposite sides: the level at which the service treats a
# claim as a copy of another (CLAIMS_DUPLICATE_THRESHOLD). Lower, the vectors cannot tell
# agreement from conflict: in the NATO story, paraphrases of one statement ("two thirds have
# pulled back", "some two-thirds ... had withdrawn") are 0.55-0.71 alike, and the claims of the
# six conflicts a reader sees 0.31-0.65.
AGREE = 0.95


@dataclass(frozen=True)
class Edge:
    """A contradiction between two claims (ids), with the judge's score; ``figures`` when what
    conflicts is two figures (the judge's kind "quantity")."""

    id: int
    a: int
    b: int
    score: float
    figures: bool = False


@dataclass
class Group:
    """One dispute being formed: its claims' sides (0 or 1) and its contradictions' ids."""

    sides: dict[int, int] = field(default_factory=dict)
    edges: list[int] = field(default_factory=list)
    # How many of its contradictions each claim takes part in.
    degree: Counter[int] = field(default_factory=Counter)
    # Whether its contradictions are between figures (Edge.figures).
    figures: bool = False

    def members(self, side: int) -> list[int]:
        return [c for c, s in self.sides.items() if s == side]


Alike = Callable[[int, int], float]


class Grouper:
    """Groups contradictions (``Edge``) into disputes (``Group``).

    ``alike(a, b)`` is the cosine of two claims' vectors; ``contradicts`` holds every
    contradiction among the claims (as frozensets of two ids), including any left out of the
    grouping (a dismissed one is not a dispute's, but its claims still may not share a side).
    """

    def __init__(
        self,
        alike: Alike,
        contradicts: set[frozenset[int]],
        article_of: dict[int, int],
        agree: float = AGREE,
    ) -> None:
        self.alike = alike
        self.article_of = article_of
        self.contradicts = contradicts
        self.agree = agree

    def group(self, edges: Iterable[Edge]) -> list[Group]:
        """The disputes these contradictions form, largest first."""
        groups: list[Group] = []
        for edge in sorted(edges, key=lambda e: (-e.score, e.id)):
            self._place(edge, groups)
        merged = self._merged(groups)
        return sorted(merged, key=lambda g: (-len(g.edges), min(g.edges)))

    def _place(self, edge: Edge, groups: list[Group]) -> None:
        holding = [
            g
            for g in groups
            if (edge.a in g.sides or edge.b in g.sides) and g.figures == edge.figures
        ]
        # The dispute sharing both claims first, then the biggest.
        holding.sort(key=lambda g: (-(edge.a in g.sides) - (edge.b in g.sides), -len(g.edges)))
        for group in holding:
            sides = self._sides_with(group, edge.a, edge.b)
            if sides is not None:
                group.sides.update(sides)
                group.edges.append(edge.id)
                group.degree.update((edge.a, edge.b))
                return
        groups.append(
            Group({edge.a: 0, edge.b: 1}, [edge.id], Counter((edge.a, edge.b)), edge.figures)
        )

    def _sides_with(self, group: Group, a: int, b: int) -> dict[int, int] | None:
        """Where ``a`` and ``b`` stand if their contradiction joins ``group``; None if it
        cannot."""
        if a in group.sides and b in group.sides:
            return {} if group.sides[a] != group.sides[b] else None
        known, new = (a, b) if a in group.sides else (b, a)
        side = 1 - group.sides[known]
        return {new: side} if self._fits(group, new, side) else None

    def _fits(self, group: Group, claim: int, side: int, *, merging: bool = False) -> bool:
        for other, other_side in group.sides.items():
            apart = frozenset((claim, other)) in self.contradicts
            if other_side == side and apart:
                return False
            if other_side != side and not apart and self.agrees(claim, other, merging=merging):
                return False
        return True

    def agrees(self, a: int, b: int, *, merging: bool = False) -> bool:
        """Whether two claims that do not contradict each other are taken to say the same
        thing: claims whose vectors are at least ``agree`` alike; and, when two disputes are
        merged, one article's claims (its claims were never judged against each other, and
        an article that reports both sides says so in claims the judge set apart; two
        disputes that only meet by putting one article on both sides are two disputes)."""
        if self.alike(a, b) >= self.agree:
            return True
        home = self.article_of.get(a)
        return merging and home is not None and home == self.article_of.get(b)

    def _merged(self, groups: list[Group]) -> list[Group]:
        """Disputes that share a claim merged wherever their sides fit together."""
        merged: list[Group] = []
        for group in sorted(groups, key=lambda g: -len(g.edges)):
            for into in merged:
                if into.figures != group.figures:
                    continue
                flip = self._flip_to_fit(into, group)
                if flip is not None:
                    into.sides.update({c: s ^ flip for c, s in group.sides.items()})
                    into.edges += group.edges
                    into.degree.update(group.degree)
                    break
            else:
                merged.append(group)
        return merged

    def _flip_to_fit(self, into: Group, group: Group) -> int | None:
        """0 or 1 (whether ``group``'s sides must be swapped) if it fits into ``into`` by a
        shared claim; None if they share none, or disagree on one, or clash."""
        shared = [c for c in group.sides if c in into.sides]
        if not shared:
            return None
        flips = {into.sides[c] ^ group.sides[c] for c in shared}
        if len(flips) != 1:
            return None
        flip = flips.pop()
        trial = Group(dict(into.sides), [])
        for claim, side in group.sides.items():
            if claim in trial.sides:
                continue
            if not self._fits(trial, claim, side ^ flip, merging=True):
                return None
            trial.sides[claim] = side ^ flip
        return flip


def group_edges(
    edges: Sequence[Edge],
    alike: Alike,
    article_of: dict[int, int],
    contradicts: set[frozenset[int]] | None = None,
    agree: float = AGREE,
) -> list[Group]:
    """The disputes ``edges`` form (see ``Grouper``)."""
    known = contradicts if contradicts is not None else {frozenset((e.a, e.b)) for e in edges}
    return Grouper(alike, known, article_of, agree).group(edges)
