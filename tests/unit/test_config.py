"""Configuration from CLAIMS_* variables."""

from __future__ import annotations

import pytest

from service.config import Config, ConfigError


def test_defaults_use_an_sqlite_file_under_var() -> None:
    config = Config.from_env({})
    assert config.database_url.startswith("sqlite:///var/")
    assert config.max_body_bytes == 1024 * 1024


def test_variables_are_parsed() -> None:
    config = Config.from_env(
        {"CLAIMS_DATABASE_URL": "sqlite:////tmp/x.db", "CLAIMS_SIMILARITY_THRESHOLD": "0.4"}
    )
    assert str(config.sqlite_path) == "/tmp/x.db"
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
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Config.from_env({name: value})
