"""HubClient: the kiosk's one seam to the hub, asynchronous over QtNetwork.

A request's answer goes to the callback its caller hands (`done(status, json_body, error)`, as every
client of `kiosk.client.http` does); the signals say what the client notices by itself: the hub
came or went (`onlineChanged`), an admin published a routing (`routingChanged`), the hub does not
know this kiosk's token, or knows it again (`pairedChanged`).
"""

from __future__ import annotations

import contextlib
import logging
from urllib.parse import quote

from PySide6.QtCore import Property, QObject, QTimer, Signal

from kiosk.client.http import RETRY_DELAYS_MS, Done, HubHttp, answered
from kiosk.core.routing import read
from kiosk.core.schedule import routing_with_rounds

log = logging.getLogger(__name__)

KIOSK_ROLES = frozenset({"kiosk", "admin"})
"""The roles whose token can save a visit (docs/api.md, 'Who may read what')."""


class HubClient(QObject):
    """Talks to one hub: routing, visits, bookings and health; never blocks the event loop.

    The live queue and its event feed are `kiosk.client.live.LiveQueue`'s, not this client's.

    `online` turns False when a request cannot reach the hub, and True again when the health
    poll (every `offline_poll_ms` while offline, `online_poll_ms` while online) answers.
    """

    routingChanged = Signal(object, int)
    onlineChanged = Signal(bool)
    pairedChanged = Signal(bool)

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
        self._http = HubHttp(url, token, timeout_ms, self, retry_delays_ms=retry_delays_ms)
        self.url = self._http.url
        self._offline_poll_ms = offline_poll_ms
        self._online_poll_ms = online_poll_ms
        self._online = True
        self._paired = True
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
        self._restart_poll()
        self.onlineChanged.emit(online)

    def _restart_poll(self) -> None:
        """Poll slowly while all is well; quickly while the hub is away or refuses the token."""
        self._poll.start(self._online_poll_ms if self._online and self._paired else self._offline_poll_ms)

    def _get_paired(self) -> bool:
        return self._paired

    paired = Property(bool, _get_paired, notify=pairedChanged)
    """False while the hub answers that it does not know this kiosk's token (or knows it for another
    role): no visit could be saved, so the kiosk asks visitors to go to the desk. Checked by the
    health poll, at once after a refusal (401)."""

    def _set_paired(self, paired: bool) -> None:
        if paired == self._paired:
            return
        self._paired = paired
        if not paired:
            log.error(
                "the hub at %s does not know this kiosk's token (or not as a kiosk's): visitors are sent"
                " to the desk until it does; pair it with `kiosk token add --role kiosk`",
                self.url,
            )
        self._restart_poll()
        self.pairedChanged.emit(paired)

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
            if healthy and "role" in data:  # a hub older than the role in its health does not say
                self._set_paired(data["role"] in KIOSK_ROLES)
            version = (data or {}).get("routing")
            known = self._routing_version
            if healthy and isinstance(version, int) and known is not None and version != known:
                self.fetch_routing()  # an admin published a new routing: the kiosk takes it

        self._http.send("GET", "/api/health", None, done, auth=True)

    def fetch_routing(self) -> None:
        """Fetch the active routing; emits `routingChanged(model, version)` or goes offline."""

        def done(status: int, data: dict | None, _error: str) -> None:
            if status != 200 or not data or not isinstance(data.get("routing"), dict):
                if status == 0 or status >= 500:
                    self._set_online(False)
                return
            self._set_online(True)
            routing, _problems = read(data["routing"])
            rounds = [r for r in data.get("rounds") or [] if isinstance(r, dict)]
            # The region's visiting specialists' rounds at this centre: among their services' times (a
            # round this kiosk cannot read leaves the routing's own times).
            with contextlib.suppress(KeyError, TypeError, ValueError):
                routing = routing_with_rounds(routing, rounds)
            version = int(data.get("version") or routing.version)
            self._routing_version = version
            self.routingChanged.emit(routing, version)

        self._http.send("GET", "/api/routing", None, done)

    def _tracked(self, done: Done) -> Done:
        """`done`, after `online` followed the answer: the hub answered (even to refuse), or not."""

        def tracked(status: int, data: dict | None, error: str) -> None:
            self._set_online(answered(status))
            if status == 401:
                self.check_health()  # the token refused: the health says whether the hub knows it
            done(status, data, error)

        return tracked

    def create_visit(
        self, lang: str, answers: dict[str, str], key: str, done: Done, *, fallback: bool = False
    ) -> None:
        """POST /api/visits: a ticket (or a booking outcome, or closed) for these answers.

        A lost answer is sent again with the SAME key, so the hub hands back the ticket it already
        made, never a second one."""
        body = {"lang": lang, "answers": dict(answers), "key": key, "fallback": bool(fallback)}
        self._http.send("POST", "/api/visits", body, self._tracked(done), auth=True, retry=True)

    # -- bookings -------------------------------------------------------------------------------

    def fetch_slots(self, service_id: str, done: Done) -> None:
        """GET /api/services/{id}/slots: a scheduled service's free slots (the next 14 days) in `slots`."""
        path = f"/api/services/{quote(service_id, safe='')}/slots"
        self._http.send("GET", path, None, self._tracked(done), auth=True)  # a discreet service's need one

    def create_booking(self, service: str, start: str, lang: str, key: str, done: Done) -> None:
        """POST /api/bookings: book one slot; 409 `slot_taken`, ... (`kiosk.client.http.error_code`).

        As with visits, a lost answer is sent again with the SAME key: the hub hands back the booking
        it already made, never a second one.
        """
        body = {"service": service, "start": start, "lang": lang, "key": key}
        self._http.send("POST", "/api/bookings", body, self._tracked(done), auth=True, retry=True)

    def check_in(self, code: str, done: Done) -> None:
        """POST /api/bookings/{code}/check-in: the visitor with booking `code` has come: `{"ticket",
        "booking"}`, or a refusal (`unknown_booking`, `too_early`, `too_late`, `used`, ...; the body's
        `booking` says its time or ticket).

        Sent again after a lost answer: the hub then says `used` with the ticket the first one made.
        """
        path = f"/api/bookings/{quote(code, safe='')}/check-in"
        self._http.send("POST", path, None, self._tracked(done), auth=True, retry=True)

    # -- notices --------------------------------------------------------------------------------

    def send_notice(self, kind: str, message: str, done: Done) -> None:
        """Tell staff about a problem at this kiosk (`kind` "printer"): `POST /api/notices`, 201 when
        sent. Tried again while the hub does not answer; `message` is one line for staff and must
        carry nothing personal (the event feed is open)."""
        body = {"kind": kind, "message": " ".join(message.split())[:200]}
        self._http.send("POST", "/api/notices", body, done, auth=True, retry=True)
