"""Display: keeps the window's Board in step with the hub, the routing and the clock; calls out new calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.client.http import HubHttp
from kiosk.client.live import LiveQueue
from kiosk.core import clock as centre_clock
from screens.common.letters import said_number_in
from screens.display.announcer import Announcer
from screens.display.board import CALL_EVENTS, CallLog, announcement, build_board, is_fresh
from screens.display.window import DisplayWindow

ROUTING_EVERY_MINUTES = 5
"""The routing is fetched at start, after each reconnect, when the services change and this often:
the live feed only says "a new routing", so a change of the centre's name or hours alone is caught
by this at the latest."""


def default_langs(languages: list[str]) -> tuple[str, str]:
    """The routing's first language large, English (else the next language) under it."""
    first = languages[0] if languages else "fi"
    others = [lang for lang in languages if lang != first]
    second = "en" if "en" in others else (others[0] if others else first)
    return first, second


class Display(QObject):
    boardShown = Signal()
    """The window shows a new Board (after every change, tick or routing)."""

    def __init__(
        self,
        live: LiveQueue,
        window: DisplayWindow,
        announcer: Announcer,
        *,
        clock: Callable[[], datetime] = centre_clock.now,
        langs: tuple[str, str] | None = None,
        closed_dates: frozenset[date] = frozenset(),
    ):
        super().__init__(window)
        self.live = live
        self.window = window
        self.announcer = announcer
        self.clock = clock
        self.closed_dates = closed_dates
        self.calls = CallLog()
        self.centre: dict | None = None
        self._fixed_langs = langs
        if langs:
            window.set_languages(langs)
        self._services_seen: tuple = ()
        self._minutes = 0
        self._routing_pending = False
        self._http = HubHttp(live.url, "", 5000, self)
        live.changed.connect(self.refresh)
        live.onlineChanged.connect(self._on_online)
        live.pairedChanged.connect(self.refresh)
        live.eventApplied.connect(self._on_event)
        # A reload (a new routing was published, a new day) may bring a new centre name or hours.
        live.snapshotLoaded.connect(self.fetch_routing)
        self._tick = QTimer(self, singleShot=True)
        self._tick.timeout.connect(self.tick)

    def start(self) -> None:
        self.live.start()
        self.fetch_routing()
        self.tick()

    def stop(self) -> None:
        self._tick.stop()
        self.live.stop()

    # -- routing and clock ----------------------------------------------------------------------

    def fetch_routing(self) -> None:
        if not self._routing_pending:
            self._routing_pending = True
            self._http.send("GET", "/api/routing", None, self._on_routing)
        self.fetch_closed_days()

    def fetch_closed_days(self) -> None:
        """The days the whole centre is closed: "open again" skips them (holidays)."""
        self._http.send("GET", "/api/closed-days", None, self._on_closed_days)

    def _on_closed_days(self, status: int, data: dict | None, _message: str) -> None:
        if status != 200 or not isinstance((data or {}).get("dates"), list):
            return  # kept as they were; fetched again with the routing
        try:
            days = frozenset(date.fromisoformat(day) for day in data["dates"])
        except (TypeError, ValueError):
            return
        if days != self.closed_dates:
            self.closed_dates = days
            self.refresh()

    def _on_routing(self, status: int, data: dict | None, _message: str) -> None:
        self._routing_pending = False
        routing = (data or {}).get("routing")
        if status != 200 or not isinstance(routing, dict):
            return  # kept as it was; fetched again on reconnect and on the next tick
        self.centre = routing.get("centre") or {}
        if not self._fixed_langs:
            self.window.langs = default_langs(list(routing.get("languages") or []))
        self.refresh()

    def tick(self) -> None:
        """Once a minute, on the minute: the clock and open/closed move on."""
        self._minutes += 1
        if self.centre is None or self._minutes % ROUTING_EVERY_MINUTES == 0:
            self.fetch_routing()
        self.refresh()
        now = self.clock()
        self._tick.start(max(1000, (60 - now.second) * 1000 - now.microsecond // 1000))

    def _on_online(self, online: bool) -> None:
        if online:
            self.fetch_routing()
        self.refresh()

    # -- the board and the calls ----------------------------------------------------------------

    def refresh(self) -> None:
        services = self.live.services()
        seen = tuple(
            (s["id"], str(s.get("name")), str(s.get("location")), s.get("discreet")) for s in services
        )
        if self._services_seen and seen != self._services_seen:
            self.fetch_routing()  # a new routing was published: the centre may have changed too
        self._services_seen = seen
        board = build_board(
            self.live.tickets(),
            services,
            self.calls,
            self.centre,
            self.clock(),
            online=self.live.online,
            paired=self.live.paired,
            closed_dates=self.closed_dates,
        )
        self.window.show_board(board)
        self.boardShown.emit()

    def _on_event(self, event: dict) -> None:
        if str(event.get("type", "")).startswith("date_off."):
            self.fetch_closed_days()
            return
        if event.get("type") not in CALL_EVENTS or not isinstance(event.get("ticket"), dict):
            return
        ticket = event["ticket"]
        call = self.calls.note(ticket, {s["id"]: s for s in self.live.services()})
        if call is None or not is_fresh(ticket, self.clock()):
            return  # replayed after a reconnect: shown in the list, not called out again
        self.refresh()
        self.window.flash()
        said = partial(said_number_in, self.window.translations)
        self.announcer.announce(announcement(call, dict.fromkeys(self.window.langs), said))
