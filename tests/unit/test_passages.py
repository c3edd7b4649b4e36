"""A long text cut to the sentences the judge reads."""

from __future__ import annotations

from service.judging.passages import LONG_TEXT, cut, nearest_sentences

BODY = (
    "The council met on Tuesday evening in the town hall. "
    "It approved a budget of 4 million euros for the new bridge over the river. "
    "Residents complained at length about the noise of the bridge works near the school. "
    "The bridge will open in 2026, the mayor said after the vote. "
    "Several councillors asked for a second crossing further downstream. "
    "The weather was fine and the meeting ended before nine o'clock."
)
CLAIM = "The new bridge cost 4 million euros and opens in 2026."


def test_a_long_text_keeps_the_three_sentences_nearest_the_claim_in_order() -> None:
    assert len(BODY) > LONG_TEXT
    assert cut(BODY, CLAIM) == (
        "It approved a budget of 4 million euros for the new bridge over the river. "
        "Residents complained at length about the noise of the bridge works near the school. "
        "The bridge will open in 2026, the mayor said after the vote."
    )


def test_a_short_text_is_read_whole_whatever_the_other() -> None:
    assert cut(CLAIM, BODY) == CLAIM


def test_a_long_document_is_cut_to_the_sentences_nearest_the_claim_in_their_order() -> None:
    document = (
        "The council met on Tuesday evening in the town hall. "
        "It approved a budget of 4 million euros for the new bridge. "
        "Residents complained about the noise of the building works. "
        "The bridge will open in 2026, the mayor said. "
        "The weather was fine."
    )
    kept = nearest_sentences(document, "The new bridge cost 4 million euros and opens in 2026.", 2)
    assert kept == (
        "It approved a budget of 4 million euros for the new bridge. "
        "The bridge will open in 2026, the mayor said."
    )
