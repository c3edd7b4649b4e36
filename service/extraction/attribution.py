"""Who is said to make a statement, as what, and how: attribution from the dependency parse.

A verb of saying with a clause or a quotation to report (``said``, ``told reporters``, ``was
quoted as saying``), or ``according to``, attributes the sentence. Its subject is the speaker;
a name keeps only the name, and the title before it or the appositive after it becomes the
speaker's role ("Maria Lopez, an economist at Northbank" -> Maria Lopez, economist at
Northbank). A document stands for whoever issued it ("a report by the Harbour Institute"), and
reports what it shows or finds. A "he" or "she", or a person described by party, nation or age
("the Texas Democrat", "the 26-year-old"), is the person the sentence before has as its subject,
or else the last speaker the article named who may be a person (not a newspaper, a body or a
group); any other pronoun is the last speaker; an "it", the body, place or group the sentence
before has as its subject, or else the last speaker. A description keeps whose it is ("his
sister"), and is the earlier speaker so described when there is one ("his father" after
"Somers' father, Michael, said"). A surname is the fullest form of the name the article uses; an
acronym or a body's short name, the body the article names in full; "the spokesman", the earlier
speaker so described; any other definite description the article did not introduce, the name
the sentence before had as its subject: a body for a body's noun ("the carmaker"), else a person
("the billionaire"). A verb of saying in another sense
("The same cannot be said of wages", "That said", "All told"), or denied before an open question
("It did not say where"), attributes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from service.extraction import cleaning
from service.extraction.lexicon import (
    BODY_NOUNS,
    DENIAL_LEMMAS,
    DETERMINERS,
    DOCUMENTS,
    FINDING_LEMMAS,
    HONORIFICS,
    MONTHS,
    ORGANISATION_HEADS,
    PUBLICATION_NAME_WORDS,
    PUBLICATIONS,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    SAYING_LEMMAS,
    SPEAKER_NOUNS,
    SUBJECT_PRONOUNS,
    TITLE_ABBREVIATIONS,
    TITLES,
    WEEKDAYS,
    alternation,
)
from service.extraction.parse import parse, parse_all, recognise_all
from service.extraction.speakers import full_name, fullest_body, named_body

# The forms those verbs take ("said", "tells", "denied", "writing"), and "according": a sentence
# with none of them attributes nothing, and is not parsed.
_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written", "writing"),
    "find": ("found",),
    "show": ("shown",),
}


def _forms(lemma: str) -> set[str]:
    """Every inflection the verb may take, and a few it never does (harmless here)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing"}
    forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "admitted"
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms | set(_IRREGULAR.get(lemma, ()))


_CUE_WORDS = sorted({f for lemma in SAYING_LEMMAS | FINDING_LEMMAS for f in _forms(lemma)})
_CUE = re.compile(rf"\b(?:{'|'.join(_CUE_WORDS)}|according)\b", re.IGNORECASE)
# Days that make "on" a date rather than whom a call is on ("called on Tuesday for ...").
_DAYS = frozenset((*WEEKDAYS, *MONTHS, "today", "tomorrow", "yesterday"))
# What a verb of saying must govern to report something: a clause, a quotation or an audience.
_CONTENT = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "dative", "advcl", "conj"})
_PRONOUNS = frozenset((*SUBJECT_PRONOUNS, "him", "her", "them"))
# Pronouns that stand for a person, and may point back to one who has not spoken yet.
_PERSONAL = frozenset({"he", "she", "him", "her"})
# What the recogniser calls a person, and anyone or anything a description may stand for.
_PERSON = frozenset({"PERSON"})
_BODIES = frozenset({"ORG", "GPE", "NORP"})
_LEADING = re.compile(rf"^(?:{alternation(DETERMINERS)})\s+", re.IGNORECASE)
# Words that stand before a name without being part of it; honorifics alone are no role.
_TITLE_WORDS = frozenset(t.lower() for t in (*TITLES, *TITLE_ABBREVIATIONS))
_HONORIFICS = frozenset(h.lower() + dot for h in HONORIFICS for dot in ("", "."))
_BEFORE_PREPOSITION = re.compile(r"\s(?:at|of|for|in|with|from|on|to)\s", re.IGNORECASE)
_OPEN = '"\u201c'
_CLOSE = '"\u201d'


@dataclass(frozen=True)
class Attribution:
    """Who the sentence says made its statement, as what, and the words that say so."""

    speaker: str | None
    role: str | None
    frame: str | None
    # The clause the verb reports, as written ("Unemployment fell to 4 percent in March"), when
    # the parse gives it apart from the frame.
    content: str | None = None
    # Whether that content is a direct quotation ('"We have seen signs," Rasmussen said').
    quote: bool = False
    # The document the speaker spoke through ("statement" for "a foreign ministry statement
    # said"), so that "the statement" later is theirs.
    document: str | None = None


@dataclass(frozen=True)
class _Named:
    """A speaker phrase as the sentence gives it: the speaker as written, the role, the
    document they spoke through, and, for a description, its head noun and whether it is
    definite ("the paper", "the source": someone the article has already introduced)."""

    speaker: str | None
    role: str | None = None
    document: str | None = None
    head: str | None = None
    definite: bool = False
    singular: bool = True
    # A person described, not named, as a reader takes a "he": "the San Diego Republican",
    # "the 26-year-old".
    person: bool = False
    # Described by whose they are: "his sister", "her father".
    owned: bool = False


NONE = Attribution(None, None, None)


def _quoted(sentence: str) -> list[range]:
    """The character ranges inside double quotation marks."""
    spans, start = [], None
    for i, ch in enumerate(sentence):
        if ch in _OPEN and start is None:
            start = i
        elif ch in _CLOSE and start is not None:
            spans.append(range(start, i + 1))
            start = None
    return spans


def _text(tokens: list[Any]) -> str:
    """The tokens as written, without a leading determiner or trailing punctuation."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    words = doc[tokens[0].i : tokens[-1].i + 1].text
    return _LEADING.sub("", words.strip(" ,;:'\"\u2019\u201d")).strip().removesuffix("'s")


def _phrase(head: Any, *, leave: frozenset[str]) -> list[Any]:
    """``head`` with the tokens that depend on it, left out the branches named in ``leave``."""
    kept = [head]
    for child in head.children:
        if child.dep_ in leave:
            continue
        kept.extend(_phrase(child, leave=leave))
    return sorted(kept, key=lambda t: t.i)


_NOT_NAME_PART = frozenset({"appos", "relcl", "acl", "punct", "advmod", "aux", "prep"})
_NOT_PHRASE_PART = frozenset({"appos", "relcl", "acl", "punct", "advmod", "aux"})


def _joins_word(token: Any) -> bool:
    """A hyphen inside a word ("Secretary-General"), which the parse treats as punctuation."""
    doc = token.doc
    return (
        token.text in ("-", "\u2013")
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
    )


def _names_part(prep: Any) -> bool:
    """An "of" or "for" that belongs to an organisation's name: after a capitalised head such
    as Bureau or Centers, before a capitalised object ("Federal Bureau of Investigation")."""
    head = prep.head
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.lower_ in ("of", "for")
        and head.text[:1].isupper()
        and head.lower_ in ORGANISATION_HEADS
        and bool(objects)
        and objects[0].text[:1].isupper()
    )


def _name_phrase(head: Any, *, top: bool = True) -> list[Any]:
    """A speaker's name with the words that depend on it: clauses, appositives and adverbs left
    out, and the name's own prepositions but for an organisation's "of"/"for" ("Maria Lopez of
    Northbank" is Maria Lopez; "US Secretary of State John Kerry" keeps its title whole); a
    hyphen inside a word kept."""
    kept = [head]
    for child in head.children:
        if child.dep_ == "punct" and _joins_word(child):
            kept.append(child)
        elif child.dep_ == "prep" and (not top or _names_part(child)):
            kept.extend(child.subtree)
        elif child.dep_ not in _NOT_NAME_PART:
            kept.extend(_name_phrase(child, top=False))
    return sorted(kept, key=lambda t: t.i)


def _contiguous(tokens: list[Any]) -> list[Any]:
    """The run of ``tokens`` that holds the last of them, without gaps."""
    run = [tokens[-1]]
    for token in reversed(tokens[:-1]):
        if token.i != run[0].i - 1:
            break
        run.insert(0, token)
    return run


def _name(tokens: list[Any]) -> tuple[list[Any], list[Any]] | None:
    """The proper name ending a speaker phrase and the words before it (a title, a
    description), when the phrase ends in one: "NATO Secretary-General Anders Fogh Rasmussen"
    gives Anders Fogh Rasmussen and NATO Secretary-General."""
    if not _proper(tokens[-1]):
        return None
    name: list[Any] = []
    for token in reversed(tokens):
        # A title ends a person's name, not a body's ("Foreign Ministry", "Defense Department").
        if token.lower_.rstrip(".") in _TITLE_WORDS and not (
            name and name[-1].lower_ in ORGANISATION_HEADS
        ):
            break
        # "Wilfried Strauch": a capitalised first name the tagger took for an adjective.
        given = len(name) == 1 and token.pos_ == "ADJ" and token.text[:1].isupper()
        # "The United States and NATO said": two names joined are one speaker.
        joined = bool(name) and token.dep_ == "cc" and token.lower_ == "and"
        if not (
            _proper(token)
            or given
            or joined
            or (name and name[0].i == token.i + 1 and _joins_word(token))
        ):
            break
        name.insert(0, token)
        if given:
            break
    while name and not _proper(name[0]):
        name.pop(0)  # an "and" with no name before it
    if not name:
        return None
    # A body's own words, however tagged: "Russia's defence ministry", "the health ministry".
    while name[-1].lower_ in ORGANISATION_HEADS:
        word = next((t for t in tokens if t.i == name[0].i - 1), None)
        if word is None or word.dep_ not in ("compound", "amod") or word.head not in name:
            break
        name.insert(0, word)
    name = _possessor(name, tokens) + name
    before = [t for t in tokens if t.i < name[0].i and t.dep_ not in ("det", "poss", "case")]
    if before and before[-1].text in ("-", "'s"):
        return None
    return name, before


def _possessor(name: list[Any], tokens: list[Any]) -> list[Any]:
    """The proper name that owns an organisation ("Iraq's Interior Ministry"), which is part of
    its name; a person's employer is not ("Nasa's Bill Cooke")."""
    if name[-1].lower_ not in ORGANISATION_HEADS:
        return []
    before = [t for t in tokens if t.i < name[0].i]
    if len(before) < 2 or before[-1].dep_ != "case" or not _proper(before[-2]):
        return []
    return [*_contiguous([t for t in before[:-1] if _proper(t)]), before[-1]]


def _proper(token: Any) -> bool:
    """A proper noun, or an acronym the tagger took for a common one ("the group SITE"); never
    a stop the tagger took for one ("Col. Steve Warren")."""
    acronym = token.is_upper and token.is_alpha and len(token.text) > 1
    return bool((token.pos_ == "PROPN" and not token.is_punct) or acronym)


def _role(tokens: list[Any]) -> str | None:
    role = _text(tokens)
    # An honorific alone, or an age ("Taylor Chandler, 41, told ..."), is no role.
    return None if not role or role.lower() in _HONORIFICS or role.isdigit() else role


def _speaker(subject: Any) -> _Named:
    """The speaker and role a subject phrase gives."""
    tokens = _contiguous(_name_phrase(subject))
    appositive = next((c for c in subject.children if c.dep_ == "appos"), None)
    described = _role(_phrase(appositive, leave=frozenset({"punct"}))) if appositive else None
    # "The head of Nasa's office, Bill Cooke, said": the name is the appositive (which the
    # parse may hang on the office rather than the head).
    if subject.pos_ != "PROPN" and (appositive is None or appositive.pos_ != "PROPN"):
        appositive = next(
            (
                t
                for t in subject.subtree
                if t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and t.i > subject.i
                and t.doc[t.left_edge.i - 1].text == ","
            ),
            appositive,
        )
    if (
        appositive is not None
        and appositive.pos_ == "PROPN"
        and (subject.pos_ != "PROPN" or _titled(subject, appositive))
    ):
        named = _contiguous(_name_phrase(appositive))
        whole = _text(_phrase(subject, leave=_NOT_PHRASE_PART))
        return _Named(_text(named) or None, whole or None)
    if _person_described(subject):
        return _Named(_text(tokens) or None, person=True)
    found = _name(tokens)
    if any(c.dep_ == "prep" and _names_part(c) for c in subject.children):
        found = None  # an organisation is named whole: "Centers for Disease Control"
    if _indefinite(subject) and not any(c.dep_ == "compound" for c in subject.children):
        found = None  # "An American who is fighting with the Kurds": a description
    if found is not None:
        name, title = found
        return _Named(_text(name) or None, _role(title) or described)
    document = subject.lemma_.lower() if _document(subject) else None
    # A document speaks for whoever issued it.
    if document:
        issuer = _issuer(subject)
        if issuer:
            head = issuer[1].lemma_.lower()
            return _Named(issuer[0], document=document, head=head, definite=issuer[2])
    description = _text(_described(subject))
    owned = _owned(subject, description)
    return _Named(
        owned or None,
        described,
        owned=owned != description,
        document=document,
        head=subject.lemma_.lower(),
        definite=_definite(subject),
        singular=subject.tag_ not in ("NNS", "NNPS"),
    )


def _titled(subject: Any, appositive: Any) -> bool:
    """A capitalised title that "the" introduces, with a person's name beside it: "The National
    Coordinator for Reproductive Health, Nenad Babici, admitted"."""
    if not _definite(subject):
        return False
    recognise_all([subject.doc.text])  # the same Doc, its entities added
    return bool(appositive.ent_type_ == "PERSON" and subject.ent_type_ != "PERSON")


def _owned(subject: Any, description: str) -> str:
    """A description with the possessive pronoun that says whose it is, as a reader gives it
    ("according to his sister"); a leading "the" or "a" stays dropped."""
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None or not description or owner.i != subject.left_edge.i:
        return description
    return f"{owner.text} {description}"


def _described(subject: Any) -> list[Any]:
    """A description as written, with a clause that says which one it is ("activists who
    monitor the conflict", "a group monitoring the conflict in Syria"), but not one set off by
    commas ("The official, who asked not to be named, said")."""
    tokens = _phrase(subject, leave=_NOT_PHRASE_PART)
    if subject.pos_ != "NOUN" and not _indefinite(subject):
        return tokens
    doc = subject.doc
    for clause in subject.children:
        if clause.dep_ in ("relcl", "acl") and doc[clause.left_edge.i - 1].text != ",":
            tokens.extend(_phrase(clause, leave=frozenset({"appos"})))
    return sorted(tokens, key=lambda t: t.i)


def _definite(token: Any) -> bool:
    """Named by a definite description: "the spokesman", "the university"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _person_described(token: Any) -> bool:
    """A definite description of one person by party, nation or age ("the Texas Democrat",
    "the 26-year-old"): someone the article has already named."""
    if not _definite(token) or token.tag_ in ("NNS", "NNPS"):
        return False
    if token.lower_ == "old" and any(c.lemma_ == "year" for c in token.children):
        return True
    if token.pos_ != "PROPN":
        return False
    recognise_all([token.doc.text])  # the same Doc, its entities added
    return bool(token.ent_type_ == "NORP")


def _indefinite(token: Any) -> bool:
    """Introduced by "a" or "an"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _document(token: Any) -> bool:
    """A noun of a document ("report", "data": whose lemma the tagger gives as "datum")."""
    return bool({token.lemma_.lower(), token.lower_} & DOCUMENTS)


def _issuer(document: Any) -> tuple[str, Any, bool] | None:
    """Who issued a document: "by/from/of X", "attributed to X", "in" a named publication ("an
    article in The Daily Courier"), or the name before the noun ("a CBS News report"); with the
    token that names them and whether it is a definite description ("from the same paper")."""
    # "attributed to X"; "published by X", "released by X".
    clauses = [c for c in document.children if c.dep_ == "acl"]
    by_to = [
        p
        for a in clauses
        for p in a.children
        if (p.lower_ == "to" and a.lemma_ == "attribute") or p.dep_ == "agent"
    ]
    for prep in [*by_to, *document.children]:
        if (prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of", "in")) or prep in by_to:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and (prep.lower_ != "in" or _proper(objects[0])):
                # An organisation's own "of" and "for" kept ("data from the Centers for Disease
                # Control and Prevention"); "..., or CENTCOM": the name, not its alias.
                tokens = _name_phrase(objects[0])
                alias = next((t.i for t in tokens if t.dep_ == "cc" and t.lower_ == "or"), None)
                named = _text(_contiguous([t for t in tokens if alias is None or t.i < alias]))
                return (named, objects[0], _definite(objects[0])) if named else None
    names = [c for c in document.children if c.dep_ in ("compound", "poss") and c.i < document.i]
    if names:
        tokens = _contiguous(sorted((t for n in names for t in n.subtree), key=lambda t: t.i))
        return (_text(tokens), names[-1], False) if _text(tokens) else None
    return None


def _frame(verb: Any) -> str:
    """The reporting words as written: auxiliaries, a negation and the verb ("did not say"),
    and what "told" is told to."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    words.append(verb)
    if verb.lemma_ == "tell":
        audience = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if audience is not None:
            words.extend(_phrase(audience, leave=frozenset({"relcl", "punct"})))
    if verb.lemma_ == "quote":
        words.extend(t for t in verb.subtree if t.i > verb.i and t.lower_ in ("as", "saying"))
    if verb.lemma_ == "call":
        words.extend(_call_particle(verb)[:1])
    ordered = sorted(words, key=lambda t: t.i)
    joined = "".join(
        t.text + (t.whitespace_ if k + 1 < len(ordered) and ordered[k + 1].i == t.i + 1 else " ")
        for k, t in enumerate(ordered)
    )
    return joined.strip().lower()


def _call_particle(verb: Any) -> list[Any]:
    """The "for" or "on" right after "call" (adverbs between) that makes it a call for something
    ("called again for Moscow to withdraw", "called on Moscow"; not "called on Tuesday")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].dep_ == "advmod":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("for", "on"):
        return []
    particle = doc[i]
    if particle.head != verb and particle.head.head != verb:
        return []
    if particle.lower_ == "on" and any(t.lower_ in _DAYS for t in particle.subtree):
        return []
    return [particle]


def _reports(verb: Any) -> bool:
    """The verb reports a statement: it governs one, or the clause it is attached to is one."""
    if verb.pos_ == "VERB" and verb.lemma_ in FINDING_LEMMAS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        documented = subject is not None and _document(subject)
        return documented and any(c.dep_ == "ccomp" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in SAYING_LEMMAS:
        return False
    if verb.lemma_ == "call":  # "called for", "called on"; "a town called Kramatorsk" is not
        return bool(_call_particle(verb))
    if _withholds(verb):
        return False
    if any(c.dep_ in _CONTENT for c in verb.children):
        return True
    # "Nasa said in a statement that ...", "Ashraf said of the pilots that ...": the clause
    # hangs off a phrase after the verb.
    if verb.dep_ == "ROOT" and any(
        t.dep_ == "mark" and t.lower_ == "that" for t in verb.subtree if t.i > verb.i
    ):
        return True
    # "Troops are leaving, NATO said": the verb hangs off the clause it reports; "On the
    # ground, Williams said, he learned ...": set between commas inside it.
    if verb.dep_ == "parataxis":
        return True
    return verb.dep_ in ("ccomp", "advcl", "conj") and verb.head.i < verb.i


def _withholds(verb: Any) -> bool:
    """A verb of saying denied before a question it leaves open ("It did not say where the
    attacks occurred", "He would not say how many had left"): no statement is reported."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and next(clause.subtree).lower_ in QUESTION_WORDS


def _subject(verb: Any) -> tuple[Any | None, bool]:
    """The verb's speaker token and whether the verb is passive without an agent."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child, False
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "The minister arrived in Kiev and said ...": the verbs share the first one's subject.
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return shared, False
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0], False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.lemma_ == "quote":
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return subject, subject is None
    return None, passive


def _according(doc: Any) -> _Named | None:
    """Who "according to" names, when the sentence uses it."""
    for token in doc:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if to is None:
                continue
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                source = objects[0]
                # "according to Knightscope co-founder and Vice President Stacy Stephens": the
                # parse splits the phrase at the hyphen; the name still ends it.
                phrase = [t for t in to.subtree if t.i > to.i]
                if len(objects) > 1 and (split := _name(_contiguous(phrase))) is not None:
                    return _Named(_text(split[0]) or None, _role(split[1]))
                return _speaker(source)
    return None


def _reported(verb: Any, subject: Any, quoted: list[range]) -> str | None:
    """The clause ``verb`` reports, as written, when it is one stretch of the sentence that holds
    neither the speaker nor the verb ("Unemployment fell in March, said Maria Lopez, an
    economist"; "The ministry said that unemployment fell"); None otherwise (a quotation is
    the frame reader's)."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    if verb.dep_ != "ROOT" or clause is None or any(clause.idx in span for span in quoted):
        return None  # a verb of saying inside a clause of its own frames only that clause
    if verb.lemma_ in DENIAL_LEMMAS or any(c.dep_ == "neg" for c in verb.children):
        return None  # "denied" or "did not say that troops had left": cut, it says they had
    inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if inner is not None and inner.lower_ in _PRONOUNS:
        return None  # "NATO said it had seen signs": cut, "it" would lose who it is
    # "said on Friday it would press ahead": a time before the clause's subject is the saying's.
    before = {
        t.i
        for c in clause.children
        if c.dep_ in ("prep", "npadvmod") and inner is not None and c.i < inner.i
        for t in c.subtree
    }
    tokens = [
        t
        for t in clause.subtree
        if t.i not in before and not (t.dep_ == "mark" and t.head == clause)
    ]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    speaker = [t.i for t in subject.subtree]
    if first <= verb.i <= last or any(first <= i <= last for i in speaker):
        return None
    text: str = verb.doc[first : last + 1].text
    return text.strip(" ,;:")


def _quotation(sentence: str, verb: Any, subject: Any, quoted: list[range]) -> str | None:
    """The quotation a sentence reports, when it stands whole on one side of its frame and
    nothing but punctuation is left beside it ('"These reports are inaccurate," said Chris
    Hamele'; 'Cooke said: "For something to produce a hole ..."'), without its marks."""
    frame = [verb, *subject.subtree]
    start = min(t.idx for t in frame)
    end = max(t.idx + len(t.text) for t in frame)
    before = [q for q in quoted if q.stop <= start]
    after = [q for q in quoted if q.start >= end]
    if len(before) + len(after) != len(quoted) or not quoted or (before and after):
        return None
    first, last = quoted[0].start, quoted[-1].stop
    if before:  # '"...," Rasmussen said': nothing before the quotation, a comma after it
        outside, between = sentence[:first], sentence[last:start].strip(" ,")
    else:  # 'Cooke said: "..."', not 'Strauch said it was "very strange ..."'
        gap = sentence[end:first].rstrip()
        outside, between = sentence[last:], "" if not gap or gap.endswith((":", ",")) else gap
    if between or outside.strip(" ,.:;!?'\u2019"):
        return None
    return sentence[first + 1 : last - 1].strip(" ,") or None


def proper(sentence: str) -> str:
    """The sentence as it is analysed, one form for every reader so that each is analysed
    once: one line, plain spaces, and without its dateline ("VILNIUS - ")."""
    return cleaning.without_dateline(" ".join(cleaning.normalise(sentence).split()))


def _parse_input(sentence: str) -> str | None:
    """What of ``sentence`` is parsed: None without a word of saying, else its proper form."""
    if not _CUE.search(sentence):
        return None
    return proper(sentence)


def read_ahead(sentences: Iterable[str]) -> None:
    """Parse, in one batch, the sentences ``attribute`` will read (an article's, in order)."""
    parse_all(x for x in map(_parse_input, sentences) if x)


def attribute_in_order(sentences: Sequence[str], article: str) -> list[Attribution]:
    """Each of an article's sentences attributed, read in order, each against the speakers the
    sentences before it named."""
    read_ahead(sentences)
    earlier: list[Attribution] = []
    found: list[Attribution] = []
    for k, sentence in enumerate(sentences):
        attributed = attribute(sentence, article, earlier, sentences[:k])
        if attributed.speaker:
            earlier.append(attributed)
        found.append(attributed)
    return found


def attribute(
    sentence: str,
    article: str = "",
    earlier: Sequence[Attribution] = (),
    preceding: Sequence[str] = (),
) -> Attribution:
    """Who ``sentence`` says made its statement (resolved against ``article``, the speakers it
    named before, ``earlier``, and the sentences before it, ``preceding``, the last ones last),
    their role, and the reporting words; all None when it reports nothing."""
    sentence = _parse_input(sentence) or ""
    if not sentence:
        return NONE
    doc = parse(sentence)
    quoted = _quoted(sentence)
    for verb in doc:
        if any(verb.idx in span for span in quoted):
            continue
        # A quotation is what the sentence's main verb of saying reports, however it parses.
        quoting = bool(quoted) and verb.dep_ == "ROOT" and verb.lemma_ in SAYING_LEMMAS
        if not (quoting or _reports(verb)):
            continue
        subject, passive = _subject(verb)
        if subject is None:
            if passive and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
                return Attribution(None, None, _frame(verb))  # "is said to be targeting"
            continue
        if subject.lower_ in RELATIVE_PRONOUNS or any(subject.idx in span for span in quoted):
            continue
        named = _speaker(subject)
        if named.speaker is None:
            continue
        if named.speaker.lower() in ("i", "we", "you"):
            continue  # the writer or a quoted speaker talking of themselves
        quotation = _quotation(sentence, verb, subject, quoted) if quoting else None
        return Attribution(
            _resolved(named, article, earlier, preceding),
            named.role,
            _frame(verb),
            quotation or _reported(verb, subject, quoted),
            quote=quotation is not None,
            document=named.document,
        )
    according = _according(doc)
    if according is not None:
        resolved = _resolved(according, article, earlier, preceding) if according.speaker else None
        role = according.role if resolved else None
        return Attribution(resolved, role, "according to", document=according.document)
    return NONE


def _resolved(
    named: _Named, article: str, earlier: Sequence[Attribution], preceding: Sequence[str]
) -> str | None:
    """A pronoun as the last speaker; a surname as the article's fullest form of the name, an
    acronym or a body's short name as its full name; a description that points back as the
    speaker, document, publication or body it describes ("the spokesman", "the statement",
    "the paper", "the university"), or else as the article introduced it ("the source" after
    "a senior Kurdish source"); "officials" as the last speaker when those were officials."""
    speaker = named.speaker or ""
    last = earlier[-1].speaker if earlier else None
    lowered = speaker.lower()
    if lowered in _PERSONAL or named.person:
        return _named_subject(preceding, article, _PERSON) or _last_person(earlier, article)
    if lowered == "it":  # "Toyota recalled 1.2 million cars. It said ...": a body, likewise
        return _named_subject(preceding, article, _BODIES) or last
    if lowered in _PRONOUNS:
        return last
    words = speaker.split()
    if article and all(w[:1].isupper() for w in words) and not _HONORIFICS & {words[0].lower()}:
        # An acronym spelled out, a short name of a body in full; else a surname or a first
        # name as the person's full name.
        body = fullest_body(speaker, article)
        if body != speaker or len(words) > 1:
            return body
        return full_name(words[0], article, given=True)
    if len(words) == 2 and words[0].lower() in _HONORIFICS:
        return full_name(words[1], article) if article else words[1]
    if (named.definite or named.owned) and speaker.islower():
        # "the spokesman", "his father": an earlier speaker so described ("Somers' father,
        # Michael, said").
        described = set(words[1:] if named.owned else words)
        for before in reversed(earlier):
            known = f"{before.speaker} {before.role or ''}".lower().split()
            if before.speaker and described <= set(known):
                return before.speaker
    if named.definite and speaker.islower():
        pointed = _pointed_back(named, article, earlier, preceding)
        if pointed:
            return pointed
    if last and len(words) == 1 and lowered in SPEAKER_NOUNS and lowered in last.lower():
        return last
    if named.definite and speaker.islower() and named.head and named.singular:
        introduced = _introduced(named.head, preceding)
        if introduced:
            return introduced
        # "The carmaker said" after "Toyota recalled 1.2 million cars": what the sentence
        # before was about, a body for a body's noun, else a person. Not an official, a
        # spokesman or a title ("the governor"): someone else, who speaks for it or of it.
        head = named.head
        if head not in SPEAKER_NOUNS and head not in _TITLE_WORDS:
            of_body = head in ORGANISATION_HEADS or head in BODY_NOUNS
            found = _named_subject(preceding, article, _BODIES if of_body else _PERSON)
            # A body named as another kind is another body ("the central bank" is not the
            # Labor Department).
            kinds = {w.lower() for w in (found or "").split()} & ORGANISATION_HEADS
            if found and not (of_body and kinds and head not in kinds):
                return found
    return speaker


def _last_person(earlier: Sequence[Attribution], article: str) -> str | None:
    """The last speaker a "he" or "she" may be: not a newspaper, a body or a document ("He
    noted ..." after "The Daily Mail reports ..." is not the Daily Mail)."""
    for before in reversed(earlier):
        # The words before a preposition name what the speaker is ("student at Elon University"
        # is a student).
        words = _BEFORE_PREPOSITION.split(before.speaker or "")[0].split()
        if not words or before.document or _publication(before, article):
            continue
        head = words[-1]
        many = head.islower() and head.endswith("s") and not head.endswith("ss")  # "officials"
        if many or head.lower() in ORGANISATION_HEADS or head.lower() in BODY_NOUNS:
            continue
        return before.speaker
    return None


def _named_subject(preceding: Sequence[str], article: str, kinds: frozenset[str]) -> str | None:
    """The name the last of the ``preceding`` sentences has as its main subject, when it is one
    of ``kinds`` (the recogniser's labels), for a "he", "she", "it" or description in the next
    one: "Thomas' brother, Kevin Nickel, reached out to CBS2." -> Kevin Nickel."""
    if not preceding:
        return None
    text = proper(preceding[-1])
    parse(text)
    (doc,) = recognise_all([text])  # the same Doc, its entities added to its dependencies
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subjects = (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")) if root else ()
    subject = next(iter(subjects), None)
    if subject is None:
        return None
    for token in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        entity = next((e for e in doc.ents if e.label_ in kinds and token in e), None)
        if entity is None:
            continue
        words = _LEADING.sub("", entity.text).removesuffix("'s").split()
        if not words:
            continue
        if not article or entity.label_ != "PERSON":
            return " ".join(words)
        if len(words) == 1:
            return full_name(words[0], article, given=True)
        # The name at its fullest: "Fogh Rasmussen", as the recogniser may cut it, is
        # Anders Fogh Rasmussen.
        fullest = full_name(words[-1], article)
        return fullest if fullest.endswith(" ".join(words)) else " ".join(words)
    return None


def _pointed_back(
    named: _Named, article: str, earlier: Sequence[Attribution], preceding: Sequence[str]
) -> str | None:
    """Whom a definite description points back to by its kind: "the statement" to whoever last
    spoke through a statement, "the paper" to the last newspaper quoted (or else named), "the
    ministry" to the one body the article names so."""
    head = named.head or ""
    if named.document and head == named.document:  # the document itself, not its issuer
        if not named.singular:
            return None  # "the reports": not the one report named before
        return next((b.speaker for b in reversed(earlier) if b.document == named.document), None)
    if head in PUBLICATIONS:
        quoted = next((b.speaker for b in reversed(earlier) if _publication(b, article)), None)
        return quoted or _last_publication(preceding)
    words = (named.speaker or "").split()
    if words and words[-1] in ORGANISATION_HEADS and article:
        return named_body(words, article)
    return None


# A publication as the article calls it, and as it is named ("The Daily Courier").
_CALLED = alternation(sorted(PUBLICATIONS))
_NAME_WORDS = alternation(sorted(PUBLICATION_NAME_WORDS), capitalised=True)
_PUBLICATION_NAME = re.compile(rf"\b(?:[A-Z][\w'-]* ){{0,3}}(?:{_NAME_WORDS})\b(?: [A-Z][\w'-]*)*")


def _publication(attributed: Attribution, article: str) -> bool:
    """The speaker is a newspaper or magazine: by its name ("New York Post"), by its role, or by
    what the article calls it ("The Daily Courier, her hometown newspaper")."""
    name = attributed.speaker or ""
    words = {w.lower() for w in name.split()}
    if (
        words & PUBLICATION_NAME_WORDS
        or set((attributed.role or "").lower().split()) & PUBLICATIONS
    ):
        return True
    if not name:
        return False
    named = re.escape(name)
    appositive = rf"{named}, (?:[\w'\u2019-]+ ){{0,3}}(?:{_CALLED})\b"
    return bool(re.search(rf"{appositive}|\b(?:{_CALLED}),? (?:the )?{named}", article))


def _last_publication(preceding: Sequence[str]) -> str | None:
    """The last newspaper or magazine the sentences before name ("a Daily Mirror report")."""
    for sentence in reversed(preceding):
        names = [m.group(0) for m in _PUBLICATION_NAME.finditer(sentence)]
        if names:
            return _LEADING.sub("", names[-1])
    return None


def _introduced(head: str, preceding: Sequence[str]) -> str | None:
    """How the article first introduced the one a definite description names: the last "a" or
    "an" phrase before it with the same head noun ("the eyewitness" after "an eyewitness to the
    filming"), without a clause that says what it did."""
    mention = re.compile(rf"\b(?:a|an)\b[^.;]*\b{re.escape(head)}", re.IGNORECASE)
    for sentence in reversed(preceding):
        if not mention.search(sentence):
            continue
        for token in reversed(parse(proper(sentence))):
            if token.lemma_.lower() == head and _indefinite(token):
                return _text(_phrase(token, leave=_NOT_PHRASE_PART)) or None
    return None
