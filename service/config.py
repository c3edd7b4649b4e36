"""Service configuration, read once from ``CLAIMS_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

PREFIX = "CLAIMS_"


class ConfigError(ValueError):
    """A configuration variable is missing or malformed; the message names it."""


def _parse_float_01(raw: str) -> float:
    value = float(raw)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"expected a number between 0 and 1, got {raw!r}")
    return value


def _parse_positive_int(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise ValueError(f"expected a positive integer, got {raw!r}")
    return value


def _parse_choice(*choices: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}, got {raw!r}")
        return value

    return parse


def _parse_database_url(raw: str) -> str:
    if raw.startswith(("postgresql://", "postgres://")):
        return raw
    if not raw.startswith("sqlite:///"):
        raise ValueError(f"expected sqlite:///path or postgresql://..., got {raw!r}")
    if raw == "sqlite:///":
        raise ValueError("sqlite:/// needs a file path")
    return raw


# Field name -> parser for its environment variable; the field's default applies when unset.
_PARSERS: dict[str, Callable[[str], Any]] = {
    "database_url": _parse_database_url,
    "embedder": _parse_choice("sentence-transformers", "onnx", "onnx-int8"),
    "model_path": str,
    "judge": _parse_choice("hybrid", "rules"),
    "judge_model_path": str,
    "judge_backend": _parse_choice("torch", "onnx", "onnx-int8"),
    "similarity_threshold": _parse_float_01,
    "duplicate_threshold": _parse_float_01,
    "max_candidates": _parse_positive_int,
    "max_claims": _parse_positive_int,
    "checkworthiness_threshold": _parse_float_01,
    "max_body_bytes": _parse_positive_int,
    "page_limit_default": _parse_positive_int,
    "page_limit_max": _parse_positive_int,
    "torch_threads": _parse_positive_int,
    "log_level": _parse_choice("debug", "info", "warning", "error"),
}


def default_database_url() -> str:
    """The embedded default: a SQLite file under ``./var/``."""
    return f"sqlite:///{Path('var') / 'counterclaim.sqlite3'}"


@dataclass(frozen=True)
class Config:
    """Everything the service can be told from outside; tests build it directly."""

    database_url: str = field(default_factory=default_database_url)
    # Which Embedder implementation to use; "model_path" empty means the packaged MiniLM.
    embedder: str = "sentence-transformers"
    model_path: str = ""
    # "hybrid": the packaged NLI model with the explicit checks; "rules": the checks alone.
    judge: str = "hybrid"
    # A local Hugging Face NLI model directory to use instead of the packaged one.
    judge_model_path: str = ""
    # How the packaged NLI model runs: "torch", or its ONNX graph ("onnx": float32, the same
    # answers; "onnx-int8": int8 weights). A judge_model_path always runs on torch.
    judge_backend: str = "onnx"
    # Cosine similarity above which a stored claim is judged against a new one. Measured by
    # bench/eval_retrieval.py: 0.3 keeps 94% of the MultiNLI/RTE-2 contradiction pairs and 1.1% of
    # unrelated pairs (0.5 kept 70%), and all six NATO conflicts need it (bench/eval_nato.py).
    similarity_threshold: float = 0.3
    # Cosine similarity above which two claims are the same claim (never judged as a conflict).
    duplicate_threshold: float = 0.95
    # Most stored claims judged per new claim: 10 found 3 of the six NATO conflicts, 20 all six.
    max_candidates: int = 20
    # Most claims one article or check may hold (beyond it: 422).
    max_claims: int = 500
    # Check-worthiness score a sentence needs to be a claim; None: the shipped model's threshold.
    checkworthiness_threshold: float | None = None
    max_body_bytes: int = 1024 * 1024
    page_limit_default: int = 20
    page_limit_max: int = 100
    # Threads each worker gives model inference (torch or onnxruntime): 1, with a worker per core.
    torch_threads: int = 1
    log_level: str = "info"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Read every ``CLAIMS_<FIELD>`` variable; a bad value raises ConfigError naming it."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = PREFIX + f.name.upper()
            raw = env.get(name)
            if raw is None or raw == "":
                continue
            try:
                values[f.name] = _PARSERS[f.name](raw)
            except ValueError as exc:
                raise ConfigError(f"{name}: {exc}") from None
        config = cls(**values)
        if config.page_limit_default > config.page_limit_max:
            raise ConfigError(f"{PREFIX}PAGE_LIMIT_DEFAULT must not exceed {PREFIX}PAGE_LIMIT_MAX")
        return config

    @property
    def sqlite_path(self) -> Path:
        """The database file named by ``database_url``."""
        return Path(self.database_url.removeprefix("sqlite:///"))
