"""Which sentences become claims: the check-worthiness score and its threshold."""

from __future__ import annotations

from dataclasses import replace

from flask.testing import FlaskClient

from service import create_app
from service.config import Config
from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge
from tests.helpers import ARTICLE

CHATTER = (
    "It won't take miracles and it won't happen overnight, believe me.\n"
    "That is a very good question, and a fair one, for another day.\n"
    "The evening was lovely and everyone seemed to have a wonderful time.\n"
)


def test_claims_carry_their_check_worthiness_score(client: FlaskClient, app) -> None:  # type: ignore[no-untyped-def]
    threshold = app.extensions["counterclaim"].claim_threshold
    claims = client.post("/articles", json=ARTICLE).get_json()["claims"]
    assert claims
    assert all(threshold <= c["checkworthiness"] <= 1 for c in claims)
    stored = client.get(f"/claims/{claims[0]['id']}").get_json()
    assert stored["checkworthiness"] == claims[0]["checkworthiness"]


def test_pleasantries_and_opinions_are_not_claims(client: FlaskClient) -> None:
    response = client.post("/articles", json={"text": CHATTER})
    assert response.status_code == 201
    assert response.get_json()["claims"] == []
    assert client.post("/checks", json={"text": CHATTER}).get_json()["claims"] == []


def test_the_threshold_is_configurable(
    config: Config, embedder: Embedder, judge: ContradictionJudge
) -> None:
    app = create_app(replace(config, checkworthiness_threshold=0.0), embedder=embedder, judge=judge)
    claims = app.test_client().post("/checks", json={"text": CHATTER}).get_json()["claims"]
    assert len(claims) == 3  # every candidate sentence, however low its score
    app.extensions["counterclaim"].store.close()
