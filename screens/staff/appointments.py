"""Appointments: today's and tomorrow's bookings of my scheduled services, their free slots, and the
staff calls on them (cancel, no-show, a day off); no widgets.

The hub's feed tells that a booking changed but not its code, so the list is read again on every
`booking.*` / `date_off.*` event, when the connection comes back, and once a minute.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.client.staff_bookings import BookingsClient, refreshes_bookings
from kiosk.core.clock import HELSINKI
from screens.staff.desk import Desk, Status, failure
from screens.staff.when import clock, moment

REFRESH_MS = 60_000
"""How often the list is read again without an event (a slot that started is no longer free)."""
EVENT_DELAY_MS = 150
"""A burst of events (a day off cancelling five bookings) is one read, a moment after the last."""


@dataclass(frozen=True)
class DayOffAnswer:
    """What the hub said to a day off: kind `set` (with the bookings it cancelled), `has_bookings`
    (refused: the bookings held that day), `removed`, or a failure (`refused`, `token`,
    `unreachable`, `failed`, with the hub's words in `detail`)."""

    kind: str
    day: date
    service: str
    bookings: list[dict] = field(default_factory=list)
    detail: str = ""


def booking_label(booking: dict) -> str:
    """ "10.30 K7M4PX": how staff and the status line name a booking (the code is what the visitor holds)."""
    return f"{clock(booking.get('start'))} {booking.get('code', '')}".strip()


class Appointments(QObject):
    """The bookings and free slots of the Desk's scheduled services on the hub's today and tomorrow.

    `client` is None for sample data (screenshots): `show` then fills it.
    """

    changed = Signal()
    busyChanged = Signal(bool)
    dayOffAnswered = Signal(object)

    def __init__(
        self,
        desk: Desk,
        client: BookingsClient | None,
        *,
        now: Callable[[], datetime] | None = None,
        refresh_ms: int = REFRESH_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.desk = desk
        self.client = client
        self.now = now or (lambda: datetime.now().astimezone())
        self.days: list[date] = []
        self._hub_today: date | None = None
        """The hub's today as its last answer said it: the first day of its bookings or of a week."""
        self.bookings: list[dict] = []
        self.slots: dict[str, list[dict]] = {}
        self.off: set[tuple[date, str | None]] = set()
        self.weeks: dict[str, dict] = {}
        """A visiting specialist's week at every centre of their round, by service (from the region,
        through the hub): {"specialist", "times": [{"centre", "start", "state"}]}."""
        self.weeks_unreached: set[str] = set()
        """Services whose specialist's week the region did not give (the last one read is kept)."""
        self.loaded = False
        self.problem: Status | None = None
        self._pending = 0
        self._generation = 0
        self._shown_services: list[str] = []
        self._timer = QTimer(self, interval=refresh_ms)
        self._timer.timeout.connect(self.reload)
        self._soon = QTimer(self, singleShot=True, interval=EVENT_DELAY_MS)
        self._soon.timeout.connect(self.reload)
        desk.changed.connect(self._services_maybe_changed)
        if client is not None:
            self._timer.start()
            desk.live.eventApplied.connect(self._event)
            desk.onlineChanged.connect(lambda online: online and self._soon.start())
            desk.tokenChanged.connect(self._token_changed)

    # -- what the panel shows -------------------------------------------------------------------

    def services(self) -> list[str]:
        return [s["id"] for s in self.desk.scheduled_services()]

    def on_day(self, day: date) -> list[dict]:
        """The bookings starting on `day`, by start (any status)."""
        return [b for b in self.bookings if (moment(b.get("start")) or datetime.min).date() == day]

    def free_on(self, service: str, day: date) -> list[dict]:
        return [
            s for s in self.slots.get(service, []) if (moment(s.get("start")) or datetime.min).date() == day
        ]

    def week_days(self, service: str) -> dict[date, list[dict]]:
        """The specialist's times at every centre of their round (cancelled ones left out), by day in
        order; {} when the region gave no week for `service`."""
        by_day: dict[date, list[dict]] = {}
        for time in self.weeks.get(service, {}).get("times", []):
            start = moment(time.get("start"))
            if start is not None and time.get("state") != "cancelled":
                by_day.setdefault(start.date(), []).append(time)
        return dict(sorted(by_day.items()))

    def is_off(self, service: str, day: date) -> bool:
        """The service (or the whole centre) is off that day."""
        return (day, service) in self.off or (day, None) in self.off

    def centre_off(self, day: date) -> bool:
        return (day, None) in self.off

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def can_act(self) -> bool:
        return self.desk.online and bool(self.desk.token) and not self.busy

    def has_started(self, booking: dict) -> bool:
        """No-show is for a booking whose time has come (the hub refuses it before)."""
        start = moment(booking.get("start"))
        return start is not None and start <= self.now()

    @property
    def today(self) -> date:
        """The hub's today, as its latest answer said it (its bookings, or a specialist's week: read apart,
        either may come first); before either, the centre's date by this console's clock."""
        if self._hub_today is not None:
            return self._hub_today
        return self.now().astimezone(HELSINKI).date()

    # -- reading ------------------------------------------------------------------------------------

    def show(self, days: list[date], bookings: list[dict], slots: dict, off=(), weeks=None) -> None:
        """Sample data (no hub): what a read would have brought."""
        self.days, self.bookings, self.slots, self.off = list(days), list(bookings), dict(slots), set(off)
        self._hub_today = self.days[0] if self.days else None
        self.weeks = dict(weeks or {})
        self.loaded = True
        self._shown_services = self.services()
        self.changed.emit()

    def reload(self) -> None:
        """Read my bookings, then each service's free slots and the dates off of those days."""
        services = self.services()
        self._shown_services = services
        self._generation += 1
        generation = self._generation
        if self.client is None:
            return
        if not services:
            self.days, self.bookings, self.slots, self.off = [], [], {}, set()
            self.loaded, self.problem = True, None
            self.changed.emit()
            return

        def listed(status: int, data: dict | None, message: str) -> None:
            if generation != self._generation:
                return
            if status != 200 or data is None:
                self.problem = failure(status, (data or {}).get("message") or message)
                self.changed.emit()
                return
            first, last = date.fromisoformat(data["from"]), date.fromisoformat(data["to"])
            days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
            found = {"bookings": data.get("bookings", []), "slots": {}, "off": set()}
            waiting = {"count": len(services) + 1}

            def piece_done() -> None:
                waiting["count"] -= 1
                if waiting["count"] == 0 and generation == self._generation:
                    self.days, self.bookings = days, found["bookings"]
                    self._hub_today = first
                    self.slots, self.off = found["slots"], found["off"]
                    self.loaded, self.problem = True, None
                    self.changed.emit()

            for service in services:

                def got_slots(status: int, body: dict | None, _m: str, service=service) -> None:
                    found["slots"][service] = (body or {}).get("slots", []) if status == 200 else []
                    piece_done()

                self.client.slots(service, first, last, got_slots)

            def got_off(status: int, body: dict | None, _m: str) -> None:
                for item in (body or {}).get("dates_off", []) if status == 200 else []:
                    found["off"].add((date.fromisoformat(item["date"]), item.get("service")))
                piece_done()

            self.client.dates_off(first, last, got_off)

        self.client.bookings(services, listed)
        for service in services:
            # Apart from the rest: a region slow to answer never holds back the centre's own bookings.
            self.client.region_week(
                service, lambda s, body, _m, service=service: self._week_read(generation, service, s, body)
            )

    def _week_read(self, generation: int, service: str, status: int, body: dict | None) -> None:
        if generation != self._generation:
            return
        if status == 200 and body is not None:
            self.weeks[service] = {"specialist": body.get("specialist", ""), "times": body.get("times", [])}
            with suppress(ValueError):  # asked without `from`: the week starts on the hub's today
                self._hub_today = date.fromisoformat(str(body.get("from")))
            self.weeks_unreached.discard(service)
        elif status == 404:  # no round of the region brings it here
            self.weeks.pop(service, None)
            self.weeks_unreached.discard(service)
        elif status in (502, 503):  # the hub is there, the region is not (or refused it)
            self.weeks_unreached.add(service)
        else:
            return  # the hub itself did not answer, or refused the token: the bookings above say so
        self.changed.emit()

    def _event(self, event: dict) -> None:
        if refreshes_bookings(event) and self.services():
            self._soon.start()

    def _services_maybe_changed(self) -> None:
        if self.services() == self._shown_services:
            return
        if self.client is None:
            self._shown_services = self.services()
            self.changed.emit()  # sample data: nothing to read, only other services to show
        else:
            self._soon.start()

    def _token_changed(self, token: str) -> None:
        if self.client is not None:
            self.client.set_token(token)
            self._soon.start()

    # -- staff calls ----------------------------------------------------------------------------------

    def cancel(self, booking: dict) -> bool:
        return self._act(booking, "cancel", "booking_cancelled")

    def no_show(self, booking: dict) -> bool:
        return self._act(booking, "no_show", "booking_no_show")

    def _act(self, booking: dict, call: str, kind: str) -> bool:
        if not self.can_act or self.client is None:
            return False
        label = booking_label(booking)

        def done(status: int, data: dict | None, message: str) -> None:
            if 200 <= status < 300:
                self._end(Status(kind, label, booking.get("service", "")))
            else:
                self._end(failure(status, (data or {}).get("message") or message))
            self.reload()

        self._begin()
        getattr(self.client, call)(booking["code"], done)
        return True

    def day_off(self, day: date, service: str, *, cancel_bookings: bool = False, note: str = "") -> bool:
        """Ask the hub for a day off; `dayOffAnswered` says what it did (or which bookings are in the way)."""
        if not self.can_act or self.client is None:
            return False

        def done(status: int, data: dict | None, message: str) -> None:
            body = data or {}
            if status == 200:
                answer = DayOffAnswer("set", day, service, body.get("cancelled", []))
                self._end(Status("day_off", clock_day(day), service))
            elif status == 409 and body.get("error") == "has_bookings":
                answer = DayOffAnswer("has_bookings", day, service, body.get("bookings", []))
                self._end(None)
            else:
                problem = failure(status, body.get("message") or message)
                answer = DayOffAnswer(problem.kind, day, service, detail=problem.detail)
                self._end(problem)
            self.dayOffAnswered.emit(answer)
            self.reload()

        self._begin()
        self.client.set_date_off(day, service, done, note=note, cancel_bookings=cancel_bookings)
        return True

    def remove_day_off(self, day: date, service: str) -> bool:
        if not self.can_act or self.client is None:
            return False

        def done(status: int, data: dict | None, message: str) -> None:
            if status == 200:
                answer = DayOffAnswer("removed", day, service)
                self._end(Status("day_on", clock_day(day), service))
            else:
                problem = failure(status, (data or {}).get("message") or message)
                answer = DayOffAnswer(problem.kind, day, service, detail=problem.detail)
                self._end(problem)
            self.dayOffAnswered.emit(answer)
            self.reload()

        self._begin()
        self.client.remove_date_off(day, service, done)
        return True

    def _begin(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)

    def _end(self, status: Status | None) -> None:
        self._pending = max(0, self._pending - 1)
        if status is not None:
            self.desk.report(status)
        if self._pending == 0:
            self.busyChanged.emit(False)


def clock_day(day: date) -> str:
    """A day as the status line names it: 5.3.2026 (the same in the three languages)."""
    return f"{day.day}.{day.month}.{day.year}"
