"""Speakers' names: ``full_name`` expands a surname to the name the article uses, and
``speaker_like`` tells the frame reader whether a few words could name a speaker. Who a sentence
says made its statement is read from its parse (extraction/attribution.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from service.extraction.lexicon import (
    CONNECTIVES,
    DETERMINERS,
    MONTHS,
    ORGANISATION_HEADS,
    PRONOUNS,
    SPEAKER_NOUNS,
    TITLES,
    WEEKDAYS,
    alternation,
)

# Capitalised words that start a phrase but are not a name: prepositions, "the", "a", "an",
# "this", "however", "but", "and", days, months and titles.
_NOT_NAME = (
    {"On", "In", "At", "As", "Last", "That"}
    | {w.capitalize() for w in (*DETERMINERS[:4], *CONNECTIVES[:3], *WEEKDAYS, *MONTHS)}
    | set(TITLES)
)
# A speaker phrase is at most this many words ("the alliance's outgoing Secretary General").
MAX_SPEAKER_WORDS = 8


def full_name(surname: str, text: str, *, given: bool = False) -> str:
    """The longest run of capitalised names ending in ``surname`` that the article uses; with
    ``given``, a first name the article never uses as a surname is also expanded to the one
    full name it starts ("Kevin" -> Kevin Nickel)."""
    best = surname
    if not re.fullmatch(r"[A-Z][a-z]+", surname):  # acronyms and bodies are not expanded
        return surname
    if given:
        followed = {
            m.group(1)
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)} ([A-Z][a-z]+)\b", text)
            if m.group(1) not in _NOT_NAME
        }
        preceded = re.search(rf"[A-Z][a-z]+ {re.escape(surname)}\b", text)
        if len(followed) == 1 and not preceded:
            return f"{surname} {followed.pop()}"
    for match in re.finditer(rf"(?<![\w-])((?:[A-Z][a-z]+ ){{1,3}}){re.escape(surname)}\b", text):
        names = match.group(1).split()
        # "Rear Admiral John Kirby", "Brigadier General Saad Maan": the name after the title.
        titled = [k for k, name in enumerate(names) if name in _NOT_NAME]
        names = names[titled[-1] + 1 :] if titled else names
        candidate = " ".join([*names, surname])
        if len(candidate) > len(best):
            best = candidate
    return best


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Small words an organisation's name may hold that its acronym leaves out.
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in"})
_WORDS = re.compile(r"[A-Za-z][\w'-]*")


@lru_cache(maxsize=32)
def spelled_out(acronym: str, text: str) -> str | None:
    """The first name in ``text`` whose capitalised words' initials are ``acronym`` ("SOHR":
    Syrian Observatory for Human Rights), or None. (Kept: an article asks for the same
    acronyms sentence after sentence.)"""
    words = _WORDS.findall(text)
    for start, first in enumerate(words):
        if first[0] != acronym[0] or not first[:1].isupper() or first.isupper():
            continue
        letters, end = 1, start + 1
        while letters < len(acronym) and end < len(words):
            word = words[end]
            if word.lower() in _NAME_LINKS and word.islower():
                end += 1
            elif word[0] == acronym[letters] and not word.isupper():
                letters, end = letters + 1, end + 1
            else:
                break
        if letters == len(acronym) and words[end - 1][:1].isupper():
            return " ".join(words[start:end])
    return None


# What stands before a body's short name in its full one: "Department of (the) ".
_BODY_BEFORE = re.compile(
    rf"\b(?:{alternation(sorted(ORGANISATION_HEADS), capitalised=True)}) (?:of|for) (?:the )?$"
)


def fullest_body(name: str, text: str) -> str:
    """An organisation as the article names it at its fullest: an acronym spelled out, a
    short name with the body it belongs to ("Homeland Security": Department of Homeland
    Security)."""
    if _ACRONYM.fullmatch(name):
        return spelled_out(name, text) or name
    # The name's own mentions are few: each is looked behind, not the whole text scanned for
    # every body's head.
    for mention in re.finditer(rf"\b{re.escape(name)}\b", text):
        head = _BODY_BEFORE.search(text, max(0, mention.start() - 40), mention.start())
        if head:
            return text[head.start() : mention.end()]
    return name


def named_body(described: Sequence[str], text: str) -> str | None:
    """The one body ``text`` names whose name holds every word of a description that ends in
    a body's head ("the ministry": Interior Ministry; "the university": Elon University), or
    None when it names none or several."""
    head = re.escape(described[-1].capitalize())
    names = {
        m.group(0)
        for m in re.finditer(rf"\b(?:[A-Z][\w'\u2019-]* ){{1,4}}{head}\b", text)
        if set(described) <= set(m.group(0).lower().split())
    }
    # "The Environmental Protection Agency": the name without the word that opens the sentence.
    names = {" ".join(n.split()[1:]) if n.split()[0] in _NOT_NAME else n for n in names}
    names = {n for n in names if len(n.split()) > 1 and set(described) <= set(n.lower().split())}
    return names.pop() if len(names) == 1 else None


_SPEAKER_WORDS = re.compile(rf"\b({alternation((*SPEAKER_NOUNS, *PRONOUNS))})\b", re.I)
# (Without "our": the frame reader never took "Our ..." for a description.)
_DETERMINER_START = re.compile(rf"^({alternation(DETERMINERS[:-1])})\s+[a-z]", re.I)


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
