"""Who said it: the speaker, role and reporting words read from a sentence's parse."""

from __future__ import annotations

from service.extraction.attribution import attribute
from service.extraction.speakers import full_name


def who(sentence: str, article: str = "", last: str | None = None) -> tuple[object, ...]:
    found = attribute(sentence, article, last)
    return found.speaker, found.role, found.frame


def test_the_speaker_is_found_before_or_after_the_verb_with_the_role_apart() -> None:
    fell = "Unemployment fell to 4 percent in March"
    assert who(f"{fell}, Maria Lopez said.") == ("Maria Lopez", None, "said")
    assert who(f"{fell}, said Maria Lopez, an economist at Northbank.") == (
        "Maria Lopez", "economist at Northbank", "said"
    )  # fmt: skip
    assert who(f"{fell}, Maria Lopez, an economist at Northbank, said on Monday.") == (
        "Maria Lopez", "economist at Northbank", "said"
    )  # fmt: skip
    assert who("The chief executive said that the company would cut 2,000 jobs.") == (
        "chief executive", None, "said"
    )  # fmt: skip


def test_a_title_before_a_name_is_its_role() -> None:
    assert who("Troops are leaving, NATO head Anders Fogh Rasmussen said.") == (
        "Anders Fogh Rasmussen", "NATO head", "said"
    )  # fmt: skip
    assert who("US Secretary of State John Kerry said the troops were leaving.")[0] == "John Kerry"


def test_organisations_and_documents_speak() -> None:
    assert who("The ministry said unemployment fell to 4 percent in March.")[0] == "ministry"
    assert who("Unemployment fell, the ministry said in a statement.")[:1] == ("ministry",)
    assert who("Unemployment fell, according to a report by the Harbour Institute.") == (
        "Harbour Institute", None, "according to"
    )  # fmt: skip


def test_told_keeps_its_audience_and_a_call_for_something_is_a_frame() -> None:
    assert who("Rasmussen told reporters that most troops had left.")[2] == "told reporters"
    assert who("NATO called on Russia to pull back its troops.")[::2] == ("NATO", "called on")
    assert who("The rebels seized a town called Kramatorsk.") == (None, None, None)


def test_a_verb_of_saying_in_another_sense_names_no_one() -> None:
    assert who("The same cannot be said of wages.")[0] is None
    assert who("The comments added to the uncertainty over the region.") == (None, None, None)
    assert who("That said, the bridge reopened on Monday.")[0] is None
    assert who('"Everything I said was true," the mayor wrote.')[0] == "mayor"


def test_pronouns_and_surnames_are_the_speaker_the_article_named() -> None:
    article = "NATO Secretary-General Anders Fogh Rasmussen spoke. Rasmussen said more."
    assert who("Rasmussen said the troops had gone.", article)[0] == "Anders Fogh Rasmussen"
    assert who("He said the troops had gone.", article, "Anders Fogh Rasmussen")[0] == (
        "Anders Fogh Rasmussen"
    )
    assert full_name("Rasmussen", article) == "Anders Fogh Rasmussen"
