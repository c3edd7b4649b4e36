"""The denial checks (service/judging/checks/denials.py): a negation and what it denies, and
where the denial stops (another subject, a time both name, a relative clause, when)."""

from __future__ import annotations

from service.judging import checks


def test_a_denial_about_another_named_subject_is_no_denial_of_the_other_claim() -> None:
    assert (
        checks.negation(
            "Ukraine is not a member of NATO.",
            "The member countries of NATO agreed to suspend cooperation with Russia.",
        )
        is None
    )
    assert (
        checks.negation(
            "Russia is not a member of the council.", "Russia has been a member of the council."
        )
        is not None
    )


def test_a_time_both_claims_name_does_not_tie_a_denial_to_the_other() -> None:
    assert (
        checks.negation(
            "The company has paid no dividend for five years.",
            "The company's profits have fallen for five years.",
        )
        is None
    )
    assert checks.negation(
        "The company has paid no dividend for five years.",
        "The company paid shareholders a dividend last year.",
    )


def test_what_a_relative_clause_says_of_a_thing_is_not_denied() -> None:
    # "Nobody was hurt" denies the hurt; the storm that flattened the barn is taken as given.
    denial = "Nobody was hurt in the storm that flattened the barn."
    assert checks.negation(denial, "The storm flattened the barn.") is None
    assert checks.negation(denial, "Two people were hurt in the storm.") is not None
    # A relative clause that says what a denied thing is stays denied.
    assert checks.negated_clauses("There were no ships that left the harbour.") == (
        "no ships that left the harbour",
    )


def test_what_tells_when_a_denied_thing_happened_is_not_denied() -> None:
    # "before the ferry ran aground" tells when; that it ran aground is not denied.
    drinking = "The captain denied reports that he had been drinking before the ferry ran aground."
    inspected = (
        "The ferry passed its safety inspection two months before it ran aground, its owner said."
    )
    assert checks.negated_clauses(drinking) == ("denied reports that he had been drinking",)
    assert checks.negation(drinking, inspected) is None
    fees = (
        "Sendra Telecom denied that it would charge customers extra fees after Saturday's outage."
    )
    outage = "Saturday's outage cut off about two million Sendra Telecom customers for five hours."
    assert checks.negation(fees, outage) is None
    # What is denied still conflicts with its assertion.
    charged = "Sendra Telecom will charge its customers extra fees, a spokesman confirmed."
    assert checks.negation(fees, charged) is not None
    # "until after" ends the denial at a time, and stays whole (checks.ended_denial).
    late = "The plant will not close until after the election, the company said."
    assert checks.negated_clauses(late) == ("not close until after the election",)
