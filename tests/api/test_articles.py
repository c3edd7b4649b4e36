"""POST/GET/DELETE /articles."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.helpers import ARTICLE, LATER


def test_posting_an_article_returns_its_claims_with_offsets_and_stores_it(
    client: FlaskClient,
) -> None:
    response = client.post("/articles", json=ARTICLE)
    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"].endswith(f"/articles/{body['id']}")
    assert body["source"] == "NBC News" and body["published_at"] == "2014-04-01"
    assert len(body["claims"]) == 2
    for claim in body["claims"]:
        assert ARTICLE["text"][claim["start"] : claim["end"]] == claim["sentence"]
        assert claim["article_id"] == body["id"]
        assert claim["source"] == "NBC News"
    assert body["claims"][0]["speaker"] == "NATO"
    # Nothing to dispute yet; the stored article reads back as it was answered.
    assert body.pop("disputes") == {"joined": [], "opened": []}
    assert client.get(f"/articles/{body['id']}").get_json() == body


def test_a_later_article_raises_a_contradiction_with_its_reason_and_time_gap(
    client: FlaskClient,
) -> None:
    first = client.post("/articles", json=ARTICLE).get_json()
    second = client.post("/articles", json=LATER).get_json()
    assert first["contradictions"] == []
    (found,) = [c for c in second["contradictions"] if "no sign" in c["conflicting_claim"]["text"]]
    assert found["claim"]["article_id"] == second["id"]
    assert found["kind"] == "negation"
    assert found["days_apart"] == 63 and found["may_supersede"] is True
    assert "63 days apart" in found["explanation"]
    assert 0 < found["score"] <= 1
    # The earlier article now shows the contradiction too.
    earlier = client.get(f"/articles/{first['id']}").get_json()
    assert found["id"] in [c["id"] for c in earlier["contradictions"]]


def test_the_same_text_again_returns_the_first_article_and_stores_nothing(
    client: FlaskClient,
) -> None:
    first = client.post("/articles", json=ARTICLE)
    # Same words, different whitespace, quotes and case: the same article.
    variant = ARTICLE["text"].upper().replace("\n\n", "\n   \n")
    again = client.post("/articles", json={**ARTICLE, "text": variant})
    assert first.status_code == 201 and again.status_code == 200
    assert again.get_json()["id"] == first.get_json()["id"]
    assert len(client.get("/articles").get_json()["items"]) == 1
    assert len(client.get("/claims").get_json()["items"]) == 2


def test_an_idempotency_key_replays_and_refuses_reuse_for_other_text(client: FlaskClient) -> None:
    headers = {"Idempotency-Key": "nbc-1"}
    first = client.post("/articles", json=ARTICLE, headers=headers)
    replay = client.post("/articles", json=ARTICLE, headers=headers)
    assert (first.status_code, replay.status_code) == (201, 200)
    assert replay.get_json() == first.get_json()
    reused = client.post("/articles", json=LATER, headers=headers)
    assert reused.status_code == 409
    assert reused.get_json()["type"] == "/problems/idempotency-key-reused"
    assert len(client.get("/articles").get_json()["items"]) == 1


def test_text_may_start_and_end_with_blank_lines(client: FlaskClient) -> None:
    text = (
        "\n\n  \u0085The council said 7 bridges were closed after floods caused $4 million "
        "in damage.\n  "
    )
    response = client.post("/articles", json={"text": text})
    assert response.status_code == 201
    (claim,) = response.get_json()["claims"]
    assert text[claim["start"] : claim["end"]] == claim["sentence"]
    assert client.get("/claims?q= bridges closed").status_code == 200


def test_articles_page_with_a_cursor(client: FlaskClient) -> None:
    ids = [
        client.post(
            "/articles", json={"text": f"The council approved budget number {n} on Monday."}
        ).get_json()["id"]
        for n in range(5)
    ]
    seen, cursor = [], None
    while True:
        query = "/articles?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(query).get_json()
        assert len(page["items"]) <= 2
        seen += [a["id"] for a in page["items"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == ids


def test_deleting_an_article_removes_its_claims_and_their_contradictions(
    client: FlaskClient,
) -> None:
    first = client.post("/articles", json=ARTICLE).get_json()
    second = client.post("/articles", json=LATER).get_json()
    assert client.get("/contradictions").get_json()["items"]
    assert client.delete(f"/articles/{first['id']}").status_code == 204
    assert client.get(f"/articles/{first['id']}").status_code == 404
    assert client.delete(f"/articles/{first['id']}").status_code == 404
    assert client.get(f"/claims?article_id={first['id']}").get_json()["items"] == []
    assert client.get("/contradictions").get_json()["items"] == []
    remaining = client.get(f"/articles/{second['id']}").get_json()
    assert remaining["claim_count"] == len(second["claims"]) and remaining["contradictions"] == []
    # Posting the deleted text again stores it anew.
    assert client.post("/articles", json=ARTICLE).status_code == 201
