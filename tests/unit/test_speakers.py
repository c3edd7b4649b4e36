"""Who said it: the speaker named in a sentence's reporting frame."""

from __future__ import annotations

from service.extraction.speakers import find_speaker


def test_speaker_is_found_before_or_after_the_reporting_verb() -> None:
    assert find_speaker("Troops are leaving, a NATO military official said on Tuesday.") == (
        "a NATO military official"
    )
    assert find_speaker('"Prices will fall," said Janet Yellen.') == "Janet Yellen"
    assert find_speaker("The United States and NATO said then they saw no signs.") == (
        "The United States and NATO"
    )
    assert find_speaker("The comments added to the uncertainty over the region.") is None


def test_a_titled_speaker_is_named_without_the_title() -> None:
    assert find_speaker("Troops are leaving, NATO head Anders Fogh Rasmussen said.") == (
        "Anders Fogh Rasmussen"
    )
    assert find_speaker("US Secretary of State John Kerry said the troops were leaving.") == (
        "John Kerry"
    )
    # Bodies and unnamed officials stay as written.
    assert find_speaker("The United States and NATO said then they saw no signs.") == (
        "The United States and NATO"
    )


def test_whoever_calls_for_something_is_its_speaker_but_a_place_called_x_is_no_one() -> None:
    assert find_speaker("Rasmussen on Tuesday called again for Moscow to withdraw its forces.") == (
        "Rasmussen"
    )
    assert find_speaker("NATO called on Russia to pull back its troops.") == "NATO"
    assert find_speaker("The rebels seized a town called Kramatorsk.") is None
