"""GET /claims and /claims/{id}."""

from __future__ import annotations

from dataclasses import replace

from flask.testing import FlaskClient

from service import create_app
from service.config import Config
from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge
from tests.helpers import ARTICLE, LATER


def test_claims_filter_by_article_and_source(client: FlaskClient) -> None:
    first = client.post("/articles", json=ARTICLE).get_json()
    second = client.post("/articles", json=LATER).get_json()
    by_article = client.get(f"/claims?article_id={second['id']}").get_json()["items"]
    assert [c["id"] for c in by_article] == [c["id"] for c in second["claims"]]
    by_source = client.get("/claims?source=NBC News").get_json()["items"]
    assert [c["id"] for c in by_source] == [c["id"] for c in first["claims"]]
    assert client.get("/claims?source=Nobody").get_json()["items"] == []


def test_semantic_search_orders_claims_by_similarity(client: FlaskClient) -> None:
    client.post("/articles", json=ARTICLE)
    client.post("/articles", json={"text": "The central bank raised interest rates to 5 percent."})
    items = client.get("/claims?q=interest rates went up").get_json()["items"]
    assert "interest rates" in items[0]["text"]
    similarities = [c["similarity"] for c in items]
    assert similarities == sorted(similarities, reverse=True)
    page = client.get("/claims?q=interest rates went up&limit=1").get_json()
    rest = client.get(f"/claims?q=interest rates went up&cursor={page['next']}").get_json()
    assert [c["id"] for c in page["items"] + rest["items"]] == [c["id"] for c in items]


def test_a_claim_shows_the_contradictions_it_takes_part_in(client: FlaskClient) -> None:
    first = client.post("/articles", json=ARTICLE).get_json()
    client.post("/articles", json=LATER)
    denied = first["claims"][0]
    body = client.get(f"/claims/{denied['id']}").get_json()
    assert body["text"] == denied["text"]
    assert body["contradictions"]
    assert all(
        denied["id"] in (c["claim"]["id"], c["conflicting_claim"]["id"])
        for c in body["contradictions"]
    )
    assert client.get("/claims/999999").status_code == 404


def test_claims_show_their_quantities_and_dates(client: FlaskClient) -> None:
    claims = client.post("/articles", json=ARTICLE).get_json()["claims"]
    no_sign, still = claims
    assert no_sign["dates"] == [{"text": "Tuesday", "date": "2014-04-01", "precision": "day"}]
    (troops,) = still["quantities"]
    assert troops["text"] == "40,000 troops" and troops["approximate"] is True
    assert client.get(f"/claims/{still['id']}").get_json()["quantities"] == still["quantities"]


def test_claims_say_how_they_are_attributed(
    config: Config, embedder: Embedder, judge: ContradictionJudge
) -> None:
    # Every candidate sentence becomes a claim here: this is about attribution, not selection.
    app = create_app(replace(config, checkworthiness_threshold=0.0), embedder=embedder, judge=judge)
    text = (
        '"We have seen some signs of a start of Russian withdrawal," Rasmussen told reporters.\n'
        "Some Russian forces may be preparing to withdraw from the border, NATO said on Thursday.\n"
        "There was no sign of Russian troops leaving the border area near Rostov on Sunday.\n"
    )
    response = app.test_client().post("/checks", json={"text": text})
    quote, hedged, plain = response.get_json()["claims"]
    assert (quote["attribution"], quote["quote"], quote["speaker"]) == (
        "told reporters",
        True,
        "Rasmussen",
    )
    assert quote["text"] == "We have seen some signs of a start of Russian withdrawal."
    assert (hedged["attribution"], hedged["hedged"], hedged["negated"]) == ("said", True, False)
    assert (plain["attribution"], plain["quote"], plain["negated"]) == (None, False, True)
    app.extensions["counterclaim"].store.close()


SPOKEN = {
    "text": (
        "Unemployment fell to 4.1 percent in March, said Maria Lopez, an economist at Northbank. "
        "The central bank said interest rates would stay at 5 percent until the autumn. "
        "Lopez said wages rose by 3 percent over the same period."
    ),
    "source": "Harbour Gazette",
}


def test_claims_name_their_speaker_and_role_and_filter_by_speaker(client: FlaskClient) -> None:
    claims = client.post("/articles", json=SPOKEN).get_json()["claims"]
    # The surname of the third sentence is the name the article gave in full; a role is only
    # what the sentence itself says of its speaker.
    assert [(c["speaker"], c["speaker_role"]) for c in claims] == [
        ("Maria Lopez", "economist at Northbank"),
        ("central bank", None),
        ("Maria Lopez", None),
    ]
    hers = client.get("/claims?speaker=Maria Lopez").get_json()["items"]
    assert [c["id"] for c in hers] == [c["id"] for c in claims if c["speaker"] == "Maria Lopez"]
    assert client.get("/claims?speaker=Nobody").get_json()["items"] == []
    near = client.get("/claims?q=jobless rate&speaker=central bank").get_json()["items"]
    assert [c["speaker"] for c in near] == ["central bank"]


def test_claims_name_their_entities_and_filter_by_entity(client: FlaskClient) -> None:
    claims = client.post("/articles", json=SPOKEN).get_json()["claims"]
    first = {(e["text"], e["kind"]) for e in claims[0]["entities"]}
    assert {("Maria Lopez", "person"), ("Northbank", "organisation")} <= first
    assert any(kind == "figure" and "4.1" in text for text, kind in first)
    assert any(kind == "date" and "March" in text for text, kind in first)
    # "Lopez" alone is the person the article named in full.
    assert ("Maria Lopez", "person") in {(e["text"], e["kind"]) for e in claims[2]["entities"]}
    # Found by name, case aside; with a search too; nothing for a name no claim has.
    named = client.get("/claims?entity=maria lopez").get_json()["items"]
    assert [c["id"] for c in named] == [claims[0]["id"], claims[2]["id"]]
    near = client.get("/claims?q=interest rates&entity=MARIA LOPEZ").get_json()["items"]
    assert {c["id"] for c in near} == {claims[0]["id"], claims[2]["id"]}
    assert client.get("/claims?entity=Atlantis").get_json()["items"] == []
    blank = client.get("/claims?entity=%20")
    assert blank.status_code == 400
    assert blank.headers["Content-Type"] == "application/problem+json"
