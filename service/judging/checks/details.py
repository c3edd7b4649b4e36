"""What each claim tells of which thing: other things of one kind or other parts of one whole,
what holds for only some against all, the same words with one detail swapped, names exchanged
around a one-way verb, a detail added or a thing named that the other describes, and the one a
denial of everyone leaves out.
"""

from __future__ import annotations

import re
from typing import Any

from service.extraction import facts, lexicon, parse
from service.extraction.lexicon import tokens
from service.judging.checks.base import (
    _EVERY,
    _FRAME_WORDS,
    _NEGATIONS,
    _STOPWORDS,
    _YEAR,
    Finding,
    _a_time,
    _disjoint,
    _lemmas,
    _memo,
    _subjects,
    _word_share,
)
from service.judging.checks.tentative import _HEDGES

# The share of the longer claim's words two claims share from which one is the other negated.
NEGATED_COPY = 0.75


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
    is one account altered; nor marks one claim uses elsewhere in its own words, which tell
    nothing apart ("Ashcombe councillors" and "councillors in Ashcombe", "carbon dioxide
    emissions" and "carbon emissions", "Drevik's prototype" and "Drevik Robotics' prototype")."""
    if _word_share(first, second) >= NEGATED_COPY:
        return False
    a, b = _told_apart(first), _told_apart(second)
    for thing, how in {(t, h) for t, h, _ in a} & {(t, h) for t, h, _ in b}:
        marks_a = frozenset(w for t, h, w in a if (t, h) == (thing, how))
        marks_b = frozenset(w for t, h, w in b if (t, h) == (thing, how))
        if _disjoint(marks_a, marks_b) and not (
            marks_a <= _own_words(second) or marks_b <= _own_words(first)
        ):
            return True
    return False


@_memo
def _own_words(text: str) -> frozenset[str]:
    """The text's words and their lemmas, lower-cased: where a mark of the other claim may be."""
    return frozenset(tokens(text)) | _lemmas(text)


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
