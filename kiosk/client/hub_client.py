"""HubClient: the screens' one seam to the hub, asynchronous over QtNetwork, signals out."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Property, QObject, QTimer, Signal

from kiosk.client.http import HubHttp
from kiosk.core.routing import read

# A lost response is retried with the SAME key, so the hub hands back the ticket it already made.
RETRY_DELAYS_MS = (250, 750, 1500)


class HubClient(QObject):
    """Talks to one hub: routing, visits, bookings and health; never blocks the event loop.

    The live queue and its event feed are `kiosk.client.live.LiveQueue`'s, not this client's.

    `online` turns False when a request cannot reach the hub, and True again when the health
    poll (every `offline_poll_ms` while offline, `online_poll_ms` while online) answers.
    """

    routingChanged = Signal(object, int)
    visitFinished = Signal(str, dict)
    visitFailed = Signal(str, str)
    onlineChanged = Signal(bool)
    noticeSent = Signal(str)
    noticeFailed = Signal(str, str)
    slotsFetched = Signal(str, list)
    slotsFailed = Signal(str, str)
    bookingFinished = Signal(str, dict)
    bookingFailed = Signal(str, str, dict)
    checkInFinished = Signal(str, dict)
    checkInFailed = Signal(str, str, dict)

    def __init__(
        self,
        url: str,
        token: str,
        parent: QObject | None = None,
        *,
        timeout_ms: int = 5000,
        retry_delays_ms: tuple[int, ...] = RETRY_DELAYS_MS,
        offline_poll_ms: int = 3000,
        online_poll_ms: int = 15000,
    ):
        super().__init__(parent)
        self._http = HubHttp(url, token, timeout_ms, self)
        self.url = self._http.url
        self._retry_delays_ms = tuple(retry_delays_ms)
        self._offline_poll_ms = offline_poll_ms
        self._online_poll_ms = online_poll_ms
        self._online = True
        self._health_in_flight = False
        self._routing_version: int | None = None
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check_health)
        self._poll.start(online_poll_ms)

    # -- state --------------------------------------------------------------------------------

    def _get_online(self) -> bool:
        return self._online

    online = Property(bool, _get_online, notify=onlineChanged)

    def _set_online(self, online: bool) -> None:
        if online == self._online:
            return
        self._online = online
        self._poll.start(self._online_poll_ms if online else self._offline_poll_ms)
        self.onlineChanged.emit(online)

    def stop(self) -> None:
        """Stop polling; pending replies are dropped with the client."""
        self._poll.stop()

    # -- requests -----------------------------------------------------------------------------

    def check_health(self) -> None:
        """Ask the hub if it is there; `online` follows the answer."""
        if self._health_in_flight:
            return
        self._health_in_flight = True

        def done(status: int, data: dict | None, _error: str) -> None:
            self._health_in_flight = False
            healthy = status == 200 and bool(data) and data.get("status") == "ok"
            self._set_online(healthy)
            version = (data or {}).get("routing")
            known = self._routing_version
            if healthy and isinstance(version, int) and known is not None and version != known:
                self.fetch_routing()  # an admin published a new routing: the kiosk takes it

        self._http.send("GET", "/api/health", None, done)

    def fetch_routing(self) -> None:
        """Fetch the active routing; emits `routingChanged(model, version)` or goes offline."""

        def done(status: int, data: dict | None, _error: str) -> None:
            if status != 200 or not data or not isinstance(data.get("routing"), dict):
                if status == 0 or status >= 500:
                    self._set_online(False)
                return
            self._set_online(True)
            routing, _problems = read(data["routing"])
            version = int(data.get("version") or routing.version)
            self._routing_version = version
            self.routingChanged.emit(routing, version)

        self._http.send("GET", "/api/routing", None, done)

    def create_visit(self, lang: str, answers: dict[str, str], key: str, fallback: bool = False) -> None:
        """Ask for a ticket (or a booking outcome); emits `visitFinished` or, after retries, `visitFailed`."""
        body = {"lang": lang, "answers": dict(answers), "key": key, "fallback": bool(fallback)}
        self._post_visit(body, attempt=0)

    def _post_visit(self, body: dict, attempt: int) -> None:
        key = body["key"]

        def done(status: int, data: dict | None, error: str) -> None:
            if 200 <= status < 300 and data is not None:
                self._set_online(True)
                self.visitFinished.emit(key, data)
                return
            if 400 <= status < 500:
                # The hub understood and refused: sending it again would be refused again.
                message = (data or {}).get("message") or f"HTTP {status}"
                self.visitFailed.emit(key, message)
                return
            if attempt < len(self._retry_delays_ms):
                QTimer.singleShot(
                    self._retry_delays_ms[attempt], self, lambda: self._post_visit(body, attempt + 1)
                )
                return
            self._set_online(False)
            self.visitFailed.emit(key, error or f"HTTP {status}")

        self._http.send("POST", "/api/visits", body, done, auth=True)

    # -- bookings -------------------------------------------------------------------------------

    def fetch_slots(self, service_id: str) -> None:
        """A scheduled service's free slots (the next 14 days): `slotsFetched(service, [SLOT...])`,
        or `slotsFailed(service, reason)`."""

        def done(status: int, data: dict | None, error: str) -> None:
            if status == 200 and data is not None and isinstance(data.get("slots"), list):
                self._set_online(True)
                self.slotsFetched.emit(service_id, data["slots"])
                return
            if status == 0 or status >= 500:
                self._set_online(False)
            self.slotsFailed.emit(service_id, (data or {}).get("error") or error or f"HTTP {status}")

        self._http.send("GET", f"/api/services/{quote(service_id, safe='')}/slots", None, done)

    def create_booking(self, service: str, start: str, lang: str, key: str) -> None:
        """Book one slot; emits `bookingFinished(key, BOOKING)` or `bookingFailed(key, error, body)`.

        As with visits, a lost answer is sent again with the SAME key: the hub hands back the booking
        it already made, never a second one. `error` is the hub's code (`slot_taken`, ...) or
        `offline` when it could not be reached.
        """
        body = {"service": service, "start": start, "lang": lang, "key": key}
        self._post(
            "/api/bookings", body, key, self.bookingFinished, self.bookingFailed, attempt=0, retry=True
        )

    def check_in(self, code: str) -> None:
        """The visitor with booking `code` has come: `checkInFinished(code, {"ticket", "booking"})` or
        `checkInFailed(code, error, body)` (`unknown_booking`, `too_early`, `too_late`, `used`, ...;
        the body's `booking` says its time or ticket).

        Sent again after a lost answer: the hub then says `used` with the ticket the first one made.
        """
        path = f"/api/bookings/{quote(code, safe='')}/check-in"
        self._post(path, None, code, self.checkInFinished, self.checkInFailed, attempt=0, retry=True)

    def _post(self, path: str, body, tag: str, finished, failed, *, attempt: int, retry: bool) -> None:
        def done(status: int, data: dict | None, error: str) -> None:
            if 200 <= status < 300 and data is not None:
                self._set_online(True)
                finished.emit(tag, data)
                return
            if 400 <= status < 500:
                self._set_online(True)
                failed.emit(tag, (data or {}).get("error") or f"http_{status}", data or {})
                return
            if retry and attempt < len(self._retry_delays_ms):
                QTimer.singleShot(
                    self._retry_delays_ms[attempt],
                    self,
                    lambda: self._post(path, body, tag, finished, failed, attempt=attempt + 1, retry=retry),
                )
                return
            self._set_online(False)
            failed.emit(tag, "offline", {"message": error or f"HTTP {status}"})

        self._http.send("POST", path, body, done, auth=True)

    # -- notices --------------------------------------------------------------------------------

    def send_notice(self, kind: str, message: str, attempt: int = 0) -> None:
        """Tell staff about a problem at this kiosk (`kind` "printer"): `POST /api/notices`, then
        `noticeSent(kind)` or `noticeFailed(kind, reason)`. Tried again while the hub does not answer;
        `message` is one line for staff and must carry nothing personal (the event feed is open)."""
        body = {"kind": kind, "message": " ".join(message.split())[:200]}

        def done(status: int, data: dict | None, error: str) -> None:
            if status == 201:
                self.noticeSent.emit(kind)
            elif (status == 0 or status >= 500) and attempt < len(self._retry_delays_ms):
                delay = self._retry_delays_ms[attempt]
                QTimer.singleShot(delay, self, lambda: self.send_notice(kind, message, attempt + 1))
            else:
                self.noticeFailed.emit(kind, (data or {}).get("message") or error or f"HTTP {status}")

        self._http.send("POST", "/api/notices", body, done, auth=True)
