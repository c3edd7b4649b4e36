"""What is said: claims that state different things, a comment withheld, a name not disclosed,
one event retold in other words, a report only or a report both call untrue; one account told
with a part changed (``altered_account``); and ``conflict``, which tries the checks that find a
conflict in turn and so sits above every other module.
"""

from __future__ import annotations

import re

from service.extraction import lexicon, parse
from service.extraction.lexicon import tokens
from service.judging.checks.base import (
    ACTION_STEM,
    Finding,
    _akin,
    _memo,
    _names,
    _numbers,
    _subjects,
    _times,
    _word_share,
    clauses,
    content,
    negation_cues,
)
from service.judging.checks.denials import _denial, ended_denial, negation
from service.judging.checks.details import SHARED_SHARE, exchanged_roles, only_some, swapped_detail
from service.judging.checks.doers import _Role, _verbs, other_doer, other_winner
from service.judging.checks.events import antonym, opposite_movement, opposite_pair
from service.judging.checks.figures import (
    _ended_and_going_on,
    _figure_kinds,
    _marked,
    _says_what_is,
    _what_is,
    dates_differ,
    quantity,
)
from service.judging.checks.tentative import is_tentative
from service.judging.concepts import concepts, is_concept_word

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


def _anchored(text: str) -> bool:
    """The claim names someone or something, or gives a figure or a date."""
    return bool(_names(text) or _figure_kinds(text) or re.search(r"\d", text))


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
