"""GET /docs: openapi.yaml rendered by Swagger UI, its assets served from the installed package.

Swagger UI's files come from the ``flask-swagger-ui`` wheel (its ``dist/`` folder; the package's
version is Swagger UI's), so the page works with no internet access. The page's
Content-Security-Policy lets it load and fetch only from this service: nothing it does can reach
another host. Like /openapi.yaml, the page and its assets are public; when keys are configured the
operations themselves still need one, which Swagger UI's "Authorize" button asks for (the spec's
securitySchemes; an instance without keys serves a document without them: service.api.contract).
"""

from __future__ import annotations

import base64
import hashlib
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from flask import Blueprint, Response, send_from_directory, url_for
from markupsafe import escape

from service.api.auth import public
from service.errors import ApiError

bp = Blueprint("docs", __name__)

SWAGGER_UI_VERSION = version("flask-swagger-ui")
ASSETS_DIR = Path(str(files("flask_swagger_ui") / "dist"))
# The files the page uses, and their types (not guessed: the platform's mime.types may differ).
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
    "favicon-16x16.png": "image/png",
}
# Browsers keep an asset a day; the page names each with Swagger UI's version (?v=), so an
# upgrade is fetched at once rather than served from a stale cache.
ASSET_MAX_AGE = 24 * 3600

# No validator badge: Swagger UI would send the spec's URL to validator.swagger.io.
INIT_SCRIPT = """
const root = document.getElementById("swagger-ui");
window.ui = SwaggerUIBundle({
  url: root.dataset.specUrl,
  domNode: root,
  presets: [SwaggerUIBundle.presets.apis],
  deepLinking: true,
  validatorUrl: null,
});
"""
_INIT_HASH = base64.b64encode(hashlib.sha256(INIT_SCRIPT.encode()).digest()).decode()
# Only this service, but for Swagger UI's icons (data: images) and the style attributes it writes
# (aligned markdown table cells); the one inline script is allowed by its hash.
CSP = (
    "default-src 'none'; "
    f"script-src 'self' 'sha256-{_INIT_HASH}'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "connect-src 'self'; "
    "base-uri 'none'; "
    "frame-ancestors 'none'"
)

PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>counterclaim API</title>
  <link rel="stylesheet" href="{css}">
  <link rel="icon" type="image/png" sizes="32x32" href="{icon32}">
  <link rel="icon" type="image/png" sizes="16x16" href="{icon16}">
</head>
<body>
  <div id="swagger-ui" data-spec-url="{spec}"></div>
  <script src="{js}"></script>
  <script>{init}</script>
</body>
</html>
"""


def _asset_url(name: str) -> str:
    return url_for("docs.asset", name=name, v=SWAGGER_UI_VERSION)


@bp.get("/docs")
@public
def page() -> Response:
    """The API's documentation: Swagger UI reading /openapi.yaml from this service."""
    html = PAGE.format(
        css=escape(_asset_url("swagger-ui.css")),
        icon32=escape(_asset_url("favicon-32x32.png")),
        icon16=escape(_asset_url("favicon-16x16.png")),
        js=escape(_asset_url("swagger-ui-bundle.js")),
        spec=escape(url_for("health.openapi")),
        init=INIT_SCRIPT,
    )
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = CSP
    response.cache_control.no_cache = True  # small, and names the assets' current version
    return response


@bp.get("/docs/<name>")
@public
def asset(name: str) -> Response:
    """One of Swagger UI's files, from the installed package."""
    if name not in ASSETS:
        raise ApiError(404, f"No documentation asset is called {name!r}.")
    response = send_from_directory(
        ASSETS_DIR, name, mimetype=ASSETS[name], max_age=ASSET_MAX_AGE, conditional=True
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
