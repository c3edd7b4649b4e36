"""The concepts claims name (service/judging/concepts.py): which words name a concept, and which
only look like one ("wind" is no form of "win", "the end of March" stops nothing)."""

from __future__ import annotations

from service.judging.concepts import concepts as named_concepts


def test_a_word_made_by_adding_an_ending_is_no_form_of_another() -> None:
    # "wind" and "wines" are no forms of "win", "band" none of "ban"
    assert named_concepts("The wind farm has twelve turbines.") == frozenset()
    assert named_concepts("The band sold its wines.") == frozenset()
    assert named_concepts("The president vetoes the bill.") == {"reject"}


def test_the_end_of_a_month_tells_when_and_stops_nothing() -> None:
    assert named_concepts("The ferries will restart at the end of March.") == {
        "start",
        "end of a period",
    }
    assert "stop" in named_concepts("The deal marked the end of the strike.")


def test_words_of_ours_in_another_sense_name_nothing() -> None:
    for text in [
        "A spokesman declined to comment.",
        "The gunmen opened fire on the crowd.",
        "A neighbour raised the alarm.",
        "The phone goes on sale later this fall.",
        "At the end of the talks, the envoys flew home.",
    ]:
        assert not named_concepts(text) & {"decrease", "open", "increase", "stop"}, text
    assert "reject" in named_concepts("The union declined the offer.")
    assert "decrease" in named_concepts("Sales declined in March.")
