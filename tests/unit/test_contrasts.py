"""A claim that sets two clauses against each other, read one clause at a time."""

from __future__ import annotations

from service.judging import contrasts
from tests.helpers import hybrid


def test_a_contrast_is_cut_into_its_two_clauses_each_with_a_subject() -> None:
    def texts(claim: str) -> tuple[str, ...] | None:
        found = contrasts.clauses(claim)
        return None if found is None else tuple(c.text for c in found)

    # the clause "but" adds takes the main clause's subject when it has none of its own
    assert texts("Sales rose in Europe but fell in Asia.") == (
        "Sales rose in Europe.",
        "Sales fell in Asia.",
    )
    assert texts("Although the company's revenue grew, its profits fell by a third.") == (
        "Its profits fell by a third.",
        "The company's revenue grew.",
    )
    # a clause whose subject is a pronoun is about the other's subject
    senator = contrasts.clauses(
        "The senator backed the tax bill, but she opposed the spending cuts."
    )
    assert senator is not None and senator[1].subject == senator[0].subject != frozenset()
    assert texts("Prices rose sharply in March after the storm hit the coast.") is None
    # a passage (a body cut to its nearest sentences) is read whole
    assert texts("Sales rose in Europe but fell in Asia. Profits were flat.") is None


def test_a_claim_against_one_part_of_a_contrast_is_judged_against_that_part() -> None:
    contrast = "Exports to China fell in March, but exports to the United States rose sharply."
    # the model, unsure, leans to "the same thing" (both halves are named); the checks do not
    for claim in ("Exports to China rose in March.", "Sales in Europe fell."):
        whole = contrast if "China" in claim else "Sales rose in Europe but fell in Asia."
        assert hybrid(whole, claim, 0.35, 0.6) == ("contradiction", "antonym")
        assert hybrid(claim, whole, 0.35, 0.6) == ("contradiction", "antonym")
    # the part it names agrees with it: the other part's opposite is not about it
    assert hybrid(contrast, "Exports to the United States climbed in March.", 0.95)[0] == "neutral"
    airline = "The airline cancelled dozens of flights, but its long-haul routes operated normally."
    assert hybrid(airline, "Long-haul flights ran as scheduled, the airline said.", 0.95)[0] == (
        "neutral"
    )


def test_a_claim_about_every_part_or_about_neither_is_not_matched_to_one() -> None:
    airline = "The airline cancelled dozens of flights, but its long-haul routes operated normally."
    assert hybrid(airline, "The airline cancelled all its long-haul flights.", 0.95)[0] == (
        "contradiction"
    )
    # names neither part's things more than the other's: read whole, as before
    assert contrasts.opposed("Prices rose in the cities, while they fell in the countryside.",
                             "Prices fell last year.") is None  # fmt: skip


def test_a_claim_naming_neither_part_agrees_with_the_part_whose_event_it_tells() -> None:
    partial = "Thousands of them had withdrawn, but tens of thousands remained."
    # "them" names nothing: the event decides, and some did withdraw
    signs = "We have seen some signs of a start of Russian withdrawal."
    assert hybrid(partial, signs, 0.6)[0] == "neutral"
    assert hybrid(signs, partial, 0.6)[0] == "neutral"
    # a share of the withdrawal is a figure to set against the rest, not the event alone
    share = "Some two-thirds of the Russian force had withdrawn."
    assert hybrid(partial, share, 0.6)[0] == "contradiction"
    # a denial of the event is no agreement with the part that tells it
    assert contrasts.agrees(partial, "None of the soldiers has withdrawn.") is None


def test_a_claim_of_every_one_conflicts_with_a_part_that_did_the_opposite() -> None:
    partial = "Thousands of troops had withdrawn, but tens of thousands remained."
    assert hybrid(partial, "All the troops have withdrawn from the border.", 0.35) == (
        "contradiction",
        "antonym",
    )
    # "all but" is not every one, and a part about another place is no part of "all"
    assert contrasts.every_part(partial, "All but a few of the troops have withdrawn.") is None
    schools = "Most schools in Paris reopened, but the schools in Lyon stayed closed."
    assert contrasts.every_part(schools, "All schools in Paris reopened.") is None


def test_the_part_whose_subject_the_other_claim_names_is_the_one_read() -> None:
    # a name in one part's subject ("the one in Porto"), then the subject's head noun ("its
    # losses", "the harbour"), before the words each part shares with the other claim
    for contrast, claim in [
        (
            "The library in Lisbon reopened on Monday, while the one in Porto stayed closed.",
            "The library in Porto reopened on Monday.",
        ),
        (
            "Although the bank's deposits grew, its losses fell by half.",
            "The bank's losses rose last year.",
        ),
        (
            "Most of the cafes on the seafront reopened, but the harbour remained closed.",
            "The harbour on the seafront reopened.",
        ),
    ]:
        assert hybrid(contrast, claim, 0.35)[0] == "contradiction", claim
        assert hybrid(claim, contrast, 0.35)[0] == "contradiction", claim
    # told past a reporting frame, the claim's subject is what it reports about
    airline = "The airline cancelled dozens of flights, but its long-haul routes operated normally."
    assert hybrid(airline, "The airline said long-haul flights ran as scheduled.", 0.95)[0] == (
        "neutral"
    )


def test_some_still_trapped_conflicts_with_all_rescued() -> None:
    partial = "Some of the climbers were rescued on Sunday, but three remain trapped on the ridge."
    assert hybrid(partial, "All the climbers have been rescued.", 0.35)[0] == "contradiction"
    # trapped once and rescued since is no conflict
    assert (
        hybrid(
            "The rescued climbers are all well.", "The climbers were trapped for two days.", 0.35
        )[0]
        == "neutral"
    )


def test_a_contrast_the_parser_does_not_join_is_cut_at_its_comma_but() -> None:
    # read whole, "failed" is the sentence's root and "the dam held" hangs from it
    dams = "The dam held in the north, but the levee failed in the south."
    found = contrasts.clauses(dams)
    assert found is not None
    assert [c.text for c in found] == [
        "The dam held in the north.",
        "The levee failed in the south.",
    ]
    assert hybrid(dams, "The levee held in the south.", 0.35)[0] == "contradiction"
    assert hybrid(dams, "The levee failed in the south.", 0.95)[0] != "contradiction"
    # a side that is no clause of its own is not cut off
    assert contrasts.clauses("The minister, but not her deputy, attended the summit.") is None
