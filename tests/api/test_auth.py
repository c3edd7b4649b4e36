"""API keys: with keys configured, no key means 401, a key without the scope means 403."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from flask import Flask
from openapi_spec_validator import validate

from service import create_app
from service.config import ApiKey, Config, ConfigError
from tests.helpers import ARTICLE, LATER, ROOT, ContractClient, assert_problem

READER = "reader-key-0123456789"
WRITER = "writer-key-0123456789"
BOTH = "both-scopes-0123456789"


@pytest.fixture
def sqlite_config(tmp_path: Path) -> Config:
    """Keys do not depend on the store: one backend is enough."""
    return Config(database_url=f"sqlite:///{tmp_path / 'claims.sqlite3'}")


@pytest.fixture
def keyed(sqlite_config: Config, embedder, judge, openapi) -> Iterator[Flask]:  # type: ignore[no-untyped-def]
    """The app with three keys: read only, write only, and both."""
    keys = (
        ApiKey(READER, frozenset({"read"})),
        ApiKey(WRITER, frozenset({"write"})),
        ApiKey(BOTH, frozenset({"read", "write"})),
    )
    app = create_app(replace(sqlite_config, api_keys=keys), embedder=embedder, judge=judge)
    app.test_client_class = ContractClient
    app.config["OPENAPI"] = openapi
    yield app
    app.extensions["counterclaim"].store.close()


def test_without_a_key_every_endpoint_but_health_is_401(keyed: Flask) -> None:
    client = keyed.test_client()
    for method, path in [
        ("post", "/articles"),
        ("get", "/articles"),
        ("get", "/articles/1"),
        ("delete", "/articles/1"),
        ("get", "/claims?q=troops"),
        ("get", "/contradictions"),
        ("post", "/checks"),
        ("post", "/comparisons"),
    ]:
        response = getattr(client, method)(path, json={"text": "x"})
        problem = assert_problem(response, 401)
        assert problem["type"] == "/problems/unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/openapi.yaml").status_code == 200


def test_an_unknown_key_is_401_whichever_header_carries_it(keyed: Flask) -> None:
    client = keyed.test_client()
    for headers in (
        {"X-API-Key": READER + "x"},
        {"X-API-Key": READER[:-1]},
        {"Authorization": "Bearer not-a-key-0123456789"},
        {"Authorization": f"Basic {READER}"},
    ):
        detail = assert_problem(client.get("/articles", headers=headers), 401)["detail"]
        assert READER not in detail


def test_a_read_only_key_reads_but_cannot_write(keyed: Flask) -> None:
    client = keyed.test_client()
    stored = client.post("/articles", json=ARTICLE, headers={"X-API-Key": BOTH}).get_json()
    stored.pop("disputes")
    read = {"X-API-Key": READER}
    assert client.get(f"/articles/{stored['id']}", headers=read).get_json() == stored
    assert client.get("/claims", headers={"Authorization": f"Bearer {READER}"}).status_code == 200
    assert client.post("/checks", json={"text": ARTICLE["text"]}, headers=read).status_code == 200

    posted = client.post("/articles", json={**ARTICLE, "text": "Other text: 3 died."}, headers=read)
    assert assert_problem(posted, 403)["type"] == "/problems/forbidden"
    assert_problem(client.delete(f"/articles/{stored['id']}", headers=read), 403)
    listed = client.get("/articles", headers=read).get_json()["items"]
    assert [a["id"] for a in listed] == [stored["id"]]  # nothing written, nothing deleted


def test_a_write_only_key_writes_but_cannot_read(keyed: Flask) -> None:
    client = keyed.test_client()
    write = {"X-API-Key": WRITER}
    stored = client.post("/articles", json=ARTICLE, headers=write)
    assert stored.status_code == 201
    assert_problem(client.get("/articles", headers=write), 403)
    assert client.delete(f"/articles/{stored.get_json()['id']}", headers=write).status_code == 204


def test_keys_never_reach_the_log(keyed: Flask, caplog: pytest.LogCaptureFixture) -> None:
    client = keyed.test_client()
    with caplog.at_level(logging.DEBUG):
        client.post("/articles", json=ARTICLE, headers={"X-API-Key": BOTH})
        client.get("/articles", headers={"X-API-Key": READER + "-wrong"})
        client.post("/articles", json=ARTICLE, headers={"X-API-Key": READER})
    assert caplog.records
    for secret in (READER, WRITER, BOTH):
        assert secret not in caplog.text


def test_without_keys_the_service_is_open_and_says_so(
    sqlite_config: Config, embedder, judge, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="service"):
        app = create_app(sqlite_config, embedder=embedder, judge=judge)
    assert "open to anyone" in caplog.text
    assert app.test_client().post("/articles", json=ARTICLE).status_code == 201
    app.extensions["counterclaim"].store.close()


def test_keys_come_from_the_environment_and_a_file(tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text(f"# pipelines\n{WRITER}:write\n\n{BOTH}:read+write\n")
    config = Config.from_env(
        {"CLAIMS_API_KEYS": f"{READER}:read", "CLAIMS_API_KEYS_FILE": str(keys_file)}
    )
    assert {k.key: k.scopes for k in config.api_keys} == {
        READER: {"read"},
        WRITER: {"write"},
        BOTH: {"read", "write"},
    }
    assert READER not in repr(config)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"CLAIMS_API_KEYS": "short:read"}, "CLAIMS_API_KEYS"),
        ({"CLAIMS_API_KEYS": f"{READER}:admin"}, "CLAIMS_API_KEYS"),
        ({"CLAIMS_API_KEYS": READER}, "CLAIMS_API_KEYS"),
        ({"CLAIMS_API_KEYS": f"{READER}:read,{READER}:write"}, "CLAIMS_API_KEYS"),
        ({"CLAIMS_API_KEYS_FILE": "/nonexistent/keys"}, "CLAIMS_API_KEYS_FILE"),
    ],
)
def test_bad_key_configuration_stops_start_up_naming_the_variable(
    env: dict[str, str], named: str
) -> None:
    with pytest.raises(ConfigError, match=named) as raised:
        Config.from_env(env)
    assert READER not in str(raised.value)


def test_a_review_needs_a_key_that_writes_and_names_it(keyed: Flask) -> None:
    client = keyed.test_client()
    both = {"X-API-Key": BOTH}
    client.post("/articles", json=ARTICLE, headers=both)
    found = client.post("/articles", json=LATER, headers=both).get_json()["contradictions"][0]
    path = f"/contradictions/{found['id']}"
    refused = client.patch(path, json={"verdict": "dismissed"}, headers={"X-API-Key": READER})
    assert_problem(refused, 403)
    assert client.get(path, headers=both).get_json()["review"] is None
    reviewed = client.patch(path, json={"verdict": "confirmed"}, headers=both).get_json()
    # The key's fingerprint, as the access log names it, never the key.
    assert reviewed["review"]["reviewed_by"] == hashlib.sha256(BOTH.encode()).hexdigest()[:8]


def served(app: Flask) -> dict:  # type: ignore[type-arg]
    response = app.test_client().get("/openapi.yaml")
    assert response.status_code == 200 and response.mimetype == "application/yaml"
    return yaml.safe_load(response.get_data(as_text=True))  # type: ignore[no-any-return]


def test_each_instance_serves_the_contract_of_the_mode_it_runs_in(
    keyed: Flask,
    sqlite_config: Config,
    embedder,  # type: ignore[no-untyped-def]
    judge,
) -> None:
    # With keys: openapi.yaml itself, which documents that mode.
    documented = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert served(keyed) == documented and documented["security"]
    # Without: the same operations, less everything about keys, and saying so; with this
    # instance's text limit. A client generated from it sends no key and expects no 401.
    config = replace(sqlite_config, max_text_chars=5_000)
    app = create_app(config, embedder=embedder, judge=judge)
    try:
        document = served(app)
        validate(document)
        assert "security" not in document and "securitySchemes" not in document["components"]
        assert "without API keys" in document["info"]["description"]
        assert document["components"]["schemas"]["PlainText"]["maxLength"] == 5_000
        assert document["paths"].keys() == documented["paths"].keys()
        for item in document["paths"].values():
            for operation in (op for key, op in item.items() if key != "parameters"):
                assert not {"security", "x-required-scope"} & set(operation)
                assert not {"401", "403"} & set(operation["responses"])
        assert app.test_client().get("/articles").status_code == 200
    finally:
        app.extensions["counterclaim"].store.close()
