"""Articles and checks sent as a web page."""

from __future__ import annotations

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
