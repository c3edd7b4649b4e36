"""Who is said to make a statement: the speaker a sentence names, as the article names them.

Everything here sits behind ``speaker_of`` (and ``speaker_like`` for the frame reader), so that a
parser can replace the patterns without touching the rest of extraction.
"""

from __future__ import annotations

import re

from service.extraction.lexicon import (
    CONNECTIVES,
    DETERMINERS,
    MONTHS,
    OFFICIALS,
    PRONOUNS,
    SPEAKER_CONNECTIVES,
    SPEAKER_NOUNS,
    SPEAKER_VERBS,
    TITLES,
    WEEKDAYS,
    alternation,
)

_REPORTING_VERB = (
    f"{alternation(SPEAKER_VERBS)}|"
    # "called (again) for" and "called on" report a call; "a town called Kramatorsk" does not.
    r"call(?:ed|s)(?=\s+(?:again\s+|also\s+)?(?:for|on)\b)"
)
_REPORTING = re.compile(rf"\s(?:{_REPORTING_VERB})\b")
# What ends a speaker phrase on its left: punctuation and quote marks, but not a curly apostrophe
# inside a word ("the alliance’s outgoing Secretary General").
_PHRASE_START = re.compile(r"[,;:\"\u201c\u201d\u2018()]|\u2019(?!\w)|(?<!\w)\u2019")
# A speaker phrase is a few words: look no further back than this for its start.
_SPEAKER_REACH = 100
# "The official, who asked not to be named, said ..."
_SPEAKER_APPOSITIVE = re.compile(
    rf"^(?P<who>[^,]{{2,60}}), (?:who|which) [^,]+, (?:{_REPORTING_VERB})\b"
)
_SPEAKER_AFTER = re.compile(
    r"\b(?:said|says|added)\s+(?P<who>(?:the |an? )?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})"
    r"\s*[.,]?[\"'\u201d\u2019]?$"
)
_ACCORDING_TO = re.compile(
    r"\baccording to (?P<who>(?:the |an? )?[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,4})"
)
_TRAILING_TIME = re.compile(
    r"(\s+(also|then|now|later|earlier|again|still|yesterday|today|tonight|"
    r"(on|last|this|next) "
    rf"({alternation(WEEKDAYS)}|week|month|year)|"
    r"last week|this week))+$",
    re.IGNORECASE,
)
_LEADING_LOWER = re.compile(r"^(?:(?!(?:a|an|the)\b)[a-z][\w'-]*\s+)+")
_DETERMINERS = {d.capitalize() for d in DETERMINERS}
_PRONOUN = re.compile(rf"^({alternation(PRONOUNS)})$", re.IGNORECASE)
_LEADING_CONNECTIVE = re.compile(rf"^({alternation(SPEAKER_CONNECTIVES)})\s+", re.IGNORECASE)
# Capitalised words that start a phrase but are not a name: prepositions, "the", "a", "an",
# "this", "however", "but", "and", days, months and titles.
_NOT_NAME = (
    {"On", "In", "At", "As", "Last", "That"}
    | {w.capitalize() for w in (*DETERMINERS[:4], *CONNECTIVES[:3], *WEEKDAYS, *MONTHS)}
    | set(TITLES)
)
# A speaker phrase is at most this many words ("the alliance's outgoing Secretary General").
MAX_SPEAKER_WORDS = 8
# A person's name is two to four words; a longer run of capitals is a body or a title.
NAME_WORDS = range(2, 5)
# A person's name: two to four capitalised words (not acronyms), hyphens and initials allowed.
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*$|^[A-Z]\.$")


def _full_name(surname: str, text: str) -> str:
    """The longest run of capitalised names ending in ``surname`` that the article uses."""
    best = surname
    if not re.fullmatch(r"[A-Z][a-z]+", surname):  # acronyms and bodies are not expanded
        return surname
    for match in re.finditer(rf"(?<![\w-])((?:[A-Z][a-z]+ ){{1,3}}){re.escape(surname)}\b", text):
        names = match.group(1).split()
        while names and names[0] in _NOT_NAME:
            names.pop(0)
        candidate = " ".join([*names, surname])
        if len(candidate) > len(best):
            best = candidate
    return best


def _tidy_speaker(phrase: str) -> str | None:
    phrase = _LEADING_CONNECTIVE.sub("", " ".join(phrase.split())).strip(" .")
    phrase = _TRAILING_TIME.sub("", phrase)
    if not _PRONOUN.match(phrase):
        phrase = _LEADING_LOWER.sub("", phrase)
    words = phrase.split()
    if not words or len(words) > MAX_SPEAKER_WORDS or all(w in _NOT_NAME for w in words):
        return None
    if _PRONOUN.match(phrase):
        return phrase.lower()
    # A speaker is a named body or person, or an official of some kind.
    named = (
        any(w[0].isupper() for w in words[1:])
        or words[0] not in _DETERMINERS | {w.lower() for w in _DETERMINERS}
        and words[0][0].isupper()
    )
    if not named and not _OFFICIAL.search(phrase):
        return None
    return _person(phrase)


def _person(phrase: str) -> str:
    """The name at the end of a phrase that titles a person ("NATO head Anders Fogh Rasmussen"
    gives "Anders Fogh Rasmussen"); any other phrase as it is."""
    words = phrase.split()
    name: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word) or word in _NOT_NAME:
            break
        name.insert(0, word)
    if len(name) in NAME_WORDS and len(name) < len(words):
        return " ".join(name)
    return phrase


def find_speaker(sentence: str) -> str | None:
    """Who the sentence says made the statement, as the sentence names them, or None."""
    for pattern in (_SPEAKER_APPOSITIVE, _SPEAKER_AFTER):
        for match in pattern.finditer(sentence):
            who = _tidy_speaker(match.group("who"))
            if who:
                return who
    # "<who> said": find the verb, then the phrase that ends at it (linear in the sentence).
    for verb in _REPORTING.finditer(sentence):
        head = sentence[max(0, verb.start() - _SPEAKER_REACH) : verb.start()]
        starts = [m.end() for m in _PHRASE_START.finditer(head)]
        who = _tidy_speaker(head[starts[-1] if starts else 0 :])
        if who:
            return who
    for match in _ACCORDING_TO.finditer(sentence):
        who = _tidy_speaker(match.group("who"))
        if who:
            return who
    return None


def speaker_of(sentence: str, article: str, last: str | None) -> str | None:
    """Who ``sentence`` says made its statement: a pronoun is ``last``, the speaker the article
    named before it; a surname is the fullest form of the name ``article`` uses."""
    speaker = find_speaker(sentence)
    if speaker and _PRONOUN.match(speaker):
        return last
    if speaker and " " not in speaker and speaker[0].isupper():
        return _full_name(speaker, article)
    return speaker


_SPEAKER_WORDS = re.compile(rf"\b({alternation((*SPEAKER_NOUNS, *PRONOUNS))})\b", re.I)
# (Without "our": the frame reader never took "Our ..." for a description.)
_DETERMINER_START = re.compile(rf"^({alternation(DETERMINERS[:-1])})\s+[a-z]", re.I)
_OFFICIAL = re.compile(rf"\b({alternation(OFFICIALS)})s?\b")


def speaker_like(phrase: str) -> bool:
    """A few words naming a person or body: a name, an official, a pronoun."""
    words = phrase.split()
    if not 1 <= len(words) <= MAX_SPEAKER_WORDS:
        return False
    if _SPEAKER_WORDS.search(phrase):
        return True
    named = [w for w in words[1:] if w[:1].isupper()] or (
        [words[0]] if words[0][:1].isupper() and not _DETERMINER_START.match(phrase) else []
    )
    return bool(named)
