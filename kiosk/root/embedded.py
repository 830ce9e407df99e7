"""The embedded hub: `kiosk run` keeps a hub alive in its own process, so no window crash loses a ticket.

Three promises, each tested:
- the hub is a separate process, so a frozen or crashed kiosk window leaves the queue and the staff
  screens running; the next `kiosk run` on the same database adopts that hub instead of starting a
  second owner of the database;
- if the hub process dies, a watchdog starts it again on the same address, and the kiosk's client
  recovers by itself; this process binds that address once and hands the listening socket to each
  hub process it starts, so no other program can take the port in between (and a client that knocks
  while the hub restarts waits in the socket's backlog instead of being refused);
- the kiosk's own token is made once and kept beside the database (readable by its owner only),
  not made anew on every start.

Bound to every interface (`host="0.0.0.0"`, for staff PCs and phones on the LAN), the hub is still
reached from this machine on loopback: `url` is where the kiosk and the watchdog talk to it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from kiosk.root.pairing import local_url
from kiosk.server.storage import explain
from kiosk.server.store import StoreError, open_db
from kiosk.server.tokens import add_token, role_of


class EmbeddedHubError(RuntimeError):
    """The embedded hub could not be started; the message says why in one line."""


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to `host`:`port` (0: any free port), for the hub processes to inherit."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds its own
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise EmbeddedHubError(f"cannot listen on {host} port {port}: {error.strerror}") from None
    sock.set_inheritable(True)
    return sock


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/health", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (one of another user's counts: it runs)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _beside(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


def _kiosk_token(db_path: Path) -> str:
    """The embedded kiosk's token: the one kept beside the database while the hub still knows it."""
    kept = _beside(db_path, ".kiosk-token")
    try:
        db = open_db(db_path)
    except StoreError as error:
        raise EmbeddedHubError(str(error)) from None
    try:
        token = kept.read_text(encoding="utf-8").strip() if kept.exists() else ""
        fresh = not (token and role_of(db, token) == "kiosk")
        if fresh:
            token = add_token(db, "kiosk", socket.gethostname())  # staff's name for it when out of touch
    except sqlite3.Error as error:  # a read-only database file, a full disk: say which, and the path
        raise EmbeddedHubError(explain(db_path, error)) from None
    finally:
        db.conn.close()
    kept.touch(mode=0o600)
    kept.chmod(0o600)  # also a file that was already there: the token opens the kiosk's writes
    if fresh:
        kept.write_text(token, encoding="utf-8")
    return token


class EmbeddedHub:
    """A hub process for one database, watched and restarted while the kiosk runs."""

    def __init__(self, db_path: Path, host: str, port: int, token: str):
        """`port` 0: any free one, chosen when the hub is first launched (or the adopted hub's)."""
        self.db_path = db_path
        self.token = token
        self.host = host
        self.port = port
        self.url = local_url(host, port)
        self.pid: int | None = None
        self.restarts = 0
        self._process: subprocess.Popen | None = None
        self._listener: socket.socket | None = None
        self._state = _beside(db_path, ".hub.json")
        self._stopping = threading.Event()
        self._watchdog: threading.Thread | None = None

    # -- starting, adopting, stopping ------------------------------------------------------------

    @property
    def _log(self) -> Path:
        return Path(tempfile.gettempdir()) / f"kiosk-hub-{self.port}.log"

    def launch(self, timeout: float) -> None:
        """Start the hub process on this run's socket and wait until it answers; record it for a later
        `kiosk run` to adopt."""
        if self._listener is None:
            self._listener = _listen(self.host, self.port)
            self.port = self._listener.getsockname()[1]
            self.url = local_url(self.host, self.port)
        fd = self._listener.fileno()
        command = [sys.executable, "-m", "kiosk", "hub", "--db", str(self.db_path)]
        command += ["--host", self.host, "--port", str(self.port), "--listen-fd", str(fd)]
        # Not systemd's to watch: run by a kiosk service (NotifyAccess=all), the hub's own READY=1 and
        # WATCHDOG=1 would speak for the window, and keep a hung one alive.
        env = {
            k: v for k, v in os.environ.items() if k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")
        }
        with self._log.open("ab") as out:
            # Its own session: a Ctrl+C or a crash of the window's process does not take the hub along.
            self._process = subprocess.Popen(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                pass_fds=(fd,),
                env=env,
            )
        self.pid = self._process.pid
        deadline = time.monotonic() + timeout
        while not _answers(self.url):
            if self._process.poll() is not None:
                raise EmbeddedHubError(
                    f"the hub stopped at start (exit {self._process.returncode}): {self._last_log_line()}"
                )
            if time.monotonic() > deadline:
                self._terminate()
                raise EmbeddedHubError(
                    f"the hub did not answer on {self.url} within {timeout:.0f} s; see {self._log}"
                )
            time.sleep(0.1)
        state = {"url": self.url, "pid": self.pid, "host": self.host}
        self._state.write_text(json.dumps(state), encoding="utf-8")

    def adopt(self, *, any_port: bool = True) -> bool:
        """Take over a hub a crashed `kiosk run` left behind on this database, if it still answers.

        One bound elsewhere (another host, or another port when one was asked for) is stopped instead,
        so the new hub can listen where this run was told to; its tickets are in the database.
        """
        try:
            state = json.loads(self._state.read_text(encoding="utf-8"))
            url, pid = str(state["url"]), int(state["pid"])
            host = str(state.get("host", "127.0.0.1"))  # files written before the host was kept
            port = int(url.rsplit(":", 1)[1])
        except (OSError, ValueError, KeyError, TypeError):
            return False
        if not (process_alive(pid) and _answers(url)):
            return False
        if host != self.host or not (any_port or port == self.port):
            _stop_pid(pid)
            return False
        self.url, self.pid, self.port = url, pid, port
        return True

    def watch(self, interval: float = 1.0) -> None:
        """Restart the hub whenever its process is gone, until `stop`."""
        self._watchdog = threading.Thread(target=self._watch, args=(interval,), daemon=True)
        self._watchdog.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout)
        self._terminate(timeout)
        self._state.unlink(missing_ok=True)
        self._log.unlink(missing_ok=True)
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    # -- inside -----------------------------------------------------------------------------------

    def _running(self) -> bool:
        if self._process is not None:
            return self._process.poll() is None
        return self.pid is not None and process_alive(self.pid)

    def _watch(self, interval: float) -> None:
        backoff = interval
        while not self._stopping.wait(backoff):
            if self._running():
                backoff = interval
                continue
            try:
                self.launch(timeout=20.0)
                self.restarts += 1
                backoff = interval
            except EmbeddedHubError as error:
                print(f"kiosk: the hub did not restart: {error}", file=sys.stderr)
                backoff = min(backoff * 2, 30.0)

    def _terminate(self, timeout: float = 10.0) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait(timeout)
        elif self.pid is not None:
            _stop_pid(self.pid, timeout)

    def _last_log_line(self) -> str:
        try:
            lines = [ln for ln in self._log.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return "no output"
        return lines[-1].strip() if lines else "no output"


def _stop_pid(pid: int, timeout: float = 10.0) -> None:
    """SIGTERM a hub process that is not our child, and wait until it is gone."""
    if not process_alive(pid):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)


def start_hub(
    db_path: str | Path, host: str = "127.0.0.1", port: int = 0, *, timeout: float = 20.0, watch: bool = True
) -> EmbeddedHub:
    """The hub for `db_path` on `host`:`port` (0: any free port): adopted if one already serves it there,
    started otherwise; watched unless told not."""
    db_path = Path(db_path)
    token = _kiosk_token(db_path)
    hub = EmbeddedHub(db_path, host, port, token)
    if not hub.adopt(any_port=not port):
        hub.launch(timeout)
    if watch:
        hub.watch()
    return hub
