"""A database that cannot answer (locked too long, unopenable, down, its connection cut) raises
StoreUnavailableError from either store, and the store carries on once it answers again; a wrong
query is still a bug, not an outage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import psycopg
import pytest

from service.domain.errors import StoreUnavailableError
from service.domain.models import ArticleInput, ExtractedClaim
from service.store.postgres import PostgresStore
from service.store.sql import SqlStore
from service.store.sqlite import SqliteStore
from tests.helpers import free_port, fresh_database


def add(store: SqlStore, text: str) -> int:
    """One article with one claim, written as ingestion writes it."""
    with store.writer() as tx:
        article_id = tx.add_article(ArticleInput(text=text), text_hash=text, idempotency_key=None)
        claim = ExtractedClaim(text, text, 0, len(text), None, checkworthiness=0.9)
        tx.add_claims(article_id, [claim], np.ones((1, 3), dtype=np.float32) / np.sqrt(3))
    return article_id


def claim_texts(store: SqlStore) -> list[str]:
    return [c.text for c in store.list_claims(after=None, limit=50)]


def test_a_sqlite_writer_locked_out_too_long_gives_up_and_the_next_one_writes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "claims.sqlite3"
    store = SqliteStore(path, embedder_name="test", dimension=3, busy_timeout=0.2)
    add(store, "Before.")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreUnavailableError, match="try again") as raised:
        add(store, "During.")
    assert "database is locked" in raised.value.reason
    assert claim_texts(store) == ["Before."]  # reads go on in WAL mode
    other.execute("ROLLBACK")
    add(store, "After.")
    assert claim_texts(store) == ["Before.", "After."]
    assert [a.claim_count for a in store.list_articles(after=None, limit=10)] == [1, 1]
    other.close()
    store.close()


def test_a_sqlite_file_that_cannot_be_opened_is_unavailable_until_it_can(tmp_path: Path) -> None:
    path = tmp_path / "claims.sqlite3"
    path.mkdir()  # a directory where the file should be: "unable to open database file"
    store = SqliteStore(path, embedder_name="test", dimension=3)  # starts all the same
    with pytest.raises(StoreUnavailableError):
        store.ping()
    with pytest.raises(StoreUnavailableError):
        store.get_article(1)
    path.rmdir()
    add(store, "Stored once the file could be made.")  # migrated on the first connection
    assert claim_texts(store) == ["Stored once the file could be made."]
    store.close()


def test_sqlite_bugs_are_not_outages(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "claims.sqlite3", embedder_name="test", dimension=3)
    add(store, "Once.")
    with pytest.raises(sqlite3.IntegrityError):
        add(store, "Once.")  # the same text hash
    with pytest.raises(sqlite3.OperationalError, match="no such table"), store.writer() as tx:
        tx.run("SELECT * FROM no_such_table")
    assert claim_texts(store) == ["Once."]
    store.close()


def test_a_postgresql_server_that_cannot_be_reached_fails_fast_and_is_unavailable() -> None:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"  # nothing listens
    store = PostgresStore(url, embedder_name="test", dimension=3)  # starts all the same
    with pytest.raises(StoreUnavailableError, match="try again") as raised:
        store.list_claims(after=None, limit=10)
    assert "Connection refused" in raised.value.reason
    with pytest.raises(StoreUnavailableError):
        add(store, "Never stored.")
    store.close()


def terminate_other_backends(url: str) -> None:
    """Cut every other connection to the database at ``url``, as a server restart would."""
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def test_a_cut_postgresql_connection_is_replaced_on_the_next_call(postgres: str) -> None:
    url = fresh_database(postgres)
    store = PostgresStore(url, embedder_name="test", dimension=3)
    add(store, "Before.")
    terminate_other_backends(url)
    assert claim_texts(store) == ["Before."]  # the broken connection was dropped, read again
    store.ping()
    # A write whose connection is cut inside its transaction is lost whole, then writes go on.
    with pytest.raises(StoreUnavailableError), store.writer() as tx:
        tx.add_article(ArticleInput(text="Cut."), text_hash="cut", idempotency_key=None)
        terminate_other_backends(url)
        tx.get_article(1)
    add(store, "After.")
    assert claim_texts(store) == ["Before.", "After."]
    assert [a.text for a in store.list_articles(after=None, limit=10)] == ["Before.", "After."]
    store.close()


def test_postgresql_bugs_are_not_outages(postgres: str) -> None:
    store = PostgresStore(fresh_database(postgres), embedder_name="test", dimension=3)
    add(store, "Once.")
    with pytest.raises(psycopg.errors.UniqueViolation):
        add(store, "Once.")
    with pytest.raises(psycopg.errors.UndefinedTable), store.writer() as tx:
        tx.run("SELECT * FROM no_such_table")
    assert claim_texts(store) == ["Once."]
    store.close()
