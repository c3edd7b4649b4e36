"""The rule judge on pairs whose similarity is given (no model needed)."""

from __future__ import annotations

from service.pipeline.judge import Pair, RuleJudge, quantities

judge = RuleJudge()


def verdict(a: str, b: str, similarity: float = 0.7) -> tuple[str, str | None]:
    (result,) = judge.judge([Pair(a, b, similarity)])
    return result.relation, result.kind


def test_a_denial_contradicts_the_assertion_it_denies() -> None:
    assert verdict(
        "There was no sign that Russia is withdrawing troops from the border.",
        "Russia has pulled back most of its troops from the border.",
    ) == ("contradiction", "negation")


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


def test_opposite_events_contradict() -> None:
    assert verdict(
        "Unemployment rose sharply in the third quarter.",
        "Unemployment fell sharply in the third quarter.",
    ) == ("contradiction", "antonym")


def test_different_counts_of_the_same_thing_contradict_but_overlapping_ones_do_not() -> None:
    assert verdict(
        "Russia had 40,000 troops near the border.", "Russia had 5,000 troops near the border."
    ) == ("contradiction", "quantity")
    relation, _ = verdict(
        "Russia had some 35,000-40,000 troops near the border.",
        "Russia had about 40,000 troops near the border.",
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


def test_quantities_read_ranges_scales_and_skip_years() -> None:
    (rng,) = quantities("some 35,000-40,000 troops")
    assert (rng.low, rng.high, rng.unit) == (35000.0, 40000.0, "troop")
    (scaled,) = quantities("4 million euros")
    assert scaled.low == 4_000_000
    assert not quantities("in 2014 talks")


def test_denying_an_action_does_not_contradict_a_claim_that_does_not_assert_it() -> None:
    relation, _ = verdict(
        "There was no sign that Russia is withdrawing troops from its border with Ukraine.",
        "NATO estimated that Russia had around 40,000 troops massed close to the Ukraine border.",
    )
    assert relation != "contradiction"


def test_a_participle_used_as_an_adjective_is_not_a_denial() -> None:
    relation, _ = verdict(
        "NATO announced its first talks with Moscow since its disputed annexation of Crimea.",
        "NATO suspended cooperation with Russia in protest at its annexation of Crimea.",
    )
    assert relation != "contradiction"
