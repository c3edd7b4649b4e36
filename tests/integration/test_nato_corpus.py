"""The five NATO articles of spring 2014, posted in date order to a real gunicorn."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from service.extraction.cleaning import fingerprint
from tests.helpers import Server, corpus_articles

pytestmark = pytest.mark.slow

CHROME = [
    "IE 11 is not supported",
    "newsletter",
    "We apologize, this video has expired",
    "Subscribers agree",
    "Dear readers",
    "support us monthly",
    "consular assistance",
]


@pytest.fixture(scope="module")
def nato() -> list[dict[str, Any]]:
    return corpus_articles()


def _reader_lists() -> Any:
    """bench/eval_nato.py: the conflicts a reader sees and the pairs that say the same thing."""
    path = Path(__file__).resolve().parents[2] / "bench" / "eval_nato.py"
    spec = importlib.util.spec_from_file_location("eval_nato", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_fragment_of_the_reader_lists_is_in_the_story(nato: list[dict[str, Any]]) -> None:
    # A fragment that is in no article (a capital where the sentence has none) would make its
    # entry match nothing, and the bench would count a flag on it as on no list.
    reader = _reader_lists()
    texts = [reader.normal(item["text"]) for item in nato]
    lists = reader.READER_SEES + reader.SAME_THING + reader.COEXIST + reader.MOVED_ON
    missing = {
        fragment
        for pair in lists
        for side in pair
        for fragment in side
        if not any(reader.normal(fragment) in text for text in texts)
    }
    assert not missing


def test_the_nato_story_yields_clean_claims_and_the_no_sign_contradiction(
    gunicorn: Callable[..., Server], nato: list[dict[str, Any]]
) -> None:
    server = gunicorn(workers=2)
    stored = []
    for item in nato:
        response = requests.post(
            f"{server.url}/articles",
            json={
                "text": item["text"],
                "source": item["source"],
                "published_at": item["published_at"],
            },
            timeout=120,
        )
        assert response.status_code == 201, response.text
        stored.append(response.json())

    for article, item in zip(stored, nato, strict=True):
        texts = [c["text"] for c in article["claims"]]
        assert texts, item["file"]
        for claim in article["claims"]:
            assert item["text"][claim["start"] : claim["end"]] == claim["sentence"]
            assert not any(marker.lower() in claim["text"].lower() for marker in CHROME), claim
        # No claim repeats another of the same article.
        assert len({fingerprint(t) for t in texts}) == len(texts), item["file"]

    contradictions = requests.get(
        f"{server.url}/contradictions", params={"limit": 100}, timeout=30
    ).json()["items"]
    assert len(contradictions) < 100  # all of them on one page
    no_sign = [
        c
        for c in contradictions
        if c["conflicting_claim"]["text"].startswith("There was no sign that Russia is withdrawing")
        and "two thirds" in c["claim"]["text"]
    ]
    assert no_sign, [(c["conflicting_claim"]["text"], c["claim"]["text"]) for c in contradictions]
    found = no_sign[0]
    assert found["conflicting_claim"]["source"] == "NBC News"
    assert found["claim"]["published_at"] > found["conflicting_claim"]["published_at"]
    assert found["days_apart"] == 59 and found["may_supersede"] is True
    assert found["explanation"]

    # The six conflicts a reader sees are all found; no two claims saying the same thing are.
    reader = _reader_lists()
    for pair in reader.READER_SEES:
        assert any(reader.matches(c, pair) for c in contradictions), pair
    for pair in reader.SAME_THING:
        assert not any(reader.matches(c, pair) for c in contradictions), pair

    # Every claim Rasmussen made names him in full, as the articles do.
    claims = [c for article in stored for c in article["claims"]]
    his = [c for c in claims if c["speaker"] and "Rasmussen" in c["speaker"]]
    assert len(his) >= 10 and all(c["speaker"] == "Anders Fogh Rasmussen" for c in his)
    called = [c for c in claims if c["sentence"].startswith("Rasmussen on Tuesday called")]
    assert called and called[0]["speaker"] == "Anders Fogh Rasmussen"

    # The contradictions grouped into a handful of disputes a reader can follow.
    disputes = requests.get(f"{server.url}/disputes", params={"limit": 100}, timeout=30).json()
    disputes = disputes["items"]
    assert 2 <= len(disputes) <= 6, [d["title"] for d in disputes]

    def says(side: dict[str, Any], fragments: tuple[str, ...]) -> bool:
        return any(
            reader.normal(f) in reader.normal(c["sentence"])
            for c in side["claims"]
            for f in fragments
        )

    for one, other in reader.READER_SEES:  # each conflict has its two claims on opposite sides
        assert any(
            (says(a, one) and says(b, other)) or (says(a, other) and says(b, one))
            for d in disputes
            for a, b in [d["sides"]]
        ), (one, other)
    apart = {frozenset((c["claim"]["id"], c["conflicting_claim"]["id"])) for c in contradictions}
    for dispute in disputes:
        for side in dispute["sides"]:  # no contradiction inside a side
            ids = [c["id"] for c in side["claims"]]
            assert not [(a, b) for a in ids for b in ids if frozenset((a, b)) in apart]
        a, b = dispute["sides"]
        for one, other in reader.SAME_THING:  # no two agreeing claims on opposite sides
            assert not ((says(a, one) and says(b, other)) or (says(a, other) and says(b, one)))

    # A dismissed contradiction stays dismissed when its article is deleted and posted again.
    last, item = stored[-1], nato[-1]
    dismissed = next(c for c in contradictions if c["claim"]["article_id"] == last["id"])
    requests.patch(
        f"{server.url}/contradictions/{dismissed['id']}", json={"verdict": "dismissed"}, timeout=30
    ).raise_for_status()
    assert requests.delete(f"{server.url}/articles/{last['id']}", timeout=30).status_code == 204
    left = requests.get(f"{server.url}/disputes", params={"limit": 100}, timeout=30).json()
    gone = {c["id"] for c in last["claims"]}
    assert not {c["id"] for d in left["items"] for s in d["sides"] for c in s["claims"]} & gone
    again = requests.post(
        f"{server.url}/articles",
        json={"text": item["text"], "source": item["source"], "published_at": item["published_at"]},
        timeout=120,
    ).json()
    pair = {dismissed["claim"]["text"], dismissed["conflicting_claim"]["text"]}
    raised = [{c["claim"]["text"], c["conflicting_claim"]["text"]} for c in again["contradictions"]]
    assert pair not in raised
