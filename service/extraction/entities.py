"""Named entities of a claim's sentence: people, organisations, places, groups, dates, figures.

spaCy's recogniser finds them (``parse.recognise_all``, on the same Doc the attribution reader
parsed); its labels are folded into the kinds the API names. Ordinals ("first"), events, laws,
works and products are left out: nobody looks a claim up by them.
"""

from __future__ import annotations

from collections.abc import Sequence

from service.domain.models import Entity, EntityKind, entity_key
from service.extraction.attribution import proper
from service.extraction.parse import recognise_all

KIND_OF_LABEL: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "DATE": "date",
    "TIME": "date",
    "CARDINAL": "figure",
    "MONEY": "figure",
    "PERCENT": "figure",
    "QUANTITY": "figure",
}
# Names are given without a leading "the" ("the European Union" -> "European Union"), as
# speakers are; a date or a figure keeps it ("the last year").
_NAMES = frozenset({"person", "organisation", "place", "group"})
# Longer than this, a "name" is the recogniser running on through a list: left out.
MAX_NAME_CHARS = 200


def _entity(text: str, kind: EntityKind) -> Entity:
    text = " ".join(text.split()).strip(" ,;:")
    if kind in _NAMES and text[:4].lower() == "the ":
        text = text[4:]
    return Entity(text, kind)


def _named(person: Entity, names: Sequence[str]) -> Entity:
    """A person by the fullest name the article gives them: "Rasmussen", or "Fogh Rasmussen"
    where the recogniser missed a first name, becomes "Anders Fogh Rasmussen"."""
    words = person.text.split()
    for name in names:
        if len(name.split()) > len(words) and name.split()[-len(words) :] == words:
            return Entity(name, "person")
    return person


def _by_surname(sentence: str, speaker: str | None, found: tuple[Entity, ...]) -> Entity | None:
    """The speaker as a person, when the sentence names them by surname alone ("Lopez said")
    and the recogniser missed it: the article gave the full name before."""
    if speaker is None or len(speaker.split()) < 2 or speaker in sentence:
        return None
    if any(e.key == entity_key(speaker) for e in found):
        return None
    surname = speaker.split()[-1]
    return Entity(speaker, "person") if surname in sentence.split() else None


def entities(
    sentences: Sequence[str],
    names: Sequence[str] = (),
    speakers: Sequence[str | None] | None = None,
) -> list[tuple[Entity, ...]]:
    """Each sentence's named entities, in order, each (text and kind) once; people by the
    fullest of ``names`` (the article's speakers) that ends with their name, and a sentence's
    speaker (``speakers``, one per sentence) named by surname alone added when missed."""
    said_by = list(speakers) if speakers is not None else [None] * len(sentences)
    longest_first = sorted(set(names), key=lambda n: -len(n.split()))
    found: list[tuple[Entity, ...]] = []
    for doc, speaker in zip(recognise_all([proper(s) for s in sentences]), said_by, strict=True):
        read = (
            _entity(e.text, KIND_OF_LABEL[e.label_]) for e in doc.ents if e.label_ in KIND_OF_LABEL
        )
        kept = (e for e in read if e.text and len(e.text) <= MAX_NAME_CHARS)
        named = tuple(_named(e, longest_first) if e.kind == "person" else e for e in kept)
        missed = _by_surname(doc.text, speaker, named)
        found.append(tuple(dict.fromkeys(((missed,) if missed else ()) + named)))
    return found
