"""Claim extraction and attribution."""

from __future__ import annotations

from service.extraction.claims import extract, rejection
from service.extraction.frame import Frame, frame


def test_each_claim_points_at_its_sentence_in_the_submitted_text() -> None:
    text = (
        "VILNIUS - Russia is pulling back around two thirds of its troops, NATO said on Friday.\n\n"
        "\u201cWe have seen some signs of a start of Russian withdrawal,\u201d Rasmussen said.\n"
    )
    claims = extract(text)
    assert len(claims) == 2
    for claim in claims:
        assert text[claim.start : claim.end] == claim.sentence
    # The dateline belongs to the page, not to the claim.
    assert claims[0].text.startswith("Russia is pulling back")
    assert claims[0].sentence.startswith("VILNIUS - ")


def test_questions_calls_to_action_and_fragments_are_not_claims() -> None:
    assert rejection("Are you in Russia and need consular assistance?") is not None
    assert rejection("Find your country's embassy in Russia on EmbassyPages today.") is not None
    assert rejection("Thank you.") is not None
    assert rejection("The ministry said 35 people were injured in the blast on Sunday.") is None


def test_pronouns_and_surnames_resolve_to_the_person_the_article_named() -> None:
    text = (
        "Secretary-General Anders Fogh Rasmussen said NATO had seen no withdrawal at all.\n"
        '"This is not what we are seeing," he said on Tuesday in Brussels.\n'
        "Later, Rasmussen said the alliance would meet Russian envoys on Monday.\n"
    )
    speakers = [c.speaker for c in extract(text)]
    assert speakers[1] == speakers[0]
    assert speakers[2] == "Anders Fogh Rasmussen"


def test_a_sentence_repeated_in_an_article_is_one_claim() -> None:
    sentence = "The official said 5,000 troops remained near the border on Monday."
    claims = extract(f"{sentence} It rained.\n{sentence}\n")
    assert [c.sentence for c in claims] == [sentence]


def test_claim_text_is_the_assertion_without_its_reporting_frame() -> None:
    text = (
        "There was no sign that Russia is withdrawing troops from its border with Ukraine, "
        "NATO said Tuesday as foreign ministers gathered in Brussels.\n"
        "A NATO military official said Russia still had some 35,000-40,000 troops stationed "
        "near the border, Reuters reported.\n"
        '"Unfortunately, I cannot confirm that Russia is withdrawing its troops," '
        "Secretary-General Anders Fogh Rasmussen said, according to Reuters.\n"
    )
    assert [c.text for c in extract(text)] == [
        "There was no sign that Russia is withdrawing troops from its border with Ukraine.",
        "Russia still had some 35,000-40,000 troops stationed near the border.",
        "Unfortunately, I cannot confirm that Russia is withdrawing its troops.",
    ]


def test_an_appositive_speaker_frame_is_cut_too() -> None:
    (claim,) = extract(
        "The official, who asked not to be named, said NATO continued to see Russian troop "
        "activity near the border.\n"
    )
    assert claim.text == "NATO continued to see Russian troop activity near the border."
    assert claim.speaker == "official"


def test_the_frame_is_cut_wherever_the_speaker_stands() -> None:
    fell = "Unemployment fell to 4 percent in March"
    for sentence in (
        f"{fell}, said Maria Lopez.",
        f"{fell}, said Maria Lopez, an economist at Northbank.",
        f"{fell}, Maria Lopez, an economist at Northbank, said on Monday.",
        f"{fell}, according to a report by the Harbour Institute.",
        f"{fell}, the ministry said in a statement.",
    ):
        (claim,) = extract(sentence)
        assert claim.text == f"{fell}.", sentence
        assert (claim.start, claim.end, claim.sentence) == (0, len(sentence), sentence)
    (claim,) = extract("The chief executive said that the company would cut 2,000 jobs this year.")
    assert claim.text == "The company would cut 2,000 jobs this year."
    (claim,) = extract("Nasa said in a statement on Friday that a meteor would have left a crater.")
    assert claim.text == "A meteor would have left a crater."
    # A pronoun would lose who it is: that frame stays.
    (kept,) = extract("The company said it would cut 2,000 jobs by the end of the year.")
    assert kept.text.startswith("The company said")


def test_what_goes_on_after_a_frame_in_the_middle_is_kept() -> None:
    (claim,) = extract(
        "Unemployment fell to 4.1 percent in March, the Labor Department said on Friday, "
        "as employers added 228,000 jobs."
    )
    assert (
        claim.text == "Unemployment fell to 4.1 percent in March, as employers added 228,000 jobs."
    )
    assert claim.speaker == "Labor Department"
    # A clause of the speaker's own goes with the frame.
    (added,) = extract(
        "Unemployment fell to 4.1 percent in March, the Labor Department said on Friday, "
        "adding that wages rose."
    )
    assert added.text == "Unemployment fell to 4.1 percent in March."


def test_a_quotation_is_cut_from_a_long_frame_and_a_frame_kept_still_says_how() -> None:
    quoted = '"These reports are inaccurate," said HCA Midwest Health spokeswoman Chris Hamele.'
    assert frame(quoted) == Frame("These reports are inaccurate.", "said", True)
    colon = 'Cooke said: "Nothing was reported despite the population of the capital."'
    assert frame(colon) == Frame(
        "Nothing was reported despite the population of the capital.", "said", True
    )
    # A quoted fragment of an indirect clause is not the statement; the frame stays in the
    # text (the pronoun would lose who it is), and is still named.
    fragment = (
        "Wilfried Strauch, an adviser to the Institute of Territorial Studies, said it was "
        '"very strange that no one reported a streak of light."'
    )
    assert frame(fragment) == Frame(fragment, "said", False)


def test_a_denied_or_negated_report_keeps_its_frame() -> None:
    # Cut, the claim would assert what the speaker denied.
    denied = "The ministry denied that troops had left the border."
    assert frame(denied) == Frame(denied, "denied", False)
    negated = "The ministry did not say that troops had left the border."
    assert frame(negated) == Frame(negated, "did not say", False)
    said = "The ministry said that troops had left the border."
    assert frame(said) == Frame("Troops had left the border.", "said", False)


def test_words_before_a_verb_of_saying_that_name_no_speaker_are_no_frame() -> None:
    for sentence in (
        "What he said was that the troops had left the border.",
        "He is said to have left the country in March.",
    ):
        assert frame(sentence).content == sentence


def test_a_lone_sentence_that_says_you_is_left_to_the_model():
    # A speaker's claim sent alone: ClaimBuster's "your plan will kill 700,000 jobs".
    sentence = (
        "That's why the National Federation of Independent Businesses said your plan "
        "will kill 700,000 jobs."
    )
    assert rejection(sentence) is None
    assert [c.sentence for c in extract(sentence)] == [sentence]


def test_a_paragraph_speaking_to_the_reader_is_still_chrome():
    paragraph = (
        "Russia is currently at war in Ukraine. Are you in Russia and need consular "
        "assistance? Find your country's embassy on our pages."
    )
    assert rejection(paragraph) == "speaks to the reader"
    assert extract(paragraph) == []
