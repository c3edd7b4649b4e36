"""HTTP only: one blueprint per resource."""

from __future__ import annotations

from flask import Flask

from service.api import (
    articles,
    checks,
    claims,
    contradictions,
    disputes,
    docs,
    health,
    metrics,
    reviews,
)


def register_blueprints(app: Flask) -> None:
    """Mount every blueprint."""
    for module in (
        articles,
        claims,
        contradictions,
        disputes,
        reviews,
        checks,
        health,
        metrics,
        docs,
    ):
        app.register_blueprint(module.bp)
