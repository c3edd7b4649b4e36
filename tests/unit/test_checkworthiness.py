"""The shipped check-worthiness model, with the real embedder."""

from __future__ import annotations

from service.inference.checkworthiness import FEATURES, CheckworthinessModel, lexical_features
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
