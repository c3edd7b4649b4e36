"""A claim that sets two clauses against each other, read one clause at a time.

"Sales rose in Europe but fell in Asia" holds two opposite events, each of its own thing. Read
whole, as a bag of words, it meets any claim about sales in the same words: "Sales in Europe
fell" reads as the same thing to the model, and the checks' opposites find nothing, since the
claim names both the rise and the fall. A claim that repeats one clause meets the other's
opposite instead ("Long-haul flights ran as scheduled" against "The airline cancelled dozens of
flights, but its long-haul routes operated normally"). So the claim is cut into its two clauses
(spaCy's parse), the other claim is matched to the clause whose things it names (its subject
counting twice), or, when it names neither's ("thousands of them had withdrawn, but tens of
thousands remained" against "signs of a start of Russian withdrawal"), to the clause whose
event it tells; that clause alone is read against it: an opposite there is a conflict, and the
same event there is agreement, whatever the other clause says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from service.extraction import lexicon, parse
from service.judging import checks
from service.judging.concepts import concepts, wording

# Words that set one asserted clause against another ("..., but ...", "although ...").
_JOINED = frozenset({"but", "yet"})
_MARKED = frozenset({"although", "though", "while", "whereas"})
CONTRAST_WORDS = re.compile(r"\b(?:but|yet|although|though|while|whereas)\b", re.IGNORECASE)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# A clause must say something on its own: this many words at least.
CLAUSE_WORDS = 3
# Letters two words share to be one word here ("miners", "miner"; "imports", "import").
STEM = 5


@dataclass(frozen=True)
class Clause:
    """One clause of a contrast as a sentence, the stems of the words naming its subject, and
    of its subject's head noun and names ("The museum in Lyon": "museu"; "lyon")."""

    text: str
    subject: frozenset[str]
    head: str | None = None
    names: frozenset[str] = frozenset()


def _head(subject: Any) -> str | None:
    """The stem of a subject's head noun ("profits" in "its profits"), past a share or a count
    of it ("shops" in "most of the shops"); None for a pronoun or a bare count ("they",
    "four")."""
    if subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in _COUNTING:
        return str(subject.lower_[:STEM])
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            counted = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if counted is not None and counted.pos_ in ("NOUN", "PROPN"):
                return str(counted.lower_[:STEM])
    return None


def _proper_names(words: Any) -> frozenset[str]:
    """The stems of the proper names among ``words`` (spaCy tokens)."""
    return frozenset(w.lower_[:STEM] for w in words if w.pos_ == "PROPN")


def _sentence(text: str) -> str:
    """A clause as a sentence: commas trimmed, a capital, a full stop."""
    text = text.strip(" ,;:-\u2014").rstrip(".!?").rstrip(" ,")
    return text[:1].upper() + text[1:] + "."


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


# Words that count or point without naming what they count ("thousands of them", "the rest").
_COUNTING = lexicon.AMOUNT_WORDS | {
    "tens", "scores", "handful", "number", "others", "rest", "dozen", "hundred", "thousand",
    "million",
}  # fmt: skip


def _stems(words: Any) -> frozenset[str]:
    """The stems of the content words among ``words`` (spaCy tokens); a pronoun, a number or
    a counting word names nothing."""
    return frozenset(
        w.lower_[:STEM]
        for w in words
        if w.is_alpha
        and len(w) > 2
        and w.pos_ not in ("PRON", "NUM")
        and w.lower_ not in lexicon.STOPWORDS
        and w.lower_ not in _COUNTING
    )


def _span_text(doc: Any, start: int, end: int) -> str:
    return str(doc[start:end].text)


@lru_cache(maxsize=4096)
def clauses(text: str) -> tuple[Clause, Clause] | None:
    """The two clauses a claim sets against each other, each as a sentence with its subject: the
    main clause and what "but" or "yet" adds to it (given the main clause's subject when it has
    none of its own: "Sales rose in Europe but fell in Asia"), or the main clause and its
    "although", "though", "while" or "whereas" clause; a clause whose subject is a pronoun
    ("she", "it") takes the other's. None when the claim has no such pair, or is more than one
    sentence."""
    if not CONTRAST_WORDS.search(text):
        return None
    doc = parse.parse(text)
    if sum(1 for _ in doc.sents) > 1:
        return None  # a passage (a body cut to its nearest sentences) is read whole
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return _clauses_apart(text)
    main_subject = _subject(root)
    if main_subject is None:
        return _clauses_apart(text)
    for token in doc:
        word = token.lower_
        if word in _JOINED and token.dep_ == "cc" and token.head.i == root.i:
            added = [c for c in root.children if c.dep_ == "conj" and c.i > token.i]
            if not added or added[0].pos_ not in ("VERB", "AUX"):
                continue
            verb, first = added[0], _span_text(doc, 0, token.i)
            own = _subject(verb)
            if own is None:
                lead = _span_text(doc, main_subject.left_edge.i, main_subject.right_edge.i + 1)
                second = lead + " " + _span_text(doc, verb.left_edge.i, len(doc))
            elif verb.left_edge.i == token.i + 1:
                second = _span_text(doc, token.i + 1, len(doc))
            else:
                continue
            return _pair(first, main_subject, second, own or main_subject)
        if word in _MARKED and token.dep_ == "mark":
            verb = token.head
            own = _subject(verb)
            if verb.dep_ != "advcl" or verb.head.i != root.i or own is None:
                continue
            if verb.left_edge.i != token.i:
                continue
            end = verb.right_edge.i + 1
            rest = _span_text(doc, 0, token.i) + " " + _span_text(doc, end, len(doc))
            return _pair(rest, main_subject, _span_text(doc, token.i + 1, end), own)
    return _clauses_apart(text)


# ", but " between two clauses the parser did not join as such ("The ceasefire held in the
# north, but fighting continued in the south" read as a ceasefire that held; "The dam held in
# the north, but the levee failed in the south" with "failed" at its root).
_COMMA_BUT = re.compile(r",\s+but\s+", re.IGNORECASE)


def _clauses_apart(text: str) -> tuple[Clause, Clause] | None:
    """The two sides of the one ", but " of a claim, each parsed alone, when each is a clause
    with a verb at its root and the first has a subject (the second, without one, takes it)."""
    sides = _COMMA_BUT.split(text)
    if len(sides) != 2:
        return None
    subjects = []
    for side in sides:
        doc = parse.parse(_sentence(side))
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            return None
        subjects.append(_subject(root))
    first_subject, second_subject = subjects
    if first_subject is None:
        return None
    return _pair(sides[0], first_subject, sides[1], second_subject or first_subject)


def _pair(
    first: str, first_subject: Any, second: str, second_subject: Any
) -> tuple[Clause, Clause] | None:
    a, b = _sentence(first), _sentence(second)
    if min(len(a.split()), len(b.split())) < CLAUSE_WORDS:
        return None
    subject_a = _stems(first_subject.subtree)
    subject_b = _stems(second_subject.subtree)
    head_a, head_b = _head(first_subject), _head(second_subject)
    # A pronoun subject ("its", "she") is the other clause's; a share or count of nothing named
    # ("most", "four") has no head.
    if head_a is None and first_subject.pos_ == "PRON" and not list(first_subject.children):
        head_a = head_b
    if head_b is None and second_subject.pos_ == "PRON" and not list(second_subject.children):
        head_b = head_a
    names_a = _proper_names(first_subject.subtree)
    names_b = _proper_names(second_subject.subtree)
    # "she", "it", "those": the other clause's subject
    return (
        Clause(a, subject_a or subject_b, head_a, names_a or names_b),
        Clause(b, subject_b or subject_a, head_b, names_b or names_a),
    )


# A reporting frame at a claim's end ("..., the airline said."): who speaks is not what it is about.
_TRAILING_FRAME = re.compile(
    rf",[^,]*\b(?:{'|'.join(sorted(lexicon.SAYING_LEMMAS | set(lexicon.SAYING)))})\w*\s*\.?$",
    re.IGNORECASE,
)


def _plain_subject(text: str) -> tuple[str | None, frozenset[str]]:
    """The stem of a plain claim's subject's head noun, and the stems of its names; past a
    reporting frame ("..., the airline said"; "Officials said the bridge ...")."""
    doc = parse.parse(_TRAILING_FRAME.sub("", text))
    verb = next((t for t in doc if t.dep_ == "ROOT"), None)
    if verb is not None and verb.lemma_ in lexicon.SAYING_LEMMAS:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    subject = None if verb is None else _subject(verb)
    return (None if subject is None else _head(subject)), _proper_names(doc)


# Words by which a claim speaks of every part: it does not agree with one part alone.
_EVERY = frozenset(
    {"all", "every", "everyone", "everybody", "everything", "everywhere", "entire", "whole"}
)


def _words(text: str, things_only: bool = False) -> frozenset[str]:
    """The stems of a text's content words, a compound's parts apart ("long-haul"); with
    ``things_only``, not the words that name an event the checks compare as such ("rose",
    "cancelled")."""
    return frozenset(
        part[:STEM]
        for w in checks.content(text)
        if not (things_only and concepts(w))
        for part in w.split("-")
        if len(part) > 2 and not part.isdigit()
    )


def _anchors(text: str) -> frozenset[str]:
    """The stems of the words by which a claim names its things, not its events, nor who
    reports it."""
    return _words(_TRAILING_FRAME.sub("", text), things_only=True)


def _contrast(claim: str, other: str) -> tuple[Clause, Clause] | None:
    """The two clauses ``claim`` sets against each other, when ``other`` is a plain claim to
    read against them: not itself such a claim, and not hedged."""
    found = clauses(claim)
    if found is None or clauses(other) is not None or checks.is_tentative(other):
        return None
    return found


@lru_cache(maxsize=4096)
def _matched(claim: str, other: str) -> tuple[Clause, Clause, bool] | None:
    """The clause of ``claim`` (one that sets two against each other) whose subject holds a name
    ``other`` gives ("the one in Lyon"), else whose subject's head noun is ``other``'s ("its
    profits", "the market"), else whose things ``other`` names most, the subject's words
    counting twice; then the other clause, and True; when
    ``other`` names both alike (or neither, or that clause's subject names nothing: "some of
    them") and the clauses tell opposite events, the clause
    whose event ``other`` tells and not the other's, then the other clause, and False. None
    otherwise, or when ``other`` is no plain claim (``_contrast``). Asked by ``opposed`` and
    ``agrees`` of the same pairs, so kept."""
    found = _contrast(claim, other)
    if found is None:
        return None
    anchors = _anchors(other)

    def named(clause: Clause) -> int:
        return sum(
            2 if w in clause.subject else 1
            for w in anchors & (_words(clause.text) | clause.subject)
        )

    # A name of the other claim in one clause's subject ("the one in Lyon"), then the same head
    # noun of the subject ("its profits", "the market"), then the words named.
    head, names = _plain_subject(other)

    def score(clause: Clause) -> tuple[int, bool, int]:
        return len(clause.names & names), head is not None and clause.head == head, named(clause)

    first, second = found
    a, b = score(first), score(second)
    if a != b:
        chosen, rest = (first, second) if a > b else (second, first)
        if chosen.subject:  # "some of them": a subject that names nothing is no match
            return chosen, rest, True
    events = [concepts(c.text) for c in found]
    if checks.opposite_pair(*events) is None:
        return None
    told = [bool(e & concepts(other)) for e in events]
    if told == [True, False]:
        return first, second, False
    if told == [False, True]:
        return second, first, False
    return None


def opposed(first: str, second: str) -> checks.Finding | None:
    """One claim sets two clauses against each other, and the other claim says the opposite
    of the clause whose things it names ("Sales in Europe fell" against "Sales rose in Europe
    but fell in Asia")."""
    for claim, other in ((first, second), (second, first)):
        matched = _matched(claim, other)
        if matched is None or not matched[2]:
            continue
        clause = matched[0]
        found = checks.antonym(clause.text, other)
        if found is not None:
            return checks.Finding(
                "antonym",
                f'One part of a claim, "{clause.text}", and the other claim describe opposite '
                f"things: {found.explanation.split(': ', 1)[1]}",
            )
    return None


# "All but two of the hostages": not every one.
_ALL_BUT = re.compile(r"\ball\s+but\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+")


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a text past its first word, lowercased."""
    return frozenset(w.lower() for w in _NAME.findall(text[1:]))


def every_part(first: str, second: str) -> checks.Finding | None:
    """One claim sets two clauses telling opposite events against each other ("Thousands of
    troops had withdrawn, but tens of thousands remained"); the other, plainly, says one of
    the two events of every one ("All the troops have withdrawn"), while the clause of the
    opposite event is about the same things: its subject names nothing the other claim does
    not ("tens of thousands"), and it names no place or name the other does not ("flights to
    London" is no part of "all flights to Paris")."""
    for claim, other in ((first, second), (second, first)):
        found = _contrast(claim, other)
        if found is None:
            continue
        if not _EVERY & set(lexicon.tokens(other)) or _ALL_BUT.search(other):
            continue
        if checks.negation_cues(other):
            continue
        told = concepts(other)
        for clause, rest in (found, found[::-1]):
            opposite = checks.opposite_pair(concepts(rest.text), told)
            if not concepts(clause.text) & told or opposite is None:
                continue
            if not rest.subject <= _anchors(other) or not _names(rest.text) <= _names(other):
                continue
            return checks.Finding(
                "antonym",
                f'The other claim says "{wording(other, opposite[1])}" of every one; one part '
                f'of this one, "{rest.text}", says "{wording(rest.text, opposite[0])}" of some.',
            )
    return None


# Words that give a share of what a clause tells ("two-thirds of the force had withdrawn"): a
# share to set against the other clause's, not the event alone.
_SHARE = frozenset(
    {"most", "majority", "bulk", "half", "third", "thirds", "two-thirds", "quarter", "quarters",
     "percent", "minority", "fraction"}
)  # fmt: skip


def agrees(first: str, second: str) -> checks.Finding | None:
    """One claim sets two clauses against each other; the other, not speaking of every part
    ("all", "every") and negated as that clause is, meets no opposite in the clause it is
    about, but tells the same event or meets an opposite only in the other clause: the other
    clause does not concern it. The clause it is about is the one whose subject it names and
    whose things it names most ("Long-haul flights ran as scheduled" against "The airline
    cancelled dozens of flights, but its long-haul routes operated normally"); or, naming the
    things of neither, the one whose event it tells, without a share of it, when the clauses
    tell opposite events ("We have seen signs of a start of Russian withdrawal" against
    "Thousands of them had withdrawn, but tens of thousands remained")."""
    for claim, other in ((first, second), (second, first)):
        matched = _matched(claim, other)
        words = set(lexicon.tokens(other))
        if matched is None or _EVERY & words:
            continue
        clause, rest, by_things = matched
        if bool(checks.negation_cues(clause.text)) != bool(checks.negation_cues(other)):
            continue
        if by_things and not clause.subject & _anchors(other):
            continue  # the other claim does not name what that clause is about
        if not by_things and _SHARE & words:
            continue
        if checks.antonym(clause.text, other) is not None:
            continue
        shared = concepts(clause.text) & concepts(other)
        if shared or checks.antonym(rest.text, other) is not None:
            return checks.Finding(
                "other",
                f'The other claim is about what one part of this one says, "{clause.text}", '
                "and nothing in that part conflicts with it.",
            )
    return None
