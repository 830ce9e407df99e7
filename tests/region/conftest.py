"""The region's fixtures: one PostgreSQL cluster for the session, a fresh database for each test."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from kiosk.region import db

from .postgres import Cluster, bindir


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    found = bindir()
    if found is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): scripts/setup installs Debian's postgresql")
    cluster = Cluster(found)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def region_dsn(postgres: Cluster) -> str:
    """A fresh database with the region's schema; its DSN."""
    dsn = postgres.new_database()
    with db.connect(dsn) as conn:
        db.migrate(conn)
    return dsn


@pytest.fixture
def region_db(region_dsn: str) -> Iterator[psycopg.Connection]:
    with db.connect(region_dsn) as conn:
        yield conn
