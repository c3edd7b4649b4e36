"""Events, opposites and movement: opposite events ("withdraw" against "build up", the concepts
of judging/concepts.py: ``antonym``), one thing rising in one claim and falling in the other,
at other times or of other things, one event following another (``sequence``), a beginning
long ago against an ending, harm against only the unhurt, and how things stood earlier.
"""

from __future__ import annotations

import re
from typing import Any

from service.extraction import lexicon, parse
from service.extraction.lexicon import tokens
from service.judging.checks.base import (
    _EARLIER_POINT,
    _EMPTY_VERBS,
    _NOT_DONE_CUE,
    _YEAR,
    Finding,
    _akin,
    _disjoint,
    _kin_words,
    _lemmas,
    _memo,
    _negations,
    _subjects,
    _times,
    clauses,
    negation_cues,
)
from service.judging.checks.details import _other_parts, _other_things
from service.judging.checks.figures import _part_against_count
from service.judging.checks.tentative import is_tentative
from service.judging.concepts import MOVEMENTS, OPPOSITES, RIVALRIES, concepts, wording


def _plain_cues(text: str) -> tuple[str, ...]:
    """The negating words of a text, not a failure ("failed to recover its budget" is itself
    an outcome, the opposite of a hit)."""
    failures = len(_NOT_DONE_CUE.findall(text))
    cues = negation_cues(text)
    return cues[: len(cues) - failures]


def _apart(first: str, second: str) -> bool:
    """The claims name different times ("on Monday", "on Tuesday"), or say what they say of
    different things ("unemployment", "vacancies")."""
    return _disjoint(_times(first), _times(second)) or _disjoint(
        _subjects(first), _subjects(second)
    )


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
    opposed = _opposite_concepts(first, second)
    # Each opposite in the claim's own words ("raised", not the concept "increase").
    found = (
        (wording(first, opposed[0]), wording(second, opposed[1]))
        if opposed
        else _prefixed_opposite(first, second)
    )
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


def _negated_where(text: str, concept: str) -> bool:
    """A clause of ``text`` that names ``concept`` holds a negation (a failure negates what
    it failed to do, not itself: "failed to recover its budget" is a failure)."""
    cues = _plain_cues if concept == "fail" else negation_cues
    return any(cues(c) for c in clauses(text) if concept in concepts(c))
