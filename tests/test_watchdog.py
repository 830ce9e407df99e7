"""The kiosk window's systemd watchdog: READY=1 and WATCHDOG=1 on a real datagram socket, sent from the
GUI thread, so a blocked event loop sends none (and systemd restarts the kiosk)."""

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

import pytest

from kiosk.root import watchdog


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
        assert watchdog.notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(100) == b"WATCHDOG=1"


def test_without_systemd_there_is_no_watchdog_and_no_error(kiosk_window, notify_socket):
    assert watchdog.start(kiosk_window, {}) is None
    assert not watchdog.notify("READY=1", {})
    gone = {"NOTIFY_SOCKET": str(notify_socket.path.with_name("gone"))}
    assert not watchdog.notify("READY=1", gone), "a socket that is not there is not an error"
    assert watchdog.interval_ms({}) == watchdog.DEFAULT_INTERVAL_MS
    assert watchdog.interval_ms({"WATCHDOG_USEC": "30000000"}) == 15000


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
