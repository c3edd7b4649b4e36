"""The application factory: the app with its models, store, errors, keys and metrics."""

from __future__ import annotations

from flask import Flask

from service import errors, logs
from service.api import auth, observability, register_blueprints
from service.api.common import StrictJSONProvider
from service.api.converters import IdConverter
from service.claim_service import (
    ClaimService,
    ServiceSettings,
    embedder_from_config,
    judge_from_config,
    store_from_config,
)
from service.config import Config
from service.inference.embedders import Embedder
from service.judging.judge import ContradictionJudge
from service.metrics import TimedEmbedder, TimedJudge
from service.store import ClaimStore

EXTENSION = "counterclaim"


def create_app(
    config: Config | None = None,
    *,
    embedder: Embedder | None = None,
    store: ClaimStore | None = None,
    judge: ContradictionJudge | None = None,
) -> Flask:
    """Build the WSGI app; parts not given are built from ``config`` (by default the env)."""
    config = config or Config.from_env()
    logs.configure(config.log_level)
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    app.json = StrictJSONProvider(app)
    app.json.sort_keys = False
    app.url_map.converters["id"] = IdConverter
    app.url_map.strict_slashes = False

    embedder = embedder or embedder_from_config(config)
    app.extensions[EXTENSION] = ClaimService(
        TimedEmbedder(embedder),
        store or store_from_config(config, embedder),
        TimedJudge(judge or judge_from_config(config, embedder)),
        ServiceSettings.from_config(config),
    )
    app.extensions[f"{EXTENSION}.config"] = config

    observability.install(app)
    errors.register(app)
    register_blueprints(app)
    auth.install(app, config.api_keys)
    return app
