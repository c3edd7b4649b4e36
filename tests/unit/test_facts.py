"""Quantities and dates in claims."""

from __future__ import annotations

import datetime as dt

from service.extraction.facts import bound, dates, quantities, small_share


def read(sentence: str) -> list[tuple[str, float | None, float, float, str | None, str, bool]]:
    return [
        (q.text, q.value, q.low, q.high, q.unit, q.kind, q.approximate)
        for q in quantities(sentence)
    ]


def test_counts_ranges_and_hedges() -> None:
    assert read("Russia still had some 35,000-40,000 troops near the border.") == [
        ("35,000-40,000 troops", None, 35000.0, 40000.0, "troops", "count", True)
    ]
    assert read("NATO put the force at 40,000 troops.") == [
        ("40,000 troops", 40000.0, 40000.0, 40000.0, "troops", "count", False)
    ]
    assert read("Seven battalions remained.")[0][:5] == (
        "Seven battalions",
        7.0,
        7.0,
        7.0,
        "battalions",
    )


def test_shares_and_vague_amounts() -> None:
    (share,) = read("Around two thirds of the troops have pulled back.")
    assert share[0] == "two thirds of the troops" and share[4:6] == ("troops", "fraction")
    assert abs(share[1] - 2 / 3) < 1e-9 and share[6] is True
    few, most = read("A few thousand troops remain but most of these units are leaving.")
    assert few[:6] == ("A few thousand troops", None, 2000.0, 5000.0, "troops", "count")
    assert few[6] is True
    assert most[2:6] == (0.5, 1.0, "units", "fraction")


def test_a_ratio_is_a_share_of_what_follows_not_a_count_of_it() -> None:
    (ratio,) = read("One in three adults in the region now smokes, the survey found.")
    assert ratio[:6] == ("One in three adults", 1 / 3, 1 / 3, 1 / 3, "adults", "fraction")
    (ratio,) = read("Nearly four out of five of its patients were seen within the target.")
    assert ratio[4:7] == ("patients", "fraction", True) and abs(ratio[1] - 0.8) < 1e-9
    # A length of time after the whole: goals scored within it, no ratio.
    assert read("He scored three in ten minutes.") == [
        ("ten minutes", 10.0, 10.0, 10.0, "minutes", "count", False)
    ]


def test_vague_amounts_count_plurals_without_an_s() -> None:
    assert read("Tens of thousands of people joined the march.") == [
        ("Tens of thousands of people", None, 20000.0, 99999.0, "people", "count", True)
    ]
    assert read("Dozens of children were hurt.")[0][2:5] == (24.0, 99.0, "children")


def test_a_number_word_inside_another_word_is_no_number() -> None:
    assert read("The office is on Staten Island.") == []
    assert read("Everyone has often cited the G20 talks.") == []
    assert read("A lone gunman fired; a single shot hit the door.")[0][:5] == (
        "A lone gunman",
        1.0,
        1.0,
        1.0,
        "gunman",
    )


def test_hundreds_in_words_and_a_scale_after_a() -> None:
    assert read("Roughly twelve hundred houses were damaged.") == [
        ("twelve hundred houses", 1200.0, 1200.0, 1200.0, "houses", "count", True)
    ]
    assert read("Two hundred people died.")[0][:2] == ("Two hundred people", 200.0)
    assert read("A hundred and twenty people were rescued.")[0][:2] == (
        "A hundred and twenty people",
        120.0,
    )
    assert read("Five hundred thousand people marched.")[0][1] == 500000.0
    assert read("The bridge will cost more than a billion euros.") == [
        ("a billion euros", 1e9, 1e9, 1e9, "euros", "count", True)
    ]
    # "a" before anything but a scale word is no figure.
    assert read("A man and a dozen children were rescued.")[0][:2] == ("a dozen children", 12.0)
    assert read("She spent a week in hospital.") == []


def test_a_scale_and_what_it_counts_joined_to_the_figure() -> None:
    assert read("The 3-billion-dollar deal was signed on Monday.") == [
        ("3-billion-dollar", 3e9, 3e9, 3e9, "dollar", "count", False)
    ]
    assert read("Brussels imposed a 2.4-billion-euro penalty.")[0][:2] == (
        "2.4-billion-euro",
        2.4e9,
    )
    # An adjective joined to the scale counts nothing; an age is no figure at all.
    assert read("A 1.2 million-strong army massed.")[0][:5] == (
        "1.2 million",
        1.2e6,
        1.2e6,
        1.2e6,
        None,
    )
    assert read("A 12-year-old boy was hurt.") == []
    # "a billion-dollar company" says how large, not how much: no figure to set against another.
    assert read("It is now a billion-dollar company.") == []


def test_under_and_below_make_a_figure_a_bound_and_a_movement_up_to_one_does_not() -> None:
    assert read("Just under 4,200 people were waiting.")[0][6] is True
    assert read("Inflation stayed below 3 percent.")[0][6] is True
    assert bound("Up to ") == "below" and bound("The strike cost at least ") == "above"
    # "picked up" moved inflation to the figure: a figure as exact as any other.
    assert bound("Inflation picked up to ") is None
    assert read("Inflation picked up to 3.9 percent in July.")[0][6] is False


def test_money_and_percentages_but_not_years_or_days_of_the_month() -> None:
    assert read("It cost $3 billion, up 5 percent on March 5, 2014.") == [
        ("$3 billion", 3e9, 3e9, 3e9, "USD", "money", False),
        ("5 percent", 5.0, 5.0, 5.0, "%", "percent", False),
    ]


def test_a_day_before_its_month_or_a_year_after_a_preposition_is_a_date() -> None:
    # "14 October" is a day, not fourteen Octobers; "2021" in "for 2021 remaining" is a year.
    assert read("The referendum will be held on 14 October.") == []
    assert (
        read("It expects sales for 2021 remaining flat and a loss in Q4 2020 due to costs.") == []
    )
    assert read("Revenue for the third quarter of 2021 rose 8 percent.") == [
        ("8 percent", 8.0, 8.0, 8.0, "%", "percent", False)
    ]
    # A year before what it dates stays, as two such years for one thing clash.
    assert read("It is a 2017 film.") == [
        ("2017 film", 2017.0, 2017.0, 2017.0, "film", "count", False)
    ]


def test_a_scale_abbreviated_after_a_currency_scales_the_sum() -> None:
    # "$5bn" is five billion dollars, as "$5 billion" is: not five dollars.
    assert read("It expects sales of $5bn, after a $300K dinner and a \u00a32.5m fine.") == [
        ("$5bn", 5e9, 5e9, 5e9, "USD", "money", False),
        ("$300K", 3e5, 3e5, 3e5, "USD", "money", False),
        ("\u00a32.5m", 2.5e6, 2.5e6, 2.5e6, "GBP", "money", False),
    ]
    # Without a currency, "100m" is a distance and "5k" a run: no sum.
    assert read("She won the 100m and the 5k race.") == []


def test_a_third_before_what_it_numbers_is_an_ordinal() -> None:
    assert read("The president won a third term after a third straight win.") == []
    assert read("Sales fell in a third quarter decline.") == []
    assert read("The firm cut a third of its staff.") == [
        ("a third of its staff", 1 / 3, 1 / 3, 1 / 3, "staff", "fraction", False)
    ]
    assert read("Sales fell by a third last year.") == [
        ("a third", 1 / 3, 1 / 3, 1 / 3, None, "fraction", False)
    ]


def when(sentence: str, published: dt.date | None) -> list[tuple[str, str | None, str]]:
    return [
        (d.text, d.date.isoformat() if d.date else None, d.precision)
        for d in dates(sentence, published)
    ]


def test_weekdays_resolve_to_the_latest_such_day_up_to_publication() -> None:
    tuesday, friday = dt.date(2014, 4, 1), dt.date(2014, 5, 30)
    assert when("NATO said on Tuesday that troops remained.", tuesday) == [
        ("on Tuesday", "2014-04-01", "day")
    ]
    # The day of publication itself, not the week before.
    assert when("Rasmussen said on Friday in Vilnius.", friday)[0][1] == "2014-05-30"
    assert when("Russia said on Wednesday that troops left.", friday)[0][1] == "2014-05-28"
    assert when("A council will be held in Brussels next Monday.", friday)[0][1] == "2014-06-02"


def test_calendar_dates_months_years_and_unknown_bases() -> None:
    base = dt.date(2014, 5, 30)
    assert when("Talks were the first since March 5.", base) == [("March 5", "2014-03-05", "day")]
    assert when("NATO suspended cooperation in April.", base) == [
        ("in April", "2014-04-01", "month")
    ]
    assert when("Rasmussen said last week that most had left.", dt.date(2014, 6, 3)) == [
        ("last week", "2014-05-26", "week")
    ]
    assert when("Troops left on Friday.", None) == [("on Friday", None, "day")]


def test_a_share_of_a_count_gives_both() -> None:
    texts = [q[0] for q in read("Russia has withdrawn most of the some 40,000 troops it had.")]
    assert texts == ["most of the some 40,000 troops", "40,000 troops"]


def test_a_score_or_a_change_is_no_range() -> None:
    assert quantities("Arsenal secured a 2-0 win over Chelsea.") == ()
    (kept,) = quantities("Between 35,000-40,000 troops were deployed.")
    assert (kept.low, kept.high) == (35_000, 40_000)


def test_a_reading_on_a_named_scale_measures_that_scale() -> None:
    # The scale's name before the figure, or joined to it, says what the figure measures.
    assert [
        (q[0], q[1], q[4]) for q in read("The quake had a magnitude of 6.4, officials said.")
    ] == [("magnitude of 6.4", 6.4, "magnitude")]
    assert [(q[1], q[4]) for q in read("Seismologists put the quake at magnitude 7.8.")] == [
        (7.8, "magnitude")
    ]
    assert [(q[1], q[4]) for q in read("A 6.1-magnitude quake struck at dawn.")] == [
        (6.1, "magnitude")
    ]
    assert [(q[1], q[4]) for q in read("The storm became a Category 4 hurricane.")] == [
        (4.0, "category")
    ]


def test_a_number_in_a_name_counts_nothing() -> None:
    # "COVID-19 vaccines" are no 19 vaccines, an F-250 truck no 250 trucks.
    assert [q.text for q in quantities("COVID-19 vaccines were given to 500 people.")] == [
        "500 people"
    ]
    assert quantities("SARS-CoV-2 vaccine sales fell as Covid-19 deaths rose.") == ()
    assert [q.text for q in quantities("His old Ford F-250 truck had 3 owners.")] == ["3 owners"]
    # What is counted comes after the name: tests, not "COVID-".
    (tests,) = quantities("Romania has conducted more than 16,500 COVID-19 tests.")
    assert (tests.value, tests.unit) == (16500.0, "tests")
    # A range and a reading joined by a hyphen are still figures.
    assert [q.text for q in quantities("Some 35,000-40,000 troops remained.")] == [
        "35,000-40,000 troops"
    ]


def test_dozens_multiply_the_number_before_them() -> None:
    assert read("Two dozen people died.")[0][:5] == ("Two dozen people", 24.0, 24.0, 24.0, "people")
    assert read("A dozen people died.")[0][1] == 12.0


def test_a_participle_before_what_is_counted_is_no_unit() -> None:
    # "flooded" describes the houses; "confirmed" the cases: what is counted comes after.
    assert [q.unit for q in quantities("Crews pumped out 212 flooded houses.")] == ["houses"]
    assert [q.unit for q in quantities("There were 12 confirmed cases of measles.")] == ["cases"]
    # With no plural noun after it, the participle is what is counted ("3 injured").
    assert [q.unit for q in quantities("The storm left 3 injured as police arrived.")] == [
        "injured"
    ]
    assert [q.unit for q in quantities("Three injured in the crash.")] == ["injured"]


def test_a_small_share_is_a_sliver_of_a_whole_the_sentence_tells() -> None:
    assert small_share("Three of the town's roughly 4,000 homes lost roof tiles in the storm.")
    assert small_share("Two pupils fell ill last week, out of about 600 on the school roll.")
    assert small_share("About 50,000 of the city's 12 million residents lost power.")
    # A large share, a scale on the part, and no whole at all are not.
    assert not small_share("Some 200 of the 340 staff were laid off.")
    assert not small_share("About 5 million of the city's 12 million residents lost power.")
    assert not small_share("Three homes lost roof tiles in the storm.")
