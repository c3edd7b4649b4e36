"""Service configuration, read once from ``CLAIMS_*`` environment variables."""

from __future__ import annotations

import os
import re
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


def _parse_positive_float(raw: str) -> float:
    value = float(raw)
    if not value > 0 or value == float("inf"):
        raise ValueError(f"expected a positive number, got {raw!r}")
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


@dataclass(frozen=True)
class ApiKey:
    """A key a caller may present, and what it allows: "read", "write" or both."""

    key: str
    scopes: frozenset[str]

    def __repr__(self) -> str:  # never show the key itself, not even in a traceback
        return f"ApiKey(scopes={sorted(self.scopes)})"


_KEY_CHARS = re.compile(r"[\x21-\x7e]{16,256}")


def _parse_api_keys(raw: str) -> tuple[ApiKey, ...]:
    """``KEY:SCOPES`` entries separated by commas or new lines; SCOPES is read, write or
    read+write; blank lines and lines starting with # are skipped."""
    keys = []
    for number, entry in enumerate(re.split(r"[,\n]", raw), start=1):
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        key, sep, scopes = entry.rpartition(":")
        granted = frozenset(scopes.split("+"))
        if not sep or not granted <= {"read", "write"}:
            raise ValueError(f"entry {number}: expected KEY:read, KEY:write or KEY:read+write")
        if not _KEY_CHARS.fullmatch(key) or "," in key:
            raise ValueError(
                f"entry {number}: a key must be 16 to 256 visible ASCII characters, no commas"
            )
        keys.append(ApiKey(key, granted))
    if len({k.key for k in keys}) != len(keys):
        raise ValueError("the same key is listed twice")
    return tuple(keys)


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
    "reported_checkworthiness_threshold": _parse_float_01,
    "max_body_bytes": _parse_positive_int,
    "page_limit_default": _parse_positive_int,
    "page_limit_max": _parse_positive_int,
    "torch_threads": _parse_positive_int,
    "judge_passes": _parse_positive_int,
    "log_level": _parse_choice("debug", "info", "warning", "error"),
    "api_keys": _parse_api_keys,
    "request_timeout": _parse_positive_float,
    "max_text_chars": _parse_positive_int,
    "sqlite_busy_timeout": _parse_positive_float,
}


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity, as a container limits it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # no affinity on this platform
        return max(1, os.cpu_count() or 1)


def default_database_url() -> str:
    """The embedded default: a SQLite file under ``./var/``."""
    return f"sqlite:///{Path('var') / 'counterclaim.sqlite3'}"


@dataclass(frozen=True)
class Config:
    """Everything the service can be told from outside; tests build it directly."""

    database_url: str = field(default_factory=default_database_url)
    # Which Embedder implementation to use; "model_path" empty means the packaged MiniLM.
    # "onnx" (float32 in onnxruntime) changed none of 16,473 judge decisions on the development
    # sets against torch (bench/eval_judge.py --embedders); "onnx-int8" changed 20.
    embedder: str = "onnx"
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
    # Cosine similarity from which a claim is a near copy of another. In the same words (case
    # and punctuation aside) they are one claim, never judged, and the other claims of the
    # copy's article are not judged against it (an article syndicated); in other words ("$4.2
    # billion" / "$5.2 billion", 0.98 alike) the near copy is judged, and only it of its article.
    duplicate_threshold: float = 0.95
    # Most stored claims judged per new claim: 10 found 3 of the six NATO conflicts, 20 all six.
    max_candidates: int = 20
    # Most claims one article or check may hold (beyond it: 422).
    max_claims: int = 500
    # Check-worthiness score a sentence needs to be a claim; None: the shipped model's threshold.
    checkworthiness_threshold: float | None = None
    # The score a statement needs when the article reports it in its own words, with its speaker
    # ("Lucy Somers said she learned of her brother's death from the FBI"); never above the bar
    # above. The model learned from debates and scores such news statements low: on the
    # development sentences of bench/eval_attribution.py, the highest bar that keeps nine in ten
    # of the checkable ones (a quotation keeps the model's bar: it is mostly opinion). With the
    # reader shipped on 2026-12-01: 0.35 kept 205 of 229, 0.30 kept 211.
    reported_checkworthiness_threshold: float = 0.30
    max_body_bytes: int = 1024 * 1024
    page_limit_default: int = 20
    page_limit_max: int = 100
    # Threads each worker gives model inference (torch or onnxruntime): 1, with a worker per core.
    torch_threads: int = 1
    # Forward passes of one request's pairs the ONNX judge runs at once, each on those threads;
    # by default one a core, so that a post alone uses every core (bench/throughput.py, 2 cores:
    # the NATO post's median 5.0 s one after another, 3.2 s two at once).
    judge_passes: int = field(default_factory=available_cores)
    log_level: str = "info"
    # API keys ("KEY:read+write,KEY2:read"); none: every endpoint is open (said at start-up).
    api_keys: tuple[ApiKey, ...] = ()
    # Seconds one request may spend on models before it gives up with a 503 (nothing stored).
    request_timeout: float = 60.0
    # Longest article text, in characters: a longer text is a 400; a page sent as html whose
    # extracted text is longer, a 422 (the page itself is only held to max_body_bytes).
    max_text_chars: int = 200_000
    # Seconds a SQLite writer waits for another's lock before the request gets a 503.
    sqlite_busy_timeout: float = 30.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Read every ``CLAIMS_<FIELD>`` variable; a bad value raises ConfigError naming it."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        keys_file = env.get(f"{PREFIX}API_KEYS_FILE")
        if keys_file:  # more keys, one KEY:SCOPES per line, in the same list as CLAIMS_API_KEYS
            try:
                text = Path(keys_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(
                    f"{PREFIX}API_KEYS_FILE: cannot read it ({exc.strerror})"
                ) from None
            env = {**env, f"{PREFIX}API_KEYS": env.get(f"{PREFIX}API_KEYS", "") + "\n" + text}
        for f in fields(cls):
            name = PREFIX + f.name.upper()
            raw = env.get(name)
            if raw is None or raw == "":
                continue
            try:
                values[f.name] = _PARSERS[f.name](raw)
            except ValueError as exc:
                also = " (with CLAIMS_API_KEYS_FILE)" if keys_file and f.name == "api_keys" else ""
                raise ConfigError(f"{name}{also}: {exc}") from None
        config = cls(**values)
        if config.page_limit_default > config.page_limit_max:
            raise ConfigError(f"{PREFIX}PAGE_LIMIT_DEFAULT must not exceed {PREFIX}PAGE_LIMIT_MAX")
        return config
