"""A long text cut to what the judge reads: its sentences nearest the other claim.

The judge reads at most 96 tokens of a pair, so a paragraph given whole would be judged on its
first two or three sentences only, whatever the rest says. It was trained on long premises
(documents, article bodies) cut to the three sentences that share most content words with the
claim against them (training/judge_data.py cuts them here), and a long text sent to the service
is cut the same way, whichever way it came (``POST /comparisons``, a claim given to ``POST
/checks``): the judges read every pair through ``judge.reading_order``, which cuts each side
against the other as given, so the order of the two does not change what is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.extraction.cleaning import Span
from service.extraction.lexicon import PASSAGE_STOPWORDS as STOPWORDS
from service.extraction.sentences import split

# A text longer than this (characters) is cut to the sentences nearest the other claim.
LONG_TEXT = 350
NEAREST = 3

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d[\d,.]*")


def words(text: str) -> list[str]:
    """Lower-cased words and figures, in order."""
    return [w.lower() for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    """Lower-cased words and figures, without the commonest function words."""
    return set(words(text)) - STOPWORDS


# A text is split once for all the claims it is judged against (a given claim against up to 20
# stored ones; training's FNC-1 bodies, 1,683, against their headlines); at most 2,048 texts of
# at most 5,000 characters are kept.
@lru_cache(maxsize=2048)
def sentences(document: str) -> list[str]:
    """The document's sentences, split as the service splits an article."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n", document):
        block = block.strip()
        if block:
            out += [block[s.start : s.end] for s in split(block, Span(0, len(block)))]
    return out


def nearest_sentences(document: str, claim: str, k: int = NEAREST) -> str:
    """The ``k`` sentences of ``document`` sharing most content words with ``claim``, in
    document order (ties go to the earlier sentence)."""
    found = sentences(document)
    if len(found) <= k:
        return " ".join(found)
    wanted = content_words(claim)
    ranked = sorted(range(len(found)), key=lambda i: (-len(wanted & content_words(found[i])), i))
    return " ".join(found[i] for i in sorted(ranked[:k]))


def cut(text: str, other: str) -> str:
    """``text`` as the judge reads it against ``other``: whole if short, else its sentences
    nearest ``other``."""
    return (nearest_sentences(text, other) or text) if len(text) > LONG_TEXT else text
