"""The embedded hub of `kiosk run`: own process, one token, restarted when it dies, adopted after a crash."""

import errno
import json
import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from conftest import publish_open_all_hours

from kiosk.root.embedded import start_hub
from kiosk.server.store import open_db


def wait_until(condition, timeout=20.0, what="condition"):
    """Poll a non-Qt condition with a deadline (these are separate processes, not Qt signals)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def answers(url):
    try:
        return httpx.get(f"{url}/api/health", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def visit(hub, key, timeout=5.0):
    body = {"lang": "en", "answers": {"need": "talk"}, "key": key}
    headers = {"Authorization": f"Bearer {hub.token}"}
    return httpx.post(f"{hub.url}/api/visits", json=body, headers=headers, timeout=timeout)


def token_count(db_path):
    db = open_db(db_path)
    try:
        return db.execute("SELECT count(*) FROM tokens WHERE role = 'kiosk'").fetchone()[0]
    finally:
        db.conn.close()


@pytest.fixture
def db_path(tmp_path):
    """The hub runs in its own process on the real clock: its routing has no hours, so visits queue."""
    path = tmp_path / "embedded.db"
    publish_open_all_hours(path)
    return path


def test_hub_runs_in_its_own_process_and_takes_the_kiosks_visits(db_path):
    hub = start_hub(db_path)
    try:
        assert hub.pid != os.getpid()
        response = visit(hub, "embedded")
        assert response.status_code == 201 and response.json()["ticket"]["number"] == "N001"
    finally:
        hub.stop()
    assert not answers(hub.url)


def test_kiosk_token_is_made_once_not_on_every_start(db_path):
    first = start_hub(db_path, watch=False)
    first.stop()
    second = start_hub(db_path, watch=False)
    second.stop()
    assert second.token == first.token
    assert token_count(db_path) == 1
    kept = db_path.with_name(db_path.name + ".kiosk-token")
    assert oct(kept.stat().st_mode & 0o777) == "0o600"


def test_a_dead_hub_is_restarted_on_the_same_address_with_its_tickets(db_path):
    hub = start_hub(db_path)
    try:
        assert visit(hub, "before").json()["ticket"]["number"] == "N001"
        os.kill(hub.pid, signal.SIGKILL)
        wait_until(lambda: hub.restarts == 1 and answers(hub.url), what="the hub to restart")
        again = visit(hub, "after")
        assert again.status_code == 201 and again.json()["ticket"]["number"] == "N002"
        assert visit(hub, "before").json()["ticket"]["number"] == "N001", "the replay survived the restart"
    finally:
        hub.stop()


def test_no_other_program_can_take_the_hubs_port_while_it_restarts(db_path):
    hub = start_hub(db_path, watch=False)
    try:
        port = hub.port
        os.kill(hub.pid, signal.SIGKILL)
        wait_until(lambda: not hub._running(), what="the hub process to be gone")
        # The kiosk's process still holds the address: a program that tries it now is refused ...
        with socket.socket() as other, pytest.raises(OSError) as taken:
            other.bind(("127.0.0.1", port))
        assert taken.value.errno == errno.EADDRINUSE
        # ... and a visit sent meanwhile waits in the socket's backlog, answered by the next hub.
        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(visit, hub, "during", 30.0)  # as long as a hub may take to start
            hub.launch(timeout=20.0)
            assert waiting.result(timeout=20).status_code == 201
        assert hub.port == port
    finally:
        hub.stop()


def test_a_hub_left_by_a_crashed_kiosk_is_adopted_not_doubled(db_path):
    # A kiosk process that starts its hub and then dies without stopping it.
    crashed = subprocess.run(
        [sys.executable, "-c", f"from kiosk.root.embedded import start_hub; import os; "
         f"h = start_hub({str(db_path)!r}); print(h.url, h.pid, flush=True); os._exit(1)"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    url, pid = crashed.stdout.split()
    assert answers(url), "the hub outlives the crashed kiosk, so staff screens keep working"
    hub = start_hub(db_path)
    try:
        assert (hub.url, hub.pid) == (url, int(pid))
        assert visit(hub, "adopted").status_code == 201
    finally:
        hub.stop()
    wait_until(lambda: not answers(url), what="the adopted hub to stop")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_kiosk_run_stops_with_its_hub_on_ctrl_c_or_sigterm(db_path, signum):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed", "--db", str(db_path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        state = db_path.with_name(db_path.name + ".hub.json")
        wait_until(state.exists, what="the embedded hub to start")
        url = json.loads(state.read_text())["url"]
        wait_until(lambda: answers(url), what="the embedded hub to answer")
        kiosk.send_signal(signum)
        assert kiosk.wait(timeout=20) == 0, kiosk.stdout.read()
        wait_until(lambda: not answers(url), what="the hub to stop with the kiosk")
    finally:
        kiosk.kill()


def test_a_token_file_left_readable_by_others_is_made_private_again(db_path):
    first = start_hub(db_path, watch=False)
    first.stop()
    kept = db_path.with_name(db_path.name + ".kiosk-token")
    kept.chmod(0o644)
    second = start_hub(db_path, watch=False)
    second.stop()
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
