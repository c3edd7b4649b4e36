"""What every check shares: the ``Finding`` a check returns, a claim's clauses and content words,
the cues of a negation and the clauses it denies, what each of two claims adds, and the small
readers of names, times, subjects and numbers that checks of every kind use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from service.domain.models import Kind
from service.extraction import lexicon, parse
from service.extraction.lexicon import tokens
from service.judging.concepts import RELATED


@dataclass(frozen=True)
class Finding:
    """What a check found: the kind of conflict and a plain-language reason."""

    kind: Kind
    explanation: str
    # The part of each claim that conflicts, where narrower than the whole claim.
    parts: tuple[str, str] | None = None


_NEGATIONS = lexicon.NEGATIONS | lexicon.DENIAL_VERBS
# Where a negation's reach ends.
_CLAUSE_END = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\u2014]|\.\s|\b(but|although|though|while|whereas|however)\b",
    re.IGNORECASE,
)
_ATTRIBUTIVE = re.compile(rf"\b({lexicon.alternation((*lexicon.DETERMINERS, 'that'))})\s+$", re.I)
# An option denied: "ruled out an early election" (not "ruled out of the match", injured).
_RULED_OUT = r"\brul(?:e|es|ed|ing) out\b(?! of\b)"
# An action not done: "failed to reduce deaths", "refused to sign the treaty", "were unable to
# save the building".
_NOT_DONE = r"\b(?:fail|fails|failed|failing|refuse|refuses|refused|refusing|unable) to\b"
_NOT_DONE_CUE = re.compile(_NOT_DONE, re.IGNORECASE)
# An action not done yet: "has yet to approve the project", "is yet to make a profit"; or not
# done, another done in its place: "kept rates on hold instead of raising them", "chose to
# repair the bridge rather than replace it".
_YET_TO = r"\byet to\b|\binstead of\b|\brather than\b"
_YET_TO_CUE = re.compile(_YET_TO, re.IGNORECASE)
_NEGATION_CUE = re.compile(
    rf"\b({'|'.join(sorted(_NEGATIONS))})\b|\b\w+n['\u2019]t\b|{_RULED_OUT}|{_YET_TO}|{_NOT_DONE}",
    re.IGNORECASE,
)
_STOPWORDS = lexicon.STOPWORDS
# A vote's "no" or "yes" ("most voters said no to the plan"): a rejection or an acceptance.
_VOTED_NO = re.compile(
    r"\b(?:said|say|says|saying|voted|vote|votes|voting)\s+no(?=\s+(?:to|on|in)\b|\s*[.,;]|\s*$)",
    re.IGNORECASE,
)


# A possibility kept open: a verb that closes one, denied ("has not ruled out", "did not dismiss
# the possibility", "cannot be excluded"). It denies nothing; the claim says only that something
# may be so.
_KEPT_OPEN = re.compile(
    r"(?:\b(?:not|never|cannot)|n['\u2019]t)\s+(?:(?:yet|be|been|being|entirely|completely|fully)\s+)*"
    rf"(?:{lexicon.alternation(lexicon.CLOSING_VERBS)})\b(?! of\b)",
    re.IGNORECASE,
)


def _open_denials(clause: str) -> list[tuple[int, int]]:
    """Where a clause only looks like a denial: a possibility kept open (``_KEPT_OPEN``)."""
    return [m.span() for m in _KEPT_OPEN.finditer(clause)]


# The same claim texts meet many partners: their analyses are kept, not redone per pair.
_memo = lru_cache(maxsize=8192)


@_memo
def negation_cues(text: str) -> tuple[str, ...]:
    """The negating words of a text, in order; not the "no" of a vote ("said no to", "voted
    no"), which rejects, nor those that only keep a possibility open ("has not ruled out":
    ``_open_denials``)."""
    for start, end in _open_denials(text):
        text = text[:start] + " " * (end - start) + text[end:]
    cues = [t for t in tokens(text) if t in _NEGATIONS]
    for _ in _VOTED_NO.finditer(text):
        cues.remove("no")
    # "has yet to approve", "instead of raising", "rather than replace"
    cues += [m.group().split()[0].lower() for m in _YET_TO_CUE.finditer(text)]
    # an action failed or refused ("failed to reach", "refused to sign"), after the others
    cues += [m.group().split()[0].lower() for m in _NOT_DONE_CUE.finditer(text)]
    return tuple(cues)


@_memo
def denial_nouns(text: str) -> tuple[str, ...]:
    """The denying verbs of ``text`` that stand as nouns: "the pay dispute was settled",
    "disputes over land" (spaCy's part of speech), not "dispute the figures" or "dispute that
    it closed", where what follows is the verb's object. ``negation_cues`` counts them still
    (the checks were weighed with them); an explanation names no such word as a negation."""
    if not lexicon.DENIAL_NOUNS & set(tokens(text)):
        return ()
    words = parse.parse(text)
    return tuple(
        w.lower_
        for w in words
        if w.lower_ in lexicon.DENIAL_NOUNS
        and w.pos_ == "NOUN"
        and not (
            w.i + 1 < len(words)
            and (words[w.i + 1].pos_ in ("DET", "PRON") or words[w.i + 1].lower_ == "that")
        )
    )


@_memo
def clauses(text: str) -> tuple[str, ...]:
    """The text cut at clause boundaries (commas, dashes, "but", "although"...)."""
    pieces, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return tuple(p.strip(" .\"'\u201c\u201d\u2018\u2019") for p in pieces if p.strip(" ."))


# Where a denial's reach ends inside a clause: at what tells when ("spilled no oil when it ran
# aground", "had not been drinking before the ferry ran aground", "would not charge extra fees
# after Saturday's outage"); not after "until", whose time ends the denial ("not until after
# the election": ``ended_denial``).
_WHEN_CLAUSE = re.compile(
    rf"\s+when\s+|(?<!until)(?<!till)\s+(?:before|after)\s+"
    rf"(?=(?:{lexicon.alternation(lexicon.DETERMINERS)})\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


@_memo
def _negations(text: str) -> tuple[tuple[str, str], ...]:
    """Each clause that holds a negation as (what comes before the negating word, the rest)."""
    found = []
    for clause in clauses(text):
        votes = {m.end() for m in _VOTED_NO.finditer(clause)}
        looks_only = _open_denials(clause)
        for cue in _NEGATION_CUE.finditer(clause):
            if cue.end() in votes or any(a <= cue.start() < b for a, b in looks_only):
                continue
            # "its disputed annexation": a participle after a determiner describes, not denies.
            if _ATTRIBUTIVE.search(clause[: cue.start()]) and cue.group().lower().endswith("ed"):
                continue
            # what follows "when" tells the time of the denial, not what is denied ("spilled no
            # oil when it ran aground")
            denied = _WHEN_CLAUSE.split(clause[cue.start() :], maxsplit=1)[0]
            if len(_QUOTE_MARK.findall(clause[: cue.start()])) % 2:
                # a negation inside a quotation denies no more than the quotation holds ('the
                # company "did not get the balance right" after raising prices')
                denied = _QUOTE_MARK.split(denied, maxsplit=1)[0]
            if cue.group().lower().startswith(("instead", "rather")):
                denied = _in_place_of(denied)
            found.append((clause[: cue.start()], _without_what_it_describes(denied)))
            break
    return tuple(found)


@_memo
def _without_what_it_describes(denied: str) -> str:
    """A denied clause without the relative clauses that describe a thing it names ("Nobody was
    hurt in the fire that destroyed two houses" denies the hurt, not the destruction): what a
    relative clause says of its thing is taken as given. Not one that says what a denied thing
    is ("no troops that crossed the border"), which is itself denied."""
    words = parse.parse(denied)
    cuts = [
        (w.left_edge.idx, w.right_edge.idx + len(w.right_edge))
        for w in words
        if w.dep_ == "relcl"
        and w.head.lower_ not in lexicon.NEGATIONS
        and not any(c.lower_ in lexicon.NEGATIONS for c in w.head.children)
    ]
    if not cuts:
        return denied
    kept, start = [], 0
    for begin, end in sorted(cuts):
        if begin >= start:
            kept.append(denied[start:begin])
            start = end
    kept.append(denied[start:])
    return " ".join(" ".join(kept).split())


def _in_place_of(denied: str) -> str:
    """What "instead of" or "rather than" denies, up to the finite verb after it: "instead of
    cheering for Jon" of "instead of cheering for Jon glares at Sansa"."""
    words = parse.parse(denied)
    verb = next((w for w in words if w.i > 2 and w.tag_ in ("VBZ", "VBD", "VBP")), None)
    if verb is None:
        return denied
    doer = words[verb.i - 1]  # "instead of cheering he glares": "he" is the doer
    return denied[: doer.idx if doer.tag_ == "PRP" else verb.idx].rstrip()


def negated_clauses(text: str) -> tuple[str, ...]:
    """Each clause that holds a negation, from the negating word on, as written."""
    return tuple(denied for _, denied in _negations(text))


# Words that open a reporting frame: what comes before them is not the subject of a denial.
_FRAME_WORDS = frozenset((*lexicon.SAYING, *lexicon.SAYING_PARTICIPLES))
_NAME = re.compile(r"[A-Z][A-Za-z'-]+")


def _names(text: str) -> frozenset[str]:
    """The capitalised words of ``text`` after its last reporting word, lowercased."""
    words = text.split()
    last = max((i for i, w in enumerate(words) if w.lower().strip(",") in _FRAME_WORDS), default=-1)
    return frozenset(
        w.lower()
        for w in _NAME.findall(" ".join(words[last + 1 :]))
        if w.lower() not in _STOPWORDS and w.lower() not in _NEGATIONS
    )


def names_apart(first: str, second: str) -> bool:
    """Both claims name someone or something (``_names``) and share none of those names ("in
    Leeds", "in York"): whatever else they agree on, they may tell of other places or people."""
    a, b = _names(first), _names(second)
    return bool(a and b) and not a & b


# Letters of a name that its derived words keep ("Russia", "Russian"; "Ukraine", "Ukrainian").
NAME_STEM = 5


def _mentions(text: str, name: str) -> bool:
    """``text`` names ``name`` or a word built on it ("Russia" in "Russian troops")."""
    stem = name[:NAME_STEM]
    return any(t.startswith(stem) for t in tokens(text))


def _akin(ca: frozenset[str], cb: frozenset[str]) -> bool:
    """The concepts share one, or hold two related ones."""
    return bool(ca & cb) or any(frozenset((x, y)) in RELATED for x in ca for y in cb)


@_memo
def content(text: str) -> frozenset[str]:
    """The words of a text that say something: not stopwords, not negations, three letters or
    more."""
    return frozenset(
        t for t in tokens(text) if t not in _STOPWORDS and t not in _NEGATIONS and len(t) > 2
    )


# The share of their words (``_word_share``) below which two claims say mostly other things,
# and the most words each may add for what it adds to be read as one thing.
FEW_SHARED = 0.5
FEW_ADDED = 6


def added_words(first: str, second: str) -> tuple[str, str] | None:
    """What each claim says that the other does not, when they share less than FEW_SHARED of
    their words: its content words the other lacks, in the order it has them (the whole claim
    where it adds none). "The film was a box-office flop" and "The film was directed by a
    first-time director" give "box-office flop" and "directed first-time director". None for
    near copies, whose words that differ stand in one place ("a braking issue", "an electrical
    issue") and say one thing two ways, and where either adds more than FEW_ADDED words (a
    long sentence adds many things at once)."""
    if _word_share(first, second) >= FEW_SHARED:
        return None
    content_a, content_b = content(first), content(second)
    added_a = [t for t in tokens(first) if t in content_a - content_b] or [first]
    added_b = [t for t in tokens(second) if t in content_b - content_a] or [second]
    if max(len(" ".join(added_a).split()), len(" ".join(added_b).split())) > FEW_ADDED:
        return None
    return " ".join(added_a), " ".join(added_b)


# Verbs that say little alone: being, having, saying.
_EMPTY_VERBS = lexicon.LIGHT_VERB_LEMMAS | lexicon.SAYING_LEMMAS


_TIME_NOUNS = frozenset({
    *lexicon.WEEKDAYS, *lexicon.MONTHS, "day", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "weekend",
})  # fmt: skip


def _a_time(word: Any) -> bool:
    """The word names a time ("Monday", "May", "2021"), not a thing."""
    return bool(word.lower_ in _TIME_NOUNS or re.fullmatch(_YEAR, word.text))


def _word_share(first: str, second: str) -> float:
    """The share of the longer claim's distinct words that the two claims share."""
    wa, wb = set(tokens(first)), set(tokens(second))
    return len(wa & wb) / max(len(wa), len(wb), 1)


def _kin_words(words: frozenset[str], others: frozenset[str]) -> bool:
    """A word of one set and one of the other are the same or relatives ("captain", "captains")."""
    return any(_named_in(w, o) for w in words for o in others)


def _named_in(text: str, word: str) -> bool:
    """``text`` names ``word``, a relative of it, or holds it inside a longer word
    ("man-magnet")."""
    return _mentions(text, word) or re.search(rf"\b{re.escape(word)}", text, re.I) is not None


_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")


def _numbers(text: str) -> list[str]:
    """The numbers written in digits in ``text``, sorted as text."""
    return sorted(_DIGITS.findall(text))


@_memo
def _subjects(text: str) -> frozenset[str]:
    """The lemmas of what the text's verbs are said of (spaCy's parse: "unemployment" in
    "Unemployment fell in March"), and what a measure said of is of ("bread" in "The price of
    bread went up"); a pronoun names nothing."""
    found = set()
    for w in parse.parse(text):
        if w.dep_ not in ("nsubj", "nsubjpass") or w.pos_ == "PRON":
            continue
        found.add(str(w.lemma_).lower())
        if w.lemma_.lower() in _PRICED:
            found |= {
                str(g.lemma_).lower() for c in w.children if c.lower_ == "of" for g in c.children
            }
    return frozenset(found)


# Measures whose thing a claim may name alone ("The price of bread rose", "Bread got cheaper").
_PRICED = frozenset({"price", "cost"})


def _disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each side names something, and nothing the other does."""
    return bool(a and b and not a & b)


_EARLIER_POINT = re.compile(rf"\b(?:{lexicon.alternation(lexicon.EARLIER_POINT)})\b", re.IGNORECASE)


def _lemmas(text: str) -> frozenset[str]:
    """The lemmas of the text's words, lower-cased."""
    return frozenset(str(w.lemma_).lower() for w in parse.parse(text))


# Words that say a claim holds of every one of its kind.
_EVERY = frozenset({"all", "every", "everyone", "everybody", "everything", "each"})


# A year as news writes it, 1600-2099.
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# Months and weekdays as news writes them, capitalised: "may" is a hedge, "May" past the first
# word the month (as lexicon.modal_tokens reads it).
_TIME_WORDS = re.compile(
    rf"\b(?:{_YEAR}|{lexicon.alternation((*lexicon.MONTHS, *lexicon.WEEKDAYS), capitalised=True)}|"
    r"(?i:(?:first|second|third|fourth) quarter|(?:first|second) half|"
    r"(?<=the )(?:winter|spring|summer|autumn)))\b"
)


# A stretch of time counted back from the time of writing ("in the last seven years", "over the
# past decade", "since then"), as one name however it is written ("past seven years").
_PERIOD = re.compile(
    r"\b(?:since then|(?:in|over|during|for|within) the (?:last|past|previous) "
    r"(?P<length>(?:[\w-]+ )?(?:days?|weeks?|months?|years?|decades?))"
    r"|(?P<relative>(?:this|last|next) (?:week|month|quarter|year|season|"
    r"winter|spring|summer|autumn))"
    # a stretch named from another time: "the year before", "a month earlier"
    r"|(?P<earlier>(?:the|a) (?:day|week|month|quarter|year|season) (?:before|earlier)"
    r"|the previous (?:day|week|month|quarter|year|season)))\b",
    re.I,
)


def _times(clause: str) -> frozenset[str]:
    """The years, months, weekdays, quarters and seasons a clause names ("in May", "2019", "over
    the winter"), the stretch of time it counts back ("in the last seven years"), and a year,
    month or week named from the time of writing ("last year") or from another time ("the
    year before")."""
    named = {
        m.group().lower()
        for m in _TIME_WORDS.finditer(clause)
        if not (m.group() == "May" and m.start() == 0)
    }
    for m in _PERIOD.finditer(clause):
        if named_time := m.group("relative") or m.group("earlier"):
            named.add(named_time.lower())
        else:
            named.add(f"past {m.group('length').lower()}" if m.group("length") else "since then")
    return frozenset(named)


# Letters of a word that its relatives keep ("injured", "injuries"; "elected", "election").
ACTION_STEM = 5
