"""Claim stores: the protocol and the implementations a database URL names."""

from __future__ import annotations

from pathlib import Path

from service.store.base import ClaimStore, StoreReader, StoreWriter

SQLITE_PREFIX = "sqlite:///"


def sqlite_file(database_url: str) -> Path:
    """The database file a ``sqlite:///path`` URL names."""
    return Path(database_url.removeprefix(SQLITE_PREFIX))


def open_store(
    database_url: str, *, embedder_name: str, dimension: int, busy_timeout: float = 30.0
) -> ClaimStore:
    """The store the database URL names; vectors are tied to the embedder that made them.
    ``busy_timeout``: seconds a SQLite writer waits for another's lock."""
    if database_url.startswith(SQLITE_PREFIX):
        from service.store.sqlite import SqliteStore

        return SqliteStore(
            sqlite_file(database_url),
            embedder_name=embedder_name,
            dimension=dimension,
            busy_timeout=busy_timeout,
        )
    if database_url.startswith(("postgresql://", "postgres://")):
        from service.store.postgres import PostgresStore

        return PostgresStore(database_url, embedder_name=embedder_name, dimension=dimension)
    raise ValueError(f"unsupported database URL {database_url!r}")


__all__ = ["ClaimStore", "StoreReader", "StoreWriter", "open_store", "sqlite_file"]
