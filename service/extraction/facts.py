"""Quantities and dates in a claim, the dates resolved against when the article was published."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from service.domain.models import DateMention, Precision, Quantity, QuantityKind
from service.domain.moments import Moment, as_date
from service.extraction.lexicon import (
    DETERMINERS,
    IRREGULAR_PLURALS,
    LOWER_BOUNDS,
    MONTHS,
    MOVED_UP,
    ORDINAL_NOUNS,
    SHARE_DETERMINERS,
    TIME_UNITS,
    UPPER_BOUNDS,
    WEEKDAYS,
    WHOLE_NOUNS,
    YEAR_LEADS,
    alternation,
)

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12, "a lone": 1, "a single": 1,
}  # fmt: skip
# Numbers written as one word ("five", "twelve").
NUMBER_WORDS = frozenset(w for w in _SMALL if " " not in w)
# ("two dozen": "a dozen" alone is a small number above)
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12}
_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75,
}  # fmt: skip
# Vague amounts as (low, high).
_VAGUE = {
    "a few thousand": (2e3, 5e3), "several thousand": (3e3, 9e3), "thousands": (2e3, 9999.0),
    "tens of thousands": (2e4, 99999.0), "hundreds": (200.0, 999.0), "dozens": (24.0, 99.0),
    "a few hundred": (200.0, 500.0), "millions": (2e6, 9999999.0),
    "most": (0.5, 1.0), "the majority": (0.5, 1.0), "a majority": (0.5, 1.0),
}  # fmt: skip
# Words that make the figure after them approximate: a hedge, or a bound (``bound``).
_HEDGES = r"some|about|around|roughly|approximately|nearly|almost|estimated|an\s+estimated"
_HEDGED = re.compile(rf"\b({_HEDGES})\s+$", re.I)
_LOWER_BOUND = re.compile(rf"\b(?:{alternation(LOWER_BOUNDS)})\s*$", re.I)
_UPPER_BOUND = re.compile(rf"\b(?:{alternation(UPPER_BOUNDS)})\s*$", re.I)
_MOVED_UP = re.compile(rf"\b(?:{alternation(MOVED_UP)})\s+up\s+to\s*$", re.I)


def bound(before: str) -> Literal["above", "below"] | None:
    """Whether the words before a figure make it a lower bound ("more than 16,500 tests") or an
    upper one ("up to 40 people"), if either; "picked up to 3.9 percent" is a movement."""
    if _LOWER_BOUND.search(before):
        return "above"
    if _UPPER_BOUND.search(before) and not _MOVED_UP.search(before):
        return "below"
    return None


def _approximate(before: str) -> bool:
    """The words before a figure hedge it or make it a bound."""
    return bool(_HEDGED.search(before)) or bound(before) is not None


# What a share or vague amount counts: a plural noun ("troops"), regular or not ("people").
_PLURAL = rf"(?:[a-z]+s|{alternation(IRREGULAR_PLURALS)})"
# Words ending in "s" that are no plural noun ("as", "this"): no thing a participle describes.
_NOT_PLURAL = ("as", "is", "was", "has", "his", "its", "this", "thus", "us", "yes", "plus", "less",
               "across", "unless", "whereas", "besides", "towards", "afterwards")  # fmt: skip
_ABBREVIATED = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = "|".join(sorted((re.escape(w) for w in _SMALL), key=len, reverse=True))
# A number in words: "twelve hundred" (1,200), "a hundred", or "a" before a larger scale word
# ("a billion euros"), which the scale then multiplies; not "a billion-dollar company", which
# says how large, not how much.
_IN_WORDS = (
    rf"(?:{_WORDS}|an?)\s+hundred(?:\s+and\s+(?:{_WORDS}))?(?![a-z])|(?:{_WORDS})(?![a-z])"
    rf"|an?(?=\s+(?:{'|'.join(s for s in SCALE if s != 'dozen')})\b(?!-))"
)
_QUANTITY = re.compile(
    rf"(?P<currency>[$\u20ac\u00a3])?\s?"
    rf"(?<![a-z0-9])(?<![a-z]-)(?P<low>{_NUMBER}|{_IN_WORDS})"
    rf"(?:\s*(?:-|\u2013|to)\s*(?P<high>{_NUMBER}))?"
    # A scale abbreviated: "$5bn", "$300K", "\u00a32.5m" ("m" and "k" only after a currency).
    r"(?:(?P<abbreviation>bn|mn|tn|[km])(?![a-z])|\s(?P<spaced>bn|tn)(?![a-z]))?"
    # A scale joined to the figure, and what it counts joined too: "a 3-billion-dollar deal".
    rf"(?:(?:\s+|-)(?P<scale>{'|'.join(SCALE)})(?:-(?!strong\b)(?P<joined>[a-z]+)(?![a-z-]))?)?"
    r"(?:\s*(?P<percent>%|percent|per cent))?"
    # What is counted, past a name with a number in it ("16,500 COVID-19 tests") or a participle
    # that describes it ("138 flooded houses", "12 confirmed cases").
    r"(?:\s+(?:[a-z]+(?:-[a-z]+)*-\d+\s+)?"
    rf"(?:[a-z]+ed\s+(?=(?!(?:{alternation(_NOT_PLURAL)})\b){_PLURAL}\b))?"
    r"(?P<unit>[a-z](?:[a-z-]*[a-z])?))?",
    re.I,
)
# What a share counts, after it: "of the troops", "of them", or a plural noun ("troops").
_SHARED = (
    rf"(?:\s+of\s+(?:(?:{alternation(SHARE_DETERMINERS)})\s+|them)?"
    rf"(?:[\w,]+\s+){{0,3}}?(?P<unit>{_PLURAL})\b"
    rf"|\s+(?P<noun>{_PLURAL})\b)?"
)
_SHARE = re.compile(
    rf"\b(?P<words>{'|'.join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True))}|"
    rf"{'|'.join(sorted(map(re.escape, _VAGUE), key=len, reverse=True))})\b{_SHARED}",
    re.I,
)
# A ratio ("one in three adults", "nearly four out of five patients"): a share of what follows,
# not a count of it; a span after the whole ("three in ten minutes") makes it no ratio.
_RATIO_TERM = rf"\d{{1,3}}|{'|'.join(w for w in _SMALL if ' ' not in w and _SMALL[w] <= 20)}"
_RATIO = re.compile(
    rf"\b(?P<part>{_RATIO_TERM})\s+(?:in|out\s+of)\s+(?P<whole>{_RATIO_TERM})\b(?![.,]\d)"
    rf"(?!\s+(?:{alternation(TIME_UNITS)}|centuries)s?\b){_SHARED}",
    re.I,
)
# A reading on a named scale, the name first ("magnitude 7.8", "a magnitude of 6.4", "Category
# 4") or joined to the figure ("a 6.4-magnitude quake"): the scale is what the figure measures.
_SCALE_READING = re.compile(
    r"\b(?P<unit>magnitude|category)(?:\s+of)?\s+(?P<low>\d+(?:\.\d+)?)(?!\d|[.,]\d)"
    r"|(?<![\d.,])(?P<low2>\d+(?:\.\d+)?)-(?P<unit2>magnitude)\b",
    re.I,
)
_MONTHS = {m: i + 1 for i, m in enumerate(MONTHS)}
_UNIT_STOP = {
    "of", "the", "and", "or", "in", "on", "at", "to", "a", "an", "per", "from", "by", "that",
    "who", "which", "were", "was", "are", "is", "had", "have", "has", "will", "would",
}  # fmt: skip


def _overlaps(spans: list[range], start: int, end: int) -> bool:
    return any(start < span.stop and span.start < end for span in spans)


def _number(raw: str) -> float:
    """A figure in digits ("1,200") or words ("twelve", "twelve hundred", "a hundred and
    twenty", "a" before a scale)."""
    lowered = " ".join(raw.lower().split())
    head, hundred, rest = lowered.partition(" hundred")
    if hundred and (not rest or rest.startswith(" and ")):
        return 100.0 * _number(head) + (_number(rest.removeprefix(" and ")) if rest else 0.0)
    if lowered in ("a", "an"):
        return 1.0
    return float(_SMALL[lowered]) if lowered in _SMALL else float(raw.replace(",", ""))


# A whole after a part: "out of a crowd of roughly 20,000", "of Penwarren's roughly 4,000", "of
# the 340"; the part is the nearest figure before it, a few words back ("four people ... out of").
_PART_REACH = 16
_SCALES = "thousand|million|billion"
_WHOLE = re.compile(
    rf"\b(?:out\s+of|of)\s+(?:(?:{alternation(DETERMINERS)})\s+)?(?:[a-z]+'s\s+)?"
    rf"(?:(?:{alternation(WHOLE_NOUNS)})\s+of\s+)?(?:(?:{_HEDGES})\s+)?"
    rf"(?P<whole>{_NUMBER})(?:\s+(?P<scale>{_SCALES}))?\b",
    re.I,
)
_PART = re.compile(
    rf"(?<![\w,.])(?P<part>{_NUMBER}|{_WORDS})(?![\w,]|\.\d)"
    rf"(?:\s+(?P<scale>{_SCALES})\b)?",
    re.I,
)
# At most this share of its whole is a small part ("three of the 600 pupils"): one in twenty.
SMALL_SHARE = 0.05


def small_share(sentence: str) -> bool:
    """The sentence counts a small part of a whole it also tells ("Police detained four people,
    out of a crowd of roughly 20,000"; "three of Penwarren's roughly 4,000 homes"): the figure
    nearest before the whole, within sixteen words, is at most ``SMALL_SHARE`` of it."""
    for whole in _WHOLE.finditer(sentence):
        total = _scaled(whole, "whole")
        window = " ".join(sentence[: whole.start()].split()[-_PART_REACH:])
        parts = list(_PART.finditer(window))
        if parts and total > 0 and _scaled(parts[-1], "part") <= SMALL_SHARE * total:
            return True
    return False


def _scaled(match: re.Match[str], group: str) -> float:
    """The figure of ``group``, times the scale word after it ("5 million")."""
    return _number(match[group]) * SCALE.get((match["scale"] or "").lower(), 1)


def in_digits(word: str) -> str:
    """A small number written as a word ("twelve"), in digits ("12"); any other word as it is."""
    lowered = word.lower()
    return str(_SMALL[lowered]) if lowered in _SMALL else word


def _preceded_by_month(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 12) : start].lower().split()
    return bool(before) and before[-1].strip(".,") in _MONTHS


# "a third" and "a quarter" are ordinals before what they number ("a third straight win").
_ORDINAL_FORMS = frozenset({"a third", "one third", "a quarter", "one quarter"})
_ORDINAL_NOUN = re.compile(rf"\s+(?:{alternation(ORDINAL_NOUNS)})\b", re.I)
_BARE_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_YEAR_LEAD = re.compile(rf"\b(?:{alternation(YEAR_LEADS)})\s+$", re.I)


def _a_time(match: re.Match[str], sentence: str, unit: str | None) -> bool:
    """The number is a date, not a count: a day before its month ("on 14 October"), or a year
    after a word that makes it the time of something ("for 2021 remaining", "Q4 2020 due")."""
    if unit in _MONTHS:
        return True
    plain = not (match.group("high") or match.group("scale") or match.group("percent"))
    return (
        plain
        and not match.group("currency")
        and bool(_BARE_YEAR.fullmatch(match.group("low")))
        and bool(_YEAR_LEAD.search(sentence[: match.start("low")]))
    )


def _share_unit(match: re.Match[str]) -> str | None:
    """What a share or vague amount counts: "of the troops", or a plural right after it ("a few
    thousand troops"), unless that word is a verb ("most was") or the words are a fraction."""
    if match.group("unit"):
        return match.group("unit").lower()
    noun = (match.group("noun") or "").lower()
    vague_count = _VAGUE.get(match.group("words").lower(), (0.0, 0.0))[1] > 1.0
    return noun if noun and vague_count and noun not in _UNIT_STOP else None


@lru_cache(maxsize=4096)
def quantities(sentence: str) -> tuple[Quantity, ...]:
    """Counts, money, percentages and shares ("two thirds", "most") in a sentence."""
    found: list[tuple[int, Quantity]] = []
    taken: list[range] = []
    for match in _SHARE.finditer(sentence):
        words = match.group("words").lower()
        if words in _ORDINAL_FORMS and _ORDINAL_NOUN.match(sentence, match.end("words")):
            continue  # "a third term", "a third quarter": an ordinal
        low, high = (_FRACTIONS[words],) * 2 if words in _FRACTIONS else _VAGUE[words]
        kind: QuantityKind = "fraction" if high <= 1.0 else "count"
        unit = _share_unit(match)
        found.append(
            (
                match.start(),
                Quantity(
                    text=match.group(0) if unit else match.group("words"),
                    value=low if low == high else None,
                    low=low,
                    high=high,
                    unit=unit,
                    kind=kind,
                    approximate=words in _VAGUE or _approximate(sentence[: match.start()]),
                ),
            )
        )
        taken.append(range(match.start(), match.end("words")))  # "of some 40,000 troops" stays
    for match in _RATIO.finditer(sentence):
        part, whole = _number(match.group("part")), _number(match.group("whole"))
        if not 0 < part < whole:
            continue  # "10 in 3": no share
        noun = (match.group("unit") or match.group("noun") or "").lower() or None
        share = part / whole
        found.append(
            (
                match.start(),
                Quantity(
                    text=match.group(0),
                    value=share,
                    low=share,
                    high=share,
                    unit=None if noun in _UNIT_STOP else noun,
                    kind="fraction",
                    approximate=_approximate(sentence[: match.start()]),
                ),
            )
        )
        taken.append(range(match.start(), match.end()))
    for match in _SCALE_READING.finditer(sentence):
        value = float(match.group("low") or match.group("low2"))
        found.append(
            (
                match.start(),
                Quantity(
                    text=match.group(0),
                    value=value,
                    low=value,
                    high=value,
                    unit=(match.group("unit") or match.group("unit2")).lower(),
                    kind="count",
                    approximate=_approximate(sentence[: match.start()]),
                ),
            )
        )
        taken.append(range(match.start(), match.end()))
    for match in _QUANTITY.finditer(sentence):
        first = match.start("currency") if match.group("currency") else match.start("low")
        if _overlaps(taken, first, match.end("low")):
            continue
        raw_low, raw_high = match.group("low"), match.group("high")
        scale = SCALE.get((match.group("scale") or "").lower(), 1.0)
        money, percent = match.group("currency"), match.group("percent")
        abbreviation = (match.group("abbreviation") or match.group("spaced") or "").lower()
        if abbreviation in ("k", "m", "mn") and not money:
            continue  # "100m", "5k": metres, a run; a sum only after a currency sign
        scale *= _ABBREVIATED.get(abbreviation, 1.0)
        unit = (match.group("joined") or match.group("unit") or "").lower() or None
        if unit in _UNIT_STOP or money or percent:
            unit = None  # what follows a sum or a percentage is not what it counts
        # The words run to the last part that was read: a rejected unit word is not part of them.
        used = [
            g
            for g in ("joined", "unit", "percent", "scale", "spaced", "abbreviation", "high", "low")
            if match.group(g) and not (g == "unit" and match.group("joined"))
        ]
        last = next(g for g in used if g not in ("unit", "joined") or unit)
        if _preceded_by_month(sentence, first) or _a_time(match, sentence, unit):
            continue  # a day of the month, or a year: a date, not a count
        if not (money or percent or unit or scale != 1.0):
            # A bare number counts nothing a reader could compare; a year alone ("in 2019") is
            # one. A year before a noun ("a 2017 film") stays: two such years for one thing
            # clash, as the figures check reads them.
            continue
        low = _number(raw_low) * scale
        high = _number(raw_high) * scale if raw_high else low
        if high < low:
            continue  # "a 2-0 win", "from 12 to 4": a score or a change, not a range
        measure: QuantityKind = "money" if money else "percent" if percent else "count"
        found.append(
            (
                match.start(),
                Quantity(
                    text=sentence[first : match.end(last)],
                    value=low if low == high else None,
                    low=min(low, high),
                    high=max(low, high),
                    unit={"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP"}.get(money or "", unit)
                    if money
                    else ("%" if percent else unit),
                    kind=measure,
                    approximate=_approximate(sentence[:first]),
                ),
            )
        )
    return tuple(q for _, q in sorted(found, key=lambda item: item[0]))


_WEEKDAYS = list(WEEKDAYS)
_WEEKDAY = re.compile(rf"\b(?P<rel>next|last|this|on)?\s*(?P<day>{'|'.join(_WEEKDAYS)})\b", re.I)
_RELATIVE = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|last week|this week|next week)\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<month>{'|'.join(_MONTHS)})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{'|'.join(_MONTHS)}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|until|by|early|late|mid-?)\s+(?:early\s+|late\s+)?"
    rf"(?P<month>{'|'.join(_MONTHS)})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:in|since|until|by|of)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_FUTURE = re.compile(r"\b(will|would|next|going to|is due|are due|scheduled)\b", re.I)


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``; None past the calendar's ends (before 0001-01-01 or after
    9999-12-31, from an article dated at one of them)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _weekday(mention: re.Match[str], base: dt.date | None, future: bool) -> dt.date | None:
    if base is None:
        return None
    target = _WEEKDAYS.index(mention.group("day").lower())
    relation = (mention.group("rel") or "").lower()
    if relation == "next" or (future and relation != "last"):
        return _shifted(base, (target - base.weekday()) % 7 or 7)
    # News reports the latest such day up to the day of publication, that day included.
    back = (base.weekday() - target) % 7
    if relation == "last" and back == 0:
        back = 7
    return _shifted(base, -back)


@lru_cache(maxsize=4096)
def dates(sentence: str, published_at: Moment | None) -> tuple[DateMention, ...]:
    """Dates a sentence mentions, resolved against the day of publication where relative."""
    base = as_date(published_at)
    future = bool(_FUTURE.search(sentence))
    found: list[tuple[int, DateMention]] = []
    taken: list[range] = []

    def add(match: re.Match[str], when: dt.date | None, precision: Precision) -> None:
        if _overlaps(taken, match.start(), match.end()):
            return
        taken.append(range(match.start(), match.end()))
        found.append((match.start(), DateMention(match.group(0).strip(), when, precision)))

    for match in _MONTH_DAY.finditer(sentence):
        month = _MONTHS[(match.group("month") or match.group("month2")).lower()]
        day = int(match.group("day") or match.group("day2"))
        year = int(match.group("year")) if match.group("year") else base.year if base else None
        try:
            when = dt.date(year, month, day) if year else None
        except ValueError:
            continue  # "February 31": not a date
        add(match, when, "day")
    for match in _MONTH_ONLY.finditer(sentence):
        month = _MONTHS[match.group("month").lower()]
        year = int(match.group("year")) if match.group("year") else base.year if base else None
        add(match, dt.date(year, month, 1) if year else None, "month")
    for match in _YEAR.finditer(sentence):
        add(match, dt.date(int(match.group("year")), 1, 1), "year")
    for match in _WEEKDAY.finditer(sentence):
        add(match, _weekday(match, base, future), "day")
    for match in _RELATIVE.finditer(sentence):
        word = match.group(1).lower()
        offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
        if base is None:
            add(match, None, "week" if "week" in word else "day")
        elif word in offsets:
            add(match, _shifted(base, offsets[word]), "day")
        else:
            shift = {"last week": -7, "this week": 0, "next week": 7}[word]
            add(match, _shifted(base, shift - base.weekday()), "week")
    return tuple(d for _, d in sorted(found, key=lambda item: item[0]))
