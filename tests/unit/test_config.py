"""Configuration from CLAIMS_* variables."""

from __future__ import annotations

from dataclasses import fields

import pytest

from service.config import PREFIX, Config, ConfigError, available_cores
from service.store import sqlite_file
from tests.helpers import ROOT


def test_defaults_use_an_sqlite_file_under_var() -> None:
    config = Config.from_env({})
    assert config.database_url.startswith("sqlite:///var/")
    assert config.max_body_bytes == 1024 * 1024


def test_variables_are_parsed() -> None:
    config = Config.from_env(
        {"CLAIMS_DATABASE_URL": "sqlite:////tmp/x.db", "CLAIMS_SIMILARITY_THRESHOLD": "0.4"}
    )
    assert str(sqlite_file(config.database_url)) == "/tmp/x.db"
    shared = Config.from_env({"CLAIMS_DATABASE_URL": "postgresql://claims@db.example/claims"})
    assert shared.database_url == "postgresql://claims@db.example/claims"
    assert config.similarity_threshold == 0.4
    assert Config.from_env({}).judge == "hybrid"
    chosen = Config.from_env({"CLAIMS_JUDGE": "rules", "CLAIMS_JUDGE_MODEL_PATH": "/models/nli"})
    assert (chosen.judge, chosen.judge_model_path) == ("rules", "/models/nli")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CLAIMS_SIMILARITY_THRESHOLD", "1.5"),
        ("CLAIMS_MAX_BODY_BYTES", "-3"),
        ("CLAIMS_DATABASE_URL", "mysql://x"),
        ("CLAIMS_LOG_LEVEL", "loud"),
        ("CLAIMS_PAGE_LIMIT_MAX", "many"),
        ("CLAIMS_JUDGE", "oracle"),
        ("CLAIMS_REPORTED_CHECKWORTHINESS_THRESHOLD", "-0.1"),
        ("CLAIMS_JUDGE_PASSES", "0"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Config.from_env({name: value})


def test_env_example_lists_every_variable_with_its_default() -> None:
    listed = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line.startswith(PREFIX)
    )
    defaults = Config(database_url="sqlite:///var/counterclaim.sqlite3")
    for f in fields(Config):
        name = PREFIX + f.name.upper()
        assert name in listed, name
        value = getattr(defaults, f.name)
        if listed[name] == "":  # the default, which depends on the machine
            assert Config.from_env({name: ""}) == defaults, name
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            assert type(value)(listed[name]) == value, name
    assert f"{PREFIX}API_KEYS_FILE" in listed


def test_the_sqlite_busy_timeout_reaches_the_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from service.claim_service import store_from_config

    config = Config.from_env(
        {
            "CLAIMS_SQLITE_BUSY_TIMEOUT": "0.5",
            "CLAIMS_DATABASE_URL": f"sqlite:///{tmp_path / 'c.sqlite3'}",
        }
    )
    store = store_from_config(config, SimpleNamespace(name="m", dimension=4))  # type: ignore[arg-type]
    assert store.busy_timeout == 0.5  # type: ignore[attr-defined]
    store.close()
    with pytest.raises(ConfigError, match="CLAIMS_SQLITE_BUSY_TIMEOUT"):
        Config.from_env({"CLAIMS_SQLITE_BUSY_TIMEOUT": "0"})


def test_the_judge_runs_a_pass_a_core_unless_told() -> None:
    assert Config.from_env({}).judge_passes == available_cores()
    assert Config.from_env({"CLAIMS_JUDGE_PASSES": "3"}).judge_passes == 3
