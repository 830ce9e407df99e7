"""Group commit: changes that wait for the hub's lock together share one transaction and one COMMIT,
each in its own savepoint, so one refused change fails alone; a lost shared transaction makes each
change run again alone. The hub broadcasts the events as built, equal to what it stored."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from conftest import OPEN_MORNING, running_clock

from kiosk.server import store
from kiosk.server.hub.state import Hub
from kiosk.server.store import transaction


@pytest.fixture
def hub(tmp_path):
    made = Hub(store.open_db(tmp_path / "hub.db"), running_clock(OPEN_MORNING))
    made.seed_routing()
    commits: list[str] = []
    made.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip() == "COMMIT" else None)
    made.commits = commits
    yield made
    made.close()


def put(key: str, fail: bool = False):
    def change(db):
        with transaction(db):
            db.execute("INSERT INTO settings (key, value) VALUES (?, 'x')", [key])
            if fail:
                raise ValueError(f"{key} is refused")
        return key

    return change


def run_together(hub: Hub, changes: list) -> list:
    """Run the first change while the others queue behind it, then let them all go; each one's
    result or exception, in order."""
    release = threading.Event()
    outcomes: list = [None] * (len(changes) + 1)

    def first(db):
        release.wait(10)
        return put("first")(db)

    def run(i: int, change) -> None:
        try:
            outcomes[i] = hub.write(change)
        except Exception as error:
            outcomes[i] = error

    threads = [threading.Thread(target=run, args=(0, first))]
    threads[0].start()
    deadline = time.monotonic() + 10
    while not hub.lock.locked():
        assert time.monotonic() < deadline
        time.sleep(0.001)
    for i, change in enumerate(changes, start=1):
        threads.append(threading.Thread(target=run, args=(i, change)))
        threads[-1].start()
    while len(hub.group_commit._pending) < len(changes):
        assert time.monotonic() < deadline, "the changes did not queue"
        time.sleep(0.001)
    hub.commits.clear()
    release.set()
    for thread in threads:
        thread.join(10)
    return outcomes


def keys(hub: Hub) -> set[str]:
    return {row[0] for row in hub.db.execute("SELECT key FROM settings")}


def test_changes_waiting_together_share_one_commit_and_a_refused_one_fails_alone(hub):
    outcomes = run_together(hub, [put("a"), put("b", fail=True), put("c"), put("d")])
    assert outcomes[0] == "first" and outcomes[1] == "a" and outcomes[3:] == ["c", "d"]
    assert isinstance(outcomes[2], ValueError)
    assert keys(hub) >= {"first", "a", "c", "d"} and "b" not in keys(hub)
    assert len(hub.commits) == 2  # the first alone, then the four waiting behind it at once


def test_a_lost_shared_transaction_runs_each_change_again_alone(hub):
    def breaks_the_transaction(db):
        db.conn.execute("ROLLBACK")  # as SQLite does on a full disk
        return "broke"

    outcomes = run_together(hub, [put("a"), breaks_the_transaction, put("c")])
    assert outcomes[1] == "a" and outcomes[3] == "c"
    assert {"first", "a", "c"} <= keys(hub)


def test_the_broadcast_events_are_the_stored_ones(hub):
    loop = asyncio.new_event_loop()
    hub.broadcaster.loop = loop
    heard = hub.broadcaster.subscribe()
    try:
        for answers in ({"need": "talk"}, {"need": "work", "age": "under30", "work_young": "job"}):
            hub.apply(_visit, answers)
        loop.run_until_complete(asyncio.sleep(0))
        sent = []
        while not heard.empty():
            sent.append(heard.get_nowait())
    finally:
        loop.close()
    stored = store.events_since(hub.db, 0)
    assert [e["type"] for e in sent] == ["routing.published", "ticket.created", "ticket.created"]
    assert sent == stored


def _visit(db, routing, answers, now):
    from kiosk.server.queue import create_visit

    return create_visit(db, routing, None, lang="fi", answers=answers, key=str(answers), now=now)


def test_a_change_that_fails_halfway_outside_a_transaction_is_undone_alone(hub):
    def halfway(db):
        db.execute("INSERT INTO settings (key, value) VALUES ('half', 'x')")
        raise ValueError("refused after one row")

    outcomes = run_together(hub, [put("a"), halfway, put("c")])
    assert outcomes[1] == "a" and isinstance(outcomes[2], ValueError) and outcomes[3] == "c"
    assert {"first", "a", "c"} <= keys(hub) and "half" not in keys(hub)
