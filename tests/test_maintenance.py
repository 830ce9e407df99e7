"""The hub's upkeep for months unattended (kiosk/server/maintenance.py): events and replay keys pruned,
a screen behind the kept events gets a snapshot, the WAL emptied; and the read connections do not pile up."""

from __future__ import annotations

import json
import os
import threading
import uuid
from datetime import timedelta

import httpx
import pytest

from kiosk.core import clock
from kiosk.server import maintenance, store
from kiosk.server.hub.state import Hub

JOB = {"need": "work", "age": "under30", "work_young": "job"}


def append_events(db, count: int) -> None:
    with store.transaction(db):
        for i in range(count):
            store.append_event(db, "notice", clock.now(), {"n": i})


def count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_tidy_keeps_the_last_events_and_the_newest_seq(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    append_events(db, maintenance.EVENTS_KEPT + 250)
    last = store.last_seq(db)
    tidied = maintenance.tidy(db, clock.now())
    assert tidied.events == 250
    assert count(db, "events") == maintenance.EVENTS_KEPT
    assert store.last_seq(db) == last
    assert store.first_kept_seq(db) == last - maintenance.EVENTS_KEPT + 1
    assert maintenance.tidy(db, clock.now()).events == 0  # nothing more to prune


def test_tidy_forgets_replay_keys_older_than_a_day_and_keeps_the_recent(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    now = clock.now()
    with store.transaction(db):
        for key, age in (("old", timedelta(hours=30)), ("day-old", timedelta(hours=24, minutes=1)),
                         ("recent", timedelta(hours=2))):  # fmt: skip
            db.execute(
                "INSERT INTO visits (key, status_code, body, created_at) VALUES (?, 201, '{}', ?)",
                [key, clock.iso(now - age)],
            )
    assert maintenance.tidy(db, now).replay_keys == 2
    assert [row[0] for row in db.execute("SELECT key FROM visits")] == ["recent"]


def test_checkpoint_empties_the_wal(tmp_path):
    path = tmp_path / "hub.db"
    db = store.open_db(path)
    append_events(db, 2_000)
    wal = path.with_name("hub.db-wal")
    wal_size = wal.stat().st_size
    assert wal_size > 0
    tidied = maintenance.tidy(db, clock.now())
    assert tidied.checkpointed and tidied.wal_bytes >= wal_size
    assert wal.stat().st_size == 0
    assert count(db, "events") == 2_000  # below the limit: all kept, now in the database file


@pytest.mark.hub
def test_a_screen_behind_the_kept_events_gets_a_snapshot_after_tidy(hub):
    owner = hub.app.state.hub
    owner.events_kept, owner.prune_slack = 3, 1_000_000  # only the upkeep prunes here
    with httpx.Client(base_url=hub.url, headers=hub.auth("kiosk"), timeout=10) as kiosk:
        for _ in range(6):
            reply = kiosk.post("/api/visits", json={"lang": "fi", "answers": JOB, "key": str(uuid.uuid4())})
            assert reply.status_code == 201, reply.text
    with hub.feed(1) as ws:  # before the upkeep: the missed events themselves
        assert json.loads(ws.recv(timeout=5))["type"] != "reset"
    assert owner.tidy().events > 0
    queue = httpx.get(hub.url + "/api/queue", headers=hub.auth("staff"), timeout=10).json()
    with hub.feed(1) as ws:
        reset = json.loads(ws.recv(timeout=5))
    assert reset == {"seq": queue["seq"], "type": "reset", "snapshot": queue}
    with hub.feed(queue["seq"] - 3) as ws:  # a screen within the kept events still gets them
        kept = [json.loads(ws.recv(timeout=5))["seq"] for _ in range(3)]
    assert kept == [queue["seq"] - 2, queue["seq"] - 1, queue["seq"]]


@pytest.mark.hub
def test_the_hub_tidies_at_start_and_then_on_its_timer(qtbot, make_hub, tmp_path, monkeypatch):
    monkeypatch.setattr(maintenance, "EVERY", 0.3)
    db = store.open_db(tmp_path / "busy.db")
    append_events(db, maintenance.EVENTS_KEPT + 500)
    db.conn.close()
    hub = make_hub(db_path=tmp_path / "busy.db")
    other = store.open_db(hub.db_path)  # another process's connection, e.g. `kiosk routing import`
    try:
        qtbot.waitUntil(lambda: count(other, "events") == maintenance.EVENTS_KEPT, timeout=10_000)
        append_events(other, 200)
        assert count(other, "events") == maintenance.EVENTS_KEPT + 200
        qtbot.waitUntil(lambda: count(other, "events") == maintenance.EVENTS_KEPT, timeout=10_000)
    finally:
        other.conn.close()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_read_connections_do_not_pile_up_as_threads_come_and_go(tmp_path):
    """The server's worker threads end when idle and new ones start: each look must not leave an open
    connection behind (it did when connections were kept per thread: two descriptors per thread)."""
    hub = Hub(store.open_db(tmp_path / "hub.db"), clock.now)
    try:
        hub.look(store.last_seq)  # the pool's first connection
        before = open_fds()
        for _ in range(40):
            worker = threading.Thread(target=hub.look, args=(store.last_seq,))
            worker.start()
            worker.join()
        assert open_fds() - before <= 2
    finally:
        hub.close()
