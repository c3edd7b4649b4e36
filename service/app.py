"""The application factory: the app with its models, store, errors, keys and metrics."""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, request

from service import errors, logs
from service.api import auth, register_blueprints
from service.api import metrics as request_metrics
from service.api.common import StrictJSONProvider
from service.api.converters import IdConverter
from service.config import Config
from service.embeddings import from_config as embedder_from_config
from service.embeddings.base import Embedder
from service.metrics import TimedEmbedder, TimedJudge
from service.pipeline.claim_service import ClaimService, ServiceSettings
from service.pipeline.judge import ContradictionJudge, from_name
from service.store import from_config as store_from_config
from service.store.base import ClaimStore

EXTENSION = "counterclaim"
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


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
    judge = judge or from_name(
        config.judge,
        config.judge_model_path or None,
        backend=config.judge_backend,
        threads=config.torch_threads,
    )
    app.extensions[EXTENSION] = ClaimService(
        TimedEmbedder(embedder),
        store or store_from_config(config, embedder),
        TimedJudge(judge),
        ServiceSettings(
            similarity_threshold=config.similarity_threshold,
            duplicate_threshold=config.duplicate_threshold,
            max_candidates=config.max_candidates,
            max_claims=config.max_claims,
            checkworthiness_threshold=config.checkworthiness_threshold,
            request_timeout=config.request_timeout,
        ),
    )
    app.extensions[f"{EXTENSION}.config"] = config

    @app.before_request
    def assign_request_id() -> None:
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex

    @app.after_request
    def echo_request_id(response: Response) -> Response:
        response.headers["X-Request-ID"] = getattr(g, "request_id", "")
        return response

    request_metrics.install(app)
    errors.register(app)
    register_blueprints(app)
    auth.install(app, config.api_keys)
    return app
