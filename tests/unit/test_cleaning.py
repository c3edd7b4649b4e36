"""Cleaning pasted web text."""

from __future__ import annotations

from service.extraction.cleaning import clean, normalise


def kept(text: str) -> list[str]:
    return [text[s.start : s.end] for s in clean(text)]


def test_browser_notices_newsletters_and_expired_videos_are_dropped() -> None:
    text = (
        "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\n"
        "The minister said on Monday that 300 people had been evacuated from the town.\n"
        "We apologize, this video has expired.\n"
        "Sign up for our free weekly newsletter\n"
        "Subscribers agree to the Privacy Policy\n"
    )
    assert kept(text) == [
        "The minister said on Monday that 300 people had been evacuated from the town."
    ]


def test_news_that_mentions_subscribing_or_a_privacy_policy_is_kept() -> None:
    news = [
        "With the new service, consumers will be able to subscribe directly for a $15 monthly "
        "fee, rather than through a cable company, the company said on Monday.",
        '"Even his money was not enough to get him to sign up," the source said.',
        "Facebook changed its privacy policy on Monday after regulators objected to how it "
        "shares data with advertisers.",
    ]
    chrome = [
        "Sign up for the Politics Today newsletter!",
        "Please share this article with others using the link below.",
        "We use cookies to give you the best experience, and by continuing you consent to them.",
        "Home   World   Business   Subscribe",
    ]
    assert kept("\n".join(news + chrome)) == news


def test_repeated_paragraphs_are_kept_once() -> None:
    para = "The council voted 7 to 2 on Tuesday to close the bridge to lorries."
    text = f"{para}\nThe mayor said repairs would cost 4 million euros.\n{para}\n"
    assert kept(text) == [para, "The mayor said repairs would cost 4 million euros."]


def test_a_donation_appeal_after_chrome_is_dropped_but_the_story_before_it_stays() -> None:
    text = (
        "Officials said the dam was inspected in March and found to be sound.\n"
        "Dear readers,\n"
        "We are facing unprecedented challenges and our work is at risk.\n"
        "Your support, no matter how small, makes a world of difference.\n"
    )
    assert kept(text) == ["Officials said the dam was inspected in March and found to be sound."]


def test_headlines_and_bylines_are_not_sentences() -> None:
    text = (
        "Storm Hits Coast, Thousands Lose Power\n- Jane Smith\n"
        "The storm cut power to 12,000 homes.\n"
    )
    assert kept(text) == ["The storm cut power to 12,000 homes."]


def test_offsets_point_into_the_original_text_even_with_non_breaking_spaces() -> None:
    text = "Chrome line: Read more\n\u00a0The army said 40,000\u00a0troops were\u00a0deployed.\n"
    (span,) = clean(text)
    assert normalise(text)[span.start : span.end] == "The army said 40,000 troops were deployed."
    assert len(normalise(text)) == len(text)
