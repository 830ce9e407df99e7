"""Shared fixtures: every test gets its own data and settings directories, and a real hub on demand."""

from __future__ import annotations

import errno
import gc
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

# The session-wide QApplication may be built before any function fixture runs, so set this early too.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


FUZZ_EXAMPLES = 10
"""Examples per API operation and generation mode (positive, negative) of tests/test_fuzz_api.py."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz-examples",
        type=int,
        default=None,
        help=f"examples per API operation and mode for tests/test_fuzz_api.py (default {FUZZ_EXAMPLES}, "
        "or env KIOSK_FUZZ_EXAMPLES)",
    )
    parser.addoption(
        "--kill-rounds",
        type=int,
        default=KILL_ROUNDS,
        help=f"times tests/test_power_cut.py kills the hub with SIGKILL under load (default {KILL_ROUNDS})",
    )


KILL_ROUNDS = 3
"""SIGKILLs of the hub under load in tests/test_power_cut.py: 3 for CI, `--kill-rounds 20` or more by hand."""


@pytest.fixture
def kill_rounds(request: pytest.FixtureRequest) -> int:
    return request.config.getoption("--kill-rounds")


@pytest.fixture
def fuzz_examples(request: pytest.FixtureRequest) -> int:
    """Examples per operation and mode of the API fuzz test: the option, else the env, else FUZZ_EXAMPLES."""
    chosen = request.config.getoption("--fuzz-examples")
    if chosen is None:
        chosen = int(os.environ.get("KIOSK_FUZZ_EXAMPLES", FUZZ_EXAMPLES))
    return chosen


def fuzz_settings(examples: int, shrink: bool = True):
    """hypothesis' settings of the API fuzz tests: `examples` per operation and mode from a fixed seed (a
    run is repeatable), no deadline, no example database, no health check; a failure shrunk unless not."""
    from hypothesis import HealthCheck, Phase, settings

    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate, *([Phase.shrink] if shrink else [])],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )


@pytest.fixture(scope="session", autouse=True)
def collect_in_the_main_thread():
    """As the screens do (screens/common/collector.py): Python's cycle collector never runs in a test
    hub's server thread, where it could destroy a Qt object outside the GUI thread."""
    gc.disable()
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    yield
    delete_closed_widgets()
    gc.collect()
    # What outlived the test is left out of the next collections (Python's gc.freeze): each would
    # otherwise walk every object of Qt, the hub and the imported tests again (~75 ms a test).
    gc.freeze()


def delete_closed_widgets() -> None:
    """Delete now the widgets pytest-qt closed after the test (qtbot.addWidget): it only calls their
    deleteLater(), which a plain processEvents() outside an event loop never carries out. A test that
    never waits would leave its windows alive for the next one, and every language switch or style
    change after it would walk all of them (a whole visitor directory took twice as long)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test sees another test's state or the developer's own files."""
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", "home"),
        ("XDG_DATA_HOME", "home/.local/share"),
        ("XDG_CONFIG_HOME", "home/.config"),
        ("XDG_CACHE_HOME", "home/.cache"),
        ("XDG_STATE_HOME", "home/.local/state"),
    ):
        path = tmp_path / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    # Qt's silent test engine: a developer's machine with speakers must not talk through the tests.
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "mock")
    # Sound off: the chime is still counted (Chime.played), but QtMultimedia is never loaded.
    monkeypatch.setenv("KIOSK_SOUND", "off")
    return home


@pytest.fixture(scope="session")
def generated_month(tmp_path_factory: pytest.TempPathFactory):
    """tests/stats_month.py's month of visits, generated once for the session: (database path, log).
    Read-only: a test that changes it works on a copy (the `month` fixtures of the stats and retention
    tests)."""
    from stats_month import generate

    path = tmp_path_factory.mktemp("month") / "month.db"
    return path, generate(path)


@pytest.fixture
def routing():
    """The Kokoomo routing model, as shipped in assets/."""
    from kiosk.core.paths import DEFAULT_ROUTING
    from kiosk.core.routing import loads

    return loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))


OPEN_MORNING = datetime(2026, 3, 3, 10, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
"""A Tuesday 10:00 in Helsinki: inside Kokoomo's opening hours (centre.hours), so visits queue."""


def running_clock(start: datetime = OPEN_MORNING) -> Callable[[], datetime]:
    """A hub clock that starts at `start` and runs on with real time (a restarted hub runs on too).

    Test hubs use it by default: the hub answers `closed` outside the centre's hours, and a test must
    not depend on the weekday or hour it happens to run at.
    """
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)


def publish_open_all_hours(db_path: Path) -> None:
    """Make Kokoomo's routing without opening hours the active one of the database at `db_path`.

    For a hub in its own process, on the real clock: a routing without `centre.hours` takes walk-ins
    at any hour of any day, so the test passes whenever it runs (the same routing as `kiosk demo`).
    """
    from kiosk.core import clock
    from kiosk.server import store
    from kiosk.server.demo import demo_routing

    db = store.open_db(db_path)
    try:
        store.publish_routing(db, demo_routing(), note="open at all hours", now=clock.now())
    finally:
        db.conn.close()


def lan_address() -> str | None:
    """This machine's own address on its network (not loopback), or None when it has none: a hub
    listening there sees this machine's own requests as coming from another machine on the LAN."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # nothing is sent: this only picks the outgoing address
        except OSError:
            return None
        address = sock.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def _port_range() -> range:
    """The ports this test process picks from: below the kernel's ephemeral range (so no client
    connection, of this run or any other program, is ever given one), a slice of its own per xdist
    worker (so two workers never pick the same one)."""
    try:
        ephemeral = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        ephemeral = 32768
    low, high = 20000, min(ephemeral, 32768)
    if high - low < 1000:  # an unusual kernel setting: fall back to the top of the ephemeral range
        low, high = 61000, 65536
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    width = (high - low) // max(workers, 1)
    return range(low + worker * width, low + (worker + 1) * width)


_PORTS = _port_range()
_next_port = [random.randrange(len(_PORTS))]  # another run of the suite at once starts elsewhere


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on, from this worker's own range (see `_port_range`): taken in turn, so
    a port a test just let go of is not handed out again straight away."""
    for _ in range(len(_PORTS)):
        port = _PORTS[_next_port[0] % len(_PORTS)]
        _next_port[0] += 1
        if port_is_free(port, host):
            return port
    raise RuntimeError(f"no free port in {_PORTS}")


class HubServer:
    """A real hub (uvicorn in a background thread) on a loopback port, restartable on the same port and DB.

    `.url`, `.db_path`, `.token` (kiosk role) and `.tokens` ({role: token} for kiosk, display, staff, admin)
    are fixed for the object's life once it has started; `.stop()` and `.start()` take the hub down and
    bring it back.
    Its clock is `clock`, by default a `running_clock()` from a Tuesday morning inside opening hours.
    """

    def __init__(
        self,
        db_path: Path,
        *,
        clock: Callable[[], datetime] | None = None,
        port: int | None = None,
        host: str = "127.0.0.1",
        **options,
    ):
        from kiosk.server import store, tokens

        self.db_path = Path(db_path)
        self.host = host
        server_keys = ("head_seconds", "idle_seconds", "per_client")
        self.server_options = {k: v for k, v in options.items() if k in server_keys}
        self.app_options = {k: v for k, v in options.items() if k not in server_keys}
        self._port_chosen = port is None
        self.port = port or free_port(host)
        self.url = f"http://{host}:{self.port}"
        self.clock = clock or running_clock()
        # Tokens are made before the hub owns the database, as the embedded launcher does.
        db = store.open_db(self.db_path)
        self.tokens = {role: tokens.add_token(db, role) for role in tokens.ROLES}
        db.conn.close()
        self.token = self.tokens["kiosk"]
        self._server = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> None:
        import uvicorn

        from kiosk.server.hub.app import create_app
        from kiosk.server.hub.server import config

        listening = self._listen()
        app = self.app = create_app(self.db_path, clock=self.clock, **self.app_options)
        server = self._server = uvicorn.Server(
            config(app, self.host, self.port, log_level="warning", **self.server_options)
        )
        self._thread = threading.Thread(
            target=lambda: server.run(sockets=[listening]), name=f"hub-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError(f"the hub on port {self.port} stopped while starting")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the hub on port {self.port} did not start within {timeout} s")
            time.sleep(0.01)

    def _listen(self) -> socket.socket:
        """The hub's socket, bound here and handed to uvicorn, so the port is held from this moment on.

        A port the suite chose that another program took since (`free_port` only looked) is traded
        for another one, on the first start only: a restarted hub keeps its address.
        """
        while True:
            sock = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds its own
            try:
                sock.bind((self.host, self.port))
            except OSError as error:
                sock.close()
                if error.errno != errno.EADDRINUSE or not self._port_chosen:
                    raise
                self.port = free_port(self.host)
                self.url = f"http://{self.host}:{self.port}"
                continue
            self._port_chosen = False
            return sock

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise RuntimeError(f"the hub on port {self.port} did not stop within {timeout} s")
        self._server = None
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def keep_tokens(self) -> None:
        """Make this hub's database know `tokens` again (after a test replaced the database)."""
        from kiosk.server import store, tokens

        db = store.open_db(self.db_path)
        try:
            with store.transaction(db):
                for role, token in self.tokens.items():
                    db.execute(
                        "INSERT OR IGNORE INTO tokens (token_hash, role, created_at) VALUES (?, ?, ?)",
                        [tokens._hash(token), role, store.iso(self.clock())],
                    )
        finally:
            db.conn.close()

    def auth(self, role: str = "staff") -> dict[str, str]:
        """The Authorization header of this hub's `role` token."""
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def feed(self, since: int = 0, role: str = "staff", token: str | None = None):
        """`WS /api/events?since=` opened with the `role` token, or with `token` (websockets' sync client)."""
        from websockets.sync.client import connect

        url = self.url.replace("http://", "ws://") + f"/api/events?since={since}"
        headers = {"Authorization": f"Bearer {token}"} if token else self.auth(role)
        return connect(url, open_timeout=5, additional_headers=headers)


@pytest.fixture
def make_hub(tmp_path: Path) -> Iterator[Callable[..., HubServer]]:
    """Factory for extra or specially clocked hubs: `make_hub(clock=..., db_path=..., host=...)` (host: an
    address of this machine to listen on, loopback by default); stopped after."""
    made: list[HubServer] = []

    def make(
        *,
        clock: Callable[[], datetime] | None = None,
        db_path: Path | None = None,
        host: str = "127.0.0.1",
        **options,
    ) -> HubServer:
        """`options`: create_app's (e.g. feeds_per_client) and the server config's (head_seconds)."""
        server = HubServer(db_path or tmp_path / f"hub-{len(made)}.db", clock=clock, host=host, **options)
        made.append(server)
        server.start()
        return server

    yield make
    for server in made:
        server.stop()


@pytest.fixture
def hub(make_hub: Callable[..., HubServer]) -> HubServer:
    """A started hub with a fresh database file in tmp_path; see `HubServer`."""
    return make_hub()


class HubProcess:
    """`kiosk hub` as its own process, so it can be killed (SIGKILL) and started again on its port and DB.

    Without a `port` it takes a `free_port()`, and another one should that be taken by the time the
    process binds it (first start only: a restarted hub keeps its address); read `.url` after `start`.
    """

    def __init__(self, db_path, port: int | None = None):
        self.db_path = db_path
        self._port_chosen = port is None
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, qtbot):
        while True:
            command = [sys.executable, "-m", "kiosk", "hub", "--db", str(self.db_path)]
            self.process = subprocess.Popen(
                [*command, "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            qtbot.waitUntil(lambda: self.process.poll() is not None or self.healthy(), timeout=20000)
            if self.process.poll() is None:
                self._port_chosen = False
                return
            if not (self._port_chosen and not port_is_free(self.port)):
                raise RuntimeError(f"`kiosk hub` on port {self.port} exited with {self.process.returncode}")
            self.port = free_port()  # taken since it was chosen: try another
            self.url = f"http://127.0.0.1:{self.port}"

    def healthy(self) -> bool:
        try:
            return httpx.get(f"{self.url}/api/health", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def kill(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.process = None


@pytest.fixture
def immutable():
    """Files made unwritable for real (tests/faults.py), made writable again after the test."""
    from faults import Immutable

    locked = Immutable()
    yield locked
    locked.release()


@pytest.fixture
def disk(tmp_path):
    """A small loop-mounted disk that can be filled (tests/faults.py), unmounted after the test."""
    from faults import SmallDisk

    small = SmallDisk(tmp_path)
    yield small
    small.unmount()


def ticket_count(db_path: Path) -> int:
    """How many tickets the database at `db_path` holds (read beside a running hub)."""
    from kiosk.server import store

    db = store.open_db(db_path)
    try:
        return db.execute("SELECT COUNT(*) FROM tickets").fetchone()[0]
    finally:
        db.conn.close()
