"""Sentence splitting."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from service.extraction.cleaning import Span
from service.extraction.sentences import MAX_PIECE, split


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text, Span(0, len(text)))]


def test_abbreviations_initials_and_numbers_do_not_end_sentences() -> None:
    text = "Mr. J. R. Smith of the U.S. Army said 4.5 million people voted. Turnout fell."
    assert sentences(text) == [
        "Mr. J. R. Smith of the U.S. Army said 4.5 million people voted.",
        "Turnout fell.",
    ]


def test_a_quoted_pair_of_sentences_stays_with_its_attribution() -> None:
    text = '"I cannot confirm it. This is not what we see," Rasmussen said. NATO met.'
    assert sentences(text)[0] == '"I cannot confirm it. This is not what we see," Rasmussen said.'


def test_a_paragraph_longer_than_one_piece_loses_no_sentence() -> None:
    parts = [f"The council said on day {n} that it had closed {n} bridges." for n in range(200)]
    text = " ".join(parts)
    assert len(text) > 3 * MAX_PIECE
    assert sentences(text) == parts


def test_sentences_run_together_without_a_space_are_still_two() -> None:
    text = (
        "Fears grew that rates would stay up for longer.MSCI's index fell 0.97%, said Kerry "
        'Craig, a strategist.New Zealand\'s central bank raised rates. He said "we are done."The '
        "minister left."
    )
    assert sentences(text) == [
        "Fears grew that rates would stay up for longer.",
        "MSCI's index fell 0.97%, said Kerry Craig, a strategist.",
        "New Zealand's central bank raised rates.",
        'He said "we are done."',
        "The minister left.",
    ]
    # Abbreviations and figures with a stop inside are no such place.
    assert len(sentences("The U.S. Treasury said prices rose 0.5% in the U.S.Army's towns.")) == 1


def test_articles_split_at_once_on_many_threads_each_keep_every_sentence() -> None:
    # A service worker reads several articles at once: no thread's sentences may go missing
    # or come from another thread's article.
    articles = [
        [
            f"The ministry said {1000 + n} troops had moved to region {n}.",
            f"A spokesman saw no sign of troops leaving region {n}.",
            f"Officials reported {n + 3} bridges closed.",
        ]
        for n in range(400)
    ]
    with ThreadPoolExecutor(max_workers=8) as pool:
        split_at_once = list(pool.map(sentences, [" ".join(a) for a in articles]))
    assert split_at_once == articles
