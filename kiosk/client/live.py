"""LiveQueue: a screen's live copy of the hub's queue, kept by the event feed; it only reads.

The staff actions are `kiosk.client.staff_client.StaffClient`'s.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Property, QByteArray, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtNetwork import QNetworkRequest
from PySide6.QtWebSockets import QWebSocket

from kiosk.client.http import HubHttp
from kiosk.core import clock as centre_clock
from kiosk.core import positions, waits

OPEN = ("waiting", "called")
"""The statuses a ticket has while it is in the queue; others leave the model."""
NEW_DAY_SLACK_MS = 5000
"""Reload this long after midnight, so the hub's clock surely shows the new day too."""


class LiveQueue(QObject):
    """The hub's queue as of `seq`: loads `GET /api/queue`, then follows `WS /api/events?since=seq`.

    Reconnects with a doubling backoff and resumes from its last seq; a `reset` from the hub replaces
    the whole model. `online` is True while the feed is connected; `writes_ok` is False while the hub
    says in its health (polled every `health_ms`) that it cannot save. Never blocks the event loop.
    A staff action (`kiosk.client.staff_client.StaffClient`) reaches the model, like everyone
    else's, through the feed.
    """

    changed = Signal()
    """The model changed (coalesced: one emission per burst of events)."""
    eventApplied = Signal(dict)
    """Each event after it was applied, e.g. to announce `ticket.called` and `ticket.recalled`."""
    onlineChanged = Signal(bool)
    pairedChanged = Signal(bool)
    """False when the hub refused this screen's token (401/403): it is not paired, or no longer."""
    writesChanged = Signal(bool)
    """The hub can save again (True) or cannot (False): a full disk or a read-only database."""
    snapshotLoaded = Signal()
    """The whole model was replaced: the first load, a reload (new routing, a new day) or a reset."""

    def __init__(
        self,
        url: str,
        token: str = "",
        parent: QObject | None = None,
        *,
        min_backoff_ms: int = 500,
        max_backoff_ms: int = 5000,
        timeout_ms: int = 5000,
        ping_ms: int = 10000,
        health_ms: int = 5000,
        clock: Callable[[], datetime] = centre_clock.now,
    ):
        super().__init__(parent)
        self._clock = clock
        self._http = HubHttp(url, token, timeout_ms, self)
        self.url = self._http.url
        self._min_backoff_ms = min_backoff_ms
        self._max_backoff_ms = max_backoff_ms
        self._backoff_ms = min_backoff_ms
        self._seq = 0
        self._loaded = False
        self._tickets: dict[str, dict] = {}
        self._services: dict[str, dict] = {}
        self._online = False
        self._paired = True
        self._writes_ok = True
        self._running = False
        self._notify_pending = False
        self._awaiting_pong = False
        self._socket: QWebSocket | None = None
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._connect)
        self._ping = QTimer(self, interval=ping_ms)
        self._ping.timeout.connect(self._check_alive)
        self._health = QTimer(self, interval=health_ms)
        self._health.timeout.connect(self._check_writes)
        # The hub's queue is today's: at the centre's midnight, yesterday's open tickets leave it.
        self._new_day = QTimer(self, singleShot=True, timerType=Qt.TimerType.VeryCoarseTimer)
        self._new_day.timeout.connect(self._on_new_day)

    # -- state --------------------------------------------------------------------------------

    def _get_online(self) -> bool:
        return self._online

    online = Property(bool, _get_online, notify=onlineChanged)

    def _get_paired(self) -> bool:
        return self._paired

    paired = Property(bool, _get_paired, notify=pairedChanged)

    def _set_paired(self, paired: bool) -> None:
        if paired != self._paired:
            self._paired = paired
            self.pairedChanged.emit(paired)

    def _get_writes_ok(self) -> bool:
        return self._writes_ok

    writes_ok = Property(bool, _get_writes_ok, notify=writesChanged)

    @property
    def seq(self) -> int:
        """The last event the model includes."""
        return self._seq

    def tickets(self) -> list[dict]:
        """Open tickets: the waiting ones per service in call order, then the called ones by call time."""
        order = {sid: i for i, sid in enumerate(self._services)}
        waiting = [t for t in self._tickets.values() if t["status"] == "waiting"]
        waiting.sort(key=lambda t: (order.get(t["service"], len(order)), t["position"]))
        called = [t for t in self._tickets.values() if t["status"] == "called"]
        called.sort(key=lambda t: t.get("called_at") or "")
        return waiting + called

    def ticket(self, code: str) -> dict | None:
        return self._tickets.get(code)

    def services(self) -> list[dict]:
        """Every service of the routing with its waiting count, wait and availability."""
        return list(self._services.values())

    def snapshot(self) -> dict:
        """The model in the shape of `GET /api/queue`."""
        return {"seq": self._seq, "tickets": self.tickets(), "services": self.services()}

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.onlineChanged.emit(online)

    # -- following the hub ----------------------------------------------------------------------

    def start(self) -> None:
        """Load the queue and follow its events until `stop`."""
        self._running = True
        self._wait_for_new_day()
        self._health.start()
        self._connect()

    def stop(self) -> None:
        self._running = False
        self._new_day.stop()
        self._health.stop()
        self._retry.stop()
        self._ping.stop()
        self._drop_socket()
        self._set_online(False)

    def reload(self) -> None:
        """Start over from a fresh `GET /api/queue` (e.g. after a new routing was published)."""
        self._loaded = False
        self._drop_socket()
        if self._running:
            self._connect()

    def ms_to_new_day(self) -> int:
        """Milliseconds from now to just after the next Helsinki midnight (by this queue's clock)."""
        here = self._clock().astimezone(centre_clock.HELSINKI)
        midnight = datetime.combine(here.date() + timedelta(days=1), datetime.min.time(), here.tzinfo)
        return int((midnight - here).total_seconds() * 1000) + NEW_DAY_SLACK_MS

    def _wait_for_new_day(self) -> None:
        self._new_day.start(self.ms_to_new_day())

    def _on_new_day(self) -> None:
        self.reload()
        self._wait_for_new_day()

    def _connect(self) -> None:
        if not self._running:
            return
        if self._loaded:
            self._open_socket()
            return

        def done(status: int, data: dict | None, _message: str) -> None:
            if status in (401, 403):
                self._set_paired(False)  # and keep asking: the token may be added on the hub meanwhile
            if status != 200 or data is None or not self._running:
                self._connection_lost()
                return
            self._set_paired(True)
            self._apply_snapshot(data)
            self._loaded = True
            self._open_socket()

        self._http.send("GET", "/api/queue", None, done, auth=True)

    def _open_socket(self) -> None:
        self._drop_socket()
        socket = self._socket = QWebSocket(parent=self)
        socket.connected.connect(lambda: self._on_connected(socket))
        socket.disconnected.connect(lambda: self._on_disconnected(socket))
        socket.errorOccurred.connect(lambda _error: self._on_disconnected(socket))
        socket.textMessageReceived.connect(lambda text: self._on_message(socket, text))
        socket.pong.connect(self._on_pong)
        ws_url = "ws" + self.url.removeprefix("http")
        request = QNetworkRequest(QUrl(f"{ws_url}/api/events?since={self._seq}"))
        request.setRawHeader(b"Authorization", f"Bearer {self._http.token}".encode())
        socket.open(request)

    def _drop_socket(self) -> None:
        socket, self._socket = self._socket, None
        if socket is not None:
            socket.abort()
            socket.deleteLater()

    def _on_connected(self, socket: QWebSocket) -> None:
        if socket is not self._socket:
            return
        self._backoff_ms = self._min_backoff_ms
        self._awaiting_pong = False
        self._ping.start()
        self._set_online(True)

    def _on_disconnected(self, socket: QWebSocket) -> None:
        if socket is self._socket:
            self._drop_socket()
            self._connection_lost()

    def _connection_lost(self) -> None:
        self._ping.stop()
        self._set_online(False)
        if self._running and not self._retry.isActive():
            self._retry.start(self._backoff_ms)
            self._backoff_ms = min(self._backoff_ms * 2, self._max_backoff_ms)

    def _check_alive(self) -> None:
        # A hub that vanished without closing (a pulled cable) answers no ping: start over.
        if self._socket is None:
            return
        if self._awaiting_pong:
            self._on_disconnected(self._socket)
            return
        self._awaiting_pong = True
        self._socket.ping(QByteArray())

    def _on_pong(self, *_args) -> None:
        self._awaiting_pong = False

    def _check_writes(self) -> None:
        # Only while connected: an unreachable hub is told by `online`, its last word on saving stands.
        if not self._online:
            return

        def done(status: int, data: dict | None, _message: str) -> None:
            if status == 200 and data is not None:
                self._set_writes_ok(data.get("writes") != "failing")

        self._http.send("GET", "/api/health", None, done)

    def _set_writes_ok(self, ok: bool) -> None:
        if ok != self._writes_ok:
            self._writes_ok = ok
            self.writesChanged.emit(ok)

    # -- applying what the hub says -----------------------------------------------------------------

    def _on_message(self, socket: QWebSocket, text: str) -> None:
        if socket is not self._socket:
            return
        try:
            message = json.loads(text)
        except ValueError:
            return
        if not isinstance(message, dict):
            return
        if message.get("type") == "reset":
            if isinstance(message.get("snapshot"), dict):
                self._apply_snapshot(message["snapshot"])
            else:
                self.reload()  # a reset we cannot use: take the queue afresh
            return
        seq = int(message.get("seq") or 0)
        if seq <= self._seq:
            return
        self._seq = seq
        if message.get("type") == "routing.published":
            # Names and services may have changed: take the whole queue again.
            self.reload()
            return
        self._apply_event(message)
        self.eventApplied.emit(message)
        self._notify()

    def _apply_snapshot(self, snapshot: dict) -> None:
        self._seq = int(snapshot.get("seq") or 0)
        self._tickets = {t["code"]: dict(t) for t in snapshot.get("tickets", [])}
        self._services = {s["id"]: dict(s) for s in snapshot.get("services", [])}
        self.snapshotLoaded.emit()
        self._notify()

    def _apply_event(self, event: dict) -> None:
        """Apply one event: it names the ticket that changed (with its place) and the states of the
        services it touched; the other tickets' places and waits are worked out here from those
        (kiosk/core/positions.py, kiosk/core/waits.py), as the hub works out its own."""
        touched = {state["id"] for state in event.get("services", []) if "id" in state}
        for state in event.get("services", []):
            self._services[state["id"]] = dict(state)
        ticket = event.get("ticket")
        if isinstance(ticket, dict) and "code" in ticket:
            held = self._tickets.pop(ticket["code"], None)
            if held is not None and held["status"] == "waiting":
                positions.leave(self._tickets.values(), held["service"], held["position"])
                touched.add(held["service"])
            if ticket.get("status") in OPEN:
                self._tickets[ticket["code"]] = dict(ticket)
                if ticket["status"] == "waiting":
                    positions.join(
                        self._tickets.values(), ticket["service"], ticket["position"], ticket["code"]
                    )
                    touched.add(ticket["service"])
        for service in touched:
            self._rewait(service)

    def _rewait(self, service_id: str) -> None:
        """Each waiting ticket's wait at a service, from its place and the service's pace."""
        state = self._services.get(service_id)
        if state is None or "minutes_each" not in state:
            return
        called, minutes_each = state.get("called", 0), state["minutes_each"]
        for ticket in self._tickets.values():
            if ticket["status"] == "waiting" and ticket.get("service") == service_id:
                ticket["estimated_wait_minutes"] = waits.ticket_wait(ticket["position"], called, minutes_each)

    def _notify(self) -> None:
        if not self._notify_pending:
            self._notify_pending = True
            QTimer.singleShot(0, self, self._emit_changed)

    def _emit_changed(self) -> None:
        self._notify_pending = False
        self.changed.emit()

    def set_token(self, token: str) -> None:
        """Read with another token from now on (a console re-paired after a 401)."""
        self._http.set_token(token)
