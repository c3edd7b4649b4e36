"""The event checks (service/judging/checks/events.py): opposite events and movements, in the
words of judging/concepts.py, and what is no opposite: other times, other things, a sequence."""

from __future__ import annotations

import pytest

from service.judging import checks
from service.judging.concepts import concepts as named_concepts
from service.judging.concepts import wording


def test_a_negation_both_share_outside_the_opposites_does_not_hide_them() -> None:
    shared = ", and officials did not expect the change."
    assert checks.antonym(
        "Unemployment rose sharply in March" + shared,
        "Unemployment fell sharply in March" + shared,
    )
    # A negation where the opposites stand still settles nothing: not rising is not falling.
    assert not checks.antonym(
        "Unemployment did not rise in March.", "Unemployment did not fall in March."
    )
    assert not checks.antonym("Unemployment did not rise in March.", "Unemployment fell in March.")


def test_workers_kept_are_no_workers_laid_off() -> None:
    a = "The factory will close and its 300 staff will be laid off."
    assert checks.antonym(a, "The factory will keep all of its 300 staff.") is not None


def test_a_post_left_is_the_opposite_of_staying() -> None:
    stay = "The club insisted the manager would stay."
    assert checks.antonym(stay, "The manager left the club on Friday.") is not None
    assert named_concepts("The manager left the building.") == frozenset()


def test_a_state_to_come_and_a_state_now_at_other_times_are_no_opposites() -> None:
    coming, now = "The pool will be closed for cleaning in August.", "The pool is open this month."
    assert checks.antonym(coming, now) is None
    assert checks.antonym(now, coming) is None
    # A state said to hold until then, or both at one time, still opposes.
    assert checks.antonym("The pool will stay closed until August.", now) is not None
    assert checks.antonym("The pool is closed this month.", now) is not None


def test_public_and_private_owners_are_opposites() -> None:
    assert checks.antonym(
        "The water company is state-owned.", "The water company is privately owned."
    ) == checks.Finding(
        "antonym",
        'The claims describe opposite things: one says "state-owned", the other says '
        '"privately owned".',
    )


@pytest.mark.parametrize(
    ("first", "second", "concepts"),
    [
        (
            "Growers reported a bumper olive crop this year.",
            "The olive crop failed this year.",
            ("fail", "succeed"),
        ),
        (
            "The bakery chain went bankrupt in March.",
            "The bakery chain was a success in March.",
            ("fail", "succeed"),
        ),
        (
            "The island had its wettest summer on record.",
            "The island had its driest summer.",
            ("dry", "wet"),
        ),
        (
            "The two giraffes were flown back to Kenya.",
            "The two giraffes remain at the park.",
            ("relocate", "remain"),
        ),
        (
            "Three hikers are missing on the ridge.",
            "The three hikers were all accounted for.",
            ("found", "missing"),
        ),
        (
            "The trawler capsized in calm seas.",
            "The trawler capsized in a gale.",
            ("calm", "stormy"),
        ),
        (
            "The warehouse blaze began with faulty wiring.",
            "The warehouse blaze was arson.",
            ("accidental", "deliberate"),
        ),
        (
            "The new library cost more than expected.",
            "The new library came in under budget.",
            ("over budget", "under budget"),
        ),
        (
            "The jockey is in a serious condition.",
            "The jockey was discharged on Monday.",
            ("critical", "discharged"),
        ),
        # One in danger of dying is still alive.
        ("The driver is in a critical condition.", "The driver died.", ("critical", "dead")),
        (
            "The court released the journalist on bail.",
            "The journalist was remanded in custody.",
            ("custody", "free"),
        ),
        ("The levee held overnight.", "The levee burst overnight.", ("fail", "intact")),
        ("The probe reached orbit.", "The probe exploded on the launch pad.", ("fail", "succeed")),
        (
            "The kidnapped aid workers were freed.",
            "The kidnapped aid workers were killed.",
            ("dead", "free"),
        ),
        ("The two fishermen were rescued.", "The two fishermen drowned.", ("dead", "rescued")),
        (
            "The pottery closed in March after its kiln cracked.",
            "The pottery has been working flat out since the spring.",
            ("close", "operate"),
        ),
        (
            "The island bus runs all year round.",
            "The island bus has stopped running for the winter.",
            ("stop", "year-round"),
        ),
        (
            "The suspect is still on the run.",
            "The suspect surrendered to police.",
            ("at large", "caught"),
        ),
        (
            "The moorland fire was started by lightning.",
            "The moorland fire was started deliberately.",
            ("accidental", "deliberate"),
        ),
        (
            "The missing diver was found alive.",
            "The body of the missing diver was recovered.",
            ("alive", "dead"),
        ),
        (
            "The old lido will be kept and restored.",
            "The old lido is being demolished.",
            ("destroyed", "intact"),
        ),
        (
            "For the final, every seat was taken.",
            "For the final, the hall was half empty.",
            ("full", "unfilled"),
        ),
        (
            "Every night of the comedian's tour sold out.",
            "The comedian's tour played to sparse crowds.",
            ("sold out", "unfilled"),
        ),
        (
            "The striker put pen to paper on a new contract with the club.",
            "The striker snubbed the club's offer of a new contract.",
            ("accept", "reject"),
        ),
        (
            "The bank will keep its head office in Bristol.",
            "The bank is moving its head office to Cardiff.",
            ("relocate", "retain"),
        ),
        (
            "The housing bill passed its third reading.",
            "The housing bill was voted down at its third reading.",
            ("accept", "reject"),
        ),
        (
            "The Kenyan runner finished first in the Boston marathon.",
            "The Kenyan runner pulled out of the Boston marathon with an injury.",
            ("win", "withdraw"),
        ),
        (
            "The drug study ran its full course.",
            "The drug study was halted early.",
            ("proceed", "stop"),
        ),
        (
            "The pupil passed his driving test.",
            "The pupil failed his driving test.",
            ("fail", "succeed"),
        ),
        (
            "Paramedics managed to save the injured rider.",
            "The injured rider died at the scene.",
            ("dead", "rescued"),
        ),
        (
            "The ferry from Oban arrived in Mull as scheduled.",
            "The ferry from Oban was diverted to Tobermory.",
            ("diverted", "proceed"),
        ),
        (
            "The rail union called off its strike.",
            "Rail workers walked out on Thursday.",
            ("cancel", "strike"),
        ),
        (
            "The weedkiller was declared safe.",
            "The weedkiller caused serious side effects in farm workers.",
            ("safe", "unsafe"),
        ),
        (
            "The paper mill is running at full capacity.",
            "The paper mill has been mothballed.",
            ("close", "operate"),
        ),
        (
            "The fly-half has retired from international rugby.",
            "The fly-half was named in the national squad for the autumn tests.",
            ("compete", "retire"),
        ),
        (
            "The trapped cavers are all safe.",
            "One of the trapped cavers died before rescuers arrived.",
            ("alive", "dead"),
        ),
        (
            "The club was promoted in May.",
            "The club was relegated in May.",
            ("promoted", "relegated"),
        ),
        (
            "The sea wall at Polruan withstood the gale.",
            "The gale tore a hole in the sea wall at Polruan.",
            ("destroyed", "intact"),
        ),
        (
            "The mill pond is brimming after the storms.",
            "Barely a puddle is left in the mill pond.",
            ("empty", "full"),
        ),
        (
            "The ring road was finished ahead of schedule.",
            "The ring road opened two years late.",
            ("postpone", "proceed"),
        ),
        (
            "The new bridge is toll-free for cyclists.",
            "Cyclists pay the full toll to cross the new bridge.",
            ("free entry", "paid entry"),
        ),
        (
            "The night buses will carry on through the holidays.",
            "The night buses are suspended through the holidays.",
            ("continue", "stop"),
        ),
        (
            "Ana Costa was sworn in as governor on Tuesday.",
            "Ana Costa conceded the election on Tuesday.",
            ("lose", "win"),
        ),
        (
            "The keeper let in four goals.",
            "The keeper kept a clean sheet.",
            ("goalless", "scored"),
        ),
        (
            "The cost of petrol went up in June.",
            "Petrol got cheaper in June.",
            ("decrease", "increase"),
        ),
        (
            "Bus fares will be frozen this year.",
            "Bus fares will rise this year.",
            ("increase", "unchanged"),
        ),
        (
            "The forest fire was brought under control overnight.",
            "Crews are still battling to contain the forest fire.",
            ("contained", "uncontrolled"),
        ),
        (
            "The probe landed safely on the comet.",
            "The probe smashed into the comet at high speed.",
            ("crashed", "landed"),
        ),
    ],
)
def test_outcomes_of_news_in_their_own_words_are_opposites(
    first: str, second: str, concepts: tuple[str, str]
) -> None:
    found = checks.antonym(first, second)
    assert found is not None and found.kind == "antonym"
    # The opposites are those concepts, each quoted in its claim's own words.
    words = {wording(t, c) for c in concepts for t in (first, second) if c in named_concepts(t)}
    assert len(words) == 2 and all(f'"{w}"' in found.explanation for w in words)


def test_a_price_compared_or_of_another_thing_moves_nothing_opposite() -> None:
    assert (
        checks.antonym("Rail travel is cheaper than flying.", "Rail fares rose this year.") is None
    )
    assert checks.antonym("The price of milk went up in May.", "Milk sales fell in May.") is None


def test_a_profit_warning_tells_of_no_profit() -> None:
    assert "profit" not in named_concepts("The retailer issued a profit warning on Monday.")
    assert (
        checks.antonym(
            "The retailer's shares lost 5 percent on Monday.",
            "The retailer issued a profit warning on Monday.",
        )
        is None
    )


def test_a_share_of_the_vote_won_is_no_win_and_a_strike_called_off_accepts_nothing() -> None:
    assert "win" not in named_concepts("The Greens won 12 percent of the vote.")
    assert (
        checks.antonym("The Greens lost the election.", "The Greens won 12 percent of the vote.")
        is None
    )
    assert (
        checks.antonym(
            "The nurses called off their strike.", "The nurses accepted a new pay offer."
        )
        is None
    )


def test_a_beginning_told_in_a_year_is_no_conflict_with_an_ending_since() -> None:
    for begun, ended in [
        ("The brewery opened in 1951.", "The brewery has closed."),
        ("The probe was launched in 2011.", "The probe has stopped sending data."),
        ("The carnival began in 1966.", "The carnival has been cancelled this year."),
    ]:
        assert checks.antonym(begun, ended) is None
        assert checks.sequence(ended, begun) is not None
    # What still holds still conflicts with the ending.
    assert checks.antonym(
        "The brewery opened in 1951 and is still open.", "The brewery has closed."
    )


def test_close_to_a_place_or_a_figure_shuts_nothing() -> None:
    assert (
        checks.antonym("The bakery lies close to the harbour.", "The bakery reopened on Friday.")
        is None
    )
    assert (
        checks.antonym("The plant employs close to 900 people.", "The plant is working normally.")
        is None
    )
    found = checks.antonym("The bakery closed on Friday.", "The bakery reopened on Friday.")
    assert found is not None and found.kind == "antonym"


def test_a_sell_out_leaves_shelves_empty_but_no_seat() -> None:
    assert (
        checks.antonym("The shops sold out of bread by noon.", "The bread shelves were empty.")
        is None
    )
    found = checks.antonym(
        "Tickets for the play sold out in an hour.", "The play opened to a half-empty theatre."
    )
    assert found is not None and found.kind == "antonym"


def test_back_that_says_where_a_thing_went_is_no_support() -> None:
    assert "support" not in named_concepts("The envoy flew back to Vienna on Sunday.")
    assert "support" in named_concepts("Most members backed the motion.")
    assert (
        checks.antonym("The envoy came back to Vienna.", "The envoy opposed the treaty in Vienna.")
        is None
    )


def test_the_last_time_a_thing_happened_only_dates_the_claim() -> None:
    # "since the mine last closed" dates the rise in prices; it says nothing of the mine now.
    assert (
        checks.antonym(
            "The tin mine is hiring 120 miners as it reopens.",
            "Tin prices have doubled since the mine last closed.",
        )
        is None
    )
    found = checks.antonym(
        "The museum is open again.", "The museum has been closed since last week."
    )
    assert found is not None and '"closed"' in found.explanation
