"""The detail checks (service/judging/checks/details.py): one name or day swapped in the same
sentence, and what is no swapped detail; other things of one kind; with one event retold
(statements.py's ``retold``)."""

from __future__ import annotations

from service.judging import checks


def test_a_common_word_opening_a_sentence_is_no_name_swapped() -> None:
    assert (
        checks.swapped_detail(
            "Profits rose in the first half of the year.",
            "Revenue fell in the first half of the year.",
        )
        is None
    )
    # A name, or a word made from one, opening the sentence is still a detail swapped.
    for a, b in [
        ("Germany grew in the first half.", "France grew in the first half."),
        ("Italian officials denied the report.", "Iraqi officials denied the report."),
    ]:
        assert checks.swapped_detail(a, b), (a, b)


def test_wording_another_speaker_or_an_added_phrase_is_no_swapped_detail() -> None:
    plumbing = "His company, Mark-1 Plumbing, has been bombarded with hate calls at its office."
    truck = "The truck was bought at an auction in Texas City, Texas, in December 2013."
    for a, b in (
        (plumbing, plumbing.replace("Mark-1", "Mark-one")),  # a number spelled out
        (truck, truck.replace("December 2013", "December of 2013")),  # a word added
        ("The film grossed 50-per cent more on its second day than on its first.",
         "The film grossed 50-percent more on its second day than on its first."),
        ("Smith said the plant would close in March next year.",
         "Jones said the plant would close in March next year."),  # both may have said it
        ("According to Reuters, the plant will close in March next year.",
         "According to the Globe and Mail, the plant will close in March next year."),
        ("The plant will close in March next year.",
         "Officials said the plant will close in March next year."),  # a frame added
        ("The mayor opened the new bridge over the river in March.",
         "The governor opened the new bridge over the river in March."),  # no name on one side
        ("The suspect is Michael Zehaf-Bibeau.", "The suspect is Warren."),  # too little around
    ):  # fmt: skip
        assert checks.swapped_detail(a, b) is None, (a, b)
        assert checks.swapped_detail(b, a) is None, (b, a)


def test_one_event_retold_is_not_one_refused() -> None:
    quit_, refused = (
        "The coach has quit.",
        "The coach remains in charge and has rejected calls to quit.",
    )
    assert checks.retold(quit_, refused) is None
    assert checks.retold(refused, quit_) is None


def test_a_word_the_other_claim_uses_itself_tells_no_other_thing() -> None:
    # One thing, told apart on each side by a word the other claim also uses: one thing.
    for a, b in [
        (
            "Ashcombe councillors approved plans for 300 homes on Tuesday.",
            "Planning councillors in Ashcombe turned down the housing plans on Tuesday.",
        ),
        (
            "Norvik's carbon dioxide emissions rose 8 percent last year.",
            "Norvik Cement cut its carbon emissions last year.",
        ),
        (
            "Tellan's solar prototype passed its final safety test.",
            "Tellan Energy's solar prototype failed its final safety test.",
        ),
    ]:
        assert checks.other_things(a, b) is None, (a, b)
        assert checks.other_things(b, a) is None, (a, b)
    # Words neither claim shares still tell two things of one kind apart.
    for a, b in [
        ("Van sales fell 3 percent in March.", "Car sales rose 6 percent in March."),
        ("The theatre's funding was increased.", "The orchestra's funding was cut."),
    ]:
        assert checks.other_things(a, b) is not None, (a, b)
