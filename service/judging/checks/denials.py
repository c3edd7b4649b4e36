"""Denials: a negation and what it denies (``negation``); a denial of a degree only
(``small_amount``, ``degree_elsewhere``, ``slight_change``); the same action denied, or an
action denied only of something else (``denies_same_action``, ``denied_elsewhere``); both claims
denying one thing (``shared_denial``); a denial that ended; and an opposite denied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from service.extraction import facts, lexicon, parse
from service.extraction.lexicon import tokens
from service.judging.checks.base import (
    _EARLIER_POINT,
    _EMPTY_VERBS,
    _NEGATION_CUE,
    _NEGATIONS,
    _RULED_OUT,
    _STOPWORDS,
    _TIME_NOUNS,
    ACTION_STEM,
    Finding,
    _akin,
    _disjoint,
    _kin_words,
    _lemmas,
    _memo,
    _mentions,
    _named_in,
    _names,
    _negations,
    _numbers,
    _subjects,
    _times,
    _word_share,
    clauses,
    content,
    negated_clauses,
    negation_cues,
)
from service.judging.checks.details import NEGATED_COPY
from service.judging.checks.doers import _Role, _verbs
from service.judging.checks.events import _WHOLE_TIME, _movements, opposite_pair
from service.judging.checks.tentative import is_tentative
from service.judging.concepts import concepts, wording


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


# Words that say when or how long, not what: shared, they do not tie a denial to a claim.
_TIME_WORDS_ALONE = frozenset({
    *_TIME_NOUNS, *(f"{n}s" for n in _TIME_NOUNS), *facts.NUMBER_WORDS, "last", "next", "ago",
})  # fmt: skip


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


def _other_period(first: str, second: str) -> bool:
    """The claims name other periods of one length counted from the time of writing ("this
    year", "last year"), and no other time ("would not open before 2030" reaches "in 2026")."""
    ta, tb = _times(first), _times(second)
    if not ta or not tb or ta & tb:
        return False
    kinds_a, kinds_b = ({_relative_length(t) for t in ts} for ts in (ta, tb))
    return None not in kinds_a | kinds_b and bool(kinds_a & kinds_b)


def _relative_length(time: str) -> str | None:
    """ "year" for "last year" or "this year"; None for any other time."""
    words = time.split()
    return words[1] if len(words) == 2 and words[0] in ("this", "last", "next") else None


def _denying_words(claim: str, other: str) -> int:
    """How many negating words the clauses of ``claim`` that deny something ``other`` is about
    hold ("not ... won't" counts two)."""
    return sum(_negating_words(d) for b, d in _negations(claim) if _bears_on(d, other, b))


def _negating_words(clause: str) -> int:
    """How many negating words a clause holds, "neither ... nor" counting one."""
    cues = negation_cues(clause)
    return len(cues) - min(cues.count("neither"), cues.count("nor"))


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
                    f'"{wording(other, opposed[1])}"): they agree.',
                )
    return None


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
