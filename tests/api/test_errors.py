"""Bad input gets a 4xx problem, and nothing stored is touched."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flask.testing import FlaskClient

from service import create_app
from tests.helpers import ARTICLE, ContractClient, assert_problem


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "  \n "}, "text"),
        ({"text": 42}, "text"),
        ({"text": "Fine text here.", "colour": "red"}, "colour"),
        ({"text": "Fine text here.", "published_at": "last Tuesday"}, "published_at"),
        ({"text": "Fine text here.", "url": "not a url"}, "url"),
        ({"text": "Fine text here.", "title": ["a"]}, "title"),
        ({"text": "bad \ud800 surrogate"}, "text"),
        ({"text": "nul \x00 char"}, "text"),
        # What openapi.yaml refuses too (tests/contract/test_openapi.py holds the two together).
        ({"text": "0", "html": "0"}, "html"),
        ({"text": "\u3000\u00a0\u2028"}, "text"),
        ({"html": " \n "}, "html"),
        ({"html": "<p>nul \x00 char</p>"}, "html"),
        ({"text": "Fine text here.", "title": "nul \x00"}, "title"),
        ({"text": "Fine text here.", "published_at": "2014-13-45"}, "published_at"),
        ({"text": "Fine text here.", "published_at": "2014-02-29"}, "published_at"),
        ({"text": "Fine text here.", "published_at": "2014-04-01T09:30"}, "published_at"),
    ],
)
def test_invalid_articles_are_400_naming_the_field(
    client: FlaskClient, body: dict, field: str
) -> None:
    problem = assert_problem(client.post("/articles", json=body), 400)
    assert field in problem["errors"]


@pytest.mark.parametrize(
    "raw", [b"{not json", b"", b"[1, 2]", b'"text"', b"null", b"\xff\xfe", b"[" * 100_000]
)
def test_malformed_bodies_are_400(client: FlaskClient, raw: bytes) -> None:
    assert_problem(client.post("/articles", data=raw, content_type="application/json"), 400)


def test_wrong_content_type_is_415_and_oversized_body_is_413(client: FlaskClient) -> None:
    assert_problem(client.post("/articles", data="text=hi", content_type="text/plain"), 415)
    huge = {"text": "A claim about 40,000 troops. " * 40_000}
    assert_problem(client.post("/articles", json=huge), 413)


def test_unknown_ids_routes_and_methods(client: FlaskClient) -> None:
    for path in ("/articles/9", "/claims/9", "/contradictions/9", "/articles/99999999999999999999"):
        assert_problem(client.get(path), 404)
    assert_problem(client.get("/nowhere"), 404)
    assert_problem(client.put("/articles"), 405)


@pytest.mark.parametrize(
    "query",
    [
        "/articles?limit=-1",
        "/articles?limit=0",
        "/articles?limit=ten",
        "/articles?cursor=garbage",
        "/articles?cursor=0",
        "/claims?cursor=AAAAAAAAAAAA",
        "/contradictions?cursor=gAAAAAAAAAA",
        "/articles?sort=id",
        "/claims?article_id=abc",
        "/claims?q=",
        "/claims?q=%E3%80%80%20",
        "/claims?entity=%20",
        "/claims?speaker=a%00b",
        "/claims?article_id=9223372036854775808",
        "/contradictions?min_score=2",
        "/contradictions?min_score=nan",
        "/contradictions?claim_id=-4",
    ],
)
def test_bad_list_queries_are_400(client: FlaskClient, query: str) -> None:
    assert_problem(client.get(query), 400)


def test_a_limit_over_the_maximum_is_lowered(client: FlaskClient) -> None:
    assert client.get("/articles?limit=100000").status_code == 200


def test_bad_input_leaves_what_is_stored_untouched(client: FlaskClient) -> None:
    stored = client.post("/articles", json=ARTICLE).get_json()
    stored.pop("disputes")  # what this request did, not what is stored
    client.post("/articles", json={"text": ""})
    client.post("/articles", data=b"{", content_type="application/json")
    client.post("/articles", json={**ARTICLE, "published_at": "never"})
    client.post("/articles", json={"text": "<p>NATO said 40,000 troops remained.</p>"})
    client.post("/articles", data=b'{"text": "a", "text": "b"}', content_type="application/json")
    client.post("/articles", data=BINARY, content_type="application/json")
    client.post("/articles", json={**ARTICLE, "colour": "red"})
    client.post("/articles", json={"text": ARTICLE["text"] + " More.", "html": "<p>x</p>"})
    client.delete("/articles/12345")
    client.get("/articles?cursor=!!!&limit=-3")
    assert client.get(f"/articles/{stored['id']}").get_json() == stored
    assert len(client.get("/articles").get_json()["items"]) == 1


def test_request_ids_are_echoed_or_made_up(client: FlaskClient) -> None:
    given = client.get("/articles/77", headers={"X-Request-ID": "abc-123"})
    assert given.headers["X-Request-ID"] == "abc-123" == given.get_json()["request_id"]
    made = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert made.headers["X-Request-ID"] != "bad id with spaces" and made.headers["X-Request-ID"]


def test_a_malformed_idempotency_key_is_400(client: FlaskClient) -> None:
    assert_problem(
        client.post("/articles", json=ARTICLE, headers={"Idempotency-Key": "x" * 300}), 400
    )


def test_a_text_with_more_claims_than_allowed_is_422_and_stores_nothing(
    app,
    client: FlaskClient,  # type: ignore[no-untyped-def]
) -> None:
    limit = app.extensions["counterclaim"].settings.max_claims
    text = " ".join(
        f"The council said on Monday that {n} bridges in district {n} were closed."
        for n in range(limit + 1)
    )
    for path in ("/articles", "/checks"):
        problem = assert_problem(client.post(path, json={"text": text}), 422)
        assert problem["type"] == "/problems/too-many-claims"
    assert client.get("/articles").get_json()["items"] == []


BINARY = bytes(range(256)) * 8


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "Troops left.", "text": "Troops stayed."}',  # the same key twice
        b'{"text": "invalid \xff\xfe UTF-8 inside a string"}',
        BINARY,
        b'{"text": "NUL in the raw body \x00"}',
    ],
    ids=["duplicate-keys", "invalid-utf8", "binary", "raw-nul"],
)
def test_undecodable_or_ambiguous_json_is_400(client: FlaskClient, raw: bytes) -> None:
    for path in ("/articles", "/checks"):
        assert_problem(client.post(path, data=raw, content_type="application/json"), 400)


def test_binary_of_another_type_is_415_and_ten_megabytes_is_413(client: FlaskClient) -> None:
    assert_problem(
        client.post("/articles", data=BINARY, content_type="application/octet-stream"), 415
    )
    ten_mb = b'{"text": "' + b"Troops left. " * (10 * 1024 * 1024 // 13) + b'"}'
    assert_problem(client.post("/articles", data=ten_mb, content_type="application/json"), 413)


def test_a_text_over_the_character_limit_is_400_naming_it(app, client: FlaskClient) -> None:  # type: ignore[no-untyped-def]
    limit = app.extensions["counterclaim.config"].max_text_chars
    long_text = "Officials said 40 troops left. " * (limit // 31 + 1)
    problem = assert_problem(client.post("/articles", json={"text": long_text}), 400)
    assert f"{limit:,}" in str(problem["errors"]["text"])


def test_a_page_whose_text_is_over_the_limit_is_422_and_stores_nothing(
    app,
    client: FlaskClient,  # type: ignore[no-untyped-def]
) -> None:
    # The page itself is within the body limit; the text in it is what is too long.
    limit = app.extensions["counterclaim.config"].max_text_chars
    paragraphs = "".join(
        f"<p>Officials said {n} troops left region {n} on Monday.</p>" for n in range(limit // 45)
    )
    page = f"<html><body><article>{paragraphs}</article></body></html>"
    for path in ("/articles", "/checks"):
        problem = assert_problem(client.post(path, json={"html": page}), 422)
        assert problem["type"] == "/problems/text-too-long" and f"{limit:,}" in problem["detail"]
    assert client.get("/articles").get_json()["items"] == []


def test_one_sentence_of_100000_characters_is_stored_with_true_offsets(
    client: FlaskClient,
) -> None:
    words = "officials said 40,000 troops and 3 ministers met in Kyiv on Tuesday and".split()
    text = " ".join(words[i % len(words)] for i in range(14_000))[:99_999] + "."
    response = client.post("/articles", json={"text": text})
    assert response.status_code == 201
    for claim in response.get_json()["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["sentence"]


def test_text_in_other_languages_is_accepted(client: FlaskClient) -> None:
    text = (
        "Die Regierung erklärte am Dienstag, dass 40.000 Soldaten abgezogen wurden. "
        "北约周二表示，没有迹象表明俄罗斯正在撤军。 "
        "Правительство заявило, что войска остаются на границе."
    )
    response = client.post("/articles", json={"text": text})
    assert response.status_code == 201
    stored = response.get_json()
    assert stored["text"] == text
    for claim in stored["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["sentence"]


@pytest.mark.parametrize(
    "markup",
    [
        "<!DOCTYPE html><html><body><p>NATO said 40,000 troops remained.</p></body></html>",
        "<p>NATO said on Tuesday that 40,000 troops remained.</p>",
    ],
)
def test_html_given_as_text_is_400_pointing_to_the_html_field(
    client: FlaskClient, markup: str
) -> None:
    problem = assert_problem(client.post("/articles", json={"text": markup}), 400)
    assert "html" in problem["errors"]["text"][0]


def test_a_request_past_its_timeout_is_503_and_stores_nothing(
    config, embedder, judge, openapi
) -> None:  # type: ignore[no-untyped-def]
    app = create_app(replace(config, request_timeout=0.001), embedder=embedder, judge=judge)
    app.test_client_class = ContractClient
    app.config["OPENAPI"] = openapi
    client = app.test_client()
    response = client.post("/articles", json=ARTICLE)
    problem = assert_problem(response, 503)
    assert problem["type"] == "/problems/timeout" and int(response.headers["Retry-After"]) > 0
    assert client.get("/articles").get_json()["items"] == []
    app.extensions["counterclaim"].store.close()


def test_any_cursor_of_the_contracts_shape_gives_a_page(client: FlaskClient) -> None:
    # A cursor is a position: every string of its shape is one, so none the contract allows is
    # refused; one far past the end gives an empty page.
    stored = client.post("/articles", json=ARTICLE).get_json()
    start = client.get("/articles?cursor=AAAAAAAAAAA").get_json()
    assert [a["id"] for a in start["items"]] == [stored["id"]]
    for query in ("/articles?cursor=f__________", "/contradictions?cursor=f__________"):
        assert client.get(query).get_json() == {"items": [], "next": None}
    # A cursor of the ranked list given to the plain one (or back) is read as a position too.
    ranked = client.get("/claims?q=troops&limit=1").get_json()
    assert ranked["next"]
    assert client.get(f"/claims?cursor={ranked['next']}").status_code == 200
    plain = client.get("/claims?limit=1").get_json()
    assert client.get(f"/claims?q=troops&cursor={plain['next']}").status_code == 200


def test_markup_after_the_first_character_is_plain_text(client: FlaskClient) -> None:
    text = "NATO said on Tuesday that <b>40,000</b> troops remained near the border."
    response = client.post("/articles", json={"text": text})
    assert response.status_code == 201 and response.get_json()["text"] == text


@pytest.mark.parametrize(
    ("published_at", "shown"),
    [
        ("2014-06-03t09:30:00z", "2014-06-03T09:30:00+00:00"),
        ("2014-06-03T09:30:00.123456789+02:00", "2014-06-03T09:30:00.123456+02:00"),
        ("2016-02-29", "2016-02-29"),
    ],
)
def test_rfc_3339_moments_are_accepted_and_shown_in_iso_form(
    client: FlaskClient, published_at: str, shown: str
) -> None:
    body = {"text": "Officials said 40 troops left.", "published_at": published_at}
    response = client.post("/articles", json=body)
    assert response.status_code == 201 and response.get_json()["published_at"] == shown


@pytest.mark.parametrize(
    ("published_at", "text"),
    [
        ("0001-01-01", "Officials said 40 troops left yesterday and more left last Sunday."),
        ("9999-12-31", "Officials said 40 troops will leave tomorrow and more next week."),
    ],
)
def test_an_article_dated_at_the_calendars_ends_is_read(
    client: FlaskClient, published_at: str, text: str
) -> None:
    # Days before the first or after the last the calendar holds are unknown, not an error.
    response = client.post("/checks", json={"text": text, "published_at": published_at})
    assert response.status_code == 200
    dates = [d for c in response.get_json()["claims"] for d in c["dates"]]
    assert dates and all(d["date"] is None for d in dates), dates
