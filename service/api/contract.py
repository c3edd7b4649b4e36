"""The OpenAPI document as this instance serves it: openapi.yaml, stating this deployment's mode.

openapi.yaml documents the service run with API keys. An instance run without keys answers every
operation without one, so the document it serves states no security (no schemes, no 401 or 403
answers, no scopes) and says why; and an instance with another text limit states its own. A
client generated from, or a fuzzer run against, the served document then expects what this
instance does.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"

OPEN_MODE = (
    "\n\nThis instance runs without API keys (`CLAIMS_API_KEYS` is not set): every operation is "
    "open to anyone who can reach it, so this document states no security.\n"
)
# What only a keyed instance answers or reads.
_KEYED_RESPONSES = ("401", "403")
_KEYED_FIELDS = ("security", "x-required-scope")
_METHODS = ("get", "put", "post", "delete", "patch")


@lru_cache(maxsize=8)
def served_document(*, keyed: bool, max_text_chars: int) -> str:
    """openapi.yaml as an instance with (or without) keys and this text limit serves it: the
    file itself when that is what it documents."""
    text = OPENAPI_PATH.read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.safe_load(text)
    plain_text = spec["components"]["schemas"]["PlainText"]
    if keyed and plain_text["maxLength"] == max_text_chars:
        return text
    plain_text["maxLength"] = max_text_chars
    if not keyed:
        _drop_security(spec)
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)


def _drop_security(spec: dict[str, Any]) -> None:
    """Leave out everything about keys, and say so in the description."""
    spec["info"]["description"] = spec["info"]["description"].rstrip("\n") + OPEN_MODE
    spec.pop("security", None)
    components = spec["components"]
    components.pop("securitySchemes", None)
    for name in ("Unauthorized", "Forbidden"):
        components["responses"].pop(name, None)
    for item in spec["paths"].values():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            for field in _KEYED_FIELDS:
                operation.pop(field, None)
            for status in _KEYED_RESPONSES:
                operation["responses"].pop(status, None)
