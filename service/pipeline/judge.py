"""Contradiction judges: decide whether two related claims cannot both be true, and say why."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from service.pipeline.models import Judgement, Kind


@dataclass(frozen=True)
class Pair:
    """Two claims to judge; ``similarity`` is the cosine of their embeddings."""

    first: str
    second: str
    similarity: float


class ContradictionJudge(Protocol):
    """Anything that judges pairs in a batch (a batch lets a model judge run them together)."""

    def judge(self, pairs: Sequence[Pair]) -> list[Judgement]:
        """One judgement per pair, in order."""
        ...


def _forms(*bases: str) -> set[str]:
    """A word with the regular inflections English gives it."""
    out: set[str] = set()
    for base in bases:
        stem = base[:-1] if base.endswith("e") else base
        out |= {base, base + "s", base + "es", stem + "ed", stem + "ing", base + "d"}
    return out


# Words and phrases folded to one concept, so that "pulled back" meets "withdrew".
_CONCEPTS: dict[str, set[str]] = {
    "withdraw": _forms("withdraw", "retreat", "pullout", "withdrawal")
    | {"withdrawn", "withdrew", "pull back", "pulled back", "pulling back", "pulls back",
       "pull out", "pulled out", "pulling out", "pulls out", "pullback"},
    "buildup": _forms("buildup", "reinforce", "reinforcement")
    | {"build up", "built up", "building up", "builds up"},
    "increase": _forms("increase", "rise", "grow", "climb", "gain", "raise", "expand")
    | {"rose", "risen", "grew", "grown", "increases"},
    "decrease": _forms("decrease", "fall", "drop", "shrink", "decline", "cut", "reduce", "lower")
    | {"fell", "fallen", "dropped", "shrank", "shrunk", "reduction", "cuts"},
    "win": _forms("win", "victory") | {"won", "winning"},
    "lose": _forms("lose", "defeat", "loss") | {"lost", "losing"},
    "accept": _forms("accept", "approve", "agree", "approval"),
    "reject": _forms("reject", "refuse", "veto", "rejection", "refusal"),
    "open": _forms("open", "reopen"),
    "close": _forms("close", "shut") | {"shut", "shutting", "closure"},
    "allow": _forms("allow", "permit", "legalise", "legalize") | {"permitted", "permitting"},
    "ban": _forms("ban", "forbid", "prohibit", "outlaw") | {"banned", "banning", "forbade",
                                                          "forbidden"},
    "confirm": _forms("confirm", "verify", "acknowledge"),
    "deny": _forms("deny", "dispute") | {"denied", "denies", "denial"},
    "support": _forms("support", "back", "endorse", "favour", "favor"),
    "oppose": _forms("oppose", "resist", "condemn", "opposition"),
    "start": _forms("start", "begin", "launch", "resume") | {"began", "begun", "beginning"},
    "stop": _forms("stop", "end", "halt", "suspend", "cease") | {"stopped", "stopping"},
    "alive": {"alive", "survived", "survive", "survives", "surviving", "living"},
    "dead": {"dead", "died", "die", "dies", "killed", "dying"},
    "ease": _forms("ease", "calm", "de-escalate", "thaw") | {"easing", "de-escalating"},
    "escalate": _forms("escalate", "intensify", "worsen") | {"escalation", "escalating"},
    "guilty": {"guilty", "convicted"},
    "innocent": {"innocent", "acquitted"},
    "legal": {"legal", "lawful"},
    "illegal": {"illegal", "unlawful"},
    "higher": {"higher", "more", "larger", "bigger", "greater"},
    "lower": {"lower", "fewer", "less", "smaller"},
}  # fmt: skip
_OPPOSITES: set[frozenset[str]] = {
    frozenset(p)
    for p in [
        ("withdraw", "buildup"), ("increase", "decrease"),
        ("win", "lose"), ("accept", "reject"), ("open", "close"), ("allow", "ban"),
        ("confirm", "deny"), ("support", "oppose"), ("start", "stop"), ("alive", "dead"),
        ("ease", "escalate"), ("guilty", "innocent"), ("legal", "illegal"),
        ("higher", "lower"),
    ]
}  # fmt: skip
# Concepts close enough that a denial of one bears on an assertion of the other.
_RELATED: set[frozenset[str]] = {frozenset(("withdraw", "decrease"))}
_PHRASES = sorted(
    ((form, concept) for concept, forms in _CONCEPTS.items() for form in forms if " " in form),
    key=lambda item: -len(item[0]),
)
_WORD_CONCEPT = {
    form: concept for concept, forms in _CONCEPTS.items() for form in forms if " " not in form
}

_NEGATIONS = {
    "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "nowhere", "denied", "denies", "deny", "disputed", "disputes", "dispute",
}  # fmt: skip
# Words that make an assertion tentative: "may be preparing to withdraw" is no flat claim.
_HEDGES = {
    "may", "might", "could", "possibly", "perhaps", "appear", "appears", "appeared", "seem",
    "seems", "seemed", "suggest", "suggests", "likely", "unclear", "reportedly",
    # Calls and wishes assert nothing about what happened.
    "urge", "urged", "urges", "urging", "should", "must", "hope", "hopes", "demand", "demanded",
    "demands", "called", "calls", "call", "would", "if",
}  # fmt: skip
# Where a negation's reach ends.
_CLAUSE_END = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\u2014]|\.\s|\b(but|although|though|while|whereas|however)\b",
    re.IGNORECASE,
)
_ATTRIBUTIVE = re.compile(r"\b(the|a|an|its|his|her|their|our|this|that|these|those)\s+$", re.I)
_NEGATION_CUE = re.compile(
    rf"\b({'|'.join(sorted(_NEGATIONS))})\b|\b\w+n['\u2019]t\b", re.IGNORECASE
)
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|\d[\d,.]*")
_STOPWORDS = set(
    "a an the of to in on at by for from with and or but as is are was were be been being has have "
    "had it its this that these those there their they he she his her we our you your i said says "
    "say told would could should may might will can do does did some any all also than then which "
    "who whom what when where while into about over after before such very more most".split()
)
_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?:-|\u2013|to)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?"
    r"(?:\s+(thousand|million|billion))?"
    r"\s*(%|percent|per cent)?\s*([a-z]+)?",
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


# The same claim texts meet many partners: their analyses are kept, not redone per pair.
_memo = lru_cache(maxsize=8192)


@_memo
def _tokens(text: str) -> tuple[str, ...]:
    lowered = text.lower().replace("\u2019", "'")
    lowered = re.sub(r"n't\b", " not", lowered)
    return tuple(_TOKEN.findall(lowered))


@_memo
def concepts(text: str) -> frozenset[str]:
    """The folded concepts a text mentions ("pulled back" and "withdrew" both give withdraw)."""
    lowered = " " + " ".join(_tokens(text)) + " "
    found: set[str] = set()
    for phrase, concept in _PHRASES:
        if f" {phrase} " in lowered:
            found.add(concept)
            lowered = lowered.replace(f" {phrase} ", " ")
    found |= {_WORD_CONCEPT[w] for w in lowered.split() if w in _WORD_CONCEPT}
    return frozenset(found)


@_memo
def negation_cues(text: str) -> tuple[str, ...]:
    """The negating words of a text, in order."""
    return tuple(t for t in _tokens(text) if t in _NEGATIONS)


@_memo
def clauses(text: str) -> tuple[str, ...]:
    """The text cut at clause boundaries (commas, dashes, "but", "although"...)."""
    pieces, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return tuple(p.strip(" .\"'\u201c\u201d\u2018\u2019") for p in pieces if p.strip(" ."))


@_memo
def negated_clauses(text: str) -> tuple[str, ...]:
    """Each clause that holds a negation, from the negating word on, as written."""
    found = []
    for clause in clauses(text):
        for cue in _NEGATION_CUE.finditer(clause):
            # "its disputed annexation": a participle after a determiner describes, not denies.
            if _ATTRIBUTIVE.search(clause[: cue.start()]) and cue.group().lower().endswith("ed"):
                continue
            found.append(clause[cue.start() :])
            break
    return tuple(found)


def is_tentative(text: str) -> bool:
    """The text does not assert outright: it hedges ("may"), or calls or wishes ("urged",
    "should"). Broader than a claim's ``hedged`` flag (attribution.is_hedged), on purpose."""
    return any(t in _HEDGES for t in _tokens(text))


def _denial(claim: str, other: str) -> str | None:
    """The clause of ``claim`` that denies something ``other`` is about, if there is one."""
    if not _content(claim) & _content(other):
        return None  # no topic in common
    return next((c for c in negated_clauses(claim) if _bears_on(c, other)), None)


def _bears_on(clause: str, other: str) -> bool:
    """A denied clause bears on ``other`` when ``other`` asserts the action it denies, or, when
    the clause names no action this judge knows, when the two share enough words."""
    if concepts(clause):
        return _same_action(clause, other)
    return len(_content(clause) & _content(other)) >= MIN_SHARED


def _same_action(clause: str, other: str) -> bool:
    """The clause names the action ``other`` names, or one related to it."""
    ca, cb = concepts(clause), concepts(other)
    return bool(ca & cb) or any(frozenset((x, y)) in _RELATED for x in ca for y in cb)


@_memo
def _content(text: str) -> frozenset[str]:
    return frozenset(
        t for t in _tokens(text) if t not in _STOPWORDS and t not in _NEGATIONS and len(t) > 2
    )


@dataclass(frozen=True)
class Quantity:
    """A number (or range) and the word it counts."""

    low: float
    high: float
    unit: str
    words: str


@_memo
def quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers with the noun that follows them; years and bare numbers are left out."""
    found: list[Quantity] = []
    for match in _NUMBER.finditer(text.lower()):
        first, second, scale, percent, unit = match.groups()
        if percent:
            unit = "percent"
        if not unit or unit in _STOPWORDS:
            continue
        if not second and not scale and re.fullmatch(r"(19|20)\d\d", first):
            continue  # a year, not a count
        factor = _SCALE.get(scale or "", 1.0)
        low = float(first.replace(",", "")) * factor
        high = float(second.replace(",", "")) * factor if second else low
        found.append(Quantity(min(low, high), max(low, high), unit.rstrip("s"), match.group(0)))
    return tuple(found)


# Content words a denied clause must share with the other claim when no action links them.
# (Measured: 3 instead of 2 halves recall on the RTE-2 and MultiNLI development pairs.)
MIN_SHARED = 2


@dataclass(frozen=True)
class RuleJudge:
    """Explicit checks on pairs of related claims: negation, opposite words, clashing numbers.

    ``related`` is the cosine similarity above which two claims are taken to be about the same
    thing, so that a difference in polarity or in a figure is a conflict rather than a change of
    subject; ``same`` is the similarity above which a pair without a conflict is an entailment.
    """

    related: float = 0.5
    same: float = 0.85

    def judge(self, pairs: Sequence[Pair]) -> list[Judgement]:
        """Judge each pair on its own."""
        return [self._judge_one(p) for p in pairs]

    def _confidence(self, similarity: float) -> float:
        # 0.5 at the relatedness threshold, rising to 1.0 for identical wording.
        span = max(1e-6, 1.0 - self.related)
        return round(min(1.0, max(0.5, 0.5 + 0.5 * (similarity - self.related) / span)), 3)

    def _judge_one(self, pair: Pair) -> Judgement:
        if pair.similarity >= self.related:
            for check in (self._quantity, self._antonym, self._negation):
                verdict = check(pair)
                if verdict is not None:
                    kind, why = verdict
                    return Judgement("contradiction", self._confidence(pair.similarity), kind, why)
        if pair.similarity >= self.same:
            return Judgement(
                "entailment",
                round(pair.similarity, 3),
                None,
                "The two claims say the same thing in different words.",
            )
        return Judgement(
            "neutral",
            round(min(1.0, max(0.0, 1.0 - pair.similarity)), 3),
            None,
            "The claims are about different things, or compatible with each other."
            if pair.similarity < self.related
            else "The claims are related, and nothing in them conflicts.",
        )

    def _negation(self, pair: Pair) -> tuple[Kind, str] | None:
        denial_a, denial_b = _denial(pair.first, pair.second), _denial(pair.second, pair.first)
        if (denial_a is None) == (denial_b is None):
            return None  # neither denies the other, or both deny the same thing
        denial, plain = (denial_a, pair.second) if denial_a else (denial_b, pair.first)
        assert denial is not None
        if is_tentative(plain):
            return None  # what is denied must be asserted outright on the other side
        # Quote the part of the other claim that overlaps the denial most.
        assertion = max(
            clauses(plain),
            key=lambda c: (_same_action(c, denial), len(_content(c) & _content(denial))),
        )
        return (
            "negation",
            f'One claim denies what the other asserts: "{denial}" against "{assertion}".',
        )

    def _antonym(self, pair: Pair) -> tuple[Kind, str] | None:
        if negation_cues(pair.first) or negation_cues(pair.second):
            return None  # "not rising" and "falling" agree: with a negation in play, skip
        if is_tentative(pair.first) or is_tentative(pair.second):
            return None
        ca, cb = concepts(pair.first), concepts(pair.second)
        for x in sorted(ca - cb):
            for y in sorted(cb - ca):
                if frozenset((x, y)) in _OPPOSITES:
                    return (
                        "antonym",
                        f'The claims describe opposite things: one says "{x}", '
                        f'the other says "{y}".',
                    )
        return None

    def _quantity(self, pair: Pair) -> tuple[Kind, str] | None:
        for qa in quantities(pair.first):
            for qb in quantities(pair.second):
                if qa.unit != qb.unit:
                    continue
                tolerance = 0.1 * max(qa.high, qb.high)
                if qa.low - tolerance <= qb.high and qb.low - tolerance <= qa.high:
                    return None  # a figure they agree on settles it
        for qa in quantities(pair.first):
            for qb in quantities(pair.second):
                if qa.unit == qb.unit:
                    return (
                        "quantity",
                        f'The claims give different figures for {qa.unit}s: "{qa.words}" '
                        f'against "{qb.words}".',
                    )
        return None


def from_name(name: str) -> ContradictionJudge:
    """The judge ``CLAIMS_JUDGE`` names."""
    if name == "rules":
        return RuleJudge()
    raise ValueError(f"unknown judge {name!r}")
