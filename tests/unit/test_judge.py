"""The judges' decisions on pairs whose similarity (and model output) is given."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from service.inference.embedders import Embedder
from service.judging import checks
from service.judging.checks.figures import _part_against_count
from service.judging.concepts import concepts as named_concepts
from service.judging.judge import HybridJudge, Pair, RuleJudge, Thresholds
from tests.helpers import FixedModel, hybrid

judge = RuleJudge()


def verdict(a: str, b: str, similarity: float = 0.7) -> tuple[str, str | None]:
    (result,) = judge.judge([Pair(a, b, similarity)])
    return result.relation, result.kind


def test_a_denial_contradicts_the_assertion_it_denies() -> None:
    assert verdict(
        "There was no sign that Russia is withdrawing troops from the border.",
        "Russia has pulled back most of its troops from the border.",
    ) == ("contradiction", "negation")


def test_debunking_or_refuting_a_report_denies_it() -> None:
    for verb in ("debunked", "refuted"):
        assert verdict(
            f"Experts {verb} reports that the dam had burst.",
            "The dam burst on Monday, flooding the valley.",
        ) == ("contradiction", "negation"), verb


def test_a_hedged_assertion_does_not_flatly_contradict_a_denial() -> None:
    relation, _ = verdict(
        "There was no sign that Russia is withdrawing troops from the border.",
        "Some Russian forces may be preparing to withdraw from the border.",
    )
    assert relation != "contradiction"


def test_two_denials_of_the_same_thing_agree() -> None:
    relation, _ = verdict(
        "I cannot confirm that Russia is withdrawing its troops.",
        "NATO disputed statements by Moscow that it was withdrawing its troops.",
    )
    assert relation != "contradiction"


def test_a_denial_quoted_after_a_speaker_agrees_with_the_same_denial_in_other_words() -> None:
    # The quotation bounds what is denied (not "raising prices" too), and the boss who admits
    # it is the speaker, not the subject of the denial.
    quoted = (
        "Shares in the pizza giant have tumbled after a sharp drop in profit, with boss Don "
        'Meij admitting the company "did not get the balance right" after raising prices.'
    )
    failed = "The company failed to get the balance right when it upped delivery prices."
    assert verdict(quoted, failed)[0] != "contradiction"
    assert hybrid(quoted, failed, 0.4)[0] != "contradiction"
    # Quoted or not, a denial still conflicts with what asserts it.
    done = "The company got the balance right when it upped delivery prices."
    assert verdict(quoted, done) == ("contradiction", "negation")


def test_one_thing_said_to_rise_and_to_fall_contradicts_however_much_else_is_said() -> None:
    story = (
        "The company failed to get the balance right when it upped delivery prices, after the "
        "business reported first-half profits dropped by more than 20 per cent."
    )
    summary = "Shares in the pizza giant have tumbled after a sharp increase in profit."
    assert verdict(summary, story) == ("contradiction", "antonym")
    assert hybrid(story, summary, 0.35) == ("contradiction", "antonym")
    assert verdict("The number of deaths rose.", "Deaths fell sharply.")[0] == "contradiction"
    # Other things, other times, a movement denied, or one moved both ways: no conflict.
    for a, b in [
        ("Oil prices fell sharply on Monday.", "Gold prices rose sharply on Monday."),
        ("The number of deaths rose.", "The number of births fell."),
        ("Prices rose in May.", "Prices fell in June."),
        ("Profits rose in the first half but fell in the second.", "Profits fell."),
        ("Analysts expected that profits might fall.", "Profits rose."),
    ]:
        assert checks.opposite_movement(a, b) is None, (a, b)


def test_opposite_events_of_other_things_of_one_kind_both_hold() -> None:
    for a, b in [
        ("Car sales rose 6 percent in March.", "Van sales fell 3 percent in March."),
        ("The orchestra's funding was cut by 10 percent.", "The theatre's funding was increased."),
        ("The team lost its opening match.", "The team won its second match."),
        ("The school's maths results improved.", "The school's English results slipped."),
    ]:
        assert verdict(a, b)[0] != "contradiction", (a, b)
        assert hybrid(a, b, 0.95)[0] != "contradiction", (a, b)
    # The same thing, or one named on one side only, still conflicts.
    for a, b in [
        ("Car sales rose 6 percent in March.", "Car sales fell 3 percent in March."),
        ("Car sales rose 6 percent in March.", "Sales fell 3 percent in March."),
        ("The film was a box office hit in France.", "The film flopped in France."),
        ("The orchestra's funding was cut.", "The orchestra's funding was increased."),
        ("The storm caused little damage.", "The storm caused widespread damage."),
        ("The doctors' strike went ahead on Monday.", "The doctors called off Monday's strike."),
    ]:
        assert verdict(a, b)[0] == "contradiction", (a, b)
    # A convoy the UN runs may be an aid convoy: an owner does not tell it from one of a kind.
    none_entered = "Not a single aid convoy has entered the besieged town since March."
    one_reached = "A UN convoy carrying flour and medicine reached the besieged town on Wednesday."
    assert checks.other_things(none_entered, one_reached) is None
    assert hybrid(none_entered, one_reached, 0.95)[0] == "contradiction"
    assert checks.other_things("EU exports rose.", "US exports fell.") is not None
    # Who says it is not what is said: two ministries' words are about one toll.
    assert (
        checks.other_things(
            "The disaster ministry said 27 people had died.",
            "The health ministry said 63 people had died.",
        )
        is None
    )
    # One sentence with the word that tells the thing changed is one account altered.
    recall = "Lordstown will voluntarily recall 19 {} pickups to fix an electrical issue."
    assert hybrid(recall.format("Endurance"), recall.format("Cybertruck"), 0.7)[0] == (
        "contradiction"
    )


def test_one_thing_moving_each_way_at_other_times_is_no_conflict() -> None:
    may, november = "Unemployment fell to 4.1 percent in May.", "Unemployment rose in November."
    assert hybrid(may, november, 0.9)[0] != "contradiction"
    assert hybrid(may, "Unemployment rose in May.", 0.9)[0] == "contradiction"


def shipped(a: str, b: str, contradiction: float) -> str:
    """The relation the judge with its shipped thresholds gives when the model reads
    ``contradiction``."""
    (result,) = HybridJudge(FixedModel(contradiction, 0.0)).judge([Pair(a, b, 0.7)])
    return result.relation


def test_other_things_moving_and_other_parts_of_a_whole_both_hold() -> None:
    # Ticket sales and ticket prices: other things moving outweigh a model short of
    # ``different``; one thing moving told in other words is what a surer model reads.
    sales, prices = "Ticket sales doubled this year.", "Ticket prices rose by a fifth this year."
    assert shipped(sales, prices, 0.55) == "neutral"
    assert shipped(sales, prices, 0.9) == "contradiction"
    # However sure the model is: exports and imports, each with its own figure; the north and
    # the south, adults and children.
    for a, b in [
        ("Exports rose 4 percent in the second quarter.", "Imports fell 2 percent in the quarter."),
        ("The ceasefire held in the north.", "Fighting continued in the south."),
        ("The vaccine was approved for adults.", "Regulators are still reviewing it for children."),
    ]:
        assert hybrid(a, b, 0.95)[0] != "contradiction", (a, b)
    # One thing in other words, one event placed twice, or one part, still conflicts.
    for a, b in [
        (
            "Unemployment fell to 11.2% in the quarter.",
            "The jobless rate rose to 12.4% in the quarter.",
        ),
        ("The attack happened in the north.", "The attack happened in the south."),
        ("The ceasefire held in the north.", "Fighting continued in the north."),
    ]:
        assert hybrid(a, b, 0.95)[0] == "contradiction", (a, b)


def test_how_things_stood_earlier_is_no_conflict_with_a_change_the_model_alone_finds() -> None:
    initially = "Initially, the mayor opposed the plan to close the library."
    backed = "The mayor backed the plan to close the library after a review."
    assert hybrid(initially, backed, 0.95)[0] != "contradiction"
    assert hybrid(initially.replace("Initially, the", "The"), backed, 0.95)[0] == "contradiction"
    # A claim that holds at every point holds at the earlier one too.
    throughout = "The embassy remained open throughout the crisis."
    height = "The embassy was shut at the height of the crisis."
    assert hybrid(throughout, height, 0.95)[0] == "contradiction"


def test_the_office_holders_deputy_is_another_person() -> None:
    denial = "The minister denied the report that she would resign."
    assert hybrid(denial, "The minister's deputy resigned on Thursday.", 0.9)[0] != (
        "contradiction"
    )
    assert hybrid(denial, "The minister resigned on Thursday.", 0.9)[0] == "contradiction"


def test_opposite_events_contradict() -> None:
    assert verdict(
        "Unemployment rose sharply in the third quarter.",
        "Unemployment fell sharply in the third quarter.",
    ) == ("contradiction", "antonym")


def opposites(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs the rule judge does not call opposite events."""
    return [(a, b) for a, b in pairs if verdict(a, b) != ("contradiction", "antonym")]


def flagged(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs the rule judge calls a contradiction of any kind."""
    return [(a, b) for a, b in pairs if verdict(a, b)[0] == "contradiction"]


def test_opposite_events_in_the_words_news_uses_contradict() -> None:
    assert not opposites([
        ("The economy grew in May.", "The economy saw a contraction in May."),
        ("Exports doubled last year.", "Exports halved last year."),
        ("Shares soared on Monday.", "Shares plunged on Monday."),
        ("The EU lifted sanctions on the bank.", "The EU imposed sanctions on the bank."),
        ("The yen strengthened against the dollar.", "The yen weakened against the dollar."),
    ])  # fmt: skip
    # An illness contracted is no economy contracting.
    relation, _ = verdict("The patients contracted the virus.", "The number of patients grew.")
    assert relation != "contradiction"


def test_outcomes_that_exclude_each_other_contradict() -> None:
    assert not opposites([
        ("The economy contracted by 0.3 percent.", "The economy expanded by 0.3 percent."),
        ("The governor was re-elected in November.", "The governor lost the November vote."),
        ("The bank posted a profit for the year.", "The bank posted a loss for the year."),
        ("The chief executive resigned in March.", "The chief executive remains in charge."),
        ("The blaze was started deliberately.", "The blaze was an accident."),
        ("The concert was cancelled because of rain.", "The concert went ahead despite rain."),
        ("The match was postponed until May.", "The match was played as scheduled."),
        ("The march was peaceful, police said.", "The march turned violent, police said."),
        ("The senator voted for the bill.", "The senator voted against the bill."),
        ("The strike was called off on Sunday.", "The strike went ahead on Sunday."),
    ])  # fmt: skip
    # A sequence of events, not opposites: what was cancelled is not said to have gone ahead.
    relation, _ = verdict("The concert was cancelled.", "The organisers refunded the tickets.")
    assert relation != "contradiction"


def test_rulings_custody_rates_budgets_and_attendance_that_exclude_each_other_contradict() -> None:
    assert not opposites([
        ("The court upheld the ban on Thursday.", "The court struck down the ban on Thursday."),
        ("The judges quashed his conviction.", "The judges upheld his conviction."),
        ("The two reporters were freed on Friday.", "The two reporters remain in custody."),
        ("The gunman is still at large.", "The gunman is in custody, police said."),
        ("The bank kept interest rates unchanged.", "The bank raised interest rates."),
        ("The reactor was shut down after the leak.", "The reactor kept operating after the leak."),
        ("Parliament voted down the budget.", "Parliament approved the budget."),
        ("The flight left on time.", "The flight was delayed by three hours."),
        ("The state ran a budget surplus last year.", "The state ran a budget deficit last year."),
        ("The president attended the summit.", "The president skipped the summit."),
        ("The minister was convicted of bribery.", "The minister was cleared of bribery."),
    ])  # fmt: skip
    # "Released" and "held" alone are as often a report and a meeting; an arrest may be followed
    # by a release in one story.
    assert not flagged([
        ("The company released its annual report.", "The company held its annual meeting."),
        ("Police arrested two men after the match.", "The two men were later freed."),
        ("The firm's operating profit rose.", "The firm shut two of its factories."),
    ])  # fmt: skip


def test_outcomes_and_states_news_reports_in_other_words_contradict() -> None:
    assert not opposites([
        ("The Senate passed the measure on Tuesday.", "The Senate threw out the measure."),
        ("The union signed the pay deal.", "The union turned down the pay deal."),
        ("The rocket launch was successful.", "The rocket launch failed."),
        ("Tickets for the final sold out.", "Tickets for the final are still available."),
        ("The wildfire is now under control.", "The wildfire is burning out of control."),
        ("The singer was discharged from hospital.", "The singer is in intensive care."),
        ("The curfew was lifted on Friday.", "The curfew remains in force."),
        ("The inquiry has ended.", "The inquiry is still ongoing."),
        ("Two climbers are still missing.", "Two climbers were rescued."),
        ("The carmaker hired 500 workers.", "The carmaker laid off 500 workers."),
        ("The bank announced a rate hike.", "The bank announced a rate cut."),
        ("Growth accelerated in the spring.", "Growth slowed in the spring."),
        ("The driver was injured in the crash.", "The driver was unhurt in the crash."),
        ("The takeover was completed in May.", "The takeover was called off in May."),
        ("The dockers are on strike.", "The dockers returned to work."),
        ("The index closed at a record high.", "The index closed at a record low."),
        ("The guard was sentenced to two years.", "The guard was acquitted."),
        ("The port was shut all week.", "Ships operated normally at the port all week."),
        ("The hearing was held in public.", "The hearing was held behind closed doors."),
        ("The missing boy was found safe.", "The missing boy was found dead."),
        ("The truce was extended for a month.", "The truce expired on Sunday."),
        ("The border stayed open.", "The border was sealed off."),
    ])  # fmt: skip
    # A death is no bill passed, what another side did successfully is no success of the one
    # who failed, and what "continued" is true beside a suspension.
    assert not flagged([
        ("The senator passed away on Monday.", "The senator's bill was rejected on Monday."),
        ("The army successfully foiled the coup.", "The coup failed."),
        ("Fighting continued in the east.", "The alliance suspended its talks in the east."),
    ])  # fmt: skip


def test_different_days_for_one_event_that_happens_once_contradict() -> None:
    for a, b in [
        ("The election will be held on 5 May.", "The election is scheduled for 12 June."),
        ("The singer was born on 4 April 1970.", "The singer was born on April 14, 1970."),
        ("The museum opened on Monday.", "The museum was opened on Thursday by the mayor."),
        ("His accomplice surrendered to police on Friday.",
         "His accomplice surrendered himself on Thursday morning."),
    ]:  # fmt: skip
        assert verdict(a, b)[0] == "contradiction", (a, b)
        assert checks.dates_differ(a, b) is not None
    # What recurs, what was said on a day, a bound, another event, and the same day.
    for a, b in [
        ("Shares rose 3 percent on Monday.", "Shares rose 3 percent on Friday."),
        ("Police said on Monday two men were held.", "Police said on Tuesday two men were held."),
        ("The law takes effect on 1 May.", "The law will take effect before 1 June."),
        ("The mayor resigned on 3 March.", "The council was founded on 9 June."),
        ("The trial began on 3 March.", "The trial started on March 3."),
        ("The index closed up 1 percent on Monday.", "The index closed down 2 percent on Friday."),
        ("Two soldiers were killed on Monday.", "Three soldiers were killed on Tuesday."),
        ("Shares opened higher on Monday.", "Shares opened lower on Tuesday."),
        # a night runs into the next day's early hours
        ("The ferry sank on Tuesday night.", "The ferry sank in the early hours of Wednesday."),
    ]:
        assert checks.dates_differ(a, b) is None, (a, b)


def test_names_exchanged_around_a_verb_that_goes_one_way_contradict() -> None:
    for a, b in [
        ("Brazil beat Germany 2-1 on Sunday.", "Germany beat Brazil 2-1 on Sunday."),
        ("Oracle acquired the startup in 2019.", "The startup acquired Oracle in 2019."),
    ]:
        assert verdict(a, b)[0] == "contradiction", (a, b)
    # Each may meet or sue the other; and the same words in the same order are no exchange.
    for a, b in [
        ("Brazil met Germany in the final.", "Germany met Brazil in the final."),
        ("Apple sued Samsung over patents.", "Samsung sued Apple over patents."),
        ("Brazil beat Germany 2-1.", "Brazil beat Germany 2-1."),
    ]:
        assert checks.exchanged_roles(a, b) is None, (a, b)


def test_a_figure_up_or_down_is_a_rise_or_a_fall() -> None:
    assert verdict("Sales were up 5 percent in May.", "Sales were down 5 percent in May.") == (
        "contradiction",
        "antonym",
    )


def test_a_name_and_a_description_of_it_in_one_sentence_agree_however_sure_the_model_is() -> None:
    for a, b in [
        ("Siemens will cut 2,000 jobs in Germany next year.",
         "The company will cut 2,000 jobs in Germany next year."),
        ("Lordstown will voluntarily recall 19 Endurance pickups to fix a wiring issue.",
         "The automaker also will voluntarily recall 19 Endurance pickups to fix a wiring issue."),
    ]:  # fmt: skip
        assert checks.described(a, b) is not None, (a, b)
        assert hybrid(a, b, 0.95)[0] != "contradiction", (a, b)
    # Two names, or a time described ("the 1950s"), are no description of one thing.
    for a, b in [
        ("Bosch will cut 2,000 jobs in Germany next year.",
         "Siemens will cut 2,000 jobs in Germany next year."),
        ("The company was founded in 2003.", "The company was founded in the 1950s."),
    ]:  # fmt: skip
        assert checks.described(a, b) is None, (a, b)


def test_a_rise_and_a_fall_of_other_things_or_at_other_times_do_not_conflict() -> None:
    assert not flagged([
        ("Shares in the bank rose on Monday.", "Shares in the bank fell on Tuesday."),
        ("Sales were up 5 percent in May.", "Sales were down 2 percent in April."),
        ("Unemployment fell in March.", "Job vacancies rose in March."),
        ("Waiting lists grew over the winter.", "Waiting lists have shrunk since the spring."),
    ])  # fmt: skip
    # The same thing at the same time, or with no time named, still conflicts.
    assert not opposites([
        ("Shares in the bank rose on Monday.", "Shares in the bank fell on Monday."),
        ("Unemployment fell in March.", "Unemployment rose."),
        ("Waiting lists grew over the winter.", "Waiting lists shrank during the winter."),
    ])  # fmt: skip


def test_phrasal_verbs_are_read_whole() -> None:
    # "Dropped out" is a withdrawal and "fell out" a quarrel, not a fall in anything.
    assert not flagged([
        ("The senator dropped out of the race.", "Support for the senator rose in the race."),
        ("The two partners fell out last year.", "Profits at the partners' firm grew last year."),
    ])  # fmt: skip
    assert not opposites([
        ("The takeover fell through on Monday.", "The takeover went ahead on Monday."),
        ("The senator dropped out of the race.", "The senator remains in the race."),
    ])  # fmt: skip


def test_counts_of_one_thing_in_the_singular_and_the_plural_are_compared() -> None:
    assert verdict(
        "Police said a lone gunman carried out the attack.",
        "Police said three gunmen carried out the attack.",
    ) == ("contradiction", "quantity")
    assert verdict(
        "The treaty was signed by 12 countries.", "The treaty was signed by one country."
    ) == ("contradiction", "quantity")


def test_different_counts_of_the_same_thing_contradict_but_overlapping_ones_do_not() -> None:
    assert verdict(
        "Russia had 40,000 troops near the border.", "Russia had 5,000 troops near the border."
    ) == ("contradiction", "quantity")
    relation, _ = verdict(
        "Russia had some 35,000-40,000 troops near the border.",
        "Russia had about 40,000 troops near the border.",
    )
    assert relation != "contradiction"


def test_a_vague_crowd_against_a_count_of_the_same_people() -> None:
    assert verdict(
        "About 300 people attended the protest, police said.",
        "Tens of thousands of people joined the protest, police said.",
    ) == ("contradiction", "quantity")
    relation, _ = verdict(
        "Hundreds of people attended the protest.", "About 500 people joined the protest."
    )
    assert relation != "contradiction"


def test_unrelated_claims_are_neutral_and_paraphrases_entail() -> None:
    assert verdict("The bridge will close.", "Troops were deployed.", 0.1) == ("neutral", None)
    assert verdict("The bridge will close on Monday.", "On Monday the bridge closes.", 0.92) == (
        "entailment",
        None,
    )


def test_every_verdict_explains_itself_and_scores_between_0_and_1() -> None:
    (result,) = judge.judge(
        [
            Pair(
                "No troops were withdrawn from the border.",
                "Troops were withdrawn from the border.",
                0.8,
            )
        ]
    )
    assert 0.0 <= result.score <= 1.0
    assert '"No troops were withdrawn from the border"' in result.explanation


def test_a_vote_s_no_rejects_and_denies_nothing() -> None:
    said_no = "Most voters said no to the proposal in Sunday's referendum."
    assert checks.negation_cues(said_no) == ()
    assert "reject" in named_concepts(said_no)
    assert verdict("Voters approved the proposal.", said_no) == ("contradiction", "antonym")
    # "said no one" is a denial.
    assert checks.negation_cues("Police said no one was hurt.") == ("no",)


def test_the_model_decides_alone_above_its_threshold_and_checks_name_the_reason() -> None:
    a, b = "The museum opened in 1990.", "The museum has never opened."
    assert hybrid(a, b, 0.9) == ("contradiction", "negation")
    assert hybrid("The sky was blue.", "The sky was grey.", 0.9) == ("contradiction", "other")
    assert hybrid("The sky was blue.", "The sky was grey.", 0.5)[0] == "neutral"


def test_a_check_needs_only_some_support_from_the_model() -> None:
    # A denial linked to the assertion by its words, not by an action the checks know.
    a = "The report found no evidence of fraud in the election."
    b = "Fraud in the election was widespread, the report found."
    assert hybrid(a, b, 0.4) == ("contradiction", "negation")
    assert hybrid(a, b, 0.1)[0] != "contradiction"
    # The action itself denied needs none.
    a = "There was no sign that Russia is withdrawing troops from the border."
    b = "Russia has pulled back most of its troops from the border."
    assert hybrid(a, b, 0.1) == ("contradiction", "negation")


def test_clashing_figures_contradict_even_when_the_model_is_sure_they_agree() -> None:
    a, b = "Russia had 40,000 troops near the border.", "Russia had 5,000 troops near the border."
    assert hybrid(a, b, 0.05, entailment=0.3) == ("contradiction", "quantity")
    assert hybrid(a, b, 0.0, entailment=0.95) == ("contradiction", "quantity")


def test_a_tentative_claim_does_not_flatly_contradict_unless_the_model_is_sure() -> None:
    denial = "There was no sign that Russia is withdrawing troops from the border."
    hedged = "Some Russian forces may be preparing to withdraw from the border."
    assert hybrid(denial, hedged, 0.4)[0] == "neutral"
    assert hybrid(denial, hedged, 0.05)[0] == "neutral"
    assert hybrid(denial, hedged, 0.9)[0] == "contradiction"


def test_a_possibility_kept_open_is_denied_only_by_a_claim_that_closes_it() -> None:
    # "has not ruled out" denies nothing: it says only that something may be so.
    assert checks.negation_cues("Police have not ruled out foul play.") == ()
    assert checks.negation_cues("Foul play cannot be excluded, police said.") == ()
    assert checks.is_tentative("The minister did not rule out resigning.")
    kept = "The minister did not rule out resigning."
    assert hybrid(kept, "The minister resigned on Friday.", 0.95)[0] == "neutral"
    searched = "Tests found no sign of a second infection."
    assert hybrid("Doctors have not excluded a second infection.", searched, 0.95)[0] == "neutral"
    # Ruling it out, or denying it, closes it.
    assert (
        hybrid("Police have not ruled out foul play.", "Police ruled out foul play.", 0.95)[0]
        == "contradiction"
    )
    no_cuts = "The company said there would be no job cuts."
    assert hybrid("The company has not ruled out job cuts.", no_cuts, 0.95)[0] == "contradiction"
    # Ruled out of a match is an injury, not a possibility closed.
    assert checks.negation_cues("The striker was not ruled out of the final.") != ()


def test_a_denial_that_ended_conflicts_with_one_that_never_did() -> None:
    # "not ... until 2019" says it happened in 2019; "never" says it did not: both deny, yet
    # they cannot both be true, however little the model finds.
    ended = "Women were not allowed to vote until 1971."
    assert hybrid(ended, "Women have never been allowed to vote.", 0.05)[0] == "contradiction"
    assert hybrid(ended, "Women were not allowed to vote before 1971.", 0.05)[0] == "neutral"
    assert (
        checks.ended_denial("The school will not reopen until Monday.", "It never closed.") is None
    )


def test_a_denial_that_ended_leaves_an_undated_claim_standing() -> None:
    # "not ... until 1997" says it was so from 1997: a claim of no time may tell of after it,
    # however sure the model is that the two conflict.
    ended = "Bird flu was not considered a threat to humans until 1997."
    low = "The WHO still assesses the risk of bird flu in humans as low."
    assert hybrid(ended, low, 0.9)[0] == "neutral"
    assert hybrid("The museum did not reopen until March.", "The museum has reopened.", 0.9) == (
        "neutral",
        None,
    )
    # A time named, a denial, or a stretch reaching back bears on the time the denial covers.
    closed = "The museum did not reopen until March."
    assert hybrid(closed, "The museum reopened in January.", 0.9)[0] == "contradiction"
    profit = "The company did not make a profit until 2019."
    assert hybrid(profit, "The company has made a profit every year.", 0.9)[0] == "contradiction"
    assert hybrid(profit, "The company has always made a profit.", 0.9)[0] == "contradiction"
    # A denial that ends at no time named ("until further notice") has not ended.
    shut = "The school will not reopen until further notice."
    assert checks.denial_ended(shut, "The school has reopened.") is None


def test_an_action_not_done_yet_is_denied() -> None:
    assert "yet" in checks.negation_cues("The company has yet to make a profit.")
    yet = "The company has yet to make a profit."
    assert hybrid(yet, "The company made a profit last year.", 0.1) == ("contradiction", "negation")
    assert hybrid(yet, "The company has never made a profit.", 0.9)[0] == "neutral"
    # A date not yet announced denies no launch.
    a = "Apple has yet to announce a launch date for the watch."
    assert not checks.denies_same_action(a, "Apple will launch the watch in March.")


def test_figures_that_eased_or_ticked_up_moved() -> None:
    eased = "Inflation eased to 3 percent in June from 3.4 percent in May."
    assert hybrid(eased, "Inflation rose in June.", 0.4) == ("contradiction", "antonym")
    ticked = "Unemployment ticked up to 4.1 percent in March."
    assert hybrid(ticked, "Unemployment fell in March.", 0.4) == ("contradiction", "antonym")
    assert named_concepts("The move eased tensions.") == {"ease"}


def test_a_denied_movement_reaches_only_the_same_thing() -> None:
    denied = "The mayor said council tax would not rise next year."
    assert hybrid(denied, "The mayor said spending on parks would rise next year.", 0.9)[0] == (
        "neutral"
    )
    a, b = "The government has not raised taxes this year.", "The government raised income tax."
    assert hybrid(a, b, 0.9)[0] == "contradiction"
    # A measure names its thing with the words that describe it: "the share of vaccinated
    # children" is the vaccination rate, not children.
    a = "Vaccination rates among children in Orrin County have not fallen much since March."
    b = "Since March the share of vaccinated children in Orrin County has dropped from 90 to 50%."
    assert hybrid(a, b, 0.9)[0] == "contradiction"
    # A company's shares are its stock, no share of anything.
    shares = "The bank's shares fell 4 percent on Monday."
    assert checks.other_things_moved(shares, "The bank's profit fell 4 percent in the quarter.")


def test_a_speakers_denial_reaches_what_another_asserts() -> None:
    # "ruled out arson": the investigators deny; the fire is what is denied.
    a = "Police said the fire at the school was started on purpose."
    b = "Fire investigators ruled out arson as the cause of the school fire."
    assert hybrid(a, b, 0.05) == ("contradiction", "negation")
    # "for use in children": the children are what it was approved for.
    a = "The drug was approved for use in adults over 65."
    b = "Regulators have not approved the drug for any adults."
    assert hybrid(a, b, 0.9) == ("contradiction", "negation")


def test_neither_nor_is_one_denial() -> None:
    both = "Neither the governor nor her deputy attended the ceremony."
    assert hybrid(both, "The governor did not attend the ceremony.", 0.9)[0] == "neutral"
    assert hybrid(both, "The deputy attended the ceremony.", 0.4) == ("contradiction", "negation")


def test_opposite_events_of_two_holders_of_an_office_do_not_conflict() -> None:
    remains = "The president remains in office."
    assert hybrid("The vice-president resigned on Monday.", remains, 0.9)[0] == "neutral"
    assert hybrid("The president resigned on Monday.", remains, 0.9) == ("contradiction", "antonym")
    # "his deputy remained": no office called "remained"
    both = "The minister resigned, but his deputy remained in office."
    assert checks.other_office(both, "The minister remained in office.") is None


def test_a_figure_given_two_ways_that_agree_is_one_account_however_sure_the_model() -> None:
    a = "The fire destroyed at least 30 homes."
    assert hybrid(a, "The fire destroyed 34 homes.", 0.95)[0] == "neutral"
    assert hybrid(a, "The fire destroyed 25 homes.", 0.95) == ("contradiction", "quantity")
    assert hybrid(a, "The fire destroyed 34 homes and a school.", 0.95)[0] == "neutral"
    # Told of other places, the claims may tell of other fires: a sure model outweighs them.
    leeds, york = (
        "The fire destroyed at least 30 homes in Leeds.",
        "The fire destroyed 34 homes in York.",
    )
    assert hybrid(leeds, york, 0.95)[0] == "contradiction"
    assert hybrid(leeds, york, 0.6)[0] == "neutral"


def test_a_denial_of_everyone_but_one_leaves_that_one_out() -> None:
    denial = "No one apart from the driver was injured."
    assert hybrid(denial, "The driver was taken to hospital with injuries.", 0.9)[0] == "neutral"
    assert hybrid(denial, "Three passengers were injured.", 0.9)[0] == "contradiction"
    both = "The driver and two passengers were injured."
    assert hybrid(denial, both, 0.9)[0] == "contradiction"


def test_what_is_done_instead_of_another_thing_denies_that_thing() -> None:
    held = "The bank kept rates on hold instead of raising them."
    assert hybrid(held, "The bank raised rates.", 0.4) == ("contradiction", "negation")
    assert hybrid(held, "The bank left rates unchanged.", 0.9)[0] == "neutral"
    # The denial ends where the sentence goes on to what was done.
    assert checks.negated_clauses("Instead of cheering for Jon he glares at Sansa.") == (
        "Instead of cheering for Jon",
    )


def test_a_claim_with_a_detail_added_says_all_the_shorter_one_does() -> None:
    a, b = "The volcano last erupted in 1980.", "The volcano erupted in 1980."
    assert hybrid(a, b, 0.9)[0] == "neutral"
    # What changes what a word names, or what happened, is no detail.
    assert hybrid("The team almost won the title.", "The team won the title.", 0.9)[0] == (
        "contradiction"
    )
    assert checks.added_detail("The former mayor died.", "The mayor died.") is None
    assert (
        checks.added_detail("Sales rose in Europe but fell in Asia.", "Sales in Europe fell.")
        is None
    )
    assert (
        checks.added_detail("The plant did not close in May.", "The plant closed in May.") is None
    )


def test_a_hedge_outside_the_conflicting_clause_does_not_withdraw_it() -> None:
    relation, kind = hybrid(
        "Russia still had some 35,000-40,000 troops near the border.",
        "A few thousand troops still remain, but most units appear to be preparing to withdraw.",
        0.2,
    )
    assert (relation, kind) == ("contradiction", "quantity")


def test_compatible_figures_outweigh_the_model() -> None:
    a = "Two thirds of the troops have been withdrawn."
    b = "Most of the troops have been withdrawn."
    assert hybrid(a, b, 0.6)[0] == "neutral"
    assert hybrid(a, b, 0.95)[0] == "neutral"
    assert hybrid(a, "A third of the troops have been withdrawn.", 0.95)[0] == "contradiction"


def test_a_date_against_an_amount_is_no_conflict_however_sure_the_model_is() -> None:
    # The model reads any two figures that differ as a conflict; a year and a head count are
    # different facts.
    assert hybrid("The school has 450 pupils.", "The school was founded in 1890.", 0.95) == (
        "neutral",
        None,
    )
    assert (
        hybrid(
            "The museum's director was appointed in 2019.",
            "The museum has 2 million visitors.",
            0.7,
        )[0]
        == "neutral"
    )
    # Two dates, or a date against a span of time, are for the model to read.
    assert hybrid("The school was founded in 1890.", "The school was founded in 1920.", 0.7) == (
        "contradiction",
        "other",
    )
    assert hybrid("He signed a two-year deal in 2018.", "He signed a 5-year deal.", 0.7)[0] == (
        "contradiction"
    )
    assert checks.figures_apart("The vote is on May 5.", "Polls put the party at 40 percent.")
    assert not checks.figures_apart("The vote is on May 5.", "He was jailed for 12 years.")


def test_two_facts_about_one_subject_are_no_conflict_unless_the_model_is_sure() -> None:
    # Each states something else about the museum: the model's doubtful "contradiction" yields.
    visitors = "The museum attracted 2 million visitors last year."
    closing = "The museum will close for renovation in March."
    assert hybrid(visitors, closing, 0.45) == ("neutral", None)
    assert hybrid(closing, visitors, 0.45) == ("neutral", None)
    finding = checks.different_statements(visitors, closing)
    assert finding is not None and '"attracted"' in finding.explanation
    # A figure the other claim does not speak of is no conflict however sure the model is; two
    # facts in words yield to a sure model.
    assert hybrid(visitors, closing, 0.95) == ("neutral", None)
    crowds = "The museum attracted huge crowds last year."
    assert hybrid(crowds, closing, 0.45) == ("neutral", None)
    assert hybrid(crowds, closing, 0.95) == ("contradiction", "other")


def test_what_each_claim_adds_about_other_things_outweighs_a_model_that_is_not_sure(
    embedder: Embedder,
) -> None:
    def relation(a: str, b: str, contradiction: float, reader: Embedder | None) -> str:
        # ``model`` and ``different`` below these tests' 0.5: the words added, not the
        # statements, decide.
        thresholds = Thresholds(model=0.4, different=0.45)
        judge = HybridJudge(FixedModel(contradiction, 0.1), thresholds, reader)
        (result,) = judge.judge([Pair(a, b, 0.7)])
        return result.relation

    # Where the talks ended and where they were held: other things about the talks.
    ended, held = "The talks ended without an agreement.", "The talks were held in Geneva."
    assert checks.added_words(ended, held) == ("ended agreement", "held geneva")
    assert relation(ended, held, 0.5, embedder) == "neutral"
    assert relation(held, ended, 0.5, embedder) == "neutral"
    # A sure model, or a judge with no embedder, keeps the model's verdict.
    assert relation(ended, held, 0.9, embedder) == "contradiction"
    assert relation(ended, held, 0.5, None) == "contradiction"
    # Booked up and empty rooms tell one thing two ways: the model's verdict stands.
    booked = "The hotel was fully booked for the festival."
    empty = "The hotel had plenty of empty rooms during the festival."
    assert relation(booked, empty, 0.5, embedder) == "contradiction"
    # Near copies say one thing two ways where their words differ.
    recall = "The carmaker will recall 19 pickups to fix a braking issue."
    other = "The carmaker will recall 19 pickups to fix an electrical issue."
    assert checks.added_words(recall, other) is None
    assert relation(recall, other, 0.5, embedder) == "contradiction"
    # A long sentence adds many things at once: what it adds is not read as one thing.
    walkout = (
        "Delegates from both countries walked out of the talks late on Friday after a row over "
        "the agenda and the seating of observers."
    )
    assert checks.added_words(held, walkout) is None
    assert relation(held, walkout, 0.5, embedder) == "contradiction"


def test_a_thing_not_yet_named_is_no_denial_that_it_happened() -> None:
    killed = "Three people were killed when the bus overturned on the motorway."
    unnamed = "Police have not yet named the three people killed when the bus overturned."
    assert hybrid(killed, unnamed, 0.7)[0] == "neutral"
    assert hybrid(killed, unnamed, 0.95)[0] == "neutral"
    # Named on the other side, it conflicts; so does a denial of the deed itself.
    named = "Police named the three people killed when the bus overturned."
    assert hybrid(named, unnamed, 0.7)[0] == "contradiction"
    assert hybrid(killed, "Nobody was killed when the bus overturned.", 0.7)[0] == "contradiction"
    # "Not named a new chief executive" is a post not filled, not a name withheld.
    engineer = "The company's new chief executive is an engineer from Stuttgart."
    vacant = "The company has not yet named a new chief executive."
    assert hybrid(engineer, vacant, 0.7)[0] == "contradiction"


def test_figures_of_different_things_are_no_conflict_however_sure_the_model_is() -> None:
    turnout = "Turnout was 52 percent, the lowest since 1945."
    assert hybrid(turnout, "The ruling party won 52 percent of the vote.", 0.9)[0] == "neutral"
    # Two shares of one thing still clash.
    assert hybrid(turnout, "Turnout was 61 percent.", 0.9)[0] == "contradiction"
    # So with sums of money: a profit is no revenue, and two profits clash.
    profit = "The company's profit rose to 3.1 billion euros."
    assert hybrid(profit, "The company's revenue was 41 billion euros.", 0.9)[0] == "neutral"
    assert hybrid(profit, "The company's profit fell to 2.4 billion euros.", 0.9)[0] == (
        "contradiction"
    )


def test_a_figure_that_moved_is_no_conflict_however_sure_the_model() -> None:
    october = "The jobless rate fell to 4.1 percent in October."
    september = "The jobless rate was 4.4 percent in September."
    assert hybrid(october, september, 0.45) == ("neutral", None)
    assert hybrid(october, september, 0.95) == ("neutral", None)
    last_year = "The airline carried 48 million passengers last year."
    this_year = "The airline expects to carry 52 million passengers this year."
    assert hybrid(last_year, this_year, 0.95) == ("neutral", None)
    # Two figures for one time still clash, however the model reads them.
    assert hybrid(october, "The jobless rate was 4.4 percent in October.", 0.95)[0] == (
        "contradiction"
    )
    # The same month, or a month on one side only, is no figure that moved.
    assert (
        checks.figures_at_other_times(october, "The jobless rate was 4.4 percent in October.")
        is None
    )
    assert checks.figures_at_other_times(october, "The jobless rate was 4.4 percent.") is None


def test_a_figure_a_movement_reached_is_no_bound() -> None:
    picked_up = "Inflation picked up to 3.9 percent in July."
    eased = "Inflation eased to 3.1 percent in July."
    assert checks.figures_agree(picked_up, eased) is None
    assert hybrid(picked_up, eased, 0.95) == ("contradiction", "quantity")
    # "up to" with nothing moving is a bound, which a smaller figure meets.
    assert checks.figures_agree("Up to 40 people died.", "Thirty people died.") is not None


def test_the_day_a_figure_was_given_is_no_time_of_the_figure() -> None:
    # Both tolls given on Tuesday, one with the day in a leading frame, the other in a trailing
    # one: one toll at one time, and the figures clash.
    tuesday = (
        "The disaster ministry said on Tuesday that 27 people had died in total in the floods "
        "that struck the north at the weekend."
    )
    since = (
        "Floods in the north have killed 63 people since Saturday, the ministry said on Tuesday."
    )
    assert checks.figures_at_other_times(tuesday, since) is None
    assert hybrid(tuesday, since, 0.95) == ("contradiction", "quantity")
    # A figure the sentence itself sets at a time keeps it.
    october = "The ministry said on Tuesday that 27 people had died in October."
    assert checks.figures_at_other_times(october, "63 people died in November.") is not None


def test_one_event_on_two_days_with_the_same_figure_is_no_figure_that_moved() -> None:
    # The magnitude is the same in both: what differs is the day the one earthquake struck.
    tuesday = "The magnitude 6.2 earthquake in Malatya hit shortly before midnight on Tuesday."
    friday = "A magnitude 6.2 earthquake struck Malatya province early on Friday, officials said."
    assert checks.figures_at_other_times(tuesday, friday) is None
    assert hybrid(tuesday, friday, 0.8)[0] == "contradiction"


def test_claims_that_answer_one_question_are_not_set_apart() -> None:
    # The same verb, opposite or related events, figures for the same thing, or two answers to
    # what something is: these the model still reads.
    same_question = [
        ("The museum attracted 2 million visitors.", "The museum drew 3 million visitors."),
        ("The ship sank off the coast.", "The ship never sank."),
        ("Sales rose in the first quarter.", "Sales fell in the first quarter."),
        ("Corsica is an island.", "Corsica is a mountain."),
        ("The plant will be built in Ohio.", "The company will build the plant in Texas."),
    ]
    for a, b in same_question:
        assert checks.different_statements(a, b) is None, (a, b)
        assert hybrid(a, b, 0.65)[0] == "contradiction", (a, b)
    # The same action named as a verb on one side and a noun on the other.
    assert (
        checks.different_statements(
            "Officials said no one was injured in the blast.",
            "Four workers were treated for injuries after the blast.",
        )
        is None
    )
    # Two descriptions that name nothing and give no figure may be of one scene.
    assert (
        checks.different_statements("A man is sleeping on a bench.", "A man jogs in a park.")
        is None
    )
    # "There was no sign" says that something is, not what it is.
    assert checks.different_statements(
        "There was no sign that the army is leaving the city.",
        "The mayor's visit will be the first since March.",
    )


def test_the_month_of_may_is_no_hedge() -> None:
    assert not checks.is_tentative("Inflation fell to 3 percent in May.")
    assert checks.is_tentative("Inflation may fall to 3 percent.")
    assert hybrid(
        "Inflation fell to 3 percent in May.", "Inflation rose to 3 percent in May.", 0.35
    ) == ("contradiction", "antonym")


def test_what_could_not_be_done_is_no_hedge() -> None:
    saved = "Despite hours of effort by volunteers, the whale could not be saved."
    assert not checks.is_tentative(saved)
    assert not checks.is_tentative("The witness said she couldn't recognise the defendant.")
    assert hybrid("Volunteers refloated the whale and it swam out to sea.", saved, 0.8)[0] == (
        "contradiction"
    )
    # What may happen, or a possibility kept open, still hedges.
    assert checks.is_tentative("The whale could be saved on the rising tide.")
    assert checks.is_tentative("Police could not rule out foul play.")
    # One possibility against its denial: no hedge on one side only withdraws the conflict.
    could = "The fault could result in a loss of power while driving."
    could_not = "The fault could not result in a loss of power while driving."
    assert checks.modality(could, could_not) is None
    assert hybrid(could, could_not, 0.7)[0] == "contradiction"


def test_a_reported_would_is_an_assertion_but_a_conditional_one_is_not() -> None:
    assert not checks.is_tentative("The company said it would cut 2,000 jobs this year.")
    assert checks.is_tentative("Cutting 2,000 jobs would save the company money.")
    # Said on a day, "that" what would happen: still reported, within one clause.
    cut = "The bakery confirmed on Thursday it will cut 120 jobs at its Cramley factory."
    kept = "The bakery said on Thursday that no jobs would be cut at its Cramley factory."
    assert not checks.is_tentative(kept)
    # A denial the model doubts (below ``doubtful``) stands: no hedge withdraws it.
    assert hybrid(cut, kept, 0.4) == ("contradiction", "negation")
    assert checks.is_tentative("The firm said the plan, which would cost millions, was dropped.")
    assert verdict(
        "The company said it would cut 2,000 jobs by the end of the year.",
        "The company plans to cut 200 jobs by the end of the year.",
    ) == ("contradiction", "quantity")


class OrderSensitiveModel:
    """Stands in for an NLI model that reads the first sentence as the premise: sure of a
    contradiction in one order, doubtful in the other."""

    name = "order-sensitive"

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> npt.NDArray[np.float32]:
        rows = [[0.9, 0.05, 0.05] if len(a) < len(b) else [0.1, 0.1, 0.8] for a, b in pairs]
        return np.array(rows, dtype=np.float32)


def test_the_verdict_does_not_depend_on_which_claim_comes_first() -> None:
    judge = HybridJudge(OrderSensitiveModel())
    a = "The central bank raised its main rate to 5 percent on Thursday."
    b = "The central bank left its main rate unchanged on Thursday, officials said."
    forward, backward = judge.judge([Pair(a, b, 0.7), Pair(b, a, 0.7)])
    assert forward == backward
    for rule_judged in (RuleJudge().judge([Pair(a, b, 0.7), Pair(b, a, 0.7)]),):
        assert rule_judged[0] == rule_judged[1]


def test_two_denials_of_one_thing_agree_however_sure_the_model_is() -> None:
    a = "There was no sign that Russia is withdrawing troops from its border with Ukraine."
    b = "NATO disputed statements by Moscow that it was withdrawing its troops from the border."
    assert hybrid(a, b, 0.95)[0] != "contradiction"


def test_a_rumour_reported_is_not_asserted() -> None:
    # A debunking article quotes the rumour it debunks: the rumour's spreading is no conflict.
    rumour = "Rumours that the singer had died spread quickly on social media."
    assert hybrid("The singer is not dead, his agent said.", rumour, 0.95)[0] == "neutral"
    # Unless the other claim speaks of the reports too, or the report is called untrue.
    assert hybrid("There were no rumours that the singer had died.", rumour, 0.95)[0] == (
        "contradiction"
    )
    rebuffed = "The singer rebuffed rumours that he had died."
    assert hybrid("The singer died on Sunday.", rebuffed, 0.95)[0] == "contradiction"
    # A report dismissed in passing: the claim asserts what it says first.
    dismissing = (
        "The striker will play in the final as planned, her team said on Monday, dismissing "
        "reports that she was injured."
    )
    pulled_out = "The striker has pulled out of the final with a knee injury, her agent said."
    assert checks.not_asserted(dismissing, pulled_out) is None
    assert hybrid(dismissing, pulled_out, 0.95)[0] == "contradiction"
    called_false = "Reports that the singer had died are false, his agent said."
    assert hybrid(called_false, "The singer died on Sunday.", 0.95)[0] == "contradiction"


def test_a_hoax_called_and_a_denial_agree() -> None:
    hoax = "Singer dead at 62: fans fooled by an internet death hoax"
    assert hybrid(hoax, "The singer is not dead, his agent said.", 0.95)[0] == "neutral"
    assert hybrid(hoax, "The report of his death was a hoax.", 0.95)[0] == "neutral"
    # Called untrue on one side only, against a claim that asserts: a conflict.
    assert hybrid(hoax, "The singer died on Sunday, his agent said.", 0.95)[0] == "contradiction"


def test_a_denial_more_on_one_side_is_no_shared_denial() -> None:
    # Both deny that the steps were taken; only one denies the attack.
    a = "The embassy was not attacked last month, and none of the promised steps were taken."
    b = "The embassy was attacked last month, and none of the promised steps were taken."
    assert hybrid(a, b, 0.95)[0] == "contradiction"
    assert checks.shared_denial(a, b) is None


def test_the_same_action_denied_in_other_words_is_a_shared_denial() -> None:
    a = "The authorities have found no proof of poison."
    b = "In many cases, the authorities were unable to find evidence of poison."
    assert checks.shared_denial(a, b) is not None
    assert hybrid(a, b, 0.95)[0] != "contradiction"
    # Denied on one side and done on the other, it is no shared denial.
    assert checks.shared_denial(a, "The authorities found traces of poison.") is None


def test_the_same_denial_reported_twice_is_a_shared_denial() -> None:
    # Both report that a body denied a claim, the one naming what the claim said, the other only
    # "the claim": they agree, however sure a model is that two denials conflict.
    headline = "Football league denies claim that Rovers striker failed a doping test"
    for body in (
        "Today both the league and the striker's agent flatly deny the claim.",
        "A blogger withdrew the story after the league and the player's agent denied the claims.",
    ):
        assert checks.shared_denial(headline, body) is not None, body
        assert relations_both_ways(headline, body, 0.95) == {"neutral"}, body
    # A denial against a confirmation, and a denial against a refusal to deny, still conflict.
    confirmed = "The football league confirmed the claim about the Rovers striker."
    assert hybrid(headline, confirmed, 0.95)[0] == "contradiction"
    assert checks.shared_denial(headline, "The league did not deny the claim.") is None
    # A plain negation on the asserting side may tell an outcome: no denial of its own.
    outage = "The storm left 80,000 homes without power across the county."
    assert checks.negation("Power was not cut anywhere in the county during the storm.", outage)


def test_a_shared_denial_does_not_hide_numbers_that_differ_beside_it() -> None:
    shared = "There were no confirmed cases in the region, but {} people were quarantined."
    a, b = shared.format(8), shared.format(3)
    assert checks.shared_denial(a, b) is None
    assert hybrid(a, b, 0.95)[0] == "contradiction"
    # The same numbers on both sides: the shared denial is what they are about.
    assert checks.shared_denial(shared.format(8), shared.format(8) + " No one died.") is not None
    # A number in words on one side is not told apart from digits on the other.
    a = "Officials denied that 10 fighters had been caught at the border."
    b = "Officials said it is not true that ten fighters were caught at the border."
    assert checks.shared_denial(a, b) is not None


def test_a_denying_verb_is_not_the_action_it_denies() -> None:
    a = "Calm down, the company has NOT come out with a pumpkin spice condom."
    b = "The company denies rumors of a pumpkin spice flavored condom."
    assert checks.negation(a, b) is None
    assert checks.shared_denial(a, b) is not None
    assert hybrid(a, b, 0.95)[0] != "contradiction"


def test_a_name_or_day_swapped_in_the_same_sentence_contradicts_whatever_the_model_says() -> None:
    ottawa = "Police secured the scene of the shooting on Parliament Hill in Ottawa on Wednesday."
    for other in (ottawa.replace("Ottawa", "Toronto"), ottawa.replace("Wednesday", "Saturday")):
        assert hybrid(ottawa, other, 0.02, entailment=0.9) == ("contradiction", "other")
        assert hybrid(other, ottawa, 0.02, entailment=0.9) == ("contradiction", "other")
        assert verdict(ottawa, other, 0.97) == ("contradiction", "other")
    finding = checks.swapped_detail(ottawa, ottawa.replace("Ottawa", "Toronto"))
    assert finding is not None and '"Ottawa" against "Toronto"' in finding.explanation


def test_more_outcomes_and_states_news_reports_in_other_words_contradict() -> None:
    assert not opposites([
        ("The festival was held indoors this year.", "This year's festival took place outdoors."),
        ("The minister attended in person.", "The minister attended by video link."),
        ("Entry to the museum is free of charge.", "Visitors have to pay an entry fee."),
        ("The bridge was finished under budget.", "The bridge was finished over budget."),
        ("The stadium was finished on time.", "The stadium was finished two years late."),
        ("The ceasefire has held since Sunday.", "Rebels broke the ceasefire on Monday."),
        ("The team qualified for the World Cup.", "The team was knocked out of the World Cup."),
        ("The closure is temporary.", "The closure is permanent."),
        ("Voting is voluntary.", "Voting is compulsory."),
        ("The church was destroyed in the fire.", "The church was left intact by the fire."),
        ("The striker tested positive.", "The striker tested negative."),
        ("The ferry reached port safely.", "The ferry sank off the coast."),
        ("The coach was sacked on Monday.", "The coach remains in his post."),
        ("The founder stepped down last year.", "The founder is still running the company."),
        ("Regulators blocked the merger.", "Regulators approved the merger."),
    ])  # fmt: skip
    # "Permanent residents" are no permanent measure beside a temporary visa.
    assert not flagged([
        ("Permanent residents may enter.", "Holders of a temporary visa may not enter."),
    ])  # fmt: skip


def test_denying_the_opposite_of_what_the_other_says_agrees_however_sure_the_model_is() -> None:
    for a, b in [
        (
            "The minister missed the meeting.",
            "The minister was ill and could not attend the meeting.",
        ),
        ("Access to the site is free.", "Visitors do not pay to enter the site."),
        ("The senator voted against the bill.", "The senator did not vote for the bill."),
    ]:
        assert hybrid(a, b, 0.95)[0] != "contradiction", (a, b)
    # A denying verb is no denied event: a denial still conflicts with a confirmation.
    assert (
        hybrid("The ministry denied the report.", "The ministry confirmed the report.", 0.95)[0]
        == "contradiction"
    )


def test_troops_massed_are_a_buildup_which_a_denied_withdrawal_agrees_with() -> None:
    massed = "Russia had around 40,000 troops massed close to the Ukraine border."
    assert verdict(massed, "Russia has withdrawn its troops from the Ukraine border.") == (
        "contradiction",
        "antonym",
    )
    denial = "There was no sign that Russia is withdrawing troops from its border with Ukraine."
    assert hybrid(massed, denial, 0.9)[0] != "contradiction"


def test_how_things_stood_at_an_earlier_point_is_no_conflict_with_a_change_since() -> None:
    for earlier, since in [
        (
            "At the peak, Russia had around 40,000 troops massed close to the Ukraine border.",
            "The majority of the Russian troops have now pulled back from the border.",
        ),
        ("The company initially supported the merger.", "The company opposed the merger."),
    ]:
        assert verdict(earlier, since)[0] != "contradiction", (earlier, since)
        assert verdict(since, earlier)[0] != "contradiction", (earlier, since)
    # The earlier point must bear on what the claim says, in a claim of one sentence: a force
    # "previously deployed" that remains tells of now, and so does the first sentence here.
    for a, b in [
        (
            "Most of the previously deployed Russian force remained near the border.",
            "Most of the Russian force has withdrawn from the border.",
        ),
        (
            "Oman is closing its airspace to Israeli carriers. Previously, they flew around it.",
            "Oman is opening its airspace to Israeli carriers.",
        ),
    ]:
        assert verdict(a, b) == ("contradiction", "antonym"), (a, b)


def test_what_holds_only_for_some_contradicts_what_holds_for_all() -> None:
    for a, b in [
        (
            "The ban applies to all public buildings.",
            "The ban applies only to schools and hospitals.",
        ),
        ("The rule applies only to managers.", "The rule applies to all employees."),
    ]:
        assert hybrid(a, b, 0.0)[0] == "contradiction", (a, b)
        assert verdict(a, b)[0] == "contradiction", (a, b)
    # "Not only" adds, and "only" said of another verb limits something else.
    for a, b in [
        ("The ban applies not only to schools.", "The ban applies to all public buildings."),
        ("All schools closed on Monday.", "Only two schools reopened on Tuesday."),
    ]:
        assert hybrid(a, b, 0.0)[0] != "contradiction", (a, b)


def test_different_named_doers_of_a_deed_only_one_does_contradict() -> None:
    for a, b in [
        ("Google bought the startup in 2014.", "The startup was bought by Microsoft in 2014."),
        ("The film was directed by Jane Campion.", "Sofia Coppola directed the film."),
    ]:
        assert hybrid(a, b, 0.0)[0] == "contradiction", (a, b)
    # Many may visit a place or win a medal, and "France beat Portugal" is no other account of
    # "Germany beat France".
    for a, b in [
        ("Anna has visited Bahrain.", "Kurt visited Bahrain."),
        ("Messi won a medal.", "Ronaldo won a medal."),
        ("Germany beat France in the semi-final.", "France beat Portugal in the quarter-final."),
        ("Germany signed the treaty.", "France signed the treaty."),
    ]:
        assert checks.other_doer(a, b) is None, (a, b)


def test_opposite_qualities_contradict() -> None:
    assert not opposites([
        ("The product is cheap to make.", "The product is expensive to make."),
        ("The disease is common in children.", "The disease is rare in children."),
        ("The drug is effective against malaria.", "The drug is ineffective against malaria."),
        ("The painting is an original by Rembrandt.", "The painting is a copy of a Rembrandt."),
        ("The film was a box office success.", "The film was a box office flop."),
        ("The train was on time.", "The train arrived an hour late."),
    ])  # fmt: skip


def test_still_at_large_and_caught_and_the_ends_of_a_table_contradict() -> None:
    assert not opposites([
        ("Both suspects are still at large.", "Police have arrested both suspects."),
        ("The gunman is still at large.", "The gunman is in custody."),
        ("The team is top of the league.", "The team is bottom of the league."),
        ("The strike has ended.", "The strike is entering its third week."),
    ])  # fmt: skip


def test_none_harmed_and_freed_unharmed_agree_however_sure_the_model_is() -> None:
    a, b = "None of the hostages were harmed.", "All the hostages were freed unharmed."
    assert hybrid(a, b, 0.95)[0] != "contradiction"


def test_turnout_is_the_share_of_voters_who_took_part() -> None:
    took_part = "Fewer than half of voters took part in the referendum."
    finding = checks.quantity(took_part, "Turnout in the referendum was 71 percent.")
    assert finding is not None and finding.kind == "quantity"
    assert checks.quantity(took_part, "Turnout in the referendum was 41 percent.") is None
    # A boycott and a turnout can both be: turnout is no event opposed to a boycott.
    boycott = "The opposition boycotted the referendum."
    assert hybrid(boycott, "Turnout in the referendum was 40 percent.", 0.3)[0] != "contradiction"


def test_a_sum_written_as_one_word_agrees_with_itself_in_words() -> None:
    fined = "The Commission fined the company 2.4 billion euros on Wednesday."
    penalty = "Brussels hit the company with a 2.4-billion-euro penalty on Wednesday."
    assert checks.figures_agree(fined, penalty) is not None
    assert hybrid(fined, penalty, 0.95)[0] != "contradiction"


def test_an_adjective_and_its_negative_prefix_contradict() -> None:
    assert not opposites([
        ("The court ruled the law constitutional.", "The court ruled the law unconstitutional."),
        ("The election was fair, observers said.", "The election was unfair, observers said."),
        ("The talks were productive.", "The talks were unproductive."),
        ("The ballots were valid.", "The ballots were invalid."),
    ])  # fmt: skip
    # Unemployment is no opposite of employment: both may rise.
    assert not flagged([("Unemployment rose in May.", "Employment rose in May.")])


def test_custody_contracts_and_records_in_other_words_contradict() -> None:
    assert not opposites([
        ("The dissident was released on Monday.", "The dissident remains in prison."),
        ("The coach signed a new contract.", "The coach will leave when his contract expires."),
        ("Inflation was at its highest in a decade.", "Inflation was at its lowest in a decade."),
    ])  # fmt: skip


def test_markets_plants_services_and_votes_in_other_words_contradict() -> None:
    assert not opposites([
        ("The bank said the yen was overvalued.", "The bank said the yen was undervalued."),
        ("The shares were suspended on Monday.", "The shares traded normally on Monday."),
        ("The refinery is running at full capacity.", "The refinery has been idle since May."),
        ("The coalition collapsed on Thursday.", "The coalition survived a confidence vote."),
        ("The ferry service was restored.", "The ferry service remains suspended."),
        ("The curfew has been lifted.", "The curfew was extended for another week."),
    ])  # fmt: skip


def test_markets_couples_and_debts_in_other_words_contradict() -> None:
    assert not opposites([
        ("The company expanded into Asia last year.", "The company pulled out of Asia last year."),
        ("The star said the couple had split.", "The star said the couple were still together."),
        ("The debt has been paid off in full.", "The country still owes creditors the debt."),
    ])  # fmt: skip


def test_jobs_strikes_talks_players_and_lawsuits_in_other_words_contradict() -> None:
    assert not opposites([
        ("The company hired 500 new staff this year.", "The company cut 500 jobs this year."),
        ("Prices in the shops have stayed the same.", "Prices in the shops have risen sharply."),
        ("A strike was averted by a late deal.", "The union went on strike on Monday."),
        ("The talks have stalled.", "The talks are making rapid progress."),
        ("The striker is fit to play.", "The striker will miss Saturday through injury."),
        ("The court ordered the paper to pay damages.", "The court dismissed the actor's lawsuit."),
        ("The bank moved its headquarters to Paris.", "The bank's headquarters remain in Rome."),
        ("The film was a box office hit.", "The film was a flop."),
    ])  # fmt: skip


def test_one_event_told_twice_with_the_same_figures_agrees_unless_the_model_is_sure() -> None:
    laid_off = "The company laid off 1,500 workers in March."
    cut = "The company cut 1,500 jobs in March, about a tenth of its workforce."
    assert hybrid(laid_off, cut, 0.45) == ("neutral", None)
    assert hybrid(cut, laid_off, 0.45) == ("neutral", None)
    assert hybrid(laid_off, cut, 0.95) == ("contradiction", "other")
    # Another figure, or one of them denied, is no retelling.
    assert checks.retold(laid_off, cut) is not None
    assert checks.retold(laid_off, "The company cut 2,000 jobs in March.") is None
    assert checks.retold(laid_off, "The company did not lay off 1,500 workers in March.") is None


def test_two_facts_about_one_known_thing_are_no_conflict_unless_the_model_is_sure() -> None:
    approved = "The drug was approved by regulators."
    treats = "The drug treats a rare form of leukaemia."
    assert hybrid(approved, treats, 0.45) == ("neutral", None)
    assert hybrid(approved, treats, 0.95) == ("contradiction", "other")
    # Two anonymous descriptions may be of one scene: the model reads them.
    assert checks.different_statements("A man is sleeping.", "A man plays the guitar.") is None


def test_bills_shops_hearings_and_envoys_in_other_words_contradict() -> None:
    assert not opposites([
        ("The bill passed the lower house.", "The bill was defeated in the lower house."),
        ("The shop closed down in January.", "The shop is still open."),
        ("The mine closed down last year.", "The mine is still producing coal."),
        ("The talks were held in secret.", "The talks were broadcast live on television."),
        ("The ambassador was expelled from the country.", "The ambassador remains in the country."),
    ])  # fmt: skip
    # A shop open until it closed, and shares that closed down, are no such opposites.
    assert not flagged([
        ("The shop closed down in January.", "The shop had been open for 40 years."),
        ("Shares in the bank closed down 3 percent.", "The bank opened a branch in Leeds."),
    ])  # fmt: skip


def test_a_denial_of_allegations_and_a_report_that_they_were_made_agree() -> None:
    denied, reported = (
        "The actor denied the allegations.",
        "The allegations were first reported in May.",
    )
    assert checks.not_asserted(denied, reported) is not None
    assert hybrid(denied, reported, 0.95) == ("neutral", None)
    # Allegations the other claim states as fact are more than a report.
    assert checks.not_asserted(denied, "The actor harassed two colleagues.") is None


def test_careers_volcanoes_votes_and_plans_in_other_words_contradict() -> None:
    assert not opposites([
        ("The athlete has retired from competition.", "The athlete will compete next year."),
        ("Shares in the company rose on Monday.", "Shares in the company slid on Monday."),
        ("The government abandoned the sugar tax.", "The sugar tax starts next month as planned."),
        ("The volcano has been dormant for centuries.", "The volcano erupted last year."),
        ("The premier survived the confidence vote.", "The premier lost the confidence vote."),
    ])  # fmt: skip


def test_one_plan_dropped_told_twice_agrees_but_another_doer_is_for_the_model() -> None:
    abandoned = "The government abandoned the plan to build a third runway."
    scrapped = "Plans for a third runway were scrapped."
    assert checks.retold(abandoned, scrapped) is not None
    assert hybrid(scrapped, abandoned, 0.45) == ("neutral", None)
    # Each names someone the other does not: who slid is for the model to read.
    assert checks.retold("The man slides into the pool.", "A kid slides into a pool.") is None


def test_confessions_standstills_and_outbreaks_in_other_words_contradict() -> None:
    assert not opposites([
        ("The suspect confessed to the murder.", "The suspect has maintained his innocence."),
        ("The strike brought the trains to a standstill.", "Trains ran normally on Monday."),
        ("The outbreak has been contained.", "The outbreak is spreading to new regions."),
    ])  # fmt: skip


def test_speeches_recoveries_towns_and_damage_in_other_words_contradict() -> None:
    assert not opposites([
        ("The speech was well received by delegates.", "Delegates booed the speech."),
        ("The patient made a full recovery.", "The patient was left paralysed."),
        ("The rebels captured the town on Friday.", "Government forces still control the town."),
        ("The cyclone caused little damage.", "The cyclone left a trail of destruction."),
        ("Sales in China doubled.", "Sales in China were flat."),
    ])  # fmt: skip
    # A stop and a start on different days follow one another.
    assert not flagged([("Flights were grounded on Tuesday.", "Flights resumed on Wednesday.")])


def test_a_denial_of_the_action_the_other_asserts_needs_no_support_from_the_model() -> None:
    resigned = "The minister resigned on Friday after weeks of pressure."
    staying = "The minister said she had no intention of resigning and remains in office."
    assert checks.denies_same_action(resigned, staying)
    assert hybrid(resigned, staying, 0.05) == ("contradiction", "negation")
    # Of another subject, or against a hedge, it is for the model to read.
    assert not checks.denies_same_action(
        "Germany did not resign from the treaty.", "France resigned from the treaty."
    )
    assert not checks.denies_same_action(resigned, "The minister may not resign, aides said.")
    # The same verb said of the same things, where no concept names it.
    assert checks.denies_same_action(
        "The company said it had no plans to sell its UK business.",
        "The company agreed to sell its UK business to a rival.",
    )


def test_a_denial_does_not_reach_what_the_other_claim_says_of_something_else() -> None:
    assert not flagged_by_hybrid([
        ("The museum did not return the statue.", "The museum returned a painting to Italy."),
        ("The council did not approve the new housing estate.",
         "The council approved a new school in the same area."),
        ("Police have not arrested anyone over the attack.",
         "Police arrested two men over an earlier robbery."),
        ("The bank will not raise interest rates this year.",
         "The bank raised interest rates last year."),
        ("The country has never tested a nuclear weapon.",
         "The country tested a long-range missile in 2006."),
        ("The club did not renew the coach's contract.",
         "The club renewed the goalkeeper's contract."),
        # another of the kind, the same season another year, before and after one event
        ("The school did not expel the pupil.", "The school expelled two other pupils last year."),
        ("Nobody claimed responsibility for the attack.",
         "A militant group claimed responsibility for a similar attack last year."),
        ("The team has not signed any new players this summer.",
         "The team signed three new players last summer."),
        ("Nobody was arrested after the match.", "Police arrested a man before the match."),
    ])  # fmt: skip
    # The denied thing itself, in words the denial leaves open or names, a thing already known
    # ("the penalty"), a name in part, a time of another kind, or a claim of all: the denial
    # reaches it; and "having" says too little to tell.
    for denial, assertion in [
        ("Police have not arrested anyone over the attack.",
         "Police arrested two men over the attack."),
        ("The bank has not cut any jobs.", "The bank cut 300 jobs in its branches."),
        ("The company never paid the fine.", "The company paid the penalty in full last year."),
        ("The line would not open before 2030.", "The line will open to passengers in 2026."),
        ("Everyone has visited Monaco, Turkey and Chad.", "Roger didn't visit Turkey."),
        ("The song reached # 47 in the chart.", "The song did not reach # 47 in the chart."),
        ("A Ford Escort has never sold for $690,000.",
         "A light blue 1975 Ford Escort GL sold for $690,000 on Saturday."),
        ("Slovenia has never had 2 million inhabitants.",
         "With its 2 million inhabitants, Slovenia has only 5,500 soldiers."),
    ]:  # fmt: skip
        assert checks.denied_elsewhere(denial, assertion) is None, (denial, assertion)
    # What was identified "as" the thing denied is that thing; a search that found no fault of
    # any kind reaches the fault the other claim says it found, and no other object.
    for denial, assertion in [
        ("Investigators have not identified the cause of the fire.",
         "Investigators identified a faulty heater as the cause of the fire."),
        ("The investigation found no wrongdoing.", "The investigation found widespread fraud."),
        ("The inspection found no problems with the bridge.",
         "The inspection found cracks in the bridge."),
    ]:  # fmt: skip
        assert checks.denied_elsewhere(denial, assertion) is None, (denial, assertion)
        assert hybrid(denial, assertion, 0.05) == ("contradiction", "negation"), (denial, assertion)
    assert checks.denied_elsewhere(
        "Officials say the country will not experience any major problems.",
        "The country will experience six days of darkness.",
    )


def flagged_by_hybrid(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs a hybrid judge sure of a contradiction (0.99) still flags."""
    return [(a, b) for a, b in pairs if hybrid(a, b, 0.99)[0] == "contradiction"]


def test_an_option_ruled_out_is_denied() -> None:
    assert hybrid(
        "The government will raise the retirement age.",
        "The government has ruled out raising the retirement age.",
        0.05,
        entailment=0.9,
    ) == ("contradiction", "negation")
    # The same verb said of the same thing, whatever else the denied clause says.
    assert hybrid(
        "The club has ruled out selling its captain.",
        "The club sold its captain to a rival in August.",
        0.05,
        entailment=0.9,
    ) == ("contradiction", "negation")
    # Of nothing the two both name in one role, the model decides.
    assert not checks.denies_same_action(
        "Officials say the earth will not experience any major problems.",
        "NASA confirms Earth will experience six days of total darkness.",
    )
    # A player ruled out of a match is injured, not denied.
    assert checks.negated_clauses("The striker was ruled out of the final.") == ()


def test_an_action_failed_or_refused_is_denied() -> None:
    assert hybrid(
        "The drug failed to reduce deaths in the trial.",
        "The trial showed the drug cut deaths by a third.",
        0.46,
    ) == ("contradiction", "negation")
    assert hybrid(
        "The goalkeeper refused to sign a new contract with the club.",
        "The goalkeeper signed a new three-year contract with the club on Friday.",
        0.05,
        entailment=0.9,
    ) == ("contradiction", "negation")
    # What the other claim says it of is something else: the denial does not reach it.
    assert not flagged_by_hybrid([
        ("The manager refused to criticise the referee after the match.",
         "The manager criticised his own defenders after the match."),
    ])  # fmt: skip


def test_one_kind_of_a_thing_is_not_another() -> None:
    assert not flagged_by_hybrid([
        ("The company failed to meet its sales target for the quarter.",
         "The company met its profit target for the quarter."),
        ("The striker failed to score in the first half.",
         "The striker scored twice in the second half."),
        ("The two sides failed to reach an agreement on trade.",
         "The two sides reached an agreement on fishing rights."),
    ])  # fmt: skip
    # The same kind, or one named on one side only, is the thing denied.
    assert hybrid(
        "The company failed to meet its sales target for the quarter.",
        "The company met its sales target for the quarter, it said on Monday.",
        0.9,
    ) == ("contradiction", "negation")


def test_the_same_two_sides_each_the_winner_contradict_in_any_words() -> None:
    for first, second in [
        ("Arsenal beat Chelsea 2-1 on Saturday.", "Chelsea won 2-1 at Arsenal on Saturday."),
        ("Nadal defeated Federer in the final.", "Federer won the final against Nadal."),
        ("Chelsea were beaten 2-1 by Arsenal.", "Arsenal lost 2-1 to Chelsea on Saturday."),
    ]:
        assert hybrid(first, second, 0.05, entailment=0.9) == ("contradiction", "other")
    # One winner in two wordings agrees; two matches at other times, or other contestants, are
    # no conflict however sure the model is.
    assert hybrid("Lyon beat Marseille 3-1.", "Marseille lost 3-1 at Lyon.", 0.05)[0] != (
        "contradiction"
    )
    assert not flagged_by_hybrid([
        ("Brazil beat Argentina in the group stage in June.",
         "Argentina beat Brazil in the final in July."),
        ("The Norwegian skier came second in the downhill race.",
         "An Austrian skier won the downhill race."),
    ])  # fmt: skip


def test_places_votes_terms_and_plants_in_other_words_contradict() -> None:
    assert not opposites([
        ("The singer finished second in the contest.", "The singer won the contest."),
        ("The decision was unanimous.", "The judges were split on the decision."),
        ("The team was relegated on Sunday.", "The team avoided relegation on Sunday."),
        ("The factory will keep producing cars.", "Car production at the factory will end."),
        ("The coach will step down in May.", "The coach signed a contract extension."),
    ])  # fmt: skip
    assert hybrid(
        "The mayor will seek a third term in next year's election.",
        "The mayor announced she will not run again next year.",
        0.05,
    ) == ("contradiction", "negation")


def test_a_deputy_is_not_the_office_holder_the_other_claim_names() -> None:
    assert not flagged_by_hybrid([
        ("The president did not attend the funeral.", "The vice-president attended the funeral."),
        ("The mayor will not run again.", "The deputy mayor will seek a second term."),
    ])  # fmt: skip
    assert hybrid("The mayor will not run again.", "The mayor will seek a second term.", 0.9) == (
        "contradiction",
        "negation",
    )


def test_a_failure_shared_is_a_denial_shared_and_a_time_is_no_other_thing() -> None:
    assert (
        hybrid("The talks ended without a deal.", "Negotiators failed to reach an agreement.", 0.9)[
            0
        ]
        != "contradiction"
    )
    assert checks.negation_cues("Negotiators failed to reach an agreement.") == ("failed",)
    # "on imports" and "on Monday" on one verb: the ban on imports is what the denial reaches.
    assert hybrid(
        "The government refused to lift the ban on imports.",
        "The government lifted the ban on imports on Monday.",
        0.9,
    ) == ("contradiction", "negation")
    assert not flagged_by_hybrid([
        ("The government refused to lift the ban on imports.",
         "The government lifted the ban on exports."),
    ])  # fmt: skip


def test_a_comment_withheld_states_nothing_the_other_claim_could_deny() -> None:
    assert not flagged_by_hybrid([
        ("The senator refused to comment on the allegations.",
         "The senator's office issued a statement about the budget."),
        ("A spokesman for the company did not immediately respond to a request for comment.",
         "The company cut 500 jobs last year."),
    ])  # fmt: skip
    # Unless the other claim says a comment was made, or the claim states more than that.
    assert (
        hybrid(
            "The minister declined to comment on the report.",
            "The minister commented on the report at length on Tuesday.",
            0.9,
        )[0]
        == "contradiction"
    )
    assert (
        checks.no_comment(
            "Police declined to comment, but confirmed that two men were arrested.",
            "No arrests have been made, police said.",
        )
        is None
    )


def test_an_action_one_was_unable_to_do_is_denied() -> None:
    assert checks.negation_cues("Divers were unable to reach the wreck.") == ("unable",)
    assert hybrid(
        "Divers were unable to reach the wreck.", "Divers reached the wreck on Tuesday.", 0.4
    ) == ("contradiction", "negation")


def test_a_denial_both_claims_make_does_not_hide_a_clause_negated_in_one() -> None:
    shared = "{} the friend {}returned, but the burger refused to age."
    a, b = shared.format("Either", "never "), shared.format("Either", "")
    assert checks.shared_denial(a, b) is None
    assert hybrid(a, b, 0.9)[0] == "contradiction"
    # A denial added in a clause of its own is no clause of the other negated.
    assert checks.shared_denial(b, b + " No one was hurt.") is not None


def test_outcomes_news_reports_in_other_words_contradict() -> None:
    assert not opposites([
        ("The climbers were found alive.", "Rescuers recovered the bodies of the climbers."),
        ("The dam held during the floods.", "The dam collapsed during the floods."),
        ("The ship sank within minutes.", "The ship stayed afloat for two days."),
        ("The restaurant kept its three stars.", "The restaurant lost one of its three stars."),
        ("The bank kept its branches in rural areas.", "The bank closed all its rural branches."),
        ("The hospital has enough beds.", "The hospital has run out of beds."),
        ("The plane landed safely in Madrid.", "The plane turned back to London."),
        ("The match ended goalless.", "The striker scored twice in the match."),
        ("The ceasefire has held since Monday.", "Fighting resumed on Monday."),
        ("The outbreak is over, officials said.", "Officials reported new cases this week."),
        ("The reservoir is full.", "The reservoir has run dry."),
        ("The founder still owns a majority stake.", "The founder sold all his shares."),
        ("The town voted to leave the county.", "The town voted to stay in the county."),
        ("The dog was returned unharmed.", "The dog was found dead."),
        ("The police acted lawfully.", "The police acted unlawfully."),
        ("The leader was allowed to travel.", "The leader was barred from travelling."),
    ])  # fmt: skip
    # A score in a review is no goal.
    assert named_concepts("The film scored 90% on the review site.") == frozenset()


def test_a_figure_the_other_claim_does_not_speak_of_is_no_conflict() -> None:
    assert not flagged_by_hybrid([
        ("The school has banned mobile phones in class.", "The school has 1,200 pupils."),
        ("The company kept its headquarters in Paris.", "The company employs 5,000 people."),
        ("The estate will have 400 homes.", "The council approved the plan for the estate."),
    ])  # fmt: skip
    # A figure the other speaks of, a claim that denies, an amount in words, a share, or a
    # number of doers is left to the model.
    for a, b in [
        ("The painting sold for $4 million.", "The painting failed to find a buyer."),
        ("Only 12 people came to the opening night.", "The opening night was sold out."),
        ("The party won a third of the seats.", "The party boycotted the election."),
        ("The stadium holds 35,000 spectators.", "The stadium has a capacity of 60,000."),
        ("Two men are talking on the sidewalk.", "A woman is talking on the sidewalk."),
    ]:
        assert checks.figure_alone(a, b) is None, (a, b)


def test_what_was_closed_does_nothing_now() -> None:
    # The model reads these as two facts; a closing ends what the present tense says goes on.
    for a, b in [
        ("The mine employs 3,000 workers.", "The mine closed in 2015."),
        ("The bridge carries 40,000 vehicles a day.", "The bridge has been closed since 2019."),
        ("The hotel has 300 rooms.", "The hotel closed its doors for good last year."),
    ]:
        assert checks.figures_apart(a, b) is None, (a, b)
        assert checks.figure_alone(a, b) is None, (a, b)
        assert hybrid(a, b, 0.65)[0] == "contradiction", (a, b)
    # In the past tense, or denied, it may have been so before the closing.
    assert checks.figures_apart("The mine employed 3,000 workers.", "The mine closed in 2015.")
    assert hybrid("The company no longer makes cars.", "The company closed its plant.", 0.45) == (
        "neutral",
        None,
    )


def test_a_denial_reaches_no_further_than_when() -> None:
    assert checks.negated_clauses("The tanker spilled no oil when it ran aground.") == ("no oil",)
    assert hybrid(
        "The tanker spilled no oil when it ran aground.", "The tanker ran aground in fog.", 0.2
    ) != ("contradiction", "negation")


def test_a_thing_ruled_out_and_then_named_word_for_word_is_denied() -> None:
    for a, b in [
        ("The prime minister ruled out an early election.",
         "The prime minister called an early election for March."),
        ("The government ruled out a second referendum.",
         "The government will hold a second referendum next year."),
    ]:  # fmt: skip
        assert checks.denies_same_action(a, b), (a, b)
        assert hybrid(a, b, 0.05, entailment=0.9) == ("contradiction", "negation"), (a, b)
    # One word in common is not the thing denied; another subject is someone else's act.
    assert not checks.denies_same_action(
        "The company has paid no dividend this year.", "The company paid its staff a bonus."
    )
    assert not checks.denies_same_action(
        "The prime minister ruled out an early election.",
        "The opposition demanded an early election.",
    )


def test_votes_posts_rescues_and_occupations_in_other_words_contradict() -> None:
    assert not opposites([
        ("The government won the confidence vote.", "The government lost the confidence vote."),
        ("The coach was sacked.", "The club said the coach would keep his job."),
        ("The singer won the contest.", "The singer finished last in the contest."),
        ("The soldiers withdrew from the village.", "The soldiers are still occupying it."),
        ("The shop closed down for good last month.", "The shop is still trading."),
        ("The children were reunited with their parents.", "The children are still missing."),
        ("The dog was returned to its owner.", "The dog's owner is still searching for it."),
        ("The island was spared by the storm.", "The storm devastated the island."),
        ("The whale was freed from the nets.", "The whale died in the nets."),
        ("The rebels captured the airport.", "The army kept control of the airport."),
        ("The tunnel was completed on time.", "Work on the tunnel has been halted."),
        ("The committee approved the budget unanimously.", "The budget passed by one vote."),
    ])  # fmt: skip
    # "Opposition" naming a side opposes nothing.
    assert "oppose" not in named_concepts("The opposition leader conceded defeat.")
    assert "oppose" in named_concepts("The opposition to the plan grew.")


def test_a_known_thing_one_claim_is_about_and_the_other_names_is_one_subject() -> None:
    for a, b in [
        ("The suspect confessed to the killing.", "The killing took place in a car park."),
        ("The soldiers withdrew from the village.", "The village lies near the border."),
        ("The president signed the spending bill into law.",
         "The spending bill includes money for border security."),
        # a concession is an act stated, not a report of what was said
        ("The opposition leader conceded defeat on election night.",
         "The opposition leader is a former army general."),
    ]:  # fmt: skip
        assert hybrid(a, b, 0.45) == ("neutral", None), (a, b)
        assert hybrid(a, b, 0.95) == ("contradiction", "other"), (a, b)
    # A verb that reports a claim, or gives a name, is no act of its own.
    assert (
        checks.different_statements(
            "IBM will cut more than 110,000 jobs this week.", "IBM denies layoff rumors."
        )
        is None
    )
    assert (
        checks.different_statements(
            "She is often referred to as Didi.", "Mamata Banerjee has only ever been called Mamata."
        )
        is None
    )


def test_stadiums_bombs_medals_and_matches_in_other_words_contradict() -> None:
    assert not opposites([
        ("The stadium was packed for the final.", "The final was played to a half-empty stadium."),
        ("The bomb was defused before it could go off.", "The bomb exploded in the square."),
        ("The sprinter was stripped of her medal.", "The sprinter was allowed to keep her medal."),
        ("The goalkeeper kept a clean sheet.", "The goalkeeper conceded three goals."),
        ("The defender was sent off.", "The defender played the full 90 minutes."),
        ("The lawmaker switched to the ruling party.", "The lawmaker remains in the opposition."),
        ("The festival was a financial success.", "The festival lost money."),
        ("The fishermen were released.", "The fishermen are being held by the coastguard."),
        ("The inquiry cleared him of wrongdoing.", "The inquiry found he broke the rules."),
        ("The protesters left the square peacefully.", "Police cleared the square by force."),
        ("The singer cancelled her wedding.", "The singer married her partner in June."),
    ])  # fmt: skip
    # "Could" after "before" tells what was prevented; it hedges nothing.
    assert not checks.is_tentative("The bomb was defused before it could go off.")
    assert checks.is_tentative("The bomb could go off at any moment.")


def test_careers_elections_recalls_and_shutdowns_in_other_words_contradict() -> None:
    assert not opposites([
        ("The mayor won by a landslide.", "The mayor narrowly held on to her job."),
        ("The company recalled the medicine.", "The company said the medicine would stay on sale."),
        ("The footballer retired from the game.", "The footballer signed a contract extension."),
        ("The couple divorced last year.", "The couple celebrated their wedding anniversary."),
        ("The newspaper printed its last edition.", "The newspaper will keep printing daily."),
        ("The exhibition was extended until March.", "The exhibition closed early in January."),
        ("The crew abandoned the burning ship.", "The crew stayed on board."),
        ("The president pardoned the journalist.", "The journalist is serving a prison term."),
        ("The storm knocked out power to the region.", "The region kept its power."),
        ("The team was promoted to the top division.", "The team dropped down a division."),
        ("The parliament was dissolved.", "Parliament will serve its full term."),
        ("The strike ended with a pay deal.", "The strike is entering its third week."),
        ("The film won the top prize.", "The film left the festival empty-handed."),
        ("The refugees were allowed to cross.", "The refugees were stopped and sent back."),
        ("The new drug is cheap to produce.", "The new drug costs a fortune to make."),
    ])  # fmt: skip
    # "Without power" is no denial of "lost power": the figures that agree decide.
    assert hybrid(
        "The storm left 40,000 homes without power.", "Tens of thousands of homes lost power.", 0.6
    ) == ("neutral", None)


def test_sentences_harvests_rescues_and_species_in_other_words_contradict() -> None:
    assert not opposites([
        ("The governor commuted the death sentence.", "The prisoner was executed on Friday."),
        ("The match was abandoned because of rain.", "The match was played to a finish."),
        ("The concert went ahead.", "The concert was rained off."),
        ("The school was saved from closure.", "The school closed its doors in July."),
        ("The crops failed because of the drought.", "Farmers brought in a record harvest."),
        ("The bank was rescued by the government.", "The bank was allowed to go bust."),
        ("The wolf population is thriving.", "The wolf population is close to dying out."),
        ("The painting was hung upside down.", "The painting has always hung the right way up."),
        ("The poll showed voters backing the plan.", "The poll found voters against the plan."),
        ("The workers voted to accept the pay offer.", "The workers voted to strike."),
    ])  # fmt: skip


def test_prices_inquiries_statues_and_rescues_in_other_words_contradict() -> None:
    assert not opposites([
        ("The oil price hit a record high.", "The oil price fell to a two-year low."),
        ("The runaway horse was caught unhurt.", "The runaway horse had to be put down."),
        ("The statue was removed from the square.", "The statue is still standing in the square."),
        ("The chief executive was cleared by the inquiry.",
        "The inquiry blamed the chief executive."),
        ("The town was spared by the wildfire.", "The wildfire destroyed the town."),
        ("The talks produced a breakthrough.", "The talks ended in deadlock."),
        ("The drought has ended.", "The drought is getting worse."),
        ("The mountain road was cleared of snow.", "The mountain road is still blocked by snow."),
        ("The whistleblower kept her job.", "The whistleblower was fired after speaking out."),
        ("The lifeboat reached the yacht in time.", "The lifeboat arrived too late."),
        ("The pilot ejected safely.", "The pilot died in the crash."),
    ])  # fmt: skip


def test_two_past_events_of_other_kinds_at_other_times_follow_one_another() -> None:
    for earlier, later in [
        ("The bridge was built in 1887.", "The bridge was repaired in 1962."),
        ("The airport was closed on Monday.", "The airport reopened on Tuesday."),
        ("The minister joined the cabinet in 2015.", "The minister resigned in 2019."),
    ]:
        for a, b in ((earlier, later), (later, earlier)):
            relation, _ = hybrid(a, b, 0.9, entailment=0.05)
            assert relation == "neutral", (a, b)
        # Told as a sequence, neither says the other, however alike the model reads them.
        assert hybrid(earlier, later, 0.0, entailment=0.9)[0] == "neutral"
    # One event of one kind with two dates, one verb twice, or a claim that holds over a
    # stretch of time ("until"), still conflicts.
    for a, b in [
        ("The bridge was built in 1932.", "The bridge was completed in 1958."),
        ("The minister resigned in 2019.", "The minister resigned in 2022."),
        ("The museum was closed until September.", "The museum reopened on Tuesday."),
        ("The marriage ended in divorce in 1978.", "The couple divorced in 1977."),
        # A trial that opened is one that someone went on.
        (
            "The fraud trial of the former bank chief opened in Oslo on 3 February.",
            "The former bank chief went on trial for fraud in Oslo on 17 March.",
        ),
    ]:
        assert hybrid(a, b, 0.9)[0] == "contradiction", (a, b)


def test_a_claim_that_only_denies_harm_leaves_the_other_facts_of_the_event_alone() -> None:
    for unhurt, other in [
        (
            "Nobody was injured in the fire, police said.",
            "Police said the fire was started deliberately.",
        ),
        ("The earthquake caused no casualties.", "The earthquake had a magnitude of 5.8."),
        ("No one was hurt in the blast.", "The blast shattered windows across the street."),
    ]:
        assert hybrid(unhurt, other, 0.9)[0] == "neutral", (unhurt, other)
        assert hybrid(other, unhurt, 0.9)[0] == "neutral", (unhurt, other)
    # Harm told on the other side, or a denial of something else, still conflicts.
    for a, b in [
        (
            "The earthquake caused no casualties.",
            "At least 40 people were killed in the earthquake.",
        ),
        (
            "Nobody was injured in the crash.",
            "Three passengers were taken to hospital after the crash.",
        ),
        ("The army did not shell the hospital.", "The army shelled the medical centre on Sunday."),
    ]:
        assert hybrid(a, b, 0.9)[0] == "contradiction", (a, b)


def test_an_undoing_follows_the_opposite_event_it_undoes() -> None:
    # "Reopened" tells that it had been closed: a closure told at no other time came first.
    for earlier, undone in [
        ("The library was shut after the flood.", "The library reopened on Friday."),
        ("Ferry services were suspended during the strike.", "Ferry services resumed."),
    ]:
        for a, b in ((earlier, undone), (undone, earlier)):
            assert hybrid(a, b, 0.9)[0] == "neutral", (a, b)
    # A state that held on, or one still to come, is no earlier event.
    for a, b in [
        ("The library remained shut after the flood.", "The library reopened on Friday."),
        ("The library will stay shut until May.", "The library reopened on Friday."),
        ("The library has been shut since the flood.", "The library reopened."),
    ]:
        assert hybrid(a, b, 0.9)[0] == "contradiction", (a, b)


def test_part_of_a_whole_against_a_count_is_no_opposite() -> None:
    # The 12 trains cancelled may be the rest of those that mostly ran.
    part, counted = "Most of the trains ran on schedule.", "The company cancelled 12 trains."
    assert checks.antonym(part, counted) is None
    assert checks.antonym(counted, part) is None
    assert hybrid(part, counted, 0.7)[0] == "neutral"
    assert hybrid(part, counted, 0.95)[0] == "contradiction"  # the model sure, past ``sure``
    # A share is no count: "most" against "two thirds" of one force is one force told twice.
    assert not _part_against_count(
        "Most of the force stayed at the border.", "Two thirds of the force were pulled back."
    )
    # All against a count, or most against most, is one whole told two ways.
    assert checks.antonym("All of the trains ran on schedule.", counted) is not None
    assert checks.antonym(part, "The company cancelled most of its trains.") is not None


def relations_both_ways(a: str, b: str, contradiction: float) -> set[str]:
    """The hybrid judge's relations for the pair in either order."""
    return {hybrid(a, b, contradiction)[0], hybrid(b, a, contradiction)[0]}


def test_a_denial_of_a_large_degree_leaves_a_small_amount_open() -> None:
    # "No serious" denies no minor harm, "no major" no small loss, "did not fall sharply" no
    # slight fall: both can be true, however sure the model is that a denial conflicts. A large
    # amount, a plain denial, or a small amount beside a large one still conflicts.
    tram = "Two tram passengers in Dornby were treated for minor bruises after the derailment."
    flood = "The flood did not cause major damage to the Harlow grain depot."
    for a, b, relation in [
        ("Nobody was seriously hurt when the tram left the rails in Dornby.", tram, "neutral"),
        (flood, "Only a few sacks at the Harlow grain depot got wet in the flood.", "neutral"),
        (
            "The company's shares did not fall sharply after the profit warning.",
            "Shares in the company edged down slightly after the profit warning.",
            "neutral",
        ),
        (
            flood,
            "The flood destroyed most of the grain stored at the Harlow depot.",
            "contradiction",
        ),
        ("Nobody was hurt when the tram left the rails in Dornby.", tram, "contradiction"),
        (
            flood,
            "A few offices stayed dry, but the flood wrecked the Harlow grain depot's silos.",
            "contradiction",
        ),
    ]:
        assert relations_both_ways(a, b, 0.99) == {relation}, (a, b)


def test_a_few_out_of_many_is_a_small_amount_and_most_of_them_is_not() -> None:
    # A count told against its whole in the same claim is small when it is a sliver of it ("four
    # people, out of a crowd of roughly 20,000"), with no word for small; a large share is not.
    denial = "Police made no mass arrests at the harbour rally in Calder on Sunday."
    for other, relation in [
        ("Police held six people at the Calder harbour rally, out of a crowd of about 15,000.",
         "neutral"),
        ("Officers detained 9,000 of the roughly 15,000 people at the Calder harbour rally.",
         "contradiction"),
    ]:  # fmt: skip
        assert relations_both_ways(denial, other, 0.99) == {relation}, other


def test_a_denial_of_degree_leaves_facts_of_another_kind_alone() -> None:
    # "has not risen much" says nothing against what happened to something else; it still
    # denies a disruption of the very thing it names.
    denial = "Burglary in Hexley has not risen much since the town's police office shut, data show."
    for other, relation in [
        ("The police office in Hexley shut in May 2023 when its lease ran out, the council said.",
         "neutral"),
        ("Burglary in Hexley has soared since the police office shut.", "contradiction"),
    ]:  # fmt: skip
        assert relations_both_ways(denial, other, 0.99) == {relation}, other
    rail = "The storm did not seriously disrupt rail services in the valley."
    halted = "Rail services in the valley were halted by the storm."
    assert relations_both_ways(rail, halted, 0.99) == {"contradiction"}


def test_a_thing_that_hardly_moved_agrees_with_a_slight_movement_and_not_a_large_one() -> None:
    # "barely changed" leaves room for a slight rise; a plain "unchanged" or a large rise does not.
    still = "Burglaries in the centre of Tamworth have barely changed this year, police said."
    for other, relation in [
        ("Police recorded 230 burglaries in central Tamworth this year, up slightly from 224.",
         "neutral"),
        ("Burglaries in central Tamworth rose sharply this year, to 410 from 224.",
         "contradiction"),
    ]:  # fmt: skip
        assert relations_both_ways(still, other, 0.99) == {relation}, other
    unchanged = "Burglaries in the centre of Tamworth were unchanged this year, police said."
    assert relations_both_ways(unchanged, "Burglaries edged up slightly in Tamworth.", 0.99) == {
        "contradiction"
    }


def test_a_denial_of_a_large_degree_is_no_denial_of_a_partial_change() -> None:
    # The checks' denial needs the model's support only where the other claim tells a large
    # amount; a partial change, with the bulk remaining, is left to the model.
    degree = "Officials saw no sign of any significant withdrawal of the rebel fighters from Ostra."
    partial = "A few dozen rebel fighters had withdrawn from Ostra, but hundreds remained."
    assert checks.negation(degree, partial) is None
    assert hybrid(degree, partial, 0.35)[0] != "contradiction"
    large = "Most of the rebel fighters had withdrawn from Ostra by Friday."
    assert checks.negation(degree, large) is not None
    assert hybrid(degree, large, 0.35) == ("contradiction", "negation")


def test_a_dispute_named_as_a_noun_is_no_negation_an_explanation_names() -> None:
    # "the pay dispute was settled" names a quarrel; "dispute the figures" denies them.
    settled = "Classes will resume on Monday after the teachers' pay dispute was settled."
    assert checks.denial_nouns(settled) == ("dispute",)
    assert checks.denial_nouns("Disputes over grazing land have doubled, officials said.")
    assert checks.denial_nouns("The teachers dispute the figures the district published.") == ()
    assert checks.denial_nouns("Farmers dispute that the river was polluted.") == ()
    # The model's verdict alone is not explained by a negation the claim does not hold.
    back = "Pupils will be back in their classrooms next week, officials said."
    judge = HybridJudge(FixedModel(0.95, 0.0), Thresholds(model=0.6))
    (result,) = judge.judge([Pair(settled, back, 0.7)])
    assert result.relation == "contradiction" and "negated" not in result.explanation
    denied = "The teachers dispute that classes will resume next week, a union official said."
    (result,) = judge.judge([Pair(denied, back, 0.7)])
    assert '"dispute"' in result.explanation
