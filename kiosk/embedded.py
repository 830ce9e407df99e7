"""The embedded hub: `kiosk run` starts the hub as its own process, so a crashed window loses no ticket."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from kiosk.store import StoreError, open_db
from kiosk.tokens import add_token


class EmbeddedHubError(RuntimeError):
    """The embedded hub could not be started; the message says why in one line."""


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class EmbeddedHub:
    """A hub process on loopback, with a kiosk token for the screens in this process."""

    def __init__(self, process: subprocess.Popen, url: str, token: str, log: Path):
        self.process = process
        self.url = url
        self.token = token
        self.log = log

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        self.log.unlink(missing_ok=True)


def start_hub(
    db_path: str | Path, host: str = "127.0.0.1", port: int = 0, *, timeout: float = 20.0
) -> EmbeddedHub:
    """Start `kiosk hub` on `port` (0: a free one) and wait until it answers /api/health."""
    db_path = Path(db_path)
    try:
        db = open_db(db_path)
    except StoreError as error:
        raise EmbeddedHubError(str(error)) from None
    try:
        token = add_token(db, "kiosk")
    finally:
        db.conn.close()
    port = port or _free_port(host)
    url = f"http://{host}:{port}"
    log = Path(tempfile.mkstemp(prefix="kiosk-hub-", suffix=".log")[1])
    command = [
        sys.executable,
        "-m",
        "kiosk",
        "hub",
        "--db",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    hub = EmbeddedHub(process, url, token, log)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise EmbeddedHubError(f"the hub stopped at start (exit {process.returncode}): {_last_line(log)}")
        try:
            if httpx.get(f"{url}/api/health", timeout=1.0).status_code == 200:
                return hub
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            hub.stop()
            raise EmbeddedHubError(f"the hub did not answer on {url} within {timeout:.0f} s; see {log}")
        time.sleep(0.1)


def _last_line(log: Path) -> str:
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else "no output"
