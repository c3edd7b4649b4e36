"""counterclaim: claims out of news articles, and the contradictions between them.

``create_app`` (service/app.py) is imported on first use, so that the command-line client
(service/cli/) starts without loading Flask, numpy or the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from service.app import EXTENSION, create_app

__all__ = ["EXTENSION", "create_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from service import app

        return getattr(app, name)
    raise AttributeError(f"module 'service' has no attribute {name!r}")
