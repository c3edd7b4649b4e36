"""Who did it: each verb of a claim with what fills its roles (its subject, its object, what it
is about), and the checks that read who did what: two named doers of one deed
(``other_doer``), each side the other's winner, separate contests, and a deputy against the
office it serves.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from service.extraction import lexicon, parse
from service.judging.checks.base import (
    _EVERY,
    Finding,
    _a_time,
    _disjoint,
    _memo,
    _mentions,
    _times,
)
from service.judging.checks.events import _other_doers
from service.judging.concepts import RIVALRIES, concepts

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
