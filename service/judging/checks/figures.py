"""Figures and dates: the figures a claim gives and what each measures (``_Figure``), figures
that cannot both be right (``quantity``) and those that agree, stand at other times, measure
other things or say when against how much; a part against a count, a figure alone against a
claim that gives none, and different days for one event (``dates_differ``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from service.domain.models import Quantity
from service.extraction import facts, lexicon, parse
from service.extraction.frame import frame
from service.extraction.lexicon import tokens
from service.judging.checks.base import (
    _EARLIER_POINT,
    _EVERY,
    _PERIOD,
    _YEAR,
    ACTION_STEM,
    Finding,
    _akin,
    _disjoint,
    _memo,
    _numbers,
    _times,
    clauses,
    content,
    negation_cues,
)
from service.judging.concepts import MEASURED_BY, concepts


def _marked(word: Any, *articles: str) -> bool:
    """One of ``articles`` determines the word ("the" in "the film", "a" in "a man")."""
    return any(c.dep_ == "det" and c.lower_ in articles for c in word.children)


def _part_against_count(first: str, second: str) -> bool:
    """One claim speaks of part of some things ("most of the flights": ``lexicon.PART_WORDS``)
    and counts none, the other counts the same things ("cancelled 40 flights"), and neither
    speaks of all or none: the count may be the rest. A share ("two thirds of the troops") is
    no count."""
    for part, counted in ((first, second), (second, first)):
        words_p, words_c = set(tokens(part)), set(tokens(counted))
        if (words_p | words_c) & (_EVERY | lexicon.NEGATIONS) or words_c & lexicon.PART_WORDS:
            continue  # "most" against "most" is one part
        if _numbers(part) or "only" in words_c:
            continue
        if _parts_named(part) & _counted(counted):
            return True
    return False


@_memo
def _parts_named(text: str) -> frozenset[str]:
    """The lemmas of the things a part word takes part of ("most of the flights", "most
    flights": flight)."""
    found = set()
    for w in parse.parse(text):
        if w.lower_ not in lexicon.PART_WORDS:
            continue
        of = [c for c in w.children if c.lower_ == "of"]
        things = [c for o in of for c in o.children if c.dep_ == "pobj"]
        if not of and w.dep_ in ("amod", "det") and w.head.pos_ == "NOUN":
            things = [w.head]
        found |= {str(t.lemma_).lower() for t in things}
    return frozenset(found)


# Nouns that make a number a share, not a count ("two thirds of the troops").
_SHARE_NOUNS = frozenset({"third", "quarter", "half", "fifth", "percent", "per", "%"})


@_memo
def _counted(text: str) -> frozenset[str]:
    """The lemmas of the things a number counts ("cancelled 40 flights": flight)."""
    return frozenset(
        str(w.head.lemma_).lower()
        for w in parse.parse(text)
        if w.dep_ == "nummod"
        and w.like_num
        and w.head.pos_ == "NOUN"
        and str(w.head.lemma_).lower() not in _SHARE_NOUNS
    )


def part_and_count(first: str, second: str) -> Finding | None:
    """One claim speaks of part of some things, the other counts them (``_part_against_count``):
    the count may be the rest, and both can be true."""
    if not _part_against_count(first, second):
        return None
    return Finding(
        "other",
        "One claim speaks of part of the things the other counts: the count may be the rest, "
        "and both can be true.",
    )


def _unit(q: Quantity) -> str:
    """What the quantity counts, each thing by one name (``lexicon.SAME_MEASURE``)."""
    unit = lexicon.singular(q.unit or "")
    return lexicon.SAME_MEASURE.get(unit, unit)


@dataclass(frozen=True)
class _Figure:
    """A quantity with the clause it stands in ("tens of thousands remained") and its concepts."""

    quantity: Quantity
    clause: str
    concepts: frozenset[str]
    # When the clause says the figure held: its years, months, weekdays and quarters.
    times: frozenset[str] = frozenset()
    # "above" for a figure the clause gives as a lower bound ("more than 16,500"), "below" for
    # an upper bound ("fewer than 100"), else None.
    bound: str | None = None


def _bound(clause: str, q: Quantity) -> str | None:
    """Whether the clause gives the figure as a lower or an upper bound (see ``_Figure``)."""
    return facts.bound(clause[: max(clause.find(q.text), 0)])


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=8192)
def _figures(text: str) -> tuple[_Figure, ...]:
    """The figures of a text. A figure's times are those its clause names, else those named
    before it in its sentence ("Since then, around 870 infections have been reported"); a sum
    of money whose clause names nothing it measures is read with the clause before it ("Profit
    was $1.5bn, and for the full year it was $8.4bn"); the length of a stretch of time ("the
    last seven years") is no figure, nor is the time a statement was made ("the ministry said on
    Tuesday that 27 people had died") a time of its figures."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        named = _times(sentence)  # the frame is read only where the sentence names a time
        said_at = named - _times(frame(sentence).content) if named else frozenset()
        earlier: frozenset[str] = frozenset()
        before = ""
        for clause in clauses(sentence):
            measured = clause
            if not _money_measures(clause) and _money_measures(before):
                measured = f"{before}, {clause}"
            periods = [m.span() for m in _PERIOD.finditer(clause)]
            for q in facts.quantities(clause):
                at = clause.find(q.text)
                if any(start <= at < end for start, end in periods):
                    continue
                if q.unit or q.kind in ("percent", "fraction", "money") or concepts(clause):
                    # "a 1978 novel": the figure is no time of itself
                    times = (_times(clause.replace(q.text, " ")) or earlier) - said_at
                    read = measured if q.kind == "money" else clause
                    found.append(_Figure(q, read, concepts(clause), times, _bound(clause, q)))
            earlier |= _times(clause)
            before = clause
    return tuple(found)


def _comparable(a: _Figure, b: _Figure) -> bool:
    """The two figures measure the same thing, and not at different times ("2.6 percent in
    April" is no other figure for "2.1 percent in May")."""
    return not _at_other_times(a, b) and _same_measure(a, b)


# A time counted back from another ("a year earlier", "the year before").
_COUNTED_BACK = re.compile(r"\b(?:earlier|before)$")


def _at_other_times(a: _Figure, b: _Figure) -> bool:
    """Each figure's clause names a time, and none the other's does; or one names a time counted
    back from another ("Sales were $200m a year earlier") and the other none ("Sales doubled to
    $400m"): the figure before the one the story is about; or exactly one tells how things stood
    at an earlier point ("at its peak"), or one a figure reached since the other's time ("has
    since fallen to 6 percent")."""
    if _disjoint(a.times, b.times):
        return True
    for one, other in ((a, b), (b, a)):
        if not other.times and any(_COUNTED_BACK.search(t) for t in one.times):
            return True
        if _EARLIER_POINT.search(one.clause) and not _EARLIER_POINT.search(other.clause):
            return True  # "employed 4,000 people at its peak", "now employs 600"
        if _SINCE_THEN.search(one.clause) and other.times:
            return True  # "peaked at 12 percent in 2013", "has since fallen to 6 percent"
    return False


# A time after the one another claim names ("Unemployment has since fallen").
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b", re.IGNORECASE)


def _same_measure(a: _Figure, b: _Figure) -> bool:
    """The same kind and unit in clauses about the same action, or, where one names no unit,
    in clauses that name the same action (whenever each was measured)."""
    if a.quantity.kind != b.quantity.kind:
        # A percentage and a fraction are both shares ("58 percent" and "most"): of the same
        # thing when their clauses name the same action.
        shares = {a.quantity.kind, b.quantity.kind} == _SHARES
        return shares and _akin(_share_concepts(a), _share_concepts(b))
    ua, ub = _unit(a.quantity), _unit(b.quantity)
    if a.quantity.kind == "percent" and _disjoint(_rates(a.clause), _rates(b.clause)):
        return False  # "60 percent of the vote" is no turnout of 45 percent
    if _disjoint(_money_measures(a.clause), _money_measures(b.clause)):
        return False  # "a profit of 3.1 billion euros" is no revenue of 41 billion euros
    if ua and ub:
        return ua == ub and (not a.concepts or not b.concepts or _akin(a.concepts, b.concepts))
    return _akin(a.concepts, b.concepts)


def _share_concepts(figure: _Figure) -> frozenset[str]:
    """A share's concepts, with the one the rate its clause names measures ("turnout": attend)."""
    return figure.concepts | {MEASURED_BY[r] for r in _rates(figure.clause) if r in MEASURED_BY}


# Words after which "pay" is the verb ("agreed to pay 2.4 billion euros for"), no wage.
_BEFORE_VERB = frozenset({*lexicon.LIGHT_VERB_LEMMAS, "to", "not", "n't", "did", "does", "cannot"})


def _money_measures(clause: str) -> frozenset[str]:
    """What the sums of money the clause names measure (``lexicon.MONEY_MEASURES``: "profit",
    "revenue", "debt"), each by one name."""
    words = tokens(clause)
    return frozenset(
        lexicon.MONEY_MEASURES[t]
        for i, t in enumerate(words)
        if t in lexicon.MONEY_MEASURES and not (t == "pay" and i and words[i - 1] in _BEFORE_VERB)
    )


def _rates(clause: str) -> frozenset[str]:
    """The things the clause names that a percentage measures ("turnout", "inflation")."""
    return frozenset(tokens(clause)) & lexicon.RATE_NOUNS


# Two figures for one thing agree within this share of each other (written figures are rounded),
# and within the wider one when either is approximate ("some 40,000", "thousands").
FIGURE_SLACK = 0.1
APPROXIMATE_SLACK = 0.2


# A scale word as the figures are read ("1.2 million"), or abbreviated ("2 bn", which the reader
# keeps as a unit): a figure written with one is rounded.
_SCALED = re.compile(rf"\b(?:{'|'.join((*facts.SCALE, 'bn', 'm'))})\b", re.IGNORECASE)


def _rounded(q: Quantity) -> bool:
    """A figure that may have been rounded: whole hundreds ("40,000"), or a scale word ("1.2
    million"). "2013", "12 years" or "4.5 percent" are written as they are."""
    whole = all(x >= 100 and x % 100 == 0 for x in (q.low, q.high))
    return whole or bool(_SCALED.search(q.text))


_SHARES = {"percent", "fraction"}


def _as_fraction(q: Quantity) -> Quantity:
    """A percentage as the fraction it is ("58 percent": 0.58)."""
    if q.kind != "percent":
        return q
    value = None if q.value is None else q.value / 100
    return dataclasses.replace(q, value=value, low=q.low / 100, high=q.high / 100)


def _slack(q: Quantity, rounding: bool = True) -> float:
    """How far a figure may be from the truth: 20% when approximate, 10% when it may have been
    rounded (unless ``rounding`` is off), else none."""
    if q.approximate:
        return 1.0 + APPROXIMATE_SLACK
    return 1.0 + (FIGURE_SLACK if rounding and _rounded(q) else 0.0)


def _precision(value: float) -> float:
    """The place of a whole figure's last digit that is not a zero: 1,000 for 31,000, 100,000
    for 1.2 million (1,200,000), 10,000 for 40,000."""
    digits = str(round(value)).rstrip("0")
    return float(10 ** (len(str(round(value))) - len(digits)))


def _rounded_alike(a: Quantity, b: Quantity) -> bool:
    """Two figures, neither approximate, rounded to the same place ("31,000" and "32,000"
    employees, "1.2 million" and "1.3 million" passengers): rounding cannot bring them
    together, so differing they clash, however near."""
    return (
        a.kind == b.kind
        and not (a.approximate or b.approximate)
        and a.low == a.high
        and b.low == b.high
        and _rounded(a)
        and _rounded(b)
        and _precision(a.low) == _precision(b.low)
    )


def _overlap(a: Quantity, b: Quantity, rounding: bool = True) -> bool:
    """The figures can both be right: ranges meet, within 10% when one may be rounded (20% when
    one is approximate), exactly when neither is, and not when both are rounded to the same
    place (``_rounded_alike``). A percentage meets a fraction as a fraction."""
    if a.kind != b.kind:
        a, b = _as_fraction(a), _as_fraction(b)
    if rounding and _rounded_alike(a, b):
        return a.low == b.low
    slack = max(_slack(a, rounding), _slack(b, rounding))
    return a.low <= b.high * slack and b.low <= a.high * slack


def _figures_overlap(a: _Figure, b: _Figure, rounding: bool = True) -> bool:
    """The figures can both be right (``_overlap``); a bound ("more than 16,500 tests") meets
    a figure on its side of it, within that figure's own slack, and a bound the other way round
    short of it ("more than 100", "fewer than 150"). Two bounds the same way round are compared
    as approximate figures: a reader takes "more than 200 died" and "more than 400 died" for two
    counts (VitaminC's annotators too)."""
    if a.bound == b.bound:  # neither a bound, or "more than 200" and "more than 400"
        return _overlap(a.quantity, b.quantity, rounding)
    if a.bound is None:
        a, b = b, a
    qa, qb = a.quantity, b.quantity
    if qa.kind != qb.kind:
        qa, qb = _as_fraction(qa), _as_fraction(qb)
    if a.bound == "above":
        return qb.high * _slack(qb, rounding) >= qa.low
    return qb.low <= qa.high * _slack(qb, rounding)


_FigurePairs = tuple[tuple[_Figure, _Figure], ...]


@lru_cache(maxsize=8192)
def _measured_together(first: str, second: str) -> tuple[_FigurePairs, _FigurePairs]:
    """The pairs of figures measuring the same thing, as (clashing, agreeing). A figure the
    other claim gives as it is (not merely within rounding) has found its counterpart: its
    clashes with the rest are no clash ("61 percent of the vote" against a turnout of 48
    percent and 61 percent of the vote); a figure both claims agree on settles nothing else."""
    pairs = [(a, b) for a in _figures(first) for b in _figures(second) if _comparable(a, b)]
    meet = [_figures_overlap(a, b) for a, b in pairs]
    agreeing = tuple(p for p, m in zip(pairs, meet, strict=True) if m)
    exact = [(a, b) for a, b in agreeing if _figures_overlap(a, b, rounding=False)]
    matched_a, matched_b = {a for a, _ in exact}, {b for _, b in exact}
    clashing = tuple(
        (a, b)
        for (a, b), m in zip(pairs, meet, strict=True)
        if not m and a not in matched_a and b not in matched_b
    )
    return clashing, agreeing


def figures_at_other_times(first: str, second: str) -> Finding | None:
    """The claims give figures for the same thing, each at a time the other does not name, and
    none at one time ("5.4 percent in September" beside "5.1 percent in October"): a figure
    that moved, not two figures for one moment. Figures the claims give alike ("a magnitude 6.2
    earthquake" in both) moved nowhere: what differs is the time itself."""
    pairs = [
        (a, b)
        for a in _figures(first)
        for b in _figures(second)
        if _same_measure(a, b) and not _figures_overlap(a, b, rounding=False)
    ]
    if not pairs or not all(_at_other_times(a, b) for a, b in pairs):
        return None
    a, b = pairs[0]
    return Finding(
        "other",
        f'The figures are for different times ("{a.quantity.text}" and "{b.quantity.text}"): '
        "both can be right.",
    )


def quantity(first: str, second: str) -> Finding | None:
    """Figures for the same thing that cannot both be right ("35,000-40,000 troops" against "a
    few thousand troops remain"); "two thirds" and "most" overlap, so they agree."""
    clashing, _ = _measured_together(first, second)
    if not clashing:
        return None
    a, b = clashing[0]
    qa, qb = a.quantity, b.quantity
    what = (
        "the share"
        if qa.kind != qb.kind
        else qa.unit
        or qb.unit
        or {"fraction": "the share", "percent": "the percentage"}.get(qa.kind, "the number")
    )
    return Finding(
        "quantity",
        f'The claims give different figures for {what}: "{qa.text}" against "{qb.text}".',
        (a.clause, b.clause),
    )


def figures_agree(first: str, second: str) -> Finding | None:
    """Figures for the same thing, written differently, that can both be right ("two thirds"
    and "most" of the troops), and none that clash."""
    clashing, agreeing = _measured_together(first, second)
    reworded = [
        (a.quantity, b.quantity)
        for a, b in agreeing
        if a.quantity.text.lower() != b.quantity.text.lower()
    ]
    if clashing or not reworded:
        return None
    qa, qb = reworded[0]
    return Finding("other", f'The figures agree: "{qa.text}" and "{qb.text}" can both be right.')


# When something happened: a time of day, a day of a month, a year.
_MONTH = lexicon.alternation(lexicon.MONTHS)
_WHEN = (
    re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midday|midnight)\b",
               re.IGNORECASE),
    re.compile(rf"\b(?:{_MONTH})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTH})\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}s?\b"),
)  # fmt: skip


_SPANS = frozenset(lexicon.TIME_UNITS)


@_memo
def _figure_kinds(text: str) -> frozenset[str]:
    """What the figures of ``text`` measure: "when" (a time, a date, a year), "span" (a length
    of time: "12 years"), "share" (a percentage or a fraction), or a kind and unit ("count:pupil").
    A bare number says nothing of what it measures ("Season 2", "iPhone 6"): left out."""
    kinds, rest = set(), text
    for pattern in _WHEN:
        if pattern.search(rest):
            kinds.add("when")
            rest = pattern.sub(" ", rest)
    for q in facts.quantities(rest):
        if _unit(q) in _SPANS:
            kinds.add("span")
        elif q.kind in _SHARES:
            kinds.add("share")
        else:
            kinds.add(f"{q.kind}:{_unit(q)}")
        rest = rest.replace(q.text, " ")
    return frozenset(kinds)


# A place or an event gone: what was closed, called off or destroyed does nothing now.
_ENDS = frozenset({"close", "cancel", "destroyed"})


@_memo
def _present(text: str) -> bool:
    """The claim's main verb is in the present tense ("The mine employs", "The hotel has");
    not a present perfect ("has lost"), which tells of the past."""
    return any(w.dep_ == "ROOT" and w.tag_ in ("VBZ", "VBP") for w in parse.parse(text))


@_memo
def _ends(text: str) -> frozenset[str]:
    """The ends the text names; a closing only as a verb or a noun ("closed its doors", "the
    closure"), not "close to Earth"."""
    found = concepts(text) & _ENDS
    if "close" in found and not any(
        w.pos_ in ("VERB", "NOUN") and "close" in concepts(w.lower_) for w in parse.parse(text)
    ):
        found -= {"close"}
    return found


def _ended_and_going_on(first: str, second: str) -> bool:
    """One claim says a thing was closed, called off or destroyed, and the other, in the present
    tense, says what it does ("The bridge has been closed since 2019", "The bridge carries
    40,000 vehicles a day"), and does not deny it ("no longer makes cars")."""
    return any(
        _ends(ended) and not _ends(going) and _present(going) and not negation_cues(going)
        for ended, going in ((first, second), (second, first))
    )


def figures_of_other_things(first: str, second: str) -> Finding | None:
    """Every figure of both claims measures something its clause names (``_measures``: a rate,
    a sum of money), and none of the things one claim's figures measure is measured by the
    other's ("Turnout was 52 percent" against "The party won 52 percent of the vote"; "Profit
    rose to 3.1 billion euros" against "Revenue was 41 billion euros"): figures of different
    things, both of which can be right however alike they read."""
    figures_a, figures_b = _figures(first), _figures(second)
    if not figures_a or not figures_b:
        return None
    measures_a = [_measures(f) for f in figures_a]
    measures_b = [_measures(f) for f in figures_b]
    if not all((*measures_a, *measures_b)):
        return None
    if frozenset().union(*measures_a) & frozenset().union(*measures_b):
        return None
    return Finding(
        "other",
        f'The claims give figures for different things ("{figures_a[0].clause}", '
        f'"{figures_b[0].clause}"): both can be right.',
    )


def _measures(figure: _Figure) -> frozenset[str]:
    """What a figure measures, as far as its clause names it: a percentage, the rate it is
    (``_rates``) or the sum of money it changes by; a sum of money, the sum it is
    (``_money_measures``). A count or a length of time measures neither."""
    q = figure.quantity
    if q.kind == "percent":
        rates = frozenset(r.removesuffix("s") for r in _rates(figure.clause))
        return rates | _money_measures(figure.clause)
    if q.kind == "money" or _unit(q) in lexicon.CURRENCIES:
        return _money_measures(figure.clause)
    return frozenset()


def figures_apart(first: str, second: str) -> Finding | None:
    """One claim's figures all say when something happened and the other's all say how much
    ("founded in 1890" against "450 pupils", "appointed in 2019" against "2 million visitors"):
    they state different facts, and figures that differ are no conflict between them. (Amounts
    of different things are not told apart so: "two men" and "two women" in one scene do
    conflict.)"""
    ka, kb = _figure_kinds(first), _figure_kinds(second)
    amounts = kb if ka == {"when"} else ka if kb == {"when"} else frozenset()
    if not amounts or amounts & {"when", "span"}:
        return None
    if _ended_and_going_on(first, second):
        return None  # "The mine closed in 2015" against "The mine employs 3,000 workers"
    return Finding(
        "other", "One claim gives a date or a time, the other an amount: they do not conflict."
    )


# Concepts that speak of how much or how many ("sold out", "ran out of beds", "unanimous").
_AMOUNT_CONCEPTS = frozenset({"sold out", "unsold", "higher", "lower", "record", "increase",
                              "decrease", "enough", "shortage", "unchanged", "unanimous",
                              "divided"})  # fmt: skip


# The most words a claim that gives a figure as its one fact has ("The school has 1,200 pupils");
# a longer one holds other facts, which the other claim may deny.
FIGURE_CLAIM_WORDS = 20


def figure_alone(first: str, second: str) -> Finding | None:
    """One claim gives a count or a sum for something the other does not name ("The school has
    1,200 pupils" against "The school has banned mobile phones in class"), and the other gives
    no figure, speaks of no amount ("all", "only", "sold out") and denies nothing ("failed to
    find a buyer" against "sold for $4 million"): each adds a fact, and there is no figure to
    conflict with. Only a short claim with a figure written in digits, as news writes a count,
    is read. Left out: a share ("won a third of the seats" against "boycotted the election"),
    a number of doers ("Two men are talking"), a scene ("A woman is juggling 3 bottles"), an
    answer to what something is ("Overexposed is an album"), claims that share a word besides
    what they are about ("contains 57 elevators but lacks escalators", "contains escalators"),
    and a closing against what goes on ("The mine closed", "The mine employs 3,000")."""
    for counted, other in ((first, second), (second, first)):
        kinds = _figure_kinds(counted) - {"when"}
        if not kinds or "share" in kinds or re.search(r"\d", other) or negation_cues(other):
            continue
        if len(tokens(counted)) > FIGURE_CLAIM_WORDS or not re.search(r"\d", counted):
            continue
        if _counts_doers(counted) or _says_what_is(other) or _ended_and_going_on(first, second):
            continue
        if _a_scene(counted) or _a_scene(other) or _shares_more_than_subjects(counted, other):
            continue
        if facts.quantities(other) or _amount_words(counted) or _amount_words(other):
            continue
        units = [_unit(q) for q in facts.quantities(counted)]
        stems = {t[:ACTION_STEM] for t in tokens(other)}
        if units and all(u and u[:ACTION_STEM] not in stems for u in units):
            return Finding(
                "other",
                f"One claim gives a figure for {units[0]}, which the other does not speak "
                "of: each adds a fact.",
            )
    return None


@_memo
def _counts_doers(text: str) -> bool:
    """A number in the text counts its subject ("Two dogs play in the grass")."""
    return any(
        w.like_num and any(a.dep_ in ("nsubj", "nsubjpass") for a in (w, *w.ancestors))
        for w in parse.parse(text)
    )


@_memo
def _a_scene(text: str) -> bool:
    """The text describes someone or something of a kind ("A man is sleeping"), as a scene does:
    a count there is a detail of the picture, not a fact about one known thing."""
    return any(
        w.dep_ in ("nsubj", "nsubjpass") and _marked(w, "a", "an") for w in parse.parse(text)
    )


def _shares_more_than_subjects(counted: str, other: str) -> bool:
    """The claims share a word besides what they are about ("contains 57 elevators but lacks
    escalators" and "contains escalators")."""
    about = {w.lower_ for t in (counted, other) for w in parse.parse(t)
             if w.dep_ in ("nsubj", "nsubjpass", "poss", "compound")}  # fmt: skip
    return bool(content(counted) & content(other) - about)


def _amount_words(text: str) -> bool:
    """The text speaks of how much or how many in words ("only", "all", "sold out")."""
    return bool(set(tokens(text)) & lexicon.AMOUNT_WORDS or concepts(text) & _AMOUNT_CONCEPTS)


def _what_is(word: Any) -> bool:
    """The word says, after "be", what something is ("an island", "5.4 percent")."""
    return bool(word.dep_ in ("acomp", "attr") and word.head.lemma_ == "be")


@_memo
def _says_what_is(text: str) -> bool:
    """The claim says what something is ("is an island", "was 5.4 percent"); "there was no
    sign" says only that something is."""
    return any(
        _what_is(w) and not any(c.dep_ == "expl" for c in w.head.children)
        for w in parse.parse(text)
    )


# --- a day given for one event -----------------------------------------------------------------

# Words before a day that make it a bound or a stretch ("before 20 August", "starting March
# 14"), not the day something happened.
_DAY_BOUND = re.compile(rf"\b(?:{lexicon.alternation(lexicon.DAY_BOUNDS)})\s+(?:on\s+)?$", re.I)


@_memo
def _day(text: str) -> tuple[str, tuple[object, ...]] | None:
    """The one day ``text`` names for something ("on 14 October", "March 3, 2019", "on Monday")
    as (its words, what tells it from another day), when it names exactly one day and not as a
    bound."""
    days = [m for m in facts.dates(text, None) if m.precision == "day"]
    if len(days) != 1 or _DAY_BOUND.search(text[: text.find(days[0].text)]):
        return None
    if text[text.find(days[0].text) + len(days[0].text) :].lstrip().startswith("night"):
        return None  # "on Tuesday night" runs into Wednesday's early hours
    words = tokens(days[0].text)
    weekday = next((w for w in words if w in lexicon.WEEKDAYS), None)
    if weekday is not None:
        return days[0].text, ("weekday", weekday)
    month = next((w for w in words if w in lexicon.MONTHS), None)
    numbers = [int(n) for n in re.findall(r"\d+", days[0].text)]
    if month is None or not numbers:
        return None
    return days[0].text, ("date", month, numbers[0], numbers[1] if len(numbers) > 1 else None)


def _days_differ(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    if a[0] != b[0]:
        return False  # a weekday and a date cannot be told apart without the calendar
    if a[0] == "weekday":
        return a != b
    years_differ = a[3] is not None and b[3] is not None and a[3] != b[3]
    return a[1:3] != b[1:3] or years_differ


@_memo
def _event(text: str, day: str) -> str | None:
    """The event the day is given for, as its group of verbs (lexicon.ONE_TIME_EVENTS): the
    verb the day hangs from in spaCy's parse; None for a verb of saying ("said on Sunday"), or
    one that may happen on many days ("rose 8 percent on Monday")."""
    start = text.find(day)
    doc = parse.parse(text)
    word = next((w for w in doc if w.idx >= start), None)
    # (spaCy makes a new token object on each read: the root is its own head by index)
    while word is not None and word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    if word is None:
        return None
    lemma = str(word.lemma_).lower()
    return next((group[0] for group in lexicon.ONE_TIME_EVENTS if lemma in group), None)


# Concepts of a measure that moves: a claim with one reports a thing that recurs ("opened
# higher on Monday").
_MEASURES = frozenset({"increase", "decrease", "higher", "lower", "unchanged"})


def dates_differ(first: str, second: str) -> Finding | None:
    """The claims give different days for one event that happens once ("will hold the
    referendum on 14 October" against "the referendum is scheduled for 3 March"): a birth, a
    death, an opening, a release, a vote scheduled. Not a day something was said on, nor one
    of a thing that recurs: a claim that gives an amount or a movement ("shares closed up 1
    percent on Monday", "two soldiers were killed on Monday", "opened higher") reports one of
    many."""
    day_a, day_b = _day(first), _day(second)
    if day_a is None or day_b is None or not _days_differ(day_a[1], day_b[1]):
        return None
    if any(facts.quantities(c) or concepts(c) & _MEASURES for c in (first, second)):
        return None  # "closed up 1 percent on Monday", "two soldiers were killed on Monday"
    event = _event(first, day_a[0])
    if event is None or event != _event(second, day_b[0]):
        return None
    shared = content(first) & content(second) - set(tokens(f"{day_a[0]} {day_b[0]}"))
    if not shared:
        return None  # another subject's event
    return Finding(
        "other",
        f'The claims give different days for the same event: "{day_a[0]}" and "{day_b[0]}".',
    )
