"""The shipped check-worthiness model, with the real embedder."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from service.inference.checkworthiness import (
    FEATURES,
    CheckworthinessModel,
    lexical_features,
)
from service.inference.embedders import Embedder


def test_factual_claims_score_above_the_threshold_and_pleasantries_below(
    embedder: Embedder,
) -> None:
    model = CheckworthinessModel.load()
    claims = [
        "Unemployment fell to 4.1 percent in March, the lowest rate since 2001.",
        "The state spent $3 billion on prisons last year, twice what it spent on universities.",
    ]
    chatter = ["Thank you all for being here tonight.", "What do you think we should do?"]
    scores = model.scores(embedder.embed(claims + chatter), claims + chatter)
    assert all(s >= model.threshold for s in scores[:2]), scores
    assert all(s < model.threshold for s in scores[2:]), scores
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_lexical_features_match_their_names() -> None:
    values = dict(
        zip(FEATURES, lexical_features("Will taxes rise by 5 percent in 2015?"), strict=True)
    )
    assert values["has digit"] == values["number with unit"] == values["year"] == 1.0
    assert values["question"] == 1.0 and values["first-person opinion"] == 0.0


class _Reader:
    """Scores every sentence it is asked about 1.0, and remembers which it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        self.asked += texts
        return np.ones(len(texts), dtype=np.float32)


def test_the_reader_is_asked_only_where_the_cheap_models_are_unsure(embedder: Embedder) -> None:
    shipped = CheckworthinessModel.load()
    sentences = [
        "Unemployment fell to 4.1 percent in March, the lowest rate since 2001.",
        "Thank you all for being here tonight.",
        "We have a plan for the future of this country.",
        "The senator voted against the bill twice, in 2009 and again in 2011.",
        "I think that's a good question.",
        "The economy is growing faster than it was.",
        "He has been wrong about this before.",
    ]
    vectors = embedder.embed(sentences)
    cheap = shipped.cheap_scores(vectors, sentences)
    reader = _Reader()
    model = dataclasses.replace(shipped, reader=reader)
    scores = model.scores(vectors, sentences)
    unsure = (cheap >= shipped.unsure[0]) & (cheap < shipped.unsure[1])
    assert 0 < unsure.sum() < len(sentences), cheap  # the case shows both
    assert reader.asked == [s for s, u in zip(sentences, unsure, strict=True) if u]
    assert np.allclose(scores, np.where(unsure, (cheap + 1.0) / 2, cheap))


def test_the_shipped_reader_tells_a_checkable_statement_from_small_talk() -> None:
    model = CheckworthinessModel.load()
    assert model.reader is not None  # the shipped artefact names its reader
    checkable = [
        "The city council approved a budget of $4.2 billion on Tuesday, up 3 percent.",
        "Exports to China doubled between 2010 and 2015.",
    ]
    chatter = ["Thanks so much, it was great to see you all.", "Let's grab lunch next week."]
    scores = model.reader.scores(checkable + chatter)
    assert min(scores[:2]) > 0.5 > max(scores[2:]), scores


def test_the_band_and_the_threshold_survive_saving_and_loading(tmp_path: Path) -> None:
    shipped = CheckworthinessModel.load()
    changed = dataclasses.replace(shipped, unsure=(0.3, 0.7), threshold=0.61)
    changed.save(tmp_path / "checkworthiness.npz")
    again = CheckworthinessModel.load(tmp_path / "checkworthiness.npz")
    assert again.unsure == (0.3, 0.7) and again.threshold == 0.61
    assert again.reader is not None  # the artefact still says it was trained with the reader
    assert again.unsure != shipped.unsure
