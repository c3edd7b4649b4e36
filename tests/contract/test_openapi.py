"""openapi.yaml and the code, held together."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from flask import Flask
from marshmallow import Schema
from openapi_spec_validator import validate
from werkzeug.routing import Rule

from schemas.article import (
    ArticleCreatedSchema,
    ArticleCreateSchema,
    ArticleDetailSchema,
    ArticleSchema,
)
from schemas.check import CheckCreateSchema, CheckSchema, ComparisonCreateSchema, ComparisonSchema
from schemas.claim import ClaimDetailSchema, ClaimSearchHitSchema
from schemas.contradiction import ContradictionSchema, ReviewCreateSchema
from schemas.dispute import DisputeSchema
from schemas.pagination import (
    ArticlePageSchema,
    ClaimPageSchema,
    ContradictionPageSchema,
    DisputePageSchema,
    ReviewedPairPageSchema,
)
from schemas.problem import ProblemSchema
from service.api.auth import PUBLIC, required_scope
from tests.helpers import ROOT

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
METHODS = {"get", "post", "put", "patch", "delete"}

# Which marshmallow schema each named OpenAPI schema is.
SCHEMAS: dict[str, type[Schema]] = {
    "ArticleCreate": ArticleCreateSchema,
    "Article": ArticleSchema,
    "ArticleDetail": ArticleDetailSchema,
    "ArticleCreated": ArticleCreatedSchema,
    "Dispute": DisputeSchema,
    "DisputePage": DisputePageSchema,
    "ReviewCreate": ReviewCreateSchema,
    "ReviewedPairPage": ReviewedPairPageSchema,
    "ArticlePage": ArticlePageSchema,
    "Claim": ClaimSearchHitSchema,
    "ClaimDetail": ClaimDetailSchema,
    "ClaimPage": ClaimPageSchema,
    "Contradiction": ContradictionSchema,
    "ContradictionPage": ContradictionPageSchema,
    "CheckCreate": CheckCreateSchema,
    "Check": CheckSchema,
    "ComparisonCreate": ComparisonCreateSchema,
    "Comparison": ComparisonSchema,
    "Problem": ProblemSchema,
}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def api_rules(app: Flask) -> list[Rule]:
    """The app's routes but GET /docs and its assets: a page for people, not in openapi.yaml."""
    return [rule for rule in app.url_map.iter_rules() if not rule.endpoint.startswith("docs.")]


def test_the_document_is_valid_openapi() -> None:
    validate(SPEC)


def test_its_paths_and_methods_are_exactly_the_apps_routes(app: Flask) -> None:
    routes = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())
        for rule in api_rules(app)
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    assert routes == {(path, method) for path, method, _ in operations()}


def test_every_operation_has_a_unique_operation_id() -> None:
    ids = [op.get("operationId") for _, _, op in operations()]
    assert all(ids) and len(ids) == len(set(ids))


def examples() -> list[tuple[str, str, Any]]:
    """(where, schema name, example) for every body example in the document."""
    found = []
    for path, method, op in operations():
        bodies = [("request", op.get("requestBody", {}))]
        bodies += [(status, r) for status, r in op["responses"].items() if "$ref" not in r]
        for where, body in bodies:
            for media in body.get("content", {}).values():
                ref = media.get("schema", {}).get("$ref", "")
                if "example" in media:
                    found.append(
                        (f"{method} {path} {where}", ref.rsplit("/", 1)[-1], media["example"])
                    )
    for name, response in SPEC["components"]["responses"].items():
        for media in response["content"].values():
            found.append((f"response {name}", "Problem", media["example"]))
    return found


def test_every_operation_shows_an_example_of_its_success() -> None:
    for path, method, op in operations():
        success = [r for status, r in op["responses"].items() if status.startswith("2")]
        with_content = [r for r in success if r.get("content")]
        for response in with_content[:1]:
            assert any("example" in m for m in response["content"].values()), (method, path)
        if "requestBody" in op:
            assert all("example" in m for m in op["requestBody"]["content"].values()), (
                method,
                path,
            )


# Bodies the views build by hand (health) or that are not JSON (the document itself).
NOT_MARSHMALLOW = {"Health", "Readiness", ""}


def test_every_example_has_a_schema_to_check_it_against() -> None:
    assert {name for _, name, _ in examples()} - set(SCHEMAS) <= NOT_MARSHMALLOW


@pytest.mark.parametrize(
    ("where", "name", "example"),
    [e for e in examples() if e[1] in SCHEMAS],
    ids=lambda v: str(v)[:40],
)
def test_every_example_loads_through_its_marshmallow_schema(
    where: str, name: str, example: Any
) -> None:
    SCHEMAS[name]().load(example)  # raises on unknown or mistyped fields


def test_each_operation_states_the_scope_its_view_requires(app: Flask) -> None:
    for rule in api_rules(app):
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            op = SPEC["paths"][path][method.lower()]
            scope = required_scope(app, rule.endpoint)
            if scope == PUBLIC:
                assert op.get("security") == [], (method, path)
            else:
                assert op.get("x-required-scope") == scope, (method, path)
                assert {"401", "403", "503"} <= set(op["responses"]), (method, path)
