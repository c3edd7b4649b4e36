"""Explicit checks on a pair of related claims, each naming its reason.

The checks read the words: a negation and what it denies, opposite events ("withdraw" against
"build up": the concepts of judging/concepts.py), figures that cannot both be right, one name or
day swapped in the same sentence, and modality (a tentative "may be preparing to withdraw" is no
flat assertion); and, the other way, what makes two claims compatible: figures that agree, a date
against an amount, figures at different times, two claims that state different things. A judge
combines them with a model (judging/judge.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from service.domain.models import Kind, Quantity
from service.extraction import facts, lexicon, parse
from service.extraction.frame import frame
from service.extraction.lexicon import modal_tokens, tokens
from service.judging.concepts import (
    MEASURED_BY,
    MOVEMENTS,
    OPPOSITES,
    RELATED,
    RIVALRIES,
    concepts,
    is_concept_word,
)


@dataclass(frozen=True)
class Finding:
    """What a check found: the kind of conflict and a plain-language reason."""

    kind: Kind
    explanation: str
    # The part of each claim that conflicts, where narrower than the whole claim.
    parts: tuple[str, str] | None = None


_NEGATIONS = lexicon.NEGATIONS | lexicon.DENIAL_VERBS
_HEDGES = lexicon.HEDGES | lexicon.CALLS
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


def _plain_cues(text: str) -> tuple[str, ...]:
    """The negating words of a text, not a failure ("failed to recover its budget" is itself
    an outcome, the opposite of a hit)."""
    failures = len(_NOT_DONE_CUE.findall(text))
    cues = negation_cues(text)
    return cues[: len(cues) - failures]


@_memo
def clauses(text: str) -> tuple[str, ...]:
    """The text cut at clause boundaries (commas, dashes, "but", "although"...)."""
    pieces, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return tuple(p.strip(" .\"'\u201c\u201d\u2018\u2019") for p in pieces if p.strip(" ."))


# Where a denial's reach ends inside a clause ("spilled no oil when it ran aground").
_WHEN_CLAUSE = re.compile(r"\s+when\s+", re.IGNORECASE)
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


def is_tentative(text: str) -> bool:
    """The text does not assert outright: it hedges ("may"), calls or wishes ("urged",
    "should"), or keeps a possibility open ("has not ruled out"). Broader than a claim's
    ``hedged`` flag (lexicon.is_hedged), on purpose."""
    return bool(_KEPT_OPEN.search(text)) or any(t in _HEDGES for t in modal_tokens(text))


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


def _other_subject(before: str, other: str) -> bool:
    """The names before a negation ("Ukraine" in "Ukraine is not a member") are all missing
    from ``other``: the denial is about something else."""
    names = _names(before)
    return bool(names) and not any(_mentions(other, n) for n in names)


@_memo
def _denial(claim: str, other: str, common: bool = False) -> str | None:
    """The clause of ``claim`` that denies something ``other`` is about, if there is one; not
    one ``other`` denies in the same words (common ground: "because he failed to show up in
    court" in both), unless ``common``."""
    if not (content(claim) & content(other) or concepts(claim) & concepts(other)):
        return None  # no word or action in common
    shared = set() if common else set(negated_clauses(other))
    found = next(
        (d for b, d in _negations(claim) if d not in shared and _bears_on(d, other, b)), None
    )
    if found is None and _denies_same_verb(claim, other):
        # however few words the denied clause shares ("ruled out selling its captain", "sold
        # its captain")
        found = next((d for _, d in _negations(claim)), None)
    return found


def _denies_same_verb(claim: str, other: str) -> bool:
    """``claim`` denies a verb that ``other`` asserts of the same things in each role both fill
    (spaCy's parse), a verb that says something alone (not being, having or saying)."""
    reach = _reach(claim, other)
    return isinstance(reach, str) and reach != "" and reach not in _EMPTY_VERBS


# An action named only for its time ("a launch date", "the opening day"): no action itself.
_TIME_OF = re.compile(r"\b([a-z]+)\s+(?:date|dates|day|time|timetable|schedule)\b", re.I)


def _denied_actions(clause: str) -> frozenset[str]:
    """The concepts a denied clause names, less its denying verb's own ("denies rumors of a
    pumpkin spice condom" denies no denial) and those named only for their time ("has yet to
    announce a launch date" denies no launch)."""
    words = tokens(clause)
    timed = [concepts(m.group(1)) for m in _TIME_OF.finditer(clause)]
    return (
        concepts(clause)
        - (concepts(words[0]) if words else frozenset())
        - frozenset().union(*timed)
    )


def _bears_on(clause: str, other: str, before: str) -> bool:
    """A denied clause bears on ``other`` when ``other`` asserts the action it denies, or, when
    the clause names no action this judge knows, when the two share enough words and ``other``
    names the subject written ``before`` a plain negation ("Ukraine is not a member" says
    nothing of NATO's members; "NATO disputed" names who denies, not what). The denying verb
    itself is no action denied ("denies rumors of a pumpkin spice condom")."""
    if _denied_actions(clause):
        return _same_action(clause, other)
    if len(content(clause) & content(other) - _TIME_WORDS_ALONE) < MIN_SHARED:
        return False  # "for five years" in both is no denial of the same thing
    plain = tokens(clause)[:1] and tokens(clause)[0] in lexicon.NEGATIONS
    return not (plain and _other_subject(before, other))


def _same_action(clause: str, other: str) -> bool:
    """The clause names the action ``other`` names, or one related to it."""
    return _akin(concepts(clause), concepts(other))


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


# Content words a denied clause must share with the other claim when no action links them.
# (Measured: 3 instead of 2 halves recall on the RTE-2 and MultiNLI development pairs.)
MIN_SHARED = 2


def negation(first: str, second: str) -> Finding | None:
    """One claim denies what the other asserts outright; a denial of a degree only ("no major
    damage") what the other tells as large ("destroyed most of the port"). Not where the other
    claim denies or disputes it too, in a clause of its own naming a word alike."""
    denial_a, denial_b = _denial(first, second), _denial(second, first)
    if (denial_a is None) == (denial_b is None):
        return None  # neither denies the other, or both deny the same thing
    denial, plain = (denial_a, second) if denial_a else (denial_b, first)
    assert denial is not None
    if is_tentative(plain):
        return None  # what is denied must be asserted outright on the other side
    if any(_kin_words(content(d), content(denial)) for d in _disputed(plain)):
        return None  # the other claim denies it too ("denied the claims", "denies claim that")
    if _of_degree(denial) and not _large_amount(plain):
        # "no significant reduction" denies no small one ("thousands had withdrawn"): how large
        # an amount the other claim tells, when it names no large one, is the model's to weigh.
        return None
    # Quote the part of the other claim that overlaps the denial most.
    assertion = max(
        clauses(plain),
        key=lambda c: (_same_action(c, denial), len(content(c) & content(denial))),
    )
    return Finding(
        "negation",
        f'One claim denies what the other asserts: "{denial}" against "{assertion}".',
        (denial, assertion),
    )


# How many words after its negating word a denial's degree word may stand ("no sign of any
# significant reduction", "did not fall sharply").
DEGREE_REACH = 6


def _of_degree(denied: str) -> bool:
    """A denied clause denies only a degree of what it names ("no major damage", "did not fall
    sharply", "nobody was seriously hurt"): a degree word stands just after its negating word."""
    return any(w in lexicon.DEGREE_WORDS for w in tokens(denied)[1 : 1 + DEGREE_REACH])


def _large_amount(claim: str, given: frozenset[str] = frozenset()) -> bool:
    """The claim tells a large amount ("most of the troops left", "destroyed the port", "fell
    sharply"), outside a clause that tells what stayed ("but tens of thousands remained"), in
    words other than those ``given`` (what the denying claim says besides its denial: the
    "heavy rain" of "Heavy rain caused no widespread disruption")."""
    large = lexicon.LARGE_AMOUNT_WORDS - given
    return any(
        large & words and not lexicon.STAYED_WORDS & words
        for words in (frozenset(tokens(clause)) for clause in clauses(claim))
    )


def _degree_denials(first: str, second: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Each way round, a claim whose every denied clause denies only a degree (``_of_degree``)
    against another that denies nothing: (the denying claim, the other, its denied clauses)."""
    for claim, other in ((first, second), (second, first)):
        denied = negated_clauses(claim)
        if denied and all(map(_of_degree, denied)) and not negation_cues(other):
            yield claim, other, denied


def small_amount(first: str, second: str) -> Finding | None:
    """One claim denies only a large degree of something ("no serious injuries", "did not cause
    major losses") and the other tells a small amount of it ("two passengers were treated for
    minor cuts", "only a handful of vines were damaged", "three of the 600 pupils") and no large
    one: both can be true, however sure a model is that a denial and an assertion conflict."""
    for claim, other, denied in _degree_denials(first, second):
        given = frozenset(tokens(claim)) - frozenset(t for d in denied for t in tokens(d))
        small = lexicon.SMALL_AMOUNT_WORDS & set(tokens(other)) or facts.small_share(other)
        if _large_amount(other, given) or not small:
            continue
        return Finding(
            "other",
            f'One claim denies only a large degree ("{denied[0]}") and the other tells a small '
            "amount: both can be true.",
        )
    return None


def _denied_part(denied: str) -> tuple[Any, ...]:
    """A denied clause's words up to its first preposition or conjunction: what it denies,
    without when or why ("not increased considerably since the station closed")."""
    words = []
    for word in parse.parse(denied):
        if word.pos_ in ("ADP", "SCONJ", "CCONJ"):
            break
        words.append(word)
    return tuple(words)


def _denied_doing(words: tuple[Any, ...]) -> frozenset[str]:
    """The lemmas of what denied words (``_denied_part``) say happened or was so, without its
    degree: their verbs, adjectives and adverbs ("not increased considerably" gives
    "increase"; "not become widespread", "widespread")."""
    return frozenset(
        str(w.lemma_).lower()
        for w in words
        if w.pos_ in ("VERB", "ADJ", "ADV")
        and w.lower_ not in lexicon.DEGREE_WORDS
        and str(w.lemma_).lower() not in _EMPTY_VERBS
        and not negation_cues(w.text)
    )


def degree_elsewhere(first: str, second: str) -> Finding | None:
    """One claim denies only a large degree of something ("has not increased considerably",
    "did not become widespread") and the other tells a fact of another kind: no figure,
    movement, large amount or denial, nothing of what is denied, and not said of what the
    denial names ("The police station closed in March"; not "Rail services were halted"
    against "did not seriously disrupt rail services"): both can be true, however sure a
    model is."""
    for _, other, denied in _degree_denials(first, second):
        if facts.quantities(other) or _movements(other) or _large_amount(other):
            continue
        parts = [_denied_part(d) for d in denied]
        doing = frozenset().union(*map(_denied_doing, parts))
        named = frozenset(str(w.lemma_).lower() for part in parts for w in part)
        if not doing or doing & _lemmas(other) or _subjects(other) & named:
            continue
        if concepts(" ".join(sorted(doing))) & concepts(other):
            continue
        return Finding(
            "other",
            f'One claim denies only a large degree ("{denied[0]}") and the other tells something '
            "else: both can be true.",
        )
    return None


def _near_still(claim: str) -> bool:
    """The claim says a thing hardly moved: a hedge at most two words before a word of stillness
    ("has barely changed", "was little changed", "held roughly steady")."""
    words = tokens(claim)
    return any(
        word in lexicon.STILL_WORDS and lexicon.NEAR_STILL_HEDGES & set(words[max(0, i - 2) : i])
        for i, word in enumerate(words)
    )


def slight_change(first: str, second: str) -> Finding | None:
    """One claim says a thing hardly moved ("Shoplifting has barely changed this year") and the
    other tells a slight movement ("412 offences, up slightly from 405"), no large amount and no
    denial: both can be true, however sure a model is. A plain "unchanged" is no hedge, and a
    slight rise still denies it."""
    for claim, other in ((first, second), (second, first)):
        if not _near_still(claim) or _near_still(other) or negation_cues(other):
            continue
        if lexicon.SLIGHT_MOVE_WORDS & set(tokens(other)) and not _large_amount(other):
            return Finding(
                "other",
                "One claim says a thing hardly moved and the other tells a slight movement: "
                "both can be true.",
            )
    return None


def denies_same_action(first: str, second: str) -> bool:
    """One claim denies the very action the other asserts, of the same subject, and neither
    hedges: the denied clause and the other claim share a concept ("had no intention of
    resigning", "resigned"), or the same verb said of the same things ("found no body", "found
    the body"), or the thing denied is named word for word in the other ("ruled out an early
    election", "called an early election"), and their subjects are not different things."""
    for claim, other in ((first, second), (second, first)):
        denied = _denial(claim, other)
        if denied is None or _denial(other, claim) is not None:
            continue
        if is_tentative(claim) or is_tentative(other):
            continue
        if _disjoint(_subjects(claim), _subjects(other)) and not _speaker_denies(denied):
            continue
        if _denied_actions(denied) & concepts(other) or _denies_same_verb(claim, other):
            return True
        if _names_denied_thing(denied, other):
            return True
    return False


def _speaker_denies(denied: str) -> bool:
    """The denied clause opens with its speaker's denial ("ruled out arson", "denied the
    report"): its subject is who denies, not what is denied."""
    words = tokens(denied)
    return bool(re.match(_RULED_OUT, denied, re.I)) or bool(
        words and words[0] in lexicon.DENIAL_VERBS
    )


# Words that open what a denial names without naming it ("ruled out an early election").
_LEADING = frozenset({*lexicon.DETERMINERS, "any", "out", "no", "not", "never"})
# Where the thing a denial names ends ("an early election for March").
_NAMED_END = re.compile(r"\b(?:of|for|in|on|at|to|by|with|from|since|until|after|before)\b")


def _names_denied_thing(denied: str, other: str) -> bool:
    """The thing a denial names, in two words or more, is named in the other claim word for word
    ("ruled out an early election", "called an early election for March"; "ruled out a second
    referendum", "will hold a second referendum")."""
    cue = _NEGATION_CUE.match(denied)
    words = tokens(_NAMED_END.split(denied[cue.end() if cue else 0 :], maxsplit=1)[0])
    for i, word in enumerate(words):
        if word not in _LEADING:
            words = words[i:]
            break
    else:
        return False
    if len(words) < 2 or not any(len(w) > 3 and w not in _STOPWORDS for w in words):
        return False
    return f" {' '.join(words)} " in f" {' '.join(tokens(other))} "


_AUXILIARIES = frozenset({"do", "does", "did", "n't"})


def _clause_key(clause: str) -> tuple[str, ...]:
    """A clause's words without negations and "do", each by its first letters."""
    return tuple(
        t[:ACTION_STEM] for t in tokens(clause) if t not in _NEGATIONS and t not in _AUXILIARIES
    )


def _clause_negated(claim: str, other: str) -> bool:
    """A clause of ``claim`` is a clause of ``other`` negated ("does not indicate" against
    "indicates", "never returned" against "returned")."""
    asserted = {_clause_key(c) for c in clauses(other) if not negation_cues(c)}
    return any(_clause_key(c) in asserted for c in clauses(claim) if negation_cues(c))


def shared_denial(first: str, second: str) -> Finding | None:
    """Both claims deny the same thing ("no sign of a withdrawal", "disputed that it was
    withdrawing"): they agree, however alike a model finds them to a contradiction. Not when
    one claim's denials of what the other is about hold a negating word more than the other's:
    "the embassy was not blown up, and none of the steps were taken" denies what "the embassy
    was blown up, and none of the steps were taken" asserts, though both deny the steps. Nor
    when the claims' numbers differ: a denial they share is common ground, and what they say
    beside it ("8 people were quarantined" against "3 people") may still conflict (numbers in
    digits on both sides: "10" and "ten" are not told apart)."""
    denial_a, denial_b = _denial(first, second, True), _denial(second, first, True)
    if denial_a is None or denial_b is None:
        return _same_verb_denied(first, second) or _disputed_alike(first, second)
    if _clause_negated(first, second) or _clause_negated(second, first):
        return None  # one denial in the same words, and another clause negated on one side
    if _denying_words(first, second) != _denying_words(second, first):
        return None
    if _numbers_differ(first, second):
        return None
    return Finding("other", f'Both claims deny the same thing: "{denial_a}" and "{denial_b}".')


def _disputed_alike(first: str, second: str) -> Finding | None:
    """Each claim has someone deny or dispute a thing (``lexicon.DENIAL_VERBS``), the two
    denied clauses name a word alike ("PGA Tour denies claim that Woods failed a drug test",
    "both the PGA Tour and his agent flatly deny the claim"), and their numbers do not differ:
    both report the same denial."""
    if _numbers_differ(first, second):
        return None
    for a in _disputed(first):
        for b in _disputed(second):
            if _kin_words(content(a), content(b)):
                return Finding("other", f'Both claims report the same denial: "{a}" and "{b}".')
    return None


def _disputed(text: str) -> list[str]:
    """The text's denied clauses that a denial verb leads ("denied the claims"): someone denies
    a thing; not a plain negation, which may tell an outcome ("left homes without power")."""
    return [
        d for d in negated_clauses(text) if tokens(d)[:1] and tokens(d)[0] in lexicon.DENIAL_VERBS
    ]


def _numbers_differ(first: str, second: str) -> bool:
    """Both claims give numbers in digits, and not the same ones: what they say beside a denial
    they share may still conflict ("8 people were quarantined", "3 people")."""
    numbers_a, numbers_b = _numbers(first), _numbers(second)
    return bool(numbers_a and numbers_b and numbers_a != numbers_b)


# Verbs that say little alone: being, having, saying.
_EMPTY_VERBS = lexicon.LIGHT_VERB_LEMMAS | lexicon.SAYING_LEMMAS


def _same_verb_denied(first: str, second: str) -> Finding | None:
    """Both claims deny the same verbs and assert none of them, in whatever other words ("have
    found no proof of poison", "were unable to find evidence of poison"); not where their
    numbers differ."""
    verbs_a, verbs_b = _verbs(first), _verbs(second)
    denied_a = {lemma for lemma, neg, _ in verbs_a if neg} - _EMPTY_VERBS
    denied_b = {lemma for lemma, neg, _ in verbs_b if neg} - _EMPTY_VERBS
    asserted = {lemma for lemma, neg, _ in (*verbs_a, *verbs_b) if not neg}
    if (
        not denied_a
        or denied_a != denied_b
        or denied_a & asserted
        or _numbers_differ(first, second)
    ):
        return None
    verb = ", ".join(sorted(denied_a))
    return Finding("other", f'Both claims deny the same action ("{verb}"), each in its own words.')


# Words a denial uses for whatever there may be ("not arrested anyone", "no one was hurt"): they
# name nothing the other claim could name otherwise.
_WHOEVER = frozenset({
    "anyone", "anybody", "anything", "one", "body", "thing", "nobody", "nothing", "none",
    "someone", "somebody", "something", "who", "what", "which", "that",
})  # fmt: skip


# Words whose complement is an action not done ("failed to reduce", "refused to sign", "unable
# to save").
_NOT_DONE_LEMMAS = frozenset({"fail", "refuse", "unable"})


def _negated(verb: Any) -> bool:
    """The verb is denied in spaCy's parse: negated itself ("did not attend"), said of no one
    or of nothing ("No one was injured", "signed no players"), or wanted or planned in a denial
    ("has no plans to sell", "has no intention of selling", "did not agree to sell", "ruled out
    selling")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        if any(c.lower_ == "instead" for c in verb.head.children):
            return True  # "kept rates on hold instead of raising them"
    if verb.dep_ == "conj" and any(
        c.lower_ == "than" and any(d.lower_ == "rather" for d in c.children)
        for c in verb.head.children
    ):
        return True  # "chose to repair the bridge rather than replace it"
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            c.lower_ in lexicon.NEGATIONS
            or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "NOUN":
        # "has no intention of buying", "no hope of winning"
        intention = verb.head.head
        return any(d.dep_ == "det" and d.lower_ == "no" for d in intention.children)
    if verb.dep_ in ("xcomp", "acl") and verb.head is not verb:
        head = verb.head
        if head.pos_ == "NOUN":
            return any(d.dep_ == "det" and d.lower_ == "no" for d in head.children)
        ruled_out = head.lemma_ == "rule" and any(c.dep_ == "prt" for c in head.children)
        # "failed to sign", "refused to sign", "were unable to save"
        not_done = verb.dep_ == "xcomp" and head.lemma_ in _NOT_DONE_LEMMAS
        if not_done and head.pos_ == "ADJ":
            return True
        # "has yet to approve", "is yet to make"
        not_yet = verb.dep_ == "xcomp" and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children
        )
        return bool(
            head.pos_ in ("VERB", "AUX") and (ruled_out or not_done or not_yet or _negated(head))
        )
    return False


def _keeps_open(verb: Any) -> bool:
    """The verb closes a possibility and is denied ("has not ruled out an election", "cannot
    be excluded"): what it governs is kept open, neither denied nor asserted."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.CLOSING_LEMMAS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return lemma != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


_TIME_NOUNS = frozenset({
    *lexicon.WEEKDAYS, *lexicon.MONTHS, "day", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "weekend",
})  # fmt: skip
# Words that say when or how long, not what: shared, they do not tie a denial to a claim.
_TIME_WORDS_ALONE = frozenset({
    *_TIME_NOUNS, *(f"{n}s" for n in _TIME_NOUNS), *facts.NUMBER_WORDS, "last", "next", "ago",
})  # fmt: skip


def _a_time(word: Any) -> bool:
    """The word names a time ("Monday", "May", "2021"), not a thing."""
    return bool(word.lower_ in _TIME_NOUNS or re.fullmatch(_YEAR, word.text))


class _Role(NamedTuple):
    """What fills a verb's role: the words naming it, whether "the" marks it as known, its head
    word, the words that tell its kind apart ("sales" target, "second" half), whether it names a
    time ("on Monday"), and whether it is marked as another of its kind ("two other pupils", "a
    similar attack")."""

    named: frozenset[str]
    known: bool
    head: str
    marks: frozenset[str]
    time: bool
    other: bool = False


def _slots(verb: Any) -> dict[str, _Role]:
    """What a verb is said of, by role: its subject (by name), its object (a passive's subject
    too), whose object it is, and the object of each of its prepositions ("over" the attack),
    each as the words joined to it ("visited Monaco, Zimbabwe and Turkey") and whether "the"
    marks it as known; not a pronoun, nor what a denial or a claim of all leaves open ("anyone",
    "every place")."""
    found: dict[str, Any] = {}
    for child in verb.children:
        if child.dep_ == "nsubj":
            found["subject"] = child
        elif child.dep_ in ("dobj", "nsubjpass"):
            found["object"] = child
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                found[child.lower_] = _used_by(objects[0])
    if "object" in found:
        # whose object it is ("the coach's contract", "the goalkeeper's contract")
        owners = [c for c in found["object"].children if c.dep_ == "poss"]
        if owners:
            found["owner"] = owners[0]
        # what it is about ("an agreement on trade", "an agreement on fishing rights"): the
        # parse hangs such a phrase on the object or on the verb, as it reads it
        for prep in found["object"].children:
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.lower_ != "of" and objects:
                if prep.lower_ not in found or _a_time(found[prep.lower_]):
                    found[prep.lower_] = objects[0]  # a time is for _other_period to read
    slots = {}
    for role, word in found.items():
        words = [word, *(w for w in word.subtree if w.dep_ == "conj" and w.head is not verb)]
        # a name in parts ("a Ford Escort GL"): any part names it
        words += [c for w in words for c in w.children if c.dep_ == "compound"]
        # "hundreds of homes": the homes too
        words += [g for w in words for p in w.children if p.lower_ == "of" for g in p.children]
        if any(w.pos_ not in ("NOUN", "PROPN") or w.lower_ in _WHOEVER for w in words):
            continue
        if role == "subject" and any(w.pos_ != "PROPN" for w in words):
            continue  # a doer named in other words ("two kids", "the children") is no other
        if any(d.dep_ == "det" and d.lower_ in _EVERY for w in words for d in w.children):
            continue
        # a thing known already ("the penalty") may be the denied one in other words
        known = role != "owner" and any(
            d.dep_ == "det" and d.lower_ == "the" for d in word.children
        )
        named = frozenset(w.lower_ for w in words if w.is_alpha)
        marks = frozenset(
            c.lower_
            for c in word.children
            if (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"))
            or (c.dep_ == "amod" and c.lower_ in lexicon.ORDINALS)
        )
        other = any(c.lower_ in lexicon.OTHER_OF_KIND for c in word.children)
        if named:
            slots[role] = _Role(named, known, word.lower_, marks, _a_time(word), other)
    return slots


def _used_by(word: Any) -> Any:
    """Who or what a use is for ("approved for use in children": the children), else the
    word itself."""
    if word.lemma_.lower() != "use":
        return word
    users = [g for p in word.children if p.lower_ in ("in", "by", "on") for g in p.children]
    return users[0] if users else word


@_memo
def _verbs(text: str) -> tuple[tuple[str, bool, tuple[tuple[str, _Role], ...]], ...]:
    """Each verb of the text as (lemma, denied, what it is said of by role); not a possibility
    kept open, nor what it governs ("has not ruled out selling the unit" neither denies nor
    asserts a sale)."""
    words = parse.parse(text)
    kept_open = {w.i for t in words if t.pos_ == "VERB" and _keeps_open(t) for w in t.subtree}
    return tuple(
        (str(t.lemma_).lower(), _negated(t), tuple(sorted(_slots(t).items())))
        for t in words
        if t.pos_ == "VERB" and t.i not in kept_open
    )


# The share of the longer claim's words two claims share from which one is the other negated.
NEGATED_COPY = 0.75


def denied_elsewhere(first: str, second: str) -> Finding | None:
    """One claim denies an action that the other asserts only of something else: another
    object ("did not return the statue" against "returned a painting to Italy"), another named
    doer, another thing after the same preposition ("over the attack", "over an earlier
    robbery"), or another period of the same kind ("this year", "last year"). Whatever the other
    claim names in that role the denial never mentions, so the denial does not reach it; a model
    reads the two as a contradiction all the same."""
    if _word_share(first, second) >= NEGATED_COPY:
        return None  # one sentence, negated: the denial reaches all it says
    for denying, asserting in ((first, second), (second, first)):
        reach = _reach(denying, asserting)
        if isinstance(reach, tuple):
            verb, thing = reach
            what = f'"{thing}"' if thing else "another time"
            return Finding(
                "other",
                f'One claim denies "{verb}" of something the other does not say it of; the other '
                f"says it of {what}.",
            )
    return None


@_memo
def _reach(denying: str, asserting: str) -> str | tuple[str, str] | None:
    """How what ``denying`` denies meets the same verb asserted in ``asserting`` (spaCy's
    parse): the verb's lemma where the denial reaches what the other says of the same things
    ("" where the two name nothing in the same role), (the verb, what the other says it of)
    where the other asserts it only of something else, None where no verb is denied on one side
    and asserted on the other, or the other denies too."""
    light = lexicon.LIGHT_VERB_LEMMAS  # "has never had 2 million inhabitants" says too little
    denied = [(lemma, dict(s)) for lemma, neg, s in _verbs(denying) if neg and lemma not in light]
    asserted = [(lemma, dict(s)) for lemma, neg, s in _verbs(asserting) if not neg]
    if not denied or any(neg for _, neg, _ in _verbs(asserting)):
        return None
    elsewhere = None
    for lemma, slots in denied:
        for other, other_slots in asserted:
            if other != lemma:
                continue
            if "object" in slots and "as" in other_slots:
                # "identified a faulty heater as the cause" names what "has not identified the
                # cause" denies was identified
                if _kin_words(slots["object"].named, other_slots["as"].named):
                    other_slots = {**other_slots, "object": other_slots["as"]}
            role = next(
                (
                    r
                    for r in sorted(slots.keys() & other_slots.keys())
                    if not _any_fault(lemma, slots[r])
                    and _other_thing(slots[r], other_slots[r], denying)
                ),
                None,
            )
            if role is None and not (
                _other_period(denying, asserting) or _other_side(slots, other_slots)
            ):
                # the denial reaches what the other claim asserts: of the same things in each
                # role the two fill, or ("" then) of nothing they both name so
                common = slots.keys() & other_slots.keys()
                same = all(
                    _kin_words(slots[r].named, other_slots[r].named) or _any_fault(lemma, slots[r])
                    for r in common
                )
                return lemma if common and same else ""
            thing = other_slots[role].named if role else ()
            elsewhere = elsewhere or (lemma, " ".join(sorted(thing)))
    return elsewhere


def _any_fault(lemma: str, denied: _Role) -> bool:
    """A search that found no fault of any kind ("The investigation found no wrongdoing"): the
    denial reaches whatever fault the other claim says was found ("found widespread fraud")."""
    return lemma in lexicon.SEARCH_LEMMAS and denied.head in lexicon.ANY_FAULT


def _other_side(denied: dict[str, _Role], asserted: dict[str, _Role]) -> bool:
    """One claim tells of before a thing, the other of after it ("Nobody was arrested after the
    match", "Police arrested a man before the match")."""
    return any(
        a in denied and b in asserted and _kin_words(denied[a].named, asserted[b].named)
        for a, b in (("before", "after"), ("after", "before"))
    )


def _other_thing(denied: _Role, asserted: _Role, denying: str) -> bool:
    """What the other claim asserts in a role is not what the denial denies: words the denying
    text never names, not marked "the" as known; or one kind of the same thing against another
    ("its sales target", "its profit target"; "the first half", "the second half"). A time is
    no other thing ("on Monday" beside "on imports"): times are ``_other_period``'s to read."""
    if asserted.time or denied.time:
        # one time against another ("on Saturday", "on Sunday"), not against a thing
        return (
            asserted.time and denied.time and not any(_named_in(denying, w) for w in asserted.named)
        )
    if not asserted.known and not any(_named_in(denying, w) for w in asserted.named):
        return True
    if asserted.other and not denied.other:
        # "did not expel the pupil", "expelled two other pupils"
        return _kin_words(frozenset({denied.head}), frozenset({asserted.head}))
    return bool(
        _kin_words(frozenset({denied.head}), frozenset({asserted.head}))
        and _disjoint(denied.marks, asserted.marks)
        and not any(_named_in(denying, w) for w in asserted.marks)
    )


_OTHER_OFFICE = re.compile(rf"\b({lexicon.alternation(lexicon.OTHER_OFFICE)})[- ]([a-z]+)\b", re.I)
# The same, told as the office's own ("the minister's deputy").
_OWN_DEPUTY = re.compile(r"\b([a-z]+)'s\s+(?:deputy|assistant|spokesman|spokeswoman|aide)\b", re.I)


def other_office(first: str, second: str) -> Finding | None:
    """One claim is about a deputy or a vice of the office the other names plain ("The
    vice-president attended", "The president did not attend"): two people, so what one did
    does not deny what the other did."""
    for claim, other in ((first, second), (second, first)):
        offices = [(m, m.group(2)) for m in _OTHER_OFFICE.finditer(claim)]
        offices += [(m, m.group(1)) for m in _OWN_DEPUTY.finditer(claim)]
        for match, office in offices:
            held = match.group()
            if not _names_office(claim, match.end()):
                continue  # "his deputy remained in office": no office "remained"
            plain = re.compile(rf"\b{re.escape(office)}\b", re.I)
            if len(plain.findall(claim)) > 1 or not plain.search(other):
                continue  # the plain office named beside it, or not at all in the other
            if re.search(rf"\b{re.escape(match.group(1))}[- ]{re.escape(office)}\b", other, re.I):
                continue
            if held.lower() in other.lower():
                continue  # "the minister's deputy" in both
            return Finding("other", f'The claims are about two people: "{held}" and "{office}".')
    return None


def _names_office(text: str, end: int) -> bool:
    """The word ending at ``end`` names an office (a noun in spaCy's parse: "president" in
    "vice president"), not what someone did ("deputy remained")."""
    return any(w.idx + len(w) == end and w.pos_ in ("NOUN", "PROPN") for w in parse.parse(text))


def _other_period(first: str, second: str) -> bool:
    """The claims name other periods of one length counted from the time of writing ("this
    year", "last year"), and no other time ("would not open before 2030" reaches "in 2026")."""
    ta, tb = _times(first), _times(second)
    if not ta or not tb or ta & tb:
        return False
    kinds_a, kinds_b = ({_relative_length(t) for t in ts} for ts in (ta, tb))
    return None not in kinds_a | kinds_b and bool(kinds_a & kinds_b)


def _word_share(first: str, second: str) -> float:
    """The share of the longer claim's distinct words that the two claims share."""
    wa, wb = set(tokens(first)), set(tokens(second))
    return len(wa & wb) / max(len(wa), len(wb), 1)


def _relative_length(time: str) -> str | None:
    """ "year" for "last year" or "this year"; None for any other time."""
    words = time.split()
    return words[1] if len(words) == 2 and words[0] in ("this", "last", "next") else None


def _kin_words(words: frozenset[str], others: frozenset[str]) -> bool:
    """A word of one set and one of the other are the same or relatives ("captain", "captains")."""
    return any(_named_in(w, o) for w in words for o in others)


def _named_in(text: str, word: str) -> bool:
    """``text`` names ``word``, a relative of it, or holds it inside a longer word
    ("man-magnet")."""
    return _mentions(text, word) or re.search(rf"\b{re.escape(word)}", text, re.I) is not None


_REPORT_WORDS = lexicon.alternation(lexicon.REPORT_NOUNS)
_REPORTED = re.compile(rf"\b(?:{_REPORT_WORDS})\b|\brumou?red\b", re.I)


@_memo
def _report_noun(claim: str) -> str | None:
    """The words that put the claim's content at one remove ("rumours that", "a story of",
    "the rumoured theft", "the allegations were made"), a report noun as the parse reads it:
    "Rotten Tomatoes reports that" is a verb, and asserts."""
    if not _REPORTED.search(claim):
        return None
    words = list(parse.parse(claim))
    for word, after in zip(words, [*words[1:], None], strict=True):
        if word.lower_ in ("rumored", "rumoured"):
            return str(word.text)
        if word.lower_ not in lexicon.REPORT_NOUNS or word.pos_ not in ("NOUN", "PROPN"):
            continue
        if after is not None and after.lower_ in ("that", "of"):
            return f"{word.text} {after.text}"
        if (
            word.lower_ in lexicon.SAID_NOUNS
            and word.dep_ in ("nsubj", "nsubjpass")
            and word.head.lemma_ in lexicon.REPORTS_MADE
        ):
            return f"{word.text} {word.head.text}"  # "the allegations were first reported"
    return None


def _falsity(claim: str) -> str | None:
    """The first word of the claim that calls something untrue ("hoax", "false"), if any."""
    return next((t for t in tokens(claim) if t in lexicon.FALSITY_WORDS), None)


_DISMISSAL = re.compile(rf"\b(?:{lexicon.alternation(lexicon.DISMISSALS)})\b", re.I)


def _only_reports(claim: str) -> bool:
    """The claim reports a rumour or a report ("rumours that he had died spread online") and
    neither denies, dismisses ("rebuffs rumours that") nor calls it untrue."""
    if _report_noun(claim) is None or negation_cues(claim) or _DISMISSAL.search(claim):
        return False
    return _falsity(claim) is None


def reported_only(first: str, second: str) -> Finding | None:
    """One claim only says that a rumour or a report exists ("rumours that the actor had died
    spread on Facebook"), which a denial of what it reports ("the actor is not dead") leaves
    standing: a debunking article quotes the rumour it debunks. Not when the other claim speaks
    of reports too ("there were no reports that ...")."""
    reporting = next((c for c in (first, second) if _only_reports(c)), None)
    if reporting is None or _report_noun(second if reporting is first else first):
        return None  # both speak of reports: "there were no reports that ..." denies one
    return Finding(
        "other",
        f'One claim only reports what was said ("{_report_noun(reporting)}"), not that it is '
        "so; the other does not conflict with the report itself.",
    )


def _denies(claim: str, other: str) -> bool:
    """The claim calls something untrue ("the report is a hoax") or denies what ``other`` is
    about ("he isn't dead"), and no clause of it does both: "the story is not a hoax" asserts."""
    kinds = [(_falsity(c) is not None, bool(negation_cues(c))) for c in clauses(claim)]
    if any(untrue and denied for untrue, denied in kinds):
        return False
    return any(untrue for untrue, _ in kinds) or _denial(claim, other) is not None


def not_asserted(first: str, second: str) -> Finding | None:
    """The claims do not conflict over a report: one only reports it (``reported_only``), or
    both say it did not happen (``both_deny``)."""
    return reported_only(first, second) or both_deny(first, second)


def both_deny(first: str, second: str) -> Finding | None:
    """One claim calls a report untrue ("killed by an internet death hoax", "the news of his
    death is false") and the other denies it or calls it untrue too ("he is not dead", "the
    report is a hoax"): they agree that it did not happen. A claim that does both ("the story
    is not a hoax") asserts."""
    untrue = _falsity(first) or _falsity(second)
    if untrue is None or not (_denies(first, second) and _denies(second, first)):
        return None
    return Finding(
        "other", f'One claim calls it untrue ("{untrue}") and the other denies it too: they agree.'
    )


_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")


def _numbers(text: str) -> list[str]:
    """The numbers written in digits in ``text``, sorted as text."""
    return sorted(_DIGITS.findall(text))


def _denying_words(claim: str, other: str) -> int:
    """How many negating words the clauses of ``claim`` that deny something ``other`` is about
    hold ("not ... won't" counts two)."""
    return sum(_negating_words(d) for b, d in _negations(claim) if _bears_on(d, other, b))


def _negating_words(clause: str) -> int:
    """How many negating words a clause holds, "neither ... nor" counting one."""
    cues = negation_cues(clause)
    return len(cues) - min(cues.count("neither"), cues.count("nor"))


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


def _marked(word: Any, *articles: str) -> bool:
    """One of ``articles`` determines the word ("the" in "the film", "a" in "a man")."""
    return any(c.dep_ == "det" and c.lower_ in articles for c in word.children)


@_memo
def _known_subject(text: str) -> frozenset[str]:
    """The lemmas of the text's subjects that "the" marks as one known thing ("The film was a
    hit"), not any of a kind ("A man is sleeping")."""
    return frozenset(
        str(w.lemma_).lower()
        for w in parse.parse(text)
        if w.dep_ in ("nsubj", "nsubjpass") and w.pos_ in ("NOUN", "PROPN") and _marked(w, "the")
    )


@_memo
def _known_things(text: str) -> frozenset[str]:
    """The lemmas of the nouns that "the" marks as one known thing anywhere in the text ("party"
    in "The court upheld the ban on the opposition party")."""
    return frozenset(
        str(w.lemma_).lower()
        for w in parse.parse(text)
        if w.pos_ in ("NOUN", "PROPN") and _marked(w, "the")
    )


def _one_known_thing(first: str, second: str) -> bool:
    """One known thing is what one claim speaks of and is named in the other ("The ceasefire was
    violated", "The ceasefire was brokered by Qatar"; "The suspect confessed to the killing",
    "The killing took place in a car park")."""
    return bool(
        _known_subject(first) & _known_things(second)
        or _known_subject(second) & _known_things(first)
    )


def _disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each side names something, and nothing the other does."""
    return bool(a and b and not a & b)


def _apart(first: str, second: str) -> bool:
    """The claims name different times ("on Monday", "on Tuesday"), or say what they say of
    different things ("unemployment", "vacancies")."""
    return _disjoint(_times(first), _times(second)) or _disjoint(
        _subjects(first), _subjects(second)
    )


_EARLIER_POINT = re.compile(rf"\b(?:{lexicon.alternation(lexicon.EARLIER_POINT)})\b", re.IGNORECASE)


@_memo
def _at_earlier_point(text: str) -> bool:
    """The claim tells how things stood at an earlier point of the story ("At the peak, ...",
    "The company initially denied ..."), which a change told by another claim follows rather
    than denies: the phrase bears on the sentence's main verb, not on a noun ("most of the
    previously deployed force remained" tells of now). One sentence only: in a passage, the
    sentence set earlier is not the one that may conflict ("Oman is closing its airspace.
    Previously, the airlines had to fly a roundabout route")."""
    starts = {m.start() for m in _EARLIER_POINT.finditer(text)}
    if not starts:
        return False
    words = parse.parse(text)
    roots = [w for w in words if w.dep_ == "ROOT"]
    return len(roots) == 1 and any(w.idx in starts and w.head.i == roots[0].i for w in words)


def antonym(first: str, second: str) -> Finding | None:
    """The claims name opposite events or states, neither of them negated or tentative. A
    negation both claims share in the same words is common ground, as long as it stands outside
    the clauses that name the opposites ("it was a tax increase, and I didn't want it" against
    "a tax decrease, and I didn't want it"); "not rising" and "falling" agree."""
    if _plain_cues(first) != _plain_cues(second):
        return None
    if is_tentative(first) or is_tentative(second):
        return None
    if _at_earlier_point(first) != _at_earlier_point(second):
        return None  # "At the peak, 40,000 troops were massed" against "the troops withdrew"
    if sequence(first, second) is not None:
        return None  # "The airport closed on Monday" against "The airport reopened on Tuesday"
    if _to_come_at_other_time(first, second):
        return None  # "The bridge will be closed in June" against "The bridge is open this week"
    if _part_against_count(first, second):
        return None  # "Most of the flights left on time" against "It cancelled 40 flights"
    found = _opposite_concepts(first, second) or _prefixed_opposite(first, second)
    if found is None:
        return None
    x, y = found
    return Finding(
        "antonym",
        f'The claims describe opposite things: one says "{x}", the other says "{y}".',
    )


@_memo
def _to_come(text: str) -> bool:
    """The text tells what will happen ("will be closed"), by its main verb."""
    words = parse.parse(text)
    return any(
        w.lower_ in ("will", "shall", "'ll") and w.head.dep_ == "ROOT" and w.dep_ == "aux"
        for w in words
    )


def _to_come_at_other_time(first: str, second: str) -> bool:
    """One claim tells what will happen, the other what is or was, each at a time the other
    does not name, and neither makes its state hold over a stretch ("until", "still",
    "remain": ``lexicon.SPAN_WORDS``): two times, two states ("will be closed in June", "is
    open this week")."""
    if _to_come(first) == _to_come(second) or not _disjoint(_times(first), _times(second)):
        return False
    return not (set(tokens(first)) | set(tokens(second))) & lexicon.SPAN_WORDS


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


# Nouns that measure what follows their "of" ("the number of deaths rose"): that is what moved.
_MEASURE_NOUNS = frozenset({
    "number", "amount", "level", "levels", "total", "count", "share", "rate", "volume", "value",
    "proportion", "cost", "size",
})  # fmt: skip
_DIRECTION = {"increase": 1, "decrease": -1}


def _moved_thing(word: Any, described: bool = False) -> tuple[frozenset[str], str]:
    """The lemmas naming the thing ``word`` is (itself and its compounds: "delivery price"), or,
    for a measure, the thing it measures with the words that describe it ("the number of
    deaths", "the share of vaccinated children"), and those words as written; nothing for a
    pronoun."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return frozenset(), ""
    if word.lemma_.lower() in _MEASURE_NOUNS:
        measured = [g for c in word.children if c.lower_ == "of" for g in c.children]
        if measured:
            return _moved_thing(measured[0], described=True)
        if word.lower_ == "shares":
            # "The company's shares fell": its stock, no share of anything
            return frozenset({"stock"}), word.text
    kinds = ("compound", "amod") if described else ("compound",)
    named = sorted((*(c for c in word.children if c.dep_ in kinds), word), key=lambda w: w.i)
    return frozenset(str(w.lemma_).lower() for w in named), " ".join(w.text for w in named)


@_memo
def _movements(text: str, denied: bool = False) -> tuple[tuple[frozenset[str], int, str], ...]:
    """What the claim says rose or fell, as (the thing's lemmas, 1 or -1, its words): "profits
    dropped", "a sharp increase in profit", "raising prices", "jobs were cut"; not a movement
    denied ("did not fall"; those alone when ``denied``) or a description ("a rising star"
    moves nothing named)."""
    found = []
    for word in parse.parse(text):
        if word.pos_ not in ("VERB", "NOUN"):
            continue
        directions = concepts(word.text) & _DIRECTION.keys()
        if len(directions) != 1 or any(c.dep_ == "neg" for c in word.children) != denied:
            continue
        if word.pos_ == "VERB":
            roles = {c.dep_: c for c in word.children}
            if word.dep_ == "conj" and not roles.keys() & {"nsubj", "nsubjpass"}:
                # "Sales rose in Europe but fell in Asia": the first verb's subject
                roles = {c.dep_: c for c in word.head.children} | roles
            thing = roles.get("dobj") or roles.get("nsubjpass") or roles.get("nsubj")
            if thing is None and word.dep_ in ("acl", "relcl"):
                thing = word.head
        else:
            thing = next(
                (g for c in word.children if c.lower_ in ("in", "of") for g in c.children),
                None,
            ) or next((c for c in word.children if c.dep_ == "compound"), None)
        moved, words = _moved_thing(thing) if thing is not None else (frozenset(), "")
        if moved:
            found.append((moved, _DIRECTION[next(iter(directions))], words))
    return tuple(found)


def _opposed_movement(first: str, second: str) -> tuple[str, str] | None:
    """One thing said to rise in one claim and to fall in the other, named alike (one's words
    within the other's: "prices" and "delivery prices", not "oil prices" and "gold prices"),
    neither claim moving it both ways: the words naming it, (rising, falling)."""
    ma, mb = _movements(first), _movements(second)
    ways_a = {(t, w) for t, w, _ in ma}
    ways_b = {(t, w) for t, w, _ in mb}
    for thing_a, way_a, said_a in ma:
        for thing_b, way_b, said_b in mb:
            if way_a == way_b or not (thing_a <= thing_b or thing_b <= thing_a):
                continue
            if (thing_a, -way_a) in ways_a or (thing_b, -way_b) in ways_b:
                continue  # one claim moves it both ways ("rose in May, then fell")
            return (said_a, said_b) if way_a > 0 else (said_b, said_a)
    return None


def opposite_movement(first: str, second: str) -> Finding | None:
    """One thing said to rise in one claim and to fall in the other (``_opposed_movement``),
    however much else each says ("Shares tumbled after a sharp increase in profit" against "...
    after first-half profits dropped by more than 20 per cent"), neither hedged, both at one
    time, and neither set at an earlier point."""
    if is_tentative(first) or is_tentative(second) or _disjoint(_times(first), _times(second)):
        return None
    if _at_earlier_point(first) != _at_earlier_point(second) or _other_things(first, second):
        return None
    moved = _opposed_movement(first, second)
    if moved is None:
        return None
    return Finding(
        "antonym",
        f'The claims move one thing opposite ways: up in one ("{moved[0]}"), down in the '
        f'other ("{moved[1]}").',
    )


def moved_at_other_times(first: str, second: str) -> Finding | None:
    """One thing said to rise at one time and to fall at another ("Unemployment fell to 4.1
    percent in May", "rose to 4.4 percent in November"): it moved, and both can be true,
    however sure a model is that they conflict."""
    if not _disjoint(_times(first), _times(second)) or _opposed_movement(first, second) is None:
        return None
    return Finding("other", "The claims say one thing moved each way at different times.")


@_memo
def _subject_marks(text: str) -> frozenset[str]:
    """The names and the words of kind on the text's subjects ("Norwegian" in "The Norwegian
    skier", "Lyon")."""
    return frozenset(
        str(w.lower_)
        for s in parse.parse(text)
        if s.dep_ in ("nsubj", "nsubjpass")
        for w in (s, *s.children)
        if w.pos_ == "PROPN" or w.dep_ in ("amod", "compound") and w is not s
    )


def _other_doers(first: str, second: str) -> bool:
    """The claims' subjects are other things, or one kind against another ("The Norwegian
    skier", "An Austrian skier")."""
    return _disjoint(_subjects(first), _subjects(second)) or _disjoint(
        _subject_marks(first), _subject_marks(second)
    )


def opposite_pair(ca: frozenset[str], cb: frozenset[str]) -> tuple[str, str] | None:
    """The first pair (in sorted order) of opposite concepts, one from each set."""
    pairs = ((x, y) for x in sorted(ca) for y in sorted(cb) if frozenset((x, y)) in OPPOSITES)
    return next(pairs, None)


# What tells one thing of a kind from another: "car" and "van" sales, the orchestra's and the
# theatre's funding, the "opening" and the "second" match. Not a word of degree ("little" and
# "widespread" damage, a "majority" and an "entire" stake differ in what they say of one thing).
_TELLING = {"compound": "kind", "amod": "kind", "poss": "owner"}
_ORDINAL_MARKS = frozenset({*lexicon.ORDINALS, "opening"})


def _telling(mark: Any) -> str | None:
    """How ``mark`` tells the thing it qualifies from others of its kind, if it does: a noun,
    a name or a word made of one ("English") before it, an ordinal; an owner that is no time
    ("Monday's strike"), or a body or place named before it ("a UN convoy", "EU exports"), which
    tells whose it is rather than of what kind."""
    how = _TELLING.get(mark.dep_)
    if how is None or _a_time(mark):
        return None
    acronym = mark.pos_ == "PROPN" and len(mark.text) > 1 and mark.text.isupper()  # "UN", "EU"
    if how == "kind" and (acronym or mark.ent_type_ in ("ORG", "GPE")):
        return "owner"  # a "UN convoy" is the UN's, and may be an "aid convoy" too
    named = mark.pos_ == "ADJ" and mark.i > 0 and mark.text[:1].isupper()  # "English" results
    if mark.pos_ in ("NOUN", "PROPN") or named or mark.lower_ in _ORDINAL_MARKS:
        return how
    return None


@_memo
def _told_apart(text: str) -> frozenset[tuple[str, str, str]]:
    """The words that tell the things the claim's verbs are said of, or done to, from others of
    their kind, as (the thing's lemma, how: "kind" or "owner", the word): "Car sales rose"
    gives ("sale", "kind", "car"). Not a pronoun ("its"), not an adjective of degree, and not
    the one who says it ("the disaster ministry said")."""
    found = set()
    for word in parse.parse(text):
        if word.dep_ == "nsubj" and word.head.lemma_ in lexicon.SAYING_LEMMAS:
            continue  # the speaker ("the disaster ministry said"), not what is said
        if word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.pos_ in ("NOUN", "PROPN"):
            for mark in word.children:
                how = _telling(mark)
                if how:
                    found.add((str(word.lemma_).lower(), how, str(mark.lemma_).lower()))
    return frozenset(found)


def other_things(first: str, second: str) -> Finding | None:
    """The claims speak of other things of one kind (``_other_things``): what one says cannot
    deny what the other says, however alike a model finds them."""
    if not _other_things(first, second):
        return None
    return Finding("other", "The claims speak of different things of one kind: both can be true.")


def _other_things(first: str, second: str) -> bool:
    """The claims speak of other things of one kind ("Car sales rose", "Van sales fell"; "lost
    its opening match", "won its second match"): each tells the thing apart, and none of the
    words one uses the other does. Not one sentence with that word changed (``NEGATED_COPY``
    of its words shared: "recall 19 Endurance pickups" against "19 Cybertruck pickups"), which
    is one account altered."""
    if _word_share(first, second) >= NEGATED_COPY:
        return False
    a, b = _told_apart(first), _told_apart(second)
    for thing, how in {(t, h) for t, h, _ in a} & {(t, h) for t, h, _ in b}:
        if _disjoint(
            frozenset(w for t, h, w in a if (t, h) == (thing, how)),
            frozenset(w for t, h, w in b if (t, h) == (thing, how)),
        ):
            return True
    return False


def _root_lemmas(text: str) -> frozenset[str]:
    """The lemmas of the text's main verbs."""
    return frozenset(str(w.lemma_).lower() for w in parse.parse(text) if w.dep_ == "ROOT")


def _other_parts(first: str, second: str) -> bool:
    """The claims speak of other parts of one whole (``lexicon.PARTS``: "in the north", "in the
    south"; "for adults", "for children"), neither naming the other's, with other main verbs
    ("The ceasefire held in the north", "Fighting continued in the south"). One event told
    with the same verb in two places ("happened in the north", "happened in the south") is
    one account set against another, not two parts."""
    words_a, words_b = set(tokens(first)), set(tokens(second))
    for parts in lexicon.PARTS:
        named_a = {parts[w] for w in words_a if w in parts}
        named_b = {parts[w] for w in words_b if w in parts}
        if named_a and named_b and not named_a & named_b:
            return not _root_lemmas(first) & _root_lemmas(second)
    return False


def other_parts(first: str, second: str) -> Finding | None:
    """The claims speak of other parts of one whole (``_other_parts``): what one says of its
    part cannot deny what the other says of another, however sure a model is."""
    if not _other_parts(first, second):
        return None
    return Finding("other", "The claims speak of different parts of one whole: both can be true.")


def _measured(thing: frozenset[str]) -> frozenset[str]:
    """What a moved thing's lemmas measure, each by one name (``lexicon.SAME_MEASURE``), without
    the measure's own noun: "jobless rate" gives "unemployment"; a bare "rate" gives nothing,
    which is alike with anything."""
    return frozenset(lexicon.SAME_MEASURE.get(w, w) for w in thing - _MEASURE_NOUNS)


_Moved = tuple[tuple[frozenset[str], int, str], ...]


def _moved_alike(moved_a: _Moved, moved_b: _Moved) -> bool:
    """Something one claim moves is named alike with something the other moves (``_measured``:
    one's names within the other's)."""
    named_a = [_measured(thing) for thing, _, _ in moved_a]
    named_b = [_measured(thing) for thing, _, _ in moved_b]
    return any(a <= b or b <= a for a in named_a for b in named_b)


def other_things_moved(first: str, second: str) -> Finding | None:
    """Each claim says something rose or fell, and nothing one moves is named alike with what
    the other moves (``_movements``: "Exports rose 4 percent" against "Imports fell 2 percent";
    "Ticket sales doubled" against "Ticket prices rose by a fifth"): they tell of other things,
    and both can be true however sure a model is that they conflict."""
    moved_a, moved_b = _movements(first), _movements(second)
    if not moved_a or not moved_b or _moved_alike(moved_a, moved_b):
        return None  # "Unemployment fell", "the jobless rate rose"
    return Finding(
        "other",
        f'The claims tell of different things moving ("{moved_a[0][2]}", "{moved_b[0][2]}"): '
        "both can be true.",
    )


def moved_elsewhere(first: str, second: str) -> Finding | None:
    """One claim denies that a thing moves ("The minister said the tax would not rise"), and
    the other moves only other things ("spending on schools would rise"): the denial does not
    reach them."""
    for denying, asserting in ((first, second), (second, first)):
        denied, moved = _movements(denying, denied=True), _movements(asserting)
        if not denied or not moved or _moved_alike(denied, moved):
            continue
        written_a = [frozenset(said.lower().split()) for _, _, said in denied]
        written_b = [frozenset(said.lower().split()) for _, _, said in moved]
        if any(_kin_words(a, b) or _kin_words(b, a) for a in written_a for b in written_b):
            continue  # "taxes", "income tax" (a lemma may go astray: "taxis")
        return Finding(
            "other",
            f'One claim denies that "{denied[0][2]}" moves, the other moves "{moved[0][2]}": '
            "both can be true.",
        )
    return None


# Words that tell when an event happened rather than make it hold over a stretch.
_ORDER_WORDS = frozenset({"after", "before"})


@_memo
def _past_event(text: str, timed: bool = True) -> str | None:
    """The lemma of the one thing a claim says happened at a point of time in the past ("The
    bridge was built in 1887", "The airport reopened on Tuesday"): its one main verb in the
    past tense, a time it names (``_times``: no stretch counted back), and nothing that makes
    it hold over a stretch ("until", "since", "still": ``lexicon.SPAN_WORDS``), deny or hedge
    it. None for anything else, saying and being included. Not ``timed``: any past event,
    whether it names its time or not ("The school was closed after the outbreak")."""
    span_words = lexicon.SPAN_WORDS if timed else lexicon.SPAN_WORDS - _ORDER_WORDS
    if negation_cues(text) or is_tentative(text) or set(tokens(text)) & span_words:
        return None
    times = _times(text)
    if any(t.startswith("past ") or t == "since then" for t in times) or (timed and not times):
        return None
    roots = [w for w in parse.parse(text) if w.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    root = roots[0]
    lemma = str(root.lemma_).lower()
    if lemma in _EMPTY_VERBS:
        return None
    # "was built", "had closed"; a participle alone is a past tense read as one ("The airport
    # reopened on Tuesday" is tagged so), and "has reopened" or "will be built" is no past event.
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    past = root.tag_ == "VBD" or (root.tag_ == "VBN" and all(c.tag_ == "VBD" for c in helpers))
    return lemma if past else None


def _lemmas(text: str) -> frozenset[str]:
    """The lemmas of the text's words, lower-cased."""
    return frozenset(str(w.lemma_).lower() for w in parse.parse(text))


@_memo  # asked by antonym, by the model-alone path and for the last word on a pair
def sequence(first: str, second: str) -> Finding | None:
    """Each claim tells one past event at its own point of time (``_past_event``), the two of
    other kinds (``lexicon.EVENT_KINDS``: "was built in 1887" against "was repaired in 1962";
    "closed on Monday" against "reopened on Tuesday"): one followed the other, and both can be
    true, however sure a model is that they conflict. Events of one kind ("was built in 1932",
    "was completed in 1958") or one verb ("resigned in 2019", "resigned in 2022") are one event
    with two dates, left to the other checks."""
    event_a, event_b = _past_event(first), _past_event(second)
    if event_a is None or event_b is None:
        return _undone(first, second) or begun_long_ago(first, second)
    kinds = lexicon.EVENT_KINDS
    if kinds.get(event_a, event_a) == kinds.get(event_b, event_b):
        return None
    if event_a in _lemmas(second) or event_b in _lemmas(first):
        return None  # "The marriage ended in divorce in 1978" against "They divorced in 1977"
    if not _disjoint(_times(first), _times(second)) or _akin(concepts(first), concepts(second)):
        return None
    return Finding(
        "other",
        f'The claims tell of two events at different times ("{event_a}", "{event_b}"): one '
        "followed the other, and both can be true.",
    )


_BEGINNINGS = frozenset({"open", "start"})
_ENDINGS = frozenset({"close", "stop", "cancel"})


def _years(text: str) -> list[int]:
    """The years a text names ("in 1950", "March 2015")."""
    return [int(t) for t in _times(text) if re.fullmatch(_YEAR, t)]


def begun_long_ago(first: str, second: str) -> Finding | None:
    """One claim tells of a beginning as a past event in a year ("The mine opened in 1950",
    "The satellite was launched in 2009"), the other of its ending, at no year as early or
    at none ("The mine has closed", "The festival has been cancelled this year"): a thing
    begun then may have ended since, and both can be true."""
    for begun, ended in ((first, second), (second, first)):
        told, ending = concepts(begun), concepts(ended)
        if not told & _BEGINNINGS or not ending & _ENDINGS or ending & _BEGINNINGS:
            continue
        years, later = _years(begun), _years(ended)
        if not years or _past_event(begun) is None or (later and min(later) <= max(years)):
            continue
        if negation_cues(ended) or is_tentative(ended):
            continue
        return Finding(
            "other",
            f"One claim tells when something began ({max(years)}), the other that it has ended "
            "since: both can be true.",
        )
    return None


def _undone(first: str, second: str) -> Finding | None:
    """One claim tells that something was undone ("The school reopened on Thursday":
    ``lexicon.RESTORING_VERBS``), the other, of a past event the opposite of it, at no time
    the first names ("The school was closed for two days after the outbreak"): the undoing
    tells that the other came first, and both can be true. Not a state that held on ("remained
    closed", "has been shut since"), nor one still to come ("will stay closed")."""
    for undoing, earlier in ((first, second), (second, first)):
        verb = _past_event(undoing, timed=False)
        if verb not in lexicon.RESTORING_VERBS:
            continue
        if _past_event(earlier, timed=False) is None or _times(undoing) & _times(earlier):
            continue
        found = _opposite_concepts(undoing, earlier)
        if found is not None:
            return Finding(
                "other",
                f'One claim tells that something was undone ("{verb}"), the other of what came '
                f'before it ("{found[1]}"): both can be true.',
            )
    return None


# The concepts that tell of people hurt or spared ("passed away", "in intensive care").
_HARM_CONCEPTS = frozenset(
    {"dead", "injured", "alive", "critical", "unhurt", "hospitalised", "rescued", "missing"}
)


def _tells_of_harm(text: str) -> bool:
    """The text names people hurt, killed, spared or sought (``lexicon.HARM_WORDS``, or a concept
    such as "passed away")."""
    return bool(set(tokens(text)) & lexicon.HARM_WORDS or concepts(text) & _HARM_CONCEPTS)


def only_unhurt(first: str, second: str) -> Finding | None:
    """One claim denies only harm to people ("Nobody was injured in the fire", "The earthquake
    caused no casualties": every clause it negates names such harm, ``lexicon.HARM_DENIED``),
    and the other, asserting outright, tells of none (``_tells_of_harm``: "Police said the fire
    was started deliberately", "The earthquake had a magnitude of 5.8"): the other facts of an
    event leave it open whether anyone was hurt, and both can be true, however sure a model is
    that they conflict. "The blast killed two people" or "Three people were taken to hospital"
    still bear on it."""
    for claim, other in ((first, second), (second, first)):
        denied = [clause for _, clause in _negations(claim)]
        if not denied or not all(set(tokens(c)) & lexicon.HARM_DENIED for c in denied):
            continue
        if negation_cues(other) or _tells_of_harm(other):
            continue
        return Finding(
            "other",
            f'One claim only denies that anyone was hurt ("{denied[0]}"), and the other tells '
            "nothing of people hurt: both can be true.",
        )
    return None


def told_earlier(first: str, second: str) -> Finding | None:
    """Exactly one claim tells how things stood at an earlier point of the story
    (``_at_earlier_point``: "Initially, the mayor opposed the plan" against "The mayor backed
    the plan after a review"): a change told by the other follows it rather than denies it.
    Not where either claim holds at every point ("remained open throughout the crisis" against
    "was shut at the height of the crisis"), nor where the earlier one goes on to tell what
    changed ("originally scheduled for 3 November, but brought forward two days")."""
    if _at_earlier_point(first) == _at_earlier_point(second):
        return None
    if _WHOLE_TIME.search(first) or _WHOLE_TIME.search(second):
        return None  # "remained open throughout the crisis": at its height too
    earlier = first if _at_earlier_point(first) else second
    if _CHANGE_TOLD.intersection(tokens(earlier)):
        return None  # "originally scheduled for 3 November, but brought forward": told both
    return Finding(
        "other", "One claim tells how things stood at an earlier point: the story moved on."
    )


# Words with which a claim set at an earlier point goes on to tell what changed.
_CHANGE_TOLD = frozenset({"but", "however", "later", "then", "now", "until"})
_WHOLE_TIME = re.compile(rf"\b(?:{lexicon.alternation(lexicon.WHOLE_TIME)})\b", re.IGNORECASE)


# The last time something happened, told only to date what else the claim says ("Tin prices
# have doubled since the mine last closed"): an earlier event, no state the other claim can deny.
_LAST_TIME = re.compile(
    r"\b(?:since|when)\b[^,.;]*?\blast\s+[a-z]+(?:\s+(?:down|up|out|off))?", re.I
)


def _opposite_concepts(first: str, second: str) -> tuple[str, str] | None:
    """Opposite concepts, one named by each claim and negated by neither, of one thing (not
    ``_other_things`` or ``_other_parts``); a rise and a fall only for one thing at one time."""
    ca, cb = concepts(_LAST_TIME.sub(" ", first)), concepts(_LAST_TIME.sub(" ", second))
    if _other_things(first, second) or _other_parts(first, second):
        return None  # "Car sales rose", "Van sales fell"
    for x in sorted(ca - cb):
        for y in sorted(cb - ca):
            if frozenset((x, y)) in MOVEMENTS and _apart(first, second):
                continue  # "rose on Monday", "fell on Tuesday"
            if frozenset((x, y)) in RIVALRIES and _other_doers(first, second):
                continue  # "The Norwegian skier came second", "An Austrian skier won"
            if frozenset((x, y)) in OPPOSITES and not (
                _negated_where(first, x) or _negated_where(second, y)
            ):
                return x, y
    return None


# Prefixes that make an adjective its opposite ("constitutional", "unconstitutional").
_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non-", "non")
# Letters an adjective keeps past such a prefix ("unfit" is no opposite of "fit" to read on).
PREFIXED_ROOT = 4


@_memo
def _adjectives(text: str) -> frozenset[str]:
    return frozenset(w.lower_ for w in parse.parse(text) if w.pos_ == "ADJ")


def _prefixed_opposite(first: str, second: str) -> tuple[str, str] | None:
    """An adjective of one claim is one of the other's with a negative prefix ("lawful",
    "unlawful"; "valid", "invalid"), and neither claim says both."""
    for a, b in ((first, second), (second, first)):
        plain = _adjectives(b) - set(tokens(a))
        for word in sorted(_adjectives(a) - set(tokens(b))):
            for prefix in _NEGATIVE_PREFIXES:
                root = word[len(prefix) :]
                if word.startswith(prefix) and len(root) >= PREFIXED_ROOT and root in plain:
                    return root, word
    return None


# How many words from the negating one on name what a negation denies ("not pay to enter").
DENIED_WORDS = 6


def opposite_denied(first: str, second: str) -> Finding | None:
    """One claim denies the opposite of what the other asserts ("could not attend" and
    "missed"; "do not pay to enter" and "free to enter"): both say the same thing. What is
    denied is what the words right after the negation name (not the denying word itself:
    "denied" against "confirmed" still conflict), and neither claim names both events."""
    for denier, other in ((first, second), (second, first)):
        asserted = concepts(other) - concepts(denier)
        asserted -= {
            c for clause in clauses(other) if negation_cues(clause) for c in concepts(clause)
        }
        for clause in negated_clauses(denier):
            words = tokens(clause)[:DENIED_WORDS]
            denied = concepts(" ".join(words)) - concepts(words[0]) - concepts(other)
            opposed = opposite_pair(denied, asserted)
            if opposed is not None:
                return Finding(
                    "other",
                    f'One claim denies the opposite of what the other says ("{clause}" against '
                    f'"{opposed[1]}"): they agree.',
                )
    return None


# Words that say a claim holds of every one of its kind.
_EVERY = frozenset({"all", "every", "everyone", "everybody", "everything", "each"})


def _root(text: str) -> str | None:
    """The lemma of the sentence's main verb (spaCy's parse)."""
    return next((str(w.lemma_).lower() for w in parse.parse(text) if w.dep_ == "ROOT"), None)


def only_some(first: str, second: str) -> Finding | None:
    """One claim limits to some ("applies only to managers") what the other says of all ("applies
    to all employees"): the same main verb said of the same thing. Not "not only", which adds."""
    for some, whole in ((first, second), (second, first)):
        ts, tw = tokens(some), tokens(whole)
        if "only" not in ts or "only" in tw or not _EVERY & set(tw) or _EVERY & set(ts):
            continue
        if re.search(r"\bnot\s+only\b", some, re.IGNORECASE):
            continue
        root = _root(some)
        if root is not None and root == _root(whole) and _subjects(some) & _subjects(whole):
            return Finding(
                "other",
                "One claim says of only some what the other says of all: "
                f'"{some.strip()}" against "{whole.strip()}".',
            )
    return None


def _proper_names(word: Any) -> frozenset[str]:
    return frozenset(t.lower_ for t in word.subtree if t.pos_ == "PROPN")


@_memo
def _deeds(text: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """What the claim says someone named did that only one doer does (lexicon.EXCLUSIVE_DEEDS)
    to something named or definite, as (the verb's lemma, the doer's names, the words naming
    what it was done to): "Google bought the startup" and "the startup was bought by Google"
    alike (spaCy's parse). Not what is done to an indefinite thing ("won a medal": both may
    have)."""
    found = []
    for verb in parse.parse(text):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.EXCLUSIVE_DEEDS:
            continue
        doers: frozenset[str] = frozenset()
        done_to = None
        for child in verb.children:
            if child.dep_ == "nsubj":
                doers = _proper_names(child)
            elif child.dep_ == "agent":
                doers = frozenset().union(
                    *(_proper_names(g) for g in child.children if g.dep_ == "pobj")
                )
            elif child.dep_ in ("dobj", "nsubjpass"):
                done_to = child
        if not doers or done_to is None:
            continue
        if any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in done_to.children):
            continue
        named = frozenset(t.lemma_.lower() for t in done_to.subtree if t.pos_ in ("NOUN", "PROPN"))
        if named:
            found.append((verb.lemma_.lower(), doers, named))
    return tuple(found)


def other_doer(first: str, second: str) -> Finding | None:
    """The claims say that different named doers did one thing to one thing ("Google bought the
    startup" against "the startup was bought by Microsoft"), and neither names the other's doer
    anywhere (names exchanged are ``exchanged_roles``; "France beat Portugal" is no other
    account of "Germany beat France")."""
    for verb, doers_a, done_a in _deeds(first):
        for other_verb, doers_b, done_b in _deeds(second):
            if verb != other_verb or not done_a & done_b or doers_a & doers_b:
                continue
            if any(_mentions(second, n) for n in doers_a) or any(
                _mentions(first, n) for n in doers_b
            ):
                continue
            who_a, who_b = (" ".join(sorted(d)) for d in (doers_a, doers_b))
            return Finding(
                "other",
                f'The claims name different doers of one deed ("{verb}"): {who_a} against {who_b}.',
            )
    return None


# Verbs of one side beating another: who is the subject won ("Nadal defeated Federer").
_BEATING = frozenset({"beat", "defeat", "overcome", "thrash", "rout", "trounce", "edge", "oust"})
# Prepositions that name the side a winner won against ("won 2-1 at Arsenal", "won over Everton").
_AGAINST = frozenset({"against", "over", "at"})


def _side(word: Any) -> bool:
    """The word names a side: a name ("Lyon", which spaCy may read as a noun at the start)."""
    return bool(word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.text[:1].isupper()))


def _name(word: Any) -> str:
    """A name with its parts ("Manchester United")."""
    parts = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in sorted((*parts, word), key=lambda t: t.i))


@_memo
def _contests(text: str) -> tuple[tuple[str, str], ...]:
    """Who beat whom, as (winner, loser) named sides, from spaCy's parse: "Arsenal beat
    Chelsea", "Chelsea were beaten by Arsenal", "Chelsea won 2-1 at Arsenal", "Arsenal lost to
    Chelsea"; not where the verb is denied."""
    found = []
    for verb in parse.parse(text):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb) or lemma not in (*_BEATING, "win", "lose"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _side(subject):
            continue
        passive = subject.dep_ == "nsubjpass"
        # a preposition of the verb or of its object ("won the game against Lyon")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        preps = [p for w in (verb, *objects) for p in w.children if p.dep_ in ("prep", "agent")]
        by_prep = {p.lower_: g for p in preps for g in p.children if g.dep_ == "pobj" and _side(g)}
        other = None
        if lemma in _BEATING and not passive:
            other = next(
                (c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and _side(c)), None
            )
        elif lemma in _BEATING:
            other = by_prep.get("by")
        elif lemma == "win" and not passive:
            other = next((by_prep[p] for p in _AGAINST if p in by_prep), None)
        elif lemma == "lose" and not passive:
            other = by_prep.get("to")
        if other is None:
            continue
        winner, loser = (subject, other) if lemma != "lose" and not passive else (other, subject)
        found.append((_name(winner), _name(loser)))
    return tuple(found)


def _winners_swapped(first: str, second: str) -> tuple[str, str] | None:
    """(winner, loser) of the first claim where the second names the same two sides the other
    way round ("Arsenal beat Chelsea", "Chelsea won 2-1 at Arsenal")."""
    for winner, loser in _contests(first):
        for other_winner_, other_loser in _contests(second):
            if (winner.lower(), loser.lower()) == (other_loser.lower(), other_winner_.lower()):
                return winner, loser
    return None


def other_winner(first: str, second: str) -> Finding | None:
    """The claims name the same two sides, each the other's winner ("Arsenal beat Chelsea"
    against "Chelsea won 2-1 at Arsenal"); the words need not be the same. Not at different
    times given (two matches: ``separate_contests``)."""
    swapped = _winners_swapped(first, second)
    if swapped is None or _disjoint(_times(first), _times(second)):
        return None
    winner, loser = swapped
    return Finding(
        "other",
        f'The claims name different winners: "{winner}" beat "{loser}" in one, "{loser}" beat '
        f'"{winner}" in the other.',
    )


def separate_contests(first: str, second: str) -> Finding | None:
    """The claims tell of different contests or different contestants: the same two sides
    each winning at a different time ("in June", "in July"), or opposite places taken by other
    sides ("The Norwegian skier came second", "An Austrian skier won")."""
    if _winners_swapped(first, second) and _disjoint(_times(first), _times(second)):
        return Finding("other", "The claims tell of two contests, at different times.")
    ca, cb = concepts(first), concepts(second)
    if any(frozenset((x, y)) in RIVALRIES for x in ca - cb for y in cb - ca) and _other_doers(
        first, second
    ):
        return Finding("other", "The claims tell of different sides, who may each take a place.")
    return None


def _negated_where(text: str, concept: str) -> bool:
    """A clause of ``text`` that names ``concept`` holds a negation (a failure negates what
    it failed to do, not itself: "failed to recover its budget" is a failure)."""
    cues = _plain_cues if concept == "fail" else negation_cues
    return any(cues(c) for c in clauses(text) if concept in concepts(c))


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


_NO_STATEMENT = lexicon.SAYING_LEMMAS | lexicon.LIGHT_VERB_LEMMAS


@_memo
def _statement(text: str) -> tuple[tuple[str, str], ...]:
    """What a claim states, as (lemma, word) pairs: its verbs, less saying and the light verbs,
    a particle read with its verb ("laid off"), and after "be" what something is ("the largest
    customer", "5.4 percent"). Empty where the parse finds no such word ("The headquarters
    are in Munich")."""
    found: dict[str, str] = {}
    for word in parse.parse(text):
        lemma = word.lemma_.lower()
        if word.pos_ == "VERB" and lemma not in _NO_STATEMENT:
            particle = next((c for c in word.children if c.dep_ == "prt"), None)
            if particle is None:
                found.setdefault(lemma, word.text)
            else:
                found.setdefault(
                    f"{lemma} {particle.lemma_.lower()}", f"{word.text} {particle.text}"
                )
        elif _what_is(word):
            found.setdefault(lemma, word.text)
    return tuple(found.items())


# Verbs of saying that are as often acts ("conceded defeat", "called an election"); not those
# that report a claim even with an object ("denies the rumours", "reported 2,673 deaths").
_ACT_LEMMAS = frozenset({"concede", "call"})


@_memo
def _acts(text: str) -> tuple[tuple[str, str], ...]:
    """Verbs of saying that report nothing said, as (lemma, word) pairs: an act ("conceded
    defeat", "was called by the opposition"), with no clause of what was said ("conceded it had
    lost") and no name given ("has only ever been called Mamata")."""
    return tuple(
        (word.lemma_.lower(), word.text)
        for word in parse.parse(text)
        if word.pos_ == "VERB"
        and word.lemma_.lower() in _ACT_LEMMAS
        and not any(c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") for c in word.children)
        and word.dep_ not in ("ccomp", "parataxis")
    )


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


def _anchored(text: str) -> bool:
    """The claim names someone or something, or gives a figure or a date."""
    return bool(_names(text) or _figure_kinds(text) or re.search(r"\d", text))


# Letters of a word that its relatives keep ("injured", "injuries"; "elected", "election").
ACTION_STEM = 5


@_memo
def _word_stems(text: str) -> frozenset[str]:
    """The stems of the claim's verbs, nouns and adjectives (their lemmas' first letters)."""
    return frozenset(
        w.lemma_.lower()[:ACTION_STEM]
        for w in parse.parse(text)
        if w.pos_ in ("VERB", "NOUN", "ADJ") and len(w.lemma_) > 2
    )


def _names_action(statement: tuple[tuple[str, str], ...], other: str) -> bool:
    """``other`` names, as a verb, a noun or an adjective, something ``statement`` states
    ("nobody was injured" and "taken to hospital with injuries")."""
    stems = _word_stems(other)
    return any(lemma.split()[0][:ACTION_STEM] in stems for lemma, _ in statement)


def different_statements(first: str, second: str) -> Finding | None:
    """The claims state different things ("handled 41 million passengers" against "plans to
    build a third runway by 2030", "won the final 3-1" against "scored twice"): neither names,
    in any form, what the other states (its verbs, or after "be" what something is), they name
    no event that is the same as, related to or the opposite of one the other names, no figure
    of one measures what a figure of the other does, they are not two answers to what one thing
    is, and one of them names someone or something or gives a figure, or one known thing is
    what one speaks of and is named in the other ("The drug was approved", "The drug treats";
    "The suspect confessed to the killing", "The killing took place in a car park"; two
    anonymous descriptions may be of one scene). A verb of saying that reports nothing said is
    an act stated ("conceded defeat"). Two such claims add facts about one subject; neither
    says the other is false."""
    if not (_anchored(first) or _anchored(second) or _one_known_thing(first, second)):
        return None
    a, b = _statement(first) + _acts(first), _statement(second) + _acts(second)
    if not a or not b or _names_action(a, second) or _names_action(b, first):
        return None
    if _says_what_is(first) and _says_what_is(second):
        return None  # "is an island" / "is a mountain": two answers to one question
    ca, cb = concepts(first), concepts(second)
    if _akin(ca, cb) or opposite_pair(ca, cb) is not None:
        return None
    if _ended_and_going_on(first, second):
        return None  # "closed to traffic since 2019" ends what "carries 40,000 vehicles" does
    if _figure_kinds(first) & _figure_kinds(second):
        return None
    said_a, said_b = (", ".join(f'"{word}"' for _, word in s) for s in (a, b))
    return Finding(
        "other",
        f"The claims state different things ({said_a}; {said_b}): each adds a fact, "
        "neither denies the other.",
    )


# Verbs of a judgement spoken ("dismissed the report", "praised the decision").
_VERDICT_LEMMAS = frozenset({"describe", "criticise", "criticize", "praise", "dismiss", "condemn",
                             "welcome", "reject", "slam", "defend"})  # fmt: skip


@_memo
def _speakers(text: str) -> frozenset[str]:
    """The lemmas of who says something in the text ("president" in "The president called the
    report a fabrication")."""
    return frozenset(
        str(w.lemma_).lower()
        for verb in parse.parse(text)
        if verb.lemma_.lower() in lexicon.SAYING_LEMMAS | _VERDICT_LEMMAS
        for w in verb.children
        if w.dep_ == "nsubj"
    )


_COMMENTED = re.compile(r"\b(?:comment|commented|comments|commenting|responded|replied)\b", re.I)


def no_comment(first: str, second: str) -> Finding | None:
    """One claim says only that a comment was withheld ("The senator refused to comment on the
    allegations", "did not immediately respond to a request for comment"): it states nothing
    of the facts, so nothing the other claim states conflicts with it, unless the other says
    that a comment was made, or has the one who withheld it say something ("The president
    called the report a fabrication")."""
    for claim, other in ((first, second), (second, first)):
        stated = {lemma.split()[0] for lemma, _ in _statement(claim)}
        if not stated or stated - lexicon.NO_COMMENT_LEMMAS or "comment" not in claim.lower():
            continue
        if _COMMENTED.search(other) or _speakers(other) & _subjects(claim):
            continue
        return Finding("other", f'One claim says only that a comment was withheld: "{claim}".')
    return None


def _known_object(slots: dict[str, _Role]) -> bool:
    """The verb's object is one thing "the" marks as known ("the three people killed")."""
    thing = slots.get("object")
    return thing is not None and thing.known


def not_disclosed(first: str, second: str) -> Finding | None:
    """One claim denies only that something was named, identified or disclosed ("Police have
    not yet named the three people killed when the bus overturned"): it tells nothing of whether
    what it speaks of happened, so the other claim's account of it ("Three people were killed
    when the bus overturned") does not conflict with it, unless the other makes it known too
    ("Police named the victims"). What is not made known is one "the" marks as known: "has not
    named a new chief executive" is a post not filled."""
    for claim, other in ((first, second), (second, first)):
        denied = [(lemma, dict(slots)) for lemma, negated, slots in _verbs(claim) if negated]
        if not denied or any(
            lemma not in lexicon.DISCLOSURE_LEMMAS or not _known_object(slots)
            for lemma, slots in denied
        ):
            continue
        if {lemma for lemma, _, _ in _verbs(other)} & lexicon.DISCLOSURE_LEMMAS:
            continue
        return Finding(
            "other", f'One claim says only that something was not made known: "{claim}".'
        )
    return None


def retold(first: str, second: str) -> Finding | None:
    """The claims tell one event ("laid off", "cut ... jobs"; "abandoned the plan", "plans were
    scrapped") in their own words, with the same times and nothing opposite, negated in neither
    or in both, hedged in neither, and either with the same figures or with nothing in one that
    the other does not say: one account told twice. Near copies are ``swapped_detail``'s to
    read (a word changed in one sentence is what an edited claim looks like)."""
    shared, figures = concepts(first) & concepts(second), _numbers(first)
    if not shared or figures != _numbers(second):
        return None
    if not figures and not (_adds_nothing(first, second) or _adds_nothing(second, first)):
        return None
    if negation_cues(first) != negation_cues(second) or antonym(first, second) is not None:
        return None
    if ("reject" in concepts(first)) != ("reject" in concepts(second)):
        return None  # "has resigned" against "has refused calls to resign"
    if is_tentative(first) or is_tentative(second) or _times(first) != _times(second):
        return None
    if _word_share(first, second) >= SHARED_SHARE:
        return None
    return Finding(
        "other",
        f"Both claims tell the same event ({sorted(shared)[0]}) and nothing that differs: they "
        "agree.",
    )


def _adds_nothing(claim: str, other: str) -> bool:
    """Every content word of ``claim`` but its event words is one of ``other``'s, or a relative
    of one ("plans", "plan")."""
    stems = {_stem(w) for w in content(other)}
    return all(_stem(w) in stems for w in content(claim) if not is_concept_word(w))


def _stem(word: str) -> str:
    """The letters a word's relatives keep ("plans" and "plan", "injured" and "injuries")."""
    return word[:ACTION_STEM] if len(word) > ACTION_STEM else word.removesuffix("s")


_SPEAKING = frozenset(lexicon.FRAME_VERBS) | _FRAME_WORDS
_DETAIL_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019.-][A-Za-z0-9]+)*")
# A detail swapped in a sentence otherwise the same: at most this many words on each side, and
# at least SHARED_WORDS words, and SHARED_SHARE of the longer claim's, the same around it.
DETAIL_WORDS, SHARED_WORDS, SHARED_SHARE = 6, 4, 0.6


@_memo
def _detail_words(text: str) -> tuple[str, ...]:
    """The text's words as written, small numbers in digits ("twelve-inch" as "12-inch")."""
    return tuple(
        "-".join(facts.in_digits(part) for part in word.split("-"))
        for word in _DETAIL_WORD.findall(text)
    )


def _names_something(words: tuple[str, ...]) -> bool:
    """A stretch of words names someone, something, a day or a year: a capitalised word that is
    no common word ("The"), or a year. Other figures are ``quantity``'s to compare (it knows
    ranges, rounding and units: "some 35,000-40,000" is "about 40,000")."""
    return any(
        re.fullmatch(_YEAR, w) or (w[0].isupper() and w.lower() not in _STOPWORDS) for w in words
    )


# Parts of speech of a common word: capitalised only because it opens the sentence.
_COMMON = frozenset({"NOUN", "VERB", "ADV", "PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ"})


@_memo
def _opens_with_common_word(text: str) -> bool:
    """The text's first word is a common word as spaCy's parse reads it ("Profits rose"), not
    a name or a word made from one ("Germany grew", "Italian officials")."""
    words = [w for w in parse.parse(text) if not w.is_punct]
    return bool(words) and words[0].pos_ in _COMMON


def _reworded(own_a: tuple[str, ...], own_b: tuple[str, ...]) -> bool:
    """Two stretches that are one thing written two ways ("50-per cent", "50-percent"), or
    share a word that is no common word (a phrase added around it: "1951 novel by J. D."
    against "novel by J.D.")."""
    letters = [re.sub(r"[^a-z0-9]", "", "".join(own).lower()) for own in (own_a, own_b)]
    words = [{w.lower() for w in own} - _STOPWORDS for own in (own_a, own_b)]
    return letters[0] == letters[1] or bool(words[0] & words[1])


def _speaker(la: list[str], before: int, after: int) -> bool:
    """The differing stretch is who says it ("Smith said", "according to Smith"): another
    speaker saying the same thing is no conflict."""
    following = la[len(la) - after] if after else ""
    preceding = la[max(before - 2, 0) : before]
    if following in _SPEAKING or preceding == ["according", "to"]:
        return True
    return bool(preceding) and preceding[-1] in _SPEAKING


@_memo
def _common_ends(first: str, second: str) -> tuple[tuple[str, ...], tuple[str, ...], int, int]:
    """The two claims' words as written (``_detail_words``), and how many of them, read without
    case, the two share at the start and then at the end."""
    a, b = _detail_words(first), _detail_words(second)
    la, lb = [w.lower() for w in a], [w.lower() for w in b]
    shortest = min(len(a), len(b))
    before = next((i for i in range(shortest) if la[i] != lb[i]), shortest)
    after = 0
    while after < shortest - before and la[len(a) - 1 - after] == lb[len(b) - 1 - after]:
        after += 1
    return a, b, before, after


@_memo
def _one_stretch(
    first: str, second: str
) -> tuple[tuple[str, ...], tuple[str, ...], int, int] | None:
    """Where two claims are the same words but for one stretch of at most DETAIL_WORDS on each
    side, with at least SHARED_WORDS, and SHARED_SHARE of the longer, the same around it: the
    two stretches and the number of words before and after them."""
    a, b, before, after = _common_ends(first, second)
    own_a, own_b = a[before : len(a) - after], b[before : len(b) - after]
    shared = before + after
    if not own_a or not own_b or max(len(own_a), len(own_b)) > DETAIL_WORDS:
        return None
    if shared < SHARED_WORDS or shared < SHARED_SHARE * max(len(a), len(b)):
        return None
    return own_a, own_b, before, after


# Words that open a description of something named elsewhere ("the automaker", "its owner").
_DESCRIBING = frozenset(lexicon.DETERMINERS) - {"a", "an"}


def described(first: str, second: str) -> Finding | None:
    """The claims are the same words but that one names what the other describes ("Lordstown
    will recall 19 pickups" against "The automaker also will recall 19 pickups"; "Siemens will
    cut 2,000 jobs" against "The company will cut 2,000 jobs"): one account, which a model reads
    as a conflict."""
    found = _one_stretch(first, second)
    if found is None:
        return None
    for name, description in (found[:2], found[1::-1]):
        if description[0].lower() not in _DESCRIBING:
            continue
        if any(not w[0].isalpha() or w[0].isupper() for w in description[1:]):
            continue  # "the 1950s" is a time, "the Renault" a name
        if any(w[0].isupper() and w.lower() not in _STOPWORDS for w in name):
            return Finding(
                "other",
                f'One claim names what the other describes ("{" ".join(name)}", '
                f'"{" ".join(description)}"): the same account.',
            )
    return None


def swapped_detail(first: str, second: str) -> Finding | None:
    """The claims are the same words but for one stretch, where each names something else:
    another person, place, body, day or year in the same place of the same sentence ("the
    gunman who killed a soldier is Michael Zehaf-Bibeau" against "... is Warren", "secured the
    scene on Wednesday" against "on Saturday"). Wording alone (a synonym, "twelve" for "12", a
    phrase added) is no swap, nor is another speaker ("Smith said" against "Jones said"); the
    sentence must be at least SHARED_WORDS words, and SHARED_SHARE of it, the same."""
    found = _one_stretch(first, second)
    if found is None:
        return None
    own_a, own_b, before, after = found
    la = [w.lower() for w in _detail_words(first)]
    if before == 0 and _opens_with_common_word(first) and _opens_with_common_word(second):
        # Both stretches open their sentences with a common word ("Profits rose", "Revenue
        # fell"): its capital is the sentence's, and names nothing.
        named_a, named_b = own_a[1:], own_b[1:]
    else:
        named_a, named_b = own_a, own_b
    if not (_names_something(named_a) and _names_something(named_b)):
        return None
    if _reworded(own_a, own_b) or _speaker(la, before, after):
        return None
    one, other = " ".join(own_a), " ".join(own_b)
    return Finding(
        "other",
        f'The claims are the same but for one detail: "{one}" against "{other}".',
    )


# A verb that goes one way, or a comparison ("rising faster than", "more than").
_ONE_WAY = re.compile(rf"\b(?:{lexicon.alternation(lexicon.ONE_WAY_VERBS)}|\w+ than)\b", re.I)


def exchanged_roles(first: str, second: str) -> Finding | None:
    """The claims are the same words with two names exchanged around a verb that goes one way
    only ("Brazil beat Germany" against "Germany beat Brazil", "Microsoft acquired the startup"
    against "the startup acquired Microsoft") or a comparison ("rents rose faster than wages");
    not around one that goes both ways ("met", "sued": each may sue the other)."""
    a, b = _detail_words(first), _detail_words(second)
    if len(a) != len(b) or sorted(w.lower() for w in a) != sorted(w.lower() for w in b):
        return None
    differ = [i for i in range(len(a)) if a[i].lower() != b[i].lower()]
    if not differ:
        return None
    own_a = [w.lower() for w in a[differ[0] : differ[-1] + 1]]
    own_b = [w.lower() for w in b[differ[0] : differ[-1] + 1]]
    for i in range(1, len(own_a)):
        for j in range(i, len(own_a)):
            one, verb, other = own_a[:i], own_a[i:j], own_a[j:]
            if other and own_b == other + verb + one and _ONE_WAY.search(" ".join(verb)):
                said = " ".join(a[differ[0] : differ[-1] + 1])
                return Finding(
                    "other",
                    f'The claims exchange who did what: "{said}" against '
                    f'"{" ".join(b[differ[0] : differ[-1] + 1])}".',
                )
    return None


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


# "until" and "till" close what a denial says of a time: "did not vote until 1971".
_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)


def _denied_words(clause: str) -> frozenset[str]:
    """The lemmas of what a denied clause says, up to any "until": no stopwords, negations or
    times."""
    said = _UNTIL.split(clause, maxsplit=1)[0]
    return frozenset(
        w
        for w in _lemmas(said)
        if w.isalpha() and w not in _STOPWORDS and w not in _NEGATIONS and w not in _TIME_NOUNS
    )


def ended_denial(first: str, second: str) -> Finding | None:
    """One claim denies an action only until a time, so that it happened then ("did not make a
    profit until 2019", "Women were not allowed to vote until 1971"), and the other says it
    never did ("has never made a profit"): both deny, yet they conflict. The two denials say
    the same thing, two words of it or more, one within the other."""
    for ended, ever in ((first, second), (second, first)):
        if _UNTIL.search(ever) or "never" not in negation_cues(ever):
            continue
        for denied in negated_clauses(ended):
            if not _UNTIL.search(denied):
                continue
            said = _denied_words(denied)
            for never in negated_clauses(ever):
                other = _denied_words(never)
                if len(said & other) >= 2 and (said <= other or other <= said):
                    return Finding(
                        "other",
                        f'One claim says it happened at last ("{denied}"), the other that it '
                        f'never did ("{never}").',
                    )
    return None


def denial_ended(first: str, second: str) -> Finding | None:
    """Every denial of one claim ends at a time it names ("Bird flu was not considered a threat
    to humans until 1997": from then on it was), and the other asserts without a time ("The WHO
    still assesses the risk of bird flu as low"): the other may tell of any time after, which
    the ended denial leaves open. Not where the other names a time ("reopened in January"
    against "did not reopen until March"), denies, or holds at every time ("has always been")
    or over a stretch reaching back ("every year", "since the outbreak", "initially"): those bear
    on the time the denial covers."""
    for ended, other in ((first, second), (second, first)):
        denials = negated_clauses(ended)
        if not denials or not all(_ends_at_time(d) for d in denials):
            continue
        if negation_cues(other) or _times(other) or _WHOLE_TIME.search(other):
            continue
        if _EARLIER_POINT.search(other) or _SPANS_BACK.search(other):
            continue
        return Finding(
            "other",
            f'One claim denies it only until a time ("{denials[0]}"); the other tells of no '
            "time, and may tell of any after it.",
        )
    return None


_SPANS_BACK = re.compile(rf"\b(?:{lexicon.alternation(lexicon.SPANS_BACK)})\b", re.IGNORECASE)


def _ends_at_time(denied: str) -> bool:
    """The denied clause ends at a time it names: "until 1997", "until March"."""
    until = _UNTIL.search(denied)
    return until is not None and bool(_times(denied[until.end() :]))


def altered_account(first: str, second: str, same_subject: bool = True) -> Finding | None:
    """One account of an event told with a part of it changed, which a model reads as agreeing:
    a detail swapped in the same sentence, names exchanged around a one-way verb and, for claims
    about the same thing (``same_subject``), two named doers of one deed, different days for one
    event, or what holds for only some against what holds for all."""
    return (
        swapped_detail(first, second)
        or exchanged_roles(first, second)
        or other_winner(first, second)
        or (
            other_doer(first, second)
            or dates_differ(first, second)
            or only_some(first, second)
            or ended_denial(first, second)
            if same_subject
            else None
        )
    )


def conflict(first: str, second: str) -> Finding | None:
    """The first explicit conflict between two claims: figures, an account with a part changed
    (``altered_account``), opposite events, or a denial."""
    return (
        quantity(first, second)
        or altered_account(first, second)
        or antonym(first, second)
        or opposite_movement(first, second)
        or negation(first, second)
    )


# A search that found nothing ("found no evidence of poison", "saw no signs of a buildup").
_NOTHING_FOUND = re.compile(
    rf"\b(?:no|not|n't|any|without)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{lexicon.alternation(sorted(lexicon.EVIDENCE_NOUNS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# A verb that closes a possibility, asserted ("police ruled out foul play").
_CLOSING = re.compile(rf"\b(?:{lexicon.alternation(lexicon.CLOSING_VERBS)})\b", re.IGNORECASE)


def added_detail(first: str, second: str) -> Finding | None:
    """One claim is the other with words added that only tell more (a time, a figure, a place,
    a modifier: "The volcano last erupted in 1980" against "The volcano erupted in 1980",
    "Unemployment fell to 4 percent in March" against "Unemployment fell in March"): the longer
    says all the shorter does. Not where what is added denies, hedges, names another verb, joins
    another statement or changes what a word names ("a former president", "almost won":
    ``lexicon.CHANGING_WORDS``)."""
    a, b = (tuple(w.lower() for w in _detail_words(t)) for t in (first, second))
    longer, shorter, text = (a, b, first) if len(a) > len(b) else (b, a, second)
    if len(shorter) < SHARED_WORDS or len(longer) == len(shorter):
        return None
    added, i = [], 0
    for word in longer:
        if i < len(shorter) and word == shorter[i]:
            i += 1
        else:
            added.append(word)
    if i < len(shorter):
        return None  # not the shorter claim's words in order
    verbs = {w.lower_ for w in parse.parse(text) if w.pos_ in ("VERB", "AUX")}
    for word in added:
        if word in lexicon.CHANGING_WORDS or word in _NEGATIONS or word in _HEDGES:
            return None
        if word in verbs or word.endswith("n't"):
            return None
    return Finding(
        "other",
        f'One claim is the other with more detail ("{" ".join(added)}"): it says all the other '
        "does.",
    )


# A denial of everyone but some ("Nobody except the pilot survived").
_EXCEPTING = re.compile(
    rf"\b(?:{lexicon.alternation(sorted(lexicon.DENIALS_OF_ALL, key=len, reverse=True))})\b"
    r"[^,.;:]*?"
    r"\b(?:except|apart\s+from|other\s+than|besides)\b",
    re.IGNORECASE,
)
# The prepositions that name who is left out, and the word each follows ("apart from").
_EXCEPTING_WORDS = {"except": None, "besides": None, "from": "apart", "than": "other"}


@_memo
def _left_out(text: str) -> frozenset[str]:
    """The content words naming who a denial of everyone leaves out (spaCy's parse: "the pilot"
    in "Nobody except the pilot survived")."""
    if not _EXCEPTING.search(text):
        return frozenset()
    words: set[str] = set()
    for w in parse.parse(text):
        if w.dep_ != "prep" or w.lower_ not in _EXCEPTING_WORDS:
            continue
        if _EXCEPTING_WORDS[w.lower_] not in (None, w.head.lower_):
            continue
        words |= {t.lower_ for g in w.children if g.dep_ == "pobj" for t in g.subtree}
    return frozenset(words) - _STOPWORDS


def _named_subjects(text: str) -> frozenset[str]:
    """The nouns naming what the text's verbs are said of, each joined one too ("The pilot and
    two passengers survived": pilot, passengers), as written, lower-cased."""
    words = parse.parse(text)
    return frozenset(
        t.lower_
        for w in words
        if w.dep_ in ("nsubj", "nsubjpass")
        for t in (w, *(c for c in w.subtree if c.dep_ == "conj"))
        if t.pos_ in ("NOUN", "PROPN")
    )


def excepted(first: str, second: str) -> Finding | None:
    """One claim denies something of everyone but one ("Nobody except the pilot survived"),
    and the other speaks of that one ("The pilot survived the crash"): the denial leaves out
    what the other says."""
    for claim, other in ((first, second), (second, first)):
        left_out = _left_out(claim)
        named = _named_subjects(other)
        if left_out and named and named <= left_out:
            return Finding(
                "other",
                f'One claim leaves "{sorted(named)[0]}" out of what it denies; the other speaks '
                "of just that.",
            )
    return None


def kept_open(first: str, second: str) -> Finding | None:
    """Exactly one claim only keeps a possibility open ("Police have not ruled out foul play",
    "have not dismissed the possibility that gas caused the illnesses"), and the other does not
    close it: it denies nothing, or only that a search found any sign of the thing ("found no
    evidence of poison"). Whether the thing happened or not, it may have: only a claim that
    rules it out ("Police ruled out foul play") or denies it ("there will be no job cuts")
    conflicts."""
    open_a, open_b = _KEPT_OPEN.search(first), _KEPT_OPEN.search(second)
    if (open_a is None) == (open_b is None):
        return None
    kept, other = (open_a, second) if open_a else (open_b, first)
    if kept is None or _CLOSING.search(other) or negation_cues(_NOTHING_FOUND.sub(" ", other)):
        return None
    return Finding(
        "other",
        f'One claim only keeps a possibility open ("{kept.group()}"), which the other does not '
        "close.",
    )


def modality(first: str, second: str, found: Finding | None = None) -> Finding | None:
    """Exactly one claim is tentative where the conflict lies (the parts ``found`` names, else
    the whole claims), so neither flatly contradicts the other. A part is no more tentative than
    its claim: "no jobs would be cut" is reported ("said that no jobs would be cut")."""
    a, b = is_tentative(first), is_tentative(second)
    if found is not None and found.parts is not None:
        first, second = found.parts
        a, b = a and is_tentative(first), b and is_tentative(second)
    if a == b:
        return None
    hedged, flat = (first, second) if a else (second, first)
    kept_open = _KEPT_OPEN.search(hedged)
    word = kept_open.group() if kept_open else next(t for t in modal_tokens(hedged) if t in _HEDGES)
    if word == "could" and lexicon.could_not(flat):
        return None  # "could result in" against "could not result in": one possibility each way
    return Finding(
        "other",
        f'One claim is tentative ("{word}"), so it does not flatly contradict the other.',
    )
