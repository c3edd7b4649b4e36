"""GET /disputes: contradictions grouped into disputed facts, kept up to date."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from tests.helpers import ARTICLE, LATER, assert_problem

# A third report, a few days after the first, on the first article's side.
STILL_THERE = {
    "text": (
        "NATO said there was still no sign that Russian forces are withdrawing from the border.\n"
    ),
    "source": "AP",
    "published_at": "2014-04-04",
}


def _disputes(client: FlaskClient, query: str = "") -> list[dict[str, Any]]:
    response = client.get(f"/disputes{query}")
    assert response.status_code == 200, response.get_json()
    items: list[dict[str, Any]] = response.get_json()["items"]
    return items


def _texts(dispute: dict[str, Any]) -> list[list[str]]:
    return [[c["text"] for c in side["claims"]] for side in dispute["sides"]]


def test_a_contradiction_opens_a_dispute_with_two_sides_in_time_order(
    client: FlaskClient,
) -> None:
    first = client.post("/articles", json=ARTICLE).get_json()
    assert _disputes(client) == []
    second = client.post("/articles", json=LATER).get_json()
    (opened,) = second["disputes"]["opened"]
    assert second["disputes"]["joined"] == []
    (dispute,) = _disputes(client)
    assert dispute["id"] == opened
    assert client.get(f"/disputes/{opened}").get_json() == dispute
    early, late = dispute["sides"]
    # The NBC claims on one side (said first), Reuters' withdrawal on the other.
    assert {c["article_id"] for c in early["claims"]} == {first["id"]}
    assert [c["article_id"] for c in late["claims"]] == [second["id"]]
    assert early["first_said"] == early["last_said"] == "2014-04-01"
    assert late["first_said"] == "2014-06-03"
    assert dispute["separated"] is True  # all of one side said before the other: moved on?
    assert dispute["contradiction_count"] == len(second["contradictions"])
    assert dispute["title"] in [c["text"] for c in late["claims"] + early["claims"]]
    assert all(c["dispute_id"] == opened for c in second["contradictions"])


def test_a_dispute_grows_and_its_filters_find_it(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    later = client.post("/articles", json=LATER).get_json()
    (dispute_id,) = later["disputes"]["opened"]
    again = client.post("/articles", json=STILL_THERE).get_json()
    # The AP report contradicts Reuters: it joins the dispute, on the first article's side.
    assert dispute_id in again["disputes"]["joined"]
    dispute = client.get(f"/disputes/{dispute_id}").get_json()
    (side,) = [side for side in _texts(dispute) if any("still no sign" in t for t in side)]
    assert any(t.startswith("There was no sign") for t in side)
    assert dispute["separated"] is True
    claim_id = later["claims"][0]["id"]
    for query, found in [
        ("?source=AP", True),
        ("?source=Nobody", False),
        (f"?article_id={later['id']}", True),
        (f"?claim_id={claim_id}", True),
        ("?since=2014-06-01", True),
        ("?since=2014-07-01", False),
        ("?until=2014-03-31", False),
        ("?until=2014-04-01", True),
        ("?separated=true", True),
        ("?separated=false", False),
    ]:
        assert (dispute_id in [d["id"] for d in _disputes(client, query)]) is found, query


def test_deleting_an_article_takes_its_claims_out_of_every_dispute(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    later = client.post("/articles", json=LATER).get_json()
    (dispute_id,) = later["disputes"]["opened"]
    assert client.delete(f"/articles/{later['id']}").status_code == 204
    assert _disputes(client) == []
    assert_problem(client.get(f"/disputes/{dispute_id}"), 404)


def test_posting_the_same_article_again_names_the_disputes_its_claims_stand_in(
    client: FlaskClient,
) -> None:
    client.post("/articles", json=ARTICLE)
    later = client.post("/articles", json=LATER).get_json()
    again = client.post("/articles", json=LATER)
    assert again.status_code == 200
    assert again.get_json()["disputes"] == {"joined": later["disputes"]["opened"], "opened": []}


def test_bad_dispute_queries_are_400_and_unknown_ids_404(client: FlaskClient) -> None:
    for query in ("?since=2014-13-45", "?until=yesterday", "?separated=maybe", "?claim_id=0"):
        assert_problem(client.get(f"/disputes{query}"), 400)
    assert_problem(client.get("/disputes?cursor=garbage!"), 400)
    assert_problem(client.get("/disputes/12345"), 404)
