"""GET /contradictions, /checks and /comparisons."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.helpers import ARTICLE, BUDGET, LATER


def test_contradictions_filter_by_claim_article_and_score(client: FlaskClient) -> None:
    first = client.post("/articles", json=ARTICLE).get_json()
    second = client.post("/articles", json=LATER).get_json()
    every = client.get("/contradictions").get_json()["items"]
    assert every
    one = every[0]
    assert client.get(f"/contradictions/{one['id']}").get_json() == one
    for article in (first, second):
        assert (
            client.get(f"/contradictions?article_id={article['id']}").get_json()["items"] == every
        )
    by_claim = client.get(f"/contradictions?claim_id={one['claim']['id']}").get_json()["items"]
    assert one["id"] in [c["id"] for c in by_claim]
    above = client.get(f"/contradictions?min_score={one['score'] + 0.0001}").get_json()["items"]
    assert one["id"] not in [c["id"] for c in above]
    assert client.get("/contradictions/424242").status_code == 404


def test_a_check_finds_contradictions_but_stores_nothing(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    response = client.post(
        "/checks", json={"text": LATER["text"], "published_at": "2014-06-03T10:00:00+00:00"}
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["claims"] and all(c["id"] is None for c in body["claims"])
    assert body["contradictions"][0]["days_apart"] == 63
    assert body["contradictions"][0]["conflicting_claim"]["source"] == "NBC News"
    assert len(client.get("/articles").get_json()["items"]) == 1
    assert client.get("/contradictions").get_json()["items"] == []


def test_a_comparison_judges_two_sentences(client: FlaskClient) -> None:
    contradiction = client.post(
        "/comparisons",
        json={
            "claim_a": "There was no sign that Russia is withdrawing troops from the border.",
            "claim_b": "Russia has pulled back most of its troops from the border.",
        },
    ).get_json()
    assert contradiction["relation"] == "contradiction"
    assert contradiction["kind"] == "negation"
    assert contradiction["explanation"]
    unrelated = client.post(
        "/comparisons",
        json={"claim_a": "The bridge reopened on Monday.", "claim_b": "Apples are rich in fibre."},
    ).get_json()
    assert unrelated["relation"] == "neutral" and "kind" not in unrelated


def compare(client: FlaskClient, a: str, b: str) -> dict[str, object]:
    response = client.post("/comparisons", json={"claim_a": a, "claim_b": b})
    assert response.status_code == 200
    body: dict[str, object] = response.get_json()
    return body


def test_comparisons_name_the_kind_of_conflict_and_spare_agreements(client: FlaskClient) -> None:
    figures = compare(
        client,
        "Russia still had some 35,000-40,000 troops stationed near the border.",
        "A few thousand Russian troops still remain near the border.",
    )
    assert (figures["relation"], figures["kind"]) == ("contradiction", "quantity")
    assert "35,000-40,000 troops" in str(figures["explanation"])
    shares = compare(
        client,
        "Around two thirds of Russian troops have been pulled back from the border.",
        "Most Russian troops have been pulled back from the border.",
    )
    assert shares["relation"] != "contradiction"
    paraphrase = compare(
        client,
        "Police said 12 people were killed in the attack.",
        "Twelve people died in the attack, police said.",
    )
    assert paraphrase["relation"] != "contradiction"
    hedged = compare(
        client,
        "There was no sign that Russia is withdrawing troops from the border.",
        "Some Russian units may be preparing to withdraw from the border.",
    )
    assert hedged["relation"] != "contradiction"
    assert "tentative" in str(hedged["explanation"])


def test_a_claim_reported_again_elsewhere_is_not_a_contradiction(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    again = dict(ARTICLE, source="Another outlet", url="https://example.com/copy")
    again["text"] = "Brussels - " + str(ARTICLE["text"])
    response = client.post("/articles", json=again)
    assert response.status_code == 201
    assert response.get_json()["contradictions"] == []
    assert client.get("/contradictions").get_json()["items"] == []


def test_claims_published_days_apart_may_supersede_and_same_day_ones_do_not(
    client: FlaskClient,
) -> None:
    client.post("/articles", json=ARTICLE)
    same_day = dict(LATER, published_at=ARTICLE["published_at"])
    found = client.post("/articles", json=same_day).get_json()["contradictions"]
    assert found and all(c["days_apart"] == 0 and c["may_supersede"] is False for c in found)
    assert all("days apart" not in c["explanation"] for c in found)


def test_a_copy_that_updates_a_figure_is_flagged_on_that_figure_only(client: FlaskClient) -> None:
    client.post("/articles", json=BUDGET)
    # The budget's sentence is 0.98 alike in both; the other is word for word the same.
    copy = dict(BUDGET, text=BUDGET["text"].replace("4.2", "5.2"), source="Wire")
    stored = client.post("/articles", json=copy)
    assert stored.status_code == 201
    found = client.get("/contradictions").get_json()["items"]
    assert [(c["claim"]["sentence"], c["conflicting_claim"]["sentence"]) for c in found] == [
        (
            "The city council approved a budget of $5.2 billion on Tuesday.",
            "The city council approved a budget of $4.2 billion on Tuesday.",
        )
    ]


def test_a_long_text_is_judged_on_its_sentences_nearest_the_other_claim(
    client: FlaskClient,
) -> None:
    # The conflict comes last, past what the judge reads of a pair (96 tokens): read whole, the
    # paragraph was judged on its first sentences only ("neutral"). It is cut to its sentences
    # nearest the other claim, in either order, and however it comes.
    paragraph = (
        "NATO foreign ministers met in Brussels on Tuesday to discuss the alliance's budget. "
        "The meeting also covered cooperation with partner countries in the Balkans and a new "
        "training mission. Several ministers spoke about cyber defence and the cost of new "
        "aircraft for the air policing missions over the Baltic states. The secretary general "
        "thanked Norway for hosting the next summit in the autumn. "
        "Turkey blocked the statement on Ukraine at the meeting."
    )
    claim = "Turkey backed the statement on Ukraine at the meeting."
    assert len(paragraph) > 350
    for a, b in ((paragraph, claim), (claim, paragraph)):
        assert compare(client, a, b)["relation"] == "contradiction"
    # The same paragraph given as one claim to check against the stored claim.
    stored = client.post("/articles", json={"text": claim, "source": "Wire"})
    assert stored.status_code == 201
    checked = client.post("/checks", json={"claims": [paragraph]}).get_json()
    assert [c["conflicting_claim"]["text"] for c in checked["contradictions"]] == [claim]
