"""Bad input gets a 4xx problem, and nothing stored is touched."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.api.test_articles import ARTICLE

PROBLEM = "application/problem+json"


def assert_problem(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["status"] == status and body["title"] and body["type"].startswith("/problems/")
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


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
        "/articles?sort=id",
        "/claims?article_id=abc",
        "/claims?q=",
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
    client.post("/articles", json={"text": ""})
    client.post("/articles", data=b"{", content_type="application/json")
    client.post("/articles", json={**ARTICLE, "published_at": "never"})
    client.delete("/articles/12345")
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
