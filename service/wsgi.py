"""The WSGI entry point: gunicorn "service.wsgi:app" (each worker builds its own app)."""

from __future__ import annotations

from service import create_app

app = create_app()
