"""The modality checks (service/judging/checks/tentative.py): a call for something is
tentative; a call turned down, a strike called off or an election called is not."""

from __future__ import annotations

from service.judging import checks


def test_called_off_is_no_call() -> None:
    assert not checks.is_tentative("The strike was called off on Sunday.")
    assert checks.is_tentative("The union called for a strike on Sunday.")


def test_a_call_is_tentative_but_calling_an_election_is_not() -> None:
    assert checks.is_tentative("The minister called for an early election.")
    assert checks.is_tentative("NATO called on Moscow to withdraw its troops.")
    assert not checks.is_tentative("The prime minister called an early election for March.")
    assert not checks.is_tentative("The strike was called off.")


def test_calls_turned_down_are_no_call() -> None:
    assert not checks.is_tentative("The mayor has rejected calls to step down.")
    assert checks.is_tentative("Councillors have called for the mayor to step down.")
