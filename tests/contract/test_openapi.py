"""openapi.yaml and the code, held together."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from flask import Flask
from marshmallow import Schema, ValidationError
from openapi_schema_validator import OAS30WriteValidator, oas30_format_checker
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
    ClaimQuerySchema,
    ContradictionPageSchema,
    ContradictionQuerySchema,
    DisputePageSchema,
    DisputeQuerySchema,
    ListQuerySchema,
    ReviewedPairPageSchema,
    ReviewQuerySchema,
)
from schemas.problem import ProblemSchema
from service.api.auth import PUBLIC, required_scope
from service.api.common import CURSOR
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
                name = media.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
                if "example" in media:
                    found.append((f"{method} {path} {where}", name, media["example"]))
                for key, example in media.get("examples", {}).items():
                    found.append((f"{method} {path} {where} {key}", name, example["value"]))
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
            bodies = op["requestBody"]["content"].values()
            assert all("example" in m or "examples" in m for m in bodies), (method, path)


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


# -- what a request may hold: the document and the service agree ---------------------------------

# The marshmallow schema that loads each request body, and each list's query.
REQUESTS: dict[str, type[Schema]] = {
    "ArticleCreate": ArticleCreateSchema,
    "CheckCreate": CheckCreateSchema,
    "ComparisonCreate": ComparisonCreateSchema,
    "ReviewCreate": ReviewCreateSchema,
}
QUERIES: dict[str, type[Schema]] = {
    "/articles": ListQuerySchema,
    "/claims": ClaimQuerySchema,
    "/contradictions": ContradictionQuerySchema,
    "/disputes": DisputeQuerySchema,
    "/reviews": ReviewQuerySchema,
}


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    """A schema or parameter with its $ref followed."""
    while "$ref" in node:
        found: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


def alternatives(name: str) -> list[dict[str, Any]]:
    """The object schemas a request body may match: its oneOf alternatives, or itself."""
    schema = resolved({"$ref": f"#/components/schemas/{name}"})
    return [resolved(branch) for branch in schema.get("oneOf", [schema])]


def request_fields() -> list[tuple[str, dict[str, Any], Any]]:
    """(where, the document's schema, the marshmallow field) for every request body property
    and list query parameter."""
    found = []
    for name, marshmallow in REQUESTS.items():
        fields = marshmallow().fields
        for branch in alternatives(name):
            for prop, schema in branch["properties"].items():
                found.append((f"{name}.{prop}", resolved(schema), fields[prop]))
    for path, marshmallow in QUERIES.items():
        fields = marshmallow().fields
        for parameter in SPEC["paths"][path]["get"]["parameters"]:
            parameter = resolved(parameter)
            if parameter["name"] == "cursor":  # read by the view (below), not by the schema
                continue
            found.append(
                (f"GET {path}?{parameter['name']}", parameter["schema"], fields[parameter["name"]])
            )
    return found


def test_each_alternative_names_one_input_and_together_they_are_the_schemas_fields() -> None:
    for name, marshmallow in REQUESTS.items():
        branches = alternatives(name)
        assert all(b["additionalProperties"] is False for b in branches), name
        named = set().union(*(b["properties"] for b in branches))
        assert named == set(marshmallow().fields), name
        if len(branches) > 1:  # exactly one input each, which no other alternative allows
            inputs = [set(b["required"]) for b in branches]
            assert all(len(i) == 1 for i in inputs), name
            for b, own in zip(branches, inputs, strict=True):
                others = set().union(*(i for i in inputs if i is not own))
                assert not others & set(b["properties"]), name


@pytest.mark.parametrize(("where", "schema", "field"), request_fields(), ids=lambda v: str(v)[:40])
def test_a_fields_pattern_is_the_one_the_document_states(
    where: str, schema: dict[str, Any], field: Any
) -> None:
    # A Text field accepts exactly what its pattern matches; any other field takes no pattern.
    assert schema.get("pattern") == getattr(field, "pattern", None), where


def test_the_cursor_pattern_is_the_one_the_service_reads() -> None:
    assert SPEC["components"]["parameters"]["cursor"]["schema"]["pattern"] == CURSOR


def valid_by_the_document(name: str, body: dict[str, Any]) -> bool:
    validator = OAS30WriteValidator(
        {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]},
        format_checker=oas30_format_checker,
    )
    return validator.is_valid(body)


def valid_by_the_service(name: str, body: dict[str, Any]) -> bool:
    try:
        REQUESTS[name]().load(body)
    except ValidationError:
        return False
    return True


LATER = "Russia has withdrawn most of its troops, NATO said."


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # Exactly one of the alternative inputs.
        ("ArticleCreate", {"text": "0", "html": "0"}),
        ("ArticleCreate", {"source": "Reuters"}),
        ("CheckCreate", {"text": LATER, "html": f"<p>{LATER}</p>"}),
        ("CheckCreate", {"html": f"<p>{LATER}</p>", "published_at": "2014-06-03"}),
        # Not blank: white space of every kind is blank.
        ("ArticleCreate", {"text": " \t\n\u3000\u00a0"}),
        ("ArticleCreate", {"html": "\u2028 "}),
        ("ComparisonCreate", {"claim_a": "\u2003", "claim_b": LATER}),
        ("ComparisonCreate", {"claim_a": "\u2003x", "claim_b": LATER}),
        # No NUL characters, in any text.
        ("ArticleCreate", {"text": "Troops\x00 left."}),
        ("ArticleCreate", {"html": "<p>Troops left.</p>\x00"}),
        ("ArticleCreate", {"text": LATER, "title": "\x00"}),
        ("ComparisonCreate", {"claim_a": LATER, "claim_b": "x\x00"}),
        # Markup is sent as html; text may hold a "<" further on.
        ("ArticleCreate", {"text": "<p>NATO said 40,000 troops remained.</p>"}),
        ("CheckCreate", {"text": "\n  <div>NATO said</div>"}),
        ("ArticleCreate", {"text": "NATO said <b>40,000</b> troops remained."}),
        # A web address, as RFC 3986 writes http and https URIs.
        ("ArticleCreate", {"text": LATER, "url": "urn:isbn:0451450523"}),
        ("ArticleCreate", {"text": LATER, "url": "http://localhost:8000/a?b=c%20d#e"}),
        ("ArticleCreate", {"text": LATER, "url": "https://example.com/é"}),
        # Real days and times, as RFC 3339 writes them.
        ("ArticleCreate", {"text": LATER, "published_at": "2014-13-45"}),
        ("ArticleCreate", {"text": LATER, "published_at": "2014-02-29"}),
        ("ArticleCreate", {"text": LATER, "published_at": "2016-02-29"}),
        ("ArticleCreate", {"text": LATER, "published_at": "0001-01-01"}),
        ("ArticleCreate", {"text": LATER, "published_at": "20140401"}),
        ("ArticleCreate", {"text": LATER, "published_at": "2014-06-03T09:30:00Z"}),
        ("ArticleCreate", {"text": LATER, "published_at": "2014-06-03t09:30:00.123456789z"}),
        ("CheckCreate", {"text": LATER, "published_at": "2014-06-03T09:30:00-23:59"}),
        ("CheckCreate", {"text": LATER, "published_at": "2014-06-03T24:00:00Z"}),
        ("CheckCreate", {"text": LATER, "published_at": "2014-06-03T09:30"}),
        ("CheckCreate", {"text": LATER, "published_at": "2014-06-03 09:30:00Z"}),
        ("CheckCreate", {"text": LATER, "published_at": None}),
        # Claims given as a list: 1 to 100 sentences, none blank, none over 2,000 characters.
        ("CheckCreate", {"claims": [LATER, "Tesla Recalls 2 Million Cars"]}),
        ("CheckCreate", {"claims": []}),
        ("CheckCreate", {"claims": [LATER] * 101}),
        ("CheckCreate", {"claims": ["\u3000"]}),
        ("CheckCreate", {"claims": ["x" * 2001]}),
        ("CheckCreate", {"claims": [LATER], "text": LATER}),
        ("CheckCreate", {"claims": LATER}),
        # A review: a verdict, and a note that is not blank.
        ("ReviewCreate", {"verdict": "dismissed"}),
        ("ReviewCreate", {"verdict": "confirmed", "note": "Checked with the ministry."}),
        ("ReviewCreate", {"verdict": "dismissed", "note": " \n"}),
        ("ReviewCreate", {"verdict": "dismissed", "note": None}),
        ("ReviewCreate", {"verdict": "wrong"}),
        ("ReviewCreate", {"note": "No verdict."}),
    ],
    ids=lambda v: str(v)[:50],
)
def test_the_document_and_the_service_agree_on_what_a_request_may_hold(
    name: str, body: dict[str, Any]
) -> None:
    assert valid_by_the_document(name, body) == valid_by_the_service(name, body), body


def test_links_lead_to_every_operation_that_takes_an_id_with_parameters_it_has() -> None:
    by_id = {op["operationId"]: (path, op) for path, _, op in operations()}
    reached = set()
    for _, _, op in operations():
        for response in op["responses"].values():
            for link in resolved(response).get("links", {}).values():
                link = resolved(link)
                path, target = by_id[link["operationId"]]
                takes = {
                    resolved(p)["name"]
                    for p in SPEC["paths"][path].get("parameters", [])
                    + target.get("parameters", [])
                }
                assert set(link["parameters"]) <= takes, link
                assert all(v.startswith("$response.body#/") for v in link["parameters"].values())
                reached.add(link["operationId"])
    taking_ids = {op["operationId"] for path, _, op in operations() if "{" in path}
    assert taking_ids <= reached
