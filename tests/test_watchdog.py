"""systemd's watchdog for the kiosk window and the hub: READY=1 and WATCHDOG=1 on a real datagram socket,
sent from the GUI thread or the hub's event loop, so a blocked loop sends none (and systemd restarts it)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import free_port

from kiosk.root import systemd, watchdog


class NotifySocket:
    """What systemd listens on: an AF_UNIX datagram socket; `received` is every message in order."""

    def __init__(self, folder: Path):
        self.path = folder / "notify"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.path))
        self.sock.setblocking(False)
        self.received: list[str] = []

    def drain(self) -> list[str]:
        """Read what has arrived (a datagram is in the buffer as soon as `sendto` returns)."""
        fresh = []
        while True:
            try:
                fresh.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                break
        self.received += fresh
        return fresh

    def pings(self) -> int:
        self.drain()
        return self.received.count("WATCHDOG=1")


@pytest.fixture
def notify_socket() -> Iterator[NotifySocket]:
    # A short folder: an AF_UNIX path has at most 107 bytes, and pytest's tmp_path can be longer.
    with tempfile.TemporaryDirectory(prefix="kiosk-notify-") as folder:
        listener = NotifySocket(Path(folder))
        yield listener
        listener.sock.close()


@pytest.fixture
def kiosk_window(qtbot, hub):
    """The real kiosk window on a real hub, shown offscreen."""
    from screens.visitor.app import build

    client, _flow, window = build(hub.url, hub.token)
    qtbot.addWidget(window)
    window.show()
    yield window
    client.stop()


def test_the_kiosk_window_says_ready_then_pings_and_stops_while_its_event_loop_is_blocked(
    qtbot, kiosk_window, notify_socket
):
    env = {"NOTIFY_SOCKET": str(notify_socket.path), "WATCHDOG_USEC": "200000"}  # 0.2 s: a ping every 0.1 s
    dog = watchdog.start(kiosk_window, env)
    assert dog is not None and dog.timer.interval() == 100
    qtbot.waitUntil(lambda: notify_socket.pings() >= 3, timeout=5000)
    assert notify_socket.received[0].splitlines()[0] == "READY=1"
    assert notify_socket.received.count("READY=1\nSTATUS=The kiosk window is up") == 1

    notify_socket.drain()
    time.sleep(1.0)  # the GUI thread hangs for 10 intervals: what a frozen window does
    assert notify_socket.drain() == [], "a ping went out while the event loop was blocked"

    before = notify_socket.pings()
    qtbot.waitUntil(lambda: notify_socket.pings() >= before + 2, timeout=5000)  # and resumes after
    assert notify_socket.received.count("READY=1\nSTATUS=The kiosk window is up") == 1, "READY only once"


def test_an_abstract_socket_name_is_reached_too(qtbot, kiosk_window):
    name = f"kiosk-notify-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        assert systemd.notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(100) == b"WATCHDOG=1"


def test_without_systemd_there_is_no_watchdog_and_no_error(kiosk_window, notify_socket):
    assert watchdog.start(kiosk_window, {}) is None
    assert not systemd.notify("READY=1", {})
    gone = {"NOTIFY_SOCKET": str(notify_socket.path.with_name("gone"))}
    assert not systemd.notify("READY=1", gone), "a socket that is not there is not an error"
    assert systemd.interval_ms({}) == systemd.DEFAULT_INTERVAL_MS
    assert systemd.interval_ms({"WATCHDOG_USEC": "30000000"}) == 15000
    assert systemd.notified({"NOTIFY_SOCKET": "/run/x"}) and not systemd.notified({})
    assert not systemd.watched({"NOTIFY_SOCKET": "/run/x"}) and not systemd.watched({"WATCHDOG_USEC": "1"})
    assert systemd.watched({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "30000000"})


def test_kiosk_run_under_systemd_sends_ready_and_pings(qtbot, hub, notify_socket):
    """The `kiosk run` command itself, as the kiosk unit starts it (its own process, offscreen)."""
    env = dict(os.environ, NOTIFY_SOCKET=str(notify_socket.path), WATCHDOG_USEC="400000")
    command = [sys.executable, "-m", "kiosk", "run", "--hub", hub.url, "--token", hub.token, "--windowed"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: notify_socket.pings() >= 2 or process.poll() is not None, timeout=30000)
        assert process.poll() is None, process.stderr.read().decode()
        assert notify_socket.received[0].startswith("READY=1")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(20)


def test_kiosk_hub_under_systemd_is_ready_once_it_answers_pings_and_says_it_stops(
    qtbot, tmp_path, notify_socket
):
    """`kiosk hub` as the hub's unit starts it (Type=notify, WatchdogSec=): READY=1 only once it answers,
    so the kiosk's service, ordered after it, never starts against a hub not yet listening."""
    port = free_port()
    env = dict(os.environ, NOTIFY_SOCKET=str(notify_socket.path), WATCHDOG_USEC="400000")
    command = [sys.executable, "-m", "kiosk", "hub", "--db", str(tmp_path / "hub.db"), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        said = lambda: bool(notify_socket.drain() or notify_socket.received)  # noqa: E731
        qtbot.waitUntil(lambda: said() or process.poll() is not None, timeout=30000)
        assert notify_socket.received[0] == "READY=1\nSTATUS=The hub answers", notify_socket.received
        answer = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5)  # at once: no waiting
        assert answer.status_code == 200
        qtbot.waitUntil(lambda: notify_socket.pings() >= 2 or process.poll() is not None, timeout=10000)
        assert notify_socket.pings() >= 2
        process.send_signal(signal.SIGTERM)  # as systemd stops it (uvicorn ends by the same signal)
        process.wait(timeout=15)
        notify_socket.drain()
        assert notify_socket.received[-1] == "STOPPING=1"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_an_embedded_hub_does_not_speak_for_the_kiosk_window(tmp_path, notify_socket, monkeypatch):
    """Run by the kiosk's service (NotifyAccess=all), the hub `kiosk run` starts itself must send nothing:
    its pings would keep a hung window's service alive."""
    from kiosk.root.embedded import EmbeddedHub

    monkeypatch.setenv("NOTIFY_SOCKET", str(notify_socket.path))
    monkeypatch.setenv("WATCHDOG_USEC", "400000")
    hub = EmbeddedHub(tmp_path / "hub.db", "127.0.0.1", 0, "")
    hub.launch(timeout=30)
    try:
        # A hub told of the socket says READY=1 and pings once as it starts listening, before it answers
        # anything; this one has answered (launch waits for that) and said nothing.
        assert httpx.get(f"{hub.url}/api/health", timeout=5).status_code == 200
        assert notify_socket.drain() == []
    finally:
        hub.stop()


CAGE = """
import os, signal, subprocess, sys
# cage's stand-in: starts the kiosk, and ends on SIGHUP (as cage 0.1.4 does) without waiting for it.
signal.signal(signal.SIGHUP, lambda *_: os._exit(7))
subprocess.Popen([sys.executable, sys.argv[1], sys.argv[2]])
signal.pause()
"""
KIOSK = """
import os, signal, sys, time
from pathlib import Path
from kiosk.root.systemd import notify
# The kiosk's stand-in: READY=1, then pings; SIGHUP does not end it (a window hung in Qt would not end).
signal.signal(signal.SIGHUP, signal.SIG_IGN)
Path(sys.argv[1]).write_text(str(os.getpid()))
notify("READY=1")
while True:
    notify("WATCHDOG=1")
    time.sleep(0.1)
"""


def test_the_kiosk_units_main_process_relays_what_cages_child_says_and_ends_all_with_it(qtbot, notify_socket):
    """kokoomo-kiosk.service's main process, kiosk.root.notify_relay: PAMName=login moves cage and the kiosk
    into the login's session scope, where systemd ignores their notifications even with NotifyAccess=all
    (seen on Debian 12: "session-19.scope: Got notification message "READY=1, ...", ignoring"); the main
    process is heard. Every stop signal (here the watchdog's SIGABRT) reaches cage as SIGHUP, and a kiosk
    left behind by cage's end (out of reach of systemd's kill, in the session scope) is killed."""
    folder = notify_socket.path.parent  # short: the relay's own socket goes in XDG_RUNTIME_DIR
    (folder / "compositor.py").write_text(CAGE)
    (folder / "window.py").write_text(KIOSK)
    kiosk_pid = folder / "kiosk.pid"
    env = dict(os.environ, NOTIFY_SOCKET=str(notify_socket.path), XDG_RUNTIME_DIR=str(folder))
    command = [
        sys.executable,
        "-m",
        "kiosk.root.notify_relay",
        "--",
        sys.executable,
        str(folder / "compositor.py"),
    ]
    relay = subprocess.Popen([*command, str(folder / "window.py"), str(kiosk_pid)], env=env)
    try:
        qtbot.waitUntil(lambda: notify_socket.pings() >= 2, timeout=20_000)
        assert notify_socket.received[:1] == ["READY=1"]
        pid = int(kiosk_pid.read_text())
        os.kill(pid, signal.SIGSTOP)  # the window hangs: the relay sends nothing of its own
        notify_socket.drain()
        qtbot.wait(500)  # five of the kiosk's ping intervals, on a clock nothing else waits for
        assert notify_socket.drain() == [], "the relay pinged for a hung kiosk"
        relay.send_signal(signal.SIGABRT)  # systemd's watchdog
        assert relay.wait(timeout=10) == 7, "the relay exits as cage did"
        qtbot.waitUntil(lambda: not Path(f"/proc/{pid}").exists() or _zombie(pid), timeout=5000)
        assert not list(folder.glob("kokoomo-notify-*")), "its socket folder is removed"
    finally:
        if relay.poll() is None:
            relay.kill()
            relay.wait()


def _zombie(pid: int) -> bool:
    """A process that ended but whose parent (here cage, ended too: then init) has not reaped it yet."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
