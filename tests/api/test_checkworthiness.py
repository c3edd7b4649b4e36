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


def test_a_fact_stated_the_way_news_states_it_is_a_claim(client: FlaskClient) -> None:
    # The model learned what a claim is from debates alone and scored this 0.31, until news
    # statements (and everyday ones, which are not claims) joined its training.
    text = (
        "The airline will not resume flights to Lagos before March, according to a company filing."
    )
    [claim] = client.post("/checks", json={"text": text}).get_json()["claims"]
    assert claim["text"].startswith("The airline will not resume flights to Lagos before March")


def test_the_threshold_is_configurable(
    config: Config, embedder: Embedder, judge: ContradictionJudge
) -> None:
    app = create_app(replace(config, checkworthiness_threshold=0.0), embedder=embedder, judge=judge)
    claims = app.test_client().post("/checks", json={"text": CHATTER}).get_json()["claims"]
    assert len(claims) == 3  # every candidate sentence, however low its score
    app.extensions["counterclaim"].store.close()


REPORTED = "Lucy Somers said she learned of her brother's death from the FBI."
QUOTED = '"It\'s an indication of troops awaiting further orders," Rasmussen said.'


def _score(app, sentence: str) -> float:  # type: ignore[no-untyped-def]
    service = app.extensions["counterclaim"]
    return float(service.checkworthiness.scores(service.embedder.embed([sentence]), [sentence])[0])


def test_a_statement_reported_in_the_articles_words_may_have_a_lower_score(
    config: Config,
    embedder: Embedder,
    judge: ContradictionJudge,
    app,  # type: ignore[no-untyped-def]
) -> None:
    score = _score(app, REPORTED)
    bars = replace(
        config,
        checkworthiness_threshold=min(score + 0.05, 1.0),
        reported_checkworthiness_threshold=max(score - 0.05, 0.0),
    )
    lowered = create_app(bars, embedder=embedder, judge=judge)
    [claim] = lowered.test_client().post("/checks", json={"text": REPORTED}).get_json()["claims"]
    assert claim["speaker"] == "Lucy Somers"
    assert claim["text"] == REPORTED  # cut, "she" would lose who she is
    lowered.extensions["counterclaim"].store.close()
    same = create_app(
        replace(bars, reported_checkworthiness_threshold=1.0), embedder=embedder, judge=judge
    )
    assert same.test_client().post("/checks", json={"text": REPORTED}).get_json()["claims"] == []
    same.extensions["counterclaim"].store.close()


def test_a_quotation_keeps_the_models_bar(client: FlaskClient, app) -> None:  # type: ignore[no-untyped-def]
    service = app.extensions["counterclaim"]
    assert service.reported_threshold <= _score(app, QUOTED) < service.claim_threshold
    body = client.post("/checks", json={"text": QUOTED}).get_json()
    assert body["claims"] == []
    assert [s["reason"] for s in body["skipped"]] == ["not check-worthy"]


def test_the_reported_bar_never_rises_above_the_configured_one(
    config: Config, embedder: Embedder, judge: ContradictionJudge
) -> None:
    app = create_app(replace(config, checkworthiness_threshold=0.2), embedder=embedder, judge=judge)
    assert app.extensions["counterclaim"].reported_threshold == 0.2
    app.extensions["counterclaim"].store.close()
    lowered = replace(config, reported_checkworthiness_threshold=0.0)
    app = create_app(lowered, embedder=embedder, judge=judge)
    claims = app.test_client().post("/checks", json={"text": REPORTED + " " + QUOTED})
    assert [c["speaker"] for c in claims.get_json()["claims"]] == ["Lucy Somers"]
    app.extensions["counterclaim"].store.close()
