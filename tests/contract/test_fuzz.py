"""schemathesis against the real app, every check on, in both modes the service runs in.

The app runs on a real SQLite file with the real models, served over HTTP: once with an API key,
fuzzed against openapi.yaml; once without keys, fuzzed against the document such an instance
serves (openapi.yaml less its security). Every check runs, positive data acceptance included:
whatever the schema allows must be accepted, whatever it does not must be refused, and a keyed
instance must refuse requests without a valid key. The one exception is schemathesis.toml's,
which the CLI reads too: POST /articles and POST /checks may answer 422 for what a request holds
(a page with no article text, or with more text or claims than one request may hold), which no
schema can judge. Then the stateful phase follows the document's links, create -> read -> list ->
delete, each scenario from a store holding the document's two example articles, and must reach
every operation that takes an id with a real one.

schemathesis and hypothesis are pinned in pyproject.toml and the seed is fixed, so the fuzzing
sends the same requests every time; the stateful walk does not quite (see ``SCENARIOS``).
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, Phase, settings
from schemathesis import BaseSchema, Case, Response
from schemathesis.config import SchemathesisConfig

from service.api.contract import served_document
from service.config import Config
from tests.helpers import ROOT, keyed_app_over_http

SEED = 42
EXAMPLES_PER_OPERATION = 20
# Walks: thirty reached every operation that takes an id when the whole suite ran, but not with
# this file run alone (getContradiction never), so the walk's draws depend on the tests run
# before it; sixty reached getContradiction six times or more either way.
SCENARIOS = 60
KEY = "fuzzing-key-0123456789"
# The operations that take an id, which only the links give them for real.
BY_ID = {"getArticle", "deleteArticle", "getClaim", "getContradiction"}


def _config(*, inferred_links: bool = True) -> SchemathesisConfig:
    """schemathesis.toml, with the seed; and, for a walk of the document's own links, without
    the links schemathesis would infer besides."""
    data = tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))
    if not inferred_links:
        data["phases"] = {"stateful": {"inference": {"algorithms": []}}}
    config = SchemathesisConfig.from_dict(data)
    config.update(seed=SEED, max_failures=None)
    return config


def _schema(keyed: bool, *, inferred_links: bool = True) -> BaseSchema:
    """The document an instance with (or without) keys serves, as schemathesis reads it."""
    config = _config(inferred_links=inferred_links)
    if keyed:
        return schemathesis.openapi.from_path(ROOT / "openapi.yaml", config=config)
    document = served_document(keyed=False, max_text_chars=Config().max_text_chars)
    return schemathesis.openapi.from_dict(yaml.safe_load(document), config=config)


KEYED = _schema(keyed=True)
OPEN = _schema(keyed=False)
FUZZING = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(scope="module")
def keyed_url(tmp_path_factory: pytest.TempPathFactory, embedder, judge) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app with one API key, on a fresh SQLite file, over HTTP; its base URL."""
    database = tmp_path_factory.mktemp("fuzz-keyed") / "claims.sqlite3"
    with keyed_app_over_http(database, KEY, embedder, judge) as base:
        yield base


@pytest.fixture(scope="module")
def open_url(tmp_path_factory: pytest.TempPathFactory, embedder, judge) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app without keys, on a fresh SQLite file, over HTTP; its base URL."""
    database = tmp_path_factory.mktemp("fuzz-open") / "claims.sqlite3"
    with keyed_app_over_http(database, None, embedder, judge) as base:
        yield base


@KEYED.parametrize()
@FUZZING
def test_with_keys_every_request_is_answered_as_the_contract_says(
    case: Case, keyed_url: str
) -> None:
    case.call_and_validate(base_url=keyed_url, headers={"X-API-Key": KEY})


@OPEN.parametrize()
@FUZZING
def test_without_keys_every_request_is_answered_as_the_contract_says(
    case: Case, open_url: str
) -> None:
    case.call_and_validate(base_url=open_url)


def _example_articles() -> list[dict[str, Any]]:
    """The bodies openapi.yaml gives as examples of POST /articles: a report and a later one
    that contradicts it."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    examples = spec["paths"]["/articles"]["post"]["requestBody"]["content"]["application/json"]
    return [example["value"] for example in examples["examples"].values()]


@pytest.mark.parametrize("keyed", [True, False], ids=["with-keys", "without-keys"])
def test_the_links_walk_from_what_is_created_to_reading_and_deleting_it(
    keyed: bool,
    tmp_path: Path,
    embedder,
    judge,  # type: ignore[no-untyped-def]
) -> None:
    # A fresh store of its own, so that the walk does not depend on what the fuzzing above left.
    with keyed_app_over_http(
        tmp_path / "claims.sqlite3", KEY if keyed else None, embedder, judge
    ) as url:
        # A schema of its own too: schemathesis learns from the responses a schema has seen.
        _walk(_schema(keyed, inferred_links=False), url, {"X-API-Key": KEY} if keyed else {})


def _walk(schema: BaseSchema, url: str, headers: dict[str, str]) -> None:
    articles = _example_articles()
    answered: Counter[str] = Counter()

    def api(method: str, path: str, **kwargs: Any) -> Any:
        answer = requests.request(method, f"{url}{path}", headers=headers, timeout=60, **kwargs)
        return answer.json() if answer.content else None

    class Walk(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Each scenario starts from the same store: the examples, with claims and a
            # contradiction to list, read and delete, and nothing else. A scenario replayed then
            # meets what it met the first time (a text it posts is new again).
            kept = {api("POST", "/articles", json=body)["id"] for body in articles}
            for article in api("GET", "/articles?limit=100")["items"]:
                if article["id"] not in kept:
                    api("DELETE", f"/articles/{article['id']}")

        def before_call(self, case: Case) -> None:
            # A walk reads lists from their first page: a made-up cursor is a position far past
            # the end, and an empty page leads nowhere (cursors are fuzzed above).
            if case.query:
                case.query.pop("cursor", None)

        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"base_url": url, "headers": headers}

        def after_call(self, response: Response, case: Case) -> None:
            super().after_call(response, case)
            if response.status_code < 300:
                answered[case.operation.definition.raw["operationId"]] += 1

    Walk.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=8,
            derandomize=True,
            phases=[Phase.generate],
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    assert BY_ID <= set(answered), answered
