"""The concepts claims name (service/judging/concepts.py): which words name a concept, and which
only look like one ("wind" is no form of "win", "the end of March" stops nothing); and the words
an explanation quotes for one."""

from __future__ import annotations

from service.judging import checks, contrasts
from service.judging.concepts import concepts as named_concepts
from service.judging.concepts import wording


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


def test_a_concept_is_quoted_in_the_words_the_claim_uses() -> None:
    assert wording("The minister missed the summit.", "boycott") == "missed"
    assert wording("Russia pulled back its troops.", "withdraw") == "pulled back"
    assert wording("The bank raised rates.", "increase") == "raised"
    # A text that names the concept in no form of it gives the concept.
    assert wording("The bank kept rates where they were.", "increase") == "increase"
    # Explanations quote the claims' words, not the concepts' names.
    agreed = checks.opposite_denied(
        "The minister did not attend the summit.", "The minister missed the summit."
    )
    assert agreed is not None and '"missed"' in agreed.explanation
    opposed = checks.antonym("The bank raised rates on Tuesday.", "The bank cut rates on Tuesday.")
    assert opposed is not None and '"raised"' in opposed.explanation
    assert '"cut"' in opposed.explanation
    every = contrasts.every_part(
        "Thousands of troops had withdrawn, but tens of thousands remained.",
        "All the troops have pulled back.",
    )
    assert every is not None and '"pulled back"' in every.explanation
