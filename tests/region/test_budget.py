"""What a stranger, a stuck lock or a database not up yet can cost the region server (docs/region.md,
"What a request can cost"): on a real server over a real PostgreSQL."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from kiosk.region import app as region_app
from kiosk.region import db, tokens
from kiosk.region.pool import Budget, Known

from .conftest import RegionServer
from .postgres import Cluster, bindir

DAY = "2026-02-03"
FIGURES = {"counts": {"visitors": 12}, "waits": {"job": [4.5]}}


def push(server: RegionServer, token: str, timeout: float = 20.0) -> httpx.Response:
    return httpx.put(
        f"{server.url}/api/centre/figures/{DAY}", json=FIGURES, headers=server.auth(token), timeout=timeout
    )


def sessions_opened(dsn: str) -> int:
    """How many sessions PostgreSQL has let into this database so far (pg_stat_database.sessions)."""
    with db.connect(dsn) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        return conn.execute(
            "SELECT sessions FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()[0]


def test_strangers_take_no_connection_and_the_hubs_keep_their_answers(region, qtbot):
    """60 clients without a token (and some with a made-up one, and the health) hammer the server while a
    hub pushes: the hub's every push answers 200, and the database sees no more sessions than the pool."""
    token = region.add_centre("Kokoomo", "Haapavesi")
    assert push(region, token).status_code == 200
    time.sleep(1.5)  # the sessions counted so far reach pg_stat_database
    before = sessions_opened(region.dsn)
    stop = threading.Event()
    strangers: list[int] = []

    def stranger(n: int) -> None:
        with httpx.Client(base_url=region.url, timeout=30) as client:
            while not stop.is_set():
                if n % 6 == 0:
                    answer = client.get("/api/health")
                elif n % 6 == 1:
                    answer = client.put(f"/api/centre/figures/{DAY}", json=FIGURES, headers=region.auth("x"))
                else:
                    answer = client.put(f"/api/centre/figures/{DAY}", json=FIGURES)
                strangers.append(answer.status_code)

    crowd = [threading.Thread(target=stranger, args=(n,), daemon=True) for n in range(60)]
    for thread in crowd:
        thread.start()
    hub: list[tuple[int, float]] = []
    try:
        qtbot.waitUntil(lambda: len(strangers) > 60, timeout=10_000)  # the crowd is at it
        for _ in range(40):
            started = time.monotonic()
            hub.append((push(region, token).status_code, time.monotonic() - started))
    finally:
        stop.set()
        for thread in crowd:
            thread.join(30)
    assert [status for status, _ in hub] == [200] * 40
    assert max(seconds for _, seconds in hub) < 10  # answered, not hung (about 0.2 s each here)
    assert len(strangers) > 200 and set(strangers) <= {200, 401}
    time.sleep(1.5)
    # The pool's connections (at most 8), the lookups' (2) and the health's one; before the pool, one a
    # request.
    assert sessions_opened(region.dsn) - before <= Budget().pool_size + Budget().lookup_size + 1


def test_made_up_tokens_queue_apart_from_a_known_hubs_calls(region_dsn, qtbot):
    """40 clients sending made-up tokens as fast as they can: their lookups wait on a small pool of their
    own, and the hub, its token found once, never queues behind them (before: 22 of its 40 pushes 503)."""
    server = RegionServer(region_dsn, budget=Budget(pool_size=4, max_waiting=8, pool_wait=1.0))
    server.start()
    try:
        token = server.add_centre("Kokoomo", "Haapavesi")
        assert push(server, token).status_code == 200  # its token found, and kept as known
        stop = threading.Event()
        strangers: list[int] = []

        def stranger(n: int) -> None:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                while not stop.is_set():
                    made_up = {"Authorization": f"Bearer made-up-{n}"}
                    strangers.append(
                        client.put(f"/api/centre/figures/{DAY}", json=FIGURES, headers=made_up).status_code
                    )

        crowd = [threading.Thread(target=stranger, args=(n,), daemon=True) for n in range(40)]
        for thread in crowd:
            thread.start()
        try:
            qtbot.waitUntil(lambda: len(strangers) > 100, timeout=10_000)
            hub = [push(server, token).status_code for _ in range(40)]
        finally:
            stop.set()
            for thread in crowd:
                thread.join(30)
        assert hub == [200] * 40
        assert set(strangers) <= {401, 503} and 401 in strangers
    finally:
        server.stop()


def test_a_known_token_is_asked_again_after_a_while():
    """A revoked or removed centre's token is refused within `Budget.known_seconds`."""
    now = [100.0]
    known = Known(60.0, clock=lambda: now[0])
    holder = tokens.Holder("centre", 7)
    known.put("t0ken", holder)
    assert known.get("t0ken") == holder and known.get("other") is None
    now[0] += 59.9
    assert known.get("t0ken") == holder
    now[0] += 0.1
    assert known.get("t0ken") is None


def _waiting_on_a_lock(dsn: str) -> int:
    with db.connect(dsn) as conn:
        return conn.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).fetchone()[0]


def _lock_centre(dsn: str, name: str) -> psycopg.Connection:
    """Another connection that holds the centre's row and its days' (a transaction left open, as a
    stuck admin's `psql` would) until it is closed."""
    holder = psycopg.connect(dsn)
    holder.execute("SELECT id FROM centres WHERE name = %s FOR UPDATE", [name])
    holder.execute(
        "SELECT 1 FROM figure_days WHERE centre_id = (SELECT id FROM centres WHERE name = %s) FOR UPDATE",
        [name],
    )
    return holder


def test_a_stuck_lock_is_a_503_within_the_lock_timeout_and_the_rest_still_answers(region, qtbot):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    ohjaamo = region.add_centre("Ohjaamo", "Oulainen")
    assert push(region, kokoomo).status_code == 200
    holder = _lock_centre(region.dsn, "Kokoomo")
    try:
        answers: list[tuple[httpx.Response, float]] = []

        def stuck() -> None:
            started = time.monotonic()
            answer = httpx.put(
                f"{region.url}/api/centre/figures/{DAY}",
                json={"counts": {"visitors": 13}, "waits": {}},
                headers=region.auth(kokoomo),
                timeout=20,
            )
            answers.append((answer, time.monotonic() - started))

        thread = threading.Thread(target=stuck)
        thread.start()
        qtbot.waitUntil(lambda: _waiting_on_a_lock(region.dsn) > 0, timeout=5000)
        # While Kokoomo's push waits for the lock, the other centre, the reads and the health answer.
        assert push(region, ohjaamo, timeout=2).status_code == 200
        rounds = httpx.get(f"{region.url}/api/centre/rounds", headers=region.auth(kokoomo), timeout=2)
        assert rounds.status_code == 200
        assert httpx.get(f"{region.url}/api/health", timeout=2).json()["status"] == "ok"
        thread.join(25)
        (answer, seconds), *_ = answers
        assert (answer.status_code, answer.json()["error"]) == (503, "busy")
        assert "lock" in answer.json()["message"] and answer.headers["retry-after"] == "5"
        assert Budget().lock_timeout - 0.2 < seconds < Budget().lock_timeout + 2
    finally:
        holder.close()
    # The refused push changed nothing; once the lock is gone the same push is taken.
    again = httpx.put(
        f"{region.url}/api/centre/figures/{DAY}",
        json={"counts": {"visitors": 13}, "waits": {}},
        headers=region.auth(kokoomo),
    )
    assert again.json() == {"day": DAY, "pushes": 2, "changed": True}


def test_a_full_pool_is_a_quick_503_and_the_health_and_refusals_need_none(region_dsn, qtbot):
    budget = Budget(pool_size=2, pool_wait=0.5, lock_timeout=3)
    server = RegionServer(region_dsn, budget=budget)
    server.start()
    kokoomo = server.add_centre("Kokoomo", "Haapavesi")
    ohjaamo = server.add_centre("Ohjaamo", "Oulainen")
    assert push(server, kokoomo).status_code == 200
    holder = _lock_centre(region_dsn, "Kokoomo")
    try:
        # Two pushes wait for the lock, each on one of the pool's two connections.
        stuck = [threading.Thread(target=push, args=(server, kokoomo)) for _ in range(2)]
        for thread in stuck:
            thread.start()
        qtbot.waitUntil(lambda: _waiting_on_a_lock(region_dsn) == 2, timeout=5000)
        started = time.monotonic()
        full = push(server, ohjaamo)
        seconds = time.monotonic() - started
        assert (full.status_code, full.json()["error"]) == (503, "busy"), full.text
        assert "no database connection was free" in full.json()["message"]
        assert 0.4 < seconds < 2.0
        assert httpx.get(f"{server.url}/api/health", timeout=2).json()["status"] == "ok"
        none = httpx.put(f"{server.url}/api/centre/figures/{DAY}", json=FIGURES, timeout=2)
        assert (none.status_code, none.json()["error"]) == (401, "no_token")
        for thread in stuck:
            thread.join(20)
    finally:
        holder.close()
        server.stop()


@contextlib.contextmanager
def own_cluster() -> Iterator[tuple[Cluster, str]]:
    """A throwaway cluster of this test's own (to stop and start under a server) and a ready database."""
    found = bindir()
    if found is None:
        pytest.skip("no PostgreSQL binaries")
    with Cluster(found) as cluster:
        dsn = cluster.new_database()
        with db.connect(dsn) as conn:
            db.migrate(conn)
        yield cluster, dsn


def test_the_health_answers_503_while_the_database_is_away_and_ok_when_it_is_back(qtbot):
    """On a cluster of its own, stopped and started again under a running server: the health's own
    connection is made again once the database is back (the health asks at most once a second)."""
    with own_cluster() as (cluster, dsn):
        server = RegionServer(dsn)
        server.start()
        try:
            assert httpx.get(f"{server.url}/api/health").json()["status"] == "ok"
            cluster.halt()
            health = lambda: httpx.get(f"{server.url}/api/health", timeout=10)  # noqa: E731
            # Soon (the health repeats its last answer for up to a second) it says the database is away.
            qtbot.waitUntil(lambda: health().status_code == 503, timeout=5000)
            assert health().json()["error"] == "database"
            token_push = httpx.put(
                f"{server.url}/api/centre/figures/{DAY}", json=FIGURES, headers=server.auth(server.admin)
            )
            assert token_push.status_code == 503
            cluster.resume()
            qtbot.waitUntil(lambda: health().status_code == 200, timeout=10_000)
            assert health().json()["status"] == "ok"
        finally:
            server.stop()


def test_serve_waits_for_a_database_not_up_yet_and_says_so_each_time(qtbot):
    """At boot PostgreSQL may come up after the region server: the server waits, a line each try."""
    from conftest import free_port

    with own_cluster() as (cluster, dsn):
        cluster.halt()
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "region", "serve", "--dsn", dsn, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(server.stderr), daemon=True)
        reader.start()
        try:

            def waited_twice() -> None:
                assert server.poll() is None, "".join(lines)  # still there, waiting
                assert sum("not reachable yet" in line for line in lines) >= 2

            qtbot.waitUntil(waited_twice, timeout=30_000)
            assert "trying again in 1 s" in lines[0] and "trying again in 2 s" in lines[1]
            cluster.resume()

            def serving() -> None:
                assert server.poll() is None, "".join(lines)
                try:
                    answer = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1)
                except httpx.TransportError as error:
                    raise AssertionError(f"not answering yet: {error}") from None
                assert answer.status_code == 200, answer.text

            qtbot.waitUntil(serving, timeout=30_000)
        finally:
            server.terminate()
            server.wait(10)


def test_serve_does_not_wait_for_what_waiting_cannot_mend(postgres):
    """A database that does not exist is a clear exit 1 at once, not a wait for ever."""
    started = time.monotonic()
    refused = subprocess.run(
        [sys.executable, "-m", "kiosk", "region", "serve", "--dsn", postgres.dsn("no_such_db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 1 and "does not exist" in refused.stderr
    assert "not reachable yet" not in refused.stderr
    assert time.monotonic() - started < 20


def test_the_waits_double_up_to_30_seconds():
    said, slept = [], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) == 7:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        region_app.wait_for_database("host=/nonexistent dbname=region", said.append, sleep=sleep)
    assert slept == [1, 2, 4, 8, 16, 30, 30]
    assert len(said) == 7 and all("not reachable yet" in line for line in said)


def test_serve_gives_uvicorn_a_concurrency_limit(region_dsn, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    region_app.serve(region_dsn)
    assert seen["limit_concurrency"] == region_app.CONCURRENCY == 200
