"""schemathesis against the real app and openapi.yaml: no 5xx, no response the spec forbids.

Every operation gets a bounded number of generated requests (valid and invalid), on a real
SQLite file with the real models; the examples are derandomised so that CI runs the same ones.
Every check runs but one: "positive data acceptance" wants a 2xx for anything the schema allows,
and some rules cannot be written in a schema: a cursor must be one the list handed out, a body
has text or html but not both, a text must not be an HTML page. Those get 400 problems, which
the spec lists, and the other checks still hold them to it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.helpers import ROOT, keyed_app_over_http

EXAMPLES_PER_OPERATION = 30
# The app runs with keys, so the fuzzer also checks that requests without a valid one are refused.
KEY = "fuzzing-key-0123456789"

schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory, embedder, judge) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app on a fresh SQLite file, served over HTTP on 127.0.0.1 for every operation's
    examples; its base URL."""
    database = tmp_path_factory.mktemp("fuzz") / "claims.sqlite3"
    with keyed_app_over_http(database, KEY, embedder, judge) as base:
        yield base


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_request_gets_a_5xx_or_a_response_outside_the_spec(case, fuzzed: str) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(
        base_url=fuzzed,
        headers={"X-API-Key": KEY},
        excluded_checks=[positive_data_acceptance],
    )
