"""PATCH /contradictions/{id} and GET /reviews: a reviewer's verdicts, and what they change."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from tests.helpers import ARTICLE, LATER, assert_problem


def _no_sign(article: dict[str, Any]) -> dict[str, Any]:
    (found,) = [c for c in article["contradictions"] if "no sign" in c["conflicting_claim"]["text"]]
    return found


def test_a_dismissed_contradiction_leaves_its_dispute_and_is_not_raised_again(
    client: FlaskClient,
) -> None:
    client.post("/articles", json=ARTICLE)
    later = client.post("/articles", json=LATER).get_json()
    found = _no_sign(later)
    assert found["review"] is None and found["dispute_id"] is not None
    response = client.patch(
        f"/contradictions/{found['id']}", json={"verdict": "dismissed", "note": "Story moved on."}
    )
    assert response.status_code == 200
    reviewed = response.get_json()
    assert reviewed["review"]["verdict"] == "dismissed"
    assert reviewed["review"]["note"] == "Story moved on."
    assert reviewed["review"]["reviewed_by"] is None  # no keys configured
    assert reviewed["dispute_id"] is None
    assert client.get(f"/contradictions/{found['id']}").get_json() == reviewed
    # Gone from every dispute; the other contradiction may still hold one.
    for dispute in client.get("/disputes").get_json()["items"]:
        texts = {c["text"] for side in dispute["sides"] for c in side["claims"]}
        assert not {found["claim"]["text"], found["conflicting_claim"]["text"]} <= texts
    # Listed by review state; read back with both texts for calibration.
    dismissed = client.get("/contradictions?review=dismissed").get_json()["items"]
    assert [c["id"] for c in dismissed] == [found["id"]]
    unreviewed = client.get("/contradictions?review=unreviewed").get_json()["items"]
    assert found["id"] not in [c["id"] for c in unreviewed]
    (pair,) = client.get("/reviews").get_json()["items"]
    assert {pair["claim_text"], pair["conflicting_claim_text"]} == {
        found["claim"]["text"],
        found["conflicting_claim"]["text"],
    }
    assert pair["review"] == reviewed["review"]

    # The article deleted and posted again: the same pair is stored, but not raised.
    assert client.delete(f"/articles/{later['id']}").status_code == 204
    again = client.post("/articles", json=LATER).get_json()
    assert not [c for c in again["contradictions"] if "no sign" in c["conflicting_claim"]["text"]]
    assert client.get("/contradictions?review=dismissed").get_json()["items"]
    checked = client.post("/checks", json={"text": LATER["text"]}).get_json()
    assert not [c for c in checked["contradictions"] if "no sign" in c["conflicting_claim"]["text"]]

    # Confirmed after all (the last verdict stands): raised and disputed again.
    stored = client.get("/contradictions?review=dismissed").get_json()["items"][0]
    confirmed = client.patch(f"/contradictions/{stored['id']}", json={"verdict": "confirmed"})
    assert confirmed.get_json()["review"]["verdict"] == "confirmed"
    assert confirmed.get_json()["dispute_id"] is not None
    assert client.get("/reviews?verdict=dismissed").get_json()["items"] == []
    assert len(client.get("/reviews?verdict=confirmed").get_json()["items"]) == 1


def test_bad_reviews_are_refused_and_change_nothing(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    found = _no_sign(client.post("/articles", json=LATER).get_json())
    path = f"/contradictions/{found['id']}"
    for body in (
        {"verdict": "wrong"},
        {},
        {"note": "no verdict"},
        {"verdict": "dismissed", "note": "x" * 2001},
        {"verdict": "dismissed", "note": "   "},
        {"verdict": "dismissed", "colour": "red"},
    ):
        assert_problem(client.patch(path, json=body), 400)
    assert_problem(client.patch("/contradictions/12345", json={"verdict": "dismissed"}), 404)
    assert client.get(path).get_json()["review"] is None
    assert client.get("/reviews").get_json()["items"] == []
    assert_problem(client.get("/contradictions?review=maybe"), 400)
    assert_problem(client.get("/reviews?verdict=maybe"), 400)
