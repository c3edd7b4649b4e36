"""Claim stores: the protocol and the implementations chosen by ``CLAIMS_DATABASE_URL``."""

from __future__ import annotations

from service.config import Config
from service.embeddings.base import Embedder
from service.store.base import ClaimStore, StoreReader, StoreWriter


def from_config(config: Config, embedder: Embedder) -> ClaimStore:
    """The store the database URL names; vectors are tied to the embedder that made them."""
    if config.database_url.startswith("sqlite:///"):
        from service.store.sqlite import SqliteStore

        return SqliteStore(
            config.sqlite_path,
            embedder_name=embedder.name,
            dimension=embedder.dimension,
            busy_timeout=config.sqlite_busy_timeout,
        )
    if config.database_url.startswith(("postgresql://", "postgres://")):
        from service.store.postgres import PostgresStore

        return PostgresStore(
            config.database_url, embedder_name=embedder.name, dimension=embedder.dimension
        )
    raise ValueError(f"unsupported database URL {config.database_url!r}")


__all__ = ["ClaimStore", "StoreReader", "StoreWriter", "from_config"]
