"""Articles and checks sent as a web page."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

PAGE = """<!doctype html><html><head><title>No Sign of Withdrawal</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>NATO: No Sign of Russian Troop Withdrawal From Ukraine Border</h1>
<p>There was no sign that Russia is withdrawing troops from its border with Ukraine, NATO said
Tuesday as foreign ministers gathered in Brussels.</p>
<p>A NATO military official said Russia still had some 35,000-40,000 troops stationed near the
border, Reuters reported.</p>
<aside>Sign up for our free weekly newsletter</aside>
<p>There was no sign that Russia is withdrawing troops from its border with Ukraine, NATO said
Tuesday as foreign ministers gathered in Brussels.</p>
</article><footer>&copy; 2014 NBC News. All rights reserved.</footer></body></html>"""

PAGE_CHROME = ("Home", "Subscribe", "cookies", "newsletter", "All rights reserved")


def test_a_page_is_stored_as_its_main_text_and_its_claims_point_into_it(
    client: FlaskClient,
) -> None:
    response = client.post("/articles", json={"html": PAGE, "source": "NBC News"})
    assert response.status_code == 201
    article = response.get_json()
    assert "<" not in article["text"]
    assert not any(word in article["text"] for word in PAGE_CHROME)
    texts = [c["text"] for c in article["claims"]]
    assert len(texts) == 2  # the repeated paragraph counts once
    assert texts[0].startswith("There was no sign that Russia is withdrawing troops")
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["sentence"]
    # The same page again is the same article.
    again = client.post("/articles", json={"html": PAGE})
    assert again.status_code == 200 and again.get_json()["id"] == article["id"]


def test_a_page_can_be_checked_without_storing_it(client: FlaskClient) -> None:
    body = client.post("/checks", json={"html": PAGE}).get_json()
    assert len(body["claims"]) == 2
    assert client.get("/articles").get_json()["items"] == []


def test_text_and_html_together_or_neither_is_400(client: FlaskClient) -> None:
    both = client.post("/articles", json={"text": "Some text here.", "html": PAGE})
    assert both.status_code == 400 and "html" in both.get_json()["errors"]
    neither = client.post("/checks", json={"published_at": "2014-04-01"})
    assert neither.status_code == 400 and "text" in neither.get_json()["errors"]


def test_a_page_without_article_text_is_422(client: FlaskClient) -> None:
    for html in ("<html><body></body></html>", "<nav><a href='/'>Home</a></nav>"):
        response = client.post("/articles", json={"html": html})
        assert response.status_code == 422, response.get_data(as_text=True)
        assert response.get_json()["type"] == "/problems/no-article-text"
    assert client.get("/articles").get_json()["items"] == []


REGIONS = ["Donetsk", "Luhansk", "Kharkiv", "Crimea", "Odessa", "Kherson"]
# About 3 KB of article text, as a news page holds: a paragraph a sentence, none repeated.
ARTICLE_PARAGRAPHS = [
    paragraph
    for n, region in enumerate(REGIONS)
    for paragraph in (
        f"A NATO military official said Russia still had some {30 + n},000 troops stationed near "
        f"{region}, Reuters reported on Tuesday.",
        f"The alliance said on Tuesday that {12 + n} ships had been sent to the Black Sea and that "
        f"{600 + 10 * n} soldiers would join exercises near {region} next week.",
        f"Ukraine's defence ministry said {3000 + 100 * n} reservists had been called up in "
        f"{region} since March and that the army had moved {40 + n} tanks there.",
        f"Officials in {region} reported that {n + 3} bridges had been closed to traffic on "
        "Monday.",
    )
]


def news_page(size: int) -> str:
    """A page as a scraper fetches it: ``size`` characters, nearly all of them scripts, styles,
    navigation and promotions, around a few KB of article text."""
    head = "".join(
        f'<script>window.__STATE_{i}__ = {{"slot": "{"x" * 300}", "n": {i}}};</script>'
        f"<style>.promo-{i} {{ margin: {i}px; color: #{i % 999:03d}; }}</style>"
        for i in range(150)
    )
    nav = (
        "<nav>" + "".join(f"<a href='/section/{i}'>Section {i}</a>" for i in range(200)) + "</nav>"
    )
    article = (
        "<article><h1>NATO: No Sign of Russian Troop Withdrawal</h1>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
        + "</article>"
    )
    promos = []
    length = len(head) + len(nav) + len(article) + 100
    while length < size:
        promo = (
            f"<div class='promo-{len(promos)}'><a href='/more/{len(promos)}'>Read more</a>"
            f"<script>track({len(promos)}, '{'y' * 400}');</script></div>"
        )
        promos.append(promo)
        length += len(promo)
    half = len(promos) // 2
    body = nav + "".join(promos[:half]) + article + "".join(promos[half:])
    return f"<!doctype html><html><head><title>NATO</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("size", [300_000, 900_000])
def test_a_real_sized_page_gives_its_claims(client: FlaskClient, size: int) -> None:
    # Pages as scrapers fetch them run to hundreds of KB of markup around 3-5 KB of text: read
    # whole (the body limit is 1 MiB), the text limit held to the text extracted.
    page = news_page(size)
    assert size <= len(page) < 1024 * 1024 - 1000
    response = client.post("/articles", json={"html": page, "source": "NBC News"})
    assert response.status_code == 201, response.get_data(as_text=True)[:300]
    article = response.get_json()
    assert "script" not in article["text"] and "Read more" not in article["text"]
    assert len(article["claims"]) >= len(REGIONS)
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["sentence"]
