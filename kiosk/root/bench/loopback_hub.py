"""A hub of its own for a bench: `kiosk hub` as a separate process on a free loopback port, over a fresh
database in a temporary folder with the Kokoomo routing open at all hours (so visits queue whenever the
bench runs), a token for each role and, if asked, tickets already waiting."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from kiosk.core import clock
from kiosk.core.routing import loads
from kiosk.server import store, tokens
from kiosk.server.demo import demo_routing
from kiosk.server.queue import create_visit

ROUTES = [  # on-site services of the Kokoomo routing, so the queues stay of a realistic length
    ({"need": "work", "age": "under30", "work_young": "job"}, "coordinator"),
    ({"need": "talk"}, "greeter"),
    ({"need": "work", "age": "under30", "work_young": "workshop"}, "workshop"),
    ({"need": "work", "age": "under30", "work_young": "support"}, "coach"),
    ({"need": "activity"}, "fourh"),
]
"""(answers, service) of a visit; a bench takes them in turn."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LoopbackHub:
    """`with LoopbackHub() as hub:` `hub.url`, `hub.tokens[role]`, `hub.pid`, `hub.db_path`; `waiting`
    tickets queued over ROUTES' services before the hub starts."""

    def __init__(self, start_timeout: float = 30.0, waiting: int = 0):
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
        self.db_path = self.folder / "hub.db"
        try:
            self._seed(waiting)
        except BaseException:  # never entered, so never exited: its folder goes now
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start_timeout = start_timeout
        self.process: subprocess.Popen | None = None

    def _seed(self, waiting: int) -> None:
        """The benchmark's routing, one token of each role, and `waiting` tickets."""
        db = store.open_db(self.db_path)
        try:
            text = demo_routing()
            version = store.publish_routing(db, text, note="benchmark", now=clock.now())
            self.tokens = {role: tokens.add_token(db, role) for role in ("kiosk", "staff", "display")}
            if waiting:
                db.execute("PRAGMA synchronous = OFF")  # seeding only: the hub itself runs as it always does
                routing = loads(text)
                for i in range(waiting):
                    answers, _ = ROUTES[i % len(ROUTES)]
                    create_visit(
                        db, routing, version, lang="fi", answers=answers, key=f"seed-{i}", now=clock.now()
                    )
        finally:
            db.conn.close()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def __enter__(self) -> LoopbackHub:
        command = [sys.executable, "-m", "kiosk", "hub", "--db", str(self.db_path), "--port", str(self.port)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"the hub did not start on {self.url}")
            time.sleep(0.05)

    def __exit__(self, *_exc) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def stop(self) -> None:
        """Stop the hub (a clean stop checkpoints the WAL into the file); its folder stays until the exit."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
