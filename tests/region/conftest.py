"""The region's fixtures: one PostgreSQL cluster for the session, a fresh database for each test."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from staff.conftest import make_console, settings_for  # noqa: F401 (the console's fixtures, for its week)

from kiosk.region import centres, db, tokens

from .postgres import Cluster, bindir


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    found = bindir()
    if found is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): scripts/setup installs Debian's postgresql")
    with Cluster(found) as cluster:
        yield cluster


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


class RegionServer:
    """A real region server (uvicorn in a thread) on a loopback port over `dsn`; `.stop()` and `.start()`
    take it down and bring it back on the same port (an outage). `.admin` is its admin token."""

    def __init__(self, dsn: str, extend=None, budget=None):
        """`extend(app)`, if given, adds to the region's application before it serves (a test's route);
        `budget` (kiosk/region/pool.py's `Budget`) its limits, if not the defaults."""
        from conftest import free_port

        self.dsn = dsn
        self.extend = extend
        self.budget = budget
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with db.connect(dsn) as conn, conn.transaction():
            self.admin = tokens.add_token(conn, "admin")
        self._server = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> None:
        import uvicorn

        from kiosk.region.app import create_app

        app = create_app(self.dsn, self.budget)
        if self.extend is not None:
            self.extend(app)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        server = self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=server.run, name=f"region-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the region server on port {self.port} did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = self._thread = None

    def add_centre(self, name: str, town: str) -> str:
        with db.connect(self.dsn) as conn:
            return centres.add_centre(conn, name, town)[1]

    def auth(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def cli(self, *argv: str) -> int:
        """`kiosk region ARGV --dsn` this server's database (the region admin's commands); the exit code."""
        from kiosk.root.cli import main

        return main(["region", *argv, "--dsn", self.dsn])

    def add_round(self, specialist: str, centre: str, weekday: int, start: str, end: str) -> int:
        """`kiosk region round add` (times as HH:MM); the exit code."""
        where = ("--centre", centre, "--weekday", str(weekday), "--from", start, "--to", end)
        return self.cli("round", "add", specialist, *where)

    def join(self, token: str, hub_db: Path) -> int:
        """`kiosk region join` of the hub database `hub_db` to this server with a centre's token; the exit
        code."""
        from kiosk.root.cli import main

        return main(["region", "join", self.url, "--token", token, "--db", str(hub_db)])


@pytest.fixture
def region(region_dsn: str) -> Iterator[RegionServer]:
    """A started region server on a fresh database."""
    server = RegionServer(region_dsn)
    server.start()
    yield server
    server.stop()
