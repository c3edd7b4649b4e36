"""Claim extraction: which sentences assert something checkable, and who is said to say it."""

from __future__ import annotations

import re

from service.pipeline import cleaning, sentences
from service.pipeline.attribution import frame
from service.pipeline.models import ExtractedClaim

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*")
_QUESTION = re.compile(r"\?[\"'\u201d\u2019)\]]*$")
_IMPERATIVE = re.compile(
    r"^(please |do not |don't )?(find|sign|subscribe|click|read|follow|download|support|donate|"
    r"join|register|get|try|share|watch|listen|visit|check|call|email|contact|see)\b",
    re.IGNORECASE,
)

_REPORTING_VERB = (
    r"said|says|told|added|stated|announced|estimated|warned|reported|claimed|insisted|"
    r"denied|confirmed|noted|explained|urged|argued|acknowledged|admitted|disputed|"
    # "called (again) for" and "called on" report a call; "a town called Kramatorsk" does not.
    r"call(?:ed|s)(?=\s+(?:again\s+|also\s+)?(?:for|on)\b)"
)
_REPORTING = re.compile(rf"\s(?:{_REPORTING_VERB})\b")
# What ends a speaker phrase on its left: punctuation and quote marks, but not a curly apostrophe
# inside a word ("the alliance’s outgoing Secretary General").
_PHRASE_START = re.compile(r"[,;:\"\u201c\u201d\u2018()]|\u2019(?!\w)|(?<!\w)\u2019")
# A speaker phrase is a few words: look no further back than this for its start.
_SPEAKER_REACH = 100
# Longer than this, a "sentence" is a run-on paste, not a claim anyone could check.
MAX_SENTENCE_CHARS = 1500
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
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)|"
    r"last week|this week))+$",
    re.IGNORECASE,
)
_LEADING_LOWER = re.compile(r"^(?:(?!(?:a|an|the)\b)[a-z][\w'-]*\s+)+")
_DETERMINERS = {"The", "A", "An", "This", "These", "Those", "Its", "His", "Her", "Their", "Our"}
_PRONOUN = re.compile(r"^(he|she|they)$", re.IGNORECASE)
_LEADING_CONNECTIVE = re.compile(r"^(however|but|and|meanwhile|also|still|yet)\s+", re.IGNORECASE)
_NOT_NAME = {
    "On", "In", "At", "The", "A", "An", "However", "But", "And", "As", "Last", "This", "That",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
    # Titles come before a name but are not part of it.
    "Secretary", "General", "President", "Minister", "Prime", "Foreign", "Defence", "Defense",
    "Chancellor", "Senator", "Mr", "Mrs", "Ms", "Dr", "Sir", "Head", "Chief", "Spokesman",
    "State", "Secretary-General", "Vice", "Deputy", "Governor", "Mayor", "Ambassador",
    "Commander", "Colonel", "Lieutenant", "Admiral", "King", "Queen", "Prince", "Pope",
}  # fmt: skip
# A person's name: two to four capitalised words (not acronyms), hyphens and initials allowed.
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*$|^[A-Z]\.$")


def _words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def is_candidate(sentence: str) -> bool:
    """A sentence that could be a claim: a statement, not a question, a call to action, a
    fragment, site chrome or a run-on paste. Whether it is worth checking is the
    check-worthiness model's decision (see ``checkworthiness``)."""
    if len(sentence) > MAX_SENTENCE_CHARS or len(_words(sentence)) < 5:
        return False
    if _QUESTION.search(sentence) or _IMPERATIVE.match(sentence):
        return False
    return not cleaning.is_chrome(sentence)


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
    if not words or len(words) > 8 or all(w in _NOT_NAME for w in words):
        return None
    if _PRONOUN.match(phrase):
        return phrase.lower()
    # A speaker is a named body or person, or an official of some kind.
    named = (
        any(w[0].isupper() for w in words[1:])
        or words[0] not in _DETERMINERS | {w.lower() for w in _DETERMINERS}
        and words[0][0].isupper()
    )
    if not named and not re.search(r"\b(official|spokesman|spokeswoman|spokesperson)s?\b", phrase):
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
    if 2 <= len(name) <= 4 and len(name) < len(words):
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


def claim_text(sentence: str) -> str:
    """The sentence as a comparable claim: one line, no dateline, no reporting frame."""
    return frame(sentence).content


def extract(text: str) -> list[ExtractedClaim]:
    """Every candidate claim in an article, in order, each once, with offsets into ``text``."""
    normalised = cleaning.normalise(text)
    claims: list[ExtractedClaim] = []
    seen: set[str] = set()
    last_speaker: str | None = None
    for block in cleaning.clean(normalised):
        for span in sentences.split(normalised, block):
            sentence = normalised[span.start : span.end]
            if len(sentence) > MAX_SENTENCE_CHARS:
                continue
            speaker = find_speaker(sentence)
            if speaker and _PRONOUN.match(speaker):
                speaker = last_speaker
            elif speaker and " " not in speaker and speaker[0].isupper():
                speaker = _full_name(speaker, normalised)
            if speaker:
                last_speaker = speaker
            if not is_candidate(sentence):
                continue
            key = cleaning.fingerprint(claim_text(sentence))
            if key in seen:
                continue
            seen.add(key)
            claims.append(
                ExtractedClaim(
                    text=claim_text(sentence),
                    sentence=text[span.start : span.end],
                    start=span.start,
                    end=span.end,
                    speaker=speaker,
                )
            )
    return claims
