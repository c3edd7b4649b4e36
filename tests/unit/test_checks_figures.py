"""The figure checks (service/judging/checks/figures.py): figures that clash or agree, bounds
and rounding, figures at other times or of other things, and one figure changed among many."""

from __future__ import annotations

from service.judging import checks


def test_a_toll_given_as_killing_so_many_is_a_figure_for_the_dead() -> None:
    story = (
        "An open pit mine collapsed in China on Wednesday, killing at least two people and "
        "leaving more than 50 missing."
    )
    assert checks.quantity("A mine collapse in China killed at least three people.", story)
    assert checks.quantity("A mine collapse in China killed at least two people.", story) is None


def test_figures_conflict_only_when_they_measure_the_same_thing() -> None:
    # NBC's 35,000-40,000 against the June "a few thousand troops still remain".
    found = checks.quantity(
        "Russia still had some 35,000-40,000 troops stationed near the border",
        "A few thousand troops still remain in the vicinity but most of these units appear to be "
        "preparing to withdraw",
    )
    assert found is not None and found.kind == "quantity"
    assert "35,000-40,000 troops" in found.explanation
    # A count without a unit is matched by what its clause says happened to it.
    assert checks.quantity(
        "Thousands of them had withdrawn, but tens of thousands remained.",
        "A few thousand troops still remain in the vicinity.",
    )
    # "two thirds" and "most" are compatible shares; counts of different things never clash.
    assert not checks.quantity(
        "Around two thirds of Russian troops have been pulled back.",
        "Russia has withdrawn most of its troops.",
    )
    assert not checks.quantity("The army sent 40,000 troops.", "The army sent 300 tanks.")


def test_a_percentage_and_a_fraction_of_the_same_thing_are_compared() -> None:
    found = checks.quantity("Most voters backed the plan.", "Only 30 percent backed the plan.")
    assert found is not None and "the share" in found.explanation
    assert checks.figures_agree(
        "Around two thirds of voters backed the plan.", "About 67 percent backed the plan."
    )


def test_a_takeover_s_price_and_the_deal_s_value_are_one_sum() -> None:
    takeover = "Meridia's 2.1 billion euro takeover of Kolben Savings still needs approval."
    deal = "Meridia Bank will absorb Kolben Savings in a deal valued at about two billion euros."
    assert checks.figures_agree(takeover, deal)
    assert checks.quantity(takeover, deal.replace("about two", "about five")) is not None


def test_figures_for_different_times_do_not_clash() -> None:
    assert not checks.quantity(
        "Unemployment was 5 percent in 2019.", "Unemployment was 7 percent in 2021."
    )
    assert checks.quantity(
        "Unemployment was 5 percent in 2019.", "Unemployment was 7 percent in 2019."
    )
    # A figure for another month beside an agreeing one is no second opinion on it.
    assert checks.figures_agree(
        "About 40,000 troops were at the border in March.",
        "There were 38,000 troops there in March, up from 20,000 troops in January.",
    )
    # May the month is a time; "may" the hedge is not.
    assert not checks.quantity(
        "Unemployment was 5 percent in May.", "Unemployment was 7 percent in June."
    )
    assert checks.quantity(
        "Unemployment may reach 5 percent in 2019.", "Unemployment reached 7 percent in 2019."
    )
    # A year that is itself the figure ("a 1978 novel") is no time the figure held at.
    assert checks.quantity("a seminal 1978 graphic novel", "a seminal 1977 graphic novel")


def test_only_a_figure_that_may_be_rounded_has_slack() -> None:
    # Exact figures differ: a clash; a round one allows for rounding.
    assert checks.quantity("Officials counted 1,347 ballots.", "Officials counted 1,374 ballots.")
    assert checks.quantity("He served for 12 years.", "He served for 13 years.")
    assert not checks.quantity("The army sent 40,000 troops.", "The army sent 38,500 troops.")
    assert not checks.quantity("Some 3,250 troops left.", "3,000 troops left.")


def test_a_figure_counted_back_from_another_time_is_no_other_figure_for_now() -> None:
    now = "Sales doubled to 400 million dollars."
    assert not checks.quantity(now, "Sales were 200 million dollars a year earlier.")
    assert checks.quantity(now, "Sales were 300 million dollars.")


def test_houses_and_homes_are_counted_alike() -> None:
    a = "Firefighters pumped water out of 212 flooded houses in the town on Sunday."
    assert checks.figures_agree(a, "Nearly 215 homes in the town were flooded on Sunday.")
    clash = checks.quantity(a, "About 90 homes in the town were flooded on Sunday.")
    assert clash is not None and clash.kind == "quantity"


def test_one_figure_changed_among_figures_that_agree_clashes() -> None:
    stored = "By Monday there were 685 confirmed cases, with 32 deaths and 355 recoveries."
    edited = "By Monday there were 685 confirmed cases, with 32 deaths and 71 recoveries."
    finding = checks.quantity(stored, edited)
    assert finding is not None and '"355 recoveries" against "71 recoveries"' in finding.explanation
    # A figure given as the other claim gives it has its counterpart: no clash with the rest.
    assert (
        checks.quantity(
            "The mayor won 61 percent of the vote.",
            "Turnout was 48 percent, and the mayor won 61 percent of the vote.",
        )
        is None
    )


def test_two_readings_on_one_scale_clash() -> None:
    finding = checks.quantity(
        "The quake had a magnitude of 5.9, the survey said.",
        "The survey measured the quake at magnitude 7.2.",
    )
    assert finding is not None and finding.kind == "quantity"
    assert checks.quantity("A 5.9-magnitude quake hit.", "The quake was a magnitude 5.9.") is None


def test_figures_for_different_stretches_of_time_do_not_clash() -> None:
    # The stretch a figure counts may stand earlier in its sentence ("Since then, ...").
    since = (
        "The disease was first found in cattle in 2004. Since then, about 900 cases have been "
        "confirmed, with 300 deaths."
    )
    recent = "In the past five years, however, only about 150 cases were confirmed."
    assert checks.quantity(since, recent) is None
    assert checks.figures_at_other_times(since, recent) is not None
    # The same stretch, written another way, is one time: its figures still clash, and the
    # stretch's length ("five years") is no figure they agree on.
    finding = checks.quantity("In the last five years 400 cases were confirmed.", recent)
    assert finding is not None and finding.kind == "quantity"
    # This year and last year are two times; last year and last year one.
    assert (
        checks.quantity("Sales rose 5 percent this year.", "Sales rose 8 percent last year.")
        is None
    )
    assert checks.quantity("Sales rose 5 percent last year.", "Sales rose 8 percent last year.")


def test_a_bound_meets_a_figure_on_its_side_of_it() -> None:
    more = "Romania has conducted more than 16,500 tests for the virus."
    assert checks.quantity(more, "So far 15,998 tests have been processed.") is not None
    assert checks.quantity(more, "So far 17,453 tests have been processed.") is None
    fewer = "The state had recorded fewer than 100 cases by Sunday."
    assert checks.quantity(fewer, "The state had recorded 110 cases by Sunday.") is not None
    assert checks.figures_agree(fewer, "The state had recorded 95 cases by Sunday.") is not None
    # Two bounds the same way round are two counts; the other way round, they agree only short
    # of each other.
    died = "More than 200 people died in the floods."
    assert checks.quantity(died, "At least 190 people died in the floods.") is None
    assert checks.quantity(died, "At least 400 people died in the floods.") is not None
    assert checks.quantity(died, "Fewer than 150 people died in the floods.") is not None
    assert checks.quantity(died, "Fewer than 250 people died in the floods.") is None


def test_figures_rounded_to_the_same_place_clash_however_near() -> None:
    staff = "The Commission has ordered its {} employees to remove the app."
    assert checks.quantity(staff.format("32,000"), staff.format("31,000")) is not None
    flown = "The airport handled {} passengers in May."
    assert checks.quantity(flown.format("1.2 million"), flown.format("1.3 million")) is not None
    # Rounded to another place, or said to be near, they may be one figure.
    assert checks.quantity(flown.format("1.2 million"), flown.format("1.25 million")) is None
    assert checks.quantity(staff.format("32,000"), staff.format("nearly 31,000")) is None
    assert checks.quantity(staff.format("2,000"), staff.format("2,100")) is None


def test_a_sum_of_money_is_read_with_the_clause_before_it() -> None:
    # "it was $8.4bn" is the full year's profit, no forecast of sales.
    profit = "Profit for the fourth quarter was $1.5bn, and for the full year it was $8.4bn."
    assert checks.quantity("The company forecast sales of $5bn for 2023.", profit) is None
    finding = checks.quantity("Profit for the fourth quarter was $2.5bn.", profit)
    assert finding is not None and finding.kind == "quantity"


def test_a_price_paid_is_no_wage() -> None:
    # "agreed to pay" is the verb: the sum is the price, which the valuation gives otherwise.
    paid = "The group agreed to pay 2.4 billion euros for the ferry operator, it said on Monday."
    valued = (
        "According to filings, the group's purchase of the ferry operator was valued at 900 "
        "million euros."
    )
    finding = checks.quantity(paid, valued)
    assert finding is not None and finding.kind == "quantity"
    # A pay rise is pay, no valuation of a company.
    assert checks.quantity("Workers will get a pay rise of 2 million euros in all.", valued) is None


def test_a_figure_for_the_year_before_is_for_another_time() -> None:
    a = "The economy grew by 3 percent last year."
    b = "The economy grew by 2 percent the year before."
    assert checks.figures_at_other_times(a, b) is not None
    assert checks.quantity("The ship had two dozen crew members.", "The ship had 80 crew members.")


def test_percentages_of_different_things_are_no_two_figures_for_one() -> None:
    vote = "The mayor won a second term with 60 percent of the vote."
    assert checks.quantity(vote, "Turnout was 45 percent.") is None
    assert checks.quantity("Inflation was 3 percent.", "Unemployment was 5 percent.") is None
    # The same thing measured twice still clashes.
    assert checks.quantity(vote, "The mayor won 45 percent of the vote.") is not None
    assert checks.quantity("Turnout was 45 percent.", "Turnout was 62 percent.") is not None


def test_a_figure_at_the_peak_or_one_told_since_is_for_another_time() -> None:
    assert (
        checks.quantity(
            "The mill employed 2,000 people at its peak.", "The mill now employs 300 people."
        )
        is None
    )
    assert (
        checks.quantity(
            "Inflation peaked at 11 percent in 2022.", "Inflation has since fallen to 3 percent."
        )
        is None
    )
    assert (
        checks.quantity("The mill employs 2,000 people.", "The mill employs 300 people.")
        is not None
    )
