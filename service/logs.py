"""Logging: stdlib dictConfig, one logger per module, the request id on every line."""

from __future__ import annotations

import logging
import logging.config

from flask import g, has_request_context


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to each record ("-" outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the record; only annotate it."""
        record.request_id = getattr(g, "request_id", "-") if has_request_context() else "-"
        return True


def configure(level: str) -> None:
    """Log to stderr at ``level``; article text is only ever logged at DEBUG."""
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"request_id": {"()": RequestIdFilter}},
            "formatters": {
                "plain": {
                    "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
                }
            },
            "handlers": {
                "stderr": {
                    "class": "logging.StreamHandler",
                    "formatter": "plain",
                    "filters": ["request_id"],
                }
            },
            "loggers": {"service": {"level": level.upper(), "handlers": ["stderr"]}},
        }
    )
