"""A Python client generated from openapi.yaml by openapi-python-client, used end to end against a
live server with an API key: post articles, page through claims, read a contradiction and the
dispute it opened, review it. The test
uses only the generated functions and types; no HTTP is written by hand."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import ROOT, keyed_app_over_http

KEY = "client-test-key-0123456789"
EARLIER = (
    "There was no sign that Russia is withdrawing troops from its border with Ukraine, "
    "NATO said on Tuesday. The alliance said 40,000 soldiers remained in the region."
)
LATER = (
    "Russia has withdrawn most of the some 40,000 troops it had massed on the Ukraine border, "
    "a NATO military official said on Tuesday."
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client package, generated from openapi.yaml into a temporary folder, imported."""
    out = tmp_path_factory.mktemp("client")
    venv_bin = Path(sys.executable).parent
    subprocess.run(
        [venv_bin / "openapi-python-client", "generate", "--meta", "none",
         "--path", ROOT / "openapi.yaml", "--output-path", out / "counterclaim_client"],
        check=True, capture_output=True, cwd=out,
        env={**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ['PATH']}"},
    )  # fmt: skip
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("counterclaim_client")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == "counterclaim_client"]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory, embedder, judge) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A live server that needs a key."""
    database = tmp_path_factory.mktemp("client-db") / "claims.sqlite3"
    with keyed_app_over_http(database, KEY, embedder, judge) as base:
        yield base


def part(package: ModuleType, name: str) -> Any:
    """A module of the generated package, e.g. ``api.articles.create_article``."""
    return importlib.import_module(f"{package.__name__}.{name}")


def test_the_generated_client_posts_pages_and_reads_a_contradiction(
    generated: ModuleType, url: str
) -> None:
    models = part(generated, "models")
    create_article = part(generated, "api.articles.create_article")
    list_claims = part(generated, "api.claims.list_claims")
    get_contradiction = part(generated, "api.contradictions.get_contradiction")
    get_article = part(generated, "api.articles.get_article")
    get_dispute = part(generated, "api.disputes.get_dispute")
    list_disputes = part(generated, "api.disputes.list_disputes")
    review_contradiction = part(generated, "api.contradictions.review_contradiction")
    client = generated.AuthenticatedClient(base_url=url, token=KEY)

    first = create_article.sync_detailed(
        client=client,
        body=models.ArticleTextCreate(text=EARLIER, source="NBC News", published_at="2014-04-01"),
    )
    assert first.status_code == 201 and isinstance(first.parsed, models.ArticleCreated)
    second = create_article.sync(
        client=client,
        body=models.ArticleHtmlCreate(  # the other alternative: the report's web page
            html=f"<html><body><article><p>{LATER}</p></article></body></html>",
            source="Reuters",
            published_at="2014-06-03",
        ),
    )
    assert isinstance(second, models.ArticleCreated)
    assert second.contradictions, "the later report contradicts the earlier one"
    assert second.disputes.opened, "and opens a dispute"
    found = second.contradictions[0]
    assert isinstance(found, models.Contradiction)
    assert isinstance(found.kind, models.ContradictionKind)

    # Read the contradiction back by its id, typed.
    read = get_contradiction.sync(client=client, contradiction_id=found.id)
    assert isinstance(read, models.Contradiction)
    assert read.claim.id == found.claim.id and read.conflicting_claim.source == "NBC News"
    assert read.days_apart == 63 and read.may_supersede is True

    # Read the dispute it opened, typed, with its two sides in time order.
    dispute = get_dispute.sync(client=client, dispute_id=second.disputes.opened[0])
    assert isinstance(dispute, models.Dispute) and len(dispute.sides) == 2
    assert dispute.sides[0].claims[0].source == "NBC News" and dispute.separated is True
    listed = list_disputes.sync(client=client, source="Reuters")
    assert isinstance(listed, models.DisputePage) and [d.id for d in listed.items] == [dispute.id]

    # A reviewer dismisses the contradiction: the review comes back typed.
    reviewed = review_contradiction.sync(
        client=client,
        contradiction_id=found.id,
        body=models.ReviewCreate(verdict=models.Verdict.DISMISSED, note="Moved on."),
    )
    assert isinstance(reviewed, models.Contradiction)
    assert reviewed.review.verdict == models.Verdict.DISMISSED
    assert reviewed.review.note == "Moved on." and reviewed.dispute_id is None

    # Page through the claims one at a time with the cursor.
    ids: list[int] = []
    page = list_claims.sync(client=client, limit=1)
    while True:
        assert isinstance(page, models.ClaimPage) and len(page.items) <= 1
        ids += [claim.id for claim in page.items]
        if not page.next_:
            break
        page = list_claims.sync(client=client, limit=1, cursor=page.next_)
    expected = [c.id for c in first.parsed.claims] + [c.id for c in second.claims]
    assert ids == expected

    # Errors come back as the generated Problem type.
    missing = get_article.sync_detailed(client=client, article_id=999_999)
    assert missing.status_code == 404 and isinstance(missing.parsed, models.Problem)
    anonymous = generated.Client(base_url=url)
    refused = get_article.sync_detailed(client=anonymous, article_id=first.parsed.id)
    assert refused.status_code == 401 and isinstance(refused.parsed, models.Problem)
