"""A running hub whose storage fails answers 503 with a plain reason, says `"writes": "failing"` in its
health, changes nothing, and heals by itself once the storage is fixed: a real hub process over a real
SQLite file, made unwritable with `chattr +i` or put on a tiny loop-mounted disk that fills up
(tests/faults.py says why not chmod: the tests run as root)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta

import httpx
import pytest
from conftest import HubProcess, publish_open_all_hours

from kiosk.core.clock import HELSINKI
from kiosk.server import store, tokens
from kiosk.server.hub import device_watch

pytestmark = pytest.mark.hub

TALK = {"need": "talk"}


@pytest.fixture
def running(qtbot):
    """Start a `kiosk hub` process over a database (open at all hours); (url, kiosk token); killed after."""
    started: list[HubProcess] = []

    def start(db_path):
        publish_open_all_hours(db_path)
        db = store.open_db(db_path)
        token = tokens.add_token(db, "kiosk")
        db.conn.close()
        hub = HubProcess(db_path)
        started.append(hub)
        hub.start(qtbot)
        return hub.url, token

    yield start
    for hub in started:
        hub.kill()


def visit(url, token, key=None):
    body = {"lang": "fi", "answers": TALK, "key": key or str(uuid.uuid4())}
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.post(f"{url}/api/visits", json=body, headers=headers, timeout=15)


def writes(url) -> str:
    health = httpx.get(f"{url}/api/health", timeout=5)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    return health.json()["writes"]


def queue_seq(url, token) -> tuple[int, int]:
    queue = httpx.get(f"{url}/api/queue", headers={"Authorization": f"Bearer {token}"}, timeout=5).json()
    return queue["seq"], len(queue["tickets"])


def test_a_read_only_database_is_a_503_then_heals_without_a_restart(tmp_path, qtbot, running, immutable):
    db = tmp_path / "kiosk.db"
    url, token = running(db)
    assert visit(url, token).status_code == 201 and writes(url) == "ok"
    before = queue_seq(url, token)

    # Not the -shm: SQLite maps it into memory, and the kernel answers a write to an immutable mapped
    # file with SIGBUS, which would kill the hub (a chmod, as people do it, never does that).
    immutable.lock(db, db.with_name("kiosk.db-wal"))
    key = str(uuid.uuid4())
    refused = visit(url, token, key)
    assert refused.status_code == 503
    body = refused.json()
    assert body["error"] == "storage"
    assert body["message"] == (
        f"the hub cannot write its database: {db} is read-only (chmod u+w it); nothing was changed, and the"
        " hub tries again by itself"
    )
    assert writes(url) == "failing"
    assert queue_seq(url, token) == before, "nothing changed"
    # While it stays read-only the hub keeps retrying (reopening its database), and keeps failing.
    qtbot.wait(2500)
    assert writes(url) == "failing"

    immutable.release()
    # Nobody writes: the hub's own retry finds the storage writable again.
    qtbot.waitUntil(lambda: writes(url) == "ok", timeout=10000)
    again = visit(url, token, key)
    assert again.status_code == 201
    assert queue_seq(url, token)[1] == before[1] + 1


def test_a_full_disk_is_a_503_that_changes_nothing_and_heals_when_space_is_freed(disk, qtbot, running):
    db = disk.folder / "kiosk.db"
    url, token = running(db)
    assert visit(url, token).status_code == 201
    disk.fill()
    before = queue_seq(url, token)
    refused = None
    for _ in range(50):  # the -wal may still have room for a few visits
        answer = visit(url, token)
        if answer.status_code == 503:
            refused = answer.json()
            break
        assert answer.status_code == 201
        before = queue_seq(url, token)
    assert refused is not None, "the disk never refused a visit"
    assert refused["error"] == "storage"
    assert refused["message"] == (
        f"the disk holding {disk.folder} is full: free some space; nothing was changed, and the hub tries"
        " again by itself"
    )
    assert writes(url) == "failing"
    assert queue_seq(url, token) == before, "nothing changed"

    disk.free()
    qtbot.waitUntil(lambda: writes(url) == "ok", timeout=10000)
    assert visit(url, token).status_code == 201
    assert queue_seq(url, token)[1] == before[1] + 1


def test_a_connection_opened_read_only_stays_so_until_the_hub_reopens_it(hub, immutable):
    """Why the hub reopens its database while writes fail (kiosk/server/hub/state.py `check_writes`)."""
    owner = hub.app.state.hub
    immutable.lock(hub.db_path)
    owner.writes_ok = False  # as after a failed write: the next check reopens, now read-only
    assert owner.check_writes() is False
    immutable.release()
    with owner.lock, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.prove_writable(owner.db)  # the file is writable, this connection is not
    assert owner.check_writes() is True
    assert httpx.get(f"{hub.url}/api/health").json()["writes"] == "ok"


def test_a_full_disk_is_noticed_when_nobody_writes(disk, make_hub):
    hub = make_hub(db_path=disk.folder / "kiosk.db")
    owner = hub.app.state.hub
    assert owner.check_writes() is True
    disk.fill()
    for _ in range(200):  # the periodic check, run until the -wal has no more room
        if not owner.check_writes():
            break
    assert httpx.get(f"{hub.url}/api/health").json()["writes"] == "failing"
    disk.free()
    assert owner.check_writes() is True


def test_a_kiosk_out_of_touch_on_a_full_disk_is_told_of_once_space_is_freed(disk, make_hub):
    """The watch's notice could not be written: the kiosk is not marked told, and the next look tells."""
    now = [datetime(2026, 3, 3, 10, 0, tzinfo=HELSINKI)]  # a Tuesday: Kokoomo is open
    hub = make_hub(db_path=disk.folder / "kiosk.db", clock=lambda: now[0])
    owner = hub.app.state.hub
    health = httpx.get(f"{hub.url}/api/health", headers={"Authorization": f"Bearer {hub.token}"})
    assert health.json()["role"] == "kiosk"
    now[0] += timedelta(minutes=2)
    disk.fill()
    for _ in range(200):  # until the -wal has no more room
        if not owner.check_writes():
            break
    with pytest.raises(sqlite3.Error):
        device_watch.watch(owner)
    disk.free()
    assert owner.check_writes() is True
    assert device_watch.watch(owner) == 1
    assert device_watch.watch(owner) == 0
